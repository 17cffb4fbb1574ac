//! Screening before publication: the ratings of a requester, or of a
//! platform across its requesters, that arrive in a suspicious burst are
//! held for moderators instead of being published, so the party being rated
//! cannot move its own figures by flooding them. Corrections of published
//! ratings are screened with the batch they are published in, like new
//! ratings. A burst holds only its excess: a batch publishes as many
//! ratings as a batch under the threshold could, and holds the rest, so a
//! flood can neither push its own ratings through nor keep honest ones out.
//! Vouched ratings are never held. The thresholds are published on
//! `/methodology` (`Thresholds`).

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::domain::ReportId;
use crate::reports::model::Report;

/// A batch is a burst when it has more unvouched ratings of one requester
/// (or platform) than this...
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
/// A rating is held when more than this many ratings of its platform, over
/// all its requesters, came from the same network that day: made-up
/// requester ids must not get around the rule above where the platform
/// itself is the rated party (on-demand work).
pub const NETWORK_PLATFORM_RATINGS_PER_DAY: u32 = 10;

/// The rule's numbers, for the methodology page.
#[derive(Debug, Serialize)]
pub struct Thresholds {
    pub burst_min_ratings: usize,
    pub burst_factor: f64,
    pub baseline_days: i64,
    pub identical_comments: usize,
    pub network_ratings_per_day: u32,
    pub network_platform_ratings_per_day: u32,
}

pub const THRESHOLDS: Thresholds = Thresholds {
    burst_min_ratings: BURST_MIN_RATINGS,
    burst_factor: BURST_FACTOR,
    baseline_days: BASELINE_DAYS,
    identical_comments: IDENTICAL_COMMENTS,
    network_ratings_per_day: NETWORK_RATINGS_PER_DAY,
    network_platform_ratings_per_day: NETWORK_PLATFORM_RATINGS_PER_DAY,
};

/// How many unvouched ratings one batch of a target may publish: beyond
/// that, the batch is a burst.
fn burst_size(usual_per_day: f64) -> usize {
    (BURST_FACTOR * usual_per_day).max(BURST_MIN_RATINGS as f64) as usize
}

/// Which of one requester's due ratings (new or corrected) to hold.
/// `usual_per_day` is its published ratings per day over the
/// `BASELINE_DAYS` before the batch.
pub fn ratings_to_hold<'a>(batch: &[&'a Report], usual_per_day: f64) -> Vec<&'a Report> {
    let unvouched: Vec<&Report> = batch.iter().copied().filter(|r| !r.vouched).collect();
    let mut by_comment: HashMap<String, usize> = HashMap::new();
    for report in &unvouched {
        if let Some(comment) = comment_fingerprint(report) {
            *by_comment.entry(comment).or_default() += 1;
        }
    }
    let (mut held, rest): (Vec<&Report>, Vec<&Report>) =
        unvouched.iter().copied().partition(|report| {
            report.suspect
                || comment_fingerprint(report).is_some_and(|c| by_comment[&c] >= IDENTICAL_COMMENTS)
        });
    let excess = unvouched.len().saturating_sub(burst_size(usual_per_day));
    held.extend(excess_of_burst(
        &unvouched,
        rest,
        excess.saturating_sub(held.len()),
    ));
    held
}

/// Which more of one platform's due ratings to hold, beyond those its
/// requesters' screening holds (`held`): the platform's own batch, over all
/// its requesters, against the platform's usual daily count.
pub fn platform_ratings_to_hold<'a>(
    batch: &[&'a Report],
    held: &HashSet<&ReportId>,
    usual_per_day: f64,
) -> Vec<&'a Report> {
    let unvouched: Vec<&Report> = batch.iter().copied().filter(|r| !r.vouched).collect();
    let already = unvouched.iter().filter(|r| held.contains(&r.id)).count();
    let excess = unvouched.len().saturating_sub(burst_size(usual_per_day));
    let rest = unvouched
        .iter()
        .copied()
        .filter(|r| !held.contains(&r.id))
        .collect();
    excess_of_burst(&unvouched, rest, excess.saturating_sub(already))
}

/// `count` ratings of `candidates` to hold from a burst: first those that
/// agree with most of the burst (recommend the target, or not, as most of
/// `burst` does), since a flood is one-sided and an honest rating in it is
/// more often the contrary one; then in id order (ids are random).
fn excess_of_burst<'a>(
    burst: &[&Report],
    mut candidates: Vec<&'a Report>,
    count: usize,
) -> Vec<&'a Report> {
    let recommending = burst.iter().filter(|r| recommends(r)).count();
    let majority = recommending * 2 >= burst.len();
    candidates.sort_by_key(|report| {
        (
            recommends(report) != majority,
            report.id.as_str().to_owned(),
        )
    });
    candidates.truncate(count);
    candidates
}

fn recommends(report: &Report) -> bool {
    report
        .rating
        .as_ref()
        .is_some_and(|rating| rating.recommend)
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
