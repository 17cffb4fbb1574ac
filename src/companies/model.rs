//! Companies behind the accounts: who a requester (or a platform) really
//! works for, and the proposals that say so until a moderator decides.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::{
    Choice, CompanyProposalId, CompanySlug, Country, Day, PlatformSlug, RequesterId,
};

/// A requester account on a platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub platform: PlatformSlug,
    pub requester_id: RequesterId,
}

/// A company, with only confirmed facts: every account and home country in
/// it was confirmed by a moderator or documented in the seed catalogue.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Company {
    #[serde(rename = "_id")]
    pub slug: CompanySlug,
    pub name: String,
    #[serde(default)]
    pub based_in: Option<Country>,
    /// Requester accounts that belong to it; an account belongs to one
    /// company at most.
    #[serde(default)]
    pub accounts: Vec<Account>,
    /// Platforms it operates (from the seed catalogue).
    #[serde(default)]
    pub operates: Vec<PlatformSlug>,
    /// Where the seed catalogue's facts come from.
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Company {
    pub fn reference(&self) -> CompanyRef {
        CompanyRef {
            company: self.slug.to_string(),
            name: self.name.clone(),
            based_in: self.based_in.as_ref().map(|c| c.code().to_owned()),
        }
    }
}

/// The company behind a scorecard, as scorecards name it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CompanyRef {
    /// The company's slug.
    #[schema(example = "holdout-corp")]
    pub company: String,
    pub name: String,
    /// ISO 3166 code of its home country, when known.
    pub based_in: Option<String>,
}

/// An account as a company scorecard lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CompanyAccount {
    pub platform: String,
    pub requester_id: String,
    pub name: String,
}

/// What a proposal claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Claim {
    /// This account belongs to the company.
    Account(Account),
    /// The company is based in this country.
    BasedIn { country: Country },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProposalStatus {
    Pending,
    Confirmed,
    Rejected,
}

impl ProposalStatus {
    pub fn wire(self) -> &'static str {
        match self {
            ProposalStatus::Pending => "pending",
            ProposalStatus::Confirmed => "confirmed",
            ProposalStatus::Rejected => "rejected",
        }
    }
}

/// A proposal that waits for a moderator. It keeps no address, no user
/// agent and no time finer than the day; its id is random, and its receipt
/// is kept only as a hash.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CompanyProposal {
    #[serde(rename = "_id")]
    pub id: CompanyProposalId,
    pub company: CompanySlug,
    /// The company's name as proposed (the slug is made from it).
    pub company_name: String,
    pub claim: Claim,
    /// Markdown, personal data removed.
    pub evidence: String,
    /// Made from a rating's `end_client`, not filed by a person.
    #[serde(default)]
    pub from_rating: bool,
    pub status: ProposalStatus,
    pub day: Day,
    #[serde(default)]
    pub receipt_hash: Option<String>,
    /// Pending rating proposals are unique by this, so a name repeated in
    /// many ratings makes one proposal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dedupe: Option<String>,
}

/// A decision a moderator takes on a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Confirm,
    Reject,
}

impl Choice for Decision {
    const KIND: &'static str = "decision";
    const ALL: &'static [Self] = &[Decision::Confirm, Decision::Reject];

    fn wire(self) -> &'static str {
        match self {
            Decision::Confirm => "confirm",
            Decision::Reject => "reject",
        }
    }
}
