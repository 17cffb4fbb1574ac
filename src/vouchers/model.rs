//! What the vouchers domain keeps: each voucher as a hash and whether it is
//! spent, and each batch (its tag, organizer, size and day).

use crate::domain::Day;
use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

/// One voucher as stored.
#[derive(Debug, Serialize, Deserialize)]
pub struct StoredVoucher {
    /// The code's hash.
    #[serde(rename = "_id")]
    pub hash: String,
    /// Only on vouchers issued before codes named their batch, until spent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<String>,
    pub spent: bool,
}

/// Who issued how many vouchers on which day (never which were spent).
#[derive(Debug, Serialize, Deserialize)]
pub struct Batch {
    /// The tag its codes begin with (older batches: a random id).
    #[serde(rename = "_id")]
    pub id: String,
    pub organizer_id: String,
    pub count: u32,
    pub day: Day,
    /// Its organizer was disabled: its unspent vouchers are refused.
    #[serde(default)]
    pub voided: bool,
}
