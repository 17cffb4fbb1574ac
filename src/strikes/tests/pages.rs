//! Pledges, supports and undercut reports count from their day's batch.
//! While batches wait a day, none of them drops a kept page, so nobody can
//! empty every instance's pages by posting them; where batches publish at
//! once, whoever acted sees it on their next page.

use std::time::Duration;

use rocket::http::Status;
use serde_json::json;

use super::supporters::strike;
use crate::testing::TestApp;

/// Posts a pledge, a support and an undercut report to strike `id`, from
/// its page's forms and through the API.
async fn promise_everything(app: &TestApp, id: &str) {
    for (form, country) in [("pledge", "PH"), ("support", "DE"), ("undercut", "ID")] {
        let fields = [("country", country)];
        let sent = app
            .post_form(&format!("/strikes/{id}/{form}"), &fields)
            .await;
        assert_eq!(sent.status(), Status::Ok, "{form}");
    }
    for (path, country) in [("pledges", "PH"), ("support", "DE"), ("undercuts", "ID")] {
        let body = json!({ "country": country });
        let sent = app
            .post_json(&format!("/api/v1/strikes/{id}/{path}"), &body)
            .await;
        assert_eq!(sent.status(), Status::Created, "{path}");
    }
}

#[rocket::async_test]
async fn promises_waiting_for_their_batch_drop_no_kept_page() {
    let app = TestApp::with_settings(&[("publish_after_days", 1)]).await;
    let id = strike(&app).await;
    // The call reaches the change signal, which drops pages at once and
    // again a moment later: let them pass.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let pages = [format!("/strikes/{id}"), "/strikes".to_owned()];
    for page in &pages {
        app.rendered_afresh(page).await;
        assert!(!app.rendered_afresh(page).await, "{page} kept");
    }
    promise_everything(&app, &id).await;
    // Past the change signal's second sweep.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    for page in &pages {
        assert!(!app.rendered_afresh(page).await, "{page} still kept");
    }
}

#[rocket::async_test]
async fn where_batches_publish_at_once_a_pledge_drops_kept_pages_at_once() {
    let app = TestApp::with_settings(&[("min_group_size", 1)]).await;
    let id = strike(&app).await;
    let page = format!("/strikes/{id}");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    app.rendered_afresh(&page).await;
    assert!(!app.rendered_afresh(&page).await, "kept");
    let sent = app
        .post_form(&format!("/strikes/{id}/pledge"), &[("country", "PH")])
        .await;
    assert_eq!(sent.status(), Status::Ok);
    assert!(
        app.rendered_afresh(&page).await,
        "dropped by the pledge itself"
    );
}
