//! Turkopticon clients ask about MTurk requesters by id: their published
//! scorecards, from the same memory the scorecard JSON routes read.

use std::sync::Arc;

use crate::domain::{PlatformSlug, RequesterId};
use crate::error::{Error, Result};
use crate::scorecards::api::requesters::{cached_scorecards, MAX_BULK_IDS};
use crate::scorecards::CachedScorecard;
use crate::App;

/// Turkopticon only ever knew Amazon Mechanical Turk.
pub const PLATFORM: &str = "mturk";

/// Why a list of ids cannot be answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdsProblem {
    Missing,
    TooMany,
}

/// Requester ids from a comma-separated list: blanks skipped, ids that
/// cannot be requester ids kept apart (they are simply unknown), at most
/// [`MAX_BULK_IDS`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestedIds {
    /// Every id as it was asked, each once, in order.
    pub asked: Vec<String>,
    pub parsed: Vec<RequesterId>,
}

impl RequestedIds {
    pub fn parse(raw: Option<&str>) -> Result<RequestedIds, IdsProblem> {
        let mut asked: Vec<String> = Vec::new();
        for id in raw.unwrap_or("").split(',').map(str::trim) {
            if !id.is_empty() && !asked.iter().any(|seen| seen == id) {
                asked.push(id.to_owned());
            }
        }
        if asked.is_empty() {
            return Err(IdsProblem::Missing);
        }
        if asked.len() > MAX_BULK_IDS {
            return Err(IdsProblem::TooMany);
        }
        let parsed = asked
            .iter()
            .filter_map(|id| RequesterId::parse(id).ok())
            .collect();
        Ok(RequestedIds { asked, parsed })
    }
}

/// The published scorecards of these MTurk requesters that exist, in order.
pub async fn scorecards(app: &App, ids: &[RequesterId]) -> Result<Vec<Arc<CachedScorecard>>> {
    let platform = PlatformSlug::parse(PLATFORM).map_err(|msg| Error::Internal(msg.english()))?;
    cached_scorecards(app, &platform, ids).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_trimmed_deduplicated_and_bounded() {
        let ids = RequestedIds::parse(Some(" A1, ,B2,A1,")).unwrap();
        assert_eq!(ids.asked, ["A1", "B2"]);
        assert_eq!(ids.parsed.len(), 2);
        assert_eq!(RequestedIds::parse(None), Err(IdsProblem::Missing));
        assert_eq!(RequestedIds::parse(Some(" , ")), Err(IdsProblem::Missing));
        let many = (0..=MAX_BULK_IDS)
            .map(|i| format!("A{i}"))
            .collect::<Vec<_>>();
        assert_eq!(
            RequestedIds::parse(Some(&many.join(","))),
            Err(IdsProblem::TooMany)
        );
        let long = "x".repeat(RequesterId::MAX_LEN + 1);
        let ids = RequestedIds::parse(Some(&format!("A1,{long}"))).unwrap();
        assert_eq!(ids.asked.len(), 2, "an impossible id is still answered");
        assert_eq!(ids.parsed.len(), 1, "but never looked up");
    }
}
