//! Public channel pages and their Atom feeds.

use crate::http::page::View;
use rocket::http::ContentType;
use rocket::{get, routes, Either, Route, State};
use serde_json::{json, Value};

use crate::channels::api::{channel_view, parse_country};
use crate::channels::service::{active_countries, atom, FeedEntry};
use crate::domain::Country;
use crate::error::{Error, HtmlError};
use crate::http::page::page;
use crate::i18n::{Arg, Msg};
use crate::organizers::auth::Session;
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![channels_page, channel_page]
}

type Page = Result<View, HtmlError>;

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
            let message = crate::channels::service::alert_message(
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
                    .map(crate::channels::service::xml_escape)
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
