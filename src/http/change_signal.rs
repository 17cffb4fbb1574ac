//! The change signal: one change stream on the whole database tells every
//! instance of every change to public data, whichever instance made it.
//! A changed scorecard is evicted from the scorecard cache; any change drops
//! this instance's kept pages and short-lived views. So cached entries can
//! live a minute and still show a withdrawal or a hide within moments.
//!
//! Where the database cannot stream changes (or the stream breaks), every
//! cache falls back to one-second entries, and the stream is retried.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use futures::TryStreamExt;
use mongodb::bson::{doc, Document};
use mongodb::change_stream::event::ChangeStreamEvent;
use tokio::time::Instant;

use crate::db::Db;
use crate::http::page_cache::PageCache;
use crate::scorecards::{ScorecardCache, UNWATCHED_TTL, WATCHED_TTL};

/// Collections no page shows: limit buckets and their keys, login delays,
/// the scorecard queue (its outcome arrives as a scorecard change) and API
/// tokens. Their writes come with every submission or login and would
/// otherwise drop every page each time.
const UNSEEN: [&str; 5] = [
    "rate_limits",
    "day_keys",
    "login_throttle",
    "scorecard_queue",
    "api_tokens",
];

/// A view read just before a change may be cached by its reader just after
/// the change was signalled; a second sweep once such entries (one second
/// at most) have expired catches it.
const SECOND_SWEEP: Duration = Duration::from_millis(1100);

/// What this instance keeps in memory of public data.
#[derive(Clone)]
pub struct PublicCaches {
    pub scorecards: Arc<ScorecardCache>,
    pub pages: Arc<PageCache>,
    /// Clears the short-lived views (strikes, channels, lists, rankings).
    pub forget_views: Arc<dyn Fn() + Send + Sync>,
}

impl PublicCaches {
    fn changed<'a>(&self, scorecards: impl IntoIterator<Item = &'a String>) {
        for key in scorecards {
            self.scorecards.evict(key);
        }
        (self.forget_views)();
        // Last, so a page rendered from now on reads the fresh data.
        self.pages.forget_all();
    }

    fn forget_everything(&self) {
        self.scorecards.clear();
        (self.forget_views)();
        self.pages.forget_all();
    }

    fn set_ttl(&self, ttl: Duration) {
        self.scorecards.set_ttl(ttl);
        self.pages.set_ttl(ttl);
    }
}

/// Every change a page could show. Reports are stored unpublished, so only
/// their updates (publication, correction, withdrawal, hiding) count.
fn public_changes() -> Document {
    doc! { "$match": { "$and": [
        { "ns.coll": { "$nin": UNSEEN.to_vec() } },
        { "$or": [
            { "ns.coll": { "$ne": crate::reports::store::COLLECTION } },
            { "operationType": { "$ne": "insert" } },
        ] },
    ] } }
}

/// The scorecard an event is about, if it is about one.
fn scorecard_of(event: &ChangeStreamEvent<Document>) -> Option<String> {
    let collection = event.ns.as_ref()?.coll.as_deref()?;
    if collection != crate::scorecards::store::COLLECTION {
        return None;
    }
    Some(event.document_key.as_ref()?.get_str("_id").ok()?.to_owned())
}

/// Follows the database's changes until shutdown.
pub fn follow(db: Db, caches: PublicCaches, shutdown: rocket::Shutdown) {
    tokio::spawn(async move {
        let follow = async {
            loop {
                match db.raw().watch().pipeline([public_changes()]).await {
                    Ok(mut stream) => {
                        // Whatever changed while nobody watched is dropped.
                        caches.forget_everything();
                        caches.set_ttl(WATCHED_TTL);
                        follow_stream(&mut stream, &caches).await;
                        caches.set_ttl(UNWATCHED_TTL);
                    }
                    Err(error) => {
                        caches.set_ttl(UNWATCHED_TTL);
                        tracing::info!("change stream unavailable ({error}); caching for 1 s");
                    }
                }
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
        };
        tokio::select! {
            _ = follow => {}
            _ = shutdown => {}
        }
    });
}

/// Applies each change at once and again after `SECOND_SWEEP`; returns when
/// the stream ends or fails.
async fn follow_stream(
    stream: &mut mongodb::change_stream::ChangeStream<ChangeStreamEvent<Document>>,
    caches: &PublicCaches,
) {
    // The second sweep's scorecards, each once however many events named it.
    let mut sweep: Option<(Instant, HashSet<String>)> = None;
    loop {
        let next = match &sweep {
            Some((at, _)) => tokio::time::timeout_at(*at, stream.try_next()).await,
            None => Ok(stream.try_next().await),
        };
        match next {
            Err(_due) => {
                if let Some((_, keys)) = sweep.take() {
                    caches.changed(&keys);
                }
            }
            Ok(Ok(Some(event))) => {
                let key: Vec<String> = scorecard_of(&event).into_iter().collect();
                caches.changed(&key);
                let (_, keys) =
                    sweep.get_or_insert_with(|| (Instant::now() + SECOND_SWEEP, HashSet::new()));
                keys.extend(key);
            }
            Ok(Ok(None)) | Ok(Err(_)) => return,
        }
    }
}
