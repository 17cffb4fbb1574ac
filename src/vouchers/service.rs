//! Issuing a batch within the daily quota, and the refusal of a used code.

use crate::db::Db;
use crate::domain::{BatchTag, Day, FieldErrors, VoucherCode};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::organizers::model::Organizer;
use crate::vouchers::model::{Batch, StoredVoucher};
use crate::vouchers::store::VoucherStore;

/// Issues a batch within the organizer's daily quota; the codes are shown
/// this once and stored only as hashes.
pub async fn issue(
    db: &Db,
    organizer: &Organizer,
    count: u32,
    quota: u32,
) -> Result<Vec<VoucherCode>> {
    let day = Day::today();
    if !db.count_issued(&organizer.id, day, count, quota).await? {
        return Err(Error::Invalid(FieldErrors::single(
            "count",
            Msg::new("voucher-quota").arg("quota", quota),
        )));
    }
    // A new tag while the last is taken (20 bits: rare, but it happens).
    loop {
        let tag = BatchTag::generate();
        let codes: Vec<VoucherCode> = (0..count).map(|_| VoucherCode::generate(&tag)).collect();
        let batch = Batch {
            id: tag.as_str().to_owned(),
            organizer_id: organizer.id.clone(),
            count,
            day,
            voided: false,
        };
        let stored: Vec<StoredVoucher> = codes
            .iter()
            .map(|code| StoredVoucher {
                hash: code.hash(),
                batch: None,
                spent: false,
            })
            .collect();
        if db.insert_batch(&batch, &stored).await? {
            return Ok(codes);
        }
    }
}

/// The 422 a used or unknown voucher gets.
pub fn not_valid() -> Error {
    Error::Invalid(FieldErrors::single(
        "voucher",
        Msg::new("voucher-not-valid"),
    ))
}
