use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

use crate::db::schema::{index, CollectionIndexes};
use crate::db::Db;
use crate::domain::{Day, FieldErrors, FlagId, ReportId};
use crate::error::Result;
use crate::http::fields::RawFields;
use crate::i18n::Msg;
use crate::reports::model::Report;

pub const COLLECTION: &str = "flags";

pub fn indexes() -> Vec<CollectionIndexes> {
    vec![CollectionIndexes {
        collection: COLLECTION,
        indexes: vec![index(doc! { "report_id": 1 })],
    }]
}

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

/// Every field a flag has.
pub const FLAG_FIELDS: &[&str] = &["reason", "note"];
pub const MAX_FLAG_NOTE: usize = 500;

/// A flag as clients send it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct FlagInput {
    pub reason: FlagReason,
    /// Personal data in it is removed before it is stored.
    #[schema(max_length = 500)]
    pub note: Option<String>,
}

/// Parses a flag's fields.
pub fn parse_flag(report: &Report, raw: &RawFields, today: Day) -> Result<Flag, FieldErrors> {
    let mut errors = raw.unknown_field_errors(FLAG_FIELDS);
    let reason = errors.check("reason", FlagReason::parse(raw.get("reason")));
    let note = raw.free_text("note", MAX_FLAG_NOTE, &mut Vec::new(), &mut errors);
    errors.clone().into_result()?;
    Ok(Flag {
        id: FlagId::generate(),
        report_id: report.id.clone(),
        reason: reason.ok_or(errors)?,
        note,
        day: today,
    })
}

pub trait FlagStore {
    /// Stores the flag and counts it on the report; the report stays visible
    /// until a moderator decides.
    async fn add_flag(&self, flag: &Flag) -> Result<()>;
}

impl FlagStore for Db {
    async fn add_flag(&self, flag: &Flag) -> Result<()> {
        self.collection::<Flag>(COLLECTION).insert_one(flag).await?;
        self.collection::<mongodb::bson::Document>(crate::reports::store::COLLECTION)
            .update_one(
                doc! { "_id": flag.report_id.as_str() },
                doc! { "$inc": { "flags": 1 } },
            )
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::FlagReason;
    use crate::i18n::{has_message, Lang};

    #[test]
    fn every_flag_reason_has_a_label_in_every_language() {
        for reason in FlagReason::ALL.iter() {
            for lang in Lang::ALL {
                assert!(
                    has_message(lang, &reason.label(), &[]),
                    "{lang:?} {}",
                    reason.label()
                );
            }
        }
    }
}
