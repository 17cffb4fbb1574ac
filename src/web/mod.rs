//! The HTML site. Every page works without JavaScript.

pub mod forms;
mod organize;
mod pages;
mod receipt;
mod scorecard_view;
mod strikes;
mod submit;

use rocket::http::{Header, Status};
use rocket::response::{self, Responder};
use rocket::{catch, catchers, Catcher, Request, Route};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use crate::App;

pub fn routes() -> Vec<Route> {
    let mut routes = Vec::new();
    routes.extend(pages::routes());
    routes.extend(submit::routes());
    routes.extend(receipt::routes());
    routes.extend(organize::routes());
    routes.extend(strikes::routes());
    routes
}

pub fn catchers() -> Vec<Catcher> {
    catchers![default_catcher]
}

/// Renders a page with what the layout needs besides the page's own context.
pub fn page(app: &App, name: &'static str, title: &str, mut context: Value) -> Template {
    context["site"] = json!({ "demo": app.demo });
    context["title"] = json!(title);
    Template::render(name, context)
}

/// A response that must not be kept by browsers or proxies: forms with a
/// worker's text, receipt codes.
pub struct Private<R>(pub Status, pub R);

impl<'r, R: Responder<'r, 'static>> Responder<'r, 'static> for Private<R> {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let mut response = self.1.respond_to(request)?;
        response.set_status(self.0);
        response.set_header(Header::new("Cache-Control", "no-store"));
        Ok(response)
    }
}

#[catch(default)]
fn default_catcher(status: Status, request: &Request<'_>) -> (Status, Template) {
    let message = match status.code {
        401 => "Log in as an organizer to see this page: go to /organize/login.",
        403 => "You are not allowed to do this.",
        404 => "There is no page at this address.",
        413 => "What you sent is too large. Shorten the text and try again; use your browser's Back button to get it back.",
        422 => "What you sent could not be read.",
        503 => "Clickline cannot reach its database right now. Nothing was saved; please try again in a few minutes.",
        _ => "Something went wrong on our side.",
    };
    let demo = request.rocket().state::<App>().is_some_and(|app| app.demo);
    (
        status,
        Template::render(
            "error",
            json!({
                "title": status.reason().unwrap_or("Error"),
                "code": status.code,
                "message": message,
                "site": { "demo": demo },
            }),
        ),
    )
}
