#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::http::openapi::schemas::*;
use rocket::http::Status;
use rocket::serde::json::{json, Json, Value};
use rocket::{delete, get, patch, post, routes, Route, State};

use crate::db::Db;
use crate::domain::text::redact_personal_data;
use crate::domain::{FieldErrors, ReportId};
use crate::error::{Error, Result};
use crate::http::guards::{ClientAddress, ReceiptAuth};
use crate::moderation::flags::{Flag, FlagReason, FlagStore};
use crate::reports::parse::{raw_fields_of, RawFields};
use crate::reports::service::{self, authorize};
use crate::reports::store::{Report, ReportStore, Stored};
use crate::reports::views::PublicReport;
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![get_report, patch_report, delete_report, flag_report]
}

fn parse_id(raw: &str) -> Result<ReportId> {
    ReportId::parse(raw).map_err(|_| Error::not_found("No report has this id."))
}

/// A visible report, or why it cannot be shown.
pub async fn find_visible(db: &Db, id: &str) -> Result<Report> {
    match db.find_report(&parse_id(id)?).await? {
        Some(Stored::Live(report)) if !report.hidden => Ok(*report),
        Some(Stored::Live(_)) => Err(Error::not_found(
            "This report is hidden while moderators review it.",
        )),
        Some(Stored::Withdrawn) => Err(Error::Withdrawn),
        None => Err(Error::not_found("No report has this id.")),
    }
}

#[utoipa::path(get, path = "/api/v1/reports/{id}", tag = "reports", params(("id" = String, Path)), responses((status = 200, description = "A visible report", body = serde_json::Value), (status = 404, body = ErrorResponse), (status = 410, body = ErrorResponse)))]
#[get("/reports/<id>")]
pub async fn get_report(app: &State<App>, id: &str) -> Result<Json<Value>> {
    let report = find_visible(&app.db, id).await?;
    Ok(Json(json!(PublicReport::from(&report))))
}

/// Corrects a report: the fields sent replace the stored ones, and the
/// whole report is checked again.
#[utoipa::path(patch, path = "/api/v1/reports/{id}", tag = "reports", params(("id" = String, Path), ("Authorization" = String, Header, description = "Receipt <code>")), request_body(content = serde_json::Value, description = "Any fields of a rating or grievance"), responses((status = 200, body = serde_json::Value), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse), (status = 410, body = ErrorResponse), (status = 422, body = ValidationErrors)))]
#[patch("/reports/<id>", data = "<patch>")]
pub async fn patch_report(
    app: &State<App>,
    id: &str,
    receipt: ReceiptAuth,
    patch: RawFields,
) -> Result<Json<Value>> {
    let report = authorize(&app.db, &parse_id(id)?, &receipt.0).await?;
    let raw = raw_fields_of(&report).overlaid_with(&patch);
    let (report, redacted) = service::correct(&app.db, report, &raw).await?;
    let mut body = json!(PublicReport::from(&report));
    body["redacted"] = json!(redacted);
    Ok(Json(body))
}

/// Withdraws a report: its content is deleted and it leaves every page.
#[utoipa::path(delete, path = "/api/v1/reports/{id}", tag = "reports", params(("id" = String, Path), ("Authorization" = String, Header, description = "Receipt <code>")), responses((status = 204, description = "Withdrawn"), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse), (status = 410, body = ErrorResponse)))]
#[delete("/reports/<id>")]
pub async fn delete_report(app: &State<App>, id: &str, receipt: ReceiptAuth) -> Result<Status> {
    let report = authorize(&app.db, &parse_id(id)?, &receipt.0).await?;
    service::withdraw(&app.db, &report).await?;
    Ok(Status::NoContent)
}

/// A reader asks moderators to look at a report.
#[utoipa::path(post, path = "/api/v1/reports/{id}/flags", tag = "reports", params(("id" = String, Path)), request_body = FlagInput, responses((status = 201, body = serde_json::Value), (status = 404, body = ErrorResponse), (status = 422, body = ValidationErrors), (status = 429, body = ErrorResponse)))]
#[post("/reports/<id>/flags", data = "<raw>")]
pub async fn flag_report(
    app: &State<App>,
    id: &str,
    raw: RawFields,
    client: ClientAddress,
) -> Result<(Status, Json<Value>)> {
    let report = find_visible(&app.db, id).await?;
    let flag = parse_flag(&report, &raw)?;
    app.count_submission(&client).await?;
    app.db.add_flag(&flag).await?;
    Ok((
        Status::Created,
        Json(json!({ "status": "flagged", "report": report.id })),
    ))
}

pub const MAX_FLAG_NOTE: usize = 500;

/// Parses a flag's fields.
pub fn parse_flag(report: &Report, raw: &RawFields) -> Result<Flag, FieldErrors> {
    let mut errors = raw.unknown_field_errors(&["reason", "note"]);
    let reason = errors.check("reason", FlagReason::parse(raw.get("reason")));
    let note = raw
        .optional("note")
        .map(|note| redact_personal_data(note).0);
    if note
        .as_ref()
        .is_some_and(|n| n.chars().count() > MAX_FLAG_NOTE)
    {
        errors.add(
            "note",
            crate::i18n::Msg::new("invalid-note-long").arg("max", MAX_FLAG_NOTE),
        );
    }
    errors.clone().into_result()?;
    Ok(Flag {
        id: ReportId::generate().to_string(),
        report_id: report.id.clone(),
        reason: reason.ok_or(errors)?,
        note,
        day: service::today(),
    })
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
        let response = app
            .client
            .delete(format!("/api/v1/reports/{id}"))
            .header(Header::new("Authorization", format!("Receipt {receipt}")))
            .dispatch()
            .await;
        assert_eq!(response.status(), Status::NoContent);
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
