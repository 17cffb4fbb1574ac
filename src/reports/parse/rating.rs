use validator::Validate;

use super::{
    choice_error, parse_bool, parse_flag, parse_shared, parse_whole_number, Content, NewReport,
    ParseContext, RawFields,
};
use crate::domain::{
    Choice, Communication, Currency, FieldErrors, Money, Outcome, Paid, PaymentForm, Purpose,
    Rejected, TaskType,
};
use crate::i18n::Msg;
use crate::reports::model::Rating;

/// Every field a rating has, as the API names them.
pub const RATING_FIELDS: &[&str] = &[
    "platform",
    "requester_id",
    "requester_name",
    "country",
    "task_type",
    "pay.amount",
    "pay.currency",
    "minutes",
    "paid",
    "days_to_payment",
    "rejected",
    "communication",
    "recommend",
    "tos_violation",
    "broken",
    "comment",
    "voucher",
    "bonus.amount",
    "bonus.currency",
    "unpaid_minutes",
    "outcome",
    "payment_form",
    "purpose",
    "harmful_content",
    "end_client_disclosed",
    "evaluation_explained",
    "end_client",
];

pub const MAX_COMMENT: usize = 5000;
pub const MAX_MINUTES: u32 = 1440;
pub const MAX_DAYS_TO_PAYMENT: u32 = 365;

/// A rating of one requester, for one piece of work, as clients send it.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct RatingInput {
    #[schema(example = "mturk")]
    pub platform: String,
    #[schema(min_length = 1, max_length = 64)]
    pub requester_id: String,
    #[schema(max_length = 200)]
    pub requester_name: Option<String>,
    #[schema(example = "PH", min_length = 2, max_length = 2)]
    pub country: String,
    pub task_type: TaskType,
    pub pay: Money,
    #[schema(minimum = 1, maximum = 1440)]
    pub minutes: u32,
    pub paid: Paid,
    #[schema(minimum = 0, maximum = 365)]
    pub days_to_payment: Option<u32>,
    pub rejected: Rejected,
    pub communication: Communication,
    pub recommend: bool,
    pub tos_violation: Option<bool>,
    pub broken: Option<bool>,
    /// Markdown; personal data in it is removed before it is stored.
    #[schema(max_length = 5000)]
    pub comment: Option<String>,
    /// A one-time voucher from an organizer: the rating is marked vouched.
    #[schema(example = "ABCD-EFGH-JKMN-PQRS")]
    pub voucher: Option<String>,
    /// Paid on top of `pay`; hourly pay counts it.
    pub bonus: Option<Money>,
    /// Minutes of `minutes` not paid: searching, qualification tests,
    /// screeners, instructions, waiting.
    #[schema(minimum = 0, maximum = 1440)]
    pub unpaid_minutes: Option<u32>,
    /// `completed` when absent.
    pub outcome: Option<Outcome>,
    /// `money` when absent.
    pub payment_form: Option<PaymentForm>,
    pub purpose: Option<Purpose>,
    pub harmful_content: Option<bool>,
    /// Whether the worker was told who the work was really for.
    pub end_client_disclosed: Option<bool>,
    /// Whether the worker was told how the work would be judged.
    pub evaluation_explained: Option<bool>,
    /// The end client's name as the worker knows it; it becomes a proposal
    /// for moderators, never a public claim by itself.
    #[schema(max_length = 120)]
    pub end_client: Option<String>,
}

#[derive(Validate)]
struct RatingNumbers {
    #[validate(range(min = 1, max = MAX_MINUTES, code = "invalid-minutes-range"))]
    minutes: u32,
}

/// Parses a rating, collecting a message for every field that is wrong.
pub fn parse_rating(raw: &RawFields, context: &ParseContext<'_>) -> Result<NewReport, FieldErrors> {
    let mut errors = raw.unknown_field_errors(RATING_FIELDS);
    let shared = parse_shared(raw, context, true, &mut errors);
    let task_type = choice_error(raw, "task_type", &mut errors);
    let amount = errors.check("pay.amount", Money::parse_amount(raw.get("pay.amount")));
    let currency = errors.check("pay.currency", Currency::parse(raw.get("pay.currency")));
    let minutes = parse_minutes(raw, &mut errors);
    let paid: Option<Paid> = choice_error(raw, "paid", &mut errors);
    let days_to_payment = raw.optional("days_to_payment").and_then(|days| {
        errors.check(
            "days_to_payment",
            parse_whole_number(days, 0, MAX_DAYS_TO_PAYMENT),
        )
    });
    let rejected = choice_error(raw, "rejected", &mut errors);
    let communication = choice_error(raw, "communication", &mut errors);
    let recommend = errors.check("recommend", parse_bool(raw.get("recommend"), "recommend"));
    let tos_violation = parse_flag(raw, "tos_violation", &mut errors);
    let broken = parse_flag(raw, "broken", &mut errors);
    let mut redactions = Vec::new();
    let comment = raw.free_text("comment", MAX_COMMENT, &mut redactions, &mut errors);
    let behind = super::work_behind::parse_work_behind(raw, minutes, &mut redactions, &mut errors);

    errors.clone().into_result()?;
    // Every value below is present: a missing one would have left an error.
    let (Some(platform), Some(country), Some(task_type), Some(amount), Some(currency)) =
        (shared.platform, shared.country, task_type, amount, currency)
    else {
        return Err(errors);
    };
    let (Some(minutes), Some(paid), Some(rejected), Some(communication), Some(recommend)) =
        (minutes, paid, rejected, communication, recommend)
    else {
        return Err(errors);
    };
    let pay = Money { amount, currency };
    let hourly = pay.hourly_with(behind.bonus.as_ref(), minutes);
    let rating = Rating {
        task_type,
        hourly_pay_usd: hourly.usd,
        hourly_pay_eur: hourly.eur,
        pay,
        minutes,
        paid,
        days_to_payment,
        rejected,
        communication,
        recommend,
        tos_violation,
        broken,
        comment,
        behind,
    };
    Ok(NewReport {
        platform,
        requester_id: shared.requester_id,
        requester_name: shared.requester_name,
        country,
        content: Content::Rating(rating),
        redactions,
        voucher: shared.voucher,
    })
}

