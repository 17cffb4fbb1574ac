//! The screening and limits of corrections and withdrawals, and the
//! screening of platforms' batches, through HTTP against the real database
//! (review of 2026-12-05, items 2, 6 and 7).

use rocket::http::{ContentType, Header, Status};
use serde_json::{json, Value};

use super::publication::{rate_from, rating_of};
use crate::domain::Day;
use crate::reports::service::CHANGES_PER_REPORT_PER_DAY;
use crate::testing::TestApp;

/// Files a rating from `address`; returns its id and receipt.
async fn file_from(app: &TestApp, address: &str, rating: &Value) -> (String, String) {
    let response = app
        .client
        .post("/api/v1/ratings")
        .header(ContentType::JSON)
        .remote(address.parse().unwrap())
        .body(rating.to_string())
        .dispatch()
        .await;
    assert_eq!(response.status(), Status::Created);
    let body: Value = response.into_json().await.unwrap();
    (
        body["id"].as_str().unwrap().to_owned(),
        body["receipt"].as_str().unwrap().to_owned(),
    )
}

/// Corrects report `id` from `address` with `fields`.
async fn correct_from(
    app: &TestApp,
    address: &str,
    (id, receipt): &(String, String),
    fields: Value,
) -> (Status, Value) {
    let response = app
        .client
        .patch(format!("/api/v1/reports/{id}"))
        .header(ContentType::JSON)
        .header(Header::new("Authorization", format!("Receipt {receipt}")))
        .remote(address.parse().unwrap())
        .body(fields.to_string())
        .dispatch()
        .await;
    let status = response.status();
    (status, response.into_json().await.unwrap_or(Value::Null))
}

#[rocket::async_test]
async fn a_correction_cannot_move_a_rating_to_another_requester_or_platform() {
    let app = TestApp::new().await;
    let filed = file_from(&app, "203.0.113.1:4000", &rating_of("DUMMY1", 3.0, "")).await;
    for (field, value) in [("requester_id", "VICTIM1"), ("platform", "clickworker")] {
        let (status, body) =
            correct_from(&app, "203.0.113.1:4000", &filed, json!({ field: value })).await;
        assert_eq!(status, Status::UnprocessableEntity, "{field}");
        let message = body["errors"][field][0].as_str().unwrap_or_default();
        assert!(message.contains("Withdraw"), "{field}: {body}");
    }
    let report: Value = app.get_json(&format!("/api/v1/reports/{}", filed.0)).await;
    assert_eq!(report["requester_id"], "DUMMY1");
    assert_eq!(report["platform"], "mturk");
    assert_eq!(report["edited"], json!(false), "nothing stored");
}

#[rocket::async_test]
async fn corrections_count_against_the_requesters_daily_limit() {
    let app = TestApp::with_settings(&[("ratings_per_target_per_day", 2)]).await;
    let address = "203.0.113.2:4000";
    let filed = file_from(&app, address, &rating_of("LIMITED1", 3.0, "")).await;
    let (first, _) = correct_from(&app, address, &filed, json!({ "minutes": 40 })).await;
    assert_eq!(first, Status::Ok, "the second count of the day");
    let (second, body) = correct_from(&app, address, &filed, json!({ "minutes": 50 })).await;
    assert_eq!(second, Status::TooManyRequests, "{body}");
    let report: Value = app.get_json(&format!("/api/v1/reports/{}", filed.0)).await;
    assert_eq!(
        report["minutes"],
        json!(40),
        "the refused one is not stored"
    );
}

#[rocket::async_test]
async fn one_report_takes_a_few_changes_a_day_from_any_address() {
    let app = TestApp::new().await;
    let filed = file_from(&app, "203.0.113.3:4000", &rating_of("CHANGED1", 3.0, "")).await;
    for i in 0..CHANGES_PER_REPORT_PER_DAY {
        let address = format!("198.51.{i}.1:4000");
        let minutes = json!({ "minutes": 31 + i });
        assert_eq!(
            correct_from(&app, &address, &filed, minutes).await.0,
            Status::Ok
        );
    }
    let (status, _) = correct_from(&app, "192.0.2.99:4000", &filed, json!({ "minutes": 99 })).await;
    assert_eq!(status, Status::TooManyRequests);
    let withdrawn = app
        .client
        .delete(format!("/api/v1/reports/{}", filed.0))
        .header(Header::new("Authorization", format!("Receipt {}", filed.1)))
        .remote("192.0.2.100:4000".parse().unwrap())
        .dispatch()
        .await;
    assert_eq!(withdrawn.status(), Status::TooManyRequests);
    assert!(withdrawn
        .into_string()
        .await
        .unwrap()
        .contains("as often as one may"));
}

