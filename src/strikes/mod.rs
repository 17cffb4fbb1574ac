//! Strike calls, solidarity alerts, pledges and undercut reports.

pub mod api;
pub mod model;
pub mod organize;
pub mod service;
pub mod store;
pub mod views;
pub mod web;

use rocket::Route;

/// The public strike pages and the organizers' strike forms.
pub fn routes() -> Vec<Route> {
    [web::routes(), organize::routes()].concat()
}

#[cfg(test)]
mod tests;
