//! Gzip for text answers, so a page reaches a phone on a slow link in a few
//! kilobytes. Answers marked `no-store` (forms holding a worker's text,
//! receipt codes, organizer pages with their CSRF token) are never
//! compressed: compressing a secret next to text an attacker can choose
//! leaks the secret through the size (BREACH).

use std::io::{Cursor, Write};

use flate2::write::GzEncoder;
use flate2::Compression;
use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::{ContentType, Header};
use rocket::{Request, Response};

/// Bodies this small gain nothing; bodies this large are streamed as is.
const MIN_SIZE: usize = 512;
const MAX_SIZE: usize = 8 * 1024 * 1024;

pub struct Gzip;

fn compressible(content_type: Option<&ContentType>) -> bool {
    content_type.is_some_and(|ct| {
        ct.top() == "text"
            || ct.is_json()
            || (ct.top() == "application" && ct.sub().as_str().ends_with("xml"))
            || ct.sub() == "svg+xml"
    })
}

pub fn accepts_gzip(request: &Request<'_>) -> bool {
    request
        .headers()
        .get("Accept-Encoding")
        .flat_map(|value| value.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
            name.eq_ignore_ascii_case("gzip") && !refused
        })
}

/// `body` gzipped, or `None` when it is too small to gain anything.
pub fn gzip(body: &[u8]) -> Option<Vec<u8>> {
    if body.len() < MIN_SIZE {
        return None;
    }
    let mut encoder = GzEncoder::new(Vec::with_capacity(body.len() / 3), Compression::default());
    encoder.write_all(body).and_then(|()| encoder.finish()).ok()
}

#[rocket::async_trait]
impl Fairing for Gzip {
    fn info(&self) -> Info {
        Info {
            name: "gzip",
            kind: Kind::Response,
        }
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        if !compressible(response.content_type().as_ref())
            || response.headers().contains("Content-Encoding")
            || response
                .headers()
                .get("Cache-Control")
                .any(|v| v.contains("no-store"))
        {
            return;
        }
        // Caches must keep the plain and the compressed answer apart.
        response.adjoin_header(Header::new("Vary", "Accept-Encoding"));
        if !accepts_gzip(request) {
            return;
        }
        let Some(size) = response.body().preset_size() else {
            return;
        };
        if !(MIN_SIZE..=MAX_SIZE).contains(&size) {
            return;
        }
        let Ok(body) = response.body_mut().to_bytes().await else {
            return;
        };
        match gzip(&body) {
            Some(gz) => {
                response.set_header(Header::new("Content-Encoding", "gzip"));
                response.set_sized_body(gz.len(), Cursor::new(gz));
            }
            None => response.set_sized_body(body.len(), Cursor::new(body)),
        }
    }
}

#[cfg(test)]
mod tests {
    use rocket::http::Header;

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn public_pages_are_gzipped_and_private_ones_never() {
        let app = TestApp::new().await;
        let public = app
            .client
            .get("/methodology")
            .header(Header::new("Accept-Encoding", "br, gzip;q=0.8"))
            .dispatch()
            .await;
        assert_eq!(public.headers().get_one("Content-Encoding"), Some("gzip"));
        assert!(public.headers().get("Vary").any(|v| v == "Accept-Encoding"));

        let refused = app
            .client
            .get("/methodology")
            .header(Header::new("Accept-Encoding", "gzip;q=0"))
            .dispatch()
            .await;
        assert_eq!(refused.headers().get_one("Content-Encoding"), None);

        // The rating form carries a submission key that its receipt code
        // is derived from: never compressed (BREACH).
        let form = app
            .client
            .get("/rate?requester_name=guess")
            .header(Header::new("Accept-Encoding", "gzip"))
            .dispatch()
            .await;
        assert_eq!(form.headers().get_one("Cache-Control"), Some("no-store"));
        assert_eq!(form.headers().get_one("Content-Encoding"), None);
    }
}
