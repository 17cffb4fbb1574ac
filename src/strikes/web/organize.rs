//! Organizers call strikes and change their status from their area.

use crate::domain::Day;
use crate::domain::{StrikeId, UnknownId};
use crate::http::page::View;
use rocket::http::Status;
use rocket::response::Redirect;
use rocket::{get, post, routes, uri, Either, Route, State};
use serde_json::{json, Value};

use crate::domain::{Choice, Country, FieldErrors, StrikeStatus};
use crate::error::Error;
use crate::http::fields::RawFields;
use crate::http::html_error::HtmlError;
use crate::http::page::{page, Private};
use crate::i18n::{Asked, Lang, Msg};
use crate::organizers::auth::Session;
use crate::organizers::web::{session_context, Page};
use crate::strikes::model::Strike;
use crate::strikes::parse::translation_field;
use crate::strikes::views::forget;
use crate::{strikes, App};

pub fn routes() -> Vec<Route> {
    routes![
        strike_form,
        create_strike,
        strike_status,
        strike_translation
    ]
}

fn strike_form_page(
    app: &App,
    session: &Session,
    raw: &RawFields,
    errors: &FieldErrors,
    banner: Option<Msg>,
    status: Status,
) -> Page {
    let platforms: Vec<Value> = app.platforms().all()
        .iter()
        .map(|p| json!({ "value": p.slug, "label": p.name, "selected": p.slug.as_str() == raw.get("platform") }))
        .collect();
    let errors = errors.view();
    let context = json!({
        "me": session_context(session), "values": raw, "banner": banner, "platforms": platforms,
        "text_languages": language_fields(raw, &errors),
        "errors": errors,
        "today": Day::today(),
    });
    Ok(Private(
        status,
        page(
            "strikes/strike_form",
            Msg::new("title-call-strike"),
            context,
        ),
    ))
}

/// The language of the call and one title and demands per other language,
/// each with what was typed and its errors.
fn language_fields(raw: &RawFields, errors: &Value) -> Vec<Value> {
    let original = raw.optional("language").unwrap_or(Lang::En.code());
    Lang::ALL
        .iter()
        .map(|lang| {
            let (title, demands) = (
                translation_field(*lang, "title"),
                translation_field(*lang, "demands"),
            );
            json!({
                "code": lang.code(),
                "name": lang.native_name(),
                "dir": lang.dir(),
                "selected": lang.code() == original,
                "title_field": title,
                "demands_field": demands,
                "title": raw.get(&title),
                "demands": raw.get(&demands),
                "title_errors": errors.get(&title),
                "demands_errors": errors.get(&demands),
            })
        })
        .collect()
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
    let parsed = strikes::parse::parse_strike(&fields, &session.organizer, app.platforms());
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
    id: Result<StrikeId, UnknownId>,
    raw: RawFields,
) -> Result<Redirect, HtmlError> {
    let id = id?;
    session.check_csrf(&raw)?;
    let strike = crate::strikes::service::find_strike(&app.db, &id).await?;
    strikes::service::change_status(&app.db, &strike, &session.organizer, raw.get("status"))
        .await?;
    forget(app, &strike);
    Ok(Redirect::to(format!("/strikes/{}", strike.id)))
}

/// An organizer adds the call in one more language from the strike page;
/// refused, the page again with the messages and the text typed.
#[post("/organize/strikes/<id>/translation", data = "<raw>")]
pub async fn strike_translation(
    app: &State<App>,
    session: Session,
    id: Result<StrikeId, UnknownId>,
    raw: RawFields,
    asked: Asked,
) -> Result<Either<Redirect, Private<View>>, HtmlError> {
    let id = id?;
    session.check_csrf(&raw)?;
    let strike = crate::strikes::service::find_strike(&app.db, &id).await?;
    match strikes::service::translate(&app.db, &strike, &session.organizer, &raw).await {
        Ok(()) => {
            forget(app, &strike);
            Ok(Either::Left(Redirect::to(uri!(super::strike_page(&id)))))
        }
        Err(Error::Invalid(errors)) => {
            let mut context = super::strike_context(app, &id, Some(&session), asked).await?;
            context["translation_errors"] = errors.view();
            context["translation_values"] = json!(raw);
            let title = Msg::new("strike-translation-add");
            let view =
                page("strikes/strike", title, context).on_page(uri!(super::strike_page(&id)));
            Ok(Either::Right(Private(Status::UnprocessableEntity, view)))
        }
        Err(error) => Err(error.into()),
    }
}

