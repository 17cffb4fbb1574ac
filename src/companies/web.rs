//! `/companies` pages, the anonymous proposal form, and the moderators'
//! proposal queue in the organizer area.

use crate::domain::{CompanyProposalId, UnknownId};
use rocket::http::Status;
use rocket::response::Redirect;
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use super::parse::{parse_decision, parse_proposal};
use super::service;
use super::store::CompanyStore;
use super::views::{self, ProposalView};
use crate::domain::{Country, FieldErrors};
use crate::error::Error;
use crate::http::fields::RawFields;
use crate::http::guards::ClientAddress;
use crate::http::html_error::HtmlError;
use crate::http::page::{banner_for, page, Private, View};
use crate::http::page_cache::KeepsPages;
use crate::i18n::{Lang, Msg};
use crate::organizers::roles::Moderator;
use crate::organizers::web::{ok, session_context, Page};
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![
        companies_page,
        company_page,
        proposal_form,
        propose,
        proposals_queue,
        decide
    ]
}

fn country_codes() -> Vec<&'static str> {
    Country::all().map(|(code, _)| code).collect()
}

fn platforms(app: &App) -> Vec<Value> {
    app.platforms()
        .all()
        .iter()
        .map(|p| json!({ "slug": p.slug, "name": p.name }))
        .collect()
}

#[get("/companies")]
pub async fn companies_page(app: &State<App>) -> Result<View, HtmlError> {
    let list = views::list(app).await?;
    Ok(page(
        "companies/companies",
        Msg::new("title-companies"),
        json!({ "companies": *list }),
    ))
}

#[get("/companies/<slug>", rank = 2)]
pub async fn company_page(app: &State<App>, slug: &str, lang: Lang) -> Result<View, HtmlError> {
    let (company, cached) = views::scorecard(app, slug).await?;
    let scorecard = crate::scorecards::web::view::view(&cached.card, lang);
    let title = company.name.clone();
    Ok(page(
        "companies/company",
        title,
        json!({
            "company": company,
            "scorecard": scorecard,
            "platforms": platforms(app),
            "countries": country_codes(),
        }),
    ))
}

/// The proposal form alone, as the company and requester pages link to it
/// and as it comes back with its messages.
fn form_page(
    app: &App,
    raw: &RawFields,
    (errors, banner): (&FieldErrors, Option<Msg>),
    status: Status,
) -> Private<View> {
    Private(
        status,
        page(
            "companies/company_proposal",
            Msg::new("title-company-proposal"),
            json!({
                "values": {
                    "company": raw.get("company"), "platform": raw.get("platform"),
                    "requester_id": raw.get("requester_id"), "based_in": raw.get("based_in"),
                    "evidence": raw.get("evidence"),
                },
                "errors": errors.view(),
                "banner": banner,
                "platforms": platforms(app),
                "countries": country_codes(),
            }),
        ),
    )
}

#[get("/companies/proposals?<platform>&<requester_id>&<company>")]
pub fn proposal_form(
    app: &State<App>,
    platform: Option<&str>,
    requester_id: Option<&str>,
    company: Option<&str>,
) -> Private<View> {
    let raw = RawFields::from_pairs([
        ("platform", platform.unwrap_or("")),
        ("requester_id", requester_id.unwrap_or("")),
        ("company", company.unwrap_or("")),
    ]);
    form_page(app, &raw, (&FieldErrors::new(), None), Status::Ok)
}

/// An anonymous proposal from a form; the receipt is shown once.
#[post("/companies/proposals", data = "<raw>")]
pub async fn propose(
    app: &State<App>,
    raw: RawFields,
    client: ClientAddress,
    _unseen: KeepsPages,
) -> Private<View> {
    let draft = match parse_proposal(&raw, app.platforms()) {
        Ok(draft) => draft,
        Err(errors) => {
            return form_page(app, &raw, (&errors, None), Status::UnprocessableEntity);
        }
    };
    let redacted: Vec<&str> = draft.redactions.iter().map(|r| r.label()).collect();
    let stored = async {
        app.count_submission(&client).await?;
        service::propose(&app.db, &app.secrets.receipt_key(), draft).await
    };
    match stored.await {
        Ok((proposal, receipt)) => Private(
            Status::Ok,
            page(
                "companies/company_proposed",
                Msg::new("title-company-proposed"),
                json!({
                    "id": proposal.id, "receipt": receipt.display(),
                    "company": proposal.company, "company_name": proposal.company_name,
                    "redacted": redacted,
                }),
            ),
        ),
        Err(error) => {
            let banner = Some(banner_for(&error));
            form_page(app, &raw, (&FieldErrors::new(), banner), error.status())
        }
    }
}

#[get("/organize/proposals")]
pub async fn proposals_queue(app: &State<App>, moderator: Moderator) -> Page {
    let session = moderator.0;
    let pending: Vec<ProposalView> = app
        .db
        .pending_proposals(200)
        .await?
        .iter()
        .map(ProposalView::from)
        .collect();
    ok(page(
        "companies/proposals",
        Msg::new("title-proposals"),
        json!({ "me": session_context(&session), "proposals": pending }),
    ))
}

#[post("/organize/proposals/<id>", data = "<raw>")]
pub async fn decide(
    app: &State<App>,
    moderator: Moderator,
    id: Result<CompanyProposalId, UnknownId>,
    raw: RawFields,
) -> Result<Redirect, HtmlError> {
    let id = id?;
    let session = moderator.0;
    session.check_csrf(&raw)?;
    let proposal = service::find_proposal(&app.db, &id).await?;
    let mut fields = raw.clone();
    fields.remove("csrf");
    let decision = parse_decision(&fields).map_err(Error::Invalid)?;
    service::decide(
        &app.db,
        &proposal,
        decision,
        &session.organizer.name,
        app.settings.min_group_size,
    )
    .await?;
    app.forget_cached_views();
    app.scorecards
        .evict(&crate::scorecards::Target::Company(proposal.company.clone()).key());
    Ok(Redirect::to("/organize/proposals"))
}
