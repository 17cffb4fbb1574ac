#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::domain::{ReportId, UnknownId};
use crate::error::{ErrorResponse, ValidationErrors};
use crate::http::page_cache::KeepsPages;
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{delete, get, patch, post, routes, Route, State};

use crate::error::Result;
use crate::http::guards::{ClientAddress, ReceiptAuth};
use crate::moderation::parse::{parse_flag, FlagInput};
use crate::moderation::store::FlagStore;
use crate::reports::parse::{raw_fields_of, RawFields};
use crate::reports::service::{self, authorize, find_visible};
use crate::reports::views::{CorrectedReport, FlagFiled, PublicReport};
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![get_report, patch_report, delete_report, flag_report]
}

#[utoipa::path(get, path = "/api/v1/reports/{id}", tag = "reports", params(("id" = String, Path)), responses((status = 200, description = "A visible report", body = PublicReport), (status = 404, body = ErrorResponse), (status = 410, body = ErrorResponse)))]
#[get("/reports/<id>")]
pub async fn get_report(
    app: &State<App>,
    id: Result<ReportId, UnknownId>,
) -> Result<Json<PublicReport>> {
    let id = id?;
    let report = find_visible(&app.db, &id).await?;
    Ok(Json(PublicReport::from(&report)))
}

/// Corrects a report: the fields sent replace the stored ones, and the
/// whole report is checked again.
#[utoipa::path(patch, path = "/api/v1/reports/{id}", tag = "reports", params(("id" = String, Path), ("Authorization" = String, Header, description = "Receipt <code>")), request_body(content = serde_json::Value, description = "Any fields of a rating or grievance"), responses((status = 200, body = CorrectedReport), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse), (status = 410, body = ErrorResponse), (status = 422, body = ValidationErrors), (status = 429, body = ErrorResponse)))]
#[patch("/reports/<id>", data = "<patch>")]
pub async fn patch_report(
    app: &State<App>,
    id: Result<ReportId, UnknownId>,
    receipt: ReceiptAuth,
    patch: RawFields,
    client: ClientAddress,
    _pending: KeepsPages,
) -> Result<Json<CorrectedReport>> {
    let id = id?;
    let report = authorize(&app.db, &id, &receipt.0).await?;
    let raw = raw_fields_of(&report).overlaid_with(&patch);
    let (report, redacted) = service::correct(app, report, &raw, &client).await?;
    Ok(Json(CorrectedReport {
        report: PublicReport::from(&report.as_it_will_be()),
        redacted,
    }))
}

/// Withdraws a report: its content is deleted and it leaves every page.
#[utoipa::path(delete, path = "/api/v1/reports/{id}", tag = "reports", params(("id" = String, Path), ("Authorization" = String, Header, description = "Receipt <code>")), responses((status = 204, description = "Withdrawn"), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse), (status = 410, body = ErrorResponse), (status = 429, body = ErrorResponse)))]
#[delete("/reports/<id>")]
pub async fn delete_report(
    app: &State<App>,
    id: Result<ReportId, UnknownId>,
    receipt: ReceiptAuth,
    client: ClientAddress,
    _forgets_itself: KeepsPages,
) -> Result<Status> {
    let id = id?;
    let report = authorize(&app.db, &id, &receipt.0).await?;
    service::withdraw(app, &report, &client).await?;
    Ok(Status::NoContent)
}

/// A reader asks moderators to look at a report.
#[utoipa::path(post, path = "/api/v1/reports/{id}/flags", tag = "reports", params(("id" = String, Path)), request_body = FlagInput, responses((status = 201, body = FlagFiled), (status = 404, body = ErrorResponse), (status = 422, body = ValidationErrors), (status = 429, body = ErrorResponse)))]
#[post("/reports/<id>/flags", data = "<raw>")]
pub async fn flag_report(
    app: &State<App>,
    id: Result<ReportId, UnknownId>,
    raw: RawFields,
    client: ClientAddress,
    _not_public: KeepsPages,
) -> Result<(Status, Json<FlagFiled>)> {
    let id = id?;
    let report = find_visible(&app.db, &id).await?;
    let flag = parse_flag(&report, &raw, crate::domain::Day::today())?;
    app.count_submission(&client).await?;
    app.db.add_flag(&flag).await?;
    Ok((
        Status::Created,
        Json(FlagFiled {
            status: "flagged",
            report: report.id.to_string(),
        }),
    ))
}

