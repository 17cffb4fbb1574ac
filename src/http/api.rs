//! What the JSON API shares: its catcher, which answers errors Rocket
//! raises before a route runs in the API's own shape.

use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{catch, catchers, Catcher, Request};

use crate::error::ErrorBody;

pub fn catchers() -> Vec<Catcher> {
    catchers![default_catcher]
}

/// Errors Rocket raises before a route runs (no route, body too large...)
/// answered in the API's shape.
#[catch(default)]
fn default_catcher(status: Status, request: &Request<'_>) -> (Status, Json<ErrorBody>) {
    if status.code == 422 {
        let errors = crate::error::StashedErrors::take(request).unwrap_or_else(|| {
            crate::domain::FieldErrors::single(
                "body",
                crate::i18n::Msg::new("invalid-body-unreadable"),
            )
        });
        return (status, Json(ErrorBody::Invalid { errors }));
    }
    let message = match status.code {
        404 => format!(
            "No API route answers {} {}.",
            request.method(),
            request.uri().path()
        ),
        413 => "The request body is too large.".to_owned(),
        422 => "The request body could not be read; send a JSON object.".to_owned(),
        _ => status.reason().unwrap_or("Error").to_owned(),
    };
    (status, Json(ErrorBody::Other { error: message }))
}
