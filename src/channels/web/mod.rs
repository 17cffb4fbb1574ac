//! Public channel pages and their Atom feeds.

use crate::http::page::View;
use crate::http::page::{private_if, Private};
use rocket::http::ContentType;
use rocket::{get, routes, Either, Route, State};
use serde_json::{json, Value};

use crate::channels::service::{active_countries, atom, FeedEntry};
use crate::channels::{
    parse::parse_country,
    views::{self, ChannelStrike},
};
use crate::domain::Country;
use crate::error::Error;
use crate::http::html_error::HtmlError;
use crate::http::page::page;
use crate::i18n::{Arg, Msg};
use crate::organizers::auth::Session;
use crate::App;

mod organize;
mod support_page;

/// The channel pages, the organizers' announcement form and the support pages.
pub fn routes() -> Vec<Route> {
    [
        routes![channels_page, channel_page],
        organize::routes(),
        support_page::routes(),
    ]
    .concat()
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
        "channels/channels",
        Msg::new("title-channels"),
        json!({ "channels": countries }),
    ))
}

/// Gives each alert of `list` its message, worded by `message` from the
/// countries where the strike is called, the platform and the start day.
fn word_alerts(view: &mut Value, list: &str, message: fn(&[&str], &str, Arg) -> Msg) {
    for alert in view[list].as_array_mut().into_iter().flatten() {
        let called: Vec<&str> = alert["called_in"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let starts_on = alert["starts_on"].as_str().unwrap_or_default().to_owned();
        let platform = alert["platform"].as_str().unwrap_or_default();
        let worded = message(&called, platform, Arg::Date(starts_on));
        alert["message"] = json!(worded);
    }
}

/// `/channels/PH` is the page, `/channels/PH.atom` its feed.
#[get("/channels/<cc>")]
pub async fn channel_page(
    app: &State<App>,
    cc: &str,
    session: Option<Session>,
) -> Result<Either<Either<View, Private<View>>, (ContentType, String)>, HtmlError> {
    if let Some(code) = cc.strip_suffix(".atom") {
        let country = parse_country(code)?;
        return Ok(Either::Right((
            ContentType::new("application", "atom+xml"),
            channel_feed(app, &country).await?,
        )));
    }
    let country = parse_country(cc)?;
    let mut view = serde_json::to_value(&*views::cached(app, &country).await?)
        .map_err(|e| Error::Internal(e.to_string()))?;
    word_alerts(
        &mut view,
        "solidarity_alerts",
        crate::channels::service::alert_message,
    );
    word_alerts(
        &mut view,
        "pressure_alerts",
        crate::channels::service::pressure_message,
    );
    let can_post = session
        .as_ref()
        .is_some_and(|s| s.organizer.can_act_in(&country));
    let context = json!({
        "channel": view,
        "post": can_post.then(|| json!({ "csrf": session.as_ref().map(|s| s.csrf.clone()) })),
    });
    let title = Msg::new("title-channel").arg("country", Arg::Country(country.code().to_owned()));
    let view = page("channels/channel", title, context);
    Ok(Either::Left(private_if(session.is_some(), view)))
}

async fn channel_feed(app: &App, country: &Country) -> Result<String, Error> {
    let view = views::cached(app, country).await?;
    let strike_entry = |kind: &str, strike: &ChannelStrike, title: &str| FeedEntry {
        id: format!(
            "urn:clickline:{kind}:{}:{}",
            country.code(),
            strike.strike_id
        ),
        title: title.to_owned(),
        link: format!("/strikes/{}", strike.strike_id),
        day: strike.summary.starts_on,
        html: crate::channels::service::xml_escape(&strike.summary.title),
    };
    let mut entries: Vec<FeedEntry> = view
        .active_strikes
        .iter()
        .map(|strike| strike_entry("strike", strike, &strike.summary.title))
        .chain(
            view.solidarity_alerts
                .iter()
                .map(|alert| strike_entry("alert", &alert.strike, &alert.message)),
        )
        .chain(
            view.pressure_alerts
                .iter()
                .map(|alert| strike_entry("pressure", &alert.strike, &alert.message)),
        )
        .collect();
    for announcement in &view.announcements {
        entries.push(FeedEntry {
            id: format!("urn:clickline:announcement:{}", announcement.id),
            title: format!("Announcement from the {} organizers", country.code()),
            link: format!("/channels/{}", country.code()),
            day: announcement.day,
            html: announcement.body_html.clone(),
        });
    }
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.day));
    Ok(atom(
        &format!("urn:clickline:channel:{}", country.code()),
        &format!("Clickline: {} channel", country.name()),
        &format!("/channels/{}", country.code()),
        &entries,
    ))
}
