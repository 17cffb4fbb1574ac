//! The organizer's input: how many vouchers to issue.

use crate::domain::FieldErrors;
use crate::error::Result;
use crate::i18n::Msg;

/// How many vouchers one batch has: enough that a batch does not point to
/// one worker, few enough to hand out.
pub const BATCH_SIZES: std::ops::RangeInclusive<u32> = 20..=1000;

/// Parses how many vouchers to issue.
pub fn parse_count(raw: &str) -> Result<u32, FieldErrors> {
    let invalid = || {
        FieldErrors::single(
            "count",
            Msg::new("invalid-voucher-count")
                .arg("min", *BATCH_SIZES.start())
                .arg("max", *BATCH_SIZES.end()),
        )
    };
    let count: u32 = raw.trim().parse().map_err(|_| invalid())?;
    if BATCH_SIZES.contains(&count) {
        Ok(count)
    } else {
        Err(invalid())
    }
}