#[rocket::async_test]
async fn corrections_are_screened_with_the_batch_they_are_published_in() {
    let app = TestApp::with_settings(&[("hold_bursts", 1)]).await;
    let mut filed = Vec::new();
    for i in 0..7 {
        let address = format!("10.{i}.0.1:4000");
        filed.push(file_from(&app, &address, &rating_of("CORR1", 2.0, "")).await);
    }
    assert_eq!(app.publish_on(Day::today()).await.published, 7);
    // Seven corrections and five new ratings in one batch: twelve, a burst
    // whose excess is held from the corrections, which most of it agrees with.
    for (i, report) in filed.iter().enumerate() {
        let address = format!("10.{i}.0.1:4000");
        let glowing = json!({ "pay": { "amount": 90.0, "currency": "USD" }, "recommend": true });
        assert_eq!(
            correct_from(&app, &address, report, glowing).await.0,
            Status::Ok
        );
    }
    for i in 7..12 {
        let address = format!("10.{i}.0.1:4000");
        file_from(&app, &address, &rating_of("CORR1", 90.0, "")).await;
    }
    let batch = app.publish_on(Day::today()).await;
    assert_eq!(
        (batch.held, batch.published, batch.corrected),
        (2, 5, 5),
        "the excess of twelve over ten"
    );
    // A held correction leaves its rating as it was published.
    let mut unchanged = 0;
    for (id, _) in &filed {
        let report: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
        if report["pay"]["amount"] == json!(2.0) {
            unchanged += 1;
            assert_ne!(report["held_for_review"], json!(true), "it is public");
        }
    }
    assert_eq!(unchanged, 2);
    // A moderator releases the held changes, and they apply.
    let moderator = app.organizer("mod@union.example", "PH", "moderator").await;
    app.login(&moderator).await;
    let queue = app.get_html("/organize/moderation").await;
    let csrf = app.csrf().await;
    for (id, _) in &filed {
        if queue.contains(&format!("/organize/moderation/{id}\"")) {
            let fields = [
                ("csrf", csrf.as_str()),
                ("action", "release"),
                ("reason", "checked"),
            ];
            let response = app
                .post_form(&format!("/organize/moderation/{id}"), &fields)
                .await;
            assert_eq!(response.status(), Status::SeeOther);
        }
    }
    for (id, _) in &filed {
        let report: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
        assert_eq!(report["pay"]["amount"], json!(90.0), "{id}");
    }
}

#[rocket::async_test]
async fn a_burst_holds_its_excess_from_the_one_sided_ratings_not_the_contrary_ones() {
    let app = TestApp::with_settings(&[("hold_bursts", 1)]).await;
    for i in 0..12 {
        let mut glowing = rating_of("FLOOD1", 40.0, "");
        glowing["recommend"] = json!(true);
        assert_eq!(
            rate_from(&app, &format!("10.{i}.0.1:4000"), &glowing).await,
            Status::Created
        );
    }
    let mut honest = Vec::new();
    for i in 0..3 {
        let address = format!("10.{}.9.1:4000", 100 + i);
        honest.push(file_from(&app, &address, &rating_of("FLOOD1", 1.0, "")).await);
    }
    let batch = app.publish_on(Day::today()).await;
    assert_eq!((batch.published, batch.held), (10, 5));
    for (id, _) in &honest {
        let report: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
        assert_eq!(
            report["published"],
            json!(true),
            "the contrary ones publish"
        );
    }
}

#[rocket::async_test]
async fn a_platform_is_screened_across_made_up_requesters() {
    let app = TestApp::with_settings(&[("hold_bursts", 1)]).await;
    // Thirty ratings of thirty made-up requesters from thirty networks.
    for i in 0..30 {
        let rating = rating_of(&format!("MADEUP{i}"), 40.0, "");
        assert_eq!(
            rate_from(&app, &format!("10.{i}.0.1:4000"), &rating).await,
            Status::Created
        );
    }
    let batch = app.publish_on(Day::today()).await;
    assert_eq!((batch.published, batch.held), (10, 20));
    app.settle().await;
    let platform: Value = app.get_json("/api/v1/platforms/mturk").await;
    assert_eq!(platform["held_for_review"], 20);
}

#[rocket::async_test]
async fn one_network_rating_many_requesters_of_a_platform_is_held() {
    let app = TestApp::with_settings(&[("hold_bursts", 1)]).await;
    // Eleven ratings of eleven requesters from one /24: the eleventh is
    // one more than the platform's network rule allows.
    for i in 0..11 {
        let rating = rating_of(&format!("NET{i}"), 3.0, &format!("words {i}"));
        rate_from(&app, &format!("10.77.0.{i}:4000"), &rating).await;
    }
    let batch = app.publish_on(Day::today()).await;
    assert_eq!((batch.published, batch.held), (10, 1));
}
