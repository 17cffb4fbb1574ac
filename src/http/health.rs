#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::http::openapi::schemas::*;
use rocket::http::Status;
use rocket::serde::json::{json, Json, Value};
use rocket::{get, routes, Route, State};

use crate::App;

pub fn routes() -> Vec<Route> {
    routes![healthz, readyz]
}

/// The process is up.
#[utoipa::path(get, path = "/healthz", tag = "health", responses((status = 200, description = "The process is up", body = serde_json::Value)))]
#[get("/healthz")]
pub fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// The database answers; 503 otherwise, so a load balancer stops sending
/// workers to an instance that cannot keep their reports.
#[utoipa::path(get, path = "/readyz", tag = "health", responses((status = 200, description = "The database answers", body = serde_json::Value), (status = 503, description = "The database is unreachable", body = serde_json::Value)))]
#[get("/readyz")]
pub async fn readyz(app: &State<App>) -> (Status, Json<Value>) {
    match app.db.ping().await {
        Ok(()) => (Status::Ok, Json(json!({ "status": "ready" }))),
        Err(_) => (
            Status::ServiceUnavailable,
            Json(json!({ "status": "database unreachable" })),
        ),
    }
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn health_and_readiness() {
        let app = TestApp::new().await;
        assert_eq!(
            app.client.get("/healthz").dispatch().await.status(),
            Status::Ok
        );
        let ready = app.client.get("/readyz").dispatch().await;
        assert_eq!(ready.status(), Status::Ok);
    }

    #[rocket::async_test]
    async fn readiness_fails_while_the_database_is_unreachable() {
        let app = TestApp::with_unreachable_database().await;
        assert_eq!(
            app.client.get("/healthz").dispatch().await.status(),
            Status::Ok
        );
        let ready = app.client.get("/readyz").dispatch().await;
        assert_eq!(ready.status(), Status::ServiceUnavailable);
    }
}
