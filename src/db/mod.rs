//! MongoDB access: connecting, collections, ping and error mapping. Each
//! domain's store declares its collections, indexes and migrations
//! ([`schema`]) beside a trait of the operations it needs, implemented on
//! [`Db`]; `lib.rs` hands them all to [`Db::ensure_indexes`] and
//! [`Db::migrate`] at start-up.

pub mod batches;
pub mod schema;

use std::time::Duration;

use mongodb::bson::doc;
use mongodb::options::{Acknowledgment, ClientOptions, WriteConcern};
use mongodb::{Client, Collection};

use crate::error::Result;

/// How long a pooled connection may stay unused before the pool closes it:
/// under SecantusDB's five minutes.
const MAX_IDLE: Duration = Duration::from_secs(60);

/// The database handle kept in Rocket state. Cheap to clone.
#[derive(Clone)]
pub struct Db {
    database: mongodb::Database,
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
        })
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
