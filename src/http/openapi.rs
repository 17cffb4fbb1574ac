//! `GET /api/v1/openapi.json`: the API described from the code, by utoipa.
//! Each domain describes its own routes beside them (a `#[derive(OpenApi)]`
//! in its `api` module listing its handlers, whose annotations name their
//! schemas) and hands its routes and description together as an
//! [`ApiPart`]; `lib.rs` collects the parts and this module merges their
//! descriptions under the API's title and security schemes. It imports no
//! domain.

use rocket::serde::json::{Json, Value};
use rocket::{get, routes, Route, State};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::health;

/// A domain's JSON routes, where they are mounted, and their description.
pub struct ApiPart {
    pub mount: &'static str,
    pub routes: Vec<Route>,
    pub description: utoipa::openapi::OpenApi,
}

impl ApiPart {
    /// Routes under `/api/v1`, described by `D`.
    pub fn v1<D: OpenApi>(routes: Vec<Route>) -> ApiPart {
        ApiPart {
            mount: "/api/v1",
            routes,
            description: D::openapi(),
        }
    }
}

/// This module's own part: the description itself and the health checks.
pub fn part() -> ApiPart {
    ApiPart {
        mount: "/",
        routes: [routes![openapi_json], health::routes()].concat(),
        description: Base::openapi(),
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
    paths(health::healthz, health::readyz, openapi_json),
    modifiers(&Security)
)]
struct Base;

/// The whole description, merged once at start-up and kept in Rocket state.
pub struct Description(pub Value);

impl Description {
    /// The parts' descriptions, in order, merged into one.
    pub fn merged<'a>(
        parts: impl IntoIterator<Item = &'a utoipa::openapi::OpenApi>,
    ) -> Description {
        let mut whole = utoipa::openapi::OpenApi::default();
        for part in parts {
            whole.merge(part.clone());
        }
        // The title, version and security schemes are this module's.
        let base = Base::openapi();
        whole.info = base.info;
        whole.openapi = base.openapi;
        Security.modify(&mut whole);
        super::same_origin::describe_refusals(&mut whole);
        Description(serde_json::to_value(whole).expect("the description serialises"))
    }
}

/// This description.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta", responses((status = 200, body = serde_json::Value)))]
#[get("/api/v1/openapi.json")]
pub fn openapi_json(description: &State<Description>) -> Json<Value> {
    Json(description.0.clone())
}
