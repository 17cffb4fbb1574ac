//! One random key a day for every limit bucket. It is stored wrapped under a
//! key derived from `secret_key` (so the database alone cannot recompute a
//! bucket), shared by every instance through the database, and deleted two
//! days later by a TTL index: after that, nobody, not even someone holding
//! `secret_key`, can tell which address a past bucket counted.

use std::sync::Mutex;

use mongodb::bson::{doc, spec::BinarySubtype, Binary};
use rand::RngCore;
use serde::{Deserialize, Serialize};

use crate::config::Secrets;
use crate::db::{is_duplicate_key, Db};
use crate::domain::Day;
use crate::error::{Error, Result};

pub const COLLECTION: &str = "day_keys";

#[derive(Debug, Serialize, Deserialize)]
struct StoredKey {
    /// The day, `YYYY-MM-DD`.
    #[serde(rename = "_id")]
    day: String,
    wrapped: Binary,
    expires_at: mongodb::bson::DateTime,
}

/// This instance's copy of today's key.
#[derive(Default)]
pub struct DayKeys {
    current: Mutex<Option<(Day, Vec<u8>)>>,
}

fn xor(a: &[u8], b: &[u8]) -> Vec<u8> {
    a.iter().zip(b).map(|(x, y)| x ^ y).collect()
}

impl DayKeys {
    /// The key of `day`, made by whichever instance asks first.
    pub async fn key(&self, db: &Db, secrets: &Secrets, day: Day) -> Result<Vec<u8>> {
        if let Some((cached_day, key)) = self.current.lock().expect("day key lock").as_ref() {
            if *cached_day == day {
                return Ok(key.clone());
            }
        }
        let key = load_or_create(db, secrets, day).await?;
        *self.current.lock().expect("day key lock") = Some((day, key.clone()));
        Ok(key)
    }
}

async fn load_or_create(db: &Db, secrets: &Secrets, day: Day) -> Result<Vec<u8>> {
    let wrapping = secrets.day_key_wrapping(&day.to_string());
    let keys = db.collection::<StoredKey>(COLLECTION);
    let mut fresh = vec![0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut fresh);
    let forget_at = day.plus_days(2).start();
    let stored = StoredKey {
        day: day.to_string(),
        wrapped: Binary {
            subtype: BinarySubtype::Generic,
            bytes: xor(&fresh, &wrapping),
        },
        expires_at: mongodb::bson::DateTime::from_chrono(forget_at),
    };
    match keys.insert_one(&stored).await {
        Ok(_) => return Ok(fresh),
        Err(error) if is_duplicate_key(&error) => {}
        Err(error) => return Err(error.into()),
    }
    let existing = keys
        .find_one(doc! { "_id": day.to_string() })
        .await?
        .ok_or_else(|| Error::Internal("the day's key vanished".into()))?;
    Ok(xor(&existing.wrapped.bytes, &wrapping))
}
