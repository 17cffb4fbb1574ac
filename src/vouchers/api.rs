//! `POST /api/v1/vouchers`: an organizer issues a batch.

#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::error::{ErrorResponse, ValidationErrors};
use crate::http::openapi::ApiPart;

use rocket::response::status::Created;
use rocket::serde::json::Json;
use rocket::{post, routes, State};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::http::fields::RawFields;
use crate::organizers::auth::ApiOrganizer;
use crate::App;

/// The vouchers' routes and their description.
pub fn api() -> ApiPart {
    ApiPart::v1::<Described>(routes![issue_vouchers])
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(issue_vouchers))]
struct Described;

/// Every field a batch request has.
pub const VOUCHER_FIELDS: &[&str] = &["count"];

/// How many vouchers to issue.
#[derive(Serialize, utoipa::ToSchema)]
pub struct VoucherInput {
    #[schema(minimum = 20, maximum = 1000)]
    pub count: u32,
}

/// The new vouchers, shown this once: only their hashes are stored.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct IssuedVouchers {
    #[schema(example = json!(["ABCD-EFGH-JKMN-PQRS-TUVW"]))]
    pub vouchers: Vec<String>,
}

/// Organizers issue one-time vouchers to hand out (`Authorization: Bearer <token>`).
#[utoipa::path(post, path = "/api/v1/vouchers", tag = "vouchers", request_body = VoucherInput, security(("organizer_token" = [])), responses((status = 201, body = IssuedVouchers), (status = 401, body = ErrorResponse), (status = 422, body = ValidationErrors)))]
#[post("/vouchers", data = "<raw>")]
pub async fn issue_vouchers(
    app: &State<App>,
    organizer: ApiOrganizer,
    raw: RawFields,
) -> Result<Created<Json<IssuedVouchers>>> {
    let mut errors = raw.unknown_field_errors(VOUCHER_FIELDS);
    let count = super::parse::parse_count(raw.get("count")).map_err(|e| {
        errors.merge(e);
        Error::Invalid(errors.clone())
    })?;
    errors.into_result()?;
    let codes =
        super::service::issue(&app.db, &organizer.0, count, app.settings.vouchers_per_day).await?;
    Ok(Created::new("/api/v1/vouchers").body(Json(IssuedVouchers {
        vouchers: codes.iter().map(|code| code.display()).collect(),
    })))
}
