//! Pins what the API and the main pages show for one fixed data set, so
//! that moving code between modules cannot change behaviour unnoticed.
//!
//! The data set is filed through HTTP like any other; report ids are then
//! renumbered in filing order (ids are random, and lists sort by id) and
//! whatever depends on the clock or on secrets (days, times, CSRF tokens,
//! receipts, the stylesheet's fingerprint) is written as a placeholder.

use mongodb::bson::{doc, Document};
use rocket::http::{Accept, Header, Status};
use serde_json::{json, Value};

use clickline::testing::{sample_grievance, sample_rating, TestApp};

/// Ids of the fixed data set, in the order they were made.
struct DataSet {
    app: TestApp,
    reports: Vec<String>,
    strike: String,
    /// Ids that stay random (pledges, undercuts, announcements), each
    /// written as a numbered placeholder.
    others: Vec<String>,
}

/// A rating of requester `id` from `country`, varied by `n` so that the
/// figures have spread.
fn rating(id: &str, country: &str, n: u32) -> Value {
    let mut rating = sample_rating();
    rating["requester_id"] = json!(id);
    rating["country"] = json!(country);
    rating["pay"] = json!({ "amount": 0.5 + f64::from(n) * 0.75, "currency": "USD" });
    rating["minutes"] = json!(10 + n * 7);
    rating["paid"] = json!(["yes", "partial", "no", "pending"][n as usize % 4]);
    rating["rejected"] = json!(["none", "some", "all"][n as usize % 3]);
    rating["recommend"] = json!(n.is_multiple_of(2));
    rating["comment"] = json!(format!("Rating number {n}, **fixed**."));
    rating
}

async fn file(app: &TestApp, path: &str, body: &Value) -> String {
    let response = app.post_json(path, body).await;
    assert_eq!(response.status(), Status::Created, "POST {path}");
    let body: Value = response.into_json().await.expect("JSON");
    body["id"].as_str().expect("an id").to_owned()
}

/// Gives every report a fixed id, in filing order.
async fn renumber_reports(app: &TestApp, ids: &[String]) -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let reports = app.db.raw().collection::<Document>("reports");
    let mut fixed = Vec::new();
    for (n, id) in ids.iter().enumerate() {
        let new_id = format!(
            "aaaaaaaaaaa{}{}",
            ALPHABET[n / ALPHABET.len()] as char,
            ALPHABET[n % ALPHABET.len()] as char
        );
        let mut report = reports
            .find_one(doc! { "_id": id })
            .await
            .expect("query")
            .expect("stored");
        report.insert("_id", new_id.clone());
        reports
            .delete_one(doc! { "_id": id })
            .await
            .expect("delete");
        reports.insert_one(report).await.expect("insert");
        fixed.push(new_id);
    }
    fixed
}

