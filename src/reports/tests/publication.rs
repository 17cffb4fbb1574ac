//! Publication in daily batches, screening and per-requester limits,
//! through HTTP against the real database.

use std::net::SocketAddr;

use rocket::http::{ContentType, Header, Status};
use serde_json::{json, Value};

use crate::domain::Day;
use crate::testing::{sample_rating, TestApp};

/// Posts a rating from a given socket address.
pub(super) async fn rate_from(app: &TestApp, address: &str, rating: &Value) -> Status {
    let remote: SocketAddr = address.parse().unwrap();
    app.client
        .post("/api/v1/ratings")
        .header(ContentType::JSON)
        .remote(remote)
        .body(rating.to_string())
        .dispatch()
        .await
        .status()
}

pub(super) fn rating_of(requester: &str, hourly: f64, comment: &str) -> Value {
    let mut rating = sample_rating();
    rating["requester_id"] = json!(requester);
    rating["pay"] = json!({ "amount": hourly, "currency": "USD" });
    rating["minutes"] = json!(60);
    rating["comment"] = json!(comment);
    rating
}

#[rocket::async_test]
async fn a_report_is_public_only_from_the_next_days_batch() {
    let app = TestApp::with_settings(&[("publish_after_days", 1)]).await;
    let (id, receipt) = app.file_rating().await;
    let tomorrow = Day::today().plus_days(1);
    // The worker sees it at its link at once, with the day it will be published.
    let report: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
    assert_eq!(report["published"], json!(false));
    assert_eq!(report["publishes_on"], json!(tomorrow.to_string()));
    let page = app.get_html(&format!("/reports/{id}")).await;
    assert!(page.contains("To be published on"));
    // Until then it counts nowhere, whatever runs today.
    app.settle().await;
    let platform: Value = app.get_json("/api/v1/platforms/mturk").await;
    assert_eq!(platform["all"]["ratings"], 0);
    let missing = app
        .client
        .get("/requesters/mturk/A1B2C3D4E5")
        .dispatch()
        .await;
    assert_eq!(missing.status(), Status::NotFound);
    // It can still be corrected, and the correction applies at once.
    let corrected = app
        .client
        .patch(format!("/api/v1/reports/{id}"))
        .header(ContentType::JSON)
        .header(Header::new("Authorization", format!("Receipt {receipt}")))
        .body(json!({ "minutes": 60 }).to_string())
        .dispatch()
        .await;
    assert_eq!(corrected.status(), Status::Ok);
    // The next day's batch publishes it.
    let batch = app.publish_on(tomorrow).await;
    assert_eq!(batch.published, 1);
    app.settle().await;
    let card: Value = app.get_json("/api/v1/requesters/mturk/A1B2C3D4E5").await;
    assert_eq!(card["all"]["ratings"], 1);
    assert_eq!(card["all"]["hourly_pay_usd"]["median"], json!(1.5));
    let report: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
    assert_eq!(report["published"], json!(true));
    assert!(report.get("publishes_on").is_none());
}

#[rocket::async_test]
async fn a_correction_of_a_published_report_waits_for_the_next_batch() {
    let app = TestApp::with_settings(&[("publish_after_days", 1)]).await;
    let (id, receipt) = app.file_rating().await;
    app.publish_on(Day::today().plus_days(1)).await;
    let response = app
        .client
        .patch(format!("/api/v1/reports/{id}"))
        .header(ContentType::JSON)
        .header(Header::new("Authorization", format!("Receipt {receipt}")))
        .body(json!({ "paid": "no" }).to_string())
        .dispatch()
        .await;
    assert_eq!(response.status(), Status::Ok);
    let answer: Value = response.into_json().await.unwrap();
    assert_eq!(answer["paid"], "no", "the worker sees the correction");
    let public: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
    assert_eq!(public["paid"], "yes", "the public does not, yet");
    assert_eq!(
        public["publishes_on"],
        json!(Day::today().plus_days(1).to_string())
    );
    let batch = app.publish_on(Day::today().plus_days(1)).await;
    assert_eq!(batch.corrected, 1);
    let public: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
    assert_eq!(public["paid"], "no");
    assert_eq!(public["edited"], json!(true));
    assert!(public.get("publishes_on").is_none());
}

#[rocket::async_test]
async fn a_burst_is_held_for_moderators_and_released_one_by_one() {
    let app = TestApp::with_settings(&[("hold_bursts", 1)]).await;
    // Twelve ratings from twelve networks in one day: a burst of two more
    // than a batch under the threshold (ten) may publish.
    for i in 0..12 {
        let address = format!("10.{i}.0.1:4000");
        let status = rate_from(&app, &address, &rating_of("HOLD1", 40.0, "")).await;
        assert_eq!(status, Status::Created);
    }
    let batch = app.publish_on(Day::today()).await;
    assert_eq!((batch.published, batch.held), (10, 2), "only the excess");
    app.settle().await;
    let platform: Value = app.get_json("/api/v1/platforms/mturk").await;
    assert_eq!(platform["all"]["ratings"], 10);
    assert_eq!(platform["held_for_review"], 2);
    // A moderator releases one, with a reason, into the log.
    let moderator = app.organizer("mod@union.example", "PH", "moderator").await;
    app.login(&moderator).await;
    let queue = app.get_html("/organize/moderation").await;
    assert!(queue.contains("value=\"release\""));
    let start = queue.find("action=\"/organize/moderation/").unwrap() + 29;
    let id = queue[start..start + 13].to_owned();
    let csrf = app.csrf().await;
    let released = app
        .post_form(
            &format!("/organize/moderation/{id}"),
            &[
                ("csrf", &csrf),
                ("action", "release"),
                ("reason", "checked with the union"),
            ],
        )
        .await;
    assert_eq!(released.status(), Status::SeeOther);
    app.settle().await;
    let platform: Value = app.get_json("/api/v1/platforms/mturk").await;
    assert_eq!(platform["all"]["ratings"], 11);
    assert_eq!(platform["held_for_review"], 1);
    let log = app.get_html("/organize/moderation/log").await;
    assert!(log.contains("checked with the union") && log.contains("released"));
}

