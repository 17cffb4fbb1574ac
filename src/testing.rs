//! Test support shared by the unit tests beside each route and the
//! integration tests in `tests/`. Every test talks to a real MongoDB-compatible
//! server over TCP: `MONGODB_URI` when set, otherwise one throwaway SecantusDB
//! per test binary. Each test gets a database of its own.

use std::sync::OnceLock;

use mongodb::bson::{doc, Document};
use rocket::http::{ContentType, Header};
use rocket::local::asynchronous::{Client, LocalResponse};
use serde_json::Value;

use crate::config::mongodb_uri_from_env;
use crate::db::Db;
use crate::devdb::{DevDb, Storage};
use crate::Prepare;

/// A Clickline instance on a fresh database, with a local client.
pub struct TestApp {
    pub client: Client,
    pub db: Db,
}

/// The server every test in this binary shares.
pub fn database_uri() -> String {
    static SERVER: OnceLock<Result<String, String>> = OnceLock::new();
    if let Some(uri) = mongodb_uri_from_env() {
        return uri;
    }
    SERVER
        .get_or_init(|| {
            let server = DevDb::start(Storage::Memory).map_err(|e| e.to_string())?;
            // SecantusDB 0.7.0b3 keeps a record of every retryable write
            // (up to 10,000, for 30 minutes) and scans them all, sorting them
            // once the cap is reached, on every write: over a whole suite
            // its CPU went mostly there and each write grew slower. No test
            // retries a write across a failover, so tests write without the
            // records; `cargo run` and production keep retryable writes.
            let uri = format!("{}&retryWrites=false", server.uri());
            // Kept for the life of the test binary; it stops when the binary exits.
            std::mem::forget(server);
            Ok(uri)
        })
        .clone()
        .unwrap_or_else(|e| panic!("cannot start the test database: {e}"))
}

/// A database name no other test uses.
pub fn unique_database_name() -> String {
    format!(
        "clickline_test_{}",
        crate::reports::service::new_submission_key()
    )
}

impl TestApp {
    pub async fn new() -> TestApp {
        TestApp::with_settings(&[]).await
    }

    /// With some settings changed (`submissions_per_hour`, `min_group_size`...).
    pub async fn with_settings(overrides: &[(&str, u32)]) -> TestApp {
        let name = unique_database_name();
        let db = Db::connect(&database_uri(), &name)
            .await
            .expect("connect")
            .prepare()
            .await
            .expect("prepare the test database");
        TestApp::on(db, overrides).await
    }

    /// On a database nobody listens for, to see how Clickline behaves in an outage.
    pub async fn with_unreachable_database() -> TestApp {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let uri = format!("mongodb://127.0.0.1:{port}/?directConnection=true");
        let db = Db::connect(&uri, "unreachable")
            .await
            .expect("connect lazily");
        TestApp::on(db, &[]).await
    }

    /// Another Clickline instance on the same database, as in a deployment
    /// with several app servers.
    pub async fn second_instance(&self) -> TestApp {
        let db = Db::connect(&database_uri(), self.db.name())
            .await
            .expect("connect")
            .prepare()
            .await
            .expect("prepare");
        TestApp::on(db, &[]).await
    }

    /// On a database the test prepared itself (another server, say).
    pub async fn on_database(db: Db) -> TestApp {
        TestApp::on(db, &[]).await
    }

    async fn on(db: Db, overrides: &[(&str, u32)]) -> TestApp {
        let mut figment = rocket::Config::figment()
            .merge(("secret_key", random_secret_key()))
            .merge(("database", db.name().to_owned()))
            .merge((
                "log_level",
                std::env::var("CLICKLINE_TEST_LOG").unwrap_or_else(|_| "off".into()),
            ));
        // Tests publish on demand (`settle`, never in the background, so
        // a test reads exactly what it published), file many ratings of one
        // requester from one client, and screen only where they test it.
        let test_defaults = [
            ("publish_after_days", 0),
            ("publication_every_seconds", 0),
            ("ratings_per_target_per_day", 1000),
            ("hold_bursts", 0),
        ];
        for (key, value) in test_defaults.iter().chain(overrides) {
            figment = match *key {
                "hold_bursts" => figment.merge((*key, *value != 0)),
                _ => figment.merge((*key, *value)),
            };
        }
        let rocket = crate::build(figment, db.clone(), false).expect("configuration");
        let client = Client::tracked(rocket)
            .await
            .expect("a valid Rocket instance");
        TestApp { client, db }
    }