#[cfg(test)]
mod tests {
    use rocket::http::{ContentType, Header, Status};
    use serde_json::{json, Value};

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn the_receipt_allows_correcting_a_report() {
        let app = TestApp::new().await;
        let (id, receipt) = app.file_rating().await;
        let response = app
            .client
            .patch(format!("/api/v1/reports/{id}"))
            .header(ContentType::JSON)
            .header(Header::new("Authorization", format!("Receipt {receipt}")))
            .body(json!({ "rejected": "none", "paid": "partial", "minutes": 60 }).to_string())
            .dispatch()
            .await;
        assert_eq!(response.status(), Status::Ok);
        let report: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
        assert_eq!(report["paid"], "partial");
        assert_eq!(report["hourly_pay_usd"], json!(1.5));
        assert_eq!(report["edited"], json!(true));
    }

    #[rocket::async_test]
    async fn a_correction_is_validated_like_a_new_report() {
        let app = TestApp::new().await;
        let (id, receipt) = app.file_rating().await;
        let response = app
            .client
            .patch(format!("/api/v1/reports/{id}"))
            .header(ContentType::JSON)
            .header(Header::new("Authorization", format!("Receipt {receipt}")))
            .body(json!({ "minutes": 5000 }).to_string())
            .dispatch()
            .await;
        assert_eq!(response.status(), Status::UnprocessableEntity);
        let report: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
        assert_eq!(report["minutes"], json!(30));
    }

    #[rocket::async_test]
    async fn a_wrong_receipt_is_403_and_a_missing_one_401() {
        let app = TestApp::new().await;
        let (id, _) = app.file_rating().await;
        let (_, other_receipt) = app.file_rating().await;
        let wrong = app
            .client
            .delete(format!("/api/v1/reports/{id}"))
            .header(Header::new(
                "Authorization",
                format!("Receipt {other_receipt}"),
            ))
            .dispatch()
            .await;
        assert_eq!(wrong.status(), Status::Forbidden);
        let missing = app
            .client
            .delete(format!("/api/v1/reports/{id}"))
            .dispatch()
            .await;
        assert_eq!(missing.status(), Status::Unauthorized);
        assert_eq!(
            app.client
                .get(format!("/api/v1/reports/{id}"))
                .dispatch()
                .await
                .status(),
            Status::Ok
        );
    }

    #[rocket::async_test]
    async fn a_withdrawn_report_is_gone_everywhere() {
        let app = TestApp::new().await;
        let (id, receipt) = app.file_rating().await;
        app.settle().await;
        let page = app.get_html("/requesters/mturk/A1B2C3D4E5").await;
        assert!(page.contains(&id));
        app.withdraw(&id, &receipt).await;
        let gone = app
            .client
            .get(format!("/api/v1/reports/{id}"))
            .dispatch()
            .await;
        assert_eq!(gone.status(), Status::Gone);
        let page = app.get_html("/requesters/mturk/A1B2C3D4E5").await;
        assert!(!page.contains(&id));
        let stored = app.raw_report(&id).await;
        assert!(
            !stored.contains_key("rating"),
            "content must be deleted: {stored}"
        );
    }

    #[rocket::async_test]
    async fn readers_can_flag_a_report_which_stays_visible() {
        let app = TestApp::new().await;
        let (id, _) = app.file_rating().await;
        let bad = app
            .post_json(
                &format!("/api/v1/reports/{id}/flags"),
                &json!({ "reason": "meh" }),
            )
            .await;
        assert_eq!(bad.status(), Status::UnprocessableEntity);
        let flagged = app
            .post_json(
                &format!("/api/v1/reports/{id}/flags"),
                &json!({ "reason": "personal_data", "note": "names a worker" }),
            )
            .await;
        assert_eq!(flagged.status(), Status::Created);
        assert_eq!(app.count("flags").await, 1);
        assert_eq!(app.raw_report(&id).await.get_i64("flags").unwrap(), 1);
        assert_eq!(
            app.client
                .get(format!("/api/v1/reports/{id}"))
                .dispatch()
                .await
                .status(),
            Status::Ok
        );
    }

    #[rocket::async_test]
    async fn unknown_ids_are_404() {
        let app = TestApp::new().await;
        for id in ["nope", "507f1f77bcf86cd799439011", "abcdefghijkmn"] {
            let response = app
                .client
                .get(format!("/api/v1/reports/{id}"))
                .dispatch()
                .await;
            assert_eq!(response.status(), Status::NotFound);
        }
    }
}
