//! One error type for every route; it knows its HTTP status and renders
//! itself as JSON for the API and as a page for the site.

use rocket::http::{ContentType, Status};
use rocket::request::Request;
use rocket::response::{self, Responder, Response};

use serde::Serialize;

use crate::domain::{FieldErrors, UnknownId};
use crate::i18n::Msg;

/// The JSON body of every API error: messages by field for 422 (the
/// OpenAPI `ValidationErrors`), one message otherwise (`ErrorResponse`).
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum ErrorBody {
    Invalid { errors: FieldErrors },
    Other { error: String },
}

/// The OpenAPI schema of [`ErrorBody::Other`]: any error but a validation error.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorResponse {
    pub error: String,
}

/// The OpenAPI schema of [`ErrorBody::Invalid`], the 422: messages by field.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ValidationErrors {
    pub errors: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the input is not valid")]
    Invalid(FieldErrors),
    #[error("{0}")]
    NotFound(String),
    #[error("this report was withdrawn by the person who filed it")]
    Withdrawn,
    #[error("the receipt code does not match this report")]
    WrongReceipt,
    #[error("log in as an organizer (or send an organizer API token) to do this")]
    Unauthorized,
    #[error("{0}")]
    Forbidden(Msg),
    #[error("this submission key was already used for a different report")]
    KeyReused,
    #[error("too many submissions from this connection; please wait an hour and try again")]
    RateLimited,
    #[error("this connection has rated this requester as often as one may in a day; please try again tomorrow")]
    TargetLimited,
    #[error("this report has been corrected or withdrawn as often as one may in a day; please try again tomorrow")]
    ReportChangeLimited,
    #[error("this connection has done this as often as one may in a day; nothing was saved, please try again tomorrow")]
    DailyLimited,
    #[error("the request body is too large")]
    TooLarge,
    #[error("the database is unreachable right now; nothing was saved, please try again in a few minutes")]
    Unavailable,
    #[error("internal error")]
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Field errors found by a request guard, kept for the 422 catcher (which
/// otherwise only learns the status).
pub struct StashedErrors(pub Option<FieldErrors>);

impl StashedErrors {
    pub fn stash(request: &Request<'_>, errors: &FieldErrors) {
        request.local_cache(|| StashedErrors(Some(errors.clone())));
    }

    pub fn take(request: &Request<'_>) -> Option<FieldErrors> {
        request.local_cache(|| StashedErrors(None)).0.clone()
    }
}

/// Why a request guard refused a page, and where to go next, kept for the
/// HTML catcher (which otherwise only learns the status).
#[derive(Clone)]
pub struct StashedReason(pub Option<(Msg, &'static str)>);

impl StashedReason {
    pub fn stash(request: &Request<'_>, message: Msg, next: &'static str) {
        request.local_cache(|| StashedReason(Some((message, next))));
    }

    pub fn take(request: &Request<'_>) -> Option<(Msg, &'static str)> {
        request.local_cache(|| StashedReason(None)).0.clone()
    }
}

impl Error {
    pub fn status(&self) -> Status {
        match self {
            Error::Invalid(_) => Status::UnprocessableEntity,
            Error::NotFound(_) => Status::NotFound,
            Error::Withdrawn => Status::Gone,
            Error::WrongReceipt => Status::Forbidden,
            Error::Unauthorized => Status::Unauthorized,
            Error::Forbidden(_) => Status::Forbidden,
            Error::KeyReused => Status::Conflict,
            Error::RateLimited
            | Error::TargetLimited
            | Error::ReportChangeLimited
            | Error::DailyLimited => Status::TooManyRequests,
            Error::TooLarge => Status::PayloadTooLarge,
            Error::Unavailable => Status::ServiceUnavailable,
            Error::Internal(_) => Status::InternalServerError,
        }
    }

    /// What the error page tells a reader, in their language.
    pub fn message(&self) -> Msg {
        Msg::new(match self {
            Error::Invalid(_) => "error-422",
            Error::NotFound(_) => "error-404",
            Error::Withdrawn => "error-withdrawn",
            Error::WrongReceipt => "error-wrong-receipt",
            Error::Unauthorized => "error-401",
            Error::Forbidden(msg) => return msg.clone(),
            Error::KeyReused => "error-key-reused",
            Error::RateLimited => "error-429",
            Error::TargetLimited => "error-429-target",
            Error::ReportChangeLimited => "error-429-report",
            Error::DailyLimited => "error-429-daily",
            Error::TooLarge => "error-413",
            Error::Unavailable => "error-503",
            Error::Internal(_) => "error-other",
        })
    }

    pub fn not_found(what: impl Into<String>) -> Self {
        Error::NotFound(what.into())
    }

    fn json_body(&self) -> ErrorBody {
        match self {
            Error::Invalid(errors) => ErrorBody::Invalid {
                errors: errors.clone(),
            },
            other => ErrorBody::Other {
                error: other.to_string(),
            },
        }
    }
}

impl From<mongodb::error::Error> for Error {
    fn from(error: mongodb::error::Error) -> Self {
        use mongodb::error::ErrorKind;
        match *error.kind {
            ErrorKind::ServerSelection { .. }
            | ErrorKind::Io(_)
            | ErrorKind::ConnectionPoolCleared { .. } => {
                tracing::warn!("database unavailable: {error}");
                Error::Unavailable
            }
            // Failovers and dropped connections: the driver labels them retryable.
            _ if error.contains_label(mongodb::error::RETRYABLE_WRITE_ERROR)
                || error.contains_label(mongodb::error::TRANSIENT_TRANSACTION_ERROR) =>
            {
                tracing::warn!("database unavailable: {error}");
                Error::Unavailable
            }
            _ => {
                tracing::error!("database error: {error}");
                Error::Internal(error.to_string())
            }
        }
    }
}

impl From<FieldErrors> for Error {
    fn from(errors: FieldErrors) -> Self {
        Error::Invalid(errors)
    }
}

/// The API's answer: JSON with the right status.
impl<'r> Responder<'r, 'static> for Error {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let status = self.status();
        let body = serde_json::to_string(&self.json_body()).expect("an error body serialises");
        let mut response = Response::build_from(body.respond_to(request)?);
        response.status(status).header(ContentType::JSON);
        if status == Status::ServiceUnavailable || status == Status::TooManyRequests {
            response.raw_header("Retry-After", "60");
        }
        response.ok()
    }
}

impl From<UnknownId> for Error {
    fn from(unknown: UnknownId) -> Self {
        Error::not_found(unknown.0)
    }
}
