//! Vouchers: organizers issue batches of one-time codes to hand out in
//! person or in their channels; a worker adds one to a rating or grievance,
//! which is then marked vouched and spared the burst hold.
//!
//! Unlinkable by construction: a report keeps only `vouched: true`; a voucher
//! is stored as a hash with its batch until it is spent, and a spent one
//! keeps only its hash and `spent: true`, with no batch and no report.

pub mod api;
#[cfg(test)]
mod tests;
pub mod web;

use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

use crate::db::{is_duplicate_key, Db};
use crate::domain::{Day, FieldErrors, VoucherBatchId, VoucherCode};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::organizers::store::Organizer;

pub const COLLECTION: &str = "vouchers";
pub const BATCHES: &str = "voucher_batches";

/// How many vouchers one batch has: enough that a batch does not point to
/// one worker, few enough to hand out.
pub const BATCH_SIZES: std::ops::RangeInclusive<u32> = 20..=1000;

/// One voucher as stored.
#[derive(Debug, Serialize, Deserialize)]
pub struct StoredVoucher {
    /// The code's hash.
    #[serde(rename = "_id")]
    pub hash: String,
    /// Until spent; removed when it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<VoucherBatchId>,
    pub spent: bool,
}

/// Who issued how many vouchers on which day (never which were spent).
#[derive(Debug, Serialize, Deserialize)]
pub struct Batch {
    #[serde(rename = "_id")]
    pub id: VoucherBatchId,
    pub organizer_id: String,
    pub count: u32,
    pub day: Day,
}

pub trait VoucherStore {
    async fn insert_batch(&self, batch: &Batch, vouchers: &[StoredVoucher]) -> Result<()>;
    /// Whether the voucher exists and is not spent yet.
    async fn voucher_is_unspent(&self, code: &VoucherCode) -> Result<bool>;
    /// Spends the voucher; `false` when it was unknown or spent already.
    async fn spend_voucher(&self, code: &VoucherCode) -> Result<bool>;
    /// Gives a voucher back when the report it was spent on could not be
    /// stored (it goes back unattached to any batch).
    async fn unspend_voucher(&self, code: &VoucherCode) -> Result<()>;
}

impl VoucherStore for Db {
    async fn insert_batch(&self, batch: &Batch, vouchers: &[StoredVoucher]) -> Result<()> {
        self.collection::<StoredVoucher>(COLLECTION)
            .insert_many(vouchers)
            .await
            .map_err(|error| match is_duplicate_key(&error) {
                // 80 random bits: a collision means something is badly wrong.
                true => Error::Internal("a voucher collided with another".into()),
                false => error.into(),
            })?;
        self.collection::<Batch>(BATCHES).insert_one(batch).await?;
        Ok(())
    }

    async fn voucher_is_unspent(&self, code: &VoucherCode) -> Result<bool> {
        Ok(self
            .collection::<StoredVoucher>(COLLECTION)
            .count_documents(doc! { "_id": code.hash(), "spent": false })
            .await?
            > 0)
    }

    async fn spend_voucher(&self, code: &VoucherCode) -> Result<bool> {
        let spent = self
            .collection::<StoredVoucher>(COLLECTION)
            .update_one(
                doc! { "_id": code.hash(), "spent": false },
                doc! { "$set": { "spent": true }, "$unset": { "batch": "" } },
            )
            .await?;
        Ok(spent.modified_count == 1)
    }

    async fn unspend_voucher(&self, code: &VoucherCode) -> Result<()> {
        self.collection::<StoredVoucher>(COLLECTION)
            .update_one(
                doc! { "_id": code.hash() },
                doc! { "$set": { "spent": false } },
            )
            .await?;
        Ok(())
    }
}

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

/// Issues a batch; the codes are shown this once and stored only as hashes.
pub async fn issue(db: &Db, organizer: &Organizer, count: u32) -> Result<Vec<VoucherCode>> {
    let codes: Vec<VoucherCode> = (0..count).map(|_| VoucherCode::generate()).collect();
    let batch = Batch {
        id: VoucherBatchId::generate(),
        organizer_id: organizer.id.clone(),
        count,
        day: Day::today(),
    };
    let stored: Vec<StoredVoucher> = codes
        .iter()
        .map(|code| StoredVoucher {
            hash: code.hash(),
            batch: Some(batch.id.clone()),
            spent: false,
        })
        .collect();
    db.insert_batch(&batch, &stored).await?;
    Ok(codes)
}

/// The 422 a used or unknown voucher gets.
pub fn not_valid() -> Error {
    Error::Invalid(FieldErrors::single(
        "voucher",
        Msg::new("voucher-not-valid"),
    ))
}
