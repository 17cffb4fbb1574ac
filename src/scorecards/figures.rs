//! The scorecard figures, exactly as DESIGN.md defines them, computed from
//! the visible ratings of one target. Pure functions: the incremental
//! recompute and the full rebuild both call [`Figures::compute`].

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::minimum_wage::MinimumWages;
use super::totals::Totals;
use crate::domain::{Choice, Communication, Outcome, Paid, PaymentForm, Rejected};
use crate::reports::parse::WorkBehind;

/// What one rating contributes to the figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub country: String,
    pub day: NaiveDate,
    pub vouched: bool,
    pub hourly_usd: f64,
    pub hourly_eur: f64,
    /// Minutes the work took, unpaid set-up included (for the unpaid time
    /// share and the sums of [`Totals`]).
    pub minutes: u32,
    pub paid: Paid,
    pub rejected: Rejected,
    pub days_to_payment: Option<u32>,
    pub communication: Communication,
    pub recommend: bool,
    pub tos_violation: bool,
    pub broken: bool,
    /// Unpaid time, outcome, purpose... (bonus is already in the hourly pay).
    pub behind: WorkBehind,
}

/// Median and quartiles.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Spread {
    pub median: f64,
    pub p25: f64,
    pub p75: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CountryFigures {
    pub country: String,
    pub ratings: u64,
    pub hourly_pay_usd: MedianOnly,
    pub unpaid_rate: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MedianOnly {
    pub median: Option<f64>,
}

/// The figures of one window (`all` or `last_90_days`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Figures {
    pub ratings: u64,
    /// How many of the ratings were filed with an organizer's voucher.
    #[serde(default)]
    pub vouched: u64,
    pub hourly_pay_usd: Option<Spread>,
    pub hourly_pay_eur: Option<Spread>,
    pub unpaid_rate: Option<f64>,
    pub rejection_rate: Option<f64>,
    pub median_days_to_payment: Option<f64>,
    pub response_rate: Option<f64>,
    pub recommend_rate: Option<f64>,
    pub tos_violation_rate: Option<f64>,
    pub broken_rate: Option<f64>,
    pub below_minimum_wage_rate: Option<f64>,
    pub by_country: Vec<CountryFigures>,
    /// Unpaid minutes over all minutes, among ratings that give unpaid minutes.
    #[serde(default)]
    pub unpaid_time_share: Option<f64>,
    /// Share of ratings whose worker was screened out.
    #[serde(default)]
    pub screened_out_rate: Option<f64>,
    /// Share paid in gift cards, points or in kind rather than money.
    #[serde(default)]
    pub not_money_rate: Option<f64>,
    /// Share that exposed the worker to violent, sexual or hateful material.
    #[serde(default)]
    pub harmful_content_rate: Option<f64>,
    /// Share told who the end client was, among ratings that answer.
    #[serde(default)]
    pub end_client_disclosed_rate: Option<f64>,
    /// Share told how the work would be judged, among ratings that answer.
    #[serde(default)]
    pub evaluation_explained_rate: Option<f64>,
    /// What the work was for, `{purpose: count}`, over ratings that say.
    #[serde(default)]
    pub purposes: BTreeMap<String, u64>,
    /// The counts and sums behind the rates (the Turkopticon API needs them).
    #[serde(default)]
    pub totals: Totals,
}

/// The value at quantile `q` of sorted values, interpolating linearly
/// between the closest ranks; the median of an even count is thus the mean
/// of the two middle values.
pub fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = q * (sorted.len() - 1) as f64;
    let low = rank.floor() as usize;
    let high = rank.ceil() as usize;
    Some(round(
        sorted[low] + (rank - low as f64) * (sorted[high] - sorted[low]),
    ))
}

fn sorted(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut values: Vec<f64> = values.filter(|v| v.is_finite()).collect();
    values.sort_by(f64::total_cmp);
    values
}

