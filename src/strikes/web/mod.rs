//! Public strike pages, their pledge and undercut forms and the strikes feed.

use crate::domain::Day;
use crate::domain::{StrikeId, UnknownId};
use crate::http::page::private_if;
use crate::http::page::View;
use rocket::http::{ContentType, Status};
use rocket::{get, post, routes, uri, Route, State};
use serde_json::{json, Value};

use crate::domain::text::render_markdown;
use crate::domain::{Choice, Country, FieldErrors};
use crate::error::Error;
use crate::http::atom::{atom, FeedEntry, FeedHead};
use crate::http::fields::RawFields;
use crate::http::guards::ClientAddress;
use crate::http::html_error::HtmlError;
use crate::http::page::banner_for;
use crate::http::page::{page, Private};
use crate::http::page_cache::WaitsForBatch;
use crate::i18n::spoken::{first_language_of, languages_of};
use crate::i18n::{Asked, Lang, Msg};
use crate::organizers::auth::Session;
use crate::strikes::service::find_strike;
use crate::strikes::views::{self, forget, StrikeSummary};
use crate::strikes::{model::Strike, store::StrikeStore};
use crate::{strikes, App};
use organize::{strike_statuses, translation_languages};

mod organize;

/// The public strike pages and the organizers' strike forms.
pub fn routes() -> Vec<Route> {
    let public = routes![
        strikes_page,
        strikes_feed,
        strike_page,
        pledge,
        support,
        undercut
    ];
    [public, organize::routes()].concat()
}

type Page = Result<View, HtmlError>;

/// Country codes for a select box; the page names them in its language.
fn country_codes() -> Vec<&'static str> {
    Country::all().map(|(code, _)| code).collect()
}

#[get("/strikes")]
pub async fn strikes_page(app: &State<App>) -> Page {
    let today = Day::today();
    let list: Vec<Value> = app
        .db
        .list_strikes()
        .await?
        .iter()
        .map(|s| json!({ "id": s.id, "title": s.title, "platform": s.platform, "called_in": s.called_in,
                          "starts_on": s.starts_on, "status": s.status_on(today).wire(), "open": s.is_open(today) }))
        .collect();
    Ok(page(
        "strikes/strikes",
        Msg::new("title-strikes"),
        json!({ "strikes": list }),
    ))
}

#[get("/strikes.atom")]
pub async fn strikes_feed(app: &State<App>) -> Result<(ContentType, String), HtmlError> {
    let base = app.settings.public_url.as_str();
    let entries: Vec<FeedEntry> = app
        .db
        .list_strikes()
        .await?
        .iter()
        .take(50)
        .map(|s| FeedEntry {
            id: format!("urn:clickline:strike:{}", s.id),
            title: format!("{} ({}, from {})", s.title, s.platform, s.starts_on),
            link: format!("{base}/strikes/{}", s.id),
            day: s.history.last().map(|h| h.day).unwrap_or(s.starts_on),
            html: render_markdown(&s.demands),
            lang: Lang::exact(&s.language)
                .filter(|lang| *lang != Lang::En)
                .map(Lang::code),
        })
        .collect();
    let head = FeedHead {
        id: "urn:clickline:strikes",
        title: "Clickline strike calls",
        link: &format!("{base}/strikes"),
        lang: Lang::En.code(),
    };
    Ok((
        ContentType::new("application", "atom+xml"),
        atom(&head, &entries),
    ))
}

/// The strike page's context: the call in the reader's language where it
/// is translated (else as written), the other languages it can be read in,
/// and for its organizers the form to change its status and the alerted
/// countries that cannot read it in any of their languages yet.
pub(super) async fn strike_context(
    app: &App,
    id: &StrikeId,
    session: Option<&Session>,
    asked: Asked,
) -> Result<Value, Error> {
    let strike = find_strike(&app.db, id).await?;
    let view = views::cached(app, &strike).await?;
    let can_manage =
        session.is_some_and(|s| strike.called_in.iter().any(|c| s.organizer.can_act_in(c)));
    let shown = view
        .summary
        .shown_in(&Vec::from_iter(asked.0), &view.demands);
    let page_lang = asked.0.unwrap_or(Lang::En);
    Ok(json!({
        "strike": *view,
        "shown": shown,
        "foreign": shown.lang != page_lang.code(),
        "other_languages": other_languages(&view.summary, shown.lang, strike.id.as_str()),
        "untranslated": can_manage.then(|| untranslated_countries(&strike)),
        "open": strike.is_open(Day::today()),
        "countries": country_codes(),
        "manage": can_manage.then(|| json!({
            "csrf": session.map(|s| s.csrf.clone()),
            "statuses": strike_statuses(),
            "languages": translation_languages(&strike),
        })),
    }))
}