#[rocket::async_test]
async fn copied_comments_and_crowded_networks_are_held_but_not_honest_ratings() {
    let app = TestApp::with_settings(&[("hold_bursts", 1)]).await;
    for i in 0..3 {
        let copied = rating_of("COPY1", 30.0, "Best requester EVER!!! pays great");
        rate_from(&app, &format!("10.{i}.0.1:4000"), &copied).await;
    }
    // Six ratings of one requester from one /24 network: the sixth is suspect.
    for i in 0..6 {
        let crowded = rating_of("CROWD1", 30.0, &format!("rating number {i}"));
        rate_from(&app, &format!("10.200.0.{i}:4000"), &crowded).await;
    }
    for i in 0..3 {
        let honest = rating_of("HONEST1", 2.0, &format!("my own words {i}"));
        rate_from(&app, &format!("10.{}.1.1:4000", 50 + i), &honest).await;
    }
    let batch = app.publish_on(Day::today()).await;
    assert_eq!(batch.held, 4, "three copies and one from a crowded network");
    assert_eq!(batch.published, 8);
}

#[rocket::async_test]
async fn one_client_rates_one_requester_at_most_twice_a_day_whatever_its_headers_say() {
    let app = TestApp::with_settings(&[("ratings_per_target_per_day", 2)]).await;
    let rating = rating_of("LIMIT1", 3.0, "");
    for _ in 0..2 {
        assert_eq!(
            rate_from(&app, "203.0.113.9:4000", &rating).await,
            Status::Created
        );
    }
    // A made-up forwarding header changes nothing: addresses come from the socket.
    let forged = app
        .client
        .post("/api/v1/ratings")
        .header(ContentType::JSON)
        .header(Header::new("X-Real-IP", "198.51.100.77"))
        .remote("203.0.113.9:4001".parse().unwrap())
        .body(rating.to_string())
        .dispatch()
        .await;
    assert_eq!(forged.status(), Status::TooManyRequests);
    let body = forged.into_string().await.unwrap();
    assert!(body.contains("rated this requester"), "{body}");
    // Another requester, or another client, is not affected.
    let other = rating_of("LIMIT2", 3.0, "");
    assert_eq!(
        rate_from(&app, "203.0.113.9:4000", &other).await,
        Status::Created
    );
    assert_eq!(
        rate_from(&app, "203.0.113.10:4000", &rating).await,
        Status::Created
    );
    // IPv6 clients are counted per /64.
    for address in ["[2001:db8:1:2::1]:4000", "[2001:db8:1:2::99]:4000"] {
        assert_eq!(rate_from(&app, address, &rating).await, Status::Created);
    }
    let same_64 = rate_from(&app, "[2001:db8:1:2:ffff::5]:4000", &rating).await;
    assert_eq!(same_64, Status::TooManyRequests);
    let other_64 = rate_from(&app, "[2001:db8:1:3::1]:4000", &rating).await;
    assert_eq!(other_64, Status::Created);
    assert_eq!(app.count("reports").await, 7);
}

#[rocket::async_test]
async fn the_burst_baseline_counts_the_ratings_of_its_first_day() {
    use crate::domain::{PlatformSlug, RequesterId};
    use crate::reports::publication::PublicationStore;
    use crate::reports::screening::BASELINE_DAYS;
    use crate::scorecards::Target;

    let app = TestApp::new().await;
    // One rating on the window's first day, one the day before it, one today.
    let first = Day::today().plus_days(-BASELINE_DAYS);
    app.ratings_published_on(&[first, first.plus_days(-1), Day::today()])
        .await;
    let target = Target::Requester(
        PlatformSlug::parse("mturk").unwrap(),
        RequesterId::parse("A1B2C3D4E5").unwrap(),
    );
    let counted = app
        .app()
        .db
        .published_ratings_between(&target, first, Day::today().plus_days(1))
        .await
        .unwrap();
    assert_eq!(counted, 2, "the first day and today, not the day before");
}

/// The page says what the JSON says: once a burst is held, the platform's
/// kept page shows the held count within two seconds, without help (no
/// `settle`, which would forget every kept page).
#[rocket::async_test]
async fn a_held_burst_shows_on_the_kept_page_within_two_seconds() {
    let app = TestApp::with_settings(&[("hold_bursts", 1)]).await;
    for i in 0..12 {
        let address = format!("10.{i}.0.1:4000");
        let status = rate_from(&app, &address, &rating_of("HOLD2", 40.0, "")).await;
        assert_eq!(status, Status::Created);
    }
    let before = app.get_html("/platforms/mturk").await;
    assert!(
        !before.contains("are held for moderators"),
        "nothing is held yet"
    );
    let batch = app.publish_on(Day::today()).await;
    assert_eq!(batch.held, 2);
    let started = std::time::Instant::now();
    loop {
        let platform: Value = app.get_json("/api/v1/platforms/mturk").await;
        let page = app.get_html("/platforms/mturk").await;
        if platform["held_for_review"] == 2 && page.contains("are held for moderators") {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(2),
            "the page still shows no held count (JSON: {})",
            platform["held_for_review"]
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}
