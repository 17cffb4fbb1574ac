//! The data-request pages: the campaigns, a campaign with its figures and
//! the letter form, the letter itself (answered `no-store`, never kept),
//! "I sent it" with its receipt, the campaign's feed, and the organizers'
//! form to open a campaign. The receipt's own pages are in [`receipt`].

use rocket::http::{ContentType, Header, Status};
use rocket::response::Redirect;
use rocket::{get, post, routes, uri, Responder, Route, State};
use serde_json::{json, Value};

use crate::data_requests::letters::{category_words, request_letter, Letter};
use crate::data_requests::model::{Campaign, Category};
use crate::data_requests::parse::{self, LetterRequest};
use crate::data_requests::service::{self, find_campaign};
use crate::data_requests::store::DataRequestStore;
use crate::data_requests::tables::Tables;
use crate::data_requests::views::{CampaignView, SentView};
use crate::domain::text::render_markdown;
use crate::domain::{Choice, DataRequestId, Day, FieldErrors, UnknownId};
use crate::http::atom::{atom, FeedEntry, FeedHead};
use crate::http::fields::RawFields;
use crate::http::guards::ClientAddress;
use crate::http::html_error::HtmlError;
use crate::http::page::{page, Private, View};
use crate::http::page_cache::{KeepsPages, WaitsForBatch};
use crate::i18n::{Lang, Msg};
use crate::organizers::auth::Session;
use crate::organizers::web::session_context;
use crate::App;

pub mod receipt;

pub fn routes() -> Vec<Route> {
    let pages = routes![
        campaigns_page,
        campaign_page,
        campaign_feed,
        letter,
        record_sent,
        campaign_form,
        open_campaign
    ];
    [pages, receipt::routes()].concat()
}

type Page = Result<View, HtmlError>;
type PrivatePage = Result<Private<View>, HtmlError>;

#[get("/data-requests")]
pub async fn campaigns_page(app: &State<App>) -> Page {
    let entries = service::campaign_entries(app).await?;
    let names: Vec<Value> = entries
        .iter()
        .map(
            |entry| json!({ "entry": entry, "platform_name": platform_name(app, &entry.platform) }),
        )
        .collect();
    Ok(page(
        "data_requests/campaigns",
        Msg::new("title-data-requests"),
        json!({ "campaigns": names }),
    ))
}

fn platform_name(app: &App, slug: &str) -> String {
    app.platforms()
        .get(slug)
        .map_or_else(|| slug.to_owned(), |p| p.name.clone())
}

/// The campaign page's context: the campaign, its figures, the law of each
/// of its countries, and the forms with what was typed and its errors.
async fn campaign_context(
    app: &App,
    campaign: &Campaign,
    raw: &RawFields,
    errors: &FieldErrors,
    lang: Lang,
) -> Result<Value, HtmlError> {
    let figures = service::campaign_figures(app, campaign).await?;
    let view = CampaignView::of(campaign, figures);
    let tables = Tables::shipped();
    let laws: Vec<Value> = campaign
        .countries
        .iter()
        .filter_map(|country| tables.law_of(country.code()))
        .map(|law| json!({ "law": law, "deadline": law.deadline.map(|p| crate::data_requests::letters::period_words(lang, p)) }))
        .collect();
    let chosen = raw.optional("language").unwrap_or(lang.code());
    let languages: Vec<Value> = Lang::ALL
        .iter()
        .map(|l| json!({ "code": l.code(), "name": l.native_name(), "selected": l.code() == chosen }))
        .collect();
    Ok(json!({
        "campaign": view,
        "platform_name": platform_name(app, campaign.platform.as_str()),
        "explanation_html": render_markdown(&campaign.explanation),
        "categories": category_list(lang, &campaign.categories),
        "figures": crate::data_requests::views::figures_context(&view.figures, 1),
        "laws": laws,
        "letter_languages": languages,
        "values": raw,
        "errors": errors.view(),
    }))
}

fn category_list(lang: Lang, categories: &[Category]) -> Vec<Value> {
    categories
        .iter()
        .map(|c| json!({ "wire": c.wire(), "label": c.label(), "words": category_words(lang, *c) }))
        .collect()
}

#[get("/data-requests/<id>")]
pub async fn campaign_page(
    app: &State<App>,
    id: Result<DataRequestId, UnknownId>,
    lang: Lang,
) -> Page {
    let campaign = find_campaign(&app.db, &id?).await?;
    let context = campaign_context(
        app,
        &campaign,
        &RawFields::default(),
        &FieldErrors::new(),
        lang,
    )
    .await?;
    Ok(page(
        "data_requests/campaign",
        campaign.title.clone(),
        context,
    ))
}

/// The letter as a page to copy, or (`download=text`) as a plain-text file:
/// both `no-store`, neither kept nor logged.
#[derive(Responder)]
pub enum LetterAnswer {
    Page(Private<View>),
    Text(Private<Download>),
}

