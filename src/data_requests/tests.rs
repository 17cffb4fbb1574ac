//! A campaign as a worker and an organizer meet it: the letter, "sent",
//! the answer with the receipt, the figures after the batch, the platform's
//! data-rights block, and the complaint once a request is overdue.

use rocket::http::{ContentType, Header, Status};
use serde_json::{json, Value};

use crate::data_requests::model::SentRequest;
use crate::data_requests::store::DataRequestStore;
use crate::domain::{Country, DataRequestId, Day, ReceiptCode, SentRequestId};
use crate::testing::TestApp;

fn campaign() -> Value {
    json!({
        "platform": "clickworker",
        "title": "What does Clickworker know about us?",
        "categories": ["ratings", "flags"],
        "countries": ["DE", "PH"],
        "explanation": "Accounts are closed without a reason. Ask for the data behind it, together.",
    })
}

async fn open_campaign(app: &TestApp) -> String {
    let ana = app
        .organizer("ana@union.example", "DE,PH", "organizer")
        .await;
    let response = app
        .post_json_as(&ana.token, "/api/v1/data-requests", &campaign())
        .await;
    assert_eq!(response.status(), Status::Created);
    let body: Value = response.into_json().await.unwrap();
    body["id"].as_str().unwrap().to_owned()
}

async fn patch_answer(app: &TestApp, sent: &Value, body: &Value) -> (Status, Value) {
    let response = app
        .client
        .patch(format!(
            "/api/v1/data-requests/sent/{}",
            sent["id"].as_str().unwrap()
        ))
        .header(ContentType::JSON)
        .header(Header::new(
            "Authorization",
            format!("Receipt {}", sent["receipt"].as_str().unwrap()),
        ))
        .body(body.to_string())
        .dispatch()
        .await;
    let status = response.status();
    (status, response.into_json().await.unwrap_or(Value::Null))
}

/// Stores a request to campaign `id` from Germany, sent 60 days ago and
/// unanswered, with the receipt derived from `name`.
async fn store_overdue(app: &TestApp, id: &str, name: &str) -> (SentRequest, String) {
    let receipt = ReceiptCode::derive(b"test", name);
    let sent = SentRequest {
        id: SentRequestId::generate(),
        campaign_id: DataRequestId::parse(id).unwrap(),
        country: Country::parse("DE").unwrap(),
        sent_on: Day::today().plus_days(-60),
        receipt_hash: receipt.hash(),
        answer: None,
        complained_on: None,
    };
    app.db.insert_sent(&sent).await.unwrap();
    (sent, receipt.display())
}

