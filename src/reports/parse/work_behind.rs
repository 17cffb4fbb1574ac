//! The optional parts of a rating that a "pay per task" figure misses:
//! bonus, unpaid time, how the work ended, what it paid in, what it was
//! for, harmful material, and what the worker was told about the client.
//! All optional: a client that never sends them rates as before.

use serde::{Deserialize, Serialize};

use super::{parse_bool, parse_whole_number, strip_invisible, RawFields};
use crate::domain::text::Redaction;
use crate::domain::{Choice, Currency, FieldErrors, Money, Outcome, PaymentForm, Purpose};
use crate::i18n::Msg;

pub const MAX_END_CLIENT: usize = 120;

/// Stored inside the rating (flattened: its fields sit beside `pay`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct WorkBehind {
    #[serde(default)]
    pub bonus: Option<Money>,
    /// The part of `minutes` that was not paid.
    #[serde(default)]
    pub unpaid_minutes: Option<u32>,
    #[serde(default = "completed")]
    pub outcome: Outcome,
    #[serde(default = "money")]
    pub payment_form: PaymentForm,
    #[serde(default)]
    pub purpose: Option<Purpose>,
    #[serde(default)]
    pub harmful_content: bool,
    /// `None` when the worker did not answer.
    #[serde(default)]
    pub end_client_disclosed: Option<bool>,
    #[serde(default)]
    pub evaluation_explained: Option<bool>,
    /// Who the work was really for, as the worker knows it.
    #[serde(default)]
    pub end_client: Option<String>,
}

fn completed() -> Outcome {
    Outcome::Completed
}

fn money() -> PaymentForm {
    PaymentForm::Money
}

impl Default for WorkBehind {
    fn default() -> Self {
        WorkBehind {
            bonus: None,
            unpaid_minutes: None,
            outcome: Outcome::Completed,
            payment_form: PaymentForm::Money,
            purpose: None,
            harmful_content: false,
            end_client_disclosed: None,
            evaluation_explained: None,
            end_client: None,
        }
    }
}

/// An optional answer from a closed set: absent is `None`.
fn optional_choice<C: Choice>(raw: &RawFields, field: &str, errors: &mut FieldErrors) -> Option<C> {
    raw.optional(field)
        .and_then(|value| errors.check(field, C::parse(value)))
}

/// An optional yes/no: absent (or "not said") is `None`.
fn answer(raw: &RawFields, field: &str, errors: &mut FieldErrors) -> Option<bool> {
    raw.optional(field)
        .filter(|value| value.trim() != "unknown")
        .and_then(|value| errors.check(field, parse_bool(value, field)))
}

fn parse_bonus(raw: &RawFields, errors: &mut FieldErrors) -> Option<Money> {
    let amount = raw.optional("bonus.amount")?;
    let amount = errors.check("bonus.amount", Money::parse_amount(amount));
    let currency = errors.check("bonus.currency", Currency::parse(raw.get("bonus.currency")));
    Some(Money {
        amount: amount?,
        currency: currency?,
    })
}

/// Parses this part; `minutes` (when valid) bounds the unpaid minutes.
pub fn parse_work_behind(
    raw: &RawFields,
    minutes: Option<u32>,
    redactions: &mut Vec<Redaction>,
    errors: &mut FieldErrors,
) -> WorkBehind {
    let unpaid_minutes = raw.optional("unpaid_minutes").and_then(|value| {
        let max = minutes.unwrap_or(super::MAX_MINUTES);
        let parsed = parse_whole_number(value, 0, max)
            .map_err(|_| Msg::new("invalid-unpaid-minutes").arg("max", max));
        errors.check("unpaid_minutes", parsed)
    });
    let end_client = raw
        .free_text("end_client", MAX_END_CLIENT, redactions, errors)
        .map(|name| strip_invisible(&name))
        .filter(|name| !name.is_empty());
    WorkBehind {
        bonus: parse_bonus(raw, errors),
        unpaid_minutes,
        outcome: optional_choice(raw, "outcome", errors).unwrap_or(Outcome::Completed),
        payment_form: optional_choice(raw, "payment_form", errors).unwrap_or(PaymentForm::Money),
        purpose: optional_choice(raw, "purpose", errors),
        harmful_content: super::parse_flag(raw, "harmful_content", errors),
        end_client_disclosed: answer(raw, "end_client_disclosed", errors),
        evaluation_explained: answer(raw, "evaluation_explained", errors),
        end_client,
    }
}

