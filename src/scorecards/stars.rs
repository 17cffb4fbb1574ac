//! Star ratings in the Fair Crowd Work manner: five areas, each one to five
//! stars in half steps, derived from the all-time figures by a published
//! formula (shown on /methodology).

use serde::{Deserialize, Serialize};

use super::figures::Figures;

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Stars {
    pub pay: Option<f64>,
    pub payment_reliability: Option<f64>,
    pub evaluation: Option<f64>,
    pub communication: Option<f64>,
    pub task_quality: Option<f64>,
}

/// One star for the worst, five for the best, in half steps.
fn stars(good_share: Option<f64>) -> Option<f64> {
    good_share.map(|share| ((1.0 + 4.0 * share.clamp(0.0, 1.0)) * 2.0).round() / 2.0)
}

/// The formulas, for the methodology page.
pub const FORMULAS: [(&str, &str); 5] = [
    ("stars-pay", "1 + 4 × (1 − below_minimum_wage_rate)"),
    ("stars-payment-reliability", "1 + 4 × (1 − unpaid_rate)"),
    ("stars-evaluation", "1 + 4 × (1 − rejection_rate)"),
    ("stars-communication", "1 + 4 × response_rate"),
    (
        "stars-task-quality",
        "1 + 4 × (1 − (broken_rate + tos_violation_rate) / 2)",
    ),
];

impl Stars {
    /// Stars need at least `min_group_size` ratings; an area without data has none.
    pub fn from_figures(figures: &Figures, min_group_size: u32) -> Stars {
        if figures.ratings < u64::from(min_group_size) {
            return Stars::none();
        }
        let complement = |rate: Option<f64>| rate.map(|r| 1.0 - r);
        Stars {
            pay: stars(complement(figures.below_minimum_wage_rate)),
            payment_reliability: stars(complement(figures.unpaid_rate)),
            evaluation: stars(complement(figures.rejection_rate)),
            communication: stars(figures.response_rate),
            task_quality: stars(match (figures.broken_rate, figures.tos_violation_rate) {
                (Some(broken), Some(tos)) => Some(1.0 - (broken + tos) / 2.0),
                _ => None,
            }),
        }
    }

    pub fn none() -> Stars {
        Stars {
            pay: None,
            payment_reliability: None,
            evaluation: None,
            communication: None,
            task_quality: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_map_to_half_stars() {
        assert_eq!(stars(Some(1.0)), Some(5.0));
        assert_eq!(stars(Some(0.0)), Some(1.0));
        assert_eq!(stars(Some(0.6)), Some(3.5));
        assert_eq!(stars(None), None);
    }
}