/// A file to save rather than a page to show.
#[derive(Responder)]
pub struct Download {
    inner: (ContentType, String),
    name: DownloadName,
}

impl Download {
    pub fn new(content_type: ContentType, name: &'static str, body: String) -> Download {
        Download {
            inner: (content_type, body),
            name: DownloadName(name),
        }
    }
}

/// `Content-Disposition: attachment` with a file name.
pub struct DownloadName(pub &'static str);

impl From<DownloadName> for Header<'static> {
    fn from(name: DownloadName) -> Self {
        Header::new(
            "Content-Disposition",
            format!("attachment; filename=\"{}\"", name.0),
        )
    }
}

impl LetterAnswer {
    /// `letter` shown on a page, or downloaded when the form asked for text.
    pub fn of(
        letter: Letter,
        raw: &RawFields,
        lang: Lang,
        file: &'static str,
        title: Msg,
        action: String,
        back: Value,
    ) -> LetterAnswer {
        if raw.get("download") == "text" {
            return LetterAnswer::Text(Private(
                Status::Ok,
                Download::new(ContentType::Plain, file, letter.plain_text()),
            ));
        }
        let context = json!({
            "to": letter.to,
            "subject": letter.subject,
            "body": letter.body,
            "letter_lang": lang.code(),
            "letter_dir": lang.dir(),
            "fields": raw.names().filter(|n| *n != "download").map(|n| json!({ "name": n, "value": raw.get(n) })).collect::<Vec<_>>(),
            "action": action,
            "back": back,
        });
        LetterAnswer::Page(Private(
            Status::Ok,
            page("data_requests/letter", title, context),
        ))
    }
}

#[post("/data-requests/<id>/letter", data = "<raw>")]
pub async fn letter(
    app: &State<App>,
    id: Result<DataRequestId, UnknownId>,
    raw: RawFields,
    lang: Lang,
    _kept: KeepsPages,
) -> Result<rocket::Either<LetterAnswer, Private<View>>, HtmlError> {
    let campaign = find_campaign(&app.db, &id?).await?;
    let request: LetterRequest = match parse::parse_letter(&raw, &campaign, lang) {
        Ok(request) => request,
        Err(errors) => {
            let context = campaign_context(app, &campaign, &raw, &errors, lang).await?;
            let view = page("data_requests/campaign", campaign.title.clone(), context)
                .on_page(uri!(campaign_page(campaign.id.as_str())));
            return Ok(rocket::Either::Right(Private(
                Status::UnprocessableEntity,
                view,
            )));
        }
    };
    let tables = Tables::shipped();
    let law = tables.law_of(request.country.code()).ok_or_else(|| {
        HtmlError::from(crate::error::Error::not_found(
            "No law is known for this country.",
        ))
    })?;
    let controller =
        tables.controller_for(campaign.platform.as_str(), Some(request.country.code()));
    let letter = request_letter(
        request.language,
        &campaign,
        &platform_name(app, campaign.platform.as_str()),
        controller,
        law,
        &request.identity,
    );
    let back = json!({ "campaign": campaign.id, "country": request.country.code() });
    Ok(rocket::Either::Left(LetterAnswer::of(
        letter,
        &raw,
        request.language,
        "data-request.txt",
        Msg::new("title-letter"),
        uri!(letter(campaign.id.as_str())).to_string(),
        back,
    )))
}

/// "I sent it": the receipt, shown once, and the day the answer is due.
#[post("/data-requests/<id>/sent", data = "<raw>")]
pub async fn record_sent(
    app: &State<App>,
    id: Result<DataRequestId, UnknownId>,
    raw: RawFields,
    client: ClientAddress,
    lang: Lang,
    _batched: WaitsForBatch,
) -> PrivatePage {
    let campaign = find_campaign(&app.db, &id?).await?;
    let country = match parse::parse_sent(&raw, &campaign) {
        Ok(country) => country,
        Err(errors) => {
            let mut errors = errors;
            // The sent form's country is its own field on the page.
            if let Some(messages) = errors.get("country").map(<[Msg]>::to_vec) {
                errors = FieldErrors::new();
                for message in messages {
                    errors.add("sent_country", message);
                }
            }
            let context = campaign_context(app, &campaign, &raw, &errors, lang).await?;
            let view = page("data_requests/campaign", campaign.title.clone(), context)
                .on_page(uri!(campaign_page(campaign.id.as_str())));
            return Ok(Private(Status::UnprocessableEntity, view));
        }
    };
    let (sent, receipt) = service::send(app, &client, &campaign, country).await?;
    let view = SentView::of(&sent, Day::today());
    Ok(Private(
        Status::Ok,
        page(
            "data_requests/sent",
            Msg::new("title-request-sent"),
            json!({ "campaign": { "id": campaign.id, "title": campaign.title }, "sent": view, "receipt": receipt.display() }),
        ),
    ))
}

