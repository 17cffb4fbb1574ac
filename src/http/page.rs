//! Pages: a template rendered in its reader's language with the layout's
//! context, private responses, error pages and the HTML catcher. Every page
//! works without JavaScript.

use rocket::http::{Header, Status};
use rocket::response::{self, Responder};
use rocket::{catch, catchers, Catcher, Request};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use crate::error::Error;
use crate::i18n::{Lang, Msg};
use crate::App;

pub fn catchers() -> Vec<Catcher> {
    catchers![default_catcher]
}

/// What a page is called: a message, or text of its own (a requester's name).
pub enum Title {
    Msg(Msg),
    Text(String),
}

impl From<Msg> for Title {
    fn from(msg: Msg) -> Self {
        Title::Msg(msg)
    }
}

impl From<String> for Title {
    fn from(text: String) -> Self {
        Title::Text(text)
    }
}

/// A page of the site, rendered in its reader's language when it is sent.
pub struct View {
    name: &'static str,
    title: Title,
    context: Value,
    /// The page a form answered by this view lives on, when the form was
    /// posted to an address of its own (`/strikes/x/pledge`).
    on_page: Option<String>,
    /// The languages the page speaks first (a channel's country's), the
    /// first of them for a reader who asks for none Clickline has; English
    /// when empty.
    local_languages: &'static [Lang],
}

/// A page from template `name` with its own context.
pub fn page(name: &'static str, title: impl Into<Title>, context: Value) -> View {
    View {
        name,
        title: title.into(),
        context,
        on_page: None,
        local_languages: &[],
    }
}

/// Where the language switch leads back to: the page being read, or, after
/// a form was posted, the page the form is on (as the view says, else the
/// address it was posted to).
fn page_address(request: &Request<'_>, on_page: Option<String>) -> String {
    if request.method() == rocket::http::Method::Get {
        return request.uri().to_string();
    }
    on_page.unwrap_or_else(|| request.uri().path().to_string())
}

/// The links of the language switch, each back to the page being read.
/// The page's own languages come first.
fn language_links(
    request: &Request<'_>,
    current: Lang,
    on_page: Option<String>,
    local: &[Lang],
) -> Vec<Value> {
    let here = page_address(request, on_page);
    let next: String = form_urlencoded::byte_serialize(here.as_bytes()).collect();
    let others = Lang::ALL.iter().filter(|lang| !local.contains(lang));
    local
        .iter()
        .chain(others)
        .map(|lang| {
            json!({
                "code": lang.code(),
                "name": lang.native_name(),
                "dir": lang.dir(),
                "current": *lang == current,
                "local": local.contains(lang),
                "href": format!("/language?to={}&next={next}", lang.code()),
            })
        })
        .collect()
}

/// Renders `name` in `lang` with what the layout needs: language,
/// direction, the language switch, the title, the stylesheet and the demo
/// banner.
fn render(request: &Request<'_>, lang: Lang, view: View) -> Template {
    let View {
        name,
        title,
        mut context,
        on_page,
        local_languages,
    } = view;
    let app = request.rocket().state::<App>();
    context["site"] = json!({ "demo": app.is_some_and(|app| app.demo) });
    context["static"] = json!({
        "css": app.map_or("/static/clickline.css", |app| app.assets.css_url.as_str()),
    });
    context["lang"] = json!(lang.code());
    context["dir"] = json!(lang.dir());
    context["local_languages"] = json!(!local_languages.is_empty());
    context["languages"] = json!(language_links(request, lang, on_page, local_languages));
    context["title"] = json!(match title {
        Title::Msg(msg) => msg.render(lang),
        Title::Text(text) => text,
    });
    Template::render(name, context)
}

impl View {
    /// Replaces the page's `message`.
    pub fn with_message(mut self, message: Msg) -> View {
        self.context["message"] = json!(message);
        self
    }

