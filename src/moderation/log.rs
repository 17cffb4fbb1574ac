use futures::TryStreamExt;
use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::domain::{Day, ReportId};
use crate::error::Result;

pub const COLLECTION: &str = "moderation_log";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModerationAction {
    Hide,
    Restore,
}

/// One moderation decision. The log is append-only: nothing in Clickline
/// updates or deletes an entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModerationEntry {
    #[serde(rename = "_id")]
    pub id: ReportId,
    pub report_id: ReportId,
    pub action: ModerationAction,
    pub reason: String,
    pub moderator: String,
    pub day: Day,
}

pub trait ModerationStore {
    /// Hides or restores the report and appends the decision to the log.
    async fn moderate(&self, entry: &ModerationEntry) -> Result<()>;
    async fn moderation_log(&self, limit: i64) -> Result<Vec<ModerationEntry>>;
    /// Visible reports readers flagged, and hidden ones, most flagged first.
    async fn flagged_reports(&self, limit: i64) -> Result<Vec<crate::reports::store::Report>>;
    async fn flags_of(&self, report: &ReportId) -> Result<Vec<crate::moderation::flags::Flag>>;
}

impl ModerationStore for Db {
    async fn moderate(&self, entry: &ModerationEntry) -> Result<()> {
        self.collection::<ModerationEntry>(COLLECTION)
            .insert_one(entry)
            .await?;
        self.collection::<crate::reports::store::Report>(crate::reports::store::COLLECTION)
            .update_one(
                doc! { "_id": entry.report_id.as_str(), "hidden": { "$exists": true } },
                doc! { "$set": { "hidden": entry.action == ModerationAction::Hide } },
            )
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

    async fn flagged_reports(&self, limit: i64) -> Result<Vec<crate::reports::store::Report>> {
        Ok(self
            .collection::<crate::reports::store::Report>(crate::reports::store::COLLECTION)
            .find(doc! { "$or": [ { "flags": { "$gt": 0 } }, { "hidden": true } ] })
            .sort(doc! { "hidden": 1, "flags": -1, "_id": 1 })
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
