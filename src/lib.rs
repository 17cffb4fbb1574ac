//! Clickline: anonymous ratings of requesters, grievance reports and
//! cross-border strike coordination for platform workers.
//!
//! [`build`] assembles the Rocket instance (used by `main` and by tests);
//! [`start`] does what `cargo run` does before that: find or provision the
//! database and prepare it.
//!
//! Start with [`guide`]: the architecture, what Clickline promises workers,
//! publication and screening, the threat model, the whole API, the code
//! map, languages, caching and what to edit to add a domain. Each domain's
//! module documents its own rules.

// Stores are traits implemented only for the concrete `Db` and awaited
// inside this crate, so the Send bounds of their async methods are inferred
// where they are used.
#![allow(async_fn_in_trait)]

pub mod channels;
pub mod cli;
pub mod companies;
pub mod config;
pub mod data_requests;
pub mod db;
pub mod demo;
pub mod devdb;
pub mod domain;
pub mod error;
pub mod extension;
pub mod guide;
pub mod http;
pub mod i18n;
pub mod limits;
pub mod moderation;
pub mod organizers;
pub mod platforms;
pub mod reports;
pub mod scorecards;
pub mod strikes;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod turkopticon;
pub mod vouchers;

#[cfg(test)]
mod app_tests;

use std::sync::Arc;

use rocket::figment::Figment;
use rocket::fs::FileServer;
use rocket::{Build, Rocket};
use rocket_dyn_templates::Template;

use config::{ConfigError, Secrets, Settings};
use db::Db;

/// Everything a route needs, kept in Rocket state.
pub struct App {
    pub db: Db,
    /// The platform catalogue, loaded from the database at launch.
    platforms: std::sync::OnceLock<platforms::catalogue::Catalogue>,
    pub secrets: Secrets,
    pub settings: Settings,
    /// The database holds demo data: every page says so.
    pub demo: bool,
    pub scorecards: Arc<scorecards::ScorecardCache>,
    pub rankings: Arc<scorecards::TtlCache<scorecards::rankings::Rankings>>,
    /// Strike and channel views, kept one second.
    pub strike_views: Arc<scorecards::TtlCache<strikes::views::StrikeView>>,
    pub channel_views: Arc<scorecards::TtlCache<channels::views::ChannelView>>,
    /// Report lists of requester and platform pages, kept one second.
    pub report_lists: Arc<scorecards::TtlCache<serde_json::Value>>,
    /// The list of companies (pages and API read it), kept one second.
    pub companies: Arc<scorecards::TtlCache<Vec<companies::views::CompanyListEntry>>>,
    /// Rendered public pages, kept until public data changes.
    pub pages: Arc<http::page_cache::PageCache>,
    /// Fingerprints of the static files.
    pub assets: http::assets::Assets,
    /// Stores reports, many concurrent ones in one durable write.
    pub report_writer: reports::group_commit::ReportWriter,
    /// This instance's copy of the day's key for limit buckets.
    pub limits: limits::Limits,
}

impl App {
    /// Drops every cached view and kept page (tests use it to look past
    /// the caches).
    pub fn forget_cached_views(&self) {
        (self.caches().forget_views)();
        self.pages.forget_all();
    }

    /// The platform catalogue (the shipped one until launch loads the stored one).
    pub fn platforms(&self) -> &platforms::catalogue::Catalogue {
        self.platforms.get_or_init(|| {
            platforms::catalogue::Catalogue::of(platforms::catalogue::shipped_catalogue())
        })
    }

