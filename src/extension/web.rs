//! `/extension` (how to install), `/extension/clickline.user.js` and
//! `/extension/clickline-extension.zip`.

use rocket::http::{ContentType, Header, Status};
use rocket::request::{FromRequest, Outcome, Request};
use rocket::{get, routes, Route, State};
use serde_json::json;

use super::bundle::Bundle;
use crate::http::page::{page, View};
use crate::i18n::Msg;
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![install_page, userscript, extension_zip]
}

/// The address this request reached Clickline at (`https://host`), the
/// default the packages carry. HTTPS wherever cookies are kept secure (a
/// release build); the host only when it is a plain host name or address
/// and port, so nothing a client sends can reach the scripts but a host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServedFrom(pub Option<String>);

impl ServedFrom {
    pub fn of(host: Option<&str>, https: bool) -> ServedFrom {
        let plain = |host: &&str| {
            !host.is_empty()
                && host.len() <= 260
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        };
        let scheme = if https { "https" } else { "http" };
        ServedFrom(host.filter(plain).map(|host| format!("{scheme}://{host}")))
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ServedFrom {
    type Error = std::convert::Infallible;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let https = request
            .rocket()
            .state::<App>()
            .is_some_and(|app| app.settings.secure_cookies);
        Outcome::Success(ServedFrom::of(request.headers().get_one("Host"), https))
    }
}

#[get("/extension")]
pub fn install_page(bundle: &State<Bundle>, served: ServedFrom) -> View {
    page(
        "extension",
        Msg::new("extension-title"),
        json!({
            "address": served.0,
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
pub fn userscript(bundle: &State<Bundle>, served: ServedFrom) -> Option<Userscript> {
    (!bundle.is_empty()).then(|| Userscript(bundle.userscript(served.0.as_deref())))
}

/// The WebExtension, as a file to save.
#[derive(rocket::Responder)]
pub struct Zip {
    body: Vec<u8>,
    content_type: ContentType,
    disposition: Header<'static>,
}

#[get("/extension/clickline-extension.zip")]
pub fn extension_zip(bundle: &State<Bundle>, served: ServedFrom) -> Result<Zip, Status> {
    if bundle.is_empty() {
        return Err(Status::NotFound);
    }
    let body = bundle.zip(served.0.as_deref()).map_err(|error| {
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

    use super::ServedFrom;
    use crate::testing::TestApp;

    #[test]
    fn only_plain_hosts_become_the_default_address() {
        assert_eq!(
            ServedFrom::of(Some("clickline.example:8443"), true)
                .0
                .as_deref(),
            Some("https://clickline.example:8443")
        );
        assert_eq!(ServedFrom::of(Some("evil\";alert(1)//"), false).0, None);
        assert_eq!(ServedFrom::of(None, false).0, None);
    }

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
            .header(Header::new("Host", "clickline.example"))
            .dispatch()
            .await;
        assert_eq!(script.status(), Status::Ok);
        assert_eq!(
            script.headers().get_one("Content-Type"),
            Some("text/javascript; charset=utf-8")
        );
        let script = script.into_string().await.unwrap();
        assert!(script.contains("CLICKLINE_DEFAULT_ADDRESS = \"http://clickline.example\""));

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
}
