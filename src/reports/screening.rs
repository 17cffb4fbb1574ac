//! Screening before publication: the ratings of a requester that arrive in
//! a suspicious burst are held for moderators instead of being published,
//! so the party being rated cannot move its own figures by flooding them.
//! Vouched ratings are never held. The thresholds are published on
//! `/methodology` (`Thresholds`).

use std::collections::HashMap;

use serde::Serialize;

use crate::reports::store::Report;

/// A batch holds when it has more unvouched ratings of one requester than
/// this...
pub const BURST_MIN_RATINGS: usize = 10;
/// ...and more than this many times the requester's usual daily count.
pub const BURST_FACTOR: f64 = 5.0;
/// The usual daily count is the average over this many days before the batch.
pub const BASELINE_DAYS: i64 = 28;
/// This many ratings of one requester in a batch with the same comment
/// (ignoring case, spaces and punctuation) are held.
pub const IDENTICAL_COMMENTS: usize = 3;
/// A rating is held when more than this many ratings of its requester came
/// from the same network (an IPv4 /24 or IPv6 /48) that day.
pub const NETWORK_RATINGS_PER_DAY: u32 = 5;

/// The rule's numbers, for the methodology page.
#[derive(Debug, Serialize)]
pub struct Thresholds {
    pub burst_min_ratings: usize,
    pub burst_factor: f64,
    pub baseline_days: i64,
    pub identical_comments: usize,
    pub network_ratings_per_day: u32,
}

pub const THRESHOLDS: Thresholds = Thresholds {
    burst_min_ratings: BURST_MIN_RATINGS,
    burst_factor: BURST_FACTOR,
    baseline_days: BASELINE_DAYS,
    identical_comments: IDENTICAL_COMMENTS,
    network_ratings_per_day: NETWORK_RATINGS_PER_DAY,
};

/// Which of one requester's due ratings to hold. `usual_per_day` is its
/// published ratings per day over the `BASELINE_DAYS` before the batch.
pub fn ratings_to_hold<'a>(batch: &[&'a Report], usual_per_day: f64) -> Vec<&'a Report> {
    let unvouched: Vec<&Report> = batch.iter().copied().filter(|r| !r.vouched).collect();
    let burst_size = (BURST_FACTOR * usual_per_day).max(BURST_MIN_RATINGS as f64);
    if unvouched.len() as f64 > burst_size {
        return unvouched;
    }
    let mut by_comment: HashMap<String, usize> = HashMap::new();
    for report in &unvouched {
        if let Some(comment) = comment_fingerprint(report) {
            *by_comment.entry(comment).or_default() += 1;
        }
    }
    unvouched
        .into_iter()
        .filter(|report| {
            report.suspect
                || comment_fingerprint(report).is_some_and(|c| by_comment[&c] >= IDENTICAL_COMMENTS)
        })
        .collect()
}

/// A comment reduced to its letters and digits, lower-cased: copies that
/// differ only in case, spacing or punctuation have the same fingerprint.
fn comment_fingerprint(report: &Report) -> Option<String> {
    let comment = report.rating.as_ref()?.comment.as_deref()?;
    let fingerprint: String = comment
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    (!fingerprint.is_empty()).then_some(fingerprint)
}