    /// Offers `languages` first, and shows the page in the first of them
    /// to a reader who asks for no language Clickline has.
    pub fn speaking(mut self, languages: &'static [Lang]) -> View {
        self.local_languages = languages;
        self
    }

    /// Says which page the form this view answers is on (an address from
    /// `uri!`), for the language switch.
    pub fn on_page(mut self, address: impl std::fmt::Display) -> View {
        self.on_page = Some(address.to_string());
        self
    }
}

impl<'r> Responder<'r, 'static> for View {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let lang = Lang::asked(request)
            .or(self.local_languages.first().copied())
            .unwrap_or(Lang::En);
        let mut response = render(request, lang, self).respond_to(request)?;
        // The same address reads differently per language.
        response.set_header(Header::new("Vary", "Accept-Language, Cookie"));
        response.set_header(Header::new("Content-Language", lang.code()));
        Ok(response)
    }
}

/// A response that must not be kept by browsers or proxies: forms with a
/// worker's text, receipt codes.
pub struct Private<R>(pub Status, pub R);

impl Private<View> {
    /// See [`View::on_page`].
    pub fn on_page(self, address: impl std::fmt::Display) -> Self {
        Private(self.0, self.1.on_page(address))
    }
}

impl<'r, R: Responder<'r, 'static>> Responder<'r, 'static> for Private<R> {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let mut response = self.1.respond_to(request)?;
        response.set_status(self.0);
        response.set_header(Header::new("Cache-Control", "no-store"));
        Ok(response)
    }
}

/// A page that is private when it is shown to a logged-in organizer: it
/// then holds their CSRF token, so it is `no-store` and never compressed
/// (a compressed page with a secret in it leaks the secret by its size).
pub fn private_if(holds_a_token: bool, view: View) -> rocket::Either<View, Private<View>> {
    if holds_a_token {
        rocket::Either::Right(Private(Status::Ok, view))
    } else {
        rocket::Either::Left(view)
    }
}

#[catch(default)]
fn default_catcher(status: Status, request: &Request<'_>) -> (Status, View) {
    if let Some((message, next)) = crate::error::StashedReason::take(request) {
        let (title, _) = error_messages(status.code);
        let context = json!({ "code": status.code, "message": message, "next": next });
        return (status, page("layout/error", Msg::new(title), context));
    }
    (status, error_page(status))
}

/// The error page for `status`, with a message saying what to do next.
pub fn error_page(status: Status) -> View {
    let (title, message) = error_messages(status.code);
    page(
        "layout/error",
        Msg::new(title),
        json!({ "code": status.code, "message": Msg::new(message) }),
    )
}

/// The title and the message of the error page for a status code.
fn error_messages(code: u16) -> (String, String) {
    match code {
        401 | 403 | 404 | 413 | 422 | 429 | 503 => {
            (format!("error-{code}-title"), format!("error-{code}"))
        }
        409 => ("error-409-title".to_owned(), "error-key-reused".to_owned()),
        410 => ("error-410-title".to_owned(), "error-withdrawn".to_owned()),
        _ => ("error-500-title".to_owned(), "error-other".to_owned()),
    }
}

/// What a form says when the error is not about one field.
pub fn banner_for(error: &Error) -> Msg {
    match error {
        Error::Unavailable => Msg::new("banner-unavailable"),
        Error::RateLimited => Msg::new("banner-rate-limited"),
        other => Msg::new("banner-not-saved").arg("reason", other.message()),
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{has_message, Lang};

    #[test]
    fn every_error_page_has_its_words_in_every_language() {
        for code in [400, 401, 403, 404, 409, 410, 413, 422, 429, 500, 503] {
            let (title, message) = super::error_messages(code);
            for lang in Lang::ALL {
                assert!(has_message(lang, &title, &[]), "{code}: {title}");
                assert!(has_message(lang, &message, &[]), "{code}: {message}");
            }
        }
    }
}
