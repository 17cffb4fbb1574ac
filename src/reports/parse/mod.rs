//! The edge: raw submissions become domain values here, or a full set of
//! per-field messages. Nothing past this module sees an unchecked string.

mod grievance;
mod rating;
mod work_behind;

pub use crate::http::fields::RawFields;
pub use grievance::{
    parse_grievance, GrievanceInput, GRIEVANCE_FIELDS, MAX_DESCRIPTION, MAX_DESIRED_OUTCOME,
    MIN_DESCRIPTION,
};
pub use rating::{
    parse_rating, RatingInput, MAX_COMMENT, MAX_DAYS_TO_PAYMENT, MAX_MINUTES, RATING_FIELDS,
};
pub use work_behind::{WorkBehind, MAX_END_CLIENT};

pub const MAX_REQUESTER_NAME: u64 = 200;

use chrono::NaiveDate;
use validator::Validate;

use crate::domain::text::Redaction;
use crate::domain::{
    Choice, Country, FieldErrors, PlatformSlug, ReportKind, RequesterId, VoucherCode,
};
use crate::i18n::Msg;
use crate::platforms::model::Platform;
use crate::reports::model::{Grievance, Rating, Report};

/// A report that passed every check, ready to store.
#[derive(Debug, Clone)]
pub struct NewReport {
    pub platform: PlatformSlug,
    pub requester_id: Option<RequesterId>,
    pub requester_name: Option<String>,
    pub country: Country,
    pub content: Content,
    /// Personal data removed from the free text, to tell the worker.
    pub redactions: Vec<Redaction>,
    /// A voucher to spend when the report is filed (never stored with it).
    pub voucher: Option<VoucherCode>,
}

#[derive(Debug, Clone)]
pub enum Content {
    Rating(Rating),
    Grievance(Grievance),
}

impl NewReport {
    pub fn kind(&self) -> ReportKind {
        match self.content {
            Content::Rating(_) => ReportKind::Rating,
            Content::Grievance(_) => ReportKind::Grievance,
        }
    }
}

/// What parsing needs besides the fields themselves.
pub struct ParseContext<'a> {
    pub platforms: &'a [Platform],
    pub today: NaiveDate,
}

impl<'a> ParseContext<'a> {
    /// The catalogue, today.
    pub fn of(platforms: &'a crate::platforms::catalogue::Catalogue) -> ParseContext<'a> {
        ParseContext {
            platforms: platforms.all(),
            today: crate::domain::Day::today().date(),
        }
    }
}

/// Parses a report of either kind.
pub fn parse_report(
    kind: ReportKind,
    raw: &RawFields,
    context: &ParseContext<'_>,
) -> Result<NewReport, FieldErrors> {
    match kind {
        ReportKind::Rating => parse_rating(raw, context),
        ReportKind::Grievance => parse_grievance(raw, context),
    }
}

/// Limits on the fields both kinds share.
#[derive(Validate)]
struct SharedText<'a> {
    #[validate(length(max = "MAX_REQUESTER_NAME", code = "invalid-requester-name-long"))]
    requester_name: &'a str,
}

/// The fields every report has: where, about whom and from which country.
struct Shared {
    platform: Option<PlatformSlug>,
    requester_id: Option<RequesterId>,
    requester_name: Option<String>,
    country: Option<Country>,
    voucher: Option<VoucherCode>,
}

fn parse_shared(
    raw: &RawFields,
    context: &ParseContext<'_>,
    requester_required: bool,
    errors: &mut FieldErrors,
) -> Shared {
    let platform = errors.check("platform", parse_platform(raw.get("platform"), context));
    let requester_id = match raw.optional("requester_id") {
        Some(id) => errors.check("requester_id", RequesterId::parse(id)),
        None if requester_required => {
            errors.check::<RequesterId>("requester_id", RequesterId::parse(""))
        }
        None => None,
    };
    let requester_name = raw
        .optional("requester_name")
        .map(strip_invisible)
        .filter(|name| !name.trim().is_empty());
    if let Err(e) = (SharedText {
        requester_name: requester_name.as_deref().unwrap_or(""),
    })
    .validate()
    {
        errors.merge(e.into());
    }
    if requester_name.is_some() && requester_id.is_none() && !errors.contains("requester_id") {
        errors.add("requester_id", Msg::new("invalid-requester-id-for-name"));
    }
    let country = errors.check("country", Country::parse(raw.get("country")));
    let voucher = raw
        .optional("voucher")
        .and_then(|code| errors.check("voucher", VoucherCode::parse(code)));
    Shared {
        platform,
        requester_id,
        requester_name,
        country,
        voucher,
    }
}

fn parse_platform(raw: &str, context: &ParseContext<'_>) -> Result<PlatformSlug, Msg> {
    let slug = PlatformSlug::parse(raw)?;
    if context.platforms.iter().any(|p| p.slug == slug) {
        Ok(slug)
    } else {
        let known: Vec<&str> = context.platforms.iter().map(|p| p.slug.as_str()).collect();
        Err(Msg::new("invalid-platform-unknown")
            .arg("value", slug.as_str())
            .arg("known", known.join(", ")))
    }
}

/// A name is one line of display text: direction overrides and zero-width
/// characters could make it show as something else ("gnp.exe"), so they go.
fn strip_invisible(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// A yes/no answer to the question of `field` (whose message
/// `say-whether-<field>` asks it again when the answer is missing).
fn parse_bool(raw: &str, field: &str) -> Result<bool, Msg> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" | "1" => Ok(true),
        "false" | "no" | "off" | "0" => Ok(false),
        "" => Err(Msg::new(format!("say-whether-{field}"))),
        other => Err(Msg::new("invalid-yes-no").arg("value", other)),
    }
}

/// An optional yes/no (an unticked checkbox is absent): absent means no.
fn parse_flag(raw: &RawFields, field: &str, errors: &mut FieldErrors) -> bool {
    match raw.optional(field) {
        None => false,
        Some(value) => errors
            .check(field, parse_bool(value, field))
            .unwrap_or(false),
    }
}

/// A whole number in `min..=max`; callers only parse a value that is present.
fn parse_whole_number(raw: &str, min: u32, max: u32) -> Result<u32, Msg> {
    let raw = raw.trim();
    match raw.parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        Ok(_) => Err(Msg::new("invalid-whole-number-range")
            .arg("min", min)
            .arg("max", max)),
        Err(_) => Err(Msg::new("invalid-whole-number").arg("value", raw)),
    }
}

/// The fields of a stored report, as a form would hold them (for editing).
pub fn raw_fields_of(report: &Report) -> RawFields {
    let mut raw = RawFields::from_pairs([
        ("platform", report.platform.as_str()),
        ("country", report.country.code()),
    ]);
    if let Some(id) = &report.requester_id {
        raw.set("requester_id", id.as_str());
    }
    if let Some(name) = &report.requester_name {
        raw.set("requester_name", name);
    }
    if let Some(rating) = &report.rating {
        rating::fill_raw(rating, &mut raw);
    }
    if let Some(grievance) = &report.grievance {
        grievance::fill_raw(grievance, &mut raw);
    }
    raw
}

fn choice_error<C: Choice>(raw: &RawFields, field: &str, errors: &mut FieldErrors) -> Option<C> {
    errors.check(field, C::parse(raw.get(field)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_lose_invisible_direction_tricks() {
        assert_eq!(
            super::strip_invisible("Acme\u{202E}gnp.exe\u{200B} "),
            "Acmegnp.exe"
        );
        assert_eq!(super::strip_invisible("Ünïcödé Lab"), "Ünïcödé Lab");
    }
}
