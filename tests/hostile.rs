//! Hostile input through every free-text field: nothing executes or leaks
//! into HTML, query operators never reach a query as operators, and every
//! input is either stored safely or refused with a clear error (never a 500).

use rocket::http::Status;
use serde_json::{json, Value};

use clickline::testing::{sample_grievance, sample_rating, TestApp};

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<iframe src=\"https://evil.example\"></iframe>",
    "![tracker](https://evil.example/pixel.png)",
    "<style>body{display:none}</style>",
    "\u{202E}gnp.exe \u{200B}zero\u{200D}width",
    "$where: function() { return true }",
    "{\"$gt\": \"\"}",
];

/// What must never appear in a page built from hostile input: live markup
/// (escaped text showing the same characters is harmless).
fn assert_inert(html: &str, context: &str) {
    let lower = html.to_lowercase();
    for bad in [
        "<script>alert",
        "<img src=x",
        "onerror=alert",
        "href=\"javascript:",
        "<iframe",
        "src=\"https://evil.example",
        "<style>body",
    ] {
        assert!(!lower.contains(bad), "{context}: page contains {bad}");
    }
}

#[rocket::async_test]
async fn hostile_text_in_ratings_and_grievances_is_stored_inert_or_refused() {
    let app = TestApp::new().await;
    for (index, payload) in PAYLOADS.iter().enumerate() {
        let mut rating = sample_rating();
        rating["comment"] = json!(payload);
        rating["requester_name"] = json!(payload);
        let response = app.post_json("/api/v1/ratings", &rating).await;
        assert_eq!(
            response.status(),
            Status::Created,
            "rating with {payload:?}"
        );
        let body: Value = response.into_json().await.unwrap();
        let id = body["id"].as_str().unwrap();
        assert_inert(&app.get_html(&format!("/reports/{id}")).await, payload);

        let mut grievance = sample_grievance();
        grievance["description"] = json!(format!("{payload} and the work was never paid at all."));
        grievance["desired_outcome"] = json!(payload);
        let response = app.post_json("/api/v1/grievances", &grievance).await;
        assert_eq!(
            response.status(),
            Status::Created,
            "grievance with {payload:?}"
        );
        let body: Value = response.into_json().await.unwrap();
        assert_inert(
            &app.get_html(&format!("/reports/{}", body["id"].as_str().unwrap()))
                .await,
            payload,
        );

        // Forms too: the re-rendered form after an error escapes what it shows.
        let minutes = format!("{index}0000");
        let form = app
            .post_form(
                "/rate",
                &[
                    ("platform", "mturk"),
                    ("requester_id", "A1B2C3D4E5"),
                    ("comment", payload),
                    ("minutes", &minutes),
                ],
            )
            .await;
        assert_eq!(form.status(), Status::UnprocessableEntity);
        assert_inert(&form.into_string().await.unwrap(), payload);
    }
    app.settle().await;
    assert_inert(
        &app.get_html("/requesters/mturk/A1B2C3D4E5").await,
        "requester page",
    );
    assert_inert(
        &app.get_html("/platforms/clickworker").await,
        "platform page",
    );
}

#[rocket::async_test]
async fn query_operators_are_refused_in_every_field() {
    let app = TestApp::new().await;
    let operator = json!({ "$gt": "" });
    let fields = [
        "platform",
        "requester_id",
        "requester_name",
        "country",
        "task_type",
        "minutes",
        "paid",
        "comment",
        "recommend",
    ];
    for field in fields {
        let mut rating = sample_rating();
        rating[field] = operator.clone();
        let response = app.post_json("/api/v1/ratings", &rating).await;
        assert_eq!(response.status(), Status::UnprocessableEntity, "{field}");
        let body: Value = response.into_json().await.unwrap();
        assert!(body["errors"][field][0].is_string(), "{field}: {body}");
    }
    let mut rating = sample_rating();
    rating["pay"] = json!({ "amount": { "$ne": null }, "currency": "USD" });
    assert_eq!(
        app.post_json("/api/v1/ratings", &rating).await.status(),
        Status::UnprocessableEntity
    );
    assert_eq!(app.count("reports").await, 0);

    // Operator-shaped text is only text: it finds nothing and breaks nothing.
    for query in ["{\"$gt\": \"\"}", "$where", ".*", "(a+)+$", "\\"] {
        let encoded: String = form_urlencoded::byte_serialize(query.as_bytes()).collect();
        let response = app.client.get(format!("/?q={encoded}")).dispatch().await;
        assert_eq!(response.status(), Status::Ok, "search {query:?}");
    }
    let ids = app
        .client
        .get("/api/v1/requesters?platform=mturk&ids=%7B%22%24gt%22%3A%22%22%7D")
        .dispatch()
        .await;
    assert_eq!(ids.status(), Status::Ok);
    assert_eq!(ids.into_string().await.unwrap(), "[]");
}

