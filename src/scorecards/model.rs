//! What the scorecards domain keeps: each target's computed card, the queue
//! of targets waiting for a recompute, and the rankings.

use crate::scorecards::{NewestDays, Scorecard};
use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

/// A stored scorecard: the public card and the keys lists are sorted by.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ScorecardDoc {
    #[serde(rename = "_id")]
    pub key: String,
    /// "requester", "platform" or "company".
    pub target: String,
    pub platform: String,
    pub ratings: i64,
    pub median_hourly_usd: Option<f64>,
    pub unpaid_rate: Option<f64>,
    pub grievances: i64,
    pub card: Scorecard,
    #[serde(default)]
    pub newest: NewestDays,
    /// The queue entry's `seq` this card was computed for (none: computed
    /// on a read, by a rebuild or by hand). A card for an earlier entry
    /// never replaces it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_seq: Option<i64>,
}

impl ScorecardDoc {
    pub fn new(key: String, mut card: Scorecard) -> ScorecardDoc {
        // Stored beside the card, not in it (`Scorecard::newest` is never serialised).
        let newest = std::mem::take(&mut card.newest);
        ScorecardDoc {
            // `requester`, `platform` or `company`, as the key begins.
            target: key.split(':').next().unwrap_or("platform").to_owned(),
            platform: card.platform.clone(),
            ratings: card.all.ratings as i64,
            median_hourly_usd: card.all.hourly_pay_usd.map(|s| s.median),
            unpaid_rate: card.all.unpaid_rate,
            grievances: card.grievances.total as i64,
            newest,
            for_seq: None,
            key,
            card,
        }
    }

    /// The card with what is stored beside it.
    pub fn into_card(self) -> Scorecard {
        Scorecard {
            newest: self.newest,
            ..self.card
        }
    }
}

/// A queued target and the sequence number it had when read. A target's
/// entry is never removed, only marked done (`pending: false`), so its
/// `seq` only grows: it orders the target's cards (`ScorecardDoc::for_seq`).
#[derive(Debug, Clone, Deserialize)]
pub struct Queued {
    #[serde(rename = "_id")]
    pub key: String,
    pub seq: i64,
}

/// Which worst-first list a journalist asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ranking {
    LowestPay,
    WorstUnpaid,
    MostGrievances,
}
