//! What each domain declares about its collections, and how the database
//! is brought up to it at start-up: the indexes beside each store
//! ([`CollectionIndexes`], created idempotently on every start) and the
//! numbered [`Migration`]s, each run once per database.
//!
//! Migrations are recorded in the `migrations` collection, keyed by their
//! number. Several instances may start together against one replica set:
//! the first to record a migration as running runs it; the others wait
//! until it is recorded done (or, if the one running it died, take it over
//! once its claim is stale, so every migration must be safe to run twice).
//! Every start-up query reads `migrations` by `_id`; no start-up query
//! scans a collection.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use mongodb::bson::{doc, Document};
use mongodb::options::IndexOptions;
use mongodb::IndexModel;
use serde::{Deserialize, Serialize};

use super::{is_duplicate_key, Db};
use crate::error::{Error, Result};

pub const MIGRATIONS: &str = "migrations";

/// A claim older than this belongs to an instance that died mid-way.
const STALE_CLAIM: Duration = Duration::from_secs(15 * 60);
/// How often a waiting instance looks again.
const POLL: Duration = Duration::from_millis(200);

/// One collection's indexes, as its domain's store declares them.
pub struct CollectionIndexes {
    pub collection: &'static str,
    pub indexes: Vec<IndexModel>,
}

/// An index on `keys`.
pub fn index(keys: Document) -> IndexModel {
    IndexModel::builder().keys(keys).build()
}

/// A unique index on `keys`.
pub fn unique(keys: Document) -> IndexModel {
    let options = IndexOptions::builder().unique(true).build();
    IndexModel::builder().keys(keys).options(options).build()
}

/// Documents deleted by the database once their `expires_at` has passed.
pub fn expiring() -> IndexModel {
    let options = IndexOptions::builder()
        .expire_after(Duration::from_secs(0))
        .build();
    IndexModel::builder()
        .keys(doc! { "expires_at": 1 })
        .options(options)
        .build()
}

/// A migration's work: idempotent, as it may be run twice (see the module).
pub type Step = for<'a> fn(&'a Db) -> Pin<Box<dyn Future<Output = Result<()>> + Send + 'a>>;

/// One numbered change of the stored data or schema.
pub struct Migration {
    /// Unique across every domain, never reused: the record's `_id`.
    pub number: u32,
    pub name: &'static str,
    pub run: Step,
}

#[derive(Debug, Serialize, Deserialize)]
struct Record {
    #[serde(rename = "_id")]
    number: u32,
    name: String,
    done: bool,
    claimed_at: mongodb::bson::DateTime,
}

impl Db {
    /// Creates every declared index (an index that exists is left as is).
    pub async fn ensure_indexes(&self, declared: &[CollectionIndexes]) -> Result<()> {
        // One request per collection, all under way together: a start (and
        // every test's fresh database) waits for the slowest, not the sum.
        let requests = declared.iter().map(|collection| {
            let handle = self.collection::<Document>(collection.collection);
            let indexes = collection.indexes.clone();
            async move { handle.create_indexes(indexes).await }
        });
        futures::future::try_join_all(requests).await?;
        Ok(())
    }

    /// Runs, in number order, every migration this database has not done.
    pub async fn migrate(&self, migrations: &[Migration]) -> Result<()> {
        let mut ordered: Vec<&Migration> = migrations.iter().collect();
        ordered.sort_by_key(|m| m.number);
        if ordered
            .windows(2)
            .any(|pair| pair[0].number == pair[1].number)
        {
            return Err(Error::Internal("two migrations share a number".into()));
        }
        for migration in ordered {
            while !self.migration_done(migration).await? {
                if self.claim(migration).await? {
                    (migration.run)(self).await?;
                    self.collection::<Record>(MIGRATIONS)
                        .update_one(
                            doc! { "_id": migration.number },
                            doc! { "$set": { "done": true } },
                        )
                        .await?;
                } else {
                    tokio::time::sleep(POLL).await;
                }
            }
        }
        Ok(())
    }

    async fn migration_done(&self, migration: &Migration) -> Result<bool> {
        let record = self
            .collection::<Record>(MIGRATIONS)
            .find_one(doc! { "_id": migration.number })
            .await?;
        Ok(record.is_some_and(|r| r.done))
    }

    /// Records the migration as running here: `false` while another
    /// instance's fresh claim holds it.
    async fn claim(&self, migration: &Migration) -> Result<bool> {
        let records = self.collection::<Record>(MIGRATIONS);
        let now = chrono::Utc::now();
        let record = Record {
            number: migration.number,
            name: migration.name.to_owned(),
            done: false,
            claimed_at: mongodb::bson::DateTime::from_chrono(now),
        };
        match records.insert_one(&record).await {
            Ok(_) => return Ok(true),
            Err(error) if !is_duplicate_key(&error) => return Err(error.into()),
            Err(_) => {}
        }
        let stale = mongodb::bson::DateTime::from_chrono(
            now - chrono::Duration::from_std(STALE_CLAIM).expect("a short duration"),
        );
        let taken = records
            .update_one(
                doc! { "_id": migration.number, "done": false, "claimed_at": { "$lt": stale } },
                doc! { "$set": { "claimed_at": record.claimed_at } },
            )
            .await?;
        Ok(taken.modified_count == 1)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;
    use crate::testing::TestApp;

    static RUNS: AtomicU32 = AtomicU32::new(0);

    fn count_run(_: &Db) -> Pin<Box<dyn Future<Output = Result<()>> + Send + '_>> {
        Box::pin(async {
            RUNS.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(300)).await;
            Ok(())
        })
    }

    /// Four instances starting together run a migration once, and a later
    /// start runs it no more.
    #[rocket::async_test]
    async fn a_migration_runs_once_however_many_instances_start_together() {
        let app = TestApp::new().await;
        let migrations = [Migration {
            number: 9000,
            name: "count a run",
            run: count_run,
        }];
        let starts = (0..4).map(|_| app.db.migrate(&migrations));
        for started in futures::future::join_all(starts).await {
            started.unwrap();
        }
        app.db.migrate(&migrations).await.unwrap();
        assert_eq!(RUNS.load(Ordering::SeqCst), 1);
        let record = app
            .db
            .collection::<Record>(MIGRATIONS)
            .find_one(doc! { "_id": 9000 })
            .await
            .unwrap()
            .expect("recorded");
        assert!(record.done);
    }
}
