//! Scorecard figures checked through HTTP, against hand-computed values.

use std::time::{Duration, Instant};

use mongodb::bson::{doc, Document};
use rocket::http::{Header, Status};
use serde_json::{json, Value};

use crate::scorecards::store::ScorecardStore;
use crate::testing::{sample_grievance, TestApp};

/// A rating of mturk/R1 paying `hourly` USD for one hour of work.
fn rating(country: &str, hourly: f64, paid: &str) -> Value {
    json!({
        "platform": "mturk", "requester_id": "R1", "requester_name": "Research One",
        "country": country, "task_type": "survey",
        "pay": { "amount": hourly, "currency": "USD" }, "minutes": 60,
        "paid": paid, "rejected": "none", "communication": "not_tried", "recommend": false,
    })
}

/// Ten ratings whose figures were worked out by hand (see each assertion).
fn ten_ratings() -> Vec<Value> {
    let mut ratings = vec![
        rating("PH", 1.0, "yes"),
        rating("PH", 2.0, "yes"),
        rating("PH", 3.0, "yes"),
        rating("PH", 4.0, "yes"),
        rating("PH", 5.0, "no"),
        rating("PH", 6.0, "pending"),
        rating("KE", 10.0, "partial"),
        rating("KE", 20.0, "yes"),
        rating("KE", 30.0, "yes"),
        rating("US", 8.0, "yes"),
    ];
    ratings[0]["rejected"] = json!("some");
    ratings[1]["rejected"] = json!("all");
    for (i, days) in [(0, 1), (1, 3), (2, 10)] {
        ratings[i]["days_to_payment"] = json!(days);
    }
    for rating in &mut ratings[0..3] {
        rating["communication"] = json!("responsive");
    }
    ratings[3]["communication"] = json!("unresponsive");
    for i in [0, 2, 4, 6] {
        ratings[i]["recommend"] = json!(true);
    }
    ratings[9]["tos_violation"] = json!(true);
    ratings
}

async fn file_all(app: &TestApp, ratings: &[Value]) -> Vec<(String, String)> {
    let mut filed = Vec::new();
    for rating in ratings {
        let response = app.post_json("/api/v1/ratings", rating).await;
        assert_eq!(response.status(), Status::Created);
        let body: Value = response.into_json().await.unwrap();
        filed.push((
            body["id"].as_str().unwrap().to_owned(),
            body["receipt"].as_str().unwrap().to_owned(),
        ));
    }
    filed
}

#[rocket::async_test]
async fn figures_match_hand_computed_values() {
    let app = TestApp::new().await;
    file_all(&app, &ten_ratings()).await;
    app.post_json("/api/v1/grievances", &{
        let mut g = sample_grievance();
        g["platform"] = json!("mturk");
        g["requester_id"] = json!("R1");
        g
    })
    .await;
    app.settle().await;
    let card: Value = app.get_json("/api/v1/requesters/mturk/R1").await;
    let all = &card["all"];
    assert_eq!(card["name"], "Research One");
    assert_eq!(all["ratings"], 10);
    // Sorted pay 1 2 3 4 5 6 8 10 20 30: median (5+6)/2; p25 at rank 2.25; p75 at rank 6.75.
    assert_eq!(
        all["hourly_pay_usd"],
        json!({ "median": 5.5, "p25": 3.25, "p75": 9.5 })
    );
    // 9 settled ratings (one pending), of which "no" and "partial" are unpaid.
    assert_eq!(all["unpaid_rate"], json!(0.2222));
    assert_eq!(all["rejection_rate"], json!(0.2));
    assert_eq!(all["median_days_to_payment"], json!(3.0));
    assert_eq!(all["response_rate"], json!(0.75));
    assert_eq!(all["recommend_rate"], json!(0.4));
    assert_eq!(all["tos_violation_rate"], json!(0.1));
    assert_eq!(all["broken_rate"], json!(0.0));
    // Only the PH worker paid 1.00/h is under PH's minimum (645 PHP a day ≈ 1.39 USD/h).
    assert_eq!(all["below_minimum_wage_rate"], json!(0.1));
    // PH (6) is published; KE (3) and US (1) pool to 4 < 5: withheld.
    assert_eq!(
        all["by_country"],
        json!([{ "country": "PH", "ratings": 6, "hourly_pay_usd": { "median": 3.5 }, "unpaid_rate": 0.2 }])
    );
    assert_eq!(card["last_90_days"], card["all"]);
    assert_eq!(card["grievances"]["total"], 1);
    assert_eq!(card["grievances"]["by_category"]["account_deactivation"], 1);
    assert_eq!(card["grievances"]["by_status"]["open"], 1);
    assert_eq!(card["active_strikes"], json!([]));
    assert_eq!(card["stars"]["payment_reliability"], json!(4.0));

    let platform: Value = app.get_json("/api/v1/platforms/mturk").await;
    assert_eq!(platform["all"]["ratings"], 10);
    assert_eq!(platform["name"], "Amazon Mechanical Turk");
}

