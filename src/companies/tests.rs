//! Companies end to end: proposals, moderation, company scorecards, the
//! company named on requester and platform scorecards, pressure alerts.

use rocket::http::{Header, Status};
use serde_json::{json, Value};

use crate::domain::Day;
use crate::testing::{sample_rating, TestApp};

/// A rating of `requester_id` on `platform` paid `amount` USD for `minutes`.
async fn rate(
    app: &TestApp,
    platform: &str,
    requester_id: &str,
    amount: f64,
    minutes: u32,
    paid: &str,
) {
    let mut rating = sample_rating();
    rating["platform"] = json!(platform);
    rating["requester_id"] = json!(requester_id);
    rating["pay"] = json!({ "amount": amount, "currency": "USD" });
    rating["minutes"] = json!(minutes);
    rating["paid"] = json!(paid);
    let response = app.post_json("/api/v1/ratings", &rating).await;
    assert_eq!(response.status(), Status::Created);
}

async fn propose(app: &TestApp, body: Value) -> String {
    let response = app.post_json("/api/v1/companies/proposals", &body).await;
    assert_eq!(response.status(), Status::Created);
    let filed: Value = response.into_json().await.unwrap();
    assert!(filed["receipt"].is_string());
    filed["id"].as_str().unwrap().to_owned()
}

fn account(platform: &str, requester_id: &str, company: &str) -> Value {
    json!({
        "platform": platform, "requester_id": requester_id, "company": company,
        "evidence": "The task instructions name the company as the client.",
    })
}

async fn decide(app: &TestApp, token: &str, id: &str, decision: &str) -> Status {
    app.post_json_as(
        token,
        &format!("/api/v1/moderation/proposals/{id}"),
        &json!({ "decision": decision, "reason": "checked the company register" }),
    )
    .await
    .status()
}

/// Holdout Corp owns A1B2C3D4E5 on mturk and T-77 on toloka and is based in DE.
async fn holdout_corp(app: &TestApp, token: &str) {
    for body in [
        account("mturk", "A1B2C3D4E5", "Holdout Corp"),
        account("toloka", "T-77", "Holdout Corp"),
        json!({ "company": "Holdout Corp", "based_in": "DE", "evidence": "Imprint: Holdout Corp GmbH, Berlin." }),
    ] {
        let id = propose(app, body).await;
        assert_eq!(decide(app, token, &id, "confirm").await, Status::Ok);
    }
}

