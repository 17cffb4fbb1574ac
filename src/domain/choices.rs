//! The closed vocabularies of DESIGN.md. Each is stored and serialised as its
//! snake_case wire name and carries an English label for pages.

use serde::{Deserialize, Serialize};

/// A closed set of values with wire names and labels.
pub trait Choice: Sized + Copy + 'static {
    const ALL: &'static [Self];
    /// What the worker is asked to choose, for the error message.
    const WHAT: &'static str;
    fn wire(self) -> &'static str;
    fn label(self) -> &'static str;

    fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        Self::ALL
            .iter()
            .copied()
            .find(|choice| choice.wire() == raw)
            .ok_or_else(|| {
                let allowed: Vec<&str> = Self::ALL.iter().map(|c| c.wire()).collect();
                if raw.is_empty() {
                    format!("Choose {}.", Self::WHAT)
                } else {
                    format!(
                        "'{raw}' is not a known {}; use one of: {}.",
                        Self::WHAT
                            .trim_start_matches("a ")
                            .trim_start_matches("an "),
                        allowed.join(", ")
                    )
                }
            })
    }
}

macro_rules! choice {
    ($(#[$meta:meta])* $name:ident, $what:literal, { $($variant:ident => ($wire:literal, $label:literal)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $wire)] $variant),+
        }

        impl Choice for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            const WHAT: &'static str = $what;
            fn wire(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }
            fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}

choice!(
    /// What kind of work was rated.
    TaskType, "a task type", {
    Survey => ("survey", "Survey"),
    Transcription => ("transcription", "Transcription"),
    Tagging => ("tagging", "Tagging / labelling"),
    Moderation => ("moderation", "Content moderation"),
    DataEntry => ("data_entry", "Data entry"),
    Writing => ("writing", "Writing"),
    Testing => ("testing", "Testing"),
    Other => ("other", "Other"),
});

choice!(
    /// Whether the work was paid.
    Paid, "whether you were paid", {
    Yes => ("yes", "Yes, in full"),
    Partial => ("partial", "Partly"),
    No => ("no", "No"),
    Pending => ("pending", "Not yet (pending)"),
});

choice!(
    /// How much of the work was rejected.
    Rejected, "how much work was rejected", {
    None => ("none", "None"),
    Some => ("some", "Some"),
    All => ("all", "All"),
});

choice!(
    /// Whether the requester answered messages.
    Communication, "how the requester communicated", {
    Responsive => ("responsive", "Answered my messages"),
    Unresponsive => ("unresponsive", "Did not answer"),
    NotTried => ("not_tried", "I did not try to contact them"),
});

choice!(
    /// What went wrong, for a grievance.
    GrievanceCategory, "a category", {
    NonPayment => ("non_payment", "Non-payment"),
    UnfairRejection => ("unfair_rejection", "Unfair rejection"),
    AccountDeactivation => ("account_deactivation", "Account deactivation"),
    UnpaidWork => ("unpaid_work", "Unpaid work (set-up, qualification, waiting)"),
    HarmfulContent => ("harmful_content", "Harmful or disturbing content"),
    Harassment => ("harassment", "Harassment"),
    DataPrivacy => ("data_privacy", "Misuse of my data"),
    OpaqueManagement => ("opaque_management", "Opaque algorithmic management"),
    Safety => ("safety", "Safety"),
    Discrimination => ("discrimination", "Discrimination"),
    Other => ("other", "Other"),
});

choice!(
    /// Where a grievance stands.
    GrievanceStatus, "a status", {
    Open => ("open", "Open"),
    TakenUp => ("taken_up", "Taken up by organizers"),
    Resolved => ("resolved", "Resolved"),
    Unresolved => ("unresolved", "Unresolved"),
});

choice!(
    /// How a platform organises work.
    PlatformKind, "a platform kind", {
    Microtask => ("microtask", "Micro-task"),
    Freelance => ("freelance", "Freelance"),
    OnDemand => ("on_demand", "On-demand / location-based"),
});

choice!(
    /// The two kinds of report.
    ReportKind, "a report kind", {
    Rating => ("rating", "Rating"),
    Grievance => ("grievance", "Grievance"),
});

choice!(
    /// What an organizer account may do.
    Role, "a role", {
    Organizer => ("organizer", "Organizer"),
    Moderator => ("moderator", "Moderator"),
    Admin => ("admin", "Administrator"),
});

choice!(
    /// Where a strike call stands.
    StrikeStatus, "a strike status", {
    Announced => ("announced", "Announced"),
    Active => ("active", "On strike"),
    Ended => ("ended", "Ended"),
    Won => ("won", "Won"),
    CalledOff => ("called_off", "Called off"),
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_wire_names_and_lists_them_on_error() {
        assert_eq!(Paid::parse("partial"), Ok(Paid::Partial));
        let error = Paid::parse("maybe").unwrap_err();
        assert!(error.contains("yes, partial, no, pending"), "{error}");
        assert_eq!(TaskType::parse(""), Err("Choose a task type.".into()));
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