#[rocket::async_test]
async fn odd_counts_old_reports_withdrawn_and_hidden_ones() {
    let app = TestApp::new().await;
    let filed = file_all(
        &app,
        &[
            rating("PH", 1.0, "yes"),
            rating("PH", 2.0, "yes"),
            rating("PH", 4.0, "no"),
            rating("PH", 7.0, "yes"),
            rating("PH", 9.0, "yes"),
        ],
    )
    .await;
    // The 9.00 rating is withdrawn with its receipt.
    app.withdraw(&filed[4].0, &filed[4].1).await;
    // A moderator hid the 7.00 rating; the 1.00 one was filed 100 days ago.
    let reports = app.db.raw().collection::<Document>("reports");
    reports
        .update_one(
            doc! { "_id": &filed[3].0 },
            doc! { "$set": { "hidden": true } },
        )
        .await
        .unwrap();
    let old_day = crate::domain::Day::today().plus_days(-100).to_string();
    reports
        .update_one(
            doc! { "_id": &filed[0].0 },
            doc! { "$set": { "day": old_day } },
        )
        .await
        .unwrap();
    app.db
        .enqueue_scorecards(&["requester:mturk:R1".to_owned()])
        .await
        .unwrap();
    app.settle().await;

    let card: Value = app.get_json("/api/v1/requesters/mturk/R1").await;
    // Visible: 1, 2, 4 (odd count: the middle value).
    assert_eq!(card["all"]["ratings"], 3);
    assert_eq!(card["all"]["hourly_pay_usd"]["median"], json!(2.0));
    assert_eq!(card["all"]["unpaid_rate"], json!(0.3333));
    // In the last 90 days: 2 and 4.
    assert_eq!(card["last_90_days"]["ratings"], 2);
    assert_eq!(card["last_90_days"]["hourly_pay_usd"]["median"], json!(3.0));
    // Too few ratings for any country breakdown, stars, or response rate.
    assert_eq!(card["all"]["by_country"], json!([]));
    assert!(card["stars"]["pay"].is_null());
    assert!(card["all"]["response_rate"].is_null());
}