    /// Publishes what is due and recomputes every queued scorecard now, as
    /// the background workers would within moments, so tests can check
    /// exact figures.
    pub async fn settle(&self) {
        let app = self.client.rocket().state::<crate::App>().expect("App");
        self.publish_on(crate::domain::Day::today()).await;
        while crate::scorecards::run_queue(&app.db, &app.scorecards, app.settings.min_group_size)
            .await
            .expect("recompute scorecards")
            > 0
        {}
        for key in self.scorecard_documents().await.into_keys() {
            app.scorecards.evict(&key);
        }
        // As the change signal would within moments.
        app.pages.forget_all();
    }

    /// The running app's state.
    pub fn app(&self) -> &crate::App {
        self.client.rocket().state::<crate::App>().expect("App")
    }

    /// Runs the publication step as if it were `day`.
    pub async fn publish_on(&self, day: crate::domain::Day) -> crate::reports::publication::Batch {
        let app = self.client.rocket().state::<crate::App>().expect("App");
        let rules = crate::reports::publication::Rules::of(&app.settings);
        crate::reports::publication::publish_due(&app.db, day, rules)
            .await
            .expect("publish")
    }

    /// An organizer account made as `clickline organizer add` makes it,
    /// whose owner has already replaced the initial password (with the same
    /// one, so tests can log in with `password`).
    pub async fn organizer(
        &self,
        email: &str,
        countries: &str,
        role: &str,
    ) -> crate::organizers::accounts::Created {
        use crate::organizers::store::OrganizerStore;
        let mut created = crate::organizers::accounts::create_organizer(
            &self.db,
            email,
            "Test Organizer",
            countries,
            role,
        )
        .await
        .expect("create organizer");
        let id = &created.organizer.id;
        self.db
            .set_password(id, &created.organizer.password_hash)
            .await
            .expect("set password");
        created.organizer = self.db.find_organizer(id).await.unwrap().unwrap();
        created
    }

    /// Logs this client (one browser) in.
    pub async fn login(&self, organizer: &crate::organizers::accounts::Created) {
        let response = self
            .post_form(
                "/organize/login",
                &[
                    ("email", &organizer.organizer.email),
                    ("password", &organizer.password),
                ],
            )
            .await;
        assert_eq!(response.status().code, 303, "login failed");
    }

    /// The CSRF token of this client's session, as its forms carry it.
    pub async fn csrf(&self) -> String {
        let html = self.get_html("/organize").await;
        let start = html.find("name=\"csrf\" value=\"").expect("a CSRF field") + 19;
        html[start..start + 32].to_owned()
    }

