//! What a worker files through HTTP leaves no address, browser or exact time
//! anywhere in the database, and no receipt code in plain text.

use mongodb::bson::{Bson, Document};
use rocket::http::{ContentType, Header, Status};
use serde_json::Value;

use clickline::testing::{sample_grievance, sample_rating, TestApp};

const ADDRESS: &str = "203.0.113.77";
const AGENT: &str = "Mozilla/5.0 (Linux; Android 9) ClicklineProbe/31337";

async fn submit(app: &TestApp, path: &str, body: &Value) -> Value {
    let response = app
        .client
        .post(path.to_owned())
        .header(ContentType::JSON)
        .header(Header::new("X-Real-IP", ADDRESS))
        .header(Header::new("User-Agent", AGENT))
        .body(body.to_string())
        .dispatch()
        .await;
    assert_eq!(response.status(), Status::Created);
    response.into_json().await.expect("JSON")
}

/// Every value in a document, with its path.
fn walk(path: &str, value: &Bson, out: &mut Vec<(String, Bson)>) {
    match value {
        Bson::Document(document) => {
            for (key, value) in document {
                walk(&format!("{path}.{key}"), value, out);
            }
        }
        Bson::Array(items) => {
            for (index, value) in items.iter().enumerate() {
                walk(&format!("{path}[{index}]"), value, out);
            }
        }
        other => out.push((path.to_owned(), other.clone())),
    }
}

/// What a worker types into a data-access letter: never stored.
const LETTER_IDENTITY: [&str; 3] = ["Zofia Probe", "zofia.probe@", "WK-4417-PROBE"];

