//! The targets queued while a rebuild ran, queued again once its cards are
//! in place.
//!
//! A rebuild reads every report, then writes every card. A report withdrawn
//! or hidden meanwhile is queued, and a serving instance recomputes its
//! target at once, but the rebuild's own card for it, possibly counted
//! before the change, replaces that fresh one when the new set is swapped
//! in. So the rebuild follows the queue from before its first read, and when
//! its cards are in place it queues again every target queued meanwhile:
//! serving instances then recompute them from the reports as they are.

use std::collections::HashSet;
use std::time::Duration;

use futures::TryStreamExt;
use mongodb::bson::{doc, Document};
use mongodb::change_stream::event::ChangeStreamEvent;
use mongodb::change_stream::ChangeStream;
use tokio::task::JoinHandle;

use super::{
    model::Queued,
    store::{ScorecardStore, QUEUE},
};
use crate::db::Db;
use crate::error::{Error, Result};

/// How long the queue's own changes may take to reach the follower.
const CATCH_UP: Duration = Duration::from_secs(60);

/// Follows the scorecard queue while a rebuild runs.
pub(super) struct QueuedMeanwhile {
    /// Queued last, after the rebuild's cards are in place: once the
    /// follower has seen it, it has seen everything queued before.
    mark: String,
    /// Taken when the rebuild is done; aborted if it failed.
    follower: Option<JoinHandle<Result<HashSet<String>>>>,
}

impl QueuedMeanwhile {
    /// Starts following the queue; `None` where it cannot be followed (a
    /// standalone MongoDB server, not a replica set, streams no changes).
    pub(super) async fn follow(db: &Db) -> Option<QueuedMeanwhile> {
        // Queued: a new entry, or `seq` raised. A worker marking an entry
        // done changes only `pending`.
        let queued = doc! { "$match": { "$or": [
            { "operationType": { "$in": ["insert", "replace"] } },
            { "operationType": "update", "updateDescription.updatedFields.seq": { "$exists": true } },
        ] } };
        let stream = db
            .raw()
            .collection::<Document>(QUEUE)
            .watch()
            .pipeline([queued])
            .await
            .ok()?;
        // Not a target key: the queue worker drops it unread.
        let mark = format!(
            "rebuild-mark:{}",
            crate::reports::service::new_submission_key()
        );
        let follower = tokio::spawn(keys_until(stream, mark.clone()));
        Some(QueuedMeanwhile {
            mark,
            follower: Some(follower),
        })
    }

    /// Queues again every target queued since `follow`; returns their keys.
    pub(super) async fn queue_again(mut self, db: &Db) -> Result<Vec<String>> {
        let Some(mut follower) = self.follower.take() else {
            return Ok(Vec::new());
        };
        db.enqueue_scorecards(std::slice::from_ref(&self.mark))
            .await?;
        let followed = tokio::time::timeout(CATCH_UP, &mut follower).await;
        follower.abort();
        db.dequeue_scorecard(&Queued {
            key: self.mark.clone(),
            seq: 1,
        })
        .await?;
        let not_followed = |why: String| {
            Error::Internal(format!(
                "the scorecards were rebuilt, but the targets changed meanwhile \
                 could not be queued again ({why}): run the rebuild again"
            ))
        };
        let keys = followed
            .map_err(|_| not_followed("the queue's changes did not arrive in time".into()))?
            .map_err(|e| not_followed(e.to_string()))?
            .map_err(|e| not_followed(e.to_string()))?;
        let keys: Vec<String> = keys.into_iter().collect();
        db.enqueue_scorecards(&keys).await?;
        Ok(keys)
    }
}

impl Drop for QueuedMeanwhile {
    /// A rebuild that failed stops following the queue.
    fn drop(&mut self) {
        if let Some(follower) = self.follower.take() {
            follower.abort();
        }
    }
}

/// Every key queued, until `mark` is.
async fn keys_until(
    mut stream: ChangeStream<ChangeStreamEvent<Document>>,
    mark: String,
) -> Result<HashSet<String>> {
    let mut keys = HashSet::new();
    while let Some(event) = stream.try_next().await? {
        let key = event
            .document_key
            .as_ref()
            .and_then(|key| key.get_str("_id").ok());
        match key {
            Some(key) if key == mark => return Ok(keys),
            Some(key) => {
                keys.insert(key.to_owned());
            }
            None => {}
        }
    }
    Err(Error::Internal("the scorecard queue stream ended".into()))
}

#[cfg(test)]
mod tests {
    use super::QueuedMeanwhile;
    use crate::scorecards::store::ScorecardStore;
    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn targets_queued_while_following_are_queued_again() {
        let app = TestApp::new().await;
        let db = &app.db;
        db.enqueue_scorecards(&["requester:mturk:BEFORE".to_owned()])
            .await
            .unwrap();
        let meanwhile = QueuedMeanwhile::follow(db)
            .await
            .expect("SecantusDB streams");
        let key = "requester:mturk:A1B2C3D4E5".to_owned();
        db.enqueue_scorecards(std::slice::from_ref(&key))
            .await
            .unwrap();
        // Whether or not a queue worker took it off the queue meanwhile.
        app.settle().await;
        assert_eq!(meanwhile.queue_again(db).await.unwrap(), [key]);
    }
}