/// Links to the strike page in the other languages the call is in.
fn other_languages(summary: &StrikeSummary, shown: &str, id: &str) -> Vec<Value> {
    let next: String =
        form_urlencoded::byte_serialize(uri!(strike_page(id)).to_string().as_bytes()).collect();
    summary
        .languages()
        .into_iter()
        .filter(|lang| lang.code() != shown)
        .map(|lang| {
            json!({
                "code": lang.code(),
                "name": lang.native_name(),
                "href": format!("/language?to={}&next={next}", lang.code()),
            })
        })
        .collect()
}

/// The alerted countries whose first language the call is neither written
/// nor translated in, with the languages they speak (a country that speaks
/// none of Clickline's is left out: no translation here can reach it).
fn untranslated_countries(strike: &Strike) -> Vec<Value> {
    let unread = |country: &&Country| {
        first_language_of(country.code()).is_some_and(|lang| {
            lang.code() != strike.language && !strike.translations.contains_key(lang.code())
        })
    };
    strike
        .asked_countries()
        .filter(unread)
        .map(|country| {
            let languages: Vec<&str> = languages_of(country.code())
                .iter()
                .map(|lang| lang.native_name())
                .collect();
            json!({ "country": country.code(), "languages": languages.join(", ") })
        })
        .collect()
}

#[get("/strikes/<id>")]
pub async fn strike_page(
    app: &State<App>,
    id: Result<StrikeId, UnknownId>,
    asked: Asked,
    session: Option<Session>,
) -> Result<rocket::Either<View, Private<View>>, HtmlError> {
    let id = id?;
    let context = strike_context(app, &id, session.as_ref(), asked).await?;
    let title = context["shown"]["title"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    Ok(private_if(
        session.is_some(),
        page("strikes/strike", title, context),
    ))
}

/// The two anonymous promises a strike page takes: a worker's pledge and a
/// non-worker's support. Both are a country and a receipt, kept apart.
#[derive(Clone, Copy)]
enum Promise {
    Pledge,
    Support,
}

impl Promise {
    /// The strike page's field for this form's error, and the page titles.
    fn error_slot(self) -> &'static str {
        match self {
            Promise::Pledge => "pledge_error",
            Promise::Support => "support_error",
        }
    }

    fn form_title(self) -> Msg {
        Msg::new(match self {
            Promise::Pledge => "title-pledge",
            Promise::Support => "title-support",
        })
    }

    fn parse(self, raw: &RawFields, strike: &Strike) -> Result<Country, FieldErrors> {
        match self {
            Promise::Pledge => strikes::parse::parse_pledge(raw, strike, Day::today()),
            Promise::Support => strikes::parse::parse_support(raw, strike, Day::today()),
        }
    }

    /// Stores it; the id and the receipt.
    async fn store(
        self,
        app: &App,
        strike: &Strike,
        country: Country,
    ) -> Result<(String, String), Error> {
        let secret = app.secrets.receipt_key();
        Ok(match self {
            Promise::Pledge => {
                let (pledge, receipt) =
                    strikes::service::pledge(&app.db, &secret, strike, country, Day::today())
                        .await?;
                (pledge.id.to_string(), receipt.display())
            }
            Promise::Support => {
                let (supporter, receipt) =
                    strikes::service::support(&app.db, &secret, strike, country, Day::today())
                        .await?;
                (supporter.id.to_string(), receipt.display())
            }
        })
    }

    fn receipt_page(self, strike: &Strike, id: String, receipt: String) -> View {
        let what = json!({ "id": strike.id, "title": strike.title });
        match self {
            Promise::Pledge => page(
                "strikes/pledged",
                Msg::new("title-pledged"),
                json!({ "strike": what, "pledge_id": id, "receipt": receipt }),
            ),
            Promise::Support => page(
                "strikes/supported",
                Msg::new("title-supported"),
                json!({ "strike": what, "support_id": id, "receipt": receipt }),
            ),
        }
    }
}

