use chrono::{DateTime, Duration, DurationRound, Utc};
use mongodb::bson::doc;
use mongodb::options::{FindOneAndUpdateOptions, ReturnDocument};
use serde::{Deserialize, Serialize};

use crate::config::Secrets;
use crate::db::Db;
use crate::error::{Error, Result};

pub const COLLECTION: &str = "rate_limits";

/// One client's submissions in one hour. The id is an HMAC of the client's
/// address under a key that changes every hour; the address itself is never
/// stored, and a TTL index deletes the bucket when its hour is over.
#[derive(Debug, Serialize, Deserialize)]
pub struct RateBucket {
    #[serde(rename = "_id")]
    pub id: String,
    pub count: i64,
    pub expires_at: mongodb::bson::DateTime,
}

/// Which bucket a client falls in now, and when the bucket ends.
pub fn bucket_for(secrets: &Secrets, client: &str, now: DateTime<Utc>) -> (String, DateTime<Utc>) {
    use hmac::{Hmac, Mac};
    let hour = now
        .duration_trunc(Duration::hours(1))
        .expect("an hour divides a day");
    let window = hour.format("%Y-%m-%dT%H").to_string();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(&secrets.rate_limit_key(&window))
        .expect("HMAC takes any key");
    mac.update(client.as_bytes());
    (
        hex::encode(mac.finalize().into_bytes()),
        hour + Duration::hours(1),
    )
}

pub trait RateLimitStore {
    /// Counts one submission; refuses it when the client is over `per_hour`.
    async fn count_submission(&self, secrets: &Secrets, client: &str, per_hour: u32) -> Result<()>;
}

impl RateLimitStore for Db {
    async fn count_submission(&self, secrets: &Secrets, client: &str, per_hour: u32) -> Result<()> {
        let (id, expires_at) = bucket_for(secrets, client, Utc::now());
        let bucket = self
            .collection::<RateBucket>(COLLECTION)
            .find_one_and_update(
                doc! { "_id": &id },
                doc! {
                    "$inc": { "count": 1 },
                    "$setOnInsert": { "expires_at": mongodb::bson::DateTime::from_chrono(expires_at) },
                },
            )
            .with_options(
                FindOneAndUpdateOptions::builder()
                    .upsert(true)
                    .return_document(ReturnDocument::After)
                    .build(),
            )
            .await?;
        match bucket {
            Some(bucket) if bucket.count > i64::from(per_hour) => Err(Error::RateLimited),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_rotate_every_hour_and_hide_the_address() {
        let secrets = Secrets::random();
        let t = DateTime::parse_from_rfc3339("2026-11-22T10:15:00Z")
            .unwrap()
            .to_utc();
        let (a, ends) = bucket_for(&secrets, "203.0.113.9", t);
        let (same, _) = bucket_for(&secrets, "203.0.113.9", t + Duration::minutes(30));
        let (next_hour, _) = bucket_for(&secrets, "203.0.113.9", t + Duration::hours(1));
        assert_eq!(a, same);
        assert_ne!(a, next_hour);
        assert!(!a.contains("203"));
        assert_eq!(ends.to_rfc3339(), "2026-11-22T11:00:00+00:00");
    }
}
