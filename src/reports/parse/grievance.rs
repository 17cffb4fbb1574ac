use validator::Validate;

use super::{choice_error, parse_shared, Content, NewReport, ParseContext, RawFields};
use crate::domain::{
    Choice, Currency, FieldErrors, GrievanceCategory, GrievanceStatus, Money, Month,
};
use crate::reports::model::Grievance;

/// Every field a grievance has, as the API names them.
pub const GRIEVANCE_FIELDS: &[&str] = &[
    "platform",
    "requester_id",
    "requester_name",
    "country",
    "category",
    "amount_at_stake.amount",
    "amount_at_stake.currency",
    "month",
    "description",
    "desired_outcome",
    "voucher",
];

pub const MIN_DESCRIPTION: u64 = 20;
pub const MAX_DESCRIPTION: u64 = 10_000;
pub const MAX_DESIRED_OUTCOME: usize = 2_000;

/// An anonymous report of a wrong, as clients send it.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct GrievanceInput {
    #[schema(example = "clickworker")]
    pub platform: String,
    #[schema(max_length = 64)]
    pub requester_id: Option<String>,
    #[schema(max_length = 200)]
    pub requester_name: Option<String>,
    #[schema(example = "DE", min_length = 2, max_length = 2)]
    pub country: String,
    pub category: GrievanceCategory,
    pub amount_at_stake: Option<Money>,
    /// `YYYY-MM`, no later than the current month.
    #[schema(example = "2026-10")]
    pub month: Option<String>,
    /// Markdown; personal data in it is removed before it is stored.
    #[schema(min_length = 20, max_length = 10000)]
    pub description: String,
    #[schema(max_length = 2000)]
    pub desired_outcome: Option<String>,
    /// A one-time voucher from an organizer: the grievance is marked vouched.
    #[schema(example = "ABCD-EFGH-JKMN-PQRS")]
    pub voucher: Option<String>,
}

#[derive(Validate)]
struct GrievanceText<'a> {
    #[validate(length(
        min = "MIN_DESCRIPTION",
        max = "MAX_DESCRIPTION",
        code = "invalid-description-length"
    ))]
    description: &'a str,
}

/// Parses a grievance, collecting a message for every field that is wrong.
pub fn parse_grievance(
    raw: &RawFields,
    context: &ParseContext<'_>,
) -> Result<NewReport, FieldErrors> {
    let mut errors = raw.unknown_field_errors(GRIEVANCE_FIELDS);
    let shared = parse_shared(raw, context, false, &mut errors);
    let category = choice_error(raw, "category", &mut errors);
    let amount_at_stake = parse_amount_at_stake(raw, &mut errors);
    let month = raw
        .optional("month")
        .and_then(|month| errors.check("month", Month::parse(month, context.today)));
    let description_raw = raw.get("description").trim();
    if let Err(e) = (GrievanceText {
        description: description_raw,
    })
    .validate()
    {
        errors.merge(e.into());
    }
    let mut redactions = Vec::new();
    let description = raw.free_text(
        "description",
        MAX_DESCRIPTION as usize,
        &mut redactions,
        &mut FieldErrors::new(), // length already checked above
    );
    let desired_outcome = raw.free_text(
        "desired_outcome",
        MAX_DESIRED_OUTCOME,
        &mut redactions,
        &mut errors,
    );

    errors.clone().into_result()?;
    let (Some(platform), Some(country), Some(category), Some(description)) =
        (shared.platform, shared.country, category, description)
    else {
        return Err(errors);
    };
    Ok(NewReport {
        platform,
        requester_id: shared.requester_id,
        requester_name: shared.requester_name,
        country,
        content: Content::Grievance(Grievance {
            category,
            amount_at_stake,
            month,
            description,
            desired_outcome,
            status: GrievanceStatus::Open,
            status_note: None,
        }),
        redactions,
        voucher: shared.voucher,
    })
}

/// Both parts or neither.
fn parse_amount_at_stake(raw: &RawFields, errors: &mut FieldErrors) -> Option<Money> {
    let amount = raw.optional("amount_at_stake.amount");
    let currency = raw.optional("amount_at_stake.currency");
    if amount.is_none() && currency.is_none() {
        return None;
    }
    let amount = errors.check(
        "amount_at_stake.amount",
        Money::parse_amount(amount.unwrap_or("")),
    );
    let currency = errors.check(
        "amount_at_stake.currency",
        Currency::parse(currency.unwrap_or("")),
    );
    Some(Money {
        amount: amount?,
        currency: currency?,
    })
}

/// Writes a grievance back into form fields, for editing.
pub(super) fn fill_raw(grievance: &Grievance, raw: &mut RawFields) {
    raw.set("category", grievance.category.wire());
    if let Some(money) = &grievance.amount_at_stake {
        raw.set("amount_at_stake.amount", &money.amount.to_string());
        raw.set("amount_at_stake.currency", money.currency.code());
    }
    if let Some(month) = &grievance.month {
        raw.set("month", month.as_str());
    }
    raw.set("description", &grievance.description);
    if let Some(outcome) = &grievance.desired_outcome {
        raw.set("desired_outcome", outcome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platforms::catalogue::shipped_catalogue;

    #[test]
    fn grievances_need_a_real_description_and_whole_amounts() {
        let platforms = shipped_catalogue();
        let context = ParseContext {
            platforms: &platforms,
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        };
        let raw = RawFields::from_pairs([
            ("platform", "clickworker"),
            ("country", "DE"),
            ("category", "non_payment"),
            ("description", "too short"),
            ("amount_at_stake.amount", "12"),
            ("month", "2027-01"),
        ]);
        let errors = parse_grievance(&raw, &context).unwrap_err();
        let fields: Vec<&str> = errors.fields().collect();
        assert_eq!(fields, ["amount_at_stake.currency", "description", "month"]);

        let raw = RawFields::from_pairs([
            ("platform", "clickworker"),
            ("country", "DE"),
            ("category", "non_payment"),
            (
                "description",
                "Three weeks of transcription were never paid.",
            ),
        ]);
        let report = parse_grievance(&raw, &context).unwrap();
        assert!(report.requester_id.is_none());
    }
}