/// Writes this part back into form fields, for editing.
pub(super) fn fill_raw(behind: &WorkBehind, raw: &mut RawFields) {
    if let Some(bonus) = &behind.bonus {
        raw.set("bonus.amount", &bonus.amount.to_string());
        raw.set("bonus.currency", bonus.currency.code());
    }
    if let Some(unpaid) = behind.unpaid_minutes {
        raw.set("unpaid_minutes", &unpaid.to_string());
    }
    raw.set("outcome", behind.outcome.wire());
    raw.set("payment_form", behind.payment_form.wire());
    if let Some(purpose) = behind.purpose {
        raw.set("purpose", purpose.wire());
    }
    raw.set("harmful_content", &behind.harmful_content.to_string());
    for (field, value) in [
        ("end_client_disclosed", behind.end_client_disclosed),
        ("evaluation_explained", behind.evaluation_explained),
    ] {
        if let Some(value) = value {
            raw.set(field, &value.to_string());
        }
    }
    if let Some(end_client) = &behind.end_client {
        raw.set("end_client", end_client);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)], minutes: u32) -> Result<WorkBehind, FieldErrors> {
        let raw = RawFields::from_pairs(pairs.iter().copied());
        let mut errors = FieldErrors::new();
        let behind = parse_work_behind(&raw, Some(minutes), &mut Vec::new(), &mut errors);
        errors.into_result().map(|()| behind)
    }

    #[test]
    fn nothing_given_is_completed_work_paid_in_money() {
        assert_eq!(parse(&[], 30).unwrap(), WorkBehind::default());
    }

    #[test]
    fn every_field_is_read_and_checked() {
        let behind = parse(
            &[
                ("bonus.amount", "0.50"),
                ("bonus.currency", "EUR"),
                ("unpaid_minutes", "10"),
                ("outcome", "screened_out"),
                ("payment_form", "gift_card"),
                ("purpose", "ai_training"),
                ("harmful_content", "true"),
                ("end_client_disclosed", "false"),
                ("evaluation_explained", "unknown"),
                ("end_client", " Holdout Corp\u{202E} "),
            ],
            30,
        )
        .unwrap();
        assert_eq!(behind.bonus.unwrap().amount, 0.5);
        assert_eq!(behind.unpaid_minutes, Some(10));
        assert_eq!(behind.outcome, Outcome::ScreenedOut);
        assert_eq!(behind.payment_form, PaymentForm::GiftCard);
        assert_eq!(behind.purpose, Some(Purpose::AiTraining));
        assert!(behind.harmful_content);
        assert_eq!(behind.end_client_disclosed, Some(false));
        assert_eq!(behind.evaluation_explained, None);
        assert_eq!(behind.end_client.as_deref(), Some("Holdout Corp"));

        let errors = parse(
            &[
                ("bonus.amount", "-1"),
                ("unpaid_minutes", "31"),
                ("outcome", "won"),
                ("purpose", "x"),
                ("end_client", &"x".repeat(121)),
            ],
            30,
        )
        .unwrap_err();
        let fields: Vec<&str> = errors.fields().collect();
        assert_eq!(
            fields,
            [
                "bonus.amount",
                "bonus.currency",
                "end_client",
                "outcome",
                "purpose",
                "unpaid_minutes"
            ]
        );
    }
}
