//! Forms that fill themselves: `/rate` and `/report` take any of their
//! fields from the query (`/rate?platform=mturk&requester_id=A1&pay=0.50`),
//! so an extension, another tool or a link in a channel opens a form ready
//! to finish. Prefilled values go through the same parser as typed ones;
//! a value it refuses is left out and its field says why. Secrets (the
//! submission key, a voucher) are never taken from a link: a lure could
//! plant them.

use crate::domain::{FieldErrors, ReportKind};
use crate::http::fields::RawFields;
use crate::http::query::QueryPairs;
use crate::i18n::Msg;
use crate::reports::parse::{parse_report, ParseContext, GRIEVANCE_FIELDS, RATING_FIELDS};

/// Fields a link may never fill.
const NEVER_FROM_A_LINK: [&str; 2] = ["submission_key", "voucher"];

/// The longest task title shown above a form.
const MAX_TITLE: usize = 200;

/// What a link put into a form.
#[derive(Debug, Default)]
pub struct Prefill {
    pub raw: RawFields,
    /// A message on each field whose linked value was refused.
    pub refused: FieldErrors,
    /// The task's title, shown to remind the worker (not a report field).
    pub task_title: Option<String>,
}

/// Short names links use: `pay` and `currency` for the rating's pay, the
/// grievance's amount at stake.
fn field_name(kind: ReportKind, name: &str) -> &str {
    match (kind, name) {
        (ReportKind::Rating, "pay") => "pay.amount",
        (ReportKind::Rating, "currency") => "pay.currency",
        (ReportKind::Grievance, "amount") => "amount_at_stake.amount",
        (ReportKind::Grievance, "currency") => "amount_at_stake.currency",
        _ => name,
    }
}

fn task_title(raw: Option<&str>) -> Option<String> {
    let title: String = raw?
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_TITLE)
        .collect();
    let title = title.trim();
    (!title.is_empty()).then(|| title.to_owned())
}

impl Prefill {
    pub fn from_query(kind: ReportKind, query: &QueryPairs, context: &ParseContext<'_>) -> Prefill {
        let known = match kind {
            ReportKind::Rating => RATING_FIELDS,
            ReportKind::Grievance => GRIEVANCE_FIELDS,
        };
        let mut raw = RawFields::default();
        for (name, value) in &query.0 {
            let name = field_name(kind, name);
            let wanted = known.contains(&name) && !NEVER_FROM_A_LINK.contains(&name);
            if wanted && !value.trim().is_empty() && raw.optional(name).is_none() {
                raw.set(name, value);
            }
        }
        // The whole form is parsed, as on submission; fields the link did
        // not fill are missing, and their messages are not the link's.
        let errors = parse_report(kind, &raw, context).err().unwrap_or_default();
        let mut refused = FieldErrors::new();
        let linked: Vec<String> = raw.names().map(str::to_owned).collect();
        for name in linked.iter().filter(|name| errors.contains(name)) {
            raw.remove(name);
            refused.add(name, Msg::new("prefill-invalid"));
        }
        Prefill {
            raw,
            refused,
            task_title: task_title(query.get("title")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefill(kind: ReportKind, query: &str) -> Prefill {
        let platforms = crate::platforms::catalogue::shipped_catalogue();
        let context = ParseContext {
            platforms: &platforms,
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        };
        Prefill::from_query(kind, &QueryPairs::parse(query), &context)
    }

    #[test]
    fn good_values_fill_the_form_and_bad_ones_stay_empty_with_a_message() {
        let filled = prefill(
            ReportKind::Rating,
            "platform=mturk&requester_id=A1B2&requester_name=Lab&pay=0.50&currency=USD\
             &minutes=0&task_type=nonsense&paid=yes&title=Label+images%0A",
        );
        assert_eq!(filled.raw.get("platform"), "mturk");
        assert_eq!(filled.raw.get("requester_id"), "A1B2");
        assert_eq!(filled.raw.get("pay.amount"), "0.50");
        assert_eq!(filled.raw.get("pay.currency"), "USD");
        assert_eq!(filled.raw.get("paid"), "yes");
        for refused in ["minutes", "task_type"] {
            assert_eq!(filled.raw.optional(refused), None, "{refused}");
            assert!(filled.refused.contains(refused), "{refused}");
        }
        assert!(
            !filled.refused.contains("country"),
            "not linked, not refused"
        );
        assert_eq!(filled.task_title.as_deref(), Some("Label images"));
    }

    #[test]
    fn secrets_and_unknown_fields_are_never_taken_from_a_link() {
        let filled = prefill(
            ReportKind::Grievance,
            "submission_key=abc-def&voucher=ABCD-EFGH-JKMN-PQRS&admin=1&amount=12&currency=EUR",
        );
        for name in ["submission_key", "voucher", "admin"] {
            assert_eq!(filled.raw.optional(name), None, "{name}");
        }
        assert_eq!(filled.raw.get("amount_at_stake.amount"), "12");
        assert_eq!(filled.raw.get("amount_at_stake.currency"), "EUR");
        assert!(filled.refused.is_empty());
    }

    #[rocket::async_test]
    async fn a_linked_form_opens_filled_with_refusals_marked_and_no_planted_key() {
        let app = crate::testing::TestApp::new().await;
        let planted = "0123456789abcdef0123456789abcdef-0123456789abcdef01234567";
        let html = app
            .get_html(&format!(
                "/rate?platform=mturk&requester_id=A1B2&requester_name=Lab%20%3CX%3E\
                 &pay=abc&currency=USD&title=Tag%20photos&submission_key={planted}"
            ))
            .await;
        assert!(html.contains("value=\"A1B2\""));
        assert!(
            html.contains("value=\"Lab &lt;X&gt;\""),
            "escaped as typed text is"
        );
        assert!(html.contains("Tag photos"));
        assert!(
            html.contains("id=\"pay-amount-error\""),
            "the refused pay says why"
        );
        assert!(html.contains("Clickline cannot accept"));
        assert!(
            !html.contains(&format!("value=\"{planted}\"")),
            "a planted key is never served"
        );
        let plain = app.get_html("/report?platform=uber&amount=-3").await;
        assert!(plain.contains("id=\"amount_at_stake-amount-error\""));
    }
}
