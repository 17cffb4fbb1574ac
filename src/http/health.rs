#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::error::{ErrorResponse, ValidationErrors};
use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{get, routes, Route, State};
use serde::Serialize;

use crate::App;

pub fn routes() -> Vec<Route> {
    routes![healthz, readyz]
}

/// What a health check answers.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct HealthStatus {
    /// `ok`, `ready` or `database unreachable`.
    pub status: &'static str,
}

impl HealthStatus {
    fn json(status: &'static str) -> Json<HealthStatus> {
        Json(HealthStatus { status })
    }
}

/// The process is up.
#[utoipa::path(get, path = "/healthz", tag = "health", responses((status = 200, description = "The process is up", body = HealthStatus)))]
#[get("/healthz")]
pub fn healthz() -> Json<HealthStatus> {
    HealthStatus::json("ok")
}

/// The database answers; 503 otherwise, so a load balancer stops sending
/// workers to an instance that cannot keep their reports.
#[utoipa::path(get, path = "/readyz", tag = "health", responses((status = 200, description = "The database answers", body = HealthStatus), (status = 503, description = "The database is unreachable", body = HealthStatus)))]
#[get("/readyz")]
pub async fn readyz(app: &State<App>) -> (Status, Json<HealthStatus>) {
    match app.db.ping().await {
        Ok(()) => (Status::Ok, HealthStatus::json("ready")),
        Err(_) => (
            Status::ServiceUnavailable,
            HealthStatus::json("database unreachable"),
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