fn parse_minutes(raw: &RawFields, errors: &mut FieldErrors) -> Option<u32> {
    let value = raw.get("minutes").trim();
    if value.is_empty() {
        errors.add("minutes", Msg::new("invalid-minutes-empty"));
        return None;
    }
    let Ok(minutes) = value.parse::<u32>() else {
        errors.add("minutes", Msg::new("invalid-minutes").arg("value", value));
        return None;
    };
    match (RatingNumbers { minutes }).validate() {
        Ok(()) => Some(minutes),
        Err(e) => {
            errors.merge(e.into());
            None
        }
    }
}

/// Writes a rating back into form fields, for editing.
pub(super) fn fill_raw(rating: &Rating, raw: &mut RawFields) {
    raw.set("task_type", rating.task_type.wire());
    raw.set("pay.amount", &rating.pay.amount.to_string());
    raw.set("pay.currency", rating.pay.currency.code());
    raw.set("minutes", &rating.minutes.to_string());
    raw.set("paid", rating.paid.wire());
    if let Some(days) = rating.days_to_payment {
        raw.set("days_to_payment", &days.to_string());
    }
    raw.set("rejected", rating.rejected.wire());
    raw.set("communication", rating.communication.wire());
    raw.set("recommend", &rating.recommend.to_string());
    raw.set("tos_violation", &rating.tos_violation.to_string());
    raw.set("broken", &rating.broken.to_string());
    if let Some(comment) = &rating.comment {
        raw.set("comment", comment);
    }
    super::work_behind::fill_raw(&rating.behind, raw);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::Redaction;
    use crate::platforms::catalogue::shipped_catalogue;

    fn context(platforms: &[crate::platforms::model::Platform]) -> ParseContext<'_> {
        ParseContext {
            platforms,
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        }
    }

    fn valid() -> RawFields {
        RawFields::from_pairs([
            ("platform", "mturk"),
            ("requester_id", "A1B2C3D4E5"),
            ("country", "PH"),
            ("task_type", "survey"),
            ("pay.amount", "1.50"),
            ("pay.currency", "USD"),
            ("minutes", "30"),
            ("paid", "yes"),
            ("rejected", "none"),
            ("communication", "not_tried"),
            ("recommend", "true"),
        ])
    }

    #[test]
    fn a_valid_rating_gets_its_hourly_pay() {
        let platforms = shipped_catalogue();
        let report = parse_rating(&valid(), &context(&platforms)).unwrap();
        let Content::Rating(rating) = report.content else {
            panic!()
        };
        assert_eq!(rating.hourly_pay_usd, 3.0);
        assert!(!rating.broken);
    }

    #[test]
    fn hourly_pay_counts_the_bonus_in_its_own_currency() {
        let platforms = shipped_catalogue();
        let mut raw = valid();
        raw.set("bonus.amount", "0.50");
        raw.set("bonus.currency", "USD");
        let report = parse_rating(&raw, &context(&platforms)).unwrap();
        let Content::Rating(rating) = report.content else {
            panic!()
        };
        // (1.50 + 0.50) / 30 min x 60 = 4.00 US$ an hour.
        assert_eq!(rating.hourly_pay_usd, 4.0);
    }

    #[test]
    fn every_wrong_field_gets_its_own_message() {
        let platforms = shipped_catalogue();
        let mut raw = valid();
        raw.set("platform", "nowhere");
        raw.set("minutes", "0");
        raw.set("pay.currency", "XYZ");
        raw.set("paid", "");
        raw.set("comment", &"x".repeat(MAX_COMMENT + 1));
        let errors = parse_rating(&raw, &context(&platforms)).unwrap_err();
        let fields: Vec<&str> = errors.fields().collect();
        assert_eq!(
            fields,
            ["comment", "minutes", "paid", "pay.currency", "platform"]
        );
        assert!(errors.get("platform").unwrap()[0]
            .english()
            .contains("/platforms"));
    }

    #[test]
    fn personal_data_is_removed_from_comments() {
        let platforms = shipped_catalogue();
        let mut raw = valid();
        raw.set("comment", "write to me: me@example.com");
        let report = parse_rating(&raw, &context(&platforms)).unwrap();
        let Content::Rating(rating) = report.content else {
            panic!()
        };
        assert_eq!(
            rating.comment.as_deref(),
            Some("write to me: [email removed]")
        );
        assert_eq!(report.redactions, vec![Redaction::Email]);
    }
}