/// Polls `reader` until the scorecard of mturk/R1 counts `ratings`, for at
/// most two seconds after `since`.
async fn shows_within_two_seconds(reader: &TestApp, ratings: u64, since: Instant) {
    loop {
        let card: Value = reader.get_json("/api/v1/requesters/mturk/R1").await;
        if card["all"]["ratings"] == ratings {
            return;
        }
        assert!(
            since.elapsed() < Duration::from_secs(2),
            "not fresh after 2 s: {card}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[rocket::async_test]
async fn a_withdrawal_shows_within_two_seconds_without_help() {
    let app = TestApp::new().await;
    let filed = file_all(&app, &[rating("PH", 1.0, "yes"), rating("PH", 3.0, "yes")]).await;
    app.settle().await;
    let first: Value = app.get_json("/api/v1/requesters/mturk/R1").await;
    assert_eq!(first["all"]["ratings"], 2);
    let withdrawn_at = Instant::now();
    app.withdraw(&filed[1].0, &filed[1].1).await;
    shows_within_two_seconds(&app, 1, withdrawn_at).await;
}

#[rocket::async_test]
async fn another_instance_shows_a_withdrawal_within_two_seconds() {
    let writer = TestApp::new().await;
    let reader = writer.second_instance().await;
    let filed = file_all(
        &writer,
        &[rating("PH", 1.0, "yes"), rating("PH", 3.0, "yes")],
    )
    .await;
    writer.settle().await;
    // The reader caches the scorecard with two ratings...
    let first: Value = reader.get_json("/api/v1/requesters/mturk/R1").await;
    assert_eq!(first["all"]["ratings"], 2);
    let withdrawn_at = Instant::now();
    writer.withdraw(&filed[0].0, &filed[0].1).await;
    // ...and sees the withdrawal within two seconds all the same.
    shows_within_two_seconds(&reader, 1, withdrawn_at).await;
}

#[rocket::async_test]
async fn a_rebuild_gives_the_incrementally_maintained_figures() {
    let app = TestApp::new().await;
    let mut ratings = ten_ratings();
    let mut other = rating("IN", 0.5, "no");
    other["requester_id"] = json!("R2");
    ratings.push(other);
    let mut grievance = sample_grievance();
    grievance["platform"] = json!("mturk");
    let filed = file_all(&app, &ratings).await;
    app.post_json("/api/v1/grievances", &grievance).await;
    app.settle().await;
    // A withdrawn report (a tombstone), a hidden one and one not yet
    // published are read by the rebuild's pass and left out, as the
    // incremental figures leave them out.
    app.withdraw(&filed[0].0, &filed[0].1).await;
    let reports = app.db.raw().collection::<Document>("reports");
    for (report, change) in [
        (&filed[1].0, doc! { "hidden": true }),
        (&filed[2].0, doc! { "published": false }),
    ] {
        reports
            .update_one(doc! { "_id": report }, doc! { "$set": change })
            .await
            .unwrap();
    }
    for key in ["requester:mturk:R1", "platform:mturk"] {
        let target = crate::scorecards::Target::from_key(key).unwrap();
        crate::scorecards::recompute(&app.db, &target, 5)
            .await
            .unwrap();
    }
    let incremental = app.scorecard_documents().await;
    assert!(incremental.len() >= 3);
    let ratings = |key: &str| incremental[key].get_i64("ratings").unwrap();
    assert_eq!(
        (ratings("requester:mturk:R1"), ratings("platform:mturk")),
        (7, 8)
    );
    let written = crate::scorecards::rebuild_all(&app.db, 5, |_, _| {})
        .await
        .unwrap()
        .scorecards;
    let rebuilt = app.scorecard_documents().await;
    // The rebuild also writes empty scorecards for platforms nobody reported yet.
    assert!(written as usize >= incremental.len());
    assert_eq!(written as usize, rebuilt.len());
    assert!(rebuilt.len() >= incremental.len());
    for (key, card) in &incremental {
        assert_eq!(Some(card), rebuilt.get(key), "{key} differs after rebuild");
    }
}

#[rocket::async_test]
async fn a_bulk_lookup_sends_only_the_fields_asked_and_follows_changes() {
    let app = TestApp::new().await;
    let mut second = rating("PH", 2.0, "yes");
    second["requester_id"] = json!("R2");
    file_all(&app, &[rating("PH", 1.0, "yes"), second]).await;
    app.settle().await;
    let path = "/api/v1/requesters?platform=mturk&ids=R2,R1&fields=held_for_review,all.ratings,all.unpaid_rate,all.nothing_here";
    let response = app.client.get(path).dispatch().await;
    assert_eq!(response.status(), Status::UnprocessableEntity);
    let bad: Value = serde_json::from_str(&response.into_string().await.unwrap()).unwrap();
    assert!(bad["errors"]["fields"][0]
        .as_str()
        .unwrap()
        .contains("all.nothing_here"));

    let path = "/api/v1/requesters?platform=mturk&ids=R2,R1&fields=held_for_review,all.ratings,all.unpaid_rate";
    let whole: Value = app
        .get_json("/api/v1/requesters?platform=mturk&ids=R2,R1")
        .await;
    let compact: Value = app.get_json(path).await;
    let expected: Vec<Value> = whole
        .as_array()
        .unwrap()
        .iter()
        .map(|card| {
            json!({
                "requester_id": card["requester_id"],
                "held_for_review": card["held_for_review"],
                "all": {"ratings": card["all"]["ratings"], "unpaid_rate": card["all"]["unpaid_rate"]},
            })
        })
        .collect();
    assert_eq!(
        compact,
        json!(expected),
        "the asked fields of the whole cards, in order"
    );
    let everything: Value = app
        .get_json("/api/v1/requesters?platform=mturk&ids=R2,R1&fields=")
        .await;
    assert_eq!(everything, whole, "an empty list asks for whole cards");

    let etag_of = |path: &'static str| {
        let request = app.client.get(path);
        async move {
            let response = request.dispatch().await;
            response.headers().get_one("ETag").unwrap().to_owned()
        }
    };
    let etag = etag_of(path).await;
    assert_eq!(etag_of(path).await, etag);
    assert_ne!(
        etag_of("/api/v1/requesters?platform=mturk&ids=R2,R1").await,
        etag,
        "the whole cards have another validator"
    );
    let again = app
        .client
        .get(path)
        .header(Header::new("If-None-Match", etag.clone()))
        .dispatch()
        .await;
    assert_eq!(again.status(), Status::NotModified);

    file_all(&app, &[rating("PH", 3.0, "no")]).await;
    app.settle().await;
    assert_ne!(
        etag_of(path).await,
        etag,
        "a changed card, a changed answer"
    );
    let compact: Value = app.get_json(path).await;
    assert_eq!(compact[1]["requester_id"], "R1");
    assert_eq!(
        compact[1]["all"]["ratings"], 2,
        "the kept compact form was made anew"
    );
}

#[rocket::async_test]
async fn bulk_lookup_conditional_requests_and_csv() {
    let app = TestApp::new().await;
    let mut second = rating("PH", 2.0, "yes");
    second["requester_id"] = json!("R2");
    second["requester_name"] = json!("Comma, \"Quoted\" Inc");
    file_all(&app, &[rating("PH", 1.0, "yes"), second]).await;
    app.settle().await;

    let bulk: Value = app
        .get_json("/api/v1/requesters?platform=mturk&ids=R1,R2,UNKNOWN")
        .await;
    let ids: Vec<&str> = bulk
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["requester_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["R1", "R2"]);
    let too_many = (0..101)
        .map(|i| format!("X{i}"))
        .collect::<Vec<_>>()
        .join(",");
    let response = app
        .client
        .get(format!("/api/v1/requesters?platform=mturk&ids={too_many}"))
        .dispatch()
        .await;
    assert_eq!(response.status(), Status::UnprocessableEntity);

    let response = app
        .client
        .get("/api/v1/requesters/mturk/R1")
        .dispatch()
        .await;
    let etag = response
        .headers()
        .get_one("ETag")
        .expect("an ETag")
        .to_owned();
    let again = app
        .client
        .get("/api/v1/requesters/mturk/R1")
        .header(Header::new("If-None-Match", etag.clone()))
        .dispatch()
        .await;
    assert_eq!(again.status(), Status::NotModified);
    let missing = app
        .client
        .get("/api/v1/requesters/mturk/NOBODY")
        .dispatch()
        .await;
    assert_eq!(missing.status(), Status::NotFound);

    let csv = app.client.get("/api/v1/scorecards.csv").dispatch().await;
    assert_eq!(csv.status(), Status::Ok);
    assert!(csv.headers().get_one("ETag").is_some());
    let csv = csv.into_string().await.unwrap();
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("platform,requester_id,name,aliases,ratings,hourly_pay_usd_median"));
    assert!(csv.contains("mturk,R1,Research One,,1,1,1,1,"));
    assert!(csv.contains("\"Comma, \"\"Quoted\"\" Inc\""));
    assert_eq!(csv.lines().count(), 3);
}

#[rocket::async_test]
async fn the_cache_follows_the_change_stream() {
    let app = TestApp::new().await;
    let state = app.client.rocket().state::<crate::App>().unwrap();
    let started = Instant::now();
    while state.scorecards.ttl() != crate::scorecards::WATCHED_TTL {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "no change stream"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