#[rocket::async_test]
async fn a_company_scorecard_has_the_figures_of_all_its_accounts_on_every_platform() {
    let app = TestApp::new().await;
    // $3/h and $4/h on mturk, $6/h on toloka; one of the three unpaid.
    rate(&app, "mturk", "A1B2C3D4E5", 1.5, 30, "yes").await;
    rate(&app, "mturk", "A1B2C3D4E5", 4.0, 60, "no").await;
    rate(&app, "toloka", "T-77", 6.0, 60, "yes").await;
    rate(&app, "toloka", "OTHER", 1.0, 60, "yes").await;
    app.settle().await;

    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let mo = app.organizer("mo@union.example", "", "moderator").await;
    let first = propose(&app, account("mturk", "A1B2C3D4E5", "Holdout Corp")).await;
    let listed = app
        .client
        .get("/api/v1/moderation/proposals")
        .header(Header::new(
            "Authorization",
            format!("Bearer {}", ana.token),
        ))
        .dispatch()
        .await;
    assert_eq!(
        listed.status(),
        Status::Forbidden,
        "organizers do not moderate"
    );
    assert_eq!(
        decide(&app, &ana.token, &first, "confirm").await,
        Status::Forbidden
    );
    let pending: Value = app
        .client
        .get("/api/v1/moderation/proposals")
        .header(Header::new("Authorization", format!("Bearer {}", mo.token)))
        .dispatch()
        .await
        .into_json()
        .await
        .unwrap();
    assert_eq!(pending[0]["id"], json!(first));
    assert_eq!(pending[0]["status"], "pending");
    assert_eq!(decide(&app, &mo.token, &first, "confirm").await, Status::Ok);
    assert_eq!(
        decide(&app, &mo.token, &first, "reject").await,
        Status::UnprocessableEntity,
        "decided once"
    );
    holdout_corp(&app, &mo.token).await;
    app.settle().await;

    let company: Value = app.get_json("/api/v1/companies/holdout-corp").await;
    assert_eq!(company["company"], "holdout-corp");
    assert_eq!(company["name"], "Holdout Corp");
    assert_eq!(company["based_in"], "DE");
    assert_eq!(company["accounts"].as_array().unwrap().len(), 2);
    assert_eq!(company["accounts"][0]["name"], "Acme Surveys");
    assert_eq!(company["all"]["ratings"], 3);
    assert_eq!(
        company["all"]["hourly_pay_usd"],
        json!({ "median": 4.0, "p25": 3.5, "p75": 5.0 })
    );
    // One of three unpaid, published to four decimals.
    assert_eq!(company["all"]["unpaid_rate"], json!(0.3333));
    for field in ["last_90_days", "grievances", "active_strikes", "updated"] {
        assert!(company.get(field).is_some(), "{field}");
    }

    let card: Value = app.get_json("/api/v1/requesters/mturk/A1B2C3D4E5").await;
    assert_eq!(
        card["company"],
        json!({ "company": "holdout-corp", "name": "Holdout Corp", "based_in": "DE" })
    );
    assert_eq!(
        card["all"]["ratings"], 2,
        "the requester's own figures are unchanged"
    );
    let other: Value = app.get_json("/api/v1/requesters/toloka/OTHER").await;
    assert!(other.get("company").is_none());
    let mturk: Value = app.get_json("/api/v1/platforms/mturk").await;
    assert_eq!(mturk["company"]["company"], "amazon-com-inc");
    assert_eq!(mturk["company"]["based_in"], "US");

    let list: Value = app.get_json("/api/v1/companies").await;
    let slugs: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["company"].as_str())
        .collect();
    assert!(slugs.contains(&"holdout-corp") && slugs.contains(&"clickworker-gmbh"));
    assert!(app.get_html("/companies").await.contains("Holdout Corp"));
    let page = app.get_html("/companies/holdout-corp").await;
    assert!(page.contains("Acme Surveys") && page.contains("T-77"));
    assert!(app
        .get_html("/requesters/mturk/A1B2C3D4E5")
        .await
        .contains("/companies/holdout-corp"));
    assert_eq!(app.count("moderation_log").await, 4);

    // New ratings of an account reach the company's figures too.
    rate(&app, "toloka", "T-77", 10.0, 60, "yes").await;
    app.settle().await;
    let company: Value = app.get_json("/api/v1/companies/holdout-corp").await;
    assert_eq!(company["all"]["ratings"], 4);
    assert_eq!(company["all"]["hourly_pay_usd"]["median"], json!(5.0));

    // A rebuild computes the same company card, and names the company on
    // its accounts' and its platforms' cards as the incremental path does.
    let incremental = app.scorecard_documents().await;
    crate::scorecards::rebuild_all(&app.db, 5, |_, _| {})
        .await
        .unwrap();
    let rebuilt = app.scorecard_documents().await;
    for key in [
        "company:holdout-corp",
        "requester:mturk:A1B2C3D4E5",
        "requester:toloka:T-77",
        "requester:toloka:OTHER",
        "platform:mturk",
        "platform:toloka",
    ] {
        assert_eq!(incremental.get(key), rebuilt.get(key), "{key}");
        assert!(rebuilt.contains_key(key), "{key}");
    }
}

