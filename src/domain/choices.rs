//! The closed vocabularies of DESIGN.md. Each is stored and serialised as its
//! snake_case wire name; its label is the message `<kind>-<wire name>`.

use crate::i18n::Msg;

/// A closed set of values with wire names and labels.
pub trait Choice: Sized + Copy + 'static {
    const ALL: &'static [Self];
    /// The vocabulary's name in message ids (`task_type`).
    const KIND: &'static str;
    fn wire(self) -> &'static str;

    /// The message id of the value's label, such as `task_type-survey`.
    fn label(self) -> String {
        format!("{}-{}", Self::KIND, self.wire())
    }

    fn parse(raw: &str) -> Result<Self, Msg> {
        let raw = raw.trim();
        Self::ALL
            .iter()
            .copied()
            .find(|choice| choice.wire() == raw)
            .ok_or_else(|| {
                if raw.is_empty() {
                    Msg::new(format!("choose-{}", Self::KIND))
                } else {
                    let allowed: Vec<&str> = Self::ALL.iter().map(|c| c.wire()).collect();
                    Msg::new(format!("unknown-{}", Self::KIND))
                        .arg("value", raw)
                        .arg("allowed", allowed.join(", "))
                }
            })
    }
}

macro_rules! choice {
    ($(#[$meta:meta])* $name:ident, $kind:literal, { $($variant:ident => $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $wire)] $variant),+
        }

        // Written out rather than derived: the derive cannot read the wire
        // names through this macro and would describe the variants' names.
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($wire),+]))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}

        impl $crate::domain::Choice for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            const KIND: &'static str = $kind;
            fn wire(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }
        }
    };
}

/// Domains declare their own vocabularies with it.
pub(crate) use choice;

choice!(
    /// What kind of work was rated.
    TaskType, "task_type", {
    Survey => "survey",
    Transcription => "transcription",
    Tagging => "tagging",
    Moderation => "moderation",
    DataEntry => "data_entry",
    Writing => "writing",
    Testing => "testing",
    Other => "other",
});

choice!(
    /// Whether the work was paid.
    Paid, "paid", {
    Yes => "yes",
    Partial => "partial",
    No => "no",
    Pending => "pending",
});

choice!(
    /// How much of the work was rejected.
    Rejected, "rejected", {
    None => "none",
    Some => "some",
    All => "all",
});

choice!(
    /// Whether the requester answered messages.
    Communication, "communication", {
    Responsive => "responsive",
    Unresponsive => "unresponsive",
    NotTried => "not_tried",
});

choice!(
    /// What went wrong, for a grievance.
    GrievanceCategory, "grievance_category", {
    NonPayment => "non_payment",
    UnfairRejection => "unfair_rejection",
    AccountDeactivation => "account_deactivation",
    UnpaidWork => "unpaid_work",
    HarmfulContent => "harmful_content",
    Harassment => "harassment",
    DataPrivacy => "data_privacy",
    OpaqueManagement => "opaque_management",
    Safety => "safety",
    Discrimination => "discrimination",
    Other => "other",
});

choice!(
    /// Where a grievance stands.
    GrievanceStatus, "grievance_status", {
    Open => "open",
    TakenUp => "taken_up",
    Resolved => "resolved",
    Unresolved => "unresolved",
});

choice!(
    /// How a platform organises work.
    PlatformKind, "platform_kind", {
    Microtask => "microtask",
    Freelance => "freelance",
    OnDemand => "on_demand",
});

choice!(
    /// The two kinds of report.
    ReportKind, "report_kind", {
    Rating => "rating",
    Grievance => "grievance",
});

choice!(
    /// What an organizer account may do.
    Role, "role", {
    Organizer => "organizer",
    Moderator => "moderator",
    Admin => "admin",
});

choice!(
    /// Where a strike call stands.
    StrikeStatus, "strike_status", {
    Announced => "announced",
    Active => "active",
    Ended => "ended",
    Won => "won",
    CalledOff => "called_off",
});

choice!(
    /// How a piece of work ended for the worker.
    Outcome, "outcome", {
    Completed => "completed",
    ScreenedOut => "screened_out",
    NotFinished => "not_finished",
});

choice!(
    /// What the worker was paid in.
    PaymentForm, "payment_form", {
    Money => "money",
    GiftCard => "gift_card",
    Points => "points",
    InKind => "in_kind",
});

choice!(
    /// What the work was for, as far as the worker could tell.
    Purpose, "purpose", {
    AiTraining => "ai_training",
    ContentModeration => "content_moderation",
    Surveillance => "surveillance",
    Military => "military",
    FakeEngagement => "fake_engagement",
    Research => "research",
    Marketing => "marketing",
    Other => "other",
    Unknown => "unknown",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_wire_names_and_lists_them_on_error() {
        assert_eq!(Paid::parse("partial"), Ok(Paid::Partial));
        let error = Paid::parse("maybe").unwrap_err().english();
        assert!(error.contains("yes, partial, no, pending"), "{error}");
        assert_eq!(
            TaskType::parse("").unwrap_err().english(),
            "Choose a task type."
        );
    }

    #[test]
    fn serde_uses_wire_names() {
        assert_eq!(
            serde_json::to_string(&GrievanceCategory::NonPayment).unwrap(),
            "\"non_payment\""
        );
        assert_eq!(GrievanceCategory::ALL.len(), 11);
    }
}
