use rocket::serde::json::{json, Json, Value};
use rocket::{get, routes, Route, State};

use crate::domain::Choice;
use crate::error::{Error, Result};
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![list_platforms, get_platform]
}

fn platform_json(platform: &crate::db::models::platform::Platform) -> Value {
    json!({
        "platform": platform.slug,
        "name": platform.name,
        "kind": platform.kind.wire(),
        "website": platform.website,
        "url": format!("/platforms/{}", platform.slug),
    })
}

/// The platform catalogue.
#[get("/platforms")]
pub fn list_platforms(app: &State<App>) -> Json<Value> {
    Json(Value::Array(
        app.db.platforms().iter().map(platform_json).collect(),
    ))
}

#[get("/platforms/<slug>")]
pub fn get_platform(app: &State<App>, slug: &str) -> Result<Json<Value>> {
    let platform = app.db.platform(slug).ok_or_else(|| {
        Error::not_found(format!("Clickline does not know the platform '{slug}'."))
    })?;
    Ok(Json(platform_json(platform)))
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;
    use serde_json::Value;

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn the_catalogue_is_seeded() {
        let app = TestApp::new().await;
        let platforms: Value = app.get_json("/api/v1/platforms").await;
        assert!(platforms.as_array().unwrap().len() >= 12);
        let mturk: Value = app.get_json("/api/v1/platforms/mturk").await;
        assert_eq!(mturk["name"], "Amazon Mechanical Turk");
        let missing = app.client.get("/api/v1/platforms/nowhere").dispatch().await;
        assert_eq!(missing.status(), Status::NotFound);
    }
}
