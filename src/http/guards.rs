//! Request guards: what a route learns from the request besides its body.

use rocket::http::Status;
use rocket::request::{FromRequest, Outcome, Request};

use crate::domain::ReceiptCode;
use crate::domain::{parse_submission_key, Client};
use crate::error::Error;

/// Who is submitting, for rate limiting only. It is hashed with a rotating
/// key before it reaches the database and never stored or logged as is.
pub struct ClientAddress(pub Client);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ClientAddress {
    type Error = std::convert::Infallible;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        // The socket's address, unless a deployment behind a reverse proxy
        // names the header that proxy sets (`ip_header`, off by default).
        let client = request.client_ip().map_or_else(Client::unknown, Client::of);
        Outcome::Success(ClientAddress(client))
    }
}

/// `Idempotency-Key`, letting API clients retry a submission safely.
pub struct IdempotencyKey(pub Option<String>);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for IdempotencyKey {
    type Error = Error;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        match request.headers().get_one("Idempotency-Key") {
            None => Outcome::Success(IdempotencyKey(None)),
            Some(raw) => match parse_submission_key(raw) {
                Ok(key) => Outcome::Success(IdempotencyKey(Some(key))),
                Err(message) => {
                    let errors = crate::domain::FieldErrors::single("Idempotency-Key", message);
                    crate::error::StashedErrors::stash(request, &errors);
                    Outcome::Error((Status::UnprocessableEntity, Error::Invalid(errors)))
                }
            },
        }
    }
}

/// `Authorization: Receipt <code>`: the only thing that allows editing or
/// withdrawing a report.
pub struct ReceiptAuth(pub ReceiptCode);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ReceiptAuth {
    type Error = Error;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let code = request
            .headers()
            .get_one("Authorization")
            .and_then(|value| value.strip_prefix("Receipt "))
            .map(ReceiptCode::parse);
        match code {
            Some(Ok(code)) => Outcome::Success(ReceiptAuth(code)),
            Some(Err(_)) => Outcome::Error((Status::Forbidden, Error::WrongReceipt)),
            None => Outcome::Error((Status::Unauthorized, Error::WrongReceipt)),
        }
    }
}
