//! Scorecard JSON: requesters one by one and in bulk, and the CSV export.

pub mod csv;
pub mod requesters;

use crate::http::openapi::ApiPart;

/// The scorecards' routes and their description.
pub fn api() -> ApiPart {
    ApiPart::v1::<Described>([requesters::routes(), csv::routes()].concat())
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(
    requesters::requester_scorecard,
    requesters::requester_scorecards,
    csv::scorecards_csv,
))]
struct Described;
