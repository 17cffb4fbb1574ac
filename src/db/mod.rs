//! MongoDB access. Each model in `models` has its struct, a trait of the
//! database operations it needs and their MongoDB implementation on [`Db`].

pub mod batches;

use std::sync::Arc;
use std::time::Duration;

use mongodb::bson::{doc, Document};
use mongodb::options::{Acknowledgment, ClientOptions, IndexOptions, WriteConcern};
use mongodb::{Client, Collection, IndexModel};

use crate::error::Result;
use crate::platforms::catalogue::Platform;

/// How long a pooled connection may stay unused before the pool closes it:
/// under SecantusDB's five minutes.
const MAX_IDLE: Duration = Duration::from_secs(60);

/// The database handle kept in Rocket state. Cheap to clone.
#[derive(Clone)]
pub struct Db {
    database: mongodb::Database,
    platforms: Arc<Vec<Platform>>,
}

impl Db {
    /// Connects lazily: the driver reconnects by itself after an outage, so
    /// Clickline recovers without a restart.
    pub async fn connect(uri: &str, database: &str) -> Result<Db> {
        // Fail fast while the database is down, so workers get a 503 page
        // with their text rather than a hanging request.
        Db::connect_with_patience(uri, database, Duration::from_secs(3)).await
    }

    /// For batch work (`scorecards rebuild`, bulk loads): a busy database is
    /// waited for rather than reported as down.
    pub async fn connect_for_batch(uri: &str, database: &str) -> Result<Db> {
        Db::connect_with_patience(uri, database, Duration::from_secs(120)).await
    }

    async fn connect_with_patience(uri: &str, database: &str, patience: Duration) -> Result<Db> {
        let mut options = ClientOptions::parse(uri).await?;
        options.app_name = Some("clickline".into());
        options.server_selection_timeout = Some(patience);
        options.connect_timeout = Some(patience);
        // SecantusDB closes a connection nobody used for five minutes, as
        // firewalls and load balancers in front of a replica set may: the
        // pool must not hand out a connection the other end has closed
        // (after a quiet spell, or beside a ten-minute index build, a write
        // on one failed as "unavailable"). A URI's maxIdleTimeMS wins.
        if options.max_idle_time.is_none() {
            options.max_idle_time = Some(MAX_IDLE);
        }
        // A report is acknowledged only once the write is journaled on a
        // majority of the replica set.
        options.write_concern = Some(
            WriteConcern::builder()
                .w(Acknowledgment::Majority)
                .journal(true)
                .build(),
        );
        let client = Client::with_options(options)?;
        Ok(Db {
            database: client.database(database),
            // The shipped catalogue until `prepare` loads the stored one.
            platforms: Arc::new(crate::platforms::catalogue::shipped_catalogue()),
        })
    }

    /// Creates indexes, the platform catalogue and the companies' seed
    /// catalogue; idempotent, run at start-up.
    pub async fn prepare(mut self) -> Result<Db> {
        self.ensure_indexes().await?;
        self.publish_reports_from_before_batches().await?;
        crate::platforms::requesters::RequesterStore::index_requester_names(&self).await?;
        self.platforms = Arc::new(crate::platforms::catalogue::seed_catalogue(&self).await?);
        crate::companies::catalogue::seed(&self).await?;
        Ok(self)
    }

    /// Reports stored before daily publication existed were public at once:
    /// they stay public. Safe to run on every start, by every instance.
    async fn publish_reports_from_before_batches(&self) -> Result<()> {
        self.collection::<Document>(crate::reports::store::COLLECTION)
            .update_many(
                doc! { "published": { "$exists": false }, "withdrawn": { "$exists": false } },
                doc! { "$set": { "published": true, "held": false, "vouched": false } },
            )
            .await?;
        Ok(())
    }

    pub async fn ping(&self) -> Result<()> {
        self.database.run_command(doc! { "ping": 1 }).await?;
        Ok(())
    }

    pub fn name(&self) -> &str {
        self.database.name()
    }

    pub fn raw(&self) -> &mongodb::Database {
        &self.database
    }

    pub(crate) fn collection<T: Send + Sync>(&self, name: &str) -> Collection<T> {
        self.database.collection(name)
    }

    /// The platform catalogue, loaded at start-up.
    pub fn platforms(&self) -> &[Platform] {
        &self.platforms
    }

    pub fn platform(&self, slug: &str) -> Option<&Platform> {
        self.platforms.iter().find(|p| p.slug.as_str() == slug)
    }

