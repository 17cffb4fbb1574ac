//! Country channels: strikes called there, solidarity alerts, announcements,
//! and each channel's support page.

pub mod announcements;
pub mod api;
mod organize;
pub mod service;
pub mod support;
pub mod views;
pub mod web;

use rocket::Route;

/// The channel pages and the organizers' announcement form.
pub fn routes() -> Vec<Route> {
    [web::routes(), organize::routes(), support::routes()].concat()
}