#[rocket::async_test]
async fn oversized_and_malformed_bodies_are_refused_cleanly() {
    let app = TestApp::new().await;
    let mut rating = sample_rating();
    rating["comment"] = json!("W".repeat(5001));
    let response = app.post_json("/api/v1/ratings", &rating).await;
    assert_eq!(response.status(), Status::UnprocessableEntity);
    let huge = "x".repeat(200_000);
    let form = app.post_form("/report", &[("description", &huge)]).await;
    assert_eq!(form.status(), Status::PayloadTooLarge);
    assert!(form.into_string().await.unwrap().contains("too large"));
    for body in ["", "{", "null", "\"text\"", "{\"country\": [1, 2]}"] {
        let response = app
            .client
            .post("/api/v1/grievances")
            .header(rocket::http::ContentType::JSON)
            .body(body)
            .dispatch()
            .await;
        assert_eq!(
            response.status(),
            Status::UnprocessableEntity,
            "body {body:?}"
        );
    }
    assert_eq!(app.count("reports").await, 0);
}

#[rocket::async_test]
async fn hostile_text_in_flags_undercuts_strikes_and_announcements_is_inert() {
    let app = TestApp::new().await;
    let (report, _) = app.file_rating().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    app.login(&ana).await;
    let csrf = app.csrf().await;
    let today = clickline::domain::Day::today().to_string();
    for payload in PAYLOADS {
        let flag = app
            .post_json(
                &format!("/api/v1/reports/{report}/flags"),
                &json!({ "reason": "other", "note": payload }),
            )
            .await;
        assert_eq!(flag.status(), Status::Created, "flag note {payload:?}");

        let title = format!("Strike {payload}");
        let demands = format!("Demands: {payload} and fair pay for all.");
        let strike = app
            .post_json_as(&ana.token, "/api/v1/strikes", &json!({
                "title": title, "demands": demands, "platform": "mturk", "called_in": "PH", "starts_on": today,
            }))
            .await;
        assert_eq!(strike.status(), Status::Created, "strike with {payload:?}");
        let strike: Value = strike.into_json().await.unwrap();
        let id = strike["id"].as_str().unwrap();
        let undercut = app
            .post_json(
                &format!("/api/v1/strikes/{id}/undercuts"),
                &json!({ "country": "ID", "note": payload }),
            )
            .await;
        assert_eq!(
            undercut.status(),
            Status::Created,
            "undercut note {payload:?}"
        );
        assert_inert(&app.get_html(&format!("/strikes/{id}")).await, payload);

        let posted = app
            .post_form(
                "/channels/PH/announcements",
                &[("csrf", &csrf), ("body", payload)],
            )
            .await;
        assert_eq!(
            posted.status(),
            Status::SeeOther,
            "announcement {payload:?}"
        );
    }
    app.client
        .rocket()
        .state::<clickline::App>()
        .unwrap()
        .forget_cached_views();
    assert_inert(&app.get_html("/channels/PH").await, "channel page");
    assert_inert(&app.get_html("/strikes").await, "strikes page");
    assert_inert(
        &app.get_html(&format!("/reports/{report}")).await,
        "flagged report",
    );
    let feed = app.get_html("/channels/PH.atom").await;
    assert!(!feed.contains("<script"), "the feed escapes its content");
    let moderator = app.second_instance().await;
    let mo = moderator
        .organizer("mo@union.example", "", "moderator")
        .await;
    moderator.login(&mo).await;
    assert_inert(
        &moderator.get_html("/organize/moderation").await,
        "moderation queue",
    );
}

