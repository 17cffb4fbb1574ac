//! Responses with a validator: an ETag over the body, and 304 Not Modified
//! when the client already has it. A body whose ETag is known before the
//! body (made of its parts' ETags) may be deferred: when the gzip form of
//! that ETag is kept (`compression::KeptGzip`) and the client takes gzip,
//! the body is never made.

use std::io::Cursor;

use rocket::http::{ContentType, Header, Status};
use rocket::request::Request;
use rocket::response::{self, Responder, Response};
use sha2::{Digest, Sha256};

use super::compression::{accepts_gzip, KeptBytes, KeptGzip};

pub struct Conditional {
    pub etag: String,
    pub body: Body,
    pub content_type: ContentType,
}

/// The body of a [`Conditional`]: made, or made only when it is sent.
pub enum Body {
    Made(String),
    Deferred(Box<dyn FnOnce() -> String + Send>),
}

impl Body {
    fn make(self) -> String {
        match self {
            Body::Made(body) => body,
            Body::Deferred(make) => make(),
        }
    }
}

impl Conditional {
    /// A body whose ETag is computed from it.
    pub fn new(body: String, content_type: ContentType) -> Conditional {
        Conditional {
            etag: etag_of(&body),
            body: Body::Made(body),
            content_type,
        }
    }

    pub fn json(etag: String, body: String) -> Conditional {
        Conditional {
            etag,
            body: Body::Made(body),
            content_type: ContentType::JSON,
        }
    }

    /// A JSON body made by `make` only if it is sent uncompressed or its
    /// gzip form is not kept yet. `etag` must stand for everything the body
    /// depends on.
    pub fn deferred(etag: String, make: impl FnOnce() -> String + Send + 'static) -> Conditional {
        Conditional {
            etag,
            body: Body::Deferred(Box::new(make)),
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

/// The kept gzip form of `etag`, when the client takes gzip.
fn kept_gzip(request: &Request<'_>, etag: &str) -> Option<std::sync::Arc<Vec<u8>>> {
    if !accepts_gzip(request) {
        return None;
    }
    request.rocket().state::<KeptGzip>()?.get(etag)
}

impl<'r> Responder<'r, 'static> for Conditional {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let mut response = if client_has(request, &self.etag) {
            Response::build().status(Status::NotModified).finalize()
        } else if let Some(gz) = kept_gzip(request, &self.etag) {
            let mut response = Response::build()
                .sized_body(gz.len(), Cursor::new(KeptBytes(gz)))
                .finalize();
            response.set_header(self.content_type);
            response.set_header(Header::new("Content-Encoding", "gzip"));
            response.set_header(Header::new("Vary", "Accept-Encoding"));
            response
        } else {
            let body = self.body.make();
            let mut response = Response::build_from(body.respond_to(request)?).finalize();
            response.set_header(self.content_type);
            response
        };
        response.set_header(Header::new("ETag", self.etag));
        // Shared caches may keep it, but must check it is still current.
        response.set_header(Header::new("Cache-Control", "public, no-cache"));
        Ok(response)
    }
}