    /// What each domain's collections mean to the change signal.
    fn watched(&self) -> http::change_signal::Watched {
        let mut unseen_inserts = vec![reports::store::COLLECTION];
        let mut unseen = vec![];
        if self.settings.batches_wait() {
            unseen_inserts.extend(strikes::store::BATCHED);
            // A sent request, its answer and its complaint each carry their
            // day and count only from that day's batch.
            unseen.push(data_requests::store::SENT);
        }
        unseen.extend([
            limits::COLLECTION,
            limits::keys::COLLECTION,
            organizers::throttle::COLLECTION,
            scorecards::store::QUEUE,
            organizers::store::TOKENS,
            moderation::store::FLAGS,
            // Seen by moderators only, until one confirms a link.
            companies::store::PROPOSALS,
            vouchers::store::COLLECTION,
            vouchers::store::BATCHES,
            vouchers::store::ISSUED,
            scorecards::store::REBUILDING,
        ]);
        http::change_signal::Watched {
            unseen,
            unseen_inserts,
            private_writes: vec![(reports::store::COLLECTION, reports::store::is_public_write)],
            scorecards: scorecards::store::COLLECTION,
        }
    }

    /// What the change signal refreshes.
    pub fn caches(&self) -> http::change_signal::PublicCaches {
        let (strikes, channels, lists, companies, rankings) = (
            self.strike_views.clone(),
            self.channel_views.clone(),
            self.report_lists.clone(),
            self.companies.clone(),
            self.rankings.clone(),
        );
        http::change_signal::PublicCaches {
            scorecards: self.scorecards.clone(),
            pages: self.pages.clone(),
            forget_views: Arc::new(move || {
                strikes.clear();
                channels.clear();
                lists.clear();
                companies.clear();
                rankings.clear();
            }),
            watched: Arc::new(self.watched()),
        }
    }

    /// Counts one anonymous submission (report, flag, pledge, undercut)
    /// against the client's hourly limit.
    pub async fn count_submission(
        &self,
        client: &http::guards::ClientAddress,
    ) -> error::Result<()> {
        self.limits
            .allow(
                &self.db,
                &self.secrets,
                limits::Counted::Submissions,
                &client.0,
                self.settings.submissions_per_hour,
                error::Error::RateLimited,
            )
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
    let assets = http::assets::Assets::load(&static_dir);
    let extension = extension::Bundle::load(&static_dir);
    let apis = api_parts();
    let description = http::openapi::Description::merged(apis.iter().map(|part| &part.description));
    let rocket = apis
        .into_iter()
        .fold(rocket::custom(figment), |rocket, part| {
            rocket.mount(part.mount, part.routes)
        });
    let (gzip, kept_gzip) = http::compression::Gzip::with_kept();
    Ok(rocket
        .manage(description)
        .manage(kept_gzip)
        .manage(App {
            report_writer: reports::group_commit::ReportWriter::new(db.clone()),
            db,
            platforms: Default::default(),
            secrets,
            settings,
            demo,
            scorecards: Default::default(),
            rankings: Default::default(),
            strike_views: Default::default(),
            channel_views: Default::default(),
            report_lists: Default::default(),
            companies: Default::default(),
            pages: Arc::new(http::page_cache::PageCache::new(
                scorecards::web::scopes::SCOPING,
            )),
            limits: Default::default(),
            assets,
        })
        .manage(extension)
        .attach(rocket::fairing::AdHoc::on_ignite(
            "platform catalogue",
            |rocket| {
                Box::pin(async move {
                    let app = rocket.state::<App>().expect("App is managed");
                    // Clickline starts while the database is down (it answers
                    // 503 until it is back), with the shipped catalogue.
                    match platforms::store::stored_catalogue(&app.db).await {
                        Ok(catalogue) => {
                            let _ = app.platforms.set(catalogue);
                        }
                        Err(error) => {
                            tracing::warn!("the shipped platform catalogue is used: {error}");
                        }
                    }
                    rocket
                })
            },
        ))
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
                    http::change_signal::follow(app.db.clone(), app.caches(), rocket.shutdown());
                    strikes::service::spawn_date_watch(app.db.clone(), rocket.shutdown());
                    let every = app.settings.publication_every_seconds;
                    if every > 0 {
                        reports::publication::spawn_publisher(
                            app.db.clone(),
                            reports::publication::Rules::of(&app.settings),
                            std::time::Duration::from_secs(u64::from(every)),
                            rocket.shutdown(),
                        );
                    }
                })
            },
        ))
        .attach(Template::custom(|engines| {
            i18n::helpers::register(&mut engines.handlebars)
        }))
        .attach(http::same_origin::SameOriginForms)
        .attach(http::headers::SecurityHeaders)
        .attach(http::cors::PublicReadCors)
        .attach(http::assets::StaticCaching)
        .attach(http::page_cache::ForgetOnWrite)
        .attach(gzip)
        .mount("/", http::page_cache::from_memory(page_routes()))
        .mount("/static", FileServer::from(static_dir))
        .register("/", http::page::catchers())
        .register("/api", http::api::catchers())
        .register("/turkopticon", http::api::catchers()))
}