/// Control characters XML forbids, in a strike's title and an
/// announcement, would make both Atom feeds unreadable for every reader; a
/// NUL in a comment would be stored. They are dropped when text arrives.
#[rocket::async_test]
async fn characters_xml_forbids_never_reach_a_feed_or_the_database() {
    let app = TestApp::new().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    app.login(&ana).await;
    let csrf = app.csrf().await;
    let today = clickline::domain::Day::today().to_string();
    let strike = json!({
        "title": "Stop\u{1} the\u{0} rejections\u{FFFF}", "demands": "Pay\u{8} every task\u{1B} in full.",
        "platform": "mturk", "called_in": "PH", "starts_on": today,
    });
    let created = app
        .post_json_as(&ana.token, "/api/v1/strikes", &strike)
        .await;
    assert_eq!(created.status(), Status::Created);
    let created: Value = created.into_json().await.unwrap();
    assert_eq!(created["title"], "Stop the rejections");
    let body = "Tomorrow\u{1}: log off\u{C} at noon.\nPass it on.";
    let posted = app
        .post_form(
            "/channels/PH/announcements",
            &[("csrf", &csrf), ("body", body)],
        )
        .await;
    assert_eq!(posted.status(), Status::SeeOther);
    let mut rating = sample_rating();
    rating["comment"] = json!("Rejected\u{0} without a reason.");
    let filed = app.post_json("/api/v1/ratings", &rating).await;
    assert_eq!(filed.status(), Status::Created);
    let stored = app
        .app()
        .db
        .raw()
        .collection::<mongodb::bson::Document>("reports")
        .find_one(mongodb::bson::doc! {})
        .await
        .unwrap()
        .expect("the rating");
    let rating = stored.get_document("rating").expect("its rating");
    assert_eq!(rating.get_str("comment"), Ok("Rejected without a reason."));
    app.app().forget_cached_views();
    for feed in ["/strikes.atom", "/channels/PH.atom"] {
        let xml = app.get_html(feed).await;
        let parsed = roxmltree::Document::parse(&xml);
        assert!(parsed.is_ok(), "{feed} is XML: {:?}", parsed.err());
    }
    let feed = app.get_html("/channels/PH.atom").await;
    assert!(feed.contains("log off at noon."), "the text itself is kept");
}

#[rocket::async_test]
async fn names_shown_in_lists_carry_no_direction_overrides() {
    let app = TestApp::new().await;
    let mut rating = sample_rating();
    rating["requester_name"] = json!("Acme\u{202E}gnp.exe");
    assert_eq!(
        app.post_json("/api/v1/ratings", &rating).await.status(),
        Status::Created
    );
    app.settle().await;
    let html = app.get_html("/requesters/mturk/A1B2C3D4E5").await;
    assert!(html.contains("Acmegnp.exe"));
    assert!(!html.contains('\u{202E}'));
}

#[rocket::async_test]
async fn no_query_parameter_answers_500_and_pages_past_the_end_are_404() {
    let app = TestApp::new().await;
    app.post_json("/api/v1/ratings", &sample_rating()).await;
    app.settle().await;
    let mut long = String::from("/?q=");
    long.push_str(&"a%00".repeat(500));
    let urls = [
        "/?q=%00",
        "/?q=%00%01%1F",
        "/?q=%E2%80%AE",
        "/?q=.*(",
        long.as_str(),
        "/platforms/mturk?page=18446744073709551615",
        "/platforms/mturk?before=abc",
        "/platforms/mturk?before=9999-99-99.aaaaaaaaaaaaa",
        "/platforms/mturk?before=2026-01-01.%00",
        "/platforms/mturk?before=-1",
        "/platforms/mturk?before=-262143-01-01.aaaaaaaaaaaaa",
        "/platforms/mturk?before=9999-12-31.aaaaaaaaaaaaa",
        "/requesters/mturk/A1B2C3D4E5?before=%E2%80%AE",
        "/api/v1/requesters?platform=mturk&ids=%00",
        "/api/v1/requesters?platform=%00&ids=A",
        "/api/v1/requesters?platform=mturk&ids=A&fields=%00",
        "/api/v1/requesters?platform=mturk&ids=A&fields=all.,.,..,all..ratings",
        "/api/v1/requesters?platform=mturk&ids=A&fields=all.ratings.x,__proto__",
        "/api/v1/requesters?platform=mturk&ids=A&fields=%E2%80%AE",
        "/turkopticon/v2/requesters?rids=A&fields[requesters]=%00",
        "/channels/%00",
        "/strikes/%00",
        "/reports/%00",
    ];
    for url in urls {
        let response = app.client.get(url).dispatch().await;
        assert!(
            response.status().code < 500,
            "{url} answered {}",
            response.status()
        );
    }
    let past_the_end = app
        .client
        .get("/requesters/mturk/A1B2C3D4E5?before=1970-01-01.aaaaaaaaaaaaa")
        .dispatch()
        .await;
    assert_eq!(past_the_end.status(), Status::NotFound);
    let first = app
        .client
        .get("/requesters/mturk/A1B2C3D4E5?page=3")
        .dispatch()
        .await;
    assert_eq!(first.status(), Status::Ok);
}

