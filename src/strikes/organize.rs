//! Organizers call strikes and change their status from their area.

use crate::http::page::View;
use rocket::http::Status;
use rocket::response::Redirect;
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use crate::domain::{Choice, Country, FieldErrors, StrikeStatus};
use crate::error::Error;
use crate::http::fields::RawFields;
use crate::http::html_error::HtmlError;
use crate::http::page::{page, Private};
use crate::i18n::Msg;
use crate::organizers::auth::Session;
use crate::organizers::web::{session_context, Page};
use crate::reports::service::today;
use crate::strikes::views::forget;
use crate::{strikes, App};

pub fn routes() -> Vec<Route> {
    routes![strike_form, create_strike, strike_status]
}

fn strike_form_page(
    app: &App,
    session: &Session,
    raw: &RawFields,
    errors: &FieldErrors,
    banner: Option<Msg>,
    status: Status,
) -> Page {
    let platforms: Vec<Value> = app
        .db
        .platforms()
        .iter()
        .map(|p| json!({ "value": p.slug, "label": p.name, "selected": p.slug.as_str() == raw.get("platform") }))
        .collect();
    let context = json!({
        "me": session_context(session), "values": raw, "errors": errors.view(), "banner": banner, "platforms": platforms,
        "today": today(),
    });
    Ok(Private(
        status,
        page("strike_form", Msg::new("title-call-strike"), context),
    ))
}

#[get("/organize/strikes/new")]
pub fn strike_form(app: &State<App>, session: Session) -> Page {
    let raw = RawFields::from_pairs([(
        "called_in",
        session
            .organizer
            .countries
            .iter()
            .map(Country::code)
            .collect::<Vec<_>>()
            .join(",")
            .as_str(),
    )]);
    strike_form_page(app, &session, &raw, &FieldErrors::new(), None, Status::Ok)
}

#[post("/organize/strikes", data = "<raw>")]
pub async fn create_strike(
    app: &State<App>,
    session: Session,
    raw: RawFields,
) -> Result<Result<Redirect, Private<View>>, HtmlError> {
    session.check_csrf(&raw)?;
    let mut fields = raw.clone();
    fields.remove("csrf");
    let parsed = strikes::service::parse_strike(&fields, &session.organizer, &app.db);
    let strike = match parsed {
        Ok(strike) => strike,
        Err(Error::Invalid(errors)) => {
            return Ok(Err(strike_form_page(
                app,
                &session,
                &raw,
                &errors,
                None,
                Status::UnprocessableEntity,
            )?))
        }
        Err(error) => {
            let status = error.status();
            return Ok(Err(strike_form_page(
                app,
                &session,
                &raw,
                &FieldErrors::new(),
                Some(error.message()),
                status,
            )?));
        }
    };
    let strike =
        strikes::service::call_strike(&app.db, strike, app.settings.min_group_size).await?;
    forget(app, &strike);
    Ok(Ok(Redirect::to(format!("/strikes/{}", strike.id))))
}

#[post("/organize/strikes/<id>/status", data = "<raw>")]
pub async fn strike_status(
    app: &State<App>,
    session: Session,
    id: &str,
    raw: RawFields,
) -> Result<Redirect, HtmlError> {
    session.check_csrf(&raw)?;
    let strike = crate::strikes::service::find_strike(&app.db, id).await?;
    strikes::service::change_status(&app.db, &strike, &session.organizer, raw.get("status"))
        .await?;
    forget(app, &strike);
    Ok(Redirect::to(format!("/strikes/{}", strike.id)))
}

/// The statuses an organizer can set, for the strike page.
pub fn strike_statuses() -> Vec<Value> {
    StrikeStatus::ALL
        .iter()
        .map(|s| json!({ "value": s.wire(), "label": s.label() }))
        .collect()
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;
    use serde_json::{json, Value};

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn countries_whose_organizers_follow_the_platform_are_alerted() {
        let app = TestApp::new().await;
        let kenya = app
            .organizer("wanjiru@union.example", "KE", "organizer")
            .await;
        app.login(&kenya).await;
        let csrf = app.csrf().await;
        let page = app.get_html("/organize").await;
        assert!(page.contains("name=\"follow.mturk\""));
        let saved = app
            .post_form(
                "/organize/follows",
                &[("csrf", &csrf), ("follow.mturk", "on")],
            )
            .await;
        assert_eq!(saved.status(), Status::SeeOther);
        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        let strike = json!({
            "title": "No surveys under minimum wage",
            "demands": "Pay at least the minimum wage of the worker's country.",
            "platform": "mturk", "called_in": ["PH"],
            "starts_on": crate::reports::service::today().to_string(),
        });
        let created = app
            .post_json_as(&ana.token, "/api/v1/strikes", &strike)
            .await;
        assert_eq!(created.status(), Status::Created);
        let created: Value = created.into_json().await.unwrap();
        assert_eq!(created["solidarity_in"], json!(["KE"]));
    }

    #[rocket::async_test]
    async fn pages_holding_a_csrf_token_are_never_stored_or_compressed() {
        let app = TestApp::new().await;
        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        let strike = json!({
            "title": "No surveys under minimum wage",
            "demands": "Pay at least the minimum wage of the worker's country.",
            "platform": "mturk", "called_in": ["PH"],
            "starts_on": crate::reports::service::today().to_string(),
        });
        let created: Value = app
            .post_json_as(&ana.token, "/api/v1/strikes", &strike)
            .await
            .into_json()
            .await
            .unwrap();
        let id = created["id"].as_str().unwrap().to_owned();
        let fetch = |path: String| {
            app.client
                .get(path)
                .header(rocket::http::Header::new("Accept-Encoding", "gzip"))
                .dispatch()
        };
        let public = fetch(format!("/strikes/{id}")).await;
        assert_ne!(public.headers().get_one("Cache-Control"), Some("no-store"));
        app.login(&ana).await;
        for path in [format!("/strikes/{id}"), "/channels/PH".to_owned()] {
            let private = fetch(path.clone()).await;
            assert_eq!(
                private.headers().get_one("Cache-Control"),
                Some("no-store"),
                "{path}"
            );
            assert_eq!(
                private.headers().get_one("Content-Encoding"),
                None,
                "{path}"
            );
            let html = private.into_string().await.unwrap();
            assert!(html.contains("name=\"csrf\""), "{path} holds a token");
        }
    }
}
