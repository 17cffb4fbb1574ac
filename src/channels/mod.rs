//! Country channels: strikes called there, solidarity alerts, announcements.

pub mod announcements;
pub mod api;
mod organize;
pub mod service;
pub mod views;
pub mod web;

use rocket::Route;

/// The channel pages and the organizers' announcement form.
pub fn routes() -> Vec<Route> {
    [web::routes(), organize::routes()].concat()
}
