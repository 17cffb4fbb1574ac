//! Growing delays after wrong passwords, per account and client.
//!
//! After a few wrong passwords for one email from one client (an IPv4
//! address or an IPv6 /64), the next
//! attempt must wait, twice as long after each further failure, up to a
//! cap. The delay never becomes a lock-out: it ends by itself, a right
//! password clears it, and it binds only the client that failed, so an
//! attacker elsewhere cannot keep the account's owner out. The record is
//! keyed by a hash of the email and client under a key derived from
//! `secret_key`, and deleted a day after its last failure.

use chrono::{DateTime, Duration, Utc};
use mongodb::bson::doc;
use mongodb::options::{FindOneAndUpdateOptions, ReturnDocument};
use serde::{Deserialize, Serialize};

use crate::config::Secrets;
use crate::db::Db;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::limits::{bucket_id, Client, Counted};
use crate::organizers::auth;
use crate::App;

pub const COLLECTION: &str = "login_throttle";

/// Failures allowed before the first delay.
const FREE_FAILURES: i64 = 3;
/// The longest delay: long enough to make guessing hopeless, short enough
/// that the owner is never locked out for good.
const LONGEST_DELAY_SECONDS: i64 = 15 * 60;

#[derive(Debug, Serialize, Deserialize)]
struct Failures {
    #[serde(rename = "_id")]
    id: String,
    count: i64,
    wait_until: Option<mongodb::bson::DateTime>,
    expires_at: mongodb::bson::DateTime,
}

/// How long to wait after `failures` wrong passwords in a row.
pub fn delay_after(failures: i64) -> Duration {
    if failures <= FREE_FAILURES {
        return Duration::zero();
    }
    let doublings = (failures - FREE_FAILURES - 1).min(20) as u32;
    Duration::seconds((1i64 << doublings).min(LONGEST_DELAY_SECONDS))
}

fn key(secrets: &Secrets, email: &str, client: &Client) -> String {
    bucket_id(
        &secrets.login_throttle_key(),
        &format!("{email}\0{}", client.id),
    )
}

/// When this email may next be tried from this client, if it
/// must wait.
async fn must_wait_until(
    db: &Db,
    secrets: &Secrets,
    email: &str,
    client: &Client,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>> {
    let found = db
        .collection::<Failures>(COLLECTION)
        .find_one(doc! { "_id": key(secrets, email, client) })
        .await?;
    Ok(found
        .and_then(|failures| failures.wait_until)
        .map(|until| until.to_chrono())
        .filter(|until| *until > now))
}

/// Counts a wrong password and sets the delay it earns.
pub(crate) async fn failed(
    db: &Db,
    secrets: &Secrets,
    email: &str,
    client: &Client,
    now: DateTime<Utc>,
) -> Result<()> {
    let collection = db.collection::<Failures>(COLLECTION);
    let id = key(secrets, email, client);
    let forget_at = mongodb::bson::DateTime::from_chrono(now + Duration::days(1));
    let counted = collection
        .find_one_and_update(
            doc! { "_id": &id },
            doc! { "$inc": { "count": 1 }, "$set": { "expires_at": forget_at } },
        )
        .with_options(
            FindOneAndUpdateOptions::builder()
                .upsert(true)
                .return_document(ReturnDocument::After)
                .build(),
        )
        .await?;
    let delay = delay_after(counted.map_or(1, |failures| failures.count));
    if delay > Duration::zero() {
        let until = mongodb::bson::DateTime::from_chrono(now + delay);
        collection
            .update_one(
                doc! { "_id": &id },
                doc! { "$set": { "wait_until": until } },
            )
            .await?;
    }
    Ok(())
}

/// The outcome of one try of a password under the login limits.
pub enum Tried {
    Right,
    Wrong,
    /// Not tried: the client must wait (the message says how long).
    Refused(Msg),
}

/// Tries `password` against `hash` (none for an unknown email, with the
/// same work) for `email` from `client`, under the login limits: the
/// hourly per-client count, then the growing delays of wrong passwords.
/// Logging in and the password form both guess a password, so both go
/// through here: a stolen session guesses no faster than a stranger.
pub async fn try_password(
    app: &App,
    email: &str,
    client: &Client,
    password: &str,
    hash: Option<&str>,
) -> Result<Tried> {
    let limit = app.settings.login_attempts_per_hour;
    let counted = app
        .limits
        .allow(
            &app.db,
            &app.secrets,
            Counted::LoginAttempts,
            client,
            limit,
            Error::RateLimited,
        )
        .await;
    if let Err(Error::RateLimited) = counted {
        return Ok(Tried::Refused(Msg::new("login-rate-limited")));
    }
    counted?;
    let now = Utc::now();
    if let Some(until) = must_wait_until(&app.db, &app.secrets, email, client, now).await? {
        let seconds = (until - now).num_seconds().max(1);
        return Ok(Tried::Refused(
            Msg::new("login-wait").arg("seconds", seconds),
        ));
    }
    if auth::password_matches(password, hash).await {
        succeeded(&app.db, &app.secrets, email, client).await?;
        Ok(Tried::Right)
    } else {
        failed(&app.db, &app.secrets, email, client, now).await?;
        Ok(Tried::Wrong)
    }
}

/// A right password clears the record.
async fn succeeded(db: &Db, secrets: &Secrets, email: &str, client: &Client) -> Result<()> {
    db.collection::<Failures>(COLLECTION)
        .delete_one(doc! { "_id": key(secrets, email, client) })
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_after_a_few_failures_and_stop_growing_at_the_cap() {
        let seconds = |n| delay_after(n).num_seconds();
        assert_eq!([seconds(1), seconds(3)], [0, 0]);
        assert_eq!([seconds(4), seconds(5), seconds(6)], [1, 2, 4]);
        assert_eq!(seconds(13), 512);
        assert_eq!(seconds(14), LONGEST_DELAY_SECONDS);
        assert_eq!(seconds(i64::MAX), LONGEST_DELAY_SECONDS);
    }
}
