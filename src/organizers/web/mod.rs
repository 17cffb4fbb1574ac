//! `/organize/...`: the organizer area. Every state-changing form carries the
//! session's CSRF token; every action is checked against the organizer's
//! role and countries. The area's pages of other domains (strike calls,
//! moderation, grievance follow-up, announcements) live with their domain
//! and share the helpers here.

mod account;
mod admin;
mod tokens;

use rocket::http::Status;
use rocket::Route;
use serde_json::{json, Value};

use crate::domain::Choice;
use crate::http::html_error::HtmlError;
use crate::http::page::{Private, View};
use crate::organizers::auth::Session;

pub fn routes() -> Vec<Route> {
    [account::routes(), admin::routes(), tokens::routes()].concat()
}

/// A page of the organizer area: never cached, since it carries a CSRF token.
pub type Page = Result<Private<View>, HtmlError>;

pub fn ok(template: View) -> Page {
    Ok(Private(Status::Ok, template))
}

/// Every platform, with whether the organizer follows it, for the form.
pub fn follow_choices(app: &crate::App, session: &Session) -> Value {
    app.platforms()
        .all()
        .iter()
        .map(|platform| {
            json!({
                "slug": platform.slug,
                "name": platform.name,
                "followed": session.organizer.follows.contains(&platform.slug),
            })
        })
        .collect()
}

pub fn session_context(session: &Session) -> Value {
    json!({
        "name": session.organizer.name,
        "email": session.organizer.email,
        "role": session.organizer.role.wire(),
        "role_label": session.organizer.role.label(),
        "countries": session.organizer.countries,
        "moderator": session.organizer.can_moderate(),
        "admin": session.organizer.role == crate::domain::Role::Admin,
        "csrf": session.csrf,
    })
}
