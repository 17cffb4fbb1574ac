//! Logging in and out, the dashboard and changing one's password.

use crate::http::page::View;
use rocket::http::{CookieJar, Status};
use rocket::response::Redirect;
use rocket::{get, post, routes, Route, State};
use serde_json::json;

use crate::domain::FieldErrors;
use crate::domain::PlatformSlug;
use crate::error::Error;
use crate::http::fields::RawFields;
use crate::http::guards::ClientAddress;
use crate::http::html_error::HtmlError;
use crate::http::page::{page, Private};
use crate::i18n::Msg;
use crate::organizers::auth::{self, FirstSession, Session};
use crate::organizers::store::OrganizerStore;
use crate::organizers::throttle::{self, Tried};
use crate::organizers::web::{follow_choices, ok, session_context, Page};
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![
        login_form,
        login,
        logout,
        dashboard,
        set_follows,
        password_form,
        password
    ]
}

fn login_page(email: &str, error: Option<Msg>, status: Status) -> Page {
    Ok(Private(
        status,
        page(
            "organizers/login",
            Msg::new("title-login"),
            json!({ "email": email, "error": error }),
        ),
    ))
}

#[get("/organize/login")]
pub fn login_form() -> Page {
    login_page("", None, Status::Ok)
}

/// The same answer for an unknown email and a wrong password, after the
/// same work, so nobody can learn who has an account. Wrong passwords earn
/// growing delays for that email from that client (`throttle`), on top of
/// the hourly limit per client.
#[post("/organize/login", data = "<raw>")]
pub async fn login(
    app: &State<App>,
    raw: RawFields,
    client: ClientAddress,
    cookies: &CookieJar<'_>,
) -> Result<Result<Redirect, Private<View>>, HtmlError> {
    let email = raw.get("email").trim().to_lowercase();
    let refused = |message: Msg, status| login_page(&email, Some(message), status);
    let found = app.db.find_organizer_by_email(&email).await?;
    let hash = found.as_ref().map(|o| o.password_hash.as_str());
    let tried = throttle::try_password(app, &email, &client.0, raw.get("password"), hash).await?;
    match (tried, found) {
        (Tried::Refused(message), _) => Ok(Err(refused(message, Status::TooManyRequests)?)),
        (Tried::Right, Some(organizer)) => {
            if organizer.disabled {
                // Only someone with the right password learns this.
                return Ok(Err(refused(Msg::new("login-disabled"), Status::Forbidden)?));
            }
            auth::start_session(cookies, &organizer, app.settings.secure_cookies);
            let next = if organizer.must_change_password {
                "/organize/password"
            } else {
                "/organize"
            };
            Ok(Ok(Redirect::to(next)))
        }
        _ => Ok(Err(refused(Msg::new("login-wrong"), Status::Unauthorized)?)),
    }
}

#[post("/organize/logout", data = "<raw>")]
pub async fn logout(
    app: &State<App>,
    first: FirstSession,
    raw: RawFields,
    cookies: &CookieJar<'_>,
) -> Result<Redirect, HtmlError> {
    let session = first.0;
    session.check_csrf(&raw)?;
    app.db.end_sessions(&session.organizer.id).await?;
    auth::end_session(cookies);
    Ok(Redirect::to("/"))
}

#[get("/organize")]
pub fn dashboard(app: &State<App>, session: Session) -> Page {
    ok(page(
        "organizers/organize",
        Msg::new("title-organize"),
        json!({
            "me": session_context(&session),
            "count": *crate::vouchers::parse::BATCH_SIZES.start(),
            "platforms": follow_choices(app, &session),
        }),
    ))
}

/// The platforms whose strikes the organizer's channels follow.
#[post("/organize/follows", data = "<raw>")]
pub async fn set_follows(
    app: &State<App>,
    session: Session,
    raw: RawFields,
) -> Result<Redirect, HtmlError> {
    session.check_csrf(&raw)?;
    let follows: Vec<PlatformSlug> = app
        .platforms()
        .all()
        .iter()
        .filter(|platform| raw.get(&format!("follow.{}", platform.slug)) == "on")
        .map(|platform| platform.slug.clone())
        .collect();
    app.db.set_follows(&session.organizer.id, &follows).await?;
    Ok(Redirect::to("/organize"))
}

#[get("/organize/password")]
pub fn password_form(first: FirstSession) -> Page {
    let session = first.0;
    ok(page(
        "organizers/password",
        Msg::new("title-password"),
        password_context(&session, None),
    ))
}

fn password_context(session: &Session, errors: Option<&FieldErrors>) -> serde_json::Value {
    json!({
        "me": session_context(session),
        "initial": session.organizer.must_change_password,
        "errors": errors.map(FieldErrors::view),
    })
}

