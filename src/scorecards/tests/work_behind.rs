//! The work behind the work, end to end: ratings sent through the API with
//! the new optional fields give the hand-computed figures in the scorecard
//! JSON, the CSV and the page; old clients keep working unchanged.

use rocket::http::Status;
use serde_json::json;

use crate::testing::{sample_rating, TestApp};

#[rocket::async_test]
async fn new_rating_fields_give_the_hand_computed_figures_everywhere() {
    let app = TestApp::new().await;
    // An old client: none of the new fields.
    let old = app.post_json("/api/v1/ratings", &sample_rating()).await;
    assert_eq!(old.status(), Status::Created);
    let mut screened = sample_rating();
    screened["pay"] = json!({ "amount": 1.0, "currency": "USD" });
    screened["bonus"] = json!({ "amount": 0.5, "currency": "USD" });
    screened["minutes"] = json!(60);
    screened["unpaid_minutes"] = json!(20);
    screened["outcome"] = json!("screened_out");
    screened["payment_form"] = json!("points");
    screened["purpose"] = json!("ai_training");
    screened["harmful_content"] = json!(true);
    screened["end_client_disclosed"] = json!(false);
    screened["evaluation_explained"] = json!(true);
    let response = app.post_json("/api/v1/ratings", &screened).await;
    assert_eq!(response.status(), Status::Created);
    let mut wrong = screened.clone();
    wrong["unpaid_minutes"] = json!(61);
    wrong["purpose"] = json!("mining");
    let refused = app.post_json("/api/v1/ratings", &wrong).await;
    assert_eq!(refused.status(), Status::UnprocessableEntity);
    let body: serde_json::Value = refused.into_json().await.unwrap();
    assert!(body["errors"]["unpaid_minutes"].is_array() && body["errors"]["purpose"].is_array());
    app.settle().await;

    let card = app.get_json("/api/v1/requesters/mturk/A1B2C3D4E5").await;
    let all = &card["all"];
    // Hourly pay: 1.50 / 30 x 60 = 3.00 and (1.00 + 0.50) / 60 x 60 = 1.50.
    assert_eq!(all["hourly_pay_usd"]["median"], 2.25);
    // Only the second gives unpaid minutes: 20 / 60.
    assert_eq!(all["unpaid_time_share"], 0.3333);
    assert_eq!(all["screened_out_rate"], 0.5);
    assert_eq!(all["not_money_rate"], 0.5);
    assert_eq!(all["harmful_content_rate"], 0.5);
    assert_eq!(all["end_client_disclosed_rate"], 0.0, "one answer, no");
    assert_eq!(all["evaluation_explained_rate"], 1.0, "one answer, yes");
    assert_eq!(all["purposes"], json!({ "ai_training": 1 }));

    let csv = app
        .client
        .get("/api/v1/scorecards.csv")
        .dispatch()
        .await
        .into_string()
        .await
        .unwrap();
    assert!(csv.lines().next().unwrap().ends_with(
        "unpaid_time_share,screened_out_rate,not_money_rate,harmful_content_rate,end_client_disclosed_rate,evaluation_explained_rate,purposes"
    ));
    assert!(
        csv.contains(",0.3333,0.5,0.5,0.5,0,1,ai_training:1"),
        "{csv}"
    );

    let page = app.get_html("/requesters/mturk/A1B2C3D4E5").await;
    assert!(page.contains("Unpaid share of the time"));
    assert!(
        page.contains("violent, sexual or hateful material"),
        "the harm notice"
    );
    assert!(page.contains("action=\"/support\""));
    assert!(page.contains("Training AI: 1"));
}

#[rocket::async_test]
async fn the_form_folds_the_new_questions_and_keeps_them_after_an_error() {
    let app = TestApp::new().await;
    let form = app.get_html("/rate").await;
    assert!(
        form.contains("<details class=\"section more\">"),
        "folded when empty"
    );
    assert!(form.contains("name=\"unpaid_minutes\""));
    let response = app
        .post_form(
            "/rate",
            &[
                ("platform", "mturk"),
                ("unpaid_minutes", "15"),
                ("end_client", "Holdout Corp"),
                ("purpose", "ai_training"),
            ],
        )
        .await;
    assert_eq!(response.status(), Status::UnprocessableEntity);
    let html = response.into_string().await.unwrap();
    assert!(
        html.contains("<details class=\"section more\" open>"),
        "open once filled"
    );
    assert!(html.contains("value=\"Holdout Corp\"") && html.contains("value=\"15\""));
    assert!(html.contains("<option value=\"ai_training\" selected>"));
}

async fn pending_proposals(app: &TestApp, token: &str) -> Vec<serde_json::Value> {
    let response = app
        .client
        .get("/api/v1/moderation/proposals")
        .header(rocket::http::Header::new(
            "Authorization",
            format!("Bearer {token}"),
        ))
        .dispatch()
        .await;
    let list: serde_json::Value = response.into_json().await.unwrap();
    list.as_array().unwrap().clone()
}

#[rocket::async_test]
async fn an_end_client_named_in_a_rating_becomes_one_proposal_once_published() {
    let app = TestApp::new().await;
    let moderator = app.organizer("mo@union.example", "", "moderator").await;
    let mut rating = sample_rating();
    rating["end_client"] = json!("Holdout Corp");
    for _ in 0..2 {
        app.post_json("/api/v1/ratings", &rating).await;
    }
    let before = pending_proposals(&app, &moderator.token).await;
    assert!(before.is_empty(), "nothing before publication");
    app.settle().await;
    let proposals = pending_proposals(&app, &moderator.token).await;
    assert_eq!(
        proposals.len(),
        1,
        "two ratings, one proposal: {proposals:?}"
    );
    assert!(proposals[0].to_string().contains("holdout-corp"));
}
