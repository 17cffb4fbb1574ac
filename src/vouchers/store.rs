//! The voucher collections, their indexes and queries (the daily issue
//! count is one atomic counter per organizer and day, safe across instances).

use crate::db::schema::{expiring, CollectionIndexes};
use crate::db::{is_duplicate_key, Db};
use crate::domain::{Day, VoucherCode};
use crate::error::{Error, Result};
use crate::vouchers::model::{Batch, StoredVoucher};
use mongodb::bson::doc;
use mongodb::options::{FindOneAndUpdateOptions, ReturnDocument};

pub const COLLECTION: &str = "vouchers";

pub const BATCHES: &str = "voucher_batches";

/// How many vouchers each organizer issued each day, for the quota.
pub const ISSUED: &str = "vouchers_issued";

/// The daily counts are deleted a day after their day.
pub fn indexes() -> Vec<CollectionIndexes> {
    vec![CollectionIndexes {
        collection: ISSUED,
        indexes: vec![expiring()],
    }]
}

pub trait VoucherStore {
    /// Stores a batch; `false` when its tag is taken (try another).
    async fn insert_batch(&self, batch: &Batch, vouchers: &[StoredVoucher]) -> Result<bool>;
    /// Counts `count` more vouchers against the organizer's day; `false`
    /// (and nothing counted) when that would pass `quota`.
    async fn count_issued(
        &self,
        organizer_id: &str,
        day: Day,
        count: u32,
        quota: u32,
    ) -> Result<bool>;
    /// Whether the voucher exists, is not spent yet and its batch is not voided.
    async fn voucher_is_usable(&self, code: &VoucherCode) -> Result<bool>;
    /// Spends the voucher; `false` when it was unknown or spent already.
    async fn spend_voucher(&self, code: &VoucherCode) -> Result<bool>;
    /// Gives a voucher back when the report it was spent on could not be
    /// stored (it goes back unattached to any batch).
    async fn unspend_voucher(&self, code: &VoucherCode) -> Result<()>;
    /// Voids every batch the organizer issued: none of their unspent
    /// vouchers is accepted again.
    async fn void_batches_of(&self, organizer_id: &str) -> Result<()>;
}

impl VoucherStore for Db {
    async fn insert_batch(&self, batch: &Batch, vouchers: &[StoredVoucher]) -> Result<bool> {
        match self.collection::<Batch>(BATCHES).insert_one(batch).await {
            Err(error) if is_duplicate_key(&error) => return Ok(false),
            other => other?,
        };
        self.collection::<StoredVoucher>(COLLECTION)
            .insert_many(vouchers)
            .await
            .map_err(|error| match is_duplicate_key(&error) {
                // 80 random bits: a collision means something is badly wrong.
                true => Error::Internal("a voucher collided with another".into()),
                false => error.into(),
            })?;
        Ok(true)
    }

    async fn count_issued(
        &self,
        organizer_id: &str,
        day: Day,
        count: u32,
        quota: u32,
    ) -> Result<bool> {
        let issued = self.collection::<mongodb::bson::Document>(ISSUED);
        let id = format!("{organizer_id} {day}");
        // Kept a day past its own, then deleted by the TTL index.
        // (At midnight: no time of issuance is kept.)
        let forget_at = mongodb::bson::DateTime::from_chrono(day.plus_days(2).start());
        let after = issued
            .find_one_and_update(
                doc! { "_id": &id },
                doc! { "$inc": { "count": i64::from(count) }, "$set": { "expires_at": forget_at } },
            )
            .with_options(
                FindOneAndUpdateOptions::builder()
                    .upsert(true)
                    .return_document(ReturnDocument::After)
                    .build(),
            )
            .await?;
        let total = after.and_then(|doc| doc.get_i64("count").ok()).unwrap_or(0);
        if total <= i64::from(quota) {
            return Ok(true);
        }
        // Over: take it back (atomic, so concurrent issues across instances
        // never pass the quota together).
        issued
            .update_one(
                doc! { "_id": &id },
                doc! { "$inc": { "count": -i64::from(count) } },
            )
            .await?;
        Ok(false)
    }

    async fn voucher_is_usable(&self, code: &VoucherCode) -> Result<bool> {
        let Some(stored) = self
            .collection::<StoredVoucher>(COLLECTION)
            .find_one(doc! { "_id": code.hash(), "spent": false })
            .await?
        else {
            return Ok(false);
        };
        let Some(batch) = code
            .batch()
            .map(|tag| tag.as_str().to_owned())
            .or(stored.batch)
        else {
            return Ok(true);
        };
        let voided = doc! { "_id": batch, "voided": true };
        Ok(self
            .collection::<Batch>(BATCHES)
            .count_documents(voided)
            .await?
            == 0)
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

    async fn void_batches_of(&self, organizer_id: &str) -> Result<()> {
        self.collection::<Batch>(BATCHES)
            .update_many(
                doc! { "organizer_id": organizer_id },
                doc! { "$set": { "voided": true } },
            )
            .await?;
        Ok(())
    }
}