    async fn ensure_indexes(&self) -> Result<()> {
        let index = |keys: Document| IndexModel::builder().keys(keys).build();
        let unique = |keys: Document| {
            IndexModel::builder()
                .keys(keys)
                .options(IndexOptions::builder().unique(true).build())
                .build()
        };
        let reports = self.collection::<Document>(crate::reports::store::COLLECTION);
        reports
            .create_indexes([
                unique(doc! { "submission_hash": 1 }),
                // Lists of visible reports: the equalities first (SecantusDB
                // uses a compound index only when its leading fields are
                // exactly the filter's), then the list order, day then id,
                // so MongoDB reads a page in index order.
                index(doc! { "platform": 1, "requester_id": 1, "published": 1, "hidden": 1, "day": -1, "_id": 1 }),
                index(doc! { "platform": 1, "published": 1, "hidden": 1, "day": -1, "_id": 1 }),
                index(doc! { "flags": -1 }),
                index(doc! { "published": 1, "publishes_on": 1 }),
                index(doc! { "held": 1 }),
            ])
            .await?;
        // Their predecessors, on databases made before.
        for replaced in [
            "platform_1_requester_id_1_day_-1",
            "platform_1_day_-1",
            "platform_1_requester_id_1_day_-1__id_1",
            "platform_1_day_-1__id_1",
        ] {
            let _ = reports.drop_index(replaced).await;
        }
        self.collection::<Document>(crate::platforms::requesters::COLLECTION)
            .create_indexes([
                index(doc! { "platform": 1, "names": 1 }),
                index(doc! { "search_keys": 1 }),
            ])
            .await?;
        self.collection::<Document>(crate::scorecards::store::COLLECTION)
            .create_indexes(crate::scorecards::store::indexes())
            .await?;
        crate::scorecards::store::ScorecardStore::prepare_queue(self).await?;
        self.collection::<Document>(crate::moderation::flags::COLLECTION)
            .create_index(index(doc! { "report_id": 1 }))
            .await?;
        self.collection::<Document>(crate::organizers::store::COLLECTION)
            .create_index(unique(doc! { "email": 1 }))
            .await?;
        self.collection::<Document>(crate::strikes::store::COLLECTION)
            .create_indexes([
                index(doc! { "platform": 1, "status": 1 }),
                index(doc! { "called_in": 1 }),
                index(doc! { "solidarity_in": 1 }),
            ])
            .await?;
        for collection in [
            crate::strikes::store::PLEDGES,
            crate::strikes::store::UNDERCUTS,
        ] {
            self.collection::<Document>(collection)
                .create_index(index(doc! { "strike_id": 1, "country": 1 }))
                .await?;
        }
        self.collection::<Document>(crate::strikes::store::SUPPORTERS)
            .create_index(index(doc! { "strike_id": 1, "country": 1 }))
            .await?;
        self.collection::<Document>(crate::strikes::store::COLLECTION)
            .create_index(index(doc! { "pressure_in": 1 }))
            .await?;
        self.collection::<Document>(crate::companies::store::COMPANIES)
            .create_indexes([
                index(doc! { "accounts.platform": 1, "accounts.requester_id": 1 }),
                index(doc! { "operates": 1 }),
            ])
            .await?;
        self.collection::<Document>(crate::companies::store::PROPOSALS)
            .create_indexes([
                index(doc! { "status": 1, "day": 1 }),
                index(doc! { "dedupe": 1, "status": 1 }),
            ])
            .await?;
        self.collection::<Document>(crate::channels::announcements::COLLECTION)
            .create_index(index(doc! { "country": 1, "day": -1 }))
            .await?;
        self.collection::<Document>(crate::reports::store::COLLECTION)
            .create_index(index(doc! { "country": 1, "kind": 1 }))
            .await?;
        // Limit buckets, the days' keys, login delays and vouchers' daily counts
        // are deleted when they end.
        for collection in [
            crate::limits::COLLECTION,
            crate::limits::keys::COLLECTION,
            crate::organizers::throttle::COLLECTION,
            crate::vouchers::ISSUED,
        ] {
            self.collection::<Document>(collection)
                .create_index(
                    IndexModel::builder()
                        .keys(doc! { "expires_at": 1 })
                        .options(
                            IndexOptions::builder()
                                .expire_after(Duration::from_secs(0))
                                .build(),
                        )
                        .build(),
                )
                .await?;
        }
        Ok(())
    }
}

/// Whether a write failed on a unique index (error code 11000).
pub(crate) fn is_duplicate_key(error: &mongodb::error::Error) -> bool {
    use mongodb::error::{ErrorKind, WriteFailure};
    match &*error.kind {
        ErrorKind::Write(WriteFailure::WriteError(e)) => e.code == 11000,
        ErrorKind::Command(e) => e.code == 11000,
        ErrorKind::InsertMany(e) => e
            .write_errors
            .as_ref()
            .is_some_and(|errors| errors.iter().any(|e| e.code == 11000)),
        _ => false,
    }
}
