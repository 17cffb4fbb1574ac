//! The change signal: one change stream on the whole database tells every
//! instance of every change to public data, whichever instance made it.
//! A changed scorecard is evicted from the scorecard cache and drops the
//! kept pages that show it (`page_cache::Scoping`); any other public change
//! drops every kept page; either drops the short-lived views. A write that
//! changes nothing public (a report filed, corrected or flagged before its
//! batch) drops nothing. So cached entries can live a minute and still show
//! a withdrawal or a hide within moments.
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

/// How long cached entries live with and without a change stream.
pub const WATCHED_TTL: Duration = Duration::from_secs(60);
pub const UNWATCHED_TTL: Duration = Duration::from_secs(1);

/// What the domains tell the change signal about their collections
/// (composed in `lib.rs`).
pub struct Watched {
    /// Collections no page shows (limit buckets, login delays, the
    /// scorecard queue, tokens, vouchers, flags, a rebuild's new set...):
    /// their writes come with every submission or login and would
    /// otherwise drop every page each time.
    pub unseen: Vec<&'static str>,
    /// Collections whose new documents nobody sees before a later batch
    /// (reports; pledges and the like when they publish in daily batches):
    /// their inserts drop nothing.
    pub unseen_inserts: Vec<&'static str>,
    /// Collections whose updates may change nothing public, each with the
    /// rule that tells (a report corrected before its batch, flagged...).
    pub private_writes: Vec<(&'static str, PublicWrite)>,
    /// The scorecards' collection: a document's `_id` is its scorecard key.
    pub scorecards: &'static str,
}

/// Whether a write changes anything public, from the whole new document of
/// a replace or the fields an update set and removed.
pub type PublicWrite = fn(Option<&Document>, Option<Vec<&str>>) -> bool;

/// A cache of scorecards by key, as the change signal refreshes it.
pub trait KeyedCache: Send + Sync {
    fn evict(&self, key: &str);
    fn clear(&self);
    fn set_ttl(&self, ttl: Duration);
}

/// A view read just before a change may be cached by its reader just after
/// the change was signalled; a second sweep once such entries (one second
/// at most) have expired catches it.
const SECOND_SWEEP: Duration = Duration::from_millis(1100);

/// What this instance keeps in memory of public data.
#[derive(Clone)]
pub struct PublicCaches {
    pub scorecards: Arc<dyn KeyedCache>,
    pub pages: Arc<PageCache>,
    /// Clears the short-lived views (strikes, channels, lists, rankings).
    pub forget_views: Arc<dyn Fn() + Send + Sync>,
    pub watched: Arc<Watched>,
}

impl PublicCaches {
    /// These scorecards changed, and (`other`) public data besides them.
    fn changed<'a>(&self, scorecards: impl IntoIterator<Item = &'a String> + Clone, other: bool) {
        for key in scorecards.clone() {
            self.scorecards.evict(key);
        }
        (self.forget_views)();
        // Last, so a page rendered from now on reads the fresh data.
        if other {
            self.pages.forget_all();
        } else {
            self.pages.forget_scorecards(scorecards);
        }
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

/// Every change a page could show: writes to collections some page shows,
/// but inserts that wait for a later batch (of those, only the updates
/// count, and of these only the public ones: `Watched::private_writes`). A
/// whole collection dropped or renamed (a rebuild's new scorecards taking
/// the live ones' place) counts wherever it happens.
fn public_changes(watched: &Watched) -> Document {
    doc! { "$match": { "$or": [
        { "operationType": { "$in": ["drop", "rename", "dropDatabase"] } },
        { "$and": [
            { "ns.coll": { "$nin": watched.unseen.clone() } },
            { "$or": [
                { "ns.coll": { "$nin": watched.unseen_inserts.clone() } },
                { "operationType": { "$ne": "insert" } },
            ] },
        ] },
    ] } }
}

/// What one event changed.
enum Changed {
    /// One scorecard, by key.
    Scorecard(String),
    /// Any other public document.
    Other,
    /// A whole collection, dropped or renamed.
    Everything,
    /// Nothing anyone but its author sees (a report before its batch).
    Nothing,
}

impl Changed {
    fn of(event: &ChangeStreamEvent<Document>, watched: &Watched) -> Changed {
        let Some(key) = &event.document_key else {
            return Changed::Everything;
        };
        let collection = event.ns.as_ref().and_then(|ns| ns.coll.as_deref());
        let rule = watched
            .private_writes
            .iter()
            .find(|(name, _)| Some(*name) == collection);
        if let Some((_, is_public_write)) = rule {
            let public = is_public_write(
                event.full_document.as_ref(),
                event.update_description.as_ref().map(|update| {
                    let set = update.updated_fields.keys().map(String::as_str);
                    set.chain(update.removed_fields.iter().map(String::as_str))
                        .collect()
                }),
            );
            return if public {
                Changed::Other
            } else {
                Changed::Nothing
            };
        }
        if collection != Some(watched.scorecards) {
            return Changed::Other;
        }
        match key.get_str("_id") {
            Ok(id) => Changed::Scorecard(id.to_owned()),
            Err(_) => Changed::Other,
        }
    }

    fn apply(&self, caches: &PublicCaches) {
        match self {
            Changed::Scorecard(key) => caches.changed([key], false),
            Changed::Other => caches.changed(&[], true),
            Changed::Everything => caches.forget_everything(),
            Changed::Nothing => {}
        }
    }
}

/// What the second sweep forgets again.
#[derive(Default)]
struct Sweep {
    scorecards: HashSet<String>,
    other: bool,
    everything: bool,
}

impl Sweep {
    fn add(&mut self, changed: &Changed) {
        match changed {
            Changed::Scorecard(key) => {
                self.scorecards.insert(key.clone());
            }
            Changed::Other => self.other = true,
            Changed::Everything => self.everything = true,
            Changed::Nothing => {}
        }
    }

    fn apply(&self, caches: &PublicCaches) {
        if self.everything {
            caches.forget_everything();
        } else {
            caches.changed(&self.scorecards, self.other);
        }
    }
}

/// Follows the database's changes until shutdown.
pub fn follow(db: Db, caches: PublicCaches, shutdown: rocket::Shutdown) {
    tokio::spawn(async move {
        let follow = async {
            loop {
                match db
                    .raw()
                    .watch()
                    .pipeline([public_changes(&caches.watched)])
                    .await
                {
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
    let mut sweep: Option<(Instant, Sweep)> = None;
    loop {
        let next = match &sweep {
            Some((at, _)) => tokio::time::timeout_at(*at, stream.try_next()).await,
            None => Ok(stream.try_next().await),
        };
        match next {
            Err(_due) => {
                if let Some((_, due)) = sweep.take() {
                    due.apply(caches);
                }
            }
            Ok(Ok(Some(event))) => {
                let changed = Changed::of(&event, &caches.watched);
                changed.apply(caches);
                let (_, later) =
                    sweep.get_or_insert_with(|| (Instant::now() + SECOND_SWEEP, Sweep::default()));
                later.add(&changed);
            }
            Ok(Ok(None)) | Ok(Err(_)) => return,
        }
    }
}