/// A campaign, a worker's "sent" with its answer, and a letter made from
/// the campaign page; the "sent" answer with its receipt.
async fn data_request_sent_answered_and_a_letter_made(app: &TestApp) -> Value {
    let organizer = app.organizer("ana@union.example", "DE", "organizer").await;
    let campaign = serde_json::json!({ "platform": "clickworker", "title": "Our data, together",
        "categories": ["ratings"], "countries": ["DE"], "explanation": "Ask for the data behind each rating." });
    let campaign: Value = app
        .post_json_as(&organizer.token, "/api/v1/data-requests", &campaign)
        .await
        .into_json()
        .await
        .expect("JSON");
    let id = campaign["id"].as_str().unwrap();
    let letter = app
        .client
        .post(format!("/data-requests/{id}/letter"))
        .header(ContentType::Form)
        .header(Header::new("X-Real-IP", ADDRESS))
        .body("country=DE&name=Zofia+Probe&email=zofia.probe%40example.org&worker_id=WK-4417-PROBE")
        .dispatch()
        .await;
    assert_eq!(letter.status(), Status::Ok);
    assert!(letter.into_string().await.unwrap().contains("Zofia Probe"));
    let sent = submit(
        app,
        &format!("/api/v1/data-requests/{id}/sent"),
        &serde_json::json!({ "country": "DE" }),
    )
    .await;
    let answered = app
        .client
        .patch(format!(
            "/api/v1/data-requests/sent/{}",
            sent["id"].as_str().unwrap()
        ))
        .header(ContentType::JSON)
        .header(Header::new("X-Real-IP", ADDRESS))
        .header(Header::new(
            "Authorization",
            format!("Receipt {}", sent["receipt"].as_str().unwrap()),
        ))
        .body(r#"{"outcome": "no_answer"}"#)
        .dispatch()
        .await;
    assert_eq!(answered.status(), Status::Ok);
    sent
}

#[rocket::async_test]
async fn nothing_identifying_is_stored() {
    let app = TestApp::new().await;
    let rating = submit(&app, "/api/v1/ratings", &sample_rating()).await;
    let grievance = submit(&app, "/api/v1/grievances", &sample_grievance()).await;
    let form = app
        .client
        .post("/rate")
        .header(ContentType::Form)
        .header(Header::new("X-Real-IP", ADDRESS))
        .header(Header::new("User-Agent", AGENT))
        .body("platform=toloka&requester_id=t-1&country=UA&task_type=tagging&pay.amount=0.3&pay.currency=USD&minutes=12&paid=no&rejected=all&communication=not_tried&recommend=false")
        .dispatch()
        .await;
    assert_eq!(form.status(), Status::Ok);
    let flag = app
        .client
        .post(format!(
            "/api/v1/reports/{}/flags",
            rating["id"].as_str().unwrap()
        ))
        .header(ContentType::JSON)
        .header(Header::new("X-Real-IP", ADDRESS))
        .body(r#"{"reason": "spam"}"#)
        .dispatch()
        .await;
    assert_eq!(flag.status(), Status::Created);
    let sent = data_request_sent_answered_and_a_letter_made(&app).await;

    let receipts = [&rating["receipt"], &grievance["receipt"], &sent["receipt"]]
        .map(|r| r.as_str().unwrap().replace('-', ""));
    let looks_like_time = regex::Regex::new(r"\d{2}:\d{2}").unwrap();
    let documents: Vec<(String, Document)> = app.every_document().await;
    assert!(
        documents.len() >= 6,
        "reports, requesters, flags and rate limits were stored"
    );
    for (collection, document) in &documents {
        let mut values = Vec::new();
        walk(collection, &Bson::Document(document.clone()), &mut values);
        for (path, value) in values {
            match &value {
                Bson::String(text) => {
                    assert!(!text.contains("203.0.113"), "{path} holds the address");
                    for identity in LETTER_IDENTITY {
                        assert!(
                            !text.contains(identity),
                            "{path} holds the letter's {identity}"
                        );
                    }
                    assert!(!text.contains("ClicklineProbe"), "{path} holds the browser");
                    for receipt in &receipts {
                        assert!(
                            !text.contains(receipt.as_str()),
                            "{path} holds a receipt code"
                        );
                    }
                    assert!(
                        !looks_like_time.is_match(text),
                        "{path} holds a time: {text}"
                    );
                }
                Bson::ObjectId(_) => panic!("{path} is an ObjectId, which leaks its creation time"),
                Bson::Timestamp(_) => panic!("{path} is a timestamp"),
                // When this database was migrated (at an instance's start,
                // nothing a worker did).
                Bson::DateTime(_) if path == "migrations.claimed_at" => {}
                Bson::DateTime(date) => {
                    // Only rate-limit buckets carry a date: the end of their hour,
                    // for the TTL index.
                    assert!(path.ends_with("expires_at"), "{path} holds a date");
                    let millis = date.timestamp_millis();
                    assert_eq!(millis % 3_600_000, 0, "{path} is not on the hour");
                }
                _ => {}
            }
        }
    }
}

#[rocket::async_test]
async fn report_ids_do_not_encode_time() {
    let app = TestApp::new().await;
    let mut ids = Vec::new();
    for _ in 0..5 {
        let filed = submit(&app, "/api/v1/ratings", &sample_rating()).await;
        ids.push(filed["id"].as_str().unwrap().to_owned());
    }
    // ObjectIds filed together share their leading time bytes; these share
    // no common prefix beyond chance.
    let common_prefix =
        |a: &str, b: &str| a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let longest = ids
        .iter()
        .flat_map(|a| {
            ids.iter()
                .filter(move |b| *b != a)
                .map(move |b| common_prefix(a, b))
        })
        .max()
        .unwrap();
    assert!(longest < 4, "ids {ids:?} share a prefix of {longest}");
    for id in &ids {
        assert!(!id.chars().all(|c| c.is_ascii_hexdigit()) || id.len() != 24);
    }
}

/// Pledges, supports and undercuts publish in daily batches like reports:
/// one filed today moves no count (so its time does not show), and a
/// country the strike asks shows the same "fewer than" for none as for a
/// few.
#[rocket::async_test]
async fn strike_counts_move_only_with_the_daily_batch() {
    let app = TestApp::with_settings(&[("publish_after_days", 1)]).await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let today = clickline::domain::Day::today().to_string();
    let call = serde_json::json!({
        "title": "No surveys under minimum wage", "demands": "Pay the minimum wage.",
        "platform": "mturk", "called_in": "PH", "starts_on": today,
    });
    let created = app.post_json_as(&ana.token, "/api/v1/strikes", &call).await;
    assert_eq!(created.status(), Status::Created);
    let created: Value = created.into_json().await.unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/strikes/{id}");
    let before: Value = app.get_json(&path).await;
    let fewer = serde_json::json!({ "fewer_than": 5 });
    assert_eq!(before["pledges_by_country"]["PH"], fewer, "none at all");
    for _ in 0..5 {
        for (what, country) in [("pledges", "ID"), ("support", "DE"), ("undercuts", "BD")] {
            let body = serde_json::json!({ "country": country });
            let filed = app.post_json(&format!("{path}/{what}"), &body).await;
            assert_eq!(filed.status(), Status::Created, "{what}");
        }
    }
    app.app().forget_cached_views();
    let today_view: Value = app.get_json(&path).await;
    for counts in [
        "pledges_by_country",
        "supporters_by_country",
        "undercuts_by_country",
        "map",
    ] {
        assert_eq!(
            today_view[counts], before[counts],
            "{counts} moved within the day"
        );
    }
    // The day ends: today's batch is out tomorrow.
    for collection in ["pledges", "supporters", "undercuts"] {
        let yesterday = clickline::domain::Day::today().plus_days(-1).to_string();
        app.app()
            .db
            .raw()
            .collection::<Document>(collection)
            .update_many(
                mongodb::bson::doc! {},
                mongodb::bson::doc! { "$set": { "day": yesterday } },
            )
            .await
            .unwrap();
    }
    app.app().forget_cached_views();
    let published: Value = app.get_json(&path).await;
    assert_eq!(published["pledges_by_country"]["ID"], 5);
    assert_eq!(published["supporters_by_country"]["DE"], 5);
    assert_eq!(published["undercuts_by_country"]["BD"], 5);
}
