//! Public strike and channel pages, their forms and their Atom feeds.

use super::View;
use rocket::http::{ContentType, Status};
use rocket::{get, post, routes, Either, Route, State};
use serde_json::{json, Value};

use super::organize::strike_statuses;
use super::submit::banner_for;
use super::{page, Private};
use crate::api::channels::{channel_view, parse_country};
use crate::api::strikes::{find_strike, forget, strike_view};
use crate::auth::Session;
use crate::channels::{active_countries, atom, FeedEntry};
use crate::db::models::strike::StrikeStore;
use crate::domain::text::render_markdown;
use crate::domain::{Choice, Country, FieldErrors};
use crate::error::{Error, HtmlError};
use crate::filing::today;
use crate::guards::ClientAddress;
use crate::i18n::{Arg, Msg};
use crate::input::RawFields;
use crate::{strikes, App};

pub fn routes() -> Vec<Route> {
    routes![
        strikes_page,
        strikes_feed,
        strike_page,
        pledge,
        undercut,
        channels_page,
        channel_page
    ]
}

type Page = Result<View, HtmlError>;

/// Country codes for a select box; the page names them in its language.
fn country_codes() -> Vec<&'static str> {
    Country::all().map(|(code, _)| code).collect()
}

#[get("/strikes")]
pub async fn strikes_page(app: &State<App>) -> Page {
    let today = today();
    let list: Vec<Value> = app
        .db
        .list_strikes()
        .await?
        .iter()
        .map(|s| json!({ "id": s.id, "title": s.title, "platform": s.platform, "called_in": s.called_in,
                          "starts_on": s.starts_on, "status": s.status_on(today).wire(), "open": s.is_open(today) }))
        .collect();
    Ok(page(
        "strikes",
        Msg::new("title-strikes"),
        json!({ "strikes": list }),
    ))
}

#[get("/strikes.atom")]
pub async fn strikes_feed(app: &State<App>) -> Result<(ContentType, String), HtmlError> {
    let entries: Vec<FeedEntry> = app
        .db
        .list_strikes()
        .await?
        .iter()
        .take(50)
        .map(|s| FeedEntry {
            id: format!("urn:clickline:strike:{}", s.id),
            title: format!("{} ({}, from {})", s.title, s.platform, s.starts_on),
            link: format!("/strikes/{}", s.id),
            day: s
                .history
                .last()
                .map(|h| h.day.clone())
                .unwrap_or_else(|| s.starts_on.clone()),
            html: render_markdown(&s.demands),
        })
        .collect();
    Ok((
        ContentType::new("application", "atom+xml"),
        atom(
            "urn:clickline:strikes",
            "Clickline strike calls",
            "/strikes",
            &entries,
        ),
    ))
}

async fn strike_context(app: &App, id: &str, session: Option<&Session>) -> Result<Value, Error> {
    let strike = find_strike(app, id).await?;
    let view = strike_view(app, &strike).await?;
    let can_manage =
        session.is_some_and(|s| strike.called_in.iter().any(|c| s.organizer.can_act_in(c)));
    Ok(json!({
        "strike": *view,
        "open": strike.is_open(today()),
        "countries": country_codes(),
        "manage": can_manage.then(|| json!({ "csrf": session.map(|s| s.csrf.clone()), "statuses": strike_statuses() })),
    }))
}

