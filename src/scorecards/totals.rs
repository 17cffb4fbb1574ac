//! The raw counts and sums behind a window's rates. Rates alone cannot give
//! them back (they are rounded, and some have their own denominators), and
//! the Turkopticon 2 API publishes exactly these: `[part, whole, ratings]`.

use serde::{Deserialize, Serialize};

use super::figures::Sample;
use crate::domain::{Communication, Rejected};

/// Counts and sums over the ratings of one window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Totals {
    /// Sum of what the ratings were paid, in US dollars.
    pub pay_usd: f64,
    /// Sum of the minutes the work took.
    pub minutes: u64,
    pub responsive: u64,
    pub unresponsive: u64,
    pub recommended: u64,
    /// Ratings with some or all work rejected.
    pub rejected: u64,
    pub tos_violations: u64,
    pub broken: u64,
    /// Sum and count of `days_to_payment`, over the ratings giving it.
    pub days_to_payment: u64,
    pub days_to_payment_given: u64,
}

fn count(samples: &[&Sample], test: impl Fn(&Sample) -> bool) -> u64 {
    samples.iter().filter(|s| test(s)).count() as u64
}

impl Totals {
    pub fn compute(samples: &[&Sample]) -> Totals {
        // What each rating was paid, bonus included, back from its hourly
        // pay (which counts the bonus): the same conversion the hourly
        // figures use, so TO2's `reward` is pay + bonus in US$.
        let pay_usd: f64 = samples
            .iter()
            .map(|s| s.hourly_usd * f64::from(s.minutes) / 60.0)
            .filter(|pay| pay.is_finite())
            .sum();
        let days: Vec<u64> = samples
            .iter()
            .filter_map(|s| s.days_to_payment.map(u64::from))
            .collect();
        Totals {
            pay_usd: (pay_usd * 100.0).round() / 100.0,
            minutes: samples.iter().map(|s| u64::from(s.minutes)).sum(),
            responsive: count(samples, |s| s.communication == Communication::Responsive),
            unresponsive: count(samples, |s| s.communication == Communication::Unresponsive),
            recommended: count(samples, |s| s.recommend),
            rejected: count(samples, |s| s.rejected != Rejected::None),
            tos_violations: count(samples, |s| s.tos_violation),
            broken: count(samples, |s| s.broken),
            days_to_payment: days.iter().sum(),
            days_to_payment_given: days.len() as u64,
        }
    }
}
