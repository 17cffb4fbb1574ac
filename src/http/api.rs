//! What the JSON API shares: its catcher, which answers errors Rocket
//! raises before a route runs in the API's own shape.

use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{catch, catchers, Catcher, Request};

use crate::error::ErrorBody;
use crate::http::same_origin::{refused_write, RefusedWrite};

pub fn catchers() -> Vec<Catcher> {
    catchers![default_catcher]
}

/// Errors Rocket raises before a route runs (no route, body too large...)
/// answered in the API's shape.
#[catch(default)]
fn default_catcher(status: Status, request: &Request<'_>) -> (Status, Json<ErrorBody>) {
    let refused = match refused_write(request) {
        RefusedWrite::None => None,
        RefusedWrite::CrossSite => Some((
            Status::Forbidden,
            "Writes from pages on other sites are refused.",
        )),
        RefusedWrite::NotJson => Some((
            Status::UnsupportedMediaType,
            "Send the request body as JSON, with Content-Type: application/json.",
        )),
    };
    if let Some((status, message)) = refused {
        let error = message.to_owned();
        return (status, Json(ErrorBody::Other { error }));
    }
    // A guard that said why (an account still on its initial password).
    if let Some((message, _)) = crate::error::StashedReason::take(request) {
        let error = crate::i18n::english(&message.id);
        return (status, Json(ErrorBody::Other { error }));
    }
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
