//! What the reports domain keeps: each rating or grievance as stored, and
//! the corrections made to it with its receipt.

use crate::domain::{
    Communication, Country, Day, GrievanceCategory, GrievanceStatus, Money, Month, Paid,
    PlatformSlug, Rejected, ReportId, ReportKind, RequesterId, TaskType,
};
use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

/// A rating or a grievance as stored. It holds no address, no browser and no
/// time finer than the day; the receipt and submission key only as hashes.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    #[serde(rename = "_id")]
    pub id: ReportId,
    pub kind: ReportKind,
    pub platform: PlatformSlug,
    pub requester_id: Option<RequesterId>,
    pub requester_name: Option<String>,
    pub country: Country,
    /// The UTC day it was filed, `YYYY-MM-DD`.
    pub day: Day,
    pub edited: bool,
    /// Hidden by a moderator: gone from every public page and figure.
    pub hidden: bool,
    /// How many readers flagged it.
    pub flags: i64,
    pub receipt_hash: String,
    pub submission_hash: String,
    pub rating: Option<Rating>,
    pub grievance: Option<Grievance>,
    /// Set on reports written by the demo-data seeder.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub demo: bool,
    /// Public: counted in scorecards, lists, CSV, feeds and alerts. Reports
    /// are published in daily batches (`reports::publication`).
    #[serde(default)]
    pub published: bool,
    /// The day the report, or its pending correction, is due to be published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publishes_on: Option<Day>,
    /// Held by the screening for a moderator's decision.
    #[serde(default)]
    pub held: bool,
    /// Filed with an organizer's voucher (which is not kept with it).
    #[serde(default)]
    pub vouched: bool,
    /// One of many ratings of its requester from one network that day; read
    /// by the screening and removed at publication.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suspect: bool,
    /// A correction of a published report, public with the next batch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<Correction>,
}

/// What a correction will replace when it is published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    pub platform: PlatformSlug,
    pub requester_id: Option<RequesterId>,
    pub requester_name: Option<String>,
    pub country: Country,
    pub rating: Option<Rating>,
    pub grievance: Option<Grievance>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Rating {
    pub task_type: TaskType,
    pub pay: Money,
    pub minutes: u32,
    pub paid: Paid,
    pub days_to_payment: Option<u32>,
    pub rejected: Rejected,
    pub communication: Communication,
    pub recommend: bool,
    pub tos_violation: bool,
    pub broken: bool,
    pub comment: Option<String>,
    /// Effective hourly pay, bonus included, converted with the shipped
    /// exchange-rate table.
    pub hourly_pay_usd: f64,
    pub hourly_pay_eur: f64,
    /// Bonus, unpaid time, outcome, purpose... (all optional).
    #[serde(flatten)]
    pub behind: crate::reports::parse::WorkBehind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Grievance {
    pub category: GrievanceCategory,
    pub amount_at_stake: Option<Money>,
    /// `YYYY-MM`
    #[schema(value_type = Option<String>, example = "2026-10")]
    pub month: Option<Month>,
    pub description: String,
    pub desired_outcome: Option<String>,
    pub status: GrievanceStatus,
    pub status_note: Option<String>,
}

/// What a lookup by id finds.
pub enum Stored {
    Live(Box<Report>),
    Withdrawn,
}