#[post("/organize/password", data = "<raw>")]
pub async fn password(
    app: &State<App>,
    first: FirstSession,
    raw: RawFields,
    client: ClientAddress,
    cookies: &CookieJar<'_>,
) -> Page {
    let session = first.0;
    session.check_csrf(&raw)?;
    let mut errors = FieldErrors::new();
    let mut status = Status::UnprocessableEntity;
    let current = Some(session.organizer.password_hash.as_str());
    let (email, client) = (&session.organizer.email, &client.0);
    match throttle::try_password(app, email, client, raw.get("current"), current).await? {
        Tried::Right => {}
        Tried::Wrong => errors.add("current", Msg::new("password-not-current")),
        Tried::Refused(message) => {
            errors.add("current", message);
            status = Status::TooManyRequests;
        }
    }
    let new = raw.get("new");
    if new.chars().count() < 12 {
        errors.add("new", Msg::new("password-too-short"));
    } else if new == raw.get("current") {
        errors.add("new", Msg::new("password-same"));
    } else if new != raw.get("confirm") {
        errors.add("confirm", Msg::new("password-differ"));
    }
    if !errors.is_empty() {
        let context = password_context(&session, Some(&errors));
        return Ok(Private(
            status,
            page("organizers/password", Msg::new("title-password"), context),
        ));
    }
    app.db
        .set_password(
            &session.organizer.id,
            &auth::hash_password_off_thread(new).await?,
        )
        .await?;
    // A changed password means the old one may have leaked: the API tokens
    // made with it end too.
    app.db.revoke_tokens(&session.organizer.id).await?;
    // Other sessions end; this one starts afresh.
    let organizer = app
        .db
        .find_organizer(&session.organizer.id)
        .await?
        .ok_or(Error::Unauthorized)?;
    auth::start_session(cookies, &organizer, app.settings.secure_cookies);
    ok(page(
        "layout/notice",
        Msg::new("title-password-changed"),
        json!({ "message": Msg::new("password-changed"), "link": "/organize" }),
    ))
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn login_is_generic_rate_limited_and_csrf_protected() {
        let app = TestApp::with_settings(&[("login_attempts_per_hour", 3)]).await;
        let ana = app.organizer("ana@union.example", "FR", "organizer").await;
        for (email, password) in [
            ("ana@union.example", "wrong"),
            ("nobody@union.example", "wrong"),
        ] {
            let response = app
                .post_form(
                    "/organize/login",
                    &[("email", email), ("password", password)],
                )
                .await;
            assert_eq!(response.status(), Status::Unauthorized);
            assert!(response
                .into_string()
                .await
                .unwrap()
                .contains("Email or password is wrong."));
        }
        assert_eq!(
            app.client.get("/organize").dispatch().await.status(),
            Status::Unauthorized
        );
        app.login(&ana).await;
        let cookie = app
            .client
            .cookies()
            .get_private("clickline_session")
            .expect("a session");
        assert!(cookie.http_only().unwrap_or(false));
        assert_eq!(cookie.same_site(), Some(rocket::http::SameSite::Strict));
        assert_eq!(
            app.client.get("/organize").dispatch().await.status(),
            Status::Ok
        );

        // A form without the session's CSRF token is refused.
        let forged = app
            .post_form("/channels/FR/announcements", &[("body", "hello")])
            .await;
        assert_eq!(forged.status(), Status::Forbidden);
        assert_eq!(app.count("announcements").await, 0);

        let csrf = app.csrf().await;
        let out = app.post_form("/organize/logout", &[("csrf", &csrf)]).await;
        assert_eq!(out.status(), Status::SeeOther);
        assert_eq!(
            app.client.get("/organize").dispatch().await.status(),
            Status::Unauthorized
        );

        let blocked = app
            .post_form(
                "/organize/login",
                &[("email", "ana@union.example"), ("password", &ana.password)],
            )
            .await;
        assert_eq!(
            blocked.status(),
            Status::TooManyRequests,
            "the fourth attempt in an hour"
        );
    }

    #[rocket::async_test]
    async fn organizers_change_their_password_and_other_sessions_end() {
        let app = TestApp::new().await;
        let ana = app.organizer("ana@union.example", "FR", "organizer").await;
        app.login(&ana).await;
        let elsewhere = app.second_instance().await;
        elsewhere.login(&ana).await;
        let csrf = app.csrf().await;
        let wrong = app
            .post_form(
                "/organize/password",
                &[
                    ("csrf", &csrf),
                    ("current", "nope"),
                    ("new", "short"),
                    ("confirm", "short"),
                ],
            )
            .await;
        assert_eq!(wrong.status(), Status::UnprocessableEntity);
        let new = "a much longer passphrase";
        let changed = app
            .post_form(
                "/organize/password",
                &[
                    ("csrf", &csrf),
                    ("current", &ana.password),
                    ("new", new),
                    ("confirm", new),
                ],
            )
            .await;
        assert_eq!(changed.status(), Status::Ok);
        assert_eq!(
            app.client.get("/organize").dispatch().await.status(),
            Status::Ok,
            "this session goes on"
        );
        assert_eq!(
            elsewhere.client.get("/organize").dispatch().await.status(),
            Status::Unauthorized
        );
        let old = elsewhere
            .post_form(
                "/organize/login",
                &[("email", "ana@union.example"), ("password", &ana.password)],
            )
            .await;
        assert_eq!(old.status(), Status::Unauthorized);
    }

    #[rocket::async_test]
    async fn a_new_password_ends_the_api_tokens_made_before() {
        let app = TestApp::new().await;
        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        let body = serde_json::json!({ "count": 20 });
        let before = app
            .post_json_as(&ana.token, "/api/v1/vouchers", &body)
            .await;
        assert_eq!(before.status(), Status::Created);
        app.login(&ana).await;
        let csrf = app.csrf().await;
        let changed = app
            .post_form(
                "/organize/password",
                &[
                    ("csrf", &csrf),
                    ("current", &ana.password),
                    ("new", "a much longer passphrase"),
                    ("confirm", "a much longer passphrase"),
                ],
            )
            .await;
        assert_eq!(changed.status(), Status::Ok);
        let after = app
            .post_json_as(&ana.token, "/api/v1/vouchers", &body)
            .await;
        assert_eq!(after.status(), Status::Unauthorized);
    }
}
