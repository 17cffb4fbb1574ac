//! The Turkopticon-compatible API checked through HTTP against values worked
//! out by hand, and against the raw queries real TO clients send.

use rocket::http::{ContentType, Header, Status};
use serde_json::{json, Value};

use crate::testing::TestApp;

/// A rating of mturk/A1TO (USD, from the US).
fn rating(pay: f64, minutes: u32, paid: &str, rejected: &str, communication: &str) -> Value {
    json!({
        "platform": "mturk", "requester_id": "A1TO", "requester_name": "Lab <One> & Co",
        "country": "US", "task_type": "survey",
        "pay": { "amount": pay, "currency": "USD" }, "minutes": minutes,
        "paid": paid, "rejected": rejected, "communication": communication,
        "recommend": false,
    })
}

/// Five ratings; each figure below is worked out from this table:
///
/// | pay  | min | paid    | days | rejected | comm         | rec | tos | broken |
/// | 1.50 | 30  | yes     | 2    | none     | responsive   | yes |     |        |
/// | 3.00 | 60  | yes     | 4    | some     | responsive   | yes |     |        |
/// | 0.50 | 15  | no      |      | all      | unresponsive |     | yes |        |
/// | 2.00 | 45  | pending |      | none     | not_tried    |     |     | yes    |
/// | 1.00 | 10  | yes     | 3    | none     | responsive   | yes |     |        |
async fn five_ratings(app: &TestApp) {
    let mut ratings = [
        rating(1.5, 30, "yes", "none", "responsive"),
        rating(3.0, 60, "yes", "some", "responsive"),
        rating(0.5, 15, "no", "all", "unresponsive"),
        rating(2.0, 45, "pending", "none", "not_tried"),
        rating(1.0, 10, "yes", "none", "responsive"),
    ];
    for (i, days) in [(0, 2), (1, 4), (4, 3)] {
        ratings[i]["days_to_payment"] = json!(days);
    }
    for i in [0, 1, 4] {
        ratings[i]["recommend"] = json!(true);
    }
    ratings[2]["tos_violation"] = json!(true);
    ratings[3]["broken"] = json!(true);
    for rating in &ratings {
        let response = app.post_json("/api/v1/ratings", rating).await;
        assert_eq!(response.status(), Status::Created);
    }
    app.settle().await;
}

/// Sums: pay 1.5 + 3 + 0.5 + 2 + 1 = 8 USD; minutes 160, so 9600 seconds;
/// days to payment (2 + 4 + 3) / 3 = 3 days = 259200 s; 3 of 4 who tried
/// got an answer; 3 recommend; 2 saw rejections; 1 ToS flag; 1 broken.
fn expected_window() -> Value {
    json!({
        "reward": [8.0, 9600, 5],
        "pending": 259200.0,
        "comm": [3, 4, 5],
        "recommend": [3, 5, 5],
        "rejected": [2, 5, 5],
        "tos": [1, 5],
        "broken": [1, 5],
    })
}

async fn get(app: &TestApp, path: &str, accept: Option<&str>) -> (Status, String, String) {
    let mut request = app.client.get(path.to_owned());
    if let Some(accept) = accept {
        request = request.header(Header::new("Accept", accept.to_owned()));
    }
    let response = request.dispatch().await;
    let status = response.status();
    let content_type = response
        .headers()
        .get_one("Content-Type")
        .unwrap_or("")
        .to_owned();
    (
        status,
        content_type,
        response.into_string().await.unwrap_or_default(),
    )
}

#[rocket::async_test]
async fn to2_aggregates_match_hand_computed_values_with_unencoded_brackets() {
    let app = TestApp::new().await;
    five_ratings(&app).await;
    let (status, content_type, body) = get(
        &app,
        "/turkopticon/v2/requesters?rids=A1TO,A9UNKNOWN&fields[requesters]=rid,aggregates",
        Some("application/vnd.turkopticon.v2+json"),
    )
    .await;
    assert_eq!(status, Status::Ok, "{body}");
    assert_eq!(content_type, "application/vnd.turkopticon.v2+json");
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["status"], 200);
    let data = body["data"].as_array().unwrap();
    assert_eq!(data.len(), 1, "the unknown id is left out");
    assert_eq!(data[0]["type"], "requesters");
    assert_eq!(data[0]["id"], "A1TO");
    let attributes = data[0]["attributes"].as_object().unwrap();
    assert_eq!(
        attributes.keys().collect::<Vec<_>>(),
        ["rid", "aggregates"],
        "only the fields asked for"
    );
    assert_eq!(attributes["aggregates"]["all"], expected_window());
    assert_eq!(attributes["aggregates"]["recent"], expected_window());
}

