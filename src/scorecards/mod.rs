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
pub mod minimum_wage;
pub mod rankings;
pub mod stars;
pub mod store;
pub mod totals;
pub mod trend;
pub mod web;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use cache::{CachedScorecard, ScorecardCache, TtlCache};
pub use compute::{
    load, rebuild_all, recompute, run_queue, spawn_worker, watch_scorecards, UNWATCHED_TTL,
    WATCHED_TTL,
};
use figures::Figures;
use stars::Stars;
use trend::MonthPoint;

use crate::domain::{PlatformSlug, RequesterId};

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
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct GrievanceCounts {
    pub total: u64,
    pub by_category: BTreeMap<String, u64>,
    pub by_status: BTreeMap<String, u64>,
}

/// A strike call against the target that is announced or active.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ActiveStrike {
    pub id: String,
    pub title: String,
    pub status: String,
    #[schema(value_type = String, format = Date)]
    pub starts_on: crate::domain::Day,
}

/// What a scorecard is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    Requester(PlatformSlug, RequesterId),
    Platform(PlatformSlug),
}

impl Target {
    /// `requester:mturk:A1B2` or `platform:mturk`.
    pub fn key(&self) -> String {
        match self {
            Target::Requester(platform, id) => format!("requester:{platform}:{id}"),
            Target::Platform(platform) => format!("platform:{platform}"),
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
        let platform = key.strip_prefix("platform:")?;
        Some(Target::Platform(PlatformSlug::parse(platform).ok()?))
    }

    pub fn platform(&self) -> &PlatformSlug {
        match self {
            Target::Requester(platform, _) | Target::Platform(platform) => platform,
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
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_even_with_colons_in_ids() {
        let target = Target::Requester(
            PlatformSlug::parse("upwork").unwrap(),
            RequesterId::parse("~01:ab").unwrap(),
        );
        assert_eq!(Target::from_key(&target.key()), Some(target));
        assert_eq!(
            Target::from_key("platform:mturk"),
            Some(Target::Platform(PlatformSlug::parse("mturk").unwrap()))
        );
        assert_eq!(Target::from_key("bogus"), None);
    }
}

#[cfg(test)]
mod http_tests;
