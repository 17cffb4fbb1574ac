//! Group commit. Reports that arrive while a write is in flight are stored
//! together by the next write: one `insert_many` with the same
//! `w: majority, j: true` as a single insert. Each worker is answered only
//! once the write holding their report is durable, so "acknowledged means
//! stored" holds as before; under load the database syncs its journal once
//! per batch instead of once per report. Alone, a report is written at
//! once: nobody waits for a batch to fill.

use std::sync::OnceLock;

use mongodb::error::{ErrorKind, InsertManyError};
use tokio::sync::{mpsc, oneshot};

use crate::db::batches::start_writer;
use crate::db::Db;
use crate::error::{Error, Result};
use crate::reports::{model::Report, store::COLLECTION};

/// What the database said of one report: stored (`true`), or its
/// submission was stored before (`false`, a duplicate key).
type Answer = std::result::Result<bool, mongodb::error::Error>;

struct Pending {
    report: Report,
    answer: oneshot::Sender<Answer>,
}

/// The most reports one write carries (well under the server's limits).
const LARGEST_BATCH: usize = 256;
/// MongoDB's duplicate key error.
const DUPLICATE_KEY: i32 = 11000;

/// This instance's report writer; started on first use.
pub struct ReportWriter {
    db: Db,
    queue: OnceLock<mpsc::Sender<Pending>>,
}

impl ReportWriter {
    pub fn new(db: Db) -> ReportWriter {
        ReportWriter {
            db,
            queue: OnceLock::new(),
        }
    }

    /// Stores `report` durably. `Ok(false)`: a report with its submission
    /// key is already stored.
    pub async fn insert(&self, report: Report) -> Result<bool> {
        let queue = self.queue.get_or_init(|| {
            start_writer(self.db.clone(), LARGEST_BATCH, |db, batch| async move {
                write(&db, batch).await
            })
        });
        let (answer, answered) = oneshot::channel();
        queue
            .send(Pending { report, answer })
            .await
            .map_err(|_| Error::Unavailable)?;
        Ok(answered.await.map_err(|_| Error::Unavailable)??)
    }
}

/// One durable write for the whole batch, then each report's answer.
async fn write(db: &Db, batch: Vec<Pending>) {
    let outcome = db
        .collection::<Report>(COLLECTION)
        .insert_many(batch.iter().map(|pending| &pending.report))
        // One refused report (a retried submission) must not stop the rest.
        .ordered(false)
        .await;
    let answers = match outcome {
        Ok(_) => vec![Ok(true); batch.len()],
        Err(error) => answers_after(&error, batch.len()),
    };
    for (pending, answer) in batch.into_iter().zip(answers) {
        // A worker who hung up gets no answer; the report stays stored.
        let _ = pending.answer.send(answer);
    }
}

/// Which reports of a failed batch were stored all the same. Without a
/// write concern error, every report without a write error of its own is
/// stored durably; with one, nobody can be told their report is safe.
fn answers_after(error: &mongodb::error::Error, size: usize) -> Vec<Answer> {
    let ErrorKind::InsertMany(InsertManyError {
        write_errors,
        write_concern_error: None,
        ..
    }) = error.kind.as_ref()
    else {
        return vec![Err(error.clone()); size];
    };
    let mut answers = vec![Ok(true); size];
    for refused in write_errors.iter().flatten() {
        if let Some(answer) = answers.get_mut(refused.index) {
            *answer = if refused.code == DUPLICATE_KEY {
                Ok(false)
            } else {
                Err(error.clone())
            };
        }
    }
    answers
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use futures::future::join_all;
    use rocket::http::{ContentType, Header, Status};
    use serde_json::Value;

    use crate::testing::{sample_rating, TestApp};

    #[rocket::async_test]
    async fn concurrent_submissions_are_stored_once_each_and_retries_find_theirs() {
        let app = TestApp::new().await;
        let body = sample_rating().to_string();
        let submit = |key: Option<&'static str>| {
            let mut request = app
                .client
                .post("/api/v1/ratings")
                .header(ContentType::JSON)
                .body(body.clone());
            if let Some(key) = key {
                request = request.header(Header::new("Idempotency-Key", key));
            }
            async move {
                let response = request.dispatch().await;
                assert_eq!(response.status(), Status::Created);
                response.into_json::<Value>().await.unwrap()
            }
        };
        let retried = "one-submission-retried-8-times";
        let answers = join_all((0..24).map(|i| submit((i % 3 == 0).then_some(retried)))).await;
        let ids: HashSet<&str> = answers.iter().map(|a| a["id"].as_str().unwrap()).collect();
        let retried_receipts: HashSet<&str> = answers
            .iter()
            .step_by(3)
            .map(|a| a["receipt"].as_str().unwrap())
            .collect();
        assert_eq!(
            retried_receipts.len(),
            1,
            "every retry gets the first receipt"
        );
        assert_eq!(ids.len(), 17, "16 submissions and one retried eight times");
        assert_eq!(app.count("reports").await, 17);
    }
}
