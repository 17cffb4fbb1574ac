//! The language switch: a plain link on every page, remembered in a cookie
//! (no account, no JavaScript).

use rocket::http::{Cookie, CookieJar, SameSite};
use rocket::response::Redirect;
use rocket::{get, routes, Route};

use crate::i18n::{lang::COOKIE, Lang};

pub fn routes() -> Vec<Route> {
    routes![switch_language]
}

/// Only a well-formed path on this site: never `//other.host` or
/// `/\other.host`.
fn local_path(next: Option<&str>) -> &str {
    match next {
        Some(path)
            if !path.starts_with("//")
                && !path.starts_with("/\\")
                && rocket::http::uri::Origin::parse(path).is_ok() =>
        {
            path
        }
        _ => "/",
    }
}

#[get("/language?<to>&<next>")]
pub fn switch_language(to: Option<&str>, next: Option<&str>, cookies: &CookieJar<'_>) -> Redirect {
    if let Some(lang) = to.and_then(Lang::parse) {
        let cookie = Cookie::build((COOKIE, lang.code()))
            .path("/")
            .same_site(SameSite::Lax)
            .http_only(true)
            .max_age(rocket::time::Duration::days(365));
        cookies.add(cookie);
    }
    Redirect::to(local_path(next).to_owned())
}

#[cfg(test)]
mod tests {
    use rocket::http::{Header, Status};

    use super::local_path;
    use crate::testing::TestApp;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path(Some("/strikes?x=1")), "/strikes?x=1");
        assert_eq!(local_path(Some("//evil.example")), "/");
        assert_eq!(local_path(Some("/\\evil.example")), "/");
        assert_eq!(local_path(Some("https://evil.example")), "/");
        assert_eq!(local_path(Some("/a b")), "/");
        assert_eq!(local_path(Some("/a\nb")), "/");
        assert_eq!(local_path(None), "/");
    }

    #[rocket::async_test]
    async fn the_browser_language_is_used_until_the_reader_picks_another() {
        let app = TestApp::new().await;
        let page = app
            .client
            .get("/methodology")
            .header(Header::new("Accept-Language", "de-DE,de;q=0.9,en;q=0.5"))
            .dispatch()
            .await;
        assert_eq!(
            page.headers().get_one("Vary"),
            Some("Accept-Language, Cookie")
        );
        assert_eq!(page.headers().get_one("Content-Language"), Some("de"));
        let html = page.into_string().await.unwrap();
        assert!(html.contains(r#"<html lang="de" dir="ltr">"#), "{html}");

        let switched = app
            .client
            .get("/language?to=ar&next=%2Fmethodology")
            .header(Header::new("Accept-Language", "de"))
            .dispatch()
            .await;
        assert_eq!(switched.status(), Status::SeeOther);
        assert_eq!(switched.headers().get_one("Location"), Some("/methodology"));
        let html = app
            .client
            .get("/methodology")
            .header(Header::new("Accept-Language", "de"))
            .dispatch()
            .await
            .into_string()
            .await
            .unwrap();
        assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
        assert!(html.contains("المنهجية"), "the Arabic menu is shown");
    }

    #[rocket::async_test]
    async fn after_a_posted_form_the_switch_leads_back_to_its_page() {
        let app = TestApp::new().await;
        let (id, _) = app.file_rating().await;
        let flagged = app
            .post_form(&format!("/reports/{id}/flag"), &[("reason", "nonsense")])
            .await;
        assert_eq!(flagged.status(), Status::UnprocessableEntity);
        let html = flagged.into_string().await.unwrap();
        assert!(
            html.contains(&format!(
                "/language?to&#x3D;fr&amp;next&#x3D;%2Freports%2F{id}\""
            )),
            "{html}"
        );
    }
}
