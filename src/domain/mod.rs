//! Domain types. Raw input is parsed into these once, at the edge
//! (`crate::reports::parse`), so the rest of Clickline never handles unchecked strings.

mod choices;
mod client;
mod country;
mod currency;
mod day;
mod errors;
mod ids;
mod money;
mod published;
mod receipt;
pub mod text;
mod voucher;

pub(crate) use choices::choice;
pub use choices::{
    Choice, Communication, GrievanceCategory, GrievanceStatus, Outcome, Paid, PaymentForm,
    PlatformKind, Purpose, Rejected, ReportKind, Role, StrikeStatus, TaskType,
};
pub use client::Client;
pub use country::Country;
pub use currency::{Currency, ExchangeRates};
pub use day::Day;
pub use errors::FieldErrors;
pub use ids::{
    AnnouncementId, CompanyProposalId, CompanySlug, DataRequestId, FlagId, ModerationEntryId,
    Month, OrganizerId, PlatformSlug, PledgeId, ReportId, RequesterId, SentRequestId, StrikeId,
    SupporterId, UndercutId, UnknownId,
};
pub use money::{HourlyPay, Money};
pub use published::PublishedCount;
pub use receipt::{parse_submission_key, ReceiptCode};
pub use voucher::{BatchTag, VoucherCode};

/// The `code<TAB>name` lines of a shipped table, `#` comments skipped.
fn code_table(text: &'static str) -> std::collections::BTreeMap<&'static str, &'static str> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| line.split_once('\t'))
        .collect()
}
