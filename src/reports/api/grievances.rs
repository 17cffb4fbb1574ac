use crate::error::{ErrorResponse, ValidationErrors};
#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::reports::parse::GrievanceInput;

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
    routes![create_grievance]
}

/// Files an anonymous grievance: 201 `{id, receipt}`, 422 `{errors}`.
#[utoipa::path(post, path = "/api/v1/grievances", tag = "reports", request_body = GrievanceInput, params(("Idempotency-Key" = Option<String>, Header, description = "16-128 characters; a retry with the same key stores one report")), responses((status = 201, body = FiledView), (status = 409, body = ErrorResponse), (status = 413, body = ErrorResponse), (status = 422, body = ValidationErrors), (status = 429, body = ErrorResponse), (status = 503, body = ErrorResponse)))]
#[post("/grievances", data = "<raw>")]
pub async fn create_grievance(
    app: &State<App>,
    raw: RawFields,
    key: IdempotencyKey,
    client: ClientAddress,
    _unpublished: KeepsPages,
) -> Result<Created<Json<FiledView>>> {
    let filed = submit(app, ReportKind::Grievance, &raw, key.0.as_deref(), &client).await?;
    let view = FiledView::from(&filed);
    Ok(Created::new(format!("/api/v1/reports/{}", filed.id)).body(Json(view)))
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;
    use serde_json::{json, Value};

    use crate::testing::{sample_grievance, TestApp};

    #[rocket::async_test]
    async fn a_grievance_is_stored_open_with_personal_data_removed() {
        let app = TestApp::new().await;
        let mut grievance = sample_grievance();
        grievance["description"] =
            json!("They closed my account without warning. Reach me at +63 917 555 0199.");
        let response = app.post_json("/api/v1/grievances", &grievance).await;
        assert_eq!(response.status(), Status::Created);
        let body: Value = response.into_json().await.unwrap();
        assert_eq!(body["redacted"], json!(["phone"]));
        let report: Value = app
            .get_json(&format!("/api/v1/reports/{}", body["id"].as_str().unwrap()))
            .await;
        assert_eq!(report["status"], "open");
        assert_eq!(report["category"], "account_deactivation");
        let description = report["description"].as_str().unwrap();
        assert!(description.contains("[phone number removed]"));
        assert!(!description.contains("917"));
    }

    #[rocket::async_test]
    async fn a_short_description_is_refused() {
        let app = TestApp::new().await;
        let mut grievance = sample_grievance();
        grievance["description"] = json!("unfair");
        grievance["category"] = json!("bad_vibes");
        let response = app.post_json("/api/v1/grievances", &grievance).await;
        assert_eq!(response.status(), Status::UnprocessableEntity);
        let body: Value = response.into_json().await.unwrap();
        assert!(body["errors"]["description"][0].is_string());
        assert!(body["errors"]["category"][0]
            .as_str()
            .unwrap()
            .contains("non_payment"));
        assert_eq!(app.count("reports").await, 0);
    }
}
