//! Scorecard JSON: requesters one by one and in bulk, and the CSV export.

pub mod csv;
pub mod requesters;

use rocket::Route;

pub fn routes() -> Vec<Route> {
    let mut routes = requesters::routes();
    routes.extend(csv::routes());
    routes
}