    /// A JSON POST with `Authorization: Bearer <token>`.
    pub async fn post_json_as(&self, token: &str, path: &str, body: &Value) -> LocalResponse<'_> {
        self.client
            .post(path.to_owned())
            .header(ContentType::JSON)
            .header(Header::new("Authorization", format!("Bearer {token}")))
            .body(body.to_string())
            .dispatch()
            .await
    }

    /// Files one rating of the sample requester per day given, publishes
    /// them, then moves each to its day (as if filed then); their ids, in
    /// the order of the days.
    pub async fn ratings_published_on(&self, days: &[crate::domain::Day]) -> Vec<String> {
        let mut ids = Vec::new();
        for _ in days {
            ids.push(self.file_rating().await.0);
        }
        self.settle().await;
        let reports = self.app().db.raw().collection::<Document>("reports");
        for (id, day) in ids.iter().zip(days) {
            reports
                .update_one(
                    doc! { "_id": id },
                    doc! { "$set": { "day": day.to_string() } },
                )
                .await
                .expect("move a report to its day");
        }
        ids
    }

    /// Files the sample rating; returns its id and receipt code.
    pub async fn file_rating(&self) -> (String, String) {
        let body: Value = self
            .post_json("/api/v1/ratings", &sample_rating())
            .await
            .into_json()
            .await
            .expect("JSON");
        (
            body["id"].as_str().expect("an id").to_owned(),
            body["receipt"].as_str().expect("a receipt").to_owned(),
        )
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> LocalResponse<'_> {
        self.client
            .post(path.to_owned())
            .header(ContentType::JSON)
            .body(body.to_string())
            .dispatch()
            .await
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> LocalResponse<'_> {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        self.client
            .post(path.to_owned())
            .header(ContentType::Form)
            .header(Header::new("Accept", "text/html"))
            .body(body)
            .dispatch()
            .await
    }

    pub async fn get_json(&self, path: &str) -> Value {
        let response = self.client.get(path.to_owned()).dispatch().await;
        let status = response.status();
        let body = response.into_string().await.unwrap_or_default();
        assert_eq!(status.code, 200, "GET {path}: {body}");
        serde_json::from_str(&body).expect("JSON")
    }

    pub async fn get_html(&self, path: &str) -> String {
        let response = self.client.get(path.to_owned()).dispatch().await;
        assert_eq!(response.status().code, 200, "GET {path}");
        response.into_string().await.unwrap_or_default()
    }

    /// Renders the public page `path` unless it is kept; returns whether
    /// it was rendered now.
    pub async fn rendered_afresh(&self, path: &str) -> bool {
        let before = self.page_renders();
        assert_eq!(
            self.client.get(path).dispatch().await.status().code,
            200,
            "GET {path}"
        );
        self.page_renders() > before
    }

    /// How many pages this instance has rendered rather than sent from
    /// memory.
    pub fn page_renders(&self) -> u64 {
        self.app()
            .pages
            .renders
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The stylesheet address the home page links to.
    pub async fn stylesheet_href(&self) -> String {
        let html = self.get_html("/").await;
        html.split("rel=\"stylesheet\" href=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("a stylesheet link")
            .to_owned()
    }

    pub async fn count(&self, collection: &str) -> u64 {
        self.db
            .raw()
            .collection::<Document>(collection)
            .count_documents(doc! {})
            .await
            .expect("count")
    }

    /// A report exactly as stored.
    pub async fn raw_report(&self, id: &str) -> Document {
        self.db
            .raw()
            .collection::<Document>("reports")
            .find_one(doc! { "_id": id })
            .await
            .expect("query")
            .expect("the report exists")
    }

    /// Every document of every collection, for checks that nothing
    /// identifying was stored anywhere.
    /// Withdraws a report with its receipt, as its worker would.
    pub async fn withdraw(&self, id: &str, receipt: &str) {
        let response = self
            .client
            .delete(format!("/api/v1/reports/{id}"))
            .header(rocket::http::Header::new(
                "Authorization",
                format!("Receipt {receipt}"),
            ))
            .dispatch()
            .await;
        assert_eq!(response.status(), rocket::http::Status::NoContent);
    }

    /// Every stored scorecard, by key.
    /// The stored scorecards by key, without the queue's bookkeeping
    /// (`for_seq`: which entry a card was computed for).
    pub async fn scorecard_documents(&self) -> std::collections::BTreeMap<String, Document> {
        self.every_document()
            .await
            .into_iter()
            .filter(|(collection, _)| collection == "scorecards")
            .map(|(_, mut card)| {
                card.remove("for_seq");
                (card.get_str("_id").expect("key").to_owned(), card)
            })
            .collect()
    }

    pub async fn every_document(&self) -> Vec<(String, Document)> {
        use futures::TryStreamExt;
        let mut all = Vec::new();
        for name in self.db.raw().list_collection_names().await.expect("list") {
            let documents: Vec<Document> = self
                .db
                .raw()
                .collection::<Document>(&name)
                .find(doc! {})
                .await
                .expect("find")
                .try_collect()
                .await
                .expect("read");
            all.extend(documents.into_iter().map(|d| (name.clone(), d)));
        }
        all
    }
}

pub use crate::config::random_secret_key;
pub use crate::demo::{sample_grievance, sample_rating};