#[rocket::async_test]
async fn to2_one_requester_and_errors_in_the_to2_shape() {
    let app = TestApp::new().await;
    five_ratings(&app).await;
    let (status, content_type, body) = get(&app, "/turkopticon/v2/requesters/A1TO", None).await;
    assert_eq!(status, Status::Ok);
    assert_eq!(content_type, "application/json");
    let one: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(one["status"], 200);
    assert_eq!(one["data"]["attributes"]["name"], "Lab <One> & Co");
    assert_eq!(one["data"]["attributes"]["aliases"], json!([]));
    assert_eq!(
        one["data"]["attributes"]["aggregates"]["all"],
        expected_window()
    );

    let (status, _, body) = get(&app, "/turkopticon/v2/requesters/A9UNKNOWN", None).await;
    assert_eq!(status, Status::NotFound);
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["status"], 404);
    assert_eq!(body["errors"][0]["status"], "404");
    assert_eq!(body["errors"][0]["title"], "Not Found");

    for path in [
        "/turkopticon/v2/requesters",
        "/turkopticon/v2/requesters?rids=,",
    ] {
        let (status, _, body) = get(&app, path, None).await;
        assert_eq!(status, Status::BadRequest, "{path}");
        let body: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(body["status"], 400);
        let error = &body["errors"][0];
        assert_eq!(
            (&error["status"], &error["title"]),
            (&json!("400"), &json!("Bad Request"))
        );
        assert!(error["detail"].as_str().unwrap().contains("rids"));
        assert_eq!(body.as_object().unwrap().len(), 2, "errors and status only");
    }
}

#[rocket::async_test]
async fn to2_answers_json_whatever_the_accept_header() {
    let app = TestApp::new().await;
    five_ratings(&app).await;
    let path = "/turkopticon/v2/requesters?rids=A1TO";
    for accept in [
        "application/vnd.turkopticon.v2+json",
        "application/json",
        "application/json, text/javascript, */*; q=0.01",
        "*/*",
        "application/vnd.api+json",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    ] {
        let (status, _, body) = get(&app, path, Some(accept)).await;
        assert_eq!(status, Status::Ok, "{accept}");
        let body: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(body["data"][0]["id"], "A1TO", "{accept}");
    }
    // Someone opening the address in a browser that asks only for HTML
    // gets the JSON, or TO2's 400 and 404, never a 406.
    for (path, code) in [
        (path, 200),
        ("/turkopticon/v2/requesters", 400),
        ("/turkopticon/v2/requesters/A1TO", 200),
        ("/turkopticon/v2/requesters/A9NOBODY", 404),
    ] {
        let (status, content_type, body) = get(&app, path, Some("text/html")).await;
        assert_eq!(status.code, code, "{path}");
        assert!(
            content_type.starts_with("application/json"),
            "{path}: {content_type}"
        );
        let body: Value = serde_json::from_str(&body).unwrap();
        if code != 200 {
            assert_eq!(body["errors"][0]["status"], code.to_string(), "{path}");
        }
    }
}

#[rocket::async_test]
async fn to1_keys_every_id_escapes_markup_and_gives_star_areas() {
    let app = TestApp::new().await;
    five_ratings(&app).await;
    let response = app
        .client
        .get("/turkopticon/api/multi-attrs.php?ids=A1TO,A9UNKNOWN")
        .dispatch()
        .await;
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(response.content_type(), Some(ContentType::Plain));
    assert_eq!(
        response.headers().get_one("Access-Control-Allow-Origin"),
        Some("*")
    );
    let text = response.into_string().await.unwrap();
    assert!(text.contains(r"Lab \u003cOne\u003e \u0026 Co"), "{text}");
    assert!(!text.contains(['<', '>', '&']), "{text}");
    let body: Value = serde_json::from_str(&text).unwrap();
    // Stars (see /methodology): every hourly pay is under the US minimum
    // of 7.25, so pay 1 + 4 × 0 = 1; 1 of the 4 settled ratings unpaid,
    // so fast 1 + 4 × 0.75 = 4; 2 of 5 rejected, so fair 1 + 4 × 0.6 = 3.4,
    // in half stars 3.5; 3 of 4 answered, so comm 1 + 4 × 0.75 = 4.
    assert_eq!(
        body,
        json!({
            "A1TO": {
                "name": "Lab <One> & Co",
                "attrs": { "comm": "4.00", "pay": "1.00", "fair": "3.50", "fast": "4.00" },
                "reviews": 5,
                "tos_flags": 1,
            },
            "A9UNKNOWN": "",
        })
    );
    let (status, _, body) = get(&app, "/turkopticon/api/multi-attrs.php", None).await;
    assert_eq!((status, body.as_str()), (Status::Ok, "{}"));
}

#[rocket::async_test]
async fn too_few_ratings_give_no_stars_as_zero_strings() {
    let app = TestApp::new().await;
    let response = app
        .post_json(
            "/api/v1/ratings",
            &rating(1.0, 10, "yes", "none", "responsive"),
        )
        .await;
    assert_eq!(response.status(), Status::Created);
    app.settle().await;
    let body = app
        .get_json("/turkopticon/api/multi-attrs.php?ids=A1TO")
        .await;
    assert_eq!(
        body["A1TO"]["attrs"],
        json!({ "comm": "0.00", "pay": "0.00", "fair": "0.00", "fast": "0.00" })
    );
    assert_eq!(body["A1TO"]["reviews"], 1);
}

