//! `/organize/...`: the organizer area. Every state-changing form carries the
//! session's CSRF token; every action is checked against the organizer's
//! role and countries.

use super::View;
use rocket::http::{CookieJar, Status};
use rocket::response::Redirect;
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use super::{page, Private};
use crate::api::{strikes::forget, PublicReport};
use crate::auth::{self, Session};
use crate::db::models::announcement::{Announcement, AnnouncementStore};
use crate::db::models::moderation::{ModerationAction, ModerationEntry, ModerationStore};
use crate::db::models::organizer::OrganizerStore;
use crate::db::models::rate_limit::RateLimitStore;
use crate::db::models::report::{ReportStore, Stored};
use crate::db::models::scorecard::ScorecardStore;
use crate::domain::text::redact_personal_data;
use crate::domain::{Choice, Country, FieldErrors, GrievanceStatus, ReportId, StrikeStatus};
use crate::error::{Error, HtmlError};
use crate::filing::today;
use crate::guards::ClientAddress;
use crate::i18n::Msg;
use crate::input::RawFields;
use crate::scorecards::Target;
use crate::{strikes, App};

pub fn routes() -> Vec<Route> {
    routes![
        login_form,
        login,
        logout,
        dashboard,
        password_form,
        password,
        strike_form,
        create_strike,
        strike_status,
        moderation,
        moderate,
        moderation_log,
        grievances,
        grievance_status,
        announce,
        new_token,
        revoke_tokens,
        organizers,
        add_organizer
    ]
}

type Page = Result<Private<View>, HtmlError>;

fn ok(template: View) -> Page {
    Ok(Private(Status::Ok, template))
}

fn session_context(session: &Session) -> Value {
    json!({
        "name": session.organizer.name,
        "role": session.organizer.role.wire(),
        "role_label": session.organizer.role.label(),
        "countries": session.organizer.countries,
        "moderator": session.organizer.can_moderate(),
        "admin": session.organizer.role == crate::domain::Role::Admin,
        "csrf": session.csrf,
    })
}

