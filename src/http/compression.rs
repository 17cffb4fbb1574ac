//! Gzip for text answers, so a page reaches a phone on a slow link in a few
//! kilobytes. Answers marked `no-store` (forms holding a worker's text,
//! receipt codes, organizer pages with their CSRF token) are never
//! compressed: compressing a secret next to text an attacker can choose
//! leaks the secret through the size (BREACH).

use std::io::{Cursor, Write};
use std::sync::Arc;

use flate2::write::GzEncoder;
use flate2::Compression;
use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::{ContentType, Header};
use rocket::{Request, Response};

/// Bodies this small gain nothing; bodies this large are streamed as is.
const MIN_SIZE: usize = 512;
const MAX_SIZE: usize = 8 * 1024 * 1024;

/// The gzip fairing, with the compressed form of answers that carry an
/// ETag: every ETag Clickline sends is determined by the body (a hash of it,
/// of the file, or of the hashes of its parts and of what was asked), so the
/// same ETag is the same body, and a scorecard, CSV export or bulk answer
/// read a thousand times is compressed once. Only public answers carry an
/// ETag.
#[derive(Default)]
pub struct Gzip {
    kept: KeptGzip,
}

/// Compressed answers by ETag, shared by the fairing that fills it and the
/// answers (`conditional::Conditional`) that can skip making their body
/// when it holds their ETag.
#[derive(Clone)]
pub struct KeptGzip(moka::sync::Cache<String, Arc<Vec<u8>>>);

/// Memory for kept compressed answers.
const KEPT_BYTES: u64 = 16 * 1024 * 1024;
/// What the cache spends on an entry besides its key and bytes, about: a
/// small answer's entry costs more in bookkeeping than in bytes.
const ENTRY_BOOKKEEPING: usize = 400;

impl Default for KeptGzip {
    fn default() -> KeptGzip {
        KeptGzip(
            moka::sync::Cache::builder()
                .weigher(|etag: &String, gz: &Arc<Vec<u8>>| {
                    u32::try_from(etag.len() + gz.len() + ENTRY_BOOKKEEPING).unwrap_or(u32::MAX)
                })
                .max_capacity(KEPT_BYTES)
                .build(),
        )
    }
}

impl KeptGzip {
    pub fn get(&self, etag: &str) -> Option<Arc<Vec<u8>>> {
        self.0.get(etag)
    }
}

impl Gzip {
    /// The fairing and, to manage as state, the cache it fills.
    pub fn with_kept() -> (Gzip, KeptGzip) {
        let gzip = Gzip::default();
        let kept = gzip.kept.clone();
        (gzip, kept)
    }

    fn compress(&self, etag: Option<&str>, body: &[u8]) -> Option<Arc<Vec<u8>>> {
        let Some(etag) = etag else {
            return gzip(body).map(Arc::new);
        };
        if let Some(kept) = self.kept.get(etag) {
            return Some(kept);
        }
        let gz = Arc::new(gzip(body)?);
        self.kept.0.insert(etag.to_owned(), gz.clone());
        Some(gz)
    }
}

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

/// Kept compressed bytes as a body, without copying them.
pub struct KeptBytes(pub Arc<Vec<u8>>);

impl AsRef<[u8]> for KeptBytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

/// `body` gzipped, or `None` when it is too small to gain anything.
pub fn gzip(body: &[u8]) -> Option<Vec<u8>> {
    if body.len() < MIN_SIZE {
        return None;
    }
    let mut encoder = GzEncoder::new(Vec::with_capacity(body.len() / 3), Compression::default());
    let mut gz = encoder
        .write_all(body)
        .and_then(|()| encoder.finish())
        .ok()?;
    // Kept answers are weighed by their length: the room reserved for a
    // body that compressed better than a third must not stay with them.
    gz.shrink_to_fit();
    Some(gz)
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
        let etag = response.headers().get_one("ETag").map(str::to_owned);
        match self.compress(etag.as_deref(), &body) {
            Some(gz) => {
                response.set_header(Header::new("Content-Encoding", "gzip"));
                response.set_sized_body(gz.len(), Cursor::new(KeptBytes(gz)));
            }
            None => response.set_sized_body(body.len(), Cursor::new(body)),
        }
    }
}

#[cfg(test)]
mod tests {
    use rocket::http::Header;

    use super::Gzip;

    #[test]
    fn answers_with_an_etag_are_compressed_once() {
        let gzip = Gzip::default();
        let body = "figures ".repeat(200);
        let first = gzip.compress(Some("\"abc\""), body.as_bytes()).unwrap();
        let again = gzip.compress(Some("\"abc\""), body.as_bytes()).unwrap();
        assert!(std::sync::Arc::ptr_eq(&first, &again), "kept, not redone");
        let other = gzip.compress(None, body.as_bytes()).unwrap();
        assert!(!std::sync::Arc::ptr_eq(&first, &other));
        assert_eq!(*first, *other, "the same bytes either way");
        assert!(gzip.compress(Some("\"small\""), b"tiny").is_none());
        assert_eq!(first.capacity(), first.len(), "kept without spare room");
    }

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

    #[rocket::async_test]
    async fn a_kept_gzip_form_is_sent_as_it_was_made() {
        use std::io::Read;
        let app = TestApp::new().await;
        let rating = crate::demo::sample_rating();
        assert_eq!(
            app.post_json("/api/v1/ratings", &rating)
                .await
                .status()
                .code,
            201
        );
        app.settle().await;
        let path = "/api/v1/requesters?platform=mturk&ids=A1B2C3D4E5,NOBODY";
        let plain = app.client.get(path).dispatch().await;
        let etag = plain.headers().get_one("ETag").unwrap().to_owned();
        let plain = plain.into_string().await.unwrap();
        let mut answers = Vec::new();
        for _ in 0..2 {
            let response = app
                .client
                .get(path)
                .header(Header::new("Accept-Encoding", "gzip"))
                .dispatch()
                .await;
            assert_eq!(response.headers().get_one("Content-Encoding"), Some("gzip"));
            assert_eq!(response.headers().get_one("ETag"), Some(etag.as_str()));
            assert!(response
                .headers()
                .get("Vary")
                .any(|v| v == "Accept-Encoding"));
            assert_eq!(
                response.headers().get_one("Content-Type"),
                Some("application/json")
            );
            answers.push(response.into_bytes().await.unwrap());
        }
        assert_eq!(answers[0], answers[1], "the second is the kept form");
        let mut unzipped = String::new();
        flate2::read::GzDecoder::new(&answers[1][..])
            .read_to_string(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, plain);
    }
}
