use crate::error::{ErrorResponse, ValidationErrors};
#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::reports::parse::RatingInput;

#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::http::page_cache::KeepsPages;
use rocket::response::status::Created;
use rocket::serde::json::Json;
use rocket::{post, routes, Route, State};

use crate::domain::ReportKind;
use crate::error::Result;
use crate::http::fields::RawFields;
use crate::http::guards::{ClientAddress, IdempotencyKey};
use crate::reports::service::submit;
use crate::reports::views::FiledView;
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![create_rating]
}

/// Files an anonymous rating: 201 `{id, receipt}`, 422 `{errors}`.
#[utoipa::path(post, path = "/api/v1/ratings", tag = "reports", request_body = RatingInput, params(("Idempotency-Key" = Option<String>, Header, description = "16-128 characters; a retry with the same key stores one report")), responses((status = 201, body = FiledView), (status = 409, body = ErrorResponse), (status = 413, body = ErrorResponse), (status = 422, body = ValidationErrors), (status = 429, body = ErrorResponse), (status = 503, body = ErrorResponse)))]
#[post("/ratings", data = "<raw>")]
pub async fn create_rating(
    app: &State<App>,
    raw: RawFields,
    key: IdempotencyKey,
    client: ClientAddress,
    _unpublished: KeepsPages,
) -> Result<Created<Json<FiledView>>> {
    let filed = submit(app, ReportKind::Rating, &raw, key.0.as_deref(), &client).await?;
    let view = FiledView::from(&filed);
    Ok(Created::new(format!("/api/v1/reports/{}", filed.id)).body(Json(view)))
}

#[cfg(test)]
mod tests {
    use rocket::http::{ContentType, Header, Status};
    use serde_json::{json, Value};

    use crate::testing::{sample_rating, TestApp};

    #[rocket::async_test]
    async fn a_rating_is_stored_and_answered_with_a_receipt() {
        let app = TestApp::new().await;
        let response = app.post_json("/api/v1/ratings", &sample_rating()).await;
        assert_eq!(response.status(), Status::Created);
        let body: Value = response.into_json().await.unwrap();
        assert_eq!(body["receipt"].as_str().unwrap().len(), 19);
        let id = body["id"].as_str().unwrap();
        let report: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
        assert_eq!(report["hourly_pay_usd"], json!(3.0));
        assert_eq!(report["requester_name"], "Acme Surveys");
        assert_eq!(report["published"], json!(false));
        assert_eq!(app.count("reports").await, 1);
        // The requester becomes known with the report's batch, not before.
        assert_eq!(app.count("requesters").await, 0);
        app.settle().await;
        assert_eq!(app.count("requesters").await, 1);
    }

    #[rocket::async_test]
    async fn bad_input_is_422_per_field_and_stores_nothing() {
        let app = TestApp::new().await;
        let mut rating = sample_rating();
        rating["minutes"] = json!(0);
        rating["pay"] = json!({ "amount": -1, "currency": "ZZZ" });
        rating["country"] = json!({ "$gt": "" });
        rating["favourite_colour"] = json!("red");
        let response = app.post_json("/api/v1/ratings", &rating).await;
        assert_eq!(response.status(), Status::UnprocessableEntity);
        let body: Value = response.into_json().await.unwrap();
        let errors = body["errors"].as_object().unwrap();
        for field in [
            "minutes",
            "pay.amount",
            "pay.currency",
            "country",
            "favourite_colour",
        ] {
            assert!(errors[field][0].is_string(), "{field}: {body}");
        }
        assert_eq!(app.count("reports").await, 0);
        assert_eq!(app.count("requesters").await, 0);
        assert_eq!(app.count("rate_limits").await, 0);
    }

    #[rocket::async_test]
    async fn a_body_that_is_not_an_object_is_422() {
        let app = TestApp::new().await;
        let response = app
            .client
            .post("/api/v1/ratings")
            .header(ContentType::JSON)
            .body("[1, 2]")
            .dispatch()
            .await;
        assert_eq!(response.status(), Status::UnprocessableEntity);
        let body: Value = response.into_json().await.unwrap();
        assert!(body["errors"]["body"][0].is_string());
    }

    #[rocket::async_test]
    async fn an_oversized_body_is_413_and_stores_nothing() {
        let app = TestApp::new().await;
        let mut rating = sample_rating();
        rating["comment"] = json!("x".repeat(200_000));
        let response = app.post_json("/api/v1/ratings", &rating).await;
        assert_eq!(response.status(), Status::PayloadTooLarge);
        let body: Value = response.into_json().await.unwrap();
        assert!(body["error"].is_string());
        assert_eq!(app.count("reports").await, 0);
    }

    #[rocket::async_test]
    async fn a_retried_submission_is_stored_once_with_the_same_receipt() {
        let app = TestApp::new().await;
        let key = Header::new("Idempotency-Key", "retry-0123456789abcdef");
        let first: Value = app
            .client
            .post("/api/v1/ratings")
            .header(ContentType::JSON)
            .header(key.clone())
            .body(sample_rating().to_string())
            .dispatch()
            .await
            .into_json()
            .await
            .unwrap();
        let second = app
            .client
            .post("/api/v1/ratings")
            .header(ContentType::JSON)
            .header(key.clone())
            .body(sample_rating().to_string())
            .dispatch()
            .await;
        assert_eq!(second.status(), Status::Created);
        let second: Value = second.into_json().await.unwrap();
        assert_eq!(first["id"], second["id"]);
        assert_eq!(first["receipt"], second["receipt"]);
        assert_eq!(second["duplicate"], json!(true));
        assert_eq!(app.count("reports").await, 1);

        // The same key with other content does not hand out the receipt.
        let mut other = sample_rating();
        other["minutes"] = json!(31);
        let reused = app
            .client
            .post("/api/v1/ratings")
            .header(ContentType::JSON)
            .header(key)
            .body(other.to_string())
            .dispatch()
            .await;
        assert_eq!(reused.status(), Status::Conflict);
        assert_eq!(app.count("reports").await, 1);
    }

    #[rocket::async_test]
    async fn clients_over_the_hourly_limit_get_429() {
        let app = TestApp::with_settings(&[("submissions_per_hour", 2)]).await;
        for _ in 0..2 {
            let response = app.post_json("/api/v1/ratings", &sample_rating()).await;
            assert_eq!(response.status(), Status::Created);
        }
        let response = app.post_json("/api/v1/ratings", &sample_rating()).await;
        assert_eq!(response.status(), Status::TooManyRequests);
        assert_eq!(app.count("reports").await, 2);
        // Another client is not affected.
        let response = app
            .client
            .post("/api/v1/ratings")
            .header(ContentType::JSON)
            .remote("198.51.100.7:40000".parse().unwrap())
            .body(sample_rating().to_string())
            .dispatch()
            .await;
        assert_eq!(response.status(), Status::Created);
    }

    #[rocket::async_test]
    async fn a_bad_idempotency_key_is_a_422_with_field_errors() {
        let app = TestApp::new().await;
        let response = app
            .client
            .post("/api/v1/ratings")
            .header(ContentType::JSON)
            .header(Header::new("Idempotency-Key", "short"))
            .body(sample_rating().to_string())
            .dispatch()
            .await;
        assert_eq!(response.status(), Status::UnprocessableEntity);
        let body: Value = response.into_json().await.unwrap();
        assert!(body["errors"]["Idempotency-Key"][0].is_string(), "{body}");
        assert_eq!(app.count("reports").await, 0);
    }
}
