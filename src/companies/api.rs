//! `/api/v1/companies...` and the moderators' `/api/v1/moderation/proposals`.

use super::parse::{DecisionInput, ProposalInput};
#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::domain::{CompanyProposalId, UnknownId};
#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::error::{ErrorResponse, ValidationErrors};
use crate::http::openapi::ApiPart;

use rocket::http::Status;
use rocket::response::status::Created;
use rocket::serde::json::Json;
use rocket::{delete, get, post, routes, State};

use super::parse::{parse_decision, parse_proposal};
use super::service;
use super::store::CompanyStore;
use super::views::{self, CompanyListEntry, CompanyScorecard, ProposalFiled, ProposalView};
use crate::error::Result;
use crate::http::fields::RawFields;
use crate::http::guards::{ClientAddress, ReceiptAuth};
use crate::http::page_cache::KeepsPages;
use crate::organizers::roles::ApiModerator;
use crate::App;

/// The companies' routes and their description.
pub fn api() -> ApiPart {
    ApiPart::v1::<Described>(routes![
        list_companies,
        company_scorecard,
        propose,
        withdraw_proposal,
        pending_proposals,
        decide_proposal
    ])
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(
    list_companies,
    company_scorecard,
    propose,
    withdraw_proposal,
    pending_proposals,
    decide_proposal
))]
struct Described;

/// Every company Clickline knows, with its confirmed accounts.
#[utoipa::path(get, path = "/api/v1/companies", tag = "companies", responses((status = 200, body = [CompanyListEntry])))]
#[get("/companies")]
pub async fn list_companies(app: &State<App>) -> Result<Json<Vec<CompanyListEntry>>> {
    Ok(Json((*views::list(app).await?).clone()))
}

/// A company's scorecard over the published ratings of all its accounts.
#[utoipa::path(get, path = "/api/v1/companies/{slug}", tag = "companies", params(("slug" = String, Path, description = "e.g. holdout-corp")), responses((status = 200, body = CompanyScorecard), (status = 404, body = ErrorResponse)))]
#[get("/companies/<slug>")]
pub async fn company_scorecard(app: &State<App>, slug: &str) -> Result<Json<CompanyScorecard>> {
    Ok(Json(views::scorecard(app, slug).await?.0))
}

/// Anyone may propose that an account belongs to a company, or where a
/// company is based, with evidence; it counts once a moderator confirms it.
#[utoipa::path(post, path = "/api/v1/companies/proposals", tag = "companies", request_body = ProposalInput, responses((status = 201, body = ProposalFiled), (status = 422, body = ValidationErrors), (status = 429, body = ErrorResponse)))]
#[post("/companies/proposals", data = "<raw>")]
pub async fn propose(
    app: &State<App>,
    raw: RawFields,
    client: ClientAddress,
    _unseen: KeepsPages,
) -> Result<Created<Json<ProposalFiled>>> {
    let draft = parse_proposal(&raw, app.platforms())?;
    app.count_submission(&client).await?;
    let redacted = draft.redactions.clone();
    let (proposal, receipt) = service::propose(&app.db, &app.secrets.receipt_key(), draft).await?;
    Ok(
        Created::new(format!("/api/v1/companies/proposals/{}", proposal.id)).body(Json(
            ProposalFiled {
                id: proposal.id.to_string(),
                receipt: receipt.display(),
                company: proposal.company.to_string(),
                redacted,
            },
        )),
    )
}

/// Withdraws a pending proposal with its receipt code.
#[utoipa::path(delete, path = "/api/v1/companies/proposals/{id}", tag = "companies", params(("id" = String, Path), ("Authorization" = String, Header, description = "Receipt <code>")), responses((status = 204, description = "Withdrawn"), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse), (status = 422, body = ValidationErrors)))]
#[delete("/companies/proposals/<id>")]
pub async fn withdraw_proposal(
    app: &State<App>,
    id: Result<CompanyProposalId, UnknownId>,
    receipt: ReceiptAuth,
    _unseen: KeepsPages,
) -> Result<Status> {
    let id = id?;
    let proposal = service::find_proposal(&app.db, &id).await?;
    service::withdraw(&app.db, &proposal, &receipt.0).await?;
    Ok(Status::NoContent)
}

/// Proposals waiting for a moderator (moderator or admin token).
#[utoipa::path(get, path = "/api/v1/moderation/proposals", tag = "moderation", security(("organizer_token" = [])), responses((status = 200, body = [ProposalView]), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse)))]
#[get("/moderation/proposals")]
pub async fn pending_proposals(
    app: &State<App>,
    _moderator: ApiModerator,
) -> Result<Json<Vec<ProposalView>>> {
    let pending = app.db.pending_proposals(500).await?;
    Ok(Json(pending.iter().map(ProposalView::from).collect()))
}

/// `{decision: confirm|reject, reason}` (moderator or admin token); the
/// decision and its reason are logged.
#[utoipa::path(post, path = "/api/v1/moderation/proposals/{id}", tag = "moderation", params(("id" = String, Path)), request_body = DecisionInput, security(("organizer_token" = [])), responses((status = 200, body = ProposalView), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse), (status = 422, body = ValidationErrors)))]
#[post("/moderation/proposals/<id>", data = "<raw>")]
pub async fn decide_proposal(
    app: &State<App>,
    moderator: ApiModerator,
    id: Result<CompanyProposalId, UnknownId>,
    raw: RawFields,
) -> Result<Json<ProposalView>> {
    let id = id?;
    let moderator = &moderator.0;
    let proposal = service::find_proposal(&app.db, &id).await?;
    let decision = parse_decision(&raw)?;
    service::decide(
        &app.db,
        &proposal,
        decision,
        &moderator.name,
        app.settings.min_group_size,
    )
    .await?;
    app.forget_cached_views();
    app.scorecards
        .evict(&crate::scorecards::Target::Company(proposal.company.clone()).key());
    let decided = service::find_proposal(&app.db, &id).await?;
    Ok(Json(ProposalView::from(&decided)))
}