#[rocket::async_test]
async fn a_worker_makes_the_letter_records_it_and_the_answer_moves_the_figures() {
    let app = TestApp::with_settings(&[("min_group_size", 2)]).await;
    let id = open_campaign(&app).await;
    let page = app.get_html(&format!("/data-requests/{id}")).await;
    assert!(page.contains("What does Clickworker know about us?"));
    assert!(
        page.contains("General Data Protection Regulation"),
        "the law of DE"
    );

    let letter = app
        .post_form(
            &format!("/data-requests/{id}/letter"),
            &[
                ("country", "DE"),
                ("language", "en"),
                ("name", "Rosa Beispiel"),
                ("email", "rosa@example.org"),
                ("worker_id", "W-778899"),
            ],
        )
        .await;
    assert_eq!(letter.status(), Status::Ok);
    assert_eq!(letter.headers().get_one("Cache-Control"), Some("no-store"));
    let letter = letter.into_string().await.unwrap();
    assert!(
        letter.contains("clickworker GmbH"),
        "the platform's controller"
    );
    assert!(letter.contains("Art. 15"), "the article that gives access");
    assert!(letter.contains("Rosa Beispiel") && letter.contains("W-778899"));
    let text = app
        .post_form(
            &format!("/data-requests/{id}/letter"),
            &[
                ("country", "DE"),
                ("name", "Rosa Beispiel"),
                ("email", "rosa@example.org"),
                ("download", "text"),
            ],
        )
        .await;
    assert_eq!(text.content_type(), Some(ContentType::Plain));
    assert_eq!(text.headers().get_one("Cache-Control"), Some("no-store"));
    assert!(text
        .headers()
        .get_one("Content-Disposition")
        .unwrap()
        .contains("attachment"));
    assert!(text
        .into_string()
        .await
        .unwrap()
        .contains("rosa@example.org"));
    for (_, document) in app.every_document().await {
        let stored = document.to_string();
        assert!(
            !stored.contains("Rosa") && !stored.contains("rosa@") && !stored.contains("778899"),
            "{stored}"
        );
    }

    let mut receipts = Vec::new();
    for country in ["DE", "DE", "PH"] {
        let response = app
            .post_json(
                &format!("/api/v1/data-requests/{id}/sent"),
                &json!({ "country": country }),
            )
            .await;
        assert_eq!(response.status(), Status::Created);
        receipts.push(response.into_json::<Value>().await.unwrap());
    }
    let (status, view) = patch_answer(
        &app,
        &receipts[0],
        &json!({ "outcome": "partial", "answered_on": Day::today().to_string(), "missing": ["flags"] }),
    )
    .await;
    assert_eq!(status, Status::Ok, "{view}");
    assert_eq!(view["answer"]["outcome"], "partial");
    patch_answer(&app, &receipts[1], &json!({ "outcome": "partial", "answered_on": Day::today().to_string(), "missing": ["flags"] })).await;

    let figures = app.get_json(&format!("/api/v1/data-requests/{id}")).await;
    assert_eq!(figures["sent"], 3);
    assert_eq!(figures["outcomes"]["partial"], 2);
    assert_eq!(figures["missing"]["flags"], 2);
    assert_eq!(figures["missing"]["ratings"], json!({ "fewer_than": 2 }));
    assert_eq!(figures["answered_in_time_rate"], 1.0);
    assert_eq!(figures["median_days_to_answer"], 0.0);
    assert_eq!(figures["controller"]["name"], "clickworker GmbH");
    let platform = app.get_json("/api/v1/platforms/clickworker").await;
    assert_eq!(platform["data_requests"]["campaigns"], 1);
    assert_eq!(platform["data_requests"]["sent"], 3);
    let page = app.get_html("/platforms/clickworker").await;
    assert!(
        page.contains("id=\"data-rights-title\""),
        "the platform page's data-rights block"
    );
    let list = app.get_json("/api/v1/data-requests").await;
    assert_eq!(list[0]["id"], id.as_str());
    let csv = app.client.get("/api/v1/data-requests.csv").dispatch().await;
    assert!(csv
        .into_string()
        .await
        .unwrap()
        .contains(",3,1.000,0.000,<2,2,"));
}

#[rocket::async_test]
async fn requests_wait_for_their_batch() {
    let app = TestApp::with_settings(&[("publish_after_days", 1), ("min_group_size", 1)]).await;
    let id = open_campaign(&app).await;
    let sent = app
        .post_json(
            &format!("/api/v1/data-requests/{id}/sent"),
            &json!({ "country": "PH" }),
        )
        .await;
    assert_eq!(sent.status(), Status::Created);
    let figures = app.get_json(&format!("/api/v1/data-requests/{id}")).await;
    assert_eq!(
        figures["sent"],
        json!({ "fewer_than": 1 }),
        "today's request waits for tomorrow's batch"
    );
}