async fn data_set() -> DataSet {
    let app = TestApp::new().await;
    let mut reports = Vec::new();
    for n in 0..5 {
        reports.push(file(&app, "/api/v1/ratings", &rating("A1B2C3D4E5", "PH", n)).await);
    }
    for n in 5..10 {
        reports.push(file(&app, "/api/v1/ratings", &rating("A1B2C3D4E5", "ID", n)).await);
    }
    for n in 10..12 {
        reports.push(file(&app, "/api/v1/ratings", &rating("A1B2C3D4E5", "KE", n)).await);
    }
    let mut other = rating("B9Z8Y7", "PH", 3);
    other["requester_name"] = json!("Other Tasks Ltd");
    reports.push(file(&app, "/api/v1/ratings", &other).await);
    reports.push(file(&app, "/api/v1/grievances", &sample_grievance()).await);
    let mut grievance = sample_grievance();
    grievance["platform"] = json!("mturk");
    grievance["requester_id"] = json!("A1B2C3D4E5");
    grievance["country"] = json!("PH");
    grievance["category"] = json!("non_payment");
    reports.push(file(&app, "/api/v1/grievances", &grievance).await);
    let reports = renumber_reports(&app, &reports).await;

    let organizer = app.organizer("ana@union.example", "PH", "admin").await;
    let today = chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    let strike = json!({
        "title": "No surveys under minimum wage",
        "demands": "Pay at least the **minimum wage** of the worker's country.",
        "platform": "mturk",
        "requester_ids": "A1B2C3D4E5",
        "called_in": "PH",
        "starts_on": today,
    });
    let response = app
        .post_json_as(&organizer.token, "/api/v1/strikes", &strike)
        .await;
    assert_eq!(response.status(), Status::Created);
    let strike: Value = response.into_json().await.expect("JSON");
    let strike = strike["id"].as_str().expect("an id").to_owned();
    let mut others = Vec::new();
    let pledges = format!("/api/v1/strikes/{strike}/pledges");
    for country in ["ID", "ID", "ID", "ID", "ID", "KE"] {
        others.push(file(&app, &pledges, &json!({ "country": country })).await);
    }
    let path = format!("/api/v1/strikes/{strike}/undercuts");
    let undercut = json!({ "country": "BD", "platform": "toloka", "note": "same surveys there" });
    others.push(file(&app, &path, &undercut).await);

    let campaign = json!({
        "platform": "mturk",
        "title": "What does MTurk know about us?",
        "categories": ["ratings", "rejections"],
        "countries": ["PH", "DE"],
        "explanation": "Ask for the **data** behind every rejection, together.",
    });
    let response = app
        .post_json_as(&organizer.token, "/api/v1/data-requests", &campaign)
        .await;
    assert_eq!(response.status(), Status::Created);
    let campaign: Value = response.into_json().await.expect("JSON");
    others.push(campaign["id"].as_str().expect("an id").to_owned());
    let sent = format!("/api/v1/data-requests/{}/sent", others.last().unwrap());
    for country in ["PH", "PH", "DE"] {
        others.push(file(&app, &sent, &json!({ "country": country })).await);
    }

    app.login(&organizer).await;
    let csrf = app.csrf().await;
    let announced = app
        .post_form(
            "/channels/PH/announcements",
            &[("csrf", &csrf), ("body", "Strike meeting on **Friday**.")],
        )
        .await
        .status();
    assert_eq!(announced.code, 303);
    let announcement = app
        .db
        .raw()
        .collection::<Document>("announcements")
        .find_one(doc! {})
        .await
        .expect("query")
        .expect("the announcement");
    others.push(announcement.get_str("_id").expect("an id").to_owned());
    app.settle().await;
    DataSet {
        app,
        reports,
        strike,
        others,
    }
}

/// Object keys in a fixed order, whatever order the code writes them in.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

impl DataSet {
    /// The campaign's address under `prefix` (the pages' or the API's).
    fn campaign_path(&self, prefix: &str) -> String {
        let campaign = self.others.iter().rev().nth(4).expect("the campaign");
        format!("{prefix}/data-requests/{campaign}")
    }

    /// Clock- and secret-dependent text written as placeholders.
    fn normalize(&self, text: &str) -> String {
        let mut text = text.replace(&self.strike, "<strike-id>");
        for (n, id) in self.others.iter().enumerate() {
            text = text.replace(id, &format!("<id-{n}>"));
        }
        let rules: &[(&str, &str)] = &[
            (r"\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:\d{2})?", "<time>"),
            (r"\d{4}-\d{2}-\d{2}", "<day>"),
            (r"\b20\d{2}-\d{2}\b", "<month>"),
            (
                // English, and Indonesian (the ID channel's feed).
                r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember) \d{4}",
                "<date>",
            ),
            (
                r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b",
                "<month>",
            ),
            (r">\d{2}-\d{2}<", "><month><"),
            (
                r#"name="(csrf|submission_key)" value="[^"]*""#,
                r#"name="$1" value="<secret>""#,
            ),
            (r"\?v=[0-9a-f]+", "?v=<hash>"),
            (r#""receipt": "[^"]*""#, r#""receipt": "<receipt>""#),
            (r"<updated>[^<]*</updated>", "<updated><time></updated>"),
        ];
        for (pattern, replacement) in rules {
            let re = regex::Regex::new(pattern).expect("a valid pattern");
            text = re.replace_all(&text, *replacement).into_owned();
        }
        text
    }

    async fn get(&self, path: &str, accept: Accept) -> (Status, String) {
        let response = self
            .app
            .client
            .get(path.to_owned())
            .header(accept)
            .header(Header::new("Accept-Language", "en"))
            .dispatch()
            .await;
        let status = response.status();
        (status, response.into_string().await.unwrap_or_default())
    }