fn login_page(email: &str, error: Option<Msg>, status: Status) -> Page {
    Ok(Private(
        status,
        page(
            "login",
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
/// same work, so nobody can learn who has an account.
#[post("/organize/login", data = "<raw>")]
pub async fn login(
    app: &State<App>,
    raw: RawFields,
    client: ClientAddress,
    cookies: &CookieJar<'_>,
) -> Result<Result<Redirect, Private<View>>, HtmlError> {
    let email = raw.get("email").trim().to_lowercase();
    let limited = app
        .db
        .count_submission(
            &app.secrets,
            &format!("login {}", client.0),
            app.settings.login_attempts_per_hour,
        )
        .await;
    if let Err(Error::RateLimited) = limited {
        return Ok(Err(login_page(
            &email,
            Some(Msg::new("login-rate-limited")),
            Status::TooManyRequests,
        )?));
    }
    limited?;
    let password = raw.get("password");
    match app.db.find_organizer_by_email(&email).await? {
        Some(organizer) if auth::verify_password(password, &organizer.password_hash) => {
            auth::start_session(cookies, &organizer, app.settings.secure_cookies);
            Ok(Ok(Redirect::to("/organize")))
        }
        found => {
            if found.is_none() {
                auth::dummy_verify(password);
            }
            Ok(Err(login_page(
                &email,
                Some(Msg::new("login-wrong")),
                Status::Unauthorized,
            )?))
        }
    }
}

#[post("/organize/logout", data = "<raw>")]
pub async fn logout(
    app: &State<App>,
    session: Session,
    raw: RawFields,
    cookies: &CookieJar<'_>,
) -> Result<Redirect, HtmlError> {
    session.check_csrf(&raw)?;
    app.db.end_sessions(&session.organizer.id).await?;
    auth::end_session(cookies);
    Ok(Redirect::to("/"))
}

#[get("/organize")]
pub fn dashboard(session: Session) -> Page {
    ok(page(
        "organize",
        Msg::new("title-organize"),
        json!({ "me": session_context(&session) }),
    ))
}

#[get("/organize/password")]
pub fn password_form(session: Session) -> Page {
    ok(page(
        "password",
        Msg::new("title-password"),
        json!({ "me": session_context(&session) }),
    ))
}

#[post("/organize/password", data = "<raw>")]
pub async fn password(
    app: &State<App>,
    session: Session,
    raw: RawFields,
    cookies: &CookieJar<'_>,
) -> Page {
    session.check_csrf(&raw)?;
    let mut errors = FieldErrors::new();
    if !auth::verify_password(raw.get("current"), &session.organizer.password_hash) {
        errors.add("current", Msg::new("password-not-current"));
    }
    let new = raw.get("new");
    if new.chars().count() < 12 {
        errors.add("new", Msg::new("password-too-short"));
    } else if new != raw.get("confirm") {
        errors.add("confirm", Msg::new("password-differ"));
    }
    if !errors.is_empty() {
        let context = json!({ "me": session_context(&session), "errors": errors.view() });
        return Ok(Private(
            Status::UnprocessableEntity,
            page("password", Msg::new("title-password"), context),
        ));
    }
    app.db
        .set_password(&session.organizer.id, &auth::hash_password(new)?)
        .await?;
    // Other sessions end; this one starts afresh.
    let organizer = app
        .db
        .find_organizer(&session.organizer.id)
        .await?
        .ok_or(Error::Unauthorized)?;
    auth::start_session(cookies, &organizer, app.settings.secure_cookies);
    ok(page(
        "notice",
        Msg::new("title-password-changed"),
        json!({ "message": Msg::new("password-changed"), "link": "/organize" }),
    ))
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
        "today": today().format("%Y-%m-%d").to_string(),
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
    let parsed = strikes::parse_strike(&fields, &session.organizer, &app.db);
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
    let strike = strikes::call_strike(&app.db, strike).await?;
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
    let strike = crate::api::strikes::find_strike(app, id).await?;
    strikes::change_status(&app.db, &strike, &session.organizer, raw.get("status")).await?;
    forget(app, &strike);
    Ok(Redirect::to(format!("/strikes/{}", strike.id)))
}

fn require_moderator(session: &Session) -> Result<(), Error> {
    if session.organizer.can_moderate() {
        Ok(())
    } else {
        Err(Error::Forbidden(Msg::new("forbidden-moderators")))
    }
}

#[get("/organize/moderation")]
pub async fn moderation(app: &State<App>, session: Session) -> Page {
    require_moderator(&session)?;
    let mut queue = Vec::new();
    for report in app.db.flagged_reports(100).await? {
        let flags: Vec<Value> = app
            .db
            .flags_of(&report.id)
            .await?
            .iter()
            .map(|f| json!({ "reason": f.reason, "note": f.note, "day": f.day }))
            .collect();
        queue.push(json!({ "report": PublicReport::from(&report), "hidden": report.hidden, "flags": flags }));
    }
    ok(page(
        "moderation",
        Msg::new("title-moderation"),
        json!({ "me": session_context(&session), "queue": queue }),
    ))
}

#[post("/organize/moderation/<id>", data = "<raw>")]
pub async fn moderate(
    app: &State<App>,
    session: Session,
    id: &str,
    raw: RawFields,
) -> Result<Redirect, HtmlError> {
    session.check_csrf(&raw)?;
    require_moderator(&session)?;
    let id = ReportId::parse(id).map_err(|_| Error::not_found("No report has this id."))?;
    let Some(Stored::Live(report)) = app.db.find_report(&id).await? else {
        return Err(Error::not_found("No report has this id.").into());
    };
    let action = match raw.get("action") {
        "hide" => ModerationAction::Hide,
        "restore" => ModerationAction::Restore,
        _ => {
            return Err(Error::Invalid(FieldErrors::single(
                "action",
                Msg::new("moderation-choose-action"),
            ))
            .into())
        }
    };
    let reason = raw.get("reason").trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(Error::Invalid(FieldErrors::single(
            "reason",
            Msg::new("moderation-reason-length"),
        ))
        .into());
    }
    let entry = ModerationEntry {
        id: ReportId::generate(),
        report_id: report.id.clone(),
        action,
        reason: reason.to_owned(),
        moderator: session.organizer.name.clone(),
        day: today().format("%Y-%m-%d").to_string(),
    };
    let targets = Target::affected(&report.platform, report.requester_id.as_ref());
    app.db.enqueue_scorecards(&targets).await?;
    app.db.moderate(&entry).await?;
    app.db.enqueue_scorecards(&targets).await?;
    Ok(Redirect::to("/organize/moderation"))
}

#[get("/organize/moderation/log")]
pub async fn moderation_log(app: &State<App>, session: Session) -> Page {
    require_moderator(&session)?;
    let log = app.db.moderation_log(500).await?;
    ok(page(
        "moderation_log",
        Msg::new("title-moderation-log"),
        json!({ "me": session_context(&session), "log": log }),
    ))
}

#[get("/organize/grievances")]
pub async fn grievances(app: &State<App>, session: Session) -> Page {
    let admin = session.organizer.role == crate::domain::Role::Admin;
    let countries = (!admin).then_some(session.organizer.countries.as_slice());
    let reports = app.db.grievances_from(countries, 200).await?;
    let list: Vec<Value> = reports
        .iter()
        .map(|r| json!(PublicReport::from(r)))
        .collect();
    let statuses: Vec<Value> = GrievanceStatus::ALL
        .iter()
        .map(|s| json!({ "value": s.wire(), "label": s.label() }))
        .collect();
    ok(page(
        "org_grievances",
        Msg::new("title-org-grievances"),
        json!({ "me": session_context(&session), "grievances": list, "statuses": statuses }),
    ))
}

#[post("/organize/grievances/<id>", data = "<raw>")]
pub async fn grievance_status(
    app: &State<App>,
    session: Session,
    id: &str,
    raw: RawFields,
) -> Result<Redirect, HtmlError> {
    session.check_csrf(&raw)?;
    let id = ReportId::parse(id).map_err(|_| Error::not_found("No report has this id."))?;
    let Some(Stored::Live(report)) = app.db.find_report(&id).await? else {
        return Err(Error::not_found("No report has this id.").into());
    };
    if report.grievance.is_none() {
        return Err(Error::not_found("This report is not a grievance.").into());
    }
    if !session.organizer.can_act_in(&report.country) {
        return Err(Error::Forbidden(
            Msg::new("forbidden-grievance-country").arg("country", report.country.code()),
        )
        .into());
    }
    let status = GrievanceStatus::parse(raw.get("status"))
        .map_err(|m| Error::Invalid(FieldErrors::single("status", m)))?;
    let note = raw.optional("note").map(|n| redact_personal_data(n).0);
    if note.as_ref().is_some_and(|n| n.chars().count() > 2000) {
        return Err(Error::Invalid(FieldErrors::single(
            "note",
            Msg::new("invalid-note-long").arg("max", 2000),
        ))
        .into());
    }
    app.db
        .set_grievance_status(&report.id, status, note.as_deref())
        .await?;
    app.db
        .enqueue_scorecards(&Target::affected(
            &report.platform,
            report.requester_id.as_ref(),
        ))
        .await?;
    Ok(Redirect::to("/organize/grievances"))
}

/// Organizers of a country (or admins) post in its channel.
#[post("/channels/<cc>/announcements", data = "<raw>")]
pub async fn announce(
    app: &State<App>,
    session: Session,
    cc: &str,
    raw: RawFields,
) -> Result<Redirect, HtmlError> {
    session.check_csrf(&raw)?;
    let country = crate::api::channels::parse_country(cc)?;
    if !session.organizer.can_act_in(&country) {
        return Err(
            Error::Forbidden(Msg::new("forbidden-channel").arg("country", country.code())).into(),
        );
    }
    let body = raw.get("body").trim();
    if !(1..=5000).contains(&body.chars().count()) {
        return Err(
            Error::Invalid(FieldErrors::single("body", Msg::new("announcement-length"))).into(),
        );
    }
    app.db
        .insert_announcement(&Announcement {
            id: ReportId::generate(),
            country: country.clone(),
            body: body.to_owned(),
            organizer_id: session.organizer.id.clone(),
            day: today().format("%Y-%m-%d").to_string(),
        })
        .await?;
    app.views.evict(&format!("channel:{country}"));
    Ok(Redirect::to(format!("/channels/{country}")))
}

/// A new API token for the logged-in organizer, shown once.
#[post("/organize/tokens/new", data = "<raw>")]
pub async fn new_token(app: &State<App>, session: Session, raw: RawFields) -> Page {
    session.check_csrf(&raw)?;
    let token = auth::new_token();
    app.db
        .insert_token(&crate::db::models::organizer::ApiToken {
            hash: auth::token_hash(&token),
            organizer_id: session.organizer.id.clone(),
            revoked: false,
        })
        .await?;
    let message = Msg::new("token-new").arg("token", token);
    ok(page(
        "notice",
        Msg::new("title-token-new"),
        json!({ "message": message, "link": "/organize" }),
    ))
}

/// Revokes every API token of the logged-in organizer.
#[post("/organize/tokens/revoke", data = "<raw>")]
pub async fn revoke_tokens(app: &State<App>, session: Session, raw: RawFields) -> Page {
    session.check_csrf(&raw)?;
    let revoked = app.db.revoke_tokens(&session.organizer.id).await?;
    let message = Msg::new("tokens-revoked").arg("count", revoked);
    ok(page(
        "notice",
        Msg::new("title-tokens-revoked"),
        json!({ "message": message, "link": "/organize" }),
    ))
}

fn require_admin(session: &Session) -> Result<(), Error> {
    if session.organizer.role == crate::domain::Role::Admin {
        Ok(())
    } else {
        Err(Error::Forbidden(Msg::new("forbidden-admins")))
    }
}

async fn organizers_page(app: &App, session: &Session, extra: Value, status: Status) -> Page {
    let list: Vec<Value> = app
        .db
        .list_organizers()
        .await?
        .iter()
        .map(|o| json!({ "email": o.email, "name": o.name, "role": o.role.label(), "countries": o.countries }))
        .collect();
    let mut context = json!({ "me": session_context(session), "organizers": list });
    if let (Value::Object(context), Value::Object(extra)) = (&mut context, extra) {
        context.extend(extra);
    }
    Ok(Private(
        status,
        page("organizers", Msg::new("title-organizers"), context),
    ))
}

#[get("/organize/organizers")]
pub async fn organizers(app: &State<App>, session: Session) -> Page {
    require_admin(&session)?;
    organizers_page(app, &session, json!({}), Status::Ok).await
}

/// Admins add organizers; the password and token are shown once.
#[post("/organize/organizers", data = "<raw>")]
pub async fn add_organizer(app: &State<App>, session: Session, raw: RawFields) -> Page {
    session.check_csrf(&raw)?;
    require_admin(&session)?;
    let created = crate::organizers::create_organizer(
        &app.db,
        raw.get("email"),
        raw.get("name"),
        raw.get("countries"),
        raw.get("role"),
    )
    .await;
    match created {
        Ok(created) => {
            let extra = json!({ "created": { "email": created.organizer.email, "password": created.password, "token": created.token } });
            organizers_page(app, &session, extra, Status::Ok).await
        }
        Err(Error::Invalid(errors)) => {
            let extra = json!({ "errors": errors.view(), "values": raw });
            organizers_page(app, &session, extra, Status::UnprocessableEntity).await
        }
        Err(other) => Err(other.into()),
    }
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

    use crate::testing::{sample_grievance, sample_rating, TestApp};

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
    async fn organizers_post_only_in_their_own_channels() {
        let app = TestApp::new().await;
        let ana = app.organizer("ana@union.example", "FR", "organizer").await;
        app.login(&ana).await;
        let csrf = app.csrf().await;
        let posted = app
            .post_form(
                "/channels/FR/announcements",
                &[("csrf", &csrf), ("body", "Meeting **Thursday**")],
            )
            .await;
        assert_eq!(posted.status(), Status::SeeOther);
        let elsewhere = app
            .post_form(
                "/channels/DE/announcements",
                &[("csrf", &csrf), ("body", "hi")],
            )
            .await;
        assert_eq!(elsewhere.status(), Status::Forbidden);
        let channel: Value = app.get_json("/api/v1/channels/FR").await;
        assert!(channel["announcements"][0]["body_html"]
            .as_str()
            .unwrap()
            .contains("<strong>Thursday</strong>"));
        assert!(app.get_html("/channels/FR.atom").await.contains("Thursday"));

        let moderator = app.second_instance().await;
        let mo = moderator
            .organizer("mo@union.example", "", "moderator")
            .await;
        moderator.login(&mo).await;
        let csrf = moderator.csrf().await;
        let refused = moderator
            .post_form(
                "/channels/FR/announcements",
                &[("csrf", &csrf), ("body", "hi")],
            )
            .await;
        assert_eq!(
            refused.status(),
            Status::Forbidden,
            "a moderator without countries"
        );

        let admin = app.second_instance().await;
        let root = admin.organizer("root@union.example", "", "admin").await;
        admin.login(&root).await;
        let csrf = admin.csrf().await;
        let anywhere = admin
            .post_form(
                "/channels/DE/announcements",
                &[("csrf", &csrf), ("body", "hi")],
            )
            .await;
        assert_eq!(anywhere.status(), Status::SeeOther);
        let channels = app.get_html("/channels").await;
        assert!(channels.contains("/channels/DE") && channels.contains("/channels/FR"));
    }

    #[rocket::async_test]
    async fn moderators_hide_and_restore_with_a_logged_reason() {
        let app = TestApp::new().await;
        let (id, _) = app.file_rating().await;
        app.post_json(
            &format!("/api/v1/reports/{id}/flags"),
            &json!({ "reason": "abusive" }),
        )
        .await;

        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        app.login(&ana).await;
        assert_eq!(
            app.client
                .get("/organize/moderation")
                .dispatch()
                .await
                .status(),
            Status::Forbidden
        );

        let moderators = app.second_instance().await;
        let mo = moderators
            .organizer("mo@union.example", "", "moderator")
            .await;
        moderators.login(&mo).await;
        let queue = moderators.get_html("/organize/moderation").await;
        assert!(queue.contains(&id) && queue.contains("abusive"));
        let csrf = moderators.csrf().await;
        let path = format!("/organize/moderation/{id}");
        let no_reason = moderators
            .post_form(&path, &[("csrf", &csrf), ("action", "hide")])
            .await;
        assert_eq!(no_reason.status(), Status::UnprocessableEntity);
        let hidden = moderators
            .post_form(
                &path,
                &[
                    ("csrf", &csrf),
                    ("action", "hide"),
                    ("reason", "insults a worker"),
                ],
            )
            .await;
        assert_eq!(hidden.status(), Status::SeeOther);
        assert_eq!(
            app.client
                .get(format!("/api/v1/reports/{id}"))
                .dispatch()
                .await
                .status(),
            Status::NotFound
        );
        app.settle().await;
        let card: Value = app.get_json("/api/v1/requesters/mturk/A1B2C3D4E5").await;
        assert_eq!(card["all"]["ratings"], 0);
        assert!(moderators
            .get_html("/organize/moderation/log")
            .await
            .contains("insults a worker"));

        moderators
            .post_form(
                &path,
                &[
                    ("csrf", &csrf),
                    ("action", "restore"),
                    ("reason", "apology received"),
                ],
            )
            .await;
        assert_eq!(
            app.client
                .get(format!("/api/v1/reports/{id}"))
                .dispatch()
                .await
                .status(),
            Status::Ok
        );
        assert_eq!(app.count("moderation_log").await, 2);
    }

    #[rocket::async_test]
    async fn organizers_follow_up_grievances_from_their_countries() {
        let app = TestApp::new().await;
        let body: Value = app
            .post_json("/api/v1/grievances", &sample_grievance())
            .await
            .into_json()
            .await
            .unwrap();
        let id = body["id"].as_str().unwrap().to_owned();
        let france = app.organizer("fr@union.example", "FR", "organizer").await;
        app.login(&france).await;
        let csrf = app.csrf().await;
        assert!(!app.get_html("/organize/grievances").await.contains(&id));
        let refused = app
            .post_form(
                &format!("/organize/grievances/{id}"),
                &[("csrf", &csrf), ("status", "taken_up")],
            )
            .await;
        assert_eq!(refused.status(), Status::Forbidden);

        let germany = app.second_instance().await;
        let de = germany
            .organizer("de@union.example", "DE", "organizer")
            .await;
        germany.login(&de).await;
        assert!(germany.get_html("/organize/grievances").await.contains(&id));
        let csrf = germany.csrf().await;
        let saved = germany
            .post_form(
                &format!("/organize/grievances/{id}"),
                &[
                    ("csrf", &csrf),
                    ("status", "taken_up"),
                    ("note", "We wrote to Clickworker."),
                ],
            )
            .await;
        assert_eq!(saved.status(), Status::SeeOther);
        let report: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
        assert_eq!(report["status"], "taken_up");
        assert_eq!(report["status_note"], "We wrote to Clickworker.");
    }

    #[rocket::async_test]
    async fn a_worker_sees_the_alert_in_their_channel_and_pledges_from_the_page() {
        let app = TestApp::new().await;
        let mut rating = sample_rating();
        rating["country"] = json!("ID");
        app.post_json("/api/v1/ratings", &rating).await;
        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        app.login(&ana).await;
        let csrf = app.csrf().await;
        let today = crate::filing::today().format("%Y-%m-%d").to_string();
        let mistake = app
            .post_form(
                "/organize/strikes",
                &[
                    ("csrf", &csrf),
                    ("title", "Strike"),
                    ("demands", "short"),
                    ("platform", "mturk"),
                    ("called_in", "PH"),
                    ("starts_on", &today),
                ],
            )
            .await;
        assert_eq!(mistake.status(), Status::UnprocessableEntity);
        assert!(mistake
            .into_string()
            .await
            .unwrap()
            .contains("id=\"demands-error\""));
        let called = app
            .post_form(
                "/organize/strikes",
                &[
                    ("csrf", &csrf),
                    ("title", "MTurk strike in the Philippines"),
                    ("demands", "Stop mass rejections without explanation."),
                    ("platform", "mturk"),
                    ("called_in", "PH"),
                    ("starts_on", &today),
                ],
            )
            .await;
        assert_eq!(called.status(), Status::SeeOther);

        let worker = app.second_instance().await;
        let channel = worker.get_html("/channels/ID").await;
        assert!(channel.contains("Workers in PH are on strike against mturk"));
        let start = channel.find("action=\"/strikes/").unwrap() + 17;
        let strike_id = &channel[start..start + 13];
        let pledged = worker
            .post_form(
                &format!("/strikes/{strike_id}/pledge"),
                &[("country", "ID")],
            )
            .await;
        assert_eq!(pledged.status(), Status::Ok);
        assert!(pledged
            .into_string()
            .await
            .unwrap()
            .contains("class=\"receipt-code\""));
        assert_eq!(worker.count("pledges").await, 1);
    }
}

#[cfg(test)]
mod admin_tests {
    use rocket::http::Status;
    use serde_json::json;

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn admins_add_organizers_and_tokens_can_be_revoked() {
        let app = TestApp::new().await;
        let root = app.organizer("root@union.example", "", "admin").await;
        app.login(&root).await;
        let csrf = app.csrf().await;
        let bad = app
            .post_form(
                "/organize/organizers",
                &[
                    ("csrf", &csrf),
                    ("email", "nope"),
                    ("name", "X"),
                    ("countries", "PH"),
                ],
            )
            .await;
        assert_eq!(bad.status(), Status::UnprocessableEntity);
        let added = app
            .post_form(
                "/organize/organizers",
                &[
                    ("csrf", &csrf),
                    ("email", "pia@union.example"),
                    ("name", "Pia"),
                    ("countries", "PH"),
                    ("role", "organizer"),
                ],
            )
            .await;
        assert_eq!(added.status(), Status::Ok);
        let html = added.into_string().await.unwrap();
        assert!(html.contains("pia@union.example") && html.contains("token: <code>clk_"));

        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        let strike = json!({ "title": "Strike at Toloka", "demands": "Pay for qualification tests.", "platform": "toloka",
                             "called_in": "PH", "starts_on": crate::filing::today().format("%Y-%m-%d").to_string() });
        assert_eq!(
            app.post_json_as(&ana.token, "/api/v1/strikes", &strike)
                .await
                .status(),
            Status::Created
        );
        let other = app.second_instance().await;
        other.login(&ana).await;
        assert_eq!(
            other
                .client
                .get("/organize/organizers")
                .dispatch()
                .await
                .status(),
            Status::Forbidden
        );
        let csrf = other.csrf().await;
        assert_eq!(
            other
                .post_form("/organize/tokens/revoke", &[("csrf", &csrf)])
                .await
                .status(),
            Status::Ok
        );
        assert_eq!(
            app.post_json_as(&ana.token, "/api/v1/strikes", &strike)
                .await
                .status(),
            Status::Unauthorized
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
}