/// Reminders without accounts: the campaign, then one entry per day on
/// which answers to enough published requests fall due (never a day that
/// speaks for fewer than `min_group_size` requests).
#[get("/data-requests/<id>/feed.atom")]
pub async fn campaign_feed(
    app: &State<App>,
    id: Result<DataRequestId, UnknownId>,
    lang: Lang,
) -> Result<(ContentType, String), HtmlError> {
    let campaign = find_campaign(&app.db, &id?).await?;
    let base = app.settings.public_url.as_str();
    let link = format!("{base}{}", uri!(campaign_page(campaign.id.as_str())));
    let rules = service::publication(app);
    let sent = app.db.sent_through(&[&campaign.id], rules.through).await?;
    let mut due: std::collections::BTreeMap<Day, usize> = Default::default();
    for request in &sent {
        *due.entry(SentView::of(request, rules.today).due_on)
            .or_default() += 1;
    }
    let mut entries: Vec<FeedEntry> = due
        .into_iter()
        .filter(|(_, n)| *n >= rules.min_group_size as usize)
        .map(|(day, _)| {
            let title = crate::i18n::translate(
                lang,
                "feed-answers-due",
                &[("day", crate::i18n::Arg::Date(day.to_string()))],
            );
            FeedEntry {
                id: format!("urn:clickline:data-request:{}:due:{day}", campaign.id),
                html: crate::http::atom::xml_escape(&crate::i18n::text(
                    lang,
                    "feed-answers-due-text",
                )),
                title,
                link: link.clone(),
                day,
                lang: None,
            }
        })
        .collect();
    entries.reverse();
    entries.push(FeedEntry {
        id: format!("urn:clickline:data-request:{}", campaign.id),
        title: campaign.title.clone(),
        link: link.clone(),
        day: campaign.opened_on,
        html: render_markdown(&campaign.explanation),
        lang: None,
    });
    let head = FeedHead {
        id: &format!("urn:clickline:data-request:{}:feed", campaign.id),
        title: &campaign.title,
        link: &link,
        lang: lang.code(),
    };
    Ok((
        ContentType::new("application", "atom+xml"),
        atom(&head, &entries),
    ))
}

fn campaign_form_page(
    app: &App,
    session: &Session,
    raw: &RawFields,
    errors: &FieldErrors,
    status: Status,
    lang: Lang,
) -> PrivatePage {
    let platforms: Vec<Value> = app
        .platforms()
        .all()
        .iter()
        .map(|p| json!({ "value": p.slug, "label": p.name, "selected": p.slug.as_str() == raw.get("platform") }))
        .collect();
    let chosen: Vec<&str> = raw.items("categories").collect();
    let categories: Vec<Value> = Category::ALL
        .iter()
        .map(|c| json!({ "wire": c.wire(), "label": c.label(), "words": category_words(lang, *c), "checked": chosen.contains(&c.wire()) }))
        .collect();
    let countries: Vec<&str> = Tables::shipped()
        .laws()
        .map(|law| law.country.as_str())
        .collect();
    Ok(Private(
        status,
        page(
            "data_requests/campaign_form",
            Msg::new("title-open-campaign"),
            json!({ "me": session_context(session), "values": raw, "errors": errors.view(),
                    "platforms": platforms, "categories": categories, "law_countries": countries.join(" ") }),
        ),
    ))
}

#[get("/organize/data-requests")]
pub fn campaign_form(app: &State<App>, session: Session, lang: Lang) -> PrivatePage {
    campaign_form_page(
        app,
        &session,
        &RawFields::default(),
        &FieldErrors::new(),
        Status::Ok,
        lang,
    )
}

#[post("/organize/data-requests", data = "<raw>")]
pub async fn open_campaign(
    app: &State<App>,
    session: Session,
    raw: RawFields,
    lang: Lang,
) -> Result<rocket::Either<Redirect, Private<View>>, HtmlError> {
    session.check_csrf(&raw)?;
    let mut fields = raw.clone();
    fields.remove("csrf");
    match parse::parse_campaign(&fields, &session.organizer, app.platforms()) {
        Ok(campaign) => {
            app.db.insert_campaign(&campaign).await?;
            Ok(rocket::Either::Left(Redirect::to(uri!(campaign_page(
                campaign.id.as_str()
            )))))
        }
        Err(crate::error::Error::Invalid(errors)) => Ok(rocket::Either::Right(campaign_form_page(
            app,
            &session,
            &raw,
            &errors,
            Status::UnprocessableEntity,
            lang,
        )?)),
        Err(crate::error::Error::Forbidden(message)) => {
            let errors = FieldErrors::single("countries", message);
            Ok(rocket::Either::Right(campaign_form_page(
                app,
                &session,
                &raw,
                &errors,
                Status::Forbidden,
                lang,
            )?))
        }
        Err(other) => Err(other.into()),
    }
}