fn spread(values: impl Iterator<Item = f64>) -> Option<Spread> {
    let values = sorted(values);
    Some(Spread {
        median: quantile(&values, 0.5)?,
        p25: quantile(&values, 0.25)?,
        p75: quantile(&values, 0.75)?,
    })
}

/// `part / whole`, or `None` for an empty denominator (never 0).
pub fn rate(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| round(part as f64 / whole as f64))
}

/// Figures are published to four decimals.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

fn share(samples: &[&Sample], test: impl Fn(&Sample) -> bool) -> Option<f64> {
    rate(samples.iter().filter(|s| test(s)).count(), samples.len())
}

/// Share of yes among the samples that answer.
fn answered_yes(samples: &[&Sample], answer: impl Fn(&Sample) -> Option<bool>) -> Option<f64> {
    let answers: Vec<bool> = samples.iter().filter_map(|s| answer(s)).collect();
    rate(answers.iter().filter(|yes| **yes).count(), answers.len())
}

fn unpaid_time_share(samples: &[&Sample]) -> Option<f64> {
    let (unpaid, total) = samples
        .iter()
        .filter_map(|s| s.behind.unpaid_minutes.map(|unpaid| (unpaid, s.minutes)))
        .fold((0u64, 0u64), |(unpaid, total), (u, m)| {
            (unpaid + u64::from(u), total + u64::from(m))
        });
    (total > 0).then(|| round(unpaid as f64 / total as f64))
}

fn purposes(samples: &[&Sample]) -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::new();
    for purpose in samples.iter().filter_map(|s| s.behind.purpose) {
        *counts.entry(purpose.wire().to_owned()).or_default() += 1;
    }
    counts
}

fn unpaid_rate(samples: &[&Sample]) -> Option<f64> {
    let settled: Vec<&&Sample> = samples.iter().filter(|s| s.paid != Paid::Pending).collect();
    rate(
        settled.iter().filter(|s| s.paid != Paid::Yes).count(),
        settled.len(),
    )
}

impl Figures {
    /// The figures of these samples; countries with fewer than
    /// `min_group_size` ratings are pooled as "other", itself published only
    /// when the pool reaches `min_group_size`.
    pub fn compute(samples: &[&Sample], min_group_size: u32) -> Figures {
        Figures::compute_withholding(samples, min_group_size, &HashSet::new())
    }

    /// The same, with `withheld` countries pooled whatever their size (a
    /// nested card's small groups, see `compute::Withheld`).
    pub fn compute_withholding(
        samples: &[&Sample],
        min_group_size: u32,
        withheld: &HashSet<&str>,
    ) -> Figures {
        let wages = MinimumWages::shipped();
        let with_minimum: Vec<(f64, f64)> = samples
            .iter()
            .filter_map(|s| wages.hourly_usd(&s.country).map(|min| (s.hourly_usd, min)))
            .collect();
        let answered: Vec<&&Sample> = samples
            .iter()
            .filter(|s| s.communication != Communication::NotTried)
            .collect();
        Figures {
            ratings: samples.len() as u64,
            vouched: samples.iter().filter(|s| s.vouched).count() as u64,
            hourly_pay_usd: spread(samples.iter().map(|s| s.hourly_usd)),
            hourly_pay_eur: spread(samples.iter().map(|s| s.hourly_eur)),
            unpaid_rate: unpaid_rate(samples),
            rejection_rate: share(samples, |s| s.rejected != Rejected::None),
            median_days_to_payment: quantile(
                &sorted(
                    samples
                        .iter()
                        .filter_map(|s| s.days_to_payment.map(f64::from)),
                ),
                0.5,
            ),
            response_rate: rate(
                answered
                    .iter()
                    .filter(|s| s.communication == Communication::Responsive)
                    .count(),
                answered.len(),
            ),
            recommend_rate: share(samples, |s| s.recommend),
            tos_violation_rate: share(samples, |s| s.tos_violation),
            broken_rate: share(samples, |s| s.broken),
            below_minimum_wage_rate: rate(
                with_minimum.iter().filter(|(pay, min)| pay < min).count(),
                with_minimum.len(),
            ),
            by_country: by_country(samples, min_group_size, withheld),
            unpaid_time_share: unpaid_time_share(samples),
            screened_out_rate: share(samples, |s| s.behind.outcome == Outcome::ScreenedOut),
            not_money_rate: share(samples, |s| s.behind.payment_form != PaymentForm::Money),
            harmful_content_rate: share(samples, |s| s.behind.harmful_content),
            end_client_disclosed_rate: answered_yes(samples, |s| s.behind.end_client_disclosed),
            evaluation_explained_rate: answered_yes(samples, |s| s.behind.evaluation_explained),
            purposes: purposes(samples),
            totals: Totals::compute(samples),
        }
    }
}

