//! `/api/v1/ratings`, `/api/v1/grievances` and `/api/v1/reports/{id}`.

pub mod grievances;
pub mod ratings;
pub mod reports;

use crate::http::openapi::ApiPart;

/// The reports' routes and their description.
pub fn api() -> ApiPart {
    let routes = [ratings::routes(), grievances::routes(), reports::routes()].concat();
    ApiPart::v1::<Described>(routes)
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(
    ratings::create_rating,
    grievances::create_grievance,
    reports::get_report,
    reports::patch_report,
    reports::delete_report,
    reports::flag_report,
))]
struct Described;
