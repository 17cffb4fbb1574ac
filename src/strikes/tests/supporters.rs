//! Supporters who are not workers: counted by country apart from pledges,
//! with small groups withheld, withdrawable with their receipt.

use rocket::http::{Header, Status};
use serde_json::{json, Value};

use crate::domain::Day;
use crate::testing::TestApp;

pub(super) async fn strike(app: &TestApp) -> String {
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let call = json!({
        "title": "No surveys under minimum wage",
        "demands": "Pay at least the **minimum wage** of the worker's country.",
        "platform": "mturk", "requester_ids": "A1B2C3D4E5", "called_in": "PH",
        "starts_on": Day::today().to_string(),
    });
    let created: Value = app
        .post_json_as(&ana.token, "/api/v1/strikes", &call)
        .await
        .into_json()
        .await
        .unwrap();
    created["id"].as_str().unwrap().to_owned()
}

async fn support(app: &TestApp, id: &str, country: &str) -> (String, String) {
    let response = app
        .post_json(
            &format!("/api/v1/strikes/{id}/support"),
            &json!({ "country": country }),
        )
        .await;
    assert_eq!(response.status(), Status::Created);
    let body: Value = response.into_json().await.unwrap();
    (
        body["id"].as_str().unwrap().to_owned(),
        body["receipt"].as_str().unwrap().to_owned(),
    )
}

#[rocket::async_test]
async fn supporters_are_counted_by_country_apart_from_pledges_and_small_groups_are_withheld() {
    let app = TestApp::new().await;
    let id = strike(&app).await;
    let mut de = Vec::new();
    for _ in 0..5 {
        de.push(support(&app, &id, "DE").await);
    }
    for _ in 0..4 {
        support(&app, &id, "FR").await;
    }
    let bad = app
        .post_json(
            &format!("/api/v1/strikes/{id}/support"),
            &json!({ "country": "ZZ", "extra": 1 }),
        )
        .await;
    assert_eq!(bad.status(), Status::UnprocessableEntity);
    let body: Value = bad.into_json().await.unwrap();
    assert!(body["errors"]["country"][0].is_string() && body["errors"]["extra"][0].is_string());

    let view: Value = app.get_json(&format!("/api/v1/strikes/{id}")).await;
    // Five (= min_group_size) is shown; FR's four are not, and the country
    // the strike is called in shows "fewer than five" for none at all.
    assert_eq!(
        view["supporters_by_country"],
        json!({ "DE": 5, "PH": { "fewer_than": 5 } })
    );
    assert_eq!(
        view["pledges_by_country"],
        json!({ "PH": { "fewer_than": 5 } }),
        "supporters are not pledges"
    );

    let (supporter, receipt) = &de[0];
    let path = format!("/api/v1/strikes/{id}/support/{supporter}");
    let wrong = app
        .client
        .delete(path.clone())
        .header(Header::new("Authorization", format!("Receipt {}", de[1].1)))
        .dispatch()
        .await;
    assert_eq!(wrong.status(), Status::Forbidden);
    let withdrawn = app
        .client
        .delete(path)
        .header(Header::new("Authorization", format!("Receipt {receipt}")))
        .dispatch()
        .await;
    assert_eq!(withdrawn.status(), Status::NoContent);
    app.app().forget_cached_views();
    let view: Value = app.get_json(&format!("/api/v1/strikes/{id}")).await;
    assert_eq!(
        view["supporters_by_country"]["DE"],
        Value::Null,
        "four, not shown"
    );

    // The strike page has its own form; a supporter from it gets a receipt.
    let page = app.get_html(&format!("/strikes/{id}")).await;
    assert!(page.contains(&format!("/strikes/{id}/support")));
    let sent = app
        .post_form(&format!("/strikes/{id}/support"), &[("country", "GB")])
        .await;
    assert_eq!(sent.status(), Status::Ok);
    assert!(sent.into_string().await.unwrap().contains("receipt-code"));
    let refused = app
        .post_form(&format!("/strikes/{id}/support"), &[("country", "")])
        .await;
    assert_eq!(refused.status(), Status::UnprocessableEntity);
    // Only the country and the day are kept.
    let stored = app
        .every_document()
        .await
        .into_iter()
        .find(|(collection, _)| collection == "supporters")
        .unwrap()
        .1;
    let mut keys: Vec<&str> = stored.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["_id", "country", "day", "receipt_hash", "strike_id"]);
}
