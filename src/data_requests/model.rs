//! What the data-requests domain keeps: campaigns opened by organizers, and
//! the anonymous "I sent my request" rows of workers with what came back.
//! A row holds a country, days and a receipt hash: never who sent it, and
//! never the letter.

use serde::{Deserialize, Serialize};

use crate::domain::{choice, Country, DataRequestId, Day, PlatformSlug, SentRequestId};

choice!(
    /// What a campaign asks the platform for, beyond the copy of all personal
    /// data that every request asks for.
    Category, "data_category", {
    Ratings => "ratings",
    Rejections => "rejections",
    Flags => "flags",
    Allocation => "allocation",
    Earnings => "earnings",
    Profiling => "profiling",
});

choice!(
    /// What came back from the platform.
    AnswerOutcome, "data_outcome", {
    Complete => "complete",
    Partial => "partial",
    Refused => "refused",
    AskedForIdentity => "asked_for_identity",
    NoAnswer => "no_answer",
});

impl AnswerOutcome {
    /// Whether the platform answered at all (a demand for identity counts:
    /// it stops the clock until the worker replies).
    pub fn is_answer(self) -> bool {
        self != AnswerOutcome::NoAnswer
    }

    /// Whether the worker may complain to the authority over this answer.
    pub fn warrants_complaint(self) -> bool {
        matches!(
            self,
            AnswerOutcome::Partial | AnswerOutcome::Refused | AnswerOutcome::NoAnswer
        )
    }
}

/// A campaign: organizers invite the workers of one platform to ask it for
/// their data together.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Campaign {
    #[serde(rename = "_id")]
    pub id: DataRequestId,
    pub platform: PlatformSlug,
    pub title: String,
    pub categories: Vec<Category>,
    pub countries: Vec<Country>,
    /// Plain text shown on the campaign page (Markdown).
    pub explanation: String,
    pub opened_on: Day,
    /// The organizer account that opened it (public, like a strike's).
    pub opened_by: String,
}

/// What a worker recorded of the platform's answer, with the day it was
/// recorded, so figures take it in the next daily batch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub outcome: AnswerOutcome,
    /// The day the platform answered (none for `no_answer`).
    pub answered_on: Option<Day>,
    pub missing: Vec<Category>,
    pub recorded_on: Day,
}

/// One worker's request, as they recorded it: the country whose law it
/// cites, the day it was sent, and later the answer and a complaint.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SentRequest {
    #[serde(rename = "_id")]
    pub id: SentRequestId,
    pub campaign_id: DataRequestId,
    pub country: Country,
    pub sent_on: Day,
    pub receipt_hash: String,
    #[serde(default)]
    pub answer: Option<Answer>,
    /// The day the worker said they complained to the authority.
    #[serde(default)]
    pub complained_on: Option<Day>,
}
