//! Pages from memory: kept once per address and language, sent gzipped and
//! with an ETag, never kept with a secret in them, and fresh on every
//! instance within two seconds of a withdrawal or a hide.

use std::time::{Duration, Instant};

use rocket::http::{Cookie, Header, Status};
use serde_json::{json, Value};

use crate::testing::{sample_rating, TestApp};

const PAGE: &str = "/requesters/mturk/A1B2C3D4E5";

async fn file_with_comment(app: &TestApp, comment: &str) -> (String, String) {
    let mut rating = sample_rating();
    rating["comment"] = json!(comment);
    let response = app.post_json("/api/v1/ratings", &rating).await;
    assert_eq!(response.status(), Status::Created);
    let body: Value = response.into_json().await.unwrap();
    (
        body["id"].as_str().unwrap().to_owned(),
        body["receipt"].as_str().unwrap().to_owned(),
    )
}

/// Polls `reader`'s page until `gone` is no longer on it, for at most two
/// seconds after `since`.
async fn disappears_within_two_seconds(reader: &TestApp, gone: &str, since: Instant) {
    loop {
        if !reader.get_html(PAGE).await.contains(gone) {
            return;
        }
        assert!(
            since.elapsed() < Duration::from_secs(2),
            "{gone:?} still shown after two seconds"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[rocket::async_test]
async fn a_public_page_is_rendered_once_per_language_and_revalidated_by_etag() {
    let app = TestApp::new().await;
    file_with_comment(&app, "kept in memory").await;
    app.settle().await;
    // The scorecard writes of `settle` reach the change signal, which drops
    // pages at once and again a moment later: let them pass.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let before = app.page_renders();
    let first = app
        .client
        .get(PAGE)
        .header(Header::new("Accept-Encoding", "gzip"))
        .dispatch()
        .await;
    assert_eq!(first.status(), Status::Ok);
    assert_eq!(first.headers().get_one("Content-Encoding"), Some("gzip"));
    let etag = first.headers().get_one("ETag").unwrap().to_owned();
    for _ in 0..5 {
        assert!(app.get_html(PAGE).await.contains("kept in memory"));
    }
    assert_eq!(
        app.page_renders(),
        before + 1,
        "rendered once, then from memory"
    );

    let arabic = app
        .client
        .get(PAGE)
        .header(Header::new("Accept-Language", "ar"))
        .dispatch()
        .await;
    assert!(arabic.headers().get_one("ETag").unwrap() != etag);
    assert!(arabic.into_string().await.unwrap().contains("dir=\"rtl\""));
    let by_cookie = app
        .client
        .get(PAGE)
        .cookie(Cookie::new("lang", "ar"))
        .dispatch()
        .await;
    assert!(by_cookie
        .into_string()
        .await
        .unwrap()
        .contains("dir=\"rtl\""));
    assert_eq!(app.page_renders(), before + 2, "one rendering per language");

    let again = app
        .client
        .get(PAGE)
        .header(Header::new("If-None-Match", etag.clone()))
        .dispatch()
        .await;
    assert_eq!(again.status(), Status::NotModified);
    assert_eq!(again.headers().get_one("ETag"), Some(etag.as_str()));
}

#[rocket::async_test]
async fn pages_with_a_secret_are_never_kept_or_shared() {
    let app = TestApp::new().await;
    // Each rating form carries its own submission key.
    let form = |html: String| {
        let at = html
            .find("name=\"submission_key\"")
            .expect("a submission key");
        html[at..at + 120].to_owned()
    };
    let one = form(app.get_html("/rate").await);
    let two = form(app.get_html("/rate").await);
    assert_ne!(one, two, "a form with a key is rendered for each reader");

    // An organizer's view of a public page holds a CSRF token: it is
    // theirs alone, and the public copy never shows it.
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let reader = app.second_instance().await;
    app.login(&ana).await;
    let csrf = app.csrf().await;
    let theirs = app.get_html("/channels/PH").await;
    assert!(theirs.contains(&csrf));
    let everyone = reader.client.get("/channels/PH").dispatch().await;
    assert!(!everyone.into_string().await.unwrap().contains(&csrf));
    // Whatever a signed-in organizer opens is rendered for them alone,
    // even a page that reads the same for everyone.
    let kept = app.page_renders();
    assert!(app.get_html("/methodology").await.contains("<html"));
    assert_eq!(
        app.page_renders(),
        kept,
        "an organizer's page is never kept"
    );
}

#[rocket::async_test]
async fn another_instance_drops_a_withdrawn_report_from_its_pages_within_two_seconds() {
    let writer = TestApp::new().await;
    let reader = writer.second_instance().await;
    let withdrawn = file_with_comment(&writer, "to be withdrawn").await;
    file_with_comment(&writer, "to be hidden").await;
    writer.settle().await;
    let page = reader.get_html(PAGE).await;
    assert!(page.contains("to be withdrawn") && page.contains("to be hidden"));

    let since = Instant::now();
    let response = writer
        .client
        .delete(format!("/api/v1/reports/{}", withdrawn.0))
        .header(Header::new(
            "Authorization",
            format!("Receipt {}", withdrawn.1),
        ))
        .dispatch()
        .await;
    assert_eq!(response.status(), Status::NoContent);
    disappears_within_two_seconds(&reader, "to be withdrawn", since).await;
}

#[rocket::async_test]
async fn another_instance_drops_a_hidden_report_from_its_pages_within_two_seconds() {
    let moderators = TestApp::new().await;
    let reader = moderators.second_instance().await;
    let (hidden, _) = file_with_comment(&moderators, "to be hidden").await;
    moderators.settle().await;
    assert!(reader.get_html(PAGE).await.contains("to be hidden"));

    let mo = moderators
        .organizer("mo@union.example", "", "moderator")
        .await;
    moderators.login(&mo).await;
    let csrf = moderators.csrf().await;
    let since = Instant::now();
    let response = moderators
        .post_form(
            &format!("/organize/moderation/{hidden}"),
            &[
                ("csrf", &csrf),
                ("action", "hide"),
                ("reason", "names a worker"),
            ],
        )
        .await;
    assert_eq!(response.status(), Status::SeeOther);
    disappears_within_two_seconds(&reader, "to be hidden", since).await;
}

#[rocket::async_test]
async fn another_instance_shows_a_rebuilds_scorecards_within_two_seconds() {
    use crate::scorecards::store::COLLECTION;
    let writer = TestApp::new().await;
    let reader = writer.second_instance().await;
    // Kept a minute, as once the reader follows the change stream.
    while reader.app().scorecards.ttl() != crate::scorecards::WATCHED_TTL {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    file_with_comment(&writer, "counted once").await;
    writer.settle().await;
    let api = "/api/v1/requesters/mturk/A1B2C3D4E5";
    let ratings = |card: Value| card["all"]["ratings"].as_u64();
    // A card gone wrong, read and kept by the reader.
    writer
        .db
        .raw()
        .collection::<mongodb::bson::Document>(COLLECTION)
        .update_one(
            mongodb::bson::doc! { "_id": "requester:mturk:A1B2C3D4E5" },
            mongodb::bson::doc! { "$set": { "card.all.ratings": 999 } },
        )
        .await
        .unwrap();
    let since = Instant::now();
    while ratings(reader.get_json(api).await) != Some(999) {
        assert!(since.elapsed() < Duration::from_secs(2), "never read");
    }

    // Past the change signal's second sweep of that update, still kept.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(ratings(reader.get_json(api).await), Some(999));
    // The rebuild's new set takes the live one's place in one rename.
    crate::scorecards::rebuild_all(&writer.db, 5, |_, _| {})
        .await
        .unwrap();
    let since = Instant::now();
    while ratings(reader.get_json(api).await) != Some(1) {
        assert!(
            since.elapsed() < Duration::from_secs(2),
            "the rebuilt card is not shown after two seconds"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Corrections and flags of a published report, reports filed or
/// corrected before their batch, a receipt looked up and company proposals
/// waiting for a moderator change nothing anyone else sees: they drop no
/// kept page, through this instance or the change signal.
#[rocket::async_test]
async fn writes_nobody_else_sees_drop_no_kept_page() {
    let app = TestApp::new().await;
    let (id, receipt) = file_with_comment(&app, "published before").await;
    app.settle().await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    app.rendered_afresh(PAGE).await;
    assert!(!app.rendered_afresh(PAGE).await, "kept");
    let (unpublished, unpublished_receipt) = file_with_comment(&app, "tomorrow's").await;
    for (report, code) in [(&id, &receipt), (&unpublished, &unpublished_receipt)] {
        let corrected = app
            .client
            .patch(format!("/api/v1/reports/{report}"))
            .header(rocket::http::ContentType::JSON)
            .header(Header::new("Authorization", format!("Receipt {code}")))
            .body(json!({ "minutes": 45 }).to_string())
            .dispatch()
            .await;
        assert_eq!(corrected.status(), Status::Ok);
    }
    let flag = json!({ "reason": "spam", "note": "looks copied" });
    let flagged = app
        .post_json(&format!("/api/v1/reports/{id}/flags"), &flag)
        .await;
    assert_eq!(flagged.status(), Status::Created);
    let flag_form = [("reason", "spam"), ("note", "the same words again")];
    let flagged = app
        .post_form(&format!("/reports/{id}/flag"), &flag_form)
        .await;
    assert_eq!(flagged.status(), Status::Ok);
    let opened = app
        .post_form("/receipt", &[("id", &id), ("receipt", &receipt)])
        .await;
    assert_eq!(opened.status(), Status::Ok);
    // A company proposal waits for a moderator, unseen till then.
    let proposal = [
        ("company", "Holdout Corp"),
        ("based_in", "DE"),
        ("evidence", "Imprint names Berlin as its seat."),
    ];
    let proposed = app.post_form("/companies/proposals", &proposal).await;
    assert_eq!(proposed.status(), Status::Ok);
    let body = json!({ "company": "Holdout Corp", "based_in": "NL", "evidence": "Its invoices come from Amsterdam." });
    let proposed = app.post_json("/api/v1/companies/proposals", &body).await;
    assert_eq!(proposed.status(), Status::Created);
    let proposed: Value = proposed.into_json().await.unwrap();
    let withdrawn = app
        .client
        .delete(format!(
            "/api/v1/companies/proposals/{}",
            proposed["id"].as_str().unwrap()
        ))
        .header(Header::new(
            "Authorization",
            format!("Receipt {}", proposed["receipt"].as_str().unwrap()),
        ))
        .dispatch()
        .await;
    assert_eq!(withdrawn.status(), Status::NoContent);
    // Past the change signal's second sweep.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(!app.rendered_afresh(PAGE).await, "still kept");
}

/// A changed scorecard drops its own page, its platform's and the shared
/// pages, and leaves other requesters' pages kept.
#[rocket::async_test]
async fn a_changed_scorecard_drops_only_the_pages_that_show_it() {
    let app = TestApp::new().await;
    file_with_comment(&app, "requester A").await;
    let mut other = sample_rating();
    other["requester_id"] = json!("OTHER1");
    assert_eq!(
        app.post_json("/api/v1/ratings", &other).await.status(),
        Status::Created
    );
    app.settle().await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let other_page = "/requesters/mturk/OTHER1";
    for path in [PAGE, other_page, "/platforms/mturk", "/"] {
        app.rendered_afresh(path).await;
        assert!(!app.rendered_afresh(path).await, "{path} kept");
    }
    // OTHER1's card is computed again and saved.
    let state = app.app();
    let key = "requester:mturk:OTHER1".to_owned();
    crate::scorecards::store::ScorecardStore::enqueue_scorecards(&state.db, &[key])
        .await
        .unwrap();
    crate::scorecards::run_queue(&state.db, &state.scorecards, state.settings.min_group_size)
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(
        !app.rendered_afresh(PAGE).await,
        "another requester's page stays"
    );
    for path in [other_page, "/platforms/mturk", "/"] {
        assert!(app.rendered_afresh(path).await, "{path} dropped");
    }
}
