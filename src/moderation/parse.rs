//! A reader's flag, from the form or the API.

use crate::domain::{Day, FieldErrors, FlagId};
use crate::error::Result;
use crate::http::fields::RawFields;
use crate::moderation::model::{Flag, FlagReason};
use crate::reports::model::Report;
use mongodb::bson::doc;
use serde::Serialize;

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
