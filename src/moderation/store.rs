//! The flags and the moderation log: collections, indexes and queries.

use crate::db::schema::{index, CollectionIndexes};
use crate::db::Db;
use crate::domain::ReportId;
use crate::error::Result;
use crate::moderation::model::{Flag, ModerationEntry};
use crate::reports::model::Report;
use futures::TryStreamExt;
use mongodb::bson::doc;

pub const FLAGS: &str = "flags";

pub fn indexes() -> Vec<CollectionIndexes> {
    vec![CollectionIndexes {
        collection: FLAGS,
        indexes: vec![index(doc! { "report_id": 1 })],
    }]
}

pub trait FlagStore {
    /// Stores the flag and counts it on the report; the report stays visible
    /// until a moderator decides.
    async fn add_flag(&self, flag: &Flag) -> Result<()>;
}

impl FlagStore for Db {
    async fn add_flag(&self, flag: &Flag) -> Result<()> {
        self.collection::<Flag>(FLAGS).insert_one(flag).await?;
        self.collection::<mongodb::bson::Document>(crate::reports::store::COLLECTION)
            .update_one(
                doc! { "_id": flag.report_id.as_str() },
                doc! { "$inc": { "flags": 1 } },
            )
            .await?;
        Ok(())
    }
}

pub const LOG: &str = "moderation_log";

pub trait ModerationStore {
    /// Applies the decision to the report and appends it to the log.
    async fn moderate(&self, entry: &ModerationEntry, report: &Report) -> Result<()>;
    /// Appends a decision that changes no report (on a company proposal).
    async fn log_decision(&self, entry: &ModerationEntry) -> Result<()>;
    async fn moderation_log(&self, limit: i64) -> Result<Vec<ModerationEntry>>;
    /// Reports held by the screening, then reports readers flagged and
    /// hidden ones, most flagged first.
    async fn flagged_reports(&self, limit: i64) -> Result<Vec<Report>>;
    async fn flags_of(&self, report: &ReportId) -> Result<Vec<crate::moderation::model::Flag>>;
}

impl ModerationStore for Db {
    async fn moderate(&self, entry: &ModerationEntry, report: &Report) -> Result<()> {
        let update = entry.action.update(report)?;
        self.collection::<ModerationEntry>(LOG)
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
        self.collection::<ModerationEntry>(LOG)
            .insert_one(entry)
            .await?;
        Ok(())
    }

    async fn moderation_log(&self, limit: i64) -> Result<Vec<ModerationEntry>> {
        Ok(self
            .collection::<ModerationEntry>(LOG)
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

    async fn flags_of(&self, report: &ReportId) -> Result<Vec<crate::moderation::model::Flag>> {
        Ok(self
            .collection::<crate::moderation::model::Flag>(FLAGS)
            .find(doc! { "report_id": report.as_str() })
            .await?
            .try_collect()
            .await?)
    }
}