#[rocket::async_test]
async fn wrong_receipts_and_bad_input_are_refused_and_store_nothing() {
    let app = TestApp::new().await;
    let id = open_campaign(&app).await;
    let outside = app
        .post_json(
            &format!("/api/v1/data-requests/{id}/sent"),
            &json!({ "country": "FR" }),
        )
        .await;
    assert_eq!(outside.status(), Status::UnprocessableEntity);
    let body: Value = outside.into_json().await.unwrap();
    assert!(body["errors"]["country"][0]
        .as_str()
        .unwrap()
        .contains("DE, PH"));
    assert_eq!(app.count(crate::data_requests::store::SENT).await, 0);
    let sent: Value = app
        .post_json(
            &format!("/api/v1/data-requests/{id}/sent"),
            &json!({ "country": "DE" }),
        )
        .await
        .into_json()
        .await
        .unwrap();
    let wrong = json!({ "id": sent["id"], "receipt": "AAAA-BBBB-CCCC-DDDD" });
    let (status, _) = patch_answer(
        &app,
        &wrong,
        &json!({ "outcome": "complete", "answered_on": Day::today().to_string() }),
    )
    .await;
    assert_eq!(status, Status::Forbidden);
    let (status, body) = patch_answer(
        &app,
        &sent,
        &json!({ "outcome": "complete", "answered_on": "2001-01-01", "missing": ["earnings"] }),
    )
    .await;
    assert_eq!(status, Status::UnprocessableEntity);
    assert!(
        body["errors"]["answered_on"].is_array() && body["errors"]["missing"].is_array(),
        "{body}"
    );
    let (status, body) = patch_answer(&app, &sent, &json!({ "outcome": "complete" })).await;
    assert_eq!(status, Status::UnprocessableEntity, "{body}");
    let stored = app
        .db
        .find_sent(&SentRequestId::parse(sent["id"].as_str().unwrap()).unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(
        stored.answer.is_none(),
        "nothing stored from a refused answer"
    );
    let bad = app
        .post_json_as(
            &app.organizer("bo@union.example", "DE", "organizer").await.token,
            "/api/v1/data-requests",
            &json!({ "platform": "nowhere", "title": "x", "categories": ["gossip"], "countries": ["US"], "explanation": "short" }),
        )
        .await;
    assert_eq!(bad.status(), Status::UnprocessableEntity);
    let body: Value = bad.into_json().await.unwrap();
    for field in [
        "platform",
        "title",
        "categories",
        "countries",
        "explanation",
    ] {
        assert!(body["errors"][field].is_array(), "{field}: {body}");
    }
    let letter = app
        .post_form(
            &format!("/data-requests/{id}/letter"),
            &[
                ("country", "DE"),
                ("name", "Rosa Beispiel"),
                ("email", "not an address"),
            ],
        )
        .await;
    assert_eq!(letter.status(), Status::UnprocessableEntity);
    let page = letter.into_string().await.unwrap();
    assert!(
        page.contains("value=\"Rosa Beispiel\""),
        "the form keeps what was typed"
    );
    assert!(page.contains("id=\"email-error\""));
}

#[rocket::async_test]
async fn an_overdue_request_offers_the_complaint_and_counts_it() {
    let app = TestApp::with_settings(&[("min_group_size", 1)]).await;
    let id = open_campaign(&app).await;
    let (sent, receipt) = store_overdue(&app, &id, "overdue").await;
    let fields = [("id", sent.id.as_str()), ("receipt", &receipt)];
    let page = app.post_form("/data-requests/receipt", &fields).await;
    assert_eq!(page.headers().get_one("Cache-Control"), Some("no-store"));
    let page = page.into_string().await.unwrap();
    assert!(
        page.contains("id=\"complaint-title\""),
        "an overdue request offers the complaint"
    );
    let mut with_identity = fields.to_vec();
    with_identity.extend([
        ("name", "Rosa Beispiel"),
        ("email", "rosa@example.org"),
        ("language", "de"),
    ]);
    let letter = app
        .post_form("/data-requests/receipt/complaint-letter", &with_identity)
        .await;
    assert_eq!(letter.status(), Status::Ok);
    let letter = letter.into_string().await.unwrap();
    assert!(
        letter.contains("BfDI") || letter.contains("Bundesbeauftragte"),
        "the authority of DE"
    );
    let calendar = app
        .post_form("/data-requests/receipt/calendar", &fields)
        .await;
    assert_eq!(
        calendar.headers().get_one("Cache-Control"),
        Some("no-store")
    );
    let calendar = calendar.into_string().await.unwrap();
    assert!(
        calendar.contains("BEGIN:VEVENT") && calendar.contains("DTSTART;VALUE=DATE:"),
        "{calendar}"
    );
    let filed = app
        .post_form("/data-requests/receipt/complaint", &fields)
        .await;
    assert_eq!(filed.status(), Status::Ok);
    let figures = app.get_json(&format!("/api/v1/data-requests/{id}")).await;
    assert_eq!(figures["complaints"], 1);
    assert_eq!(figures["overdue"], 1);
    let again = app
        .post_form("/data-requests/receipt/complaint", &fields)
        .await;
    assert_eq!(
        again.status(),
        Status::UnprocessableEntity,
        "a complaint counts once"
    );
}

#[rocket::async_test]
async fn organizers_open_campaigns_from_the_form_only_for_their_countries() {
    let app = TestApp::new().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    app.login(&ana).await;
    let csrf = app.csrf().await;
    let fields = [
        ("csrf", csrf.as_str()),
        ("platform", "clickworker"),
        ("title", "Our data from Clickworker"),
        ("categories", "ratings"),
        ("categories", "earnings"),
        ("countries", "PH, DE"),
        (
            "explanation",
            "Workers in Manila were closed without a reason.",
        ),
    ];
    let refused = app.post_form("/organize/data-requests", &fields).await;
    assert_eq!(refused.status(), Status::Forbidden);
    assert_eq!(app.count(crate::data_requests::store::CAMPAIGNS).await, 0);
    let mut fields = fields.to_vec();
    fields[5] = ("countries", "PH");
    let opened = app.post_form("/organize/data-requests", &fields).await;
    assert_eq!(opened.status().code, 303);
    let list = app.get_json("/api/v1/data-requests").await;
    assert_eq!(list[0]["countries"], json!(["PH"]));
    let campaign = app.get_json(list[0]["url"].as_str().unwrap()).await;
    assert_eq!(campaign["categories"], json!(["ratings", "earnings"]));
    let feed = app
        .client
        .get(campaign["feed"].as_str().unwrap().to_owned())
        .dispatch()
        .await;
    assert!(feed.into_string().await.unwrap().contains("<feed"));
}

#[rocket::async_test]
async fn one_connection_cannot_inflate_a_campaign() {
    let app = TestApp::with_settings(&[("ratings_per_target_per_day", 1)]).await;
    let id = open_campaign(&app).await;
    let path = format!("/api/v1/data-requests/{id}/sent");
    for _ in 0..3 {
        let sent = app.post_json(&path, &json!({ "country": "DE" })).await;
        assert_eq!(sent.status(), Status::Created);
    }
    let refused = app.post_json(&path, &json!({ "country": "DE" })).await;
    assert_eq!(refused.status(), Status::TooManyRequests);
    assert_eq!(
        app.count(crate::data_requests::store::SENT).await,
        3,
        "nothing stored past the limit"
    );
}

/// Requests sent, answered and complained of count from their day's batch,
/// so, while batches wait a day, none of them drops a kept page: nobody can
/// empty every instance's page cache by posting them.
#[rocket::async_test]
async fn what_waits_for_its_batch_drops_no_kept_page() {
    let app = TestApp::with_settings(&[("publish_after_days", 1), ("min_group_size", 1)]).await;
    let id = open_campaign(&app).await;
    let by_form = store_overdue(&app, &id, "by form").await;
    let by_api = store_overdue(&app, &id, "by API").await;
    // The inserts above reach the change signal, which drops pages at once
    // and again a moment later: let them pass.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let pages = [
        "/platforms/clickworker".to_owned(),
        format!("/data-requests/{id}"),
    ];
    for page in &pages {
        app.rendered_afresh(page).await;
        assert!(!app.rendered_afresh(page).await, "{page} kept");
    }

    let sent = app
        .post_form(&format!("/data-requests/{id}/sent"), &[("country", "PH")])
        .await;
    assert_eq!(sent.status(), Status::Ok);
    let fields = [("id", by_form.0.id.as_str()), ("receipt", &by_form.1)];
    let mut answer = fields.to_vec();
    answer.push(("outcome", "no_answer"));
    let answered = app
        .post_form("/data-requests/receipt/answer", &answer)
        .await;
    assert_eq!(answered.status(), Status::Ok);
    let complained = app
        .post_form("/data-requests/receipt/complaint", &fields)
        .await;
    assert_eq!(complained.status(), Status::Ok);

    let sent = app
        .post_json(
            &format!("/api/v1/data-requests/{id}/sent"),
            &json!({ "country": "DE" }),
        )
        .await;
    assert_eq!(sent.status(), Status::Created);
    let api_sent = json!({ "id": by_api.0.id.as_str(), "receipt": by_api.1 });
    let (status, _) = patch_answer(&app, &api_sent, &json!({ "outcome": "no_answer" })).await;
    assert_eq!(status, Status::Ok);
    let complaint = app
        .client
        .post(format!(
            "/api/v1/data-requests/sent/{}/complaint",
            by_api.0.id.as_str()
        ))
        .header(ContentType::JSON)
        .header(Header::new(
            "Authorization",
            format!("Receipt {}", by_api.1),
        ))
        .dispatch()
        .await;
    assert_eq!(complaint.status(), Status::Ok);
    assert_eq!(app.count(crate::data_requests::store::SENT).await, 4);

    // Past the change signal's second sweep.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    for page in &pages {
        assert!(!app.rendered_afresh(page).await, "{page} still kept");
    }
}
