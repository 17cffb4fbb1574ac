//! The scorecards whose banners show a call follow it: a strike against a
//! whole platform reaches every requester card on it, and a call the date
//! moves on (it starts, it passes its end) queues its cards again.

use serde_json::{json, Value};

use crate::demo::sample_rating;
use crate::domain::Day;
use crate::strikes::service::queue_cards_of_dated_changes;
use crate::testing::TestApp;

async fn rate(app: &TestApp, platform: &str, requester: &str) {
    let mut rating = sample_rating();
    rating["platform"] = json!(platform);
    rating["requester_id"] = json!(requester);
    let response = app.post_json("/api/v1/ratings", &rating).await;
    assert_eq!(response.status().code, 201);
}

async fn call(app: &TestApp, requesters: Value, starts_on: Day, ends_on: Option<Day>) -> String {
    // One organizer per call: each has its own address.
    let email = format!(
        "ana+{}@union.example",
        crate::reports::service::new_submission_key()
    );
    let ana = app.organizer(&email, "PH", "organizer").await;
    let mut call = json!({
        "title": "No surveys under minimum wage",
        "demands": "Pay at least the **minimum wage** of the worker's country.",
        "platform": "mturk", "requester_ids": requesters, "called_in": "PH",
        "starts_on": starts_on.to_string(),
    });
    if let Some(end) = ends_on {
        call["ends_on"] = json!(end.to_string());
    }
    let response = app.post_json_as(&ana.token, "/api/v1/strikes", &call).await;
    assert_eq!(response.status().code, 201);
    let created: Value = response.into_json().await.unwrap();
    created["id"].as_str().unwrap().to_owned()
}

async fn strikes_on(app: &TestApp, card: &str) -> Vec<String> {
    let card: Value = app.get_json(&format!("/api/v1/requesters/{card}")).await;
    card["active_strikes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|strike| strike["id"].as_str().unwrap().to_owned())
        .collect()
}

#[rocket::async_test]
async fn a_strike_against_a_whole_platform_shows_on_every_requester_card_on_it() {
    let app = TestApp::new().await;
    for (platform, requester) in [("mturk", "R1"), ("mturk", "R2"), ("clickworker", "C1")] {
        rate(&app, platform, requester).await;
    }
    app.settle().await;
    let id = call(&app, json!([]), Day::today(), None).await;
    app.settle().await;
    assert_eq!(
        strikes_on(&app, "mturk/R1").await,
        std::slice::from_ref(&id)
    );
    assert_eq!(strikes_on(&app, "mturk/R2").await, [id]);
    assert!(strikes_on(&app, "clickworker/C1").await.is_empty());
}

#[rocket::async_test]
async fn a_call_the_date_moves_on_queues_its_cards_once() {
    let app = TestApp::new().await;
    rate(&app, "mturk", "R1").await;
    app.settle().await;
    let today = Day::today();
    let tomorrow = today.plus_days(1);
    let ends_today = call(&app, json!(["R1"]), today, Some(today)).await;
    app.settle().await;
    assert_eq!(strikes_on(&app, "mturk/R1").await, [ends_today]);
    let db = &app.app().db;
    let keys = ["requester:mturk:R1", "requester:mturk:R2", "platform:mturk"];
    assert_eq!(queue_cards_of_dated_changes(db, today).await.unwrap(), 0);

    let _starts_tomorrow = call(&app, json!(["R2"]), tomorrow, None).await;
    app.settle().await;
    let before = seqs(db, &keys).await;
    // Tomorrow the first has ended and the second has begun: both queue
    // their cards (the worker may already have taken them: the entries'
    // `seq` tells they were queued), once.
    assert_eq!(queue_cards_of_dated_changes(db, tomorrow).await.unwrap(), 2);
    let after = seqs(db, &keys).await;
    assert_eq!(
        after[0],
        before[0] + 1,
        "R1's card, for the call that ended"
    );
    assert_eq!(
        after[1],
        before[1] + 1,
        "R2's card, for the call that began"
    );
    assert_eq!(after[2], before[2] + 2, "the platform's, for both");
    assert_eq!(queue_cards_of_dated_changes(db, tomorrow).await.unwrap(), 0);
    assert_eq!(seqs(db, &keys).await, after);
}

/// Each key's queue `seq` (0 when it was never queued).
async fn seqs(db: &crate::db::Db, keys: &[&str]) -> Vec<i64> {
    let queue = db
        .raw()
        .collection::<mongodb::bson::Document>(crate::scorecards::store::QUEUE);
    let mut found = Vec::new();
    for key in keys {
        let entry = queue
            .find_one(mongodb::bson::doc! { "_id": *key })
            .await
            .unwrap();
        found.push(
            entry
                .and_then(|e| {
                    e.get_i64("seq")
                        .ok()
                        .or(e.get_i32("seq").ok().map(i64::from))
                })
                .unwrap_or(0),
        );
    }
    found
}
