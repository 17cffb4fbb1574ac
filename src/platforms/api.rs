#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::error::{ErrorResponse, ValidationErrors};
use crate::http::openapi::ApiPart;
#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::scorecards::Scorecard;

use rocket::serde::json::Json;
use rocket::{get, routes, State};
use serde::Serialize;

use crate::domain::{PlatformKind, PlatformSlug};
use crate::error::{Error, Result};
use crate::http::conditional::Conditional;
use crate::scorecards::{self, Target};
use crate::App;

/// The platforms' routes and their description.
pub fn api() -> ApiPart {
    ApiPart::v1::<Described>(routes![list_platforms, platform_scorecard])
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(list_platforms, platform_scorecard))]
struct Described;

/// One platform of the catalogue.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PlatformEntry {
    #[schema(example = "mturk")]
    pub platform: String,
    pub name: String,
    pub kind: PlatformKind,
    pub website: String,
    /// Where its scorecard is.
    pub scorecard: String,
}

/// The platform catalogue.
#[utoipa::path(get, path = "/api/v1/platforms", tag = "scorecards", responses((status = 200, description = "The platform catalogue", body = [PlatformEntry])))]
#[get("/platforms")]
pub fn list_platforms(app: &State<App>) -> Json<Vec<PlatformEntry>> {
    let entries = app.platforms().all().iter().map(|platform| PlatformEntry {
        platform: platform.slug.to_string(),
        name: platform.name.clone(),
        kind: platform.kind,
        website: platform.website.clone(),
        scorecard: format!("/api/v1/platforms/{}", platform.slug),
    });
    Json(entries.collect())
}

/// A platform's scorecard.
#[utoipa::path(get, path = "/api/v1/platforms/{slug}", tag = "scorecards", params(("slug" = String, Path, description = "Platform slug, e.g. mturk")), responses((status = 200, description = "The platform's scorecard", body = Scorecard), (status = 304, description = "Not modified (If-None-Match)"), (status = 404, body = ErrorResponse)))]
#[get("/platforms/<slug>")]
pub async fn platform_scorecard(app: &State<App>, slug: &str) -> Result<Conditional> {
    let unknown = || Error::not_found(format!("Clickline does not know the platform '{slug}'."));
    let platform = PlatformSlug::parse(slug).map_err(|_| unknown())?;
    let card = scorecards::load(
        &app.db,
        &app.scorecards,
        &Target::Platform(platform.clone()),
        app.settings.min_group_size,
    )
    .await?
    .ok_or_else(unknown)?;
    match crate::data_requests::service::platform_figures(app, &platform).await? {
        None => Ok(Conditional::json(card.etag.clone(), card.json.clone())),
        Some(block) => {
            let mut joined = card.card.clone();
            joined.data_requests = Some(block);
            let json =
                serde_json::to_string(&joined).map_err(|e| Error::Internal(e.to_string()))?;
            Ok(Conditional::json(
                crate::http::conditional::etag_of(&json),
                json,
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;
    use serde_json::Value;

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn the_catalogue_is_seeded_and_every_platform_has_a_scorecard() {
        let app = TestApp::new().await;
        let platforms: Value = app.get_json("/api/v1/platforms").await;
        assert!(platforms.as_array().unwrap().len() >= 12);
        let mturk: Value = app.get_json("/api/v1/platforms/mturk").await;
        assert_eq!(mturk["name"], "Amazon Mechanical Turk");
        assert_eq!(mturk["all"]["ratings"], 0);
        assert!(mturk["all"]["unpaid_rate"].is_null());
        assert!(mturk.get("requester_id").is_none());
        let missing = app.client.get("/api/v1/platforms/nowhere").dispatch().await;
        assert_eq!(missing.status(), Status::NotFound);
    }
}