    async fn json(&self, path: &str) -> String {
        let (status, body) = self.get(path, Accept::JSON).await;
        let value: Value = serde_json::from_str(&body).unwrap_or(Value::String(body));
        let pretty = serde_json::to_string_pretty(&sorted(value)).expect("JSON");
        self.normalize(&format!("GET {path}\n{status}\n{pretty}"))
    }

    async fn text(&self, path: &str, accept: Accept) -> String {
        let (status, body) = self.get(path, accept).await;
        self.normalize(&format!("GET {path}\n{status}\n{body}"))
    }
}

#[rocket::async_test]
async fn api_routes_answer_as_pinned() {
    let set = data_set().await;
    let rating = &set.reports[0];
    let grievance = &set.reports[14];
    let strike = set.strike.clone();
    let routes = [
        ("platforms", "/api/v1/platforms".to_owned()),
        ("platform", "/api/v1/platforms/mturk".to_owned()),
        (
            "requester",
            "/api/v1/requesters/mturk/A1B2C3D4E5".to_owned(),
        ),
        (
            "requesters_bulk",
            "/api/v1/requesters?platform=mturk&ids=A1B2C3D4E5,B9Z8Y7,NOPE".to_owned(),
        ),
        ("requester_404", "/api/v1/requesters/mturk/NOPE".to_owned()),
        ("rating", format!("/api/v1/reports/{rating}")),
        ("grievance", format!("/api/v1/reports/{grievance}")),
        ("strikes", "/api/v1/strikes".to_owned()),
        ("strike", format!("/api/v1/strikes/{strike}")),
        ("channel_called", "/api/v1/channels/PH".to_owned()),
        ("channel_alerted", "/api/v1/channels/ID".to_owned()),
        ("channel_bad", "/api/v1/channels/XX1".to_owned()),
        ("data_requests", "/api/v1/data-requests".to_owned()),
        ("data_request", set.campaign_path("/api/v1")),
    ];
    for (name, path) in routes {
        insta::assert_snapshot!(format!("api_{name}"), set.json(&path).await);
    }
    let csv = set.text("/api/v1/scorecards.csv", Accept::Any).await;
    insta::assert_snapshot!("api_scorecards_csv", csv);

    let mut bad = sample_rating();
    bad["minutes"] = json!(0);
    bad["pay"] = json!({ "amount": -1, "currency": "XXX" });
    bad["surprise"] = json!(true);
    let response = set.app.post_json("/api/v1/ratings", &bad).await;
    let status = response.status();
    let body: Value = response.into_json().await.expect("JSON");
    let body = serde_json::to_string_pretty(&sorted(body)).expect("JSON");
    insta::assert_snapshot!("api_rating_422", format!("{status}\n{body}"));
}

#[rocket::async_test]
async fn main_pages_render_as_pinned() {
    let set = data_set().await;
    let rating = &set.reports[0];
    let strike = set.strike.clone();
    let pages = [
        ("home", "/".to_owned()),
        ("search", "/?q=acme".to_owned()),
        ("platforms", "/platforms".to_owned()),
        ("platform", "/platforms/mturk".to_owned()),
        ("requester", "/requesters/mturk/A1B2C3D4E5".to_owned()),
        ("report", format!("/reports/{rating}")),
        ("strikes", "/strikes".to_owned()),
        ("strike", format!("/strikes/{strike}")),
        ("channels", "/channels".to_owned()),
        ("channel_called", "/channels/PH".to_owned()),
        ("channel_alerted", "/channels/ID".to_owned()),
        ("methodology", "/methodology".to_owned()),
        ("rate", "/rate".to_owned()),
        ("report_form", "/report".to_owned()),
        ("not_found", "/requesters/mturk/NOPE".to_owned()),
        ("strikes_feed", "/strikes.atom".to_owned()),
        ("channel_feed", "/channels/ID.atom".to_owned()),
        ("data_requests", "/data-requests".to_owned()),
        ("data_request", set.campaign_path("")),
        (
            "data_request_feed",
            format!("{}/feed.atom", set.campaign_path("")),
        ),
    ];
    for (name, path) in pages {
        insta::assert_snapshot!(format!("page_{name}"), set.text(&path, Accept::HTML).await);
    }
}
