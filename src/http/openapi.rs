//! `GET /api/v1/openapi.json`: the API described from the code, by utoipa,
//! from the route annotations beside each handler and the schema derives.

use rocket::serde::json::{Json, Value};
use rocket::{get, routes, Route};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::health;
use crate::channels::api as channels;
use crate::companies::api as companies;
use crate::platforms::api as platforms;
use crate::reports::api::{grievances, ratings, reports};
use crate::scorecards::api::{csv as scorecards_csv, requesters};
use crate::strikes::api as strikes;
use crate::turkopticon::api as turkopticon;
use crate::vouchers::api as vouchers;

pub fn routes() -> Vec<Route> {
    routes![openapi_json]
}

/// The request and error shapes, as clients send and receive them.
pub mod schemas {
    use std::collections::BTreeMap;

    use serde::Serialize;
    use utoipa::ToSchema;

    pub use crate::companies::parse::{DecisionInput, ProposalInput};
    pub use crate::moderation::flags::FlagInput;
    pub use crate::platforms::api::PlatformEntry;
    pub use crate::reports::parse::{GrievanceInput, RatingInput};
    pub use crate::reports::views::FiledView;
    pub use crate::scorecards::Scorecard;
    pub use crate::strikes::service::{
        PledgeInput, StatusInput, StrikeInput, SupportInput, UndercutInput,
    };
    pub use crate::turkopticon::model::{To1Entry, To1Requester, To2Errors, To2List, To2One};
    pub use crate::vouchers::api::{IssuedVouchers, VoucherInput};

    /// Any error but a validation error.
    #[derive(Serialize, ToSchema)]
    pub struct ErrorResponse {
        pub error: String,
    }

    /// 422: messages by field.
    #[derive(Serialize, ToSchema)]
    pub struct ValidationErrors {
        pub errors: BTreeMap<String, Vec<String>>,
    }
}

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "organizer_token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Clickline API",
        version = "1",
        description = "Anonymous ratings of requesters, grievances, public scorecards and cross-border strike calls. Data under CC BY 4.0."
    ),
    paths(
        health::healthz, health::readyz,
        platforms::list_platforms, platforms::platform_scorecard,
        ratings::create_rating, grievances::create_grievance,
        reports::get_report, reports::patch_report, reports::delete_report, reports::flag_report,
        requesters::requester_scorecard, requesters::requester_scorecards,
        scorecards_csv::scorecards_csv,
        strikes::list_strikes, strikes::get_strike, strikes::create_strike, strikes::change_status,
        strikes::pledge, strikes::withdraw_pledge, strikes::support, strikes::withdraw_support,
        strikes::undercut,
        channels::get_channel,
        companies::list_companies, companies::company_scorecard, companies::propose,
        companies::withdraw_proposal, companies::pending_proposals, companies::decide_proposal,
        vouchers::issue_vouchers,
        turkopticon::to2_requesters, turkopticon::to2_requester, turkopticon::to1_multi_attrs,
        openapi_json,
    ),
    modifiers(&Security)
)]
pub struct ApiDoc;

/// This description.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta", responses((status = 200, body = serde_json::Value)))]
#[get("/openapi.json")]
pub fn openapi_json() -> Json<Value> {
    Json(serde_json::to_value(ApiDoc::openapi()).expect("the description serialises"))
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use crate::testing::TestApp;

    /// `/reports/<id>` as OpenAPI writes it: `/reports/{id}`.
    fn openapi_path(rocket_path: &str) -> String {
        rocket_path
            .split('/')
            .map(
                |segment| match segment.strip_prefix('<').and_then(|s| s.strip_suffix('>')) {
                    Some(name) => format!("{{{}}}", name.trim_end_matches("..")),
                    None => segment.to_owned(),
                },
            )
            .collect::<Vec<_>>()
            .join("/")
    }

    #[rocket::async_test]
    async fn every_api_route_is_described() {
        let app = TestApp::new().await;
        let spec: Value = app.get_json("/api/v1/openapi.json").await;
        let paths = spec["paths"].as_object().unwrap();
        let mut described = 0;
        for route in app.client.rocket().routes() {
            let path = route.uri.path().to_string();
            let path = path.as_str();
            if !(path.starts_with("/api/v1") || path == "/healthz" || path == "/readyz") {
                continue;
            }
            let method = route.method.as_str().to_lowercase();
            let key = openapi_path(path);
            assert!(
                paths.get(&key).and_then(|p| p.get(&method)).is_some(),
                "{method} {key} is mounted but not in openapi.json"
            );
            described += 1;
        }
        assert!(described >= 22);
        assert!(spec["components"]["schemas"]["Scorecard"].is_object());
        assert!(spec["components"]["schemas"]["RatingInput"].is_object());
    }
}
