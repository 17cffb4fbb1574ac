//! Where a target's newest reports begin, stored with its scorecard so that
//! the first page of its report list can ask for those days only.
//!
//! SecantusDB fetches and sorts every report an index range admits before it
//! applies a limit: without a lower bound on the day, the first page of a
//! requester with 50 reports fetched all 50 (about 0.1 ms each) to show 20,
//! and the page grew with the requester. MongoDB reads the index in order and
//! stops either way. The days are kept up to date by whatever recomputes the
//! scorecard (every publication, withdrawal and hide queues it); a stale
//! window only costs a second read, never a wrong list (`reports::list`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::Day;

/// Reports counted: enough for a first page of up to 63 reports plus the one
/// that tells whether an older page exists.
const KEPT: usize = 64;

/// The days of a target's newest visible reports (up to 64), newest first,
/// each with how many of those reports it holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NewestDays(Vec<DayCount>);

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DayCount {
    pub day: Day,
    pub reports: u32,
}

impl NewestDays {
    /// The latest day on or after which at least `wanted` of the target's
    /// reports fall; `None` when it has fewer (or more are wanted than are
    /// counted), so the list has to read them all anyway.
    pub fn window_for(&self, wanted: usize) -> Option<Day> {
        let mut seen = 0usize;
        self.0.iter().find_map(|count| {
            seen += count.reports as usize;
            (seen >= wanted).then_some(count.day)
        })
    }
}

/// Report days as a scorecard's reports are read, in any order, holding no
/// more than a few times `KEPT` of them.
#[derive(Debug, Default)]
pub struct DayCollector(Vec<NaiveDate>);

impl DayCollector {
    pub fn push(&mut self, day: NaiveDate) {
        self.0.push(day);
        if self.0.len() >= 4 * KEPT {
            self.keep_newest();
        }
    }

    /// The days of several collectors (a platform's from its requesters').
    pub fn merged<'a>(parts: impl Iterator<Item = &'a DayCollector>) -> NewestDays {
        let mut all = DayCollector::default();
        for part in parts {
            for &day in &part.0 {
                all.push(day);
            }
        }
        all.finish()
    }

    pub fn finish(self) -> NewestDays {
        let mut days = self.0;
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.truncate(KEPT);
        let mut counts: Vec<DayCount> = Vec::new();
        for date in days {
            match counts.last_mut() {
                Some(last) if last.day.date() == date => last.reports += 1,
                _ => counts.push(DayCount {
                    day: Day::from_date(date),
                    reports: 1,
                }),
            }
        }
        NewestDays(counts)
    }

    fn keep_newest(&mut self) {
        self.0.select_nth_unstable_by(KEPT - 1, |a, b| b.cmp(a));
        self.0.truncate(KEPT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(n: i64) -> NaiveDate {
        Day::parse("2026-01-01").unwrap().plus_days(n).date()
    }

    #[test]
    fn the_window_begins_on_the_day_that_completes_the_page() {
        let mut days = DayCollector::default();
        // Three reports on day 9, two on day 5, one each on days 0..5.
        for n in [9, 9, 9, 5, 5, 0, 1, 2, 3, 4] {
            days.push(day(n));
        }
        let newest = days.finish();
        assert_eq!(newest.window_for(1), Some(Day::from_date(day(9))));
        assert_eq!(newest.window_for(3), Some(Day::from_date(day(9))));
        assert_eq!(newest.window_for(4), Some(Day::from_date(day(5))));
        assert_eq!(newest.window_for(6), Some(Day::from_date(day(4))));
        assert_eq!(newest.window_for(10), Some(Day::from_date(day(0))));
        assert_eq!(newest.window_for(11), None, "fewer reports than wanted");
    }

    #[test]
    fn only_the_newest_are_kept_whatever_the_order_they_come_in() {
        let mut days = DayCollector::default();
        for n in (0..1000).rev().chain(0..1000) {
            days.push(day(n % 500));
        }
        let merged = DayCollector::merged([&days, &days].into_iter());
        assert_eq!(merged.window_for(64), Some(Day::from_date(day(492))));
        let newest = days.finish();
        // Four reports a day: sixty-four reports are the newest sixteen days.
        assert_eq!(newest.0.len(), 16);
        assert!(newest.0.iter().all(|count| count.reports == 4));
        assert_eq!(newest.window_for(64), Some(Day::from_date(day(484))));
        assert_eq!(newest.window_for(65), None, "more than are counted");
    }
}
