//! Static files under long-lived, fingerprinted addresses: pages link
//! `/static/clickline.css?v=<hash of its content>`, which browsers may keep
//! for a year; a changed file gets a new address. Every static file also
//! carries its hash as an `ETag`, so a plain address revalidates cheaply.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::{Header, Method, Status};
use rocket::{Request, Response};
use sha2::{Digest, Sha256};

#[derive(Debug, Default)]
pub struct Assets {
    /// File name → first 16 hex digits of its SHA-256.
    fingerprints: HashMap<String, String>,
    /// The stylesheet's fingerprinted address.
    pub css_url: String,
}

impl Assets {
    /// Hashes the files of `dir` (one level: Clickline's static folder is flat).
    pub fn load(dir: &str) -> Assets {
        let mut fingerprints = HashMap::new();
        if let Ok(entries) = std::fs::read_dir(Path::new(dir)) {
            for entry in entries.flatten() {
                let Ok(bytes) = std::fs::read(entry.path()) else {
                    continue;
                };
                let hash = hex::encode(Sha256::digest(&bytes));
                fingerprints.insert(
                    entry.file_name().to_string_lossy().into_owned(),
                    hash[..16].to_owned(),
                );
            }
        }
        let css_url = match fingerprints.get("clickline.css") {
            Some(hash) => format!("/static/clickline.css?v={hash}"),
            None => "/static/clickline.css".to_owned(),
        };
        Assets {
            fingerprints,
            css_url,
        }
    }

    fn fingerprint(&self, file: &str) -> Option<&str> {
        self.fingerprints.get(file).map(String::as_str)
    }
}

/// Caching headers for `/static/...`.
pub struct StaticCaching;

#[rocket::async_trait]
impl Fairing for StaticCaching {
    fn info(&self) -> Info {
        Info {
            name: "static file caching",
            kind: Kind::Response,
        }
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        let path = request.uri().path();
        let Some(file) = path.as_str().strip_prefix("/static/") else {
            return;
        };
        if request.method() != Method::Get || response.status() != Status::Ok {
            return;
        }
        let Some(assets) = request
            .rocket()
            .state::<crate::App>()
            .map(|app| &app.assets)
        else {
            return;
        };
        let Some(hash) = assets.fingerprint(file) else {
            return;
        };
        let etag = format!("\"{hash}\"");
        let versioned = request
            .query_value::<&str>("v")
            .and_then(Result::ok)
            .is_some_and(|v| v == hash);
        response.set_header(Header::new(
            "Cache-Control",
            if versioned {
                "public, max-age=31536000, immutable"
            } else {
                "public, no-cache"
            },
        ));
        if request
            .headers()
            .get("If-None-Match")
            .flat_map(|value| value.split(','))
            .any(|tag| tag.trim().trim_start_matches("W/") == etag)
        {
            response.set_status(Status::NotModified);
            response.set_sized_body(0, Cursor::new(Vec::new()));
        }
        response.set_header(Header::new("ETag", etag));
    }
}

#[cfg(test)]
mod tests {
    use rocket::http::{Header, Status};

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn the_stylesheet_is_fingerprinted_and_revalidates() {
        let app = TestApp::new().await;
        let href = app.stylesheet_href().await;
        assert!(href.starts_with("/static/clickline.css?v="), "{href}");
        let css = app.client.get(href).dispatch().await;
        assert_eq!(css.status(), Status::Ok);
        assert_eq!(
            css.headers().get_one("Cache-Control"),
            Some("public, max-age=31536000, immutable")
        );
        let etag = css.headers().get_one("ETag").expect("an ETag").to_owned();

        let plain = app.client.get("/static/clickline.css").dispatch().await;
        assert_eq!(
            plain.headers().get_one("Cache-Control"),
            Some("public, no-cache")
        );
        let again = app
            .client
            .get("/static/clickline.css")
            .header(Header::new("If-None-Match", etag))
            .dispatch()
            .await;
        assert_eq!(again.status(), Status::NotModified);
        assert!(again.into_bytes().await.unwrap_or_default().is_empty());
    }
}
