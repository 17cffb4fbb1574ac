use futures::TryStreamExt;
use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::domain::{CompanyProposalId, Day, ModerationEntryId, ReportId};
use crate::error::Result;
use crate::reports::model::Report;

pub const COLLECTION: &str = "moderation_log";

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
    fn update(self, report: &Report) -> Result<mongodb::bson::Document> {
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

pub trait ModerationStore {
    /// Applies the decision to the report and appends it to the log.
    async fn moderate(&self, entry: &ModerationEntry, report: &Report) -> Result<()>;
    /// Appends a decision that changes no report (on a company proposal).
    async fn log_decision(&self, entry: &ModerationEntry) -> Result<()>;
    async fn moderation_log(&self, limit: i64) -> Result<Vec<ModerationEntry>>;
    /// Reports held by the screening, then reports readers flagged and
    /// hidden ones, most flagged first.
    async fn flagged_reports(&self, limit: i64) -> Result<Vec<Report>>;
    async fn flags_of(&self, report: &ReportId) -> Result<Vec<crate::moderation::flags::Flag>>;
}

impl ModerationStore for Db {
    async fn moderate(&self, entry: &ModerationEntry, report: &Report) -> Result<()> {
        let update = entry.action.update(report)?;
        self.collection::<ModerationEntry>(COLLECTION)
            .insert_one(entry)
            .await?;
        self.collection::<Report>(crate::reports::store::COLLECTION)
            .update_one(
                doc! { "_id": report.id.as_str(), "hidden": { "$exists": true } },
                update,
            )
            .await?;
        Ok(())
    }

    async fn log_decision(&self, entry: &ModerationEntry) -> Result<()> {
        self.collection::<ModerationEntry>(COLLECTION)
            .insert_one(entry)
            .await?;
        Ok(())
    }

    async fn moderation_log(&self, limit: i64) -> Result<Vec<ModerationEntry>> {
        Ok(self
            .collection::<ModerationEntry>(COLLECTION)
            .find(doc! {})
            .sort(doc! { "day": -1 })
            .limit(limit)
            .await?
            .try_collect()
            .await?)
    }

    async fn flagged_reports(&self, limit: i64) -> Result<Vec<Report>> {
        Ok(self
            .collection::<Report>(crate::reports::store::COLLECTION)
            .find(doc! { "$or": [
                { "flags": { "$gt": 0 } }, { "hidden": true }, { "held": true },
            ] })
            .sort(doc! { "held": -1, "hidden": 1, "flags": -1, "_id": 1 })
            .limit(limit)
            .await?
            .try_collect()
            .await?)
    }

    async fn flags_of(&self, report: &ReportId) -> Result<Vec<crate::moderation::flags::Flag>> {
        Ok(self
            .collection::<crate::moderation::flags::Flag>(crate::moderation::flags::COLLECTION)
            .find(doc! { "report_id": report.as_str() })
            .await?
            .try_collect()
            .await?)
    }
}
