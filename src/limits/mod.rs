//! Limits per client: submissions per hour, ratings of one requester per
//! day, login attempts per hour, and how many ratings of one requester come
//! from one network in a day (for the burst screening). Each count lives in
//! a bucket whose id is a keyed hash of the client under the day's random
//! key (`keys`), so no address is stored and buckets of different days or
//! hours cannot be linked; a TTL index deletes each bucket when it ends.

mod batch;
pub mod keys;

use std::collections::HashMap;

use chrono::{DateTime, Duration, DurationRound, Utc};
use futures::TryStreamExt;
use mongodb::bson::{doc, Document};
use serde::{Deserialize, Serialize};

pub use crate::domain::Client;

use crate::config::Secrets;
use crate::db::schema::{expiring, CollectionIndexes};
use crate::db::Db;
use crate::domain::{Day, ReportId};
use crate::error::{Error, Result};
use crate::scorecards::Target;

pub const COLLECTION: &str = "rate_limits";

/// Limit buckets and the days' keys are deleted when they end.
pub fn indexes() -> Vec<CollectionIndexes> {
    [COLLECTION, keys::COLLECTION]
        .into_iter()
        .map(|collection| CollectionIndexes {
            collection,
            indexes: vec![expiring()],
        })
        .collect()
}

/// One client's count in one window.
#[derive(Debug, Serialize, Deserialize)]
pub struct RateBucket {
    #[serde(rename = "_id")]
    pub id: String,
    pub count: i64,
    pub expires_at: mongodb::bson::DateTime,
}