#[get("/strikes/<id>")]
pub async fn strike_page(app: &State<App>, id: &str, session: Option<Session>) -> Page {
    let context = strike_context(app, id, session.as_ref()).await?;
    let title = context["strike"]["title"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    Ok(page("strike", title, context))
}

/// A worker pledges, from the strike page or an alert, and gets a receipt.
#[post("/strikes/<id>/pledge", data = "<raw>")]
pub async fn pledge(
    app: &State<App>,
    id: &str,
    raw: RawFields,
    client: ClientAddress,
) -> Result<Private<View>, HtmlError> {
    let strike = find_strike(app, id).await?;
    let country = match Country::parse(raw.get("country")) {
        Ok(country) => country,
        Err(message) => {
            let mut context = strike_context(app, id, None).await?;
            context["pledge_error"] = json!(message);
            return Ok(Private(
                Status::UnprocessableEntity,
                page("strike", Msg::new("title-pledge"), context),
            ));
        }
    };
    let stored = async {
        if !strike.is_open(today()) {
            return Err(Error::Invalid(FieldErrors::single(
                "strike",
                Msg::new("strike-closed"),
            )));
        }
        app.count_submission(&client).await?;
        strikes::pledge(&app.db, &app.secrets.receipt_key(), &strike, country).await
    };
    match stored.await {
        Ok((pledge, receipt)) => {
            forget(app, &strike);
            Ok(Private(
                Status::Ok,
                page(
                    "pledged",
                    Msg::new("title-pledged"),
                    json!({
                        "strike": { "id": strike.id, "title": strike.title }, "pledge_id": pledge.id, "receipt": receipt.display(),
                    }),
                ),
            ))
        }
        Err(error) => {
            let mut context = strike_context(app, id, None).await?;
            context["banner"] = json!(banner_for(&error));
            Ok(Private(
                error.status(),
                page("strike", Msg::new("title-pledge"), context),
            ))
        }
    }
}

#[post("/strikes/<id>/undercut", data = "<raw>")]
pub async fn undercut(
    app: &State<App>,
    id: &str,
    raw: RawFields,
    client: ClientAddress,
) -> Result<Private<View>, HtmlError> {
    let strike = find_strike(app, id).await?;
    let parsed = strikes::parse_undercut(&raw, &strike).and_then(|u| {
        if app.db.platform(u.platform.as_str()).is_some() {
            Ok(u)
        } else {
            Err(FieldErrors::single(
                "platform",
                Msg::new("invalid-platform-unknown-short"),
            ))
        }
    });
    let undercut = match parsed {
        Ok(undercut) => undercut,
        Err(errors) => {
            let mut context = strike_context(app, id, None).await?;
            context["undercut_errors"] = errors.view();
            context["undercut_note"] = json!(raw.get("note"));
            return Ok(Private(
                Status::UnprocessableEntity,
                page("strike", Msg::new("title-undercut"), context),
            ));
        }
    };
    let stored = async {
        app.count_submission(&client).await?;
        app.db.insert_undercut(&undercut).await
    };
    match stored.await {
        Ok(()) => {
            forget(app, &strike);
            Ok(Private(
                Status::Ok,
                page(
                    "notice",
                    Msg::new("title-thanks"),
                    json!({
                        "message": Msg::new("undercut-recorded"),
                        "link": format!("/strikes/{}", strike.id),
                    }),
                ),
            ))
        }
        Err(error) => {
            let mut context = strike_context(app, id, None).await?;
            context["banner"] = json!(banner_for(&error));
            context["undercut_note"] = json!(raw.get("note"));
            Ok(Private(
                error.status(),
                page("strike", Msg::new("title-undercut"), context),
            ))
        }
    }
}

#[get("/channels")]
pub async fn channels_page(app: &State<App>) -> Page {
    let countries: Vec<Value> = active_countries(&app.db)
        .await?
        .iter()
        .map(|c| json!({ "code": c.code(), "name": c.name() }))
        .collect();
    Ok(page(
        "channels",
        Msg::new("title-channels"),
        json!({ "channels": countries }),
    ))
}

/// `/channels/PH` is the page, `/channels/PH.atom` its feed.
#[get("/channels/<cc>")]
pub async fn channel_page(
    app: &State<App>,
    cc: &str,
    session: Option<Session>,
) -> Result<Either<View, (ContentType, String)>, HtmlError> {
    if let Some(code) = cc.strip_suffix(".atom") {
        let country = parse_country(code)?;
        return Ok(Either::Right((
            ContentType::new("application", "atom+xml"),
            channel_feed(app, &country).await?,
        )));
    }
    let country = parse_country(cc)?;
    let mut view = (*channel_view(app, &country).await?).clone();
    if let Some(alerts) = view["solidarity_alerts"].as_array_mut() {
        for alert in alerts {
            let called: Vec<&str> = alert["called_in"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let starts_on = alert["starts_on"].as_str().unwrap_or_default().to_owned();
            let message = crate::channels::alert_message(
                &called,
                alert["platform"].as_str().unwrap_or_default(),
                Arg::Date(starts_on),
            );
            alert["message"] = json!(message);
        }
    }
    let can_post = session
        .as_ref()
        .is_some_and(|s| s.organizer.can_act_in(&country));
    let context = json!({
        "channel": view,
        "post": can_post.then(|| json!({ "csrf": session.as_ref().map(|s| s.csrf.clone()) })),
    });
    Ok(Either::Left(page(
        "channel",
        Msg::new("title-channel").arg("country", Arg::Country(country.code().to_owned())),
        context,
    )))
}

async fn channel_feed(app: &App, country: &Country) -> Result<String, Error> {
    let view = channel_view(app, country).await?;
    let mut entries = Vec::new();
    for (kind, list) in [
        ("strike", &view["active_strikes"]),
        ("alert", &view["solidarity_alerts"]),
    ] {
        for item in list.as_array().into_iter().flatten() {
            let id = item["id"].as_str().unwrap_or_default();
            entries.push(FeedEntry {
                id: format!("urn:clickline:{kind}:{}:{id}", country.code()),
                title: item["message"]
                    .as_str()
                    .or(item["title"].as_str())
                    .unwrap_or_default()
                    .to_owned(),
                link: format!("/strikes/{id}"),
                day: item["starts_on"].as_str().unwrap_or_default().to_owned(),
                html: item["title"]
                    .as_str()
                    .map(crate::channels::xml_escape)
                    .unwrap_or_default(),
            });
        }
    }
    for item in view["announcements"].as_array().into_iter().flatten() {
        entries.push(FeedEntry {
            id: format!(
                "urn:clickline:announcement:{}",
                item["id"].as_str().unwrap_or_default()
            ),
            title: format!("Announcement from the {} organizers", country.code()),
            link: format!("/channels/{}", country.code()),
            day: item["day"].as_str().unwrap_or_default().to_owned(),
            html: item["body_html"].as_str().unwrap_or_default().to_owned(),
        });
    }
    entries.sort_by(|a, b| b.day.cmp(&a.day));
    Ok(atom(
        &format!("urn:clickline:channel:{}", country.code()),
        &format!("Clickline: {} channel", country.name()),
        &format!("/channels/{}", country.code()),
        &entries,
    ))
}
