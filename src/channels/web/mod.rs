//! Public channel pages and their Atom feeds.

use crate::http::page::View;
use crate::http::page::{private_if, Private};
use rocket::http::ContentType;
use rocket::{get, routes, Either, Route, State};
use serde_json::{json, Value};

use crate::channels::service::active_countries;
use crate::channels::service::{alert_message, pressure_message};
use crate::channels::views::ChannelView;
use crate::channels::{
    parse::parse_country,
    views::{self, ChannelStrike},
};
use crate::domain::Country;
use crate::error::Error;
use crate::http::atom::{atom, xml_escape, FeedEntry, FeedHead};
use crate::http::html_error::HtmlError;
use crate::http::page::page;
use crate::i18n::spoken::languages_of;
use crate::i18n::{text, Arg, Asked, Lang, Msg};
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

/// The languages a channel's strikes are shown in, best first: the
/// reader's, then the country's.
fn wanted(asked: Option<Lang>, country: &Country) -> Vec<Lang> {
    asked
        .into_iter()
        .chain(languages_of(country.code()).iter().copied())
        .collect()
}

/// The strike as a channel page shows it: in the first wanted language it
/// has, marked when that is not the page's.
fn shown(strike: &ChannelStrike, wanted: &[Lang], page_lang: Lang) -> Value {
    let shown = strike.summary.shown_in(wanted, "");
    let foreign = shown.lang != page_lang.code();
    json!({ "shown": shown, "foreign": foreign })
}

/// A strike as a list shows it, with the sentence of its alert if any.
type Worded<'a> = (&'a ChannelStrike, Option<Msg>);

/// Adds to each listed strike of the page's JSON its text as shown and,
/// for alerts, the sentence in the page's language.
fn word_strikes(view: &ChannelView, json: &mut Value, wanted: &[Lang], page_lang: Lang) {
    let date = |strike: &ChannelStrike| Arg::Date(strike.summary.starts_on.to_string());
    let lists: [(&str, Vec<Worded>); 3] = [
        (
            "active_strikes",
            view.active_strikes.iter().map(|s| (s, None)).collect(),
        ),
        (
            "solidarity_alerts",
            view.solidarity_alerts
                .iter()
                .map(|a| {
                    (
                        &a.strike,
                        Some(alert_message(&a.strike.summary, date(&a.strike))),
                    )
                })
                .collect(),
        ),
        (
            "pressure_alerts",
            view.pressure_alerts
                .iter()
                .map(|a| {
                    (
                        &a.strike,
                        Some(pressure_message(&a.strike.summary, date(&a.strike))),
                    )
                })
                .collect(),
        ),
    ];
    for (list, strikes) in lists {
        let items = json[list].as_array_mut().into_iter().flatten();
        for (item, (strike, message)) in items.zip(strikes) {
            item["text"] = shown(strike, wanted, page_lang);
            if let Some(message) = message {
                item["message"] = json!(message);
            }
        }
    }
}

/// `/channels/PH` is the page, `/channels/PH.atom` its feed.
#[get("/channels/<cc>")]
pub async fn channel_page(
    app: &State<App>,
    cc: &str,
    asked: Asked,
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
    let channel = views::cached(app, &country).await?;
    let mut view = serde_json::to_value(&*channel).map_err(|e| Error::Internal(e.to_string()))?;
    let local = languages_of(country.code());
    let page_lang = asked.0.or(local.first().copied()).unwrap_or(Lang::En);
    word_strikes(&channel, &mut view, &wanted(asked.0, &country), page_lang);
    let can_post = session
        .as_ref()
        .is_some_and(|s| s.organizer.can_act_in(&country));
    let context = json!({
        "channel": view,
        "post": can_post.then(|| json!({ "csrf": session.as_ref().map(|s| s.csrf.clone()) })),
    });
    let title = Msg::new("title-channel").arg("country", Arg::Country(country.code().to_owned()));
    let view = page("channels/channel", title, context).speaking(local);
    Ok(Either::Left(private_if(session.is_some(), view)))
}

/// The channel's feed, in the country's first language Clickline has (else
/// English), each strike in the first of the country's languages it has.
async fn channel_feed(app: &App, country: &Country) -> Result<String, Error> {
    let view = views::cached(app, country).await?;
    let base = app.settings.public_url.as_str();
    let local = languages_of(country.code());
    let lang = local.first().copied().unwrap_or(Lang::En);
    let strike_entry = |kind: &str, strike: &ChannelStrike, message: Option<Msg>| {
        let shown = strike.summary.shown_in(local, "");
        // An alert's title is its sentence, in the feed's language; the
        // call's own title is the content, in the language it is shown in.
        let title = match message {
            Some(message) => message.render(lang),
            None => shown.title.clone(),
        };
        FeedEntry {
            id: format!(
                "urn:clickline:{kind}:{}:{}",
                country.code(),
                strike.strike_id
            ),
            title,
            link: format!("{base}/strikes/{}", strike.strike_id),
            day: strike.summary.starts_on,
            html: xml_escape(&shown.title),
            lang: (shown.lang != lang.code()).then_some(shown.lang),
        }
    };
    let date = |strike: &ChannelStrike| Arg::Date(strike.summary.starts_on.to_string());
    let mut entries: Vec<FeedEntry> = view
        .active_strikes
        .iter()
        .map(|strike| strike_entry("strike", strike, None))
        .chain(view.solidarity_alerts.iter().map(|alert| {
            let message = alert_message(&alert.strike.summary, date(&alert.strike));
            strike_entry("alert", &alert.strike, Some(message))
        }))
        .chain(view.pressure_alerts.iter().map(|alert| {
            let message = pressure_message(&alert.strike.summary, date(&alert.strike));
            strike_entry("pressure", &alert.strike, Some(message))
        }))
        .collect();
    let page = format!("{base}/channels/{}", country.code());
    for announcement in &view.announcements {
        entries.push(FeedEntry {
            id: format!("urn:clickline:announcement:{}", announcement.id),
            title: text(lang, "channel-announcements"),
            link: page.clone(),
            day: announcement.day,
            html: announcement.body_html.clone(),
            lang: None,
        });
    }
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.day));
    let title = Msg::new("title-channel").arg("country", Arg::Country(country.code().to_owned()));
    let head = FeedHead {
        id: &format!("urn:clickline:channel:{}", country.code()),
        title: &format!("Clickline: {}", title.render(lang)),
        link: &page,
        lang: lang.code(),
    };
    Ok(atom(&head, &entries))
}