fn by_country(
    samples: &[&Sample],
    min_group_size: u32,
    withheld: &HashSet<&str>,
) -> Vec<CountryFigures> {
    let mut groups: BTreeMap<&str, Vec<&Sample>> = BTreeMap::new();
    for sample in samples {
        groups
            .entry(sample.country.as_str())
            .or_default()
            .push(sample);
    }
    let min = min_group_size.max(1) as usize;
    let mut published = Vec::new();
    let mut pooled: Vec<&Sample> = Vec::new();
    for (country, group) in groups {
        if group.len() >= min && !withheld.contains(country) {
            published.push(country_figures(country, &group));
        } else {
            pooled.extend(group);
        }
    }
    published.sort_by(|a, b| b.ratings.cmp(&a.ratings).then(a.country.cmp(&b.country)));
    if pooled.len() >= min {
        published.push(country_figures("other", &pooled));
    }
    published
}

fn country_figures(country: &str, group: &[&Sample]) -> CountryFigures {
    CountryFigures {
        country: country.to_owned(),
        ratings: group.len() as u64,
        hourly_pay_usd: MedianOnly {
            median: quantile(&sorted(group.iter().map(|s| s.hourly_usd)), 0.5),
        },
        unpaid_rate: unpaid_rate(group),
    }
}

