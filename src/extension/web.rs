//! `/extension` (how to install), `/extension/clickline.user.js` and
//! `/extension/clickline-extension.zip`.

use rocket::http::{ContentType, Header, Status};
use rocket::{get, routes, Route, State};
use serde_json::json;

use super::bundle::Bundle;
use crate::http::page::{page, View};
use crate::i18n::Msg;
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![install_page, userscript, extension_zip]
}

#[get("/extension")]
pub fn install_page(bundle: &State<Bundle>, app: &State<App>) -> View {
    page(
        "extension/extension",
        Msg::new("extension-title"),
        json!({
            "address": app.settings.public_url.as_str(),
            "available": !bundle.is_empty(),
            "screenshot": bundle.has("screenshot.png"),
        }),
    )
}

/// The userscript, for Tampermonkey and Violentmonkey.
#[derive(rocket::Responder)]
#[response(content_type = "text/javascript; charset=utf-8")]
pub struct Userscript(String);

#[get("/extension/clickline.user.js")]
pub fn userscript(bundle: &State<Bundle>, app: &State<App>) -> Option<Userscript> {
    (!bundle.is_empty()).then(|| Userscript(bundle.userscript(&app.settings.public_url)))
}

/// The WebExtension, as a file to save.
#[derive(rocket::Responder)]
pub struct Zip {
    body: Vec<u8>,
    content_type: ContentType,
    disposition: Header<'static>,
}

#[get("/extension/clickline-extension.zip")]
pub fn extension_zip(bundle: &State<Bundle>, app: &State<App>) -> Result<Zip, Status> {
    if bundle.is_empty() {
        return Err(Status::NotFound);
    }
    let body = bundle.zip(&app.settings.public_url).map_err(|error| {
        tracing::error!("building the extension zip: {error}");
        Status::InternalServerError
    })?;
    Ok(Zip {
        body,
        content_type: ContentType::ZIP,
        disposition: Header::new(
            "Content-Disposition",
            "attachment; filename=\"clickline-extension.zip\"",
        ),
    })
}

#[cfg(test)]
mod tests {
    use rocket::http::{ContentType, Header, Status};

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn the_install_page_the_userscript_and_the_zip_are_served() {
        let app = TestApp::new().await;
        let html = app.get_html("/extension").await;
        assert!(html.contains("href=\"/extension/clickline-extension.zip\""));
        assert!(html.contains("href=\"/extension/clickline.user.js\""));
        assert!(html.contains("/turkopticon/v2/requesters"));

        let script = app
            .client
            .get("/extension/clickline.user.js")
            .dispatch()
            .await;
        assert_eq!(script.status(), Status::Ok);
        assert_eq!(
            script.headers().get_one("Content-Type"),
            Some("text/javascript; charset=utf-8")
        );
        let script = script.into_string().await.unwrap();
        assert!(script.contains("CLICKLINE_DEFAULT_ADDRESS = \"http://127.0.0.1:8000\""));

        let zip = app
            .client
            .get("/extension/clickline-extension.zip")
            .dispatch()
            .await;
        assert_eq!(zip.status(), Status::Ok);
        assert_eq!(zip.content_type(), Some(ContentType::ZIP));
        let bytes = zip.into_bytes().await.unwrap();
        assert_eq!(&bytes[..4], b"PK\x03\x04");
    }

    /// The packages are kept in the page cache by path and language: an
    /// address taken from one request's `Host` reached every visitor after it.
    #[rocket::async_test]
    async fn no_host_header_reaches_the_packages_or_the_install_page() {
        let app = TestApp::new().await;
        for path in [
            "/extension/clickline.user.js",
            "/extension",
            "/extension/clickline-extension.zip",
        ] {
            let poisoned = app
                .client
                .get(path)
                .header(Header::new("Host", "evil.example"))
                .dispatch()
                .await;
            assert_eq!(poisoned.status(), Status::Ok, "{path}");
            let body = poisoned.into_bytes().await.unwrap();
            assert!(!contains(&body, b"evil.example"), "{path} names the Host");
            let after = app.client.get(path).dispatch().await;
            let body = after.into_bytes().await.unwrap();
            assert!(!contains(&body, b"evil.example"), "{path} kept the Host");
        }
        let script = app
            .client
            .get("/extension/clickline.user.js")
            .dispatch()
            .await;
        let script = script.into_string().await.unwrap();
        for line in [
            "// @connect      127.0.0.1\n",
            "// @updateURL    http://127.0.0.1:8000/extension/clickline.user.js\n",
            "// @downloadURL  http://127.0.0.1:8000/extension/clickline.user.js\n",
        ] {
            assert!(script.contains(line), "{line}");
        }
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack
            .windows(needle.len())
            .any(|window| window == needle)
    }
}
