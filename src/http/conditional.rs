//! Responses with a validator: an ETag over the body, and 304 Not Modified
//! when the client already has it.

use rocket::http::{ContentType, Header, Status};
use rocket::request::Request;
use rocket::response::{self, Responder, Response};
use sha2::{Digest, Sha256};

pub struct Conditional {
    pub etag: String,
    pub body: String,
    pub content_type: ContentType,
}

impl Conditional {
    /// A body whose ETag is computed from it.
    pub fn new(body: String, content_type: ContentType) -> Conditional {
        Conditional {
            etag: etag_of(&body),
            body,
            content_type,
        }
    }

    pub fn json(etag: String, body: String) -> Conditional {
        Conditional {
            etag,
            body,
            content_type: ContentType::JSON,
        }
    }
}

pub fn etag_of(body: &str) -> String {
    etag_of_bytes(body.as_bytes())
}

pub fn etag_of_bytes(body: &[u8]) -> String {
    format!("\"{}\"", &hex::encode(Sha256::digest(body))[..32])
}

/// The client already holds `etag` (`If-None-Match`).
pub fn client_has(request: &Request<'_>, etag: &str) -> bool {
    request.headers().get("If-None-Match").any(|value| {
        value.trim() == "*"
            || value
                .split(',')
                .any(|candidate| candidate.trim().trim_start_matches("W/") == etag)
    })
}

impl<'r> Responder<'r, 'static> for Conditional {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let mut response = if client_has(request, &self.etag) {
            Response::build().status(Status::NotModified).finalize()
        } else {
            let mut response = Response::build_from(self.body.respond_to(request)?).finalize();
            response.set_header(self.content_type);
            response
        };
        response.set_header(Header::new("ETag", self.etag));
        // Shared caches may keep it, but must check it is still current.
        response.set_header(Header::new("Cache-Control", "public, no-cache"));
        Ok(response)
    }
}
