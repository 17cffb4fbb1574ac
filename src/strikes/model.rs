//! What the strikes domain keeps: strike calls with their timeline, and the
//! anonymous pledges, supporters and undercut reports filed against them.

use crate::domain::{
    Country, Day, PlatformSlug, PledgeId, RequesterId, StrikeId, StrikeStatus, SupporterId,
    UndercutId,
};
use std::collections::BTreeMap;

use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

/// One step of a strike's timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusChange {
    pub status: StrikeStatus,
    pub day: Day,
}

/// A strike call: organizers call workers to stop taking work from a target.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Strike {
    #[serde(rename = "_id")]
    pub id: StrikeId,
    pub title: String,
    pub demands: String,
    pub platform: PlatformSlug,
    pub requester_ids: Vec<RequesterId>,
    pub called_in: Vec<Country>,
    pub starts_on: Day,
    pub ends_on: Option<Day>,
    /// As set by organizers; see [`Strike::status_on`] for the status of a day.
    pub status: StrikeStatus,
    pub history: Vec<StatusChange>,
    /// Countries where the target's work is also done, alerted to the strike.
    pub solidarity_in: Vec<Country>,
    /// Home countries of the struck client (its company's), alerted so that
    /// customers, journalists and unions there can put pressure on it.
    #[serde(default)]
    pub pressure_in: Vec<Country>,
    pub created_by: String,
    /// The language code the title and demands are written in (`en` for
    /// strikes called before calls said it).
    #[serde(default = "written_in_english")]
    pub language: String,
    /// The call in other languages, by language code, as organizers wrote it.
    #[serde(default)]
    pub translations: BTreeMap<String, StrikeText>,
    /// The company behind every struck requester, by name, when Clickline
    /// knew it at the call: alerts then name the company, not the accounts.
    #[serde(default)]
    pub company: Option<String>,
    /// The status the scorecards that show this call were last queued for:
    /// when the date moves it on (an announced call starts, an active one
    /// passes its end), `service::queue_cards_of_dated_changes` queues them
    /// again, so banners come and go without anyone touching the call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cards_show: Option<StrikeStatus>,
}

fn written_in_english() -> String {
    "en".to_owned()
}

/// A strike call's title and demands (Markdown) in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StrikeText {
    pub title: String,
    pub demands: String,
}

impl Strike {
    /// The status on `today`: an announced strike is active from its start
    /// date, and an active one has ended after its end date.
    pub fn status_on(&self, day: Day) -> StrikeStatus {
        match self.status {
            StrikeStatus::Announced | StrikeStatus::Active
                if self.ends_on.is_some_and(|end| end < day) =>
            {
                StrikeStatus::Ended
            }
            StrikeStatus::Announced if self.starts_on <= day => StrikeStatus::Active,
            other => other,
        }
    }

    pub fn is_open(&self, today: Day) -> bool {
        matches!(
            self.status_on(today),
            StrikeStatus::Announced | StrikeStatus::Active
        )
    }

    /// Every country the call asks: where it is called, then those alerted
    /// for solidarity, then those alerted for pressure.
    pub fn asked_countries(&self) -> impl Iterator<Item = &Country> {
        self.called_in
            .iter()
            .chain(&self.solidarity_in)
            .chain(&self.pressure_in)
    }

    /// Whether a report about this platform and requester concerns the strike.
    pub fn targets(&self, platform: &PlatformSlug, requester: Option<&RequesterId>) -> bool {
        self.platform == *platform
            && (self.requester_ids.is_empty()
                || requester.is_some_and(|id| self.requester_ids.contains(id)))
    }
}

/// An anonymous promise not to take the struck work.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pledge {
    #[serde(rename = "_id")]
    pub id: PledgeId,
    pub strike_id: StrikeId,
    pub country: Country,
    pub receipt_hash: String,
    pub day: Day,
}

/// An anonymous "I support this strike" from someone who is not a worker
/// (a consumer, a journalist, a researcher), counted apart from pledges.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Supporter {
    #[serde(rename = "_id")]
    pub id: SupporterId,
    pub strike_id: StrikeId,
    pub country: Country,
    pub receipt_hash: String,
    pub day: Day,
}

/// An anonymous sighting of struck work being done or moved elsewhere.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Undercut {
    #[serde(rename = "_id")]
    pub id: UndercutId,
    pub strike_id: StrikeId,
    pub country: Country,
    pub platform: PlatformSlug,
    pub note: Option<String>,
    pub day: Day,
}
