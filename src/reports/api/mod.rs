//! `/api/v1/ratings`, `/api/v1/grievances` and `/api/v1/reports/{id}`.

pub mod grievances;
pub mod ratings;
pub mod reports;

use rocket::Route;

pub fn routes() -> Vec<Route> {
    let mut routes = ratings::routes();
    routes.extend(grievances::routes());
    routes.extend(reports::routes());
    routes
}