#[rocket::async_test]
async fn bulk_lookups_of_random_ids_cannot_flush_the_scorecards_people_read() {
    let app = TestApp::new().await;
    app.post_json("/api/v1/ratings", &sample_rating()).await;
    app.settle().await;
    // Cached entries live long once the change stream runs.
    while app.app().scorecards.ttl() != clickline::scorecards::WATCHED_TTL {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // The change signal evicts what `settle` wrote once more a moment
    // later (its second sweep): let it pass before reading.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let known = app.get_json("/api/v1/requesters/mturk/A1B2C3D4E5").await;
    assert_eq!(known["requester_id"], "A1B2C3D4E5");
    for batch in 0..120 {
        let ids: Vec<String> = (0..100).map(|i| format!("RANDOM{batch}X{i}")).collect();
        let path = format!("/api/v1/requesters?platform=mturk&ids={}", ids.join(","));
        let response = app.client.get(path).dispatch().await;
        assert_eq!(response.status(), Status::Ok);
    }
    let (cards, misses) = app.app().scorecards.sizes();
    assert!(misses <= 10_000, "{misses} misses held: they are bounded");
    assert!(cards >= 1, "the scorecard read before is still cached");
    assert!(app
        .app()
        .scorecards
        .get("requester:mturk:A1B2C3D4E5")
        .flatten()
        .is_some());
}

#[rocket::async_test]
async fn hostile_text_in_data_request_campaigns_and_letters_is_inert() {
    let app = TestApp::new().await;
    let ana = app.organizer("ana@union.example", "DE", "organizer").await;
    for payload in PAYLOADS {
        let campaign = app
            .post_json_as(
                &ana.token,
                "/api/v1/data-requests",
                &json!({
                    "platform": "clickworker", "title": format!("Campaign {payload}"),
                    "categories": ["ratings"], "countries": ["DE"],
                    "explanation": format!("Explanation: {payload} and the data behind it."),
                }),
            )
            .await;
        assert_eq!(
            campaign.status(),
            Status::Created,
            "campaign with {payload:?}"
        );
        let campaign: Value = campaign.into_json().await.unwrap();
        let id = campaign["id"].as_str().unwrap();
        assert_inert(
            &app.get_html(&format!("/data-requests/{id}")).await,
            payload,
        );
        let letter = app
            .post_form(
                &format!("/data-requests/{id}/letter"),
                &[
                    ("country", "DE"),
                    ("name", payload),
                    ("email", "rosa@example.org"),
                    ("worker_id", payload),
                ],
            )
            .await;
        assert!(
            letter.status() == Status::Ok || letter.status() == Status::UnprocessableEntity,
            "letter with {payload:?}: {}",
            letter.status()
        );
        assert_inert(&letter.into_string().await.unwrap(), payload);
        let feed = app
            .get_html(&format!("/data-requests/{id}/feed.atom"))
            .await;
        assert!(!feed.contains("<script"), "the feed escapes its content");
    }
    assert_inert(&app.get_html("/data-requests").await, "campaign list");
}