/// A pledge or a support from the strike page (or an alert): the strike
/// page again with its message when refused, else the receipt, shown once.
async fn promise(
    app: &App,
    id: &StrikeId,
    raw: &RawFields,
    client: &ClientAddress,
    asked: Asked,
    kind: Promise,
) -> Result<Private<View>, HtmlError> {
    let strike = find_strike(&app.db, id).await?;
    let country = match kind.parse(raw, &strike) {
        Ok(country) => country,
        Err(errors) => {
            let mut context = strike_context(app, id, None, asked).await?;
            let message = ["country", "strike"]
                .iter()
                .find_map(|field| errors.get(field).and_then(|m| m.first()));
            context[kind.error_slot()] = json!(message);
            let view = page("strikes/strike", kind.form_title(), context);
            return Ok(Private(Status::UnprocessableEntity, view));
        }
    };
    let stored = async {
        app.count_submission(client).await?;
        kind.store(app, &strike, country).await
    };
    match stored.await {
        Ok((promise_id, receipt)) => {
            forget(app, &strike);
            Ok(Private(
                Status::Ok,
                kind.receipt_page(&strike, promise_id, receipt),
            ))
        }
        Err(error) => {
            let mut context = strike_context(app, id, None, asked).await?;
            context["banner"] = json!(banner_for(&error));
            let view = page("strikes/strike", kind.form_title(), context);
            Ok(Private(error.status(), view))
        }
    }
}

/// A worker pledges, from the strike page or an alert, and gets a receipt.
#[post("/strikes/<id>/pledge", data = "<raw>")]
pub async fn pledge(
    app: &State<App>,
    id: Result<StrikeId, UnknownId>,
    raw: RawFields,
    client: ClientAddress,
    asked: Asked,
    _batched: WaitsForBatch,
) -> Result<Private<View>, HtmlError> {
    let id = id?;
    let answer = promise(app, &id, &raw, &client, asked, Promise::Pledge).await?;
    Ok(answer.on_page(uri!(strike_page(id))))
}

/// Someone who is not a worker supports the strike, and gets a receipt.
#[post("/strikes/<id>/support", data = "<raw>")]
pub async fn support(
    app: &State<App>,
    id: Result<StrikeId, UnknownId>,
    raw: RawFields,
    client: ClientAddress,
    asked: Asked,
    _batched: WaitsForBatch,
) -> Result<Private<View>, HtmlError> {
    let id = id?;
    let answer = promise(app, &id, &raw, &client, asked, Promise::Support).await?;
    Ok(answer.on_page(uri!(strike_page(id))))
}

/// A worker tells that the work of a strike was moved elsewhere.
#[post("/strikes/<id>/undercut", data = "<raw>")]
pub async fn undercut(
    app: &State<App>,
    id: Result<StrikeId, UnknownId>,
    raw: RawFields,
    client: ClientAddress,
    asked: Asked,
    _batched: WaitsForBatch,
) -> Result<Private<View>, HtmlError> {
    let id = id?;
    let answer = record_undercut(app, &id, &raw, &client, asked).await?;
    Ok(answer.on_page(uri!(strike_page(id))))
}

async fn record_undercut(
    app: &App,
    id: &StrikeId,
    raw: &RawFields,
    client: &ClientAddress,
    asked: Asked,
) -> Result<Private<View>, HtmlError> {
    let strike = find_strike(&app.db, id).await?;
    let parsed = strikes::parse::parse_undercut(raw, &strike).and_then(|u| {
        if app.platforms().get(u.platform.as_str()).is_some() {
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
            let mut context = strike_context(app, id, None, asked).await?;
            context["undercut_errors"] = errors.view();
            context["undercut_note"] = json!(raw.get("note"));
            return Ok(Private(
                Status::UnprocessableEntity,
                page("strikes/strike", Msg::new("title-undercut"), context),
            ));
        }
    };
    let stored = async {
        app.count_submission(client).await?;
        app.db.insert_undercut(&undercut).await
    };
    match stored.await {
        Ok(()) => {
            forget(app, &strike);
            Ok(Private(
                Status::Ok,
                page(
                    "layout/notice",
                    Msg::new("title-thanks"),
                    json!({
                        "message": Msg::new("undercut-recorded"),
                        "link": uri!(strike_page(strike.id.as_str())).to_string(),
                    }),
                ),
            ))
        }
        Err(error) => {
            let mut context = strike_context(app, id, None, asked).await?;
            context["banner"] = json!(banner_for(&error));
            context["undercut_note"] = json!(raw.get("note"));
            Ok(Private(
                error.status(),
                page("strikes/strike", Msg::new("title-undercut"), context),
            ))
        }
    }
}
