//! Clickline: anonymous ratings of requesters, grievance reports and
//! cross-border strike coordination for platform workers.
//!
//! [`build`] assembles the Rocket instance (used by `main` and by tests);
//! [`start`] does what `cargo run` does before that: find or provision the
//! database and prepare it.

pub mod api;
pub mod assets;
pub mod auth;
pub mod channels;
pub mod cli;
mod compression;
pub mod config;
pub mod db;
pub mod demo;
pub mod devdb;
pub mod domain;
pub mod error;
pub mod filing;
pub mod guards;
mod headers;
pub mod i18n;
pub mod input;
pub mod organizers;
pub mod scorecards;
pub mod strikes;
pub mod testing;
pub mod web;

use rocket::figment::Figment;
use rocket::fs::FileServer;
use rocket::{Build, Rocket};
use rocket_dyn_templates::Template;

use config::{ConfigError, Secrets, Settings};
use db::Db;

/// Everything a route needs, kept in Rocket state.
pub struct App {
    pub db: Db,
    pub secrets: Secrets,
    pub settings: Settings,
    /// The database holds demo data: every page says so.
    pub demo: bool,
    pub scorecards: std::sync::Arc<scorecards::ScorecardCache>,
    pub rankings: scorecards::TtlCache<scorecards::rankings::Rankings>,
    /// Strike and channel views, kept one second.
    pub views: scorecards::TtlCache<serde_json::Value>,
    /// Fingerprints of the static files.
    pub assets: assets::Assets,
}

impl App {
    /// Counts one anonymous submission (report, flag, pledge, undercut)
    /// against the client's hourly limit.
    pub async fn count_submission(&self, client: &guards::ClientAddress) -> error::Result<()> {
        use db::models::rate_limit::RateLimitStore;
        self.db
            .count_submission(&self.secrets, &client.0, self.settings.submissions_per_hour)
            .await
    }
}

/// Builds Clickline on a prepared database.
pub fn build(figment: Figment, db: Db, demo: bool) -> Result<Rocket<Build>, ConfigError> {
    let settings = Settings::from_figment(&figment)?;
    let secrets = Secrets::from_figment(&figment)?;
    // Relative to the working directory, like `template_dir`, so a deployed
    // binary finds the folder beside it.
    let static_dir = settings.static_dir.clone();
    let assets = assets::Assets::load(&static_dir);
    Ok(rocket::custom(figment)
        .manage(App {
            db,
            secrets,
            settings,
            demo,
            scorecards: Default::default(),
            rankings: Default::default(),
            views: Default::default(),
            assets,
        })
        .attach(rocket::fairing::AdHoc::on_liftoff(
            "scorecard worker",
            |rocket| {
                Box::pin(async move {
                    let app = rocket.state::<App>().expect("App is managed");
                    scorecards::spawn_worker(
                        app.db.clone(),
                        app.scorecards.clone(),
                        app.settings.min_group_size,
                        rocket.shutdown(),
                    );
                    scorecards::watch_scorecards(
                        app.db.clone(),
                        app.scorecards.clone(),
                        rocket.shutdown(),
                    );
                })
            },
        ))
        .attach(Template::custom(|engines| {
            i18n::helpers::register(&mut engines.handlebars)
        }))
        .attach(headers::SecurityHeaders)
        .attach(assets::StaticCaching)
        .attach(compression::Gzip)
        .mount("/", web::routes())
        .mount("/", api::health::routes())
        .mount("/api/v1", api::routes())
        .mount("/static", FileServer::from(static_dir))
        .register("/", web::catchers())
        .register("/api", api::catchers()))
}

/// Why Clickline could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("development database: {0}")]
    DevDb(#[from] devdb::DevDbError),
    #[error("database: {0}")]
    Database(#[from] error::Error),
}

/// The database `cargo run` and the CLI use: `MONGODB_URI`, or the
/// development database, provisioned and started on first use.
pub async fn open_database(
    settings: &Settings,
) -> Result<(Db, Option<devdb::DevDb>), StartupError> {
    open_database_with(settings, false).await
}

/// As [`open_database`]; `batch` waits for a busy database instead of failing fast.
pub async fn open_database_with(
    settings: &Settings,
    batch: bool,
) -> Result<(Db, Option<devdb::DevDb>), StartupError> {
    let (uri, dev) = match config::mongodb_uri_from_env() {
        Some(uri) => (uri, None),
        None => {
            let storage = devdb::Storage::Disk(devdb::default_storage());
            let dev = tokio::task::spawn_blocking(move || devdb::DevDb::start(storage))
                .await
                .map_err(|e| error::Error::Internal(e.to_string()))??;
            eprintln!(
                "Clickline: development database (SecantusDB) at {}",
                dev.uri()
            );
            (dev.uri(), Some(dev))
        }
    };
    let db = if batch {
        Db::connect_for_batch(&uri, &settings.database).await?
    } else {
        Db::connect(&uri, &settings.database).await?
    };
    Ok((db.prepare().await?, dev))
}

/// What `cargo run` does: open the database (filling an empty development
/// database with demo data) and build Clickline on it.
pub async fn start() -> Result<(Rocket<Build>, Option<devdb::DevDb>), StartupError> {
    let figment = rocket::Config::figment();
    let settings = Settings::from_figment(&figment)?;
    Secrets::from_figment(&figment)?;
    let (db, dev) = open_database(&settings).await?;
    let demo = if dev.is_some() {
        demo::seed_if_empty(&db).await?;
        demo::present(&db).await?
    } else {
        false
    };
    Ok((build(figment, db, demo)?, dev))
}