#[rocket::async_test]
async fn a_rejected_proposal_changes_nothing() {
    let app = TestApp::new().await;
    rate(&app, "mturk", "A1B2C3D4E5", 1.5, 30, "yes").await;
    app.settle().await;
    let mo = app.organizer("mo@union.example", "", "moderator").await;
    let id = propose(&app, account("mturk", "A1B2C3D4E5", "Rumour Ltd")).await;
    assert_eq!(decide(&app, &mo.token, &id, "reject").await, Status::Ok);
    app.settle().await;
    let missing = app
        .client
        .get("/api/v1/companies/rumour-ltd")
        .dispatch()
        .await;
    assert_eq!(missing.status(), Status::NotFound);
    let card: Value = app.get_json("/api/v1/requesters/mturk/A1B2C3D4E5").await;
    assert!(card.get("company").is_none());
    assert_eq!(app.count("moderation_log").await, 1);
}

#[rocket::async_test]
async fn proposals_are_parsed_redacted_and_store_nothing_identifying() {
    let app = TestApp::new().await;
    let bad = app
        .post_json(
            "/api/v1/companies/proposals",
            &json!({ "platform": "nowhere", "requester_id": "a/b", "company": "", "based_in": "DE", "evidence": "x", "colour": 1 }),
        )
        .await;
    assert_eq!(bad.status(), Status::UnprocessableEntity);
    let body: Value = bad.into_json().await.unwrap();
    for field in ["company", "based_in", "evidence", "colour"] {
        assert!(body["errors"][field][0].is_string(), "{field}: {body}");
    }
    let neither = app
        .post_json(
            "/api/v1/companies/proposals",
            &json!({ "company": "Holdout Corp", "evidence": "Long enough evidence here." }),
        )
        .await;
    assert_eq!(neither.status(), Status::UnprocessableEntity);

    let mut body = account("mturk", "A1B2C3D4E5", "Holdout Corp");
    body["evidence"] = json!("Ask jane.doe@example.org, she saw the **contract**.");
    let filed: Value = app
        .post_json("/api/v1/companies/proposals", &body)
        .await
        .into_json()
        .await
        .unwrap();
    assert_eq!(filed["company"], "holdout-corp");
    assert_eq!(filed["redacted"], json!(["email"]));
    let stored = app
        .every_document()
        .await
        .into_iter()
        .find(|(collection, _)| collection == "company_proposals")
        .unwrap()
        .1;
    let evidence = stored.get_str("evidence").unwrap();
    assert!(evidence.contains("[email removed]") && !evidence.contains("jane"));
    let keys: Vec<&str> = stored.keys().map(String::as_str).collect();
    for key in keys {
        assert!(
            [
                "_id",
                "company",
                "company_name",
                "claim",
                "evidence",
                "from_rating",
                "status",
                "day",
                "receipt_hash"
            ]
            .contains(&key),
            "unexpected field {key}"
        );
    }
    assert_eq!(stored.get_str("day").unwrap(), Day::today().to_string());

    // The form comes back with its messages and the text as typed.
    let form = app
        .post_form(
            "/companies/proposals",
            &[
                ("company", "Holdout Corp"),
                ("platform", "mturk"),
                ("evidence", "too short"),
            ],
        )
        .await;
    assert_eq!(form.status(), Status::UnprocessableEntity);
    let html = form.into_string().await.unwrap();
    assert!(html.contains("too short") && html.contains("Holdout Corp"));
    let sent = app
        .post_form(
            "/companies/proposals",
            &[
                ("company", "Holdout Corp"),
                ("based_in", "DE"),
                ("evidence", "Imprint names Berlin as its seat."),
            ],
        )
        .await;
    assert_eq!(sent.status(), Status::Ok);
    assert!(sent.into_string().await.unwrap().contains("receipt-code"));
}