/// What is counted, and over which window.
pub enum Counted<'a> {
    /// Reports, flags, pledges and undercuts, per hour.
    Submissions,
    /// Organizer login attempts, per hour.
    LoginAttempts,
    /// Ratings of one requester, per day.
    RatingsOf(&'a Target),
    /// Ratings of one requester (or of one platform, over all its
    /// requesters) from the client's whole network, per day.
    NetworkRatingsOf(&'a Target),
    /// Corrections and withdrawals of one report, per day, whoever sends
    /// them (only the receipt's holder can).
    ChangesOf(&'a ReportId),
    /// One act of the client about one subject (a campaign, a request),
    /// per day: the subject is named by the domain that counts it.
    DailyOf(&'a str),
}

impl Counted<'_> {
    /// The bucket's subject and the end of its window.
    fn bucket(&self, client: &Client, now: DateTime<Utc>) -> (String, DateTime<Utc>) {
        let hour = now
            .duration_trunc(Duration::hours(1))
            .expect("an hour divides a day");
        let end_of_hour = hour + Duration::hours(1);
        let end_of_day = Day::of(now).plus_days(1).start();
        let label = hour.format("%H");
        match self {
            Counted::Submissions => (format!("submit {label} {}", client.id), end_of_hour),
            Counted::LoginAttempts => (format!("login {label} {}", client.id), end_of_hour),
            Counted::RatingsOf(target) => {
                (format!("rate {} {}", target.key(), client.id), end_of_day)
            }
            Counted::NetworkRatingsOf(target) => (
                format!("network {} {}", target.key(), client.network),
                end_of_day,
            ),
            Counted::ChangesOf(report) => (format!("change {report}"), end_of_day),
            Counted::DailyOf(subject) => (format!("daily {subject} {}", client.id), end_of_day),
        }
    }
}

/// The bucket id: an HMAC of the subject under the day's key.
pub fn bucket_id(day_key: &[u8], subject: &str) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(day_key).expect("HMAC takes any key");
    mac.update(subject.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// The limits of one instance: its copy of the day's key.
#[derive(Default)]
pub struct Limits {
    keys: keys::DayKeys,
    counters: batch::CounterWriter,
}

impl Limits {
    /// Counts one more of `what` for `client` and returns the new count.
    pub async fn count(
        &self,
        db: &Db,
        secrets: &Secrets,
        what: Counted<'_>,
        client: &Client,
    ) -> Result<i64> {
        let now = Utc::now();
        let key = self.keys.key(db, secrets, Day::of(now)).await?;
        let (subject, ends) = what.bucket(client, now);
        self.counters
            .increment(db, bucket_id(&key, &subject), ends)
            .await
    }

    /// Counts one more and refuses it with `refusal` past `limit`.
    pub async fn allow(
        &self,
        db: &Db,
        secrets: &Secrets,
        what: Counted<'_>,
        client: &Client,
        limit: u32,
        refusal: Error,
    ) -> Result<()> {
        if self.count(db, secrets, what, client).await? > i64::from(limit) {
            return Err(refusal);
        }
        Ok(())
    }
}

pub trait RateLimitStore {
    /// Adds each share to its bucket (made on first use, deleted at its
    /// `expires_at`) in one write, and returns the buckets' new counts; a
    /// bucket whose increment was refused is missing from them.
    async fn add_to_buckets(
        &self,
        shares: &[(&str, i64, DateTime<Utc>)],
    ) -> std::result::Result<HashMap<String, i64>, mongodb::error::Error>;
}

impl RateLimitStore for Db {
    async fn add_to_buckets(
        &self,
        shares: &[(&str, i64, DateTime<Utc>)],
    ) -> std::result::Result<HashMap<String, i64>, mongodb::error::Error> {
        let updates: Vec<Document> = shares
            .iter()
            .map(|(id, share, expires_at)| {
                doc! {
                    "q": { "_id": id },
                    "u": {
                        "$inc": { "count": share },
                        "$setOnInsert": { "expires_at": mongodb::bson::DateTime::from_chrono(*expires_at) },
                    },
                    "upsert": true,
                }
            })
            .collect();
        let answer = self
            .raw()
            .run_command(doc! {
                "update": COLLECTION,
                "updates": updates,
                "ordered": false,
                // A count lost in a crash lets one more request through
                // once; waiting for the journal would make every
                // submission wait for another disk sync.
                "writeConcern": { "w": 1, "j": false },
            })
            .await?;
        if let Ok(problem) = answer.get_document("writeConcernError") {
            return Err(mongodb::error::Error::custom(format!(
                "limit counts not confirmed: {problem}"
            )));
        }
        // A refused increment leaves its bucket out of the answer: its
        // callers get an error, the others their counts.
        let refused: Vec<usize> = answer
            .get_array("writeErrors")
            .map(|errors| {
                errors
                    .iter()
                    .filter_map(|e| e.as_document()?.get_i32("index").ok())
                    .filter_map(|index| usize::try_from(index).ok())
                    .collect()
            })
            .unwrap_or_default();
        let shares: Vec<_> = shares
            .iter()
            .enumerate()
            .filter(|(index, _)| !refused.contains(index))
            .map(|(_, share)| share)
            .collect();
        let ids: Vec<&str> = shares.iter().map(|(id, _, _)| *id).collect();
        let mut counts = HashMap::new();
        let mut buckets = self
            .collection::<RateBucket>(COLLECTION)
            .find(doc! { "_id": { "$in": ids } })
            .await?;
        while let Some(bucket) = buckets.try_next().await? {
            counts.insert(bucket.id, bucket.count);
        }
        Ok(counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PlatformSlug, RequesterId};

    fn at(time: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(time).unwrap().to_utc()
    }

    #[test]
    fn hourly_buckets_rotate_every_hour_and_daily_ones_every_day() {
        let client = Client::of("203.0.113.9".parse().unwrap());
        let t = at("2026-11-22T10:15:00Z");
        let (a, ends) = Counted::Submissions.bucket(&client, t);
        let (same, _) = Counted::Submissions.bucket(&client, t + Duration::minutes(30));
        let (next, _) = Counted::Submissions.bucket(&client, t + Duration::hours(1));
        assert_eq!(a, same);
        assert_ne!(a, next);
        assert_eq!(ends.to_rfc3339(), "2026-11-22T11:00:00+00:00");
        let target = Target::Requester(
            PlatformSlug::parse("mturk").unwrap(),
            RequesterId::parse("A1").unwrap(),
        );
        let (_, day_ends) = Counted::RatingsOf(&target).bucket(&client, t);
        assert_eq!(day_ends.to_rfc3339(), "2026-11-23T00:00:00+00:00");
    }

    #[test]
    fn bucket_ids_hide_the_address_and_change_with_the_key() {
        let id = bucket_id(b"key one", "submit 10 203.0.113.9");
        assert!(!id.contains("203"));
        assert_ne!(id, bucket_id(b"key two", "submit 10 203.0.113.9"));
    }
}
