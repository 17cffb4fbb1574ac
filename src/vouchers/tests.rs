//! Vouchers through HTTP and the CLI's output, against the real database.

use rocket::http::{ContentType, Status};
use serde_json::{json, Value};

use crate::domain::Day;
use crate::testing::{sample_grievance, sample_rating, TestApp};

async fn issue(app: &TestApp, token: &str, count: u32) -> Vec<String> {
    let response = app
        .post_json_as(token, "/api/v1/vouchers", &json!({ "count": count }))
        .await;
    assert_eq!(response.status(), Status::Created);
    let body: Value = response.into_json().await.unwrap();
    body["vouchers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[rocket::async_test]
async fn organizers_issue_batches_of_twenty_to_a_thousand() {
    let app = TestApp::new().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let too_few = app
        .post_json_as(&ana.token, "/api/v1/vouchers", &json!({ "count": 19 }))
        .await;
    assert_eq!(too_few.status(), Status::UnprocessableEntity);
    let body: Value = too_few.into_json().await.unwrap();
    assert!(body["errors"]["count"].is_array());
    let anonymous = app
        .post_json("/api/v1/vouchers", &json!({ "count": 20 }))
        .await;
    assert_eq!(anonymous.status(), Status::Unauthorized);
    let codes = issue(&app, &ana.token, 20).await;
    assert_eq!(codes.len(), 20);
    assert_eq!(app.count("vouchers").await, 20);
    let lines = crate::cli::voucher_lines(
        &codes
            .iter()
            .map(|c| crate::domain::VoucherCode::parse(c).unwrap())
            .collect::<Vec<_>>(),
    );
    assert!(lines.starts_with("vouchers:\n"));
    assert_eq!(lines.lines().count(), 21);
}

#[rocket::async_test]
async fn a_voucher_marks_one_report_vouched_and_is_refused_after() {
    let app = TestApp::with_settings(&[("hold_bursts", 1)]).await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let codes = issue(&app, &ana.token, 20).await;
    let mut rating = sample_rating();
    rating["voucher"] = json!(codes[0].to_lowercase());
    let filed = app.post_json("/api/v1/ratings", &rating).await;
    assert_eq!(filed.status(), Status::Created);
    let filed: Value = filed.into_json().await.unwrap();
    // Used: 422 on `voucher`, nothing stored.
    let again = app.post_json("/api/v1/ratings", &rating).await;
    assert_eq!(again.status(), Status::UnprocessableEntity);
    let body: Value = again.into_json().await.unwrap();
    assert!(body["errors"]["voucher"][0]
        .as_str()
        .unwrap()
        .contains("used already"));
    let mut unknown = sample_grievance();
    unknown["voucher"] = json!("ABCD-EFGH-JKMN-PQRS");
    let refused = app.post_json("/api/v1/grievances", &unknown).await;
    assert_eq!(refused.status(), Status::UnprocessableEntity);
    assert_eq!(app.count("reports").await, 1);
    app.settle().await;
    let report: Value = app
        .get_json(&format!(
            "/api/v1/reports/{}",
            filed["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(report["vouched"], json!(true));
    let card: Value = app.get_json("/api/v1/requesters/mturk/A1B2C3D4E5").await;
    assert_eq!(card["all"]["vouched"], 1);
}

#[rocket::async_test]
async fn vouched_ratings_are_spared_the_burst_hold() {
    let app = TestApp::with_settings(&[("hold_bursts", 1)]).await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let codes = issue(&app, &ana.token, 20).await;
    for (i, code) in codes.iter().take(12).enumerate() {
        let mut rating = sample_rating();
        rating["voucher"] = json!(code);
        let response = app
            .client
            .post("/api/v1/ratings")
            .header(ContentType::JSON)
            .remote(format!("10.{i}.0.1:4000").parse().unwrap())
            .body(rating.to_string())
            .dispatch()
            .await;
        assert_eq!(response.status(), Status::Created);
    }
    let batch = app.publish_on(Day::today()).await;
    assert_eq!((batch.published, batch.held), (12, 0));
}

#[rocket::async_test]
async fn nothing_leads_from_a_report_to_a_voucher_batch_or_organizer() {
    let app = TestApp::new().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let codes = issue(&app, &ana.token, 20).await;
    let mut rating = sample_rating();
    rating["voucher"] = json!(codes[3]);
    let filed: Value = app
        .post_json("/api/v1/ratings", &rating)
        .await
        .into_json()
        .await
        .unwrap();
    let report_id = filed["id"].as_str().unwrap().to_owned();
    app.settle().await;
    let everything = app.every_document().await;
    let batch_ids: Vec<String> = everything
        .iter()
        .filter(|(collection, _)| collection == "voucher_batches")
        .map(|(_, doc)| doc.get_str("_id").unwrap().to_owned())
        .collect();
    assert_eq!(batch_ids.len(), 1);
    let report = app.raw_report(&report_id).await.to_string();
    let quoted_batch = format!("\"{}\"", batch_ids[0]);
    for forbidden in [&quoted_batch, &ana.organizer.id, &codes[3]] {
        assert!(!report.contains(forbidden.as_str()), "{report}");
    }
    for (collection, doc) in &everything {
        if collection.starts_with("voucher") {
            assert!(!doc.to_string().contains(&report_id), "{collection}: {doc}");
        }
    }
    let spent: Vec<_> = everything
        .iter()
        .filter(|(c, doc)| c == "vouchers" && doc.get_bool("spent") == Ok(true))
        .collect();
    assert_eq!(spent.len(), 1);
    let keys: Vec<&str> = spent[0].1.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["_id", "spent"],
        "a spent voucher keeps only its hash"
    );
}

/// Every voucher, spent or not, is stored as its hash and `spent` alone:
/// a database holder cannot count how many of a batch were spent.
#[rocket::async_test]
async fn unspent_vouchers_keep_no_batch_either() {
    let app = TestApp::new().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    issue(&app, &ana.token, 20).await;
    let everything = app.every_document().await;
    let vouchers: Vec<_> = everything.iter().filter(|(c, _)| c == "vouchers").collect();
    assert_eq!(vouchers.len(), 20);
    for (_, voucher) in vouchers {
        let keys: Vec<&str> = voucher.keys().map(String::as_str).collect();
        assert_eq!(keys, ["_id", "spent"], "{voucher}");
    }
}

/// Disabling an organizer voids the vouchers it had not seen spent; one
/// spent before keeps its report vouched.
#[rocket::async_test]
async fn a_disabled_organizers_unspent_vouchers_are_refused() {
    let app = TestApp::new().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let codes = issue(&app, &ana.token, 20).await;
    let mut rating = sample_rating();
    rating["voucher"] = json!(codes[0]);
    assert_eq!(
        app.post_json("/api/v1/ratings", &rating).await.status(),
        Status::Created
    );
    crate::organizers::accounts::disable(&app.db, "ana@union.example")
        .await
        .unwrap();
    let mut grievance = sample_grievance();
    grievance["voucher"] = json!(codes[1]);
    let refused = app.post_json("/api/v1/grievances", &grievance).await;
    assert_eq!(refused.status(), Status::UnprocessableEntity);
    let body: Value = refused.into_json().await.unwrap();
    assert!(body["errors"]["voucher"].is_array(), "{body}");
    assert_eq!(app.count("reports").await, 1, "nothing stored");
}

/// Each organizer issues at most `vouchers_per_day` a day, however many
/// batches it asks for.
#[rocket::async_test]
async fn issuing_stops_at_the_daily_quota() {
    let app = TestApp::with_settings(&[("vouchers_per_day", 50)]).await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let bo = app.organizer("bo@union.example", "ID", "organizer").await;
    issue(&app, &ana.token, 30).await;
    let over = app
        .post_json_as(&ana.token, "/api/v1/vouchers", &json!({ "count": 30 }))
        .await;
    assert_eq!(over.status(), Status::UnprocessableEntity);
    let body: Value = over.into_json().await.unwrap();
    assert!(
        body["errors"]["count"][0].as_str().unwrap().contains("50"),
        "{body}"
    );
    issue(&app, &ana.token, 20).await;
    issue(&app, &bo.token, 50).await;
    assert_eq!(app.count("vouchers").await, 100);
}

/// A token made with an account is refused while the account is still on
/// the initial password whoever created it saw.
#[rocket::async_test]
async fn no_token_works_before_the_initial_password_is_replaced() {
    let app = TestApp::new().await;
    let created = crate::organizers::accounts::create_organizer(
        &app.db,
        "cy@union.example",
        "Cy",
        "PH",
        "organizer",
    )
    .await
    .unwrap();
    let refused = app
        .post_json_as(&created.token, "/api/v1/vouchers", &json!({ "count": 20 }))
        .await;
    assert_eq!(refused.status(), Status::Forbidden);
    let body: Value = refused.into_json().await.unwrap();
    assert!(
        body["error"].as_str().unwrap().contains("initial password"),
        "{body}"
    );
    assert_eq!(app.count("vouchers").await, 0);
}