#[rocket::async_test]
async fn hostile_queries_never_cause_a_server_error() {
    let app = TestApp::new().await;
    let many = (0..150)
        .map(|i| format!("A{i}"))
        .collect::<Vec<_>>()
        .join(",");
    let long = "A".repeat(5000);
    let paths = [
        "/turkopticon/v2/requesters?rids=%ZZ".to_owned(),
        "/turkopticon/v2/requesters?rids[]=A1&rids[]=A2".to_owned(),
        "/turkopticon/v2/requesters?rids=A1&fields[requesters]]=[x".to_owned(),
        "/turkopticon/v2/requesters?rids=A1&fields%5Brequesters%5D=name".to_owned(),
        format!("/turkopticon/v2/requesters?rids={many}"),
        format!("/turkopticon/v2/requesters?rids={long}"),
        "/turkopticon/v2/requesters/%00".to_owned(),
        "/turkopticon/v2/requesters/a%2Fb".to_owned(),
        format!("/turkopticon/v2/requesters/{long}"),
        "/turkopticon/api/multi-attrs.php?ids=%3Cscript%3E,%E2%80%AE".to_owned(),
        format!("/turkopticon/api/multi-attrs.php?ids={many}"),
        "/turkopticon/api/multi-attrs.php?ids=&ids=A1".to_owned(),
        "/turkopticon/v2/elsewhere".to_owned(),
    ];
    for path in &paths {
        let response = app.client.get(path.as_str()).dispatch().await;
        let status = response.status();
        assert!(status.code < 500, "{path} answered {status}");
    }
}

async fn app_status(app: &TestApp, path: &str) -> Status {
    app.client.get(path.to_owned()).dispatch().await.status()
}

#[rocket::async_test]
async fn odd_but_harmless_queries_get_the_answers_to2_gave() {
    let app = TestApp::new().await;
    let many = (0..150)
        .map(|i| format!("A{i}"))
        .collect::<Vec<_>>()
        .join(",");
    for (path, expected) in [
        (
            format!("/turkopticon/v2/requesters?rids={many}"),
            Status::BadRequest,
        ),
        (
            "/turkopticon/v2/requesters?rids[]=A1".to_owned(),
            Status::BadRequest,
        ),
        (
            "/turkopticon/v2/requesters?rids=A1&fields[requesters]]=[x".to_owned(),
            Status::Ok,
        ),
        ("/turkopticon/v2/requesters?rids=%ZZ".to_owned(), Status::Ok),
        (
            "/turkopticon/v2/requesters/a%2Fb".to_owned(),
            Status::NotFound,
        ),
        (
            format!("/turkopticon/api/multi-attrs.php?ids={many}"),
            Status::BadRequest,
        ),
    ] {
        assert_eq!(app_status(&app, &path).await, expected, "{path}");
    }
}

#[rocket::async_test]
async fn kept_to2_forms_follow_the_card_the_fields_and_the_accept() {
    let app = TestApp::new().await;
    five_ratings(&app).await;
    let path = "/turkopticon/v2/requesters?rids=A1TO&fields[requesters]=rid,aggregates";
    let answer = |accept: &'static str| {
        let request = app.client.get(path).header(Header::new("Accept", accept));
        async move {
            let response = request.dispatch().await;
            let etag = response
                .headers()
                .get_one("ETag")
                .expect("an ETag")
                .to_owned();
            (etag, response.into_string().await.unwrap())
        }
    };
    let (etag, first) = answer("application/json").await;
    let (again, second) = answer("application/json").await;
    assert_eq!((&etag, &first), (&again, &second), "the same answer twice");
    let (to2_etag, to2_body) = answer("application/vnd.turkopticon.v2+json").await;
    assert_eq!(to2_body, first, "the same body under either type");
    assert_ne!(to2_etag, etag, "but its own validator");
    let (_, _, whole) = get(&app, "/turkopticon/v2/requesters?rids=A1TO", None).await;
    assert_ne!(whole, first, "another field set, another form");

    let not_modified = app
        .client
        .get(path)
        .header(Header::new("If-None-Match", etag.clone()))
        .dispatch()
        .await;
    assert_eq!(not_modified.status(), Status::NotModified);

    let response = app
        .post_json(
            "/api/v1/ratings",
            &rating(4.0, 20, "yes", "none", "responsive"),
        )
        .await;
    assert_eq!(response.status(), Status::Created);
    app.settle().await;
    let (changed, body) = answer("application/json").await;
    assert_ne!(changed, etag, "a changed card changes the validator");
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        body["data"][0]["attributes"]["aggregates"]["all"]["reward"],
        json!([12.0, 10800, 6]),
        "the kept form was made again from the new card"
    );
}