/// The first day of the `last_90_days` window that ends `today`.
pub fn window_start(today: NaiveDate) -> NaiveDate {
    today - chrono::Duration::days(89)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(country: &str, hourly: f64, paid: Paid) -> Sample {
        Sample {
            country: country.into(),
            day: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            vouched: false,
            hourly_usd: hourly,
            hourly_eur: hourly,
            paid,
            rejected: Rejected::None,
            days_to_payment: None,
            communication: Communication::NotTried,
            recommend: true,
            tos_violation: false,
            broken: false,
            minutes: 60,
            behind: WorkBehind::default(),
        }
    }

    #[test]
    fn the_work_behind_the_work_is_counted_as_defined() {
        use crate::domain::Purpose;
        let mut samples: Vec<Sample> = (0..4).map(|_| sample("PH", 2.0, Paid::Yes)).collect();
        // 1: 30 of 60 minutes unpaid, screened out, paid in points, AI training, harmful.
        samples[0].behind.unpaid_minutes = Some(30);
        samples[0].behind.outcome = Outcome::ScreenedOut;
        samples[0].behind.payment_form = PaymentForm::Points;
        samples[0].behind.purpose = Some(Purpose::AiTraining);
        samples[0].behind.harmful_content = true;
        samples[0].behind.end_client_disclosed = Some(false);
        // 2: 0 of 120 minutes unpaid, told the client and the rules, AI training.
        samples[1].minutes = 120;
        samples[1].behind.unpaid_minutes = Some(0);
        samples[1].behind.purpose = Some(Purpose::AiTraining);
        samples[1].behind.end_client_disclosed = Some(true);
        samples[1].behind.evaluation_explained = Some(true);
        // 3: says nothing more; 4: research, not told how it is judged.
        samples[3].behind.purpose = Some(Purpose::Research);
        samples[3].behind.evaluation_explained = Some(false);
        let refs: Vec<&Sample> = samples.iter().collect();
        let figures = Figures::compute(&refs, 5);
        // (30 + 0) / (60 + 120), over the two ratings that give unpaid minutes.
        assert_eq!(figures.unpaid_time_share, Some(0.1667));
        assert_eq!(figures.screened_out_rate, Some(0.25));
        assert_eq!(figures.not_money_rate, Some(0.25));
        assert_eq!(figures.harmful_content_rate, Some(0.25));
        assert_eq!(
            figures.end_client_disclosed_rate,
            Some(0.5),
            "1 yes of 2 answers"
        );
        assert_eq!(
            figures.evaluation_explained_rate,
            Some(0.5),
            "1 yes of 2 answers"
        );
        assert_eq!(figures.purposes.get("ai_training"), Some(&2));
        assert_eq!(figures.purposes.get("research"), Some(&1));
        assert_eq!(figures.purposes.len(), 2);
        let none = Figures::compute(&[], 5);
        assert_eq!(none.unpaid_time_share, None);
        assert_eq!(none.end_client_disclosed_rate, None);
    }

    #[test]
    fn quantiles_interpolate_between_closest_ranks() {
        assert_eq!(quantile(&[1.0, 2.0, 3.0], 0.5), Some(2.0));
        assert_eq!(quantile(&[1.0, 2.0, 3.0, 4.0], 0.5), Some(2.5));
        assert_eq!(quantile(&[1.0, 2.0, 3.0, 4.0], 0.25), Some(1.75));
        assert_eq!(quantile(&[1.0, 2.0, 3.0, 4.0], 0.75), Some(3.25));
        assert_eq!(quantile(&[5.0], 0.25), Some(5.0));
        assert_eq!(quantile(&[], 0.5), None);
    }

    #[test]
    fn empty_denominators_are_null_not_zero() {
        let samples = [sample("PH", 2.0, Paid::Pending)];
        let refs: Vec<&Sample> = samples.iter().collect();
        let figures = Figures::compute(&refs, 5);
        assert_eq!(figures.unpaid_rate, None);
        assert_eq!(figures.response_rate, None);
        assert_eq!(figures.median_days_to_payment, None);
        assert_eq!(figures.rejection_rate, Some(0.0));
        let none = Figures::compute(&[], 5);
        assert_eq!(none.hourly_pay_usd, None);
        assert_eq!(none.recommend_rate, None);
    }

    #[test]
    fn small_countries_are_pooled_as_other_only_when_the_pool_is_large_enough() {
        let mut samples: Vec<Sample> = (0..5)
            .map(|i| sample("PH", f64::from(i), Paid::Yes))
            .collect();
        samples.extend((0..3).map(|_| sample("KE", 1.0, Paid::No)));
        let refs: Vec<&Sample> = samples.iter().collect();
        let figures = Figures::compute(&refs, 5);
        assert_eq!(
            figures.by_country.len(),
            1,
            "KE alone (3) and the pool (3) are withheld"
        );
        assert_eq!(figures.by_country[0].country, "PH");
        assert_eq!(figures.by_country[0].hourly_pay_usd.median, Some(2.0));

        samples.extend((0..2).map(|_| sample("NG", 1.0, Paid::Yes)));
        let refs: Vec<&Sample> = samples.iter().collect();
        let figures = Figures::compute(&refs, 5);
        let other = figures
            .by_country
            .iter()
            .find(|c| c.country == "other")
            .unwrap();
        assert_eq!(other.ratings, 5);
        assert_eq!(other.unpaid_rate, Some(0.6));
    }

    #[test]
    fn below_minimum_wage_counts_only_countries_in_the_table() {
        // US minimum is 7.25; "AQ" (Antarctica) has no minimum wage row.
        let samples = [
            sample("US", 5.0, Paid::Yes),
            sample("US", 10.0, Paid::Yes),
            sample("AQ", 0.5, Paid::Yes),
        ];
        let refs: Vec<&Sample> = samples.iter().collect();
        assert_eq!(
            Figures::compute(&refs, 5).below_minimum_wage_rate,
            Some(0.5)
        );
    }
}
