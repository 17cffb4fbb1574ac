//! Counting in batches. Counts asked for while a count is being written are
//! written together by the next: one `update` command adding each bucket's
//! share, then one read of the buckets' totals. Concurrent submissions thus
//! cost the database one write between them, not three each.
//!
//! Each caller gets a count of its own, as if the increments had run one by
//! one in arrival order: a bucket that `k` callers share and that ends at
//! `total` gives them `total - k + 1` to `total`. Another instance counting
//! the same bucket meanwhile only makes the totals larger, so a limit is
//! never passed by more than it would be one increment at a time.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use tokio::sync::{mpsc, oneshot};

use super::RateLimitStore;
use crate::db::batches::start_writer;
use crate::db::Db;
use crate::error::{Error, Result};

/// One caller's increment of one bucket.
struct Pending {
    bucket: String,
    expires_at: DateTime<Utc>,
    answer: oneshot::Sender<Result<i64>>,
}

/// The most increments one write carries.
const LARGEST_BATCH: usize = 512;

/// This instance's counter writer, started by the first count.
#[derive(Default)]
pub struct CounterWriter {
    queue: OnceLock<mpsc::Sender<Pending>>,
}

impl CounterWriter {
    /// Adds one to `bucket` (made on first use, deleted at `expires_at`)
    /// and returns this caller's count.
    pub async fn increment(
        &self,
        db: &Db,
        bucket: String,
        expires_at: DateTime<Utc>,
    ) -> Result<i64> {
        let queue = self.queue.get_or_init(|| {
            start_writer(db.clone(), LARGEST_BATCH, |db, batch| async move {
                write(&db, batch).await
            })
        });
        let (answer, answered) = oneshot::channel();
        queue
            .send(Pending {
                bucket,
                expires_at,
                answer,
            })
            .await
            .map_err(|_| Error::Unavailable)?;
        answered.await.map_err(|_| Error::Unavailable)?
    }
}

/// One write for the whole batch, then each caller's count.
async fn write(db: &Db, batch: Vec<Pending>) {
    let mut shares: HashMap<&str, (i64, DateTime<Utc>)> = HashMap::new();
    for pending in &batch {
        shares
            .entry(pending.bucket.as_str())
            .or_insert((0, pending.expires_at))
            .0 += 1;
    }
    let increments: Vec<(&str, i64, DateTime<Utc>)> = shares
        .iter()
        .map(|(bucket, (share, expires_at))| (*bucket, *share, *expires_at))
        .collect();
    let totals = db.add_to_buckets(&increments).await;
    // Callers of a bucket are answered in arrival order, the first with
    // the count before the others' increments.
    let mut given: HashMap<String, i64> = HashMap::new();
    let counts: Vec<Result<i64>> = batch
        .iter()
        .map(|pending| {
            let totals = totals.as_ref().map_err(|e| Error::from(e.clone()))?;
            // Missing: its increment was refused (or the bucket expired in
            // between); counting on without it could let a client past.
            // The worker is told to try again, with their text kept.
            let total = totals
                .get(&pending.bucket)
                .copied()
                .ok_or(Error::Unavailable)?;
            let share = shares.get(pending.bucket.as_str()).map_or(1, |s| s.0);
            let before = given.entry(pending.bucket.clone()).or_default();
            *before += 1;
            Ok((total - share + *before).max(*before))
        })
        .collect();
    for (pending, count) in batch.into_iter().zip(counts) {
        // A caller who hung up needs no answer; its count stays.
        let _ = pending.answer.send(count);
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use chrono::{Duration, Utc};
    use futures::future::join_all;

    use super::CounterWriter;
    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn concurrent_counts_of_a_bucket_are_each_counted_once() {
        let app = TestApp::new().await;
        let db = &app.app().db;
        let writer = CounterWriter::default();
        let ends = Utc::now() + Duration::hours(1);
        let counts = join_all((0..60).map(|i| {
            let bucket = if i % 3 == 0 { "other" } else { "shared" };
            writer.increment(db, bucket.to_owned(), ends)
        }))
        .await;
        let mut shared = HashSet::new();
        let mut other = HashSet::new();
        for (i, count) in counts.into_iter().enumerate() {
            let set = if i % 3 == 0 { &mut other } else { &mut shared };
            assert!(set.insert(count.unwrap()), "a count given twice");
        }
        assert_eq!(shared, (1..=40).collect());
        assert_eq!(other, (1..=20).collect());
        let next = writer.increment(db, "shared".to_owned(), ends).await;
        assert_eq!(next.unwrap(), 41);
    }
}