/// Every HTML route, domain by domain.
fn page_routes() -> Vec<rocket::Route> {
    [
        scorecards::web::pages::routes(),
        reports::web::routes(),
        organizers::web::routes(),
        strikes::routes(),
        channels::routes(),
        companies::web::routes(),
        moderation::routes(),
        vouchers::web::routes(),
        data_requests::routes(),
        extension::routes(),
        http::language::routes(),
        http::same_origin::routes(),
    ]
    .concat()
}

/// Every JSON route with its description, domain by domain (the order of
/// the OpenAPI document).
pub fn api_parts() -> Vec<http::openapi::ApiPart> {
    vec![
        http::openapi::part(),
        platforms::api::api(),
        reports::api::api(),
        scorecards::api::api(),
        strikes::api::api(),
        channels::api::api(),
        companies::api::api(),
        vouchers::api::api(),
        data_requests::api::api(),
        turkopticon::api(),
    ]
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
    Ok((prepare(db).await?, dev))
}

/// Every domain's collections with their indexes (`db::schema`): a new
/// domain adds its store's list here.
fn collection_indexes() -> Vec<db::schema::CollectionIndexes> {
    [
        reports::store::indexes(),
        platforms::store::indexes(),
        scorecards::store::indexes(),
        moderation::store::indexes(),
        organizers::store::indexes(),
        strikes::store::indexes(),
        companies::store::indexes(),
        channels::store::indexes(),
        limits::indexes(),
        vouchers::store::indexes(),
        data_requests::store::indexes(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Every domain's numbered migrations (`db::schema`).
fn migrations() -> Vec<db::schema::Migration> {
    [
        reports::store::migrations(),
        platforms::store::migrations(),
        scorecards::store::migrations(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Brings a database up to what this version needs: every domain's
/// indexes and pending migrations, then the platform catalogue and the
/// companies' seed catalogue. Idempotent; every instance runs it at start.
pub async fn prepare(db: Db) -> Result<Db, error::Error> {
    db.ensure_indexes(&collection_indexes()).await?;
    db.migrate(&migrations()).await?;
    platforms::store::seed_catalogue(&db).await?;
    companies::catalogue::seed(&db).await?;
    Ok(db)
}

/// [`prepare`] as a method, for the places that open a database.
pub trait Prepare {
    async fn prepare(self) -> Result<Db, error::Error>;
}

impl Prepare for Db {
    async fn prepare(self) -> Result<Db, error::Error> {
        prepare(self).await
    }
}

/// What `cargo run` does: open the database (filling an empty development
/// database with demo data) and build Clickline on it.
pub async fn start() -> Result<(Rocket<Build>, Option<devdb::DevDb>), StartupError> {
    let figment = rocket::Config::figment();
    let settings = Settings::from_figment(&figment)?;
    Secrets::from_figment(&figment)?;
    let (db, dev) = open_database(&settings).await?;
    let demo = if dev.is_some() {
        demo::seed_if_empty(&db, settings.min_group_size).await?;
        demo::present(&db).await?
    } else {
        false
    };
    Ok((build(figment, db, demo)?, dev))
}
