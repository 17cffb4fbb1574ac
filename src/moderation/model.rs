//! What moderation keeps: readers' flags on reports, with their reasons, and
//! the append-only log of what moderators decided.

use crate::domain::{CompanyProposalId, Day, FlagId, ModerationEntryId, ReportId};
use crate::error::Result;
use crate::i18n::Msg;
use crate::reports::model::Report;
use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

/// Why a reader thinks a report should be looked at by a moderator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FlagReason {
    PersonalData,
    FalseOrMisleading,
    Abusive,
    Spam,
    Other,
}

impl FlagReason {
    pub const ALL: [FlagReason; 5] = [
        FlagReason::PersonalData,
        FlagReason::FalseOrMisleading,
        FlagReason::Abusive,
        FlagReason::Spam,
        FlagReason::Other,
    ];

    pub fn wire(self) -> &'static str {
        match self {
            FlagReason::PersonalData => "personal_data",
            FlagReason::FalseOrMisleading => "false_or_misleading",
            FlagReason::Abusive => "abusive",
            FlagReason::Spam => "spam",
            FlagReason::Other => "other",
        }
    }

    /// The message id of the reason's label.
    pub fn label(self) -> String {
        format!("flag_reason-{}", self.wire())
    }

    pub fn parse(raw: &str) -> Result<Self, Msg> {
        Self::ALL
            .into_iter()
            .find(|reason| reason.wire() == raw.trim())
            .ok_or_else(|| {
                let allowed: Vec<&str> = Self::ALL.iter().map(|r| r.wire()).collect();
                Msg::new("choose-flag_reason").arg("allowed", allowed.join(", "))
            })
    }
}

/// A reader's flag on a report. Like reports, it carries only the day.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Flag {
    #[serde(rename = "_id")]
    pub id: FlagId,
    pub report_id: ReportId,
    pub reason: FlagReason,
    pub note: Option<String>,
    pub day: Day,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModerationAction {
    Hide,
    Restore,
    /// Publishes a rating the screening held (or applies a held correction).
    Release,
    /// Keeps a held rating out of every page and figure for good (or drops a
    /// held correction, leaving the rating as it was published).
    Reject,
    /// Makes a proposal about a company a fact.
    ConfirmProposal,
    /// Turns a proposal about a company down.
    RejectProposal,
}

impl ModerationAction {
    pub fn parse(raw: &str) -> Option<ModerationAction> {
        match raw {
            "hide" => Some(ModerationAction::Hide),
            "restore" => Some(ModerationAction::Restore),
            "release" => Some(ModerationAction::Release),
            "reject" => Some(ModerationAction::Reject),
            _ => None,
        }
    }

    /// The change to the report. A published report that is held has a
    /// correction the screening held: releasing it puts the correction in
    /// place, rejecting it drops the correction.
    pub(super) fn update(self, report: &Report) -> Result<mongodb::bson::Document> {
        let held_correction = report.published && report.held;
        Ok(match self {
            ModerationAction::Hide => doc! { "$set": { "hidden": true } },
            ModerationAction::Restore => doc! { "$set": { "hidden": false } },
            ModerationAction::Release if held_correction => {
                let mut corrected = report.as_it_will_be();
                corrected.held = false;
                corrected.publishes_on = None;
                let mut fields = mongodb::bson::to_document(&corrected)
                    .map_err(|e| crate::error::Error::Internal(e.to_string()))?;
                fields.remove("_id");
                doc! { "$set": fields, "$unset": { "correction": "", "publishes_on": "" } }
            }
            ModerationAction::Reject if held_correction => doc! {
                "$set": { "held": false },
                "$unset": { "correction": "", "publishes_on": "" },
            },
            ModerationAction::Release => doc! {
                "$set": { "published": true, "held": false },
                "$unset": { "publishes_on": "" },
            },
            ModerationAction::Reject => doc! { "$set": { "hidden": true, "held": false } },
            // Decisions on proposals change no report.
            ModerationAction::ConfirmProposal | ModerationAction::RejectProposal => doc! {},
        })
    }
}

/// One moderation decision. The log is append-only: nothing in Clickline
/// updates or deletes an entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModerationEntry {
    #[serde(rename = "_id")]
    pub id: ModerationEntryId,
    /// The report decided on; absent for a decision on a company proposal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<ReportId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal_id: Option<CompanyProposalId>,
    pub action: ModerationAction,
    pub reason: String,
    pub moderator: String,
    pub day: Day,
}