/// The languages a translation can be added in: all but the call's own.
pub fn translation_languages(strike: &Strike) -> Vec<Value> {
    Lang::ALL
        .iter()
        .filter(|lang| lang.code() != strike.language)
        .map(|lang| json!({ "code": lang.code(), "name": lang.native_name() }))
        .collect()
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

    /// A strike call in the Philippines against mturk, starting today.
    fn strike_body() -> Value {
        json!({
            "title": "No surveys under minimum wage",
            "demands": "Pay at least the minimum wage of the worker's country.",
            "platform": "mturk", "called_in": ["PH"],
            "starts_on": crate::domain::Day::today().to_string(),
        })
    }

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
        let strike = strike_body();
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
        let strike = strike_body();
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

    /// Every per-country output, for a country with one fewer than
    /// `min_group_size` reports, pledges and undercuts, then with enough.
    #[rocket::async_test]
    async fn nothing_per_country_speaks_for_fewer_than_min_group_size() {
        let app = TestApp::with_settings(&[("min_group_size", 3)]).await;
        let rate_from_ke = || async {
            let mut rating = crate::testing::sample_rating();
            rating["country"] = json!("KE");
            app.post_json("/api/v1/ratings", &rating).await;
        };
        for _ in 0..2 {
            rate_from_ke().await;
        }
        app.settle().await;
        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        let mut strike = strike_body();
        strike["requester_ids"] = json!(["A1B2C3D4E5"]);
        let created: Value = app
            .post_json_as(&ana.token, "/api/v1/strikes", &strike)
            .await
            .into_json()
            .await
            .unwrap();
        let id = created["id"].as_str().unwrap().to_owned();
        let add = |path: &'static str, country: &'static str| {
            let url = format!("/api/v1/strikes/{id}/{path}");
            let app = &app;
            async move {
                let body = json!({ "country": country });
                assert_eq!(app.post_json(&url, &body).await.status(), Status::Created);
            }
        };
        for _ in 0..2 {
            add("pledges", "ID").await;
            add("undercuts", "BD").await;
        }
        let small = json!({ "fewer_than": 3 });
        let check = |expect_enough: bool| {
            let app = &app;
            let id = id.clone();
            let small = small.clone();
            async move {
                app.app().forget_cached_views();
                app.settle().await;
                let strike: Value = app.get_json(&format!("/api/v1/strikes/{id}")).await;
                let channel: Value = app.get_json("/api/v1/channels/KE").await;
                let card: Value = app.get_json("/api/v1/requesters/mturk/A1B2C3D4E5").await;
                let alerted = strike["solidarity_in"]
                    .as_array()
                    .unwrap()
                    .contains(&json!("KE"));
                let bd = strike["map"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|r| r["country"] == "BD");
                let by_country = card["all"]["by_country"].as_array().unwrap();
                let ke_broken_out = by_country.iter().any(|c| c["country"] == "KE");
                if expect_enough {
                    assert!(alerted);
                    assert_eq!(strike["pledges_by_country"]["ID"], 3);
                    assert_eq!(strike["undercuts_by_country"]["BD"], 3);
                    assert_eq!(bd.unwrap()["leaking"], true);
                    assert_eq!(channel["figures"]["ratings"], 3);
                    assert!(ke_broken_out);
                } else {
                    assert!(!alerted, "KE alerted for two reports");
                    // Countries not asked show only once their group is large
                    // enough: their absence is the same for 0 and for 1-2.
                    assert_eq!(strike["pledges_by_country"]["ID"], Value::Null);
                    assert_eq!(strike["undercuts_by_country"]["BD"], Value::Null);
                    assert!(bd.is_none(), "BD on the map for two undercuts");
                    assert_eq!(channel["figures"]["ratings"], small);
                    assert!(!ke_broken_out);
                }
            }
        };
        check(false).await;
        rate_from_ke().await;
        add("pledges", "ID").await;
        add("undercuts", "BD").await;
        check(true).await;
    }
}