#[rocket::async_test]
async fn an_end_client_named_in_many_ratings_makes_one_proposal() {
    let app = TestApp::new().await;
    let platform = crate::domain::PlatformSlug::parse("mturk").unwrap();
    let id = crate::domain::RequesterId::parse("A1B2C3D4E5").unwrap();
    for name in ["Holdout Corp", "holdout corp.", "Holdout  Corp"] {
        super::propose_link_from_rating(&app.db, &platform, &id, name)
            .await
            .unwrap();
    }
    assert!(
        !super::propose_link_from_rating(&app.db, &platform, &id, "!!!")
            .await
            .unwrap()
    );
    assert_eq!(app.count("company_proposals").await, 1);
    let mo = app.organizer("mo@union.example", "", "moderator").await;
    let pending: Value = app
        .client
        .get("/api/v1/moderation/proposals")
        .header(Header::new("Authorization", format!("Bearer {}", mo.token)))
        .dispatch()
        .await
        .into_json()
        .await
        .unwrap();
    assert_eq!(pending[0]["from_rating"], true);
    assert_eq!(pending[0]["evidence"], "named by a worker in a rating");
    let proposal = pending[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        decide(&app, &mo.token, &proposal, "confirm").await,
        Status::Ok
    );
    // Once confirmed, naming it again proposes nothing.
    super::propose_link_from_rating(&app.db, &platform, &id, "Holdout Corp")
        .await
        .unwrap();
    assert_eq!(app.count("company_proposals").await, 1);
}

#[rocket::async_test]
async fn a_strike_against_a_requester_of_a_company_based_in_de_alerts_de_for_pressure() {
    let app = TestApp::new().await;
    rate(&app, "mturk", "A1B2C3D4E5", 1.5, 30, "yes").await;
    app.settle().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let call = |requester: &str| {
        json!({
            "title": "No surveys under minimum wage",
            "demands": "Pay at least the **minimum wage** of the worker's country.",
            "platform": "mturk", "requester_ids": requester, "called_in": "PH",
            "starts_on": Day::today().to_string(),
        })
    };
    // Called before the company is known: the alert follows the confirmation.
    let early: Value = app
        .post_json_as(&ana.token, "/api/v1/strikes", &call("A1B2C3D4E5"))
        .await
        .into_json()
        .await
        .unwrap();
    assert_eq!(early["pressure_in"], json!([]));
    let mo = app.organizer("mo@union.example", "", "moderator").await;
    holdout_corp(&app, &mo.token).await;
    app.app().forget_cached_views();
    let early: Value = app
        .get_json(&format!(
            "/api/v1/strikes/{}",
            early["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(early["pressure_in"], json!(["DE"]));

    let strike: Value = app
        .post_json_as(&ana.token, "/api/v1/strikes", &call("T-77,A1B2C3D4E5"))
        .await
        .into_json()
        .await
        .unwrap();
    assert_eq!(strike["pressure_in"], json!(["DE"]));
    assert!(!strike["solidarity_in"]
        .as_array()
        .unwrap()
        .contains(&json!("DE")));
    let channel: Value = app.get_json("/api/v1/channels/DE").await;
    let alerted: Vec<&Value> = channel["pressure_alerts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["strike_id"])
        .collect();
    assert!(alerted.contains(&&strike["id"]));
    assert_eq!(
        channel["solidarity_alerts"],
        json!([]),
        "pressure is not solidarity"
    );
    // The German channel speaks German to a reader who asks for nothing.
    let page = app.get_html("/channels/DE").await;
    assert!(page.contains("Auftraggeber mit Sitz hier"));
    // A whole-platform strike puts pressure where the platform's operator is.
    let mut whole = call("");
    whole["requester_ids"] = json!([]);
    let whole: Value = app
        .post_json_as(&ana.token, "/api/v1/strikes", &whole)
        .await
        .into_json()
        .await
        .unwrap();
    assert_eq!(whole["pressure_in"], json!(["US"]));
    app.settle().await;
    let company: Value = app.get_json("/api/v1/companies/holdout-corp").await;
    assert_eq!(company["active_strikes"].as_array().unwrap().len(), 3);
}
