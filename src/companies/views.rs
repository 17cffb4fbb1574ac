//! What the public and moderators see of companies and proposals, as typed
//! wire views: the API sends them as JSON, the pages render them.

use std::sync::Arc;

use serde::Serialize;
use utoipa::ToSchema;

use super::cards::accounts_of;
use super::model::{Claim, CompanyAccount, CompanyProposal, ProposalStatus};
use super::store::CompanyStore;
use crate::domain::text::{render_markdown, Redaction};
use crate::domain::CompanySlug;
use crate::error::{Error, Result};
use crate::scorecards::figures::Figures;
use crate::scorecards::stars::Stars;
use crate::scorecards::trend::MonthPoint;
use crate::scorecards::{self, ActiveStrike, GrievanceCounts, Scorecard, Target};
use crate::App;

/// A company in the list of every company.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CompanyListEntry {
    /// The company's slug.
    pub company: String,
    pub name: String,
    pub based_in: Option<String>,
    pub accounts: Vec<CompanyAccount>,
    /// Platforms the company operates.
    pub operates: Vec<String>,
    /// Where the documented facts about it come from (seed catalogue).
    pub sources: Vec<String>,
    pub url: String,
}

/// A company's scorecard: the figures of requester scorecards over the
/// published ratings of every linked account, on every platform.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CompanyScorecard {
    pub company: String,
    pub name: String,
    pub based_in: Option<String>,
    pub accounts: Vec<CompanyAccount>,
    pub operates: Vec<String>,
    /// Where the documented facts about it come from (seed catalogue).
    pub sources: Vec<String>,
    pub all: Figures,
    pub last_90_days: Figures,
    pub grievances: GrievanceCounts,
    pub active_strikes: Vec<ActiveStrike>,
    pub stars: Stars,
    pub trend: Vec<MonthPoint>,
    pub held_for_review: u64,
    pub updated: String,
}

/// The answer to a proposal: the receipt code is shown this once.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProposalFiled {
    pub id: String,
    pub receipt: String,
    /// The company's slug the proposal is about.
    pub company: String,
    /// Personal data removed from the evidence.
    pub redacted: Vec<Redaction>,
}

/// A proposal as moderators see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProposalView {
    pub id: String,
    pub company: String,
    pub company_name: String,
    /// `account` or `based_in`
    pub kind: String,
    pub platform: Option<String>,
    pub requester_id: Option<String>,
    pub based_in: Option<String>,
    /// Markdown, and the same as sanitised HTML.
    pub evidence: String,
    pub evidence_html: String,
    /// Made from a rating's `end_client`.
    pub from_rating: bool,
    pub status: ProposalStatus,
    #[schema(value_type = String, format = Date)]
    pub day: crate::domain::Day,
}

impl From<&CompanyProposal> for ProposalView {
    fn from(p: &CompanyProposal) -> ProposalView {
        let (kind, platform, requester_id, based_in) = match &p.claim {
            Claim::Account(a) => (
                "account",
                Some(a.platform.to_string()),
                Some(a.requester_id.to_string()),
                None,
            ),
            Claim::BasedIn { country } => ("based_in", None, None, Some(country.code().to_owned())),
        };
        ProposalView {
            id: p.id.to_string(),
            company: p.company.to_string(),
            company_name: p.company_name.clone(),
            kind: kind.to_owned(),
            platform,
            requester_id,
            based_in,
            evidence: p.evidence.clone(),
            evidence_html: render_markdown(&p.evidence),
            from_rating: p.from_rating,
            status: p.status,
            day: p.day,
        }
    }
}

/// Every company, from a one-second cache.
pub async fn list(app: &App) -> Result<Arc<Vec<CompanyListEntry>>> {
    if let Some(Some(list)) = app.companies.get("all") {
        return Ok(list);
    }
    let mut entries = Vec::new();
    for company in app.db.list_companies().await? {
        entries.push(CompanyListEntry {
            company: company.slug.to_string(),
            name: company.name.clone(),
            based_in: company.based_in.as_ref().map(|c| c.code().to_owned()),
            accounts: accounts_of(&app.db, &company).await?,
            operates: company.operates.iter().map(|p| p.to_string()).collect(),
            sources: company.sources.clone(),
            url: format!("/api/v1/companies/{}", company.slug),
        });
    }
    let list = Arc::new(entries);
    app.companies.put("all", Some(list.clone()));
    Ok(list)
}

fn no_company() -> Error {
    Error::not_found("Clickline knows no company with this slug.")
}

/// The company's stored scorecard (through the scorecard cache) and the
/// facts of the company beside it (from the list's cache): no database
/// read for a page or API call in the common case.
pub async fn scorecard(
    app: &App,
    slug: &str,
) -> Result<(CompanyScorecard, Arc<scorecards::CachedScorecard>)> {
    let slug = CompanySlug::parse(slug).map_err(|_| no_company())?;
    let list = list(app).await?;
    let entry = list
        .iter()
        .find(|c| c.company == slug.as_str())
        .ok_or_else(no_company)?;
    let cached = scorecards::load(
        &app.db,
        &app.scorecards,
        &Target::Company(slug.clone()),
        app.settings.min_group_size,
    )
    .await?
    .ok_or_else(no_company)?;
    let card: &Scorecard = &cached.card;
    let view = CompanyScorecard {
        company: entry.company.clone(),
        name: entry.name.clone(),
        based_in: entry.based_in.clone(),
        accounts: card.accounts.clone().unwrap_or_default(),
        operates: entry.operates.clone(),
        sources: entry.sources.clone(),
        all: card.all.clone(),
        last_90_days: card.last_90_days.clone(),
        grievances: card.grievances.clone(),
        active_strikes: card.active_strikes.clone(),
        stars: card.stars,
        trend: card.trend.clone(),
        held_for_review: card.held_for_review,
        updated: card.updated.clone(),
    };
    Ok((view, cached))
}
