//! Public scorecards of requesters and platforms.
//!
//! A scorecard is a stored document, recomputed from the target's visible
//! reports whenever one of them changes: every write queues the targets it
//! touches (`scorecard_queue`), and a background worker on every instance
//! drains the queue. Reads never scan reports; they hit an in-memory cache
//! that a change stream keeps fresh on every instance (or, where changes
//! cannot be streamed, that lives one second).

pub mod api;
mod cache;
mod compute;
pub mod figures;
mod meanwhile;
pub mod minimum_wage;
pub mod model;
pub mod newest;
pub mod parse;
pub mod rankings;
mod rebuild;
pub mod stars;
pub mod store;
pub mod totals;
pub mod trend;
pub mod web;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use cache::{CachedScorecard, ScorecardCache, TtlCache};
pub use compute::{load, recompute, run_queue, spawn_worker, UNWATCHED_TTL, WATCHED_TTL};
use figures::Figures;
pub use newest::NewestDays;
pub use rebuild::{rebuild_all, Rebuilt};
use stars::Stars;
use trend::MonthPoint;

use crate::companies::model::{CompanyAccount, CompanyRef};
use crate::domain::{CompanySlug, PlatformSlug, RequesterId};

/// The public scorecard, in the JSON shape DESIGN.md fixes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Scorecard {
    pub platform: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester_id: Option<String>,
    pub name: String,
    pub aliases: Vec<String>,
    pub all: Figures,
    pub last_90_days: Figures,
    pub grievances: GrievanceCounts,
    pub active_strikes: Vec<ActiveStrike>,
    pub stars: Stars,
    pub trend: Vec<MonthPoint>,
    /// Ratings held by the pre-publication screening until a moderator
    /// releases or rejects them; they count nowhere else.
    #[serde(default)]
    pub held_for_review: u64,
    /// The day the figures were computed.
    pub updated: String,
    /// The company behind the requester or platform, once a moderator
    /// confirmed the link (or the seed catalogue documents it); for a
    /// company's own scorecard, the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<CompanyRef>,
    /// A company's scorecard only: the accounts its figures cover.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<CompanyAccount>>,
    /// A platform's scorecard only: its "data rights", the published
    /// figures of the data-request campaigns for it. Joined when the card
    /// is served, never stored with it.
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub data_requests: Option<crate::data_requests::views::PlatformDataRequests>,
    /// Where the target's report list begins: stored beside the card
    /// (`ScorecardDoc`), never published.
    #[serde(skip)]
    pub newest: NewestDays,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct GrievanceCounts {
    pub total: u64,
    pub by_category: BTreeMap<String, u64>,
    pub by_status: BTreeMap<String, u64>,
}

impl GrievanceCounts {
    /// Adds another target's counts to these (a platform's from its requesters').
    pub fn add(&mut self, other: &GrievanceCounts) {
        self.total += other.total;
        for (mine, theirs) in [
            (&mut self.by_category, &other.by_category),
            (&mut self.by_status, &other.by_status),
        ] {
            for (key, count) in theirs {
                *mine.entry(key.clone()).or_default() += count;
            }
        }
    }
}

/// A strike call against the target that is announced or active.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ActiveStrike {
    pub id: String,
    pub title: String,
    pub status: String,
    #[schema(value_type = String, format = Date)]
    pub starts_on: crate::domain::Day,
    /// The language code the title is written in.
    #[serde(default = "english")]
    pub language: String,
    /// The title in other languages, by language code, for banners shown
    /// in the reader's language.
    #[serde(default)]
    pub translations: std::collections::BTreeMap<String, TranslatedTitle>,
}

/// A strike call's title in another language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TranslatedTitle {
    pub title: String,
}

fn english() -> String {
    "en".to_owned()
}

/// What a scorecard is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    Requester(PlatformSlug, RequesterId),
    Platform(PlatformSlug),
    /// Every account linked to a company, on every platform.
    Company(CompanySlug),
}

impl Target {
    /// `requester:mturk:A1B2` or `platform:mturk`.
    pub fn key(&self) -> String {
        match self {
            Target::Requester(platform, id) => format!("requester:{platform}:{id}"),
            Target::Platform(platform) => format!("platform:{platform}"),
            Target::Company(slug) => format!("company:{slug}"),
        }
    }

    pub fn from_key(key: &str) -> Option<Target> {
        if let Some(rest) = key.strip_prefix("requester:") {
            let (platform, id) = rest.split_once(':')?;
            return Some(Target::Requester(
                PlatformSlug::parse(platform).ok()?,
                RequesterId::parse(id).ok()?,
            ));
        }
        if let Some(slug) = key.strip_prefix("company:") {
            return Some(Target::Company(CompanySlug::parse(slug).ok()?));
        }
        let platform = key.strip_prefix("platform:")?;
        Some(Target::Platform(PlatformSlug::parse(platform).ok()?))
    }

    /// The platform of a requester or platform target; a company spans many.
    pub fn platform(&self) -> Option<&PlatformSlug> {
        match self {
            Target::Requester(platform, _) | Target::Platform(platform) => Some(platform),
            Target::Company(_) => None,
        }
    }

    /// The scorecards a report about this platform and requester feeds.
    pub fn affected(platform: &PlatformSlug, requester: Option<&RequesterId>) -> Vec<String> {
        let mut keys = vec![Target::Platform(platform.clone()).key()];
        if let Some(id) = requester {
            keys.push(Target::Requester(platform.clone(), id.clone()).key());
        }
        keys
    }
}

#[cfg(test)]
mod tests;
