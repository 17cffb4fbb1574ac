//! The shipped, dated minimum-wage table (`src/data/minimum_wages.tsv`).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Serialize;

use crate::domain::ExchangeRates;

#[derive(Debug, Clone, Serialize)]
pub struct MinimumWage {
    pub country: &'static str,
    pub currency: &'static str,
    pub amount: f64,
    pub hours: f64,
    pub effective_from: &'static str,
    pub source: &'static str,
    /// The legal hourly minimum in local currency.
    pub hourly: f64,
    /// The same in US dollars, at the shipped exchange rate.
    pub hourly_usd: f64,
}

pub struct MinimumWages {
    pub as_of: &'static str,
    by_country: BTreeMap<&'static str, MinimumWage>,
}

static TABLE: LazyLock<MinimumWages> = LazyLock::new(|| {
    let rates = ExchangeRates::shipped();
    let mut table = MinimumWages {
        as_of: "",
        by_country: BTreeMap::new(),
    };
    for line in include_str!("../data/minimum_wages.tsv").lines() {
        if let Some(date) = line.strip_prefix("# as_of: ") {
            table.as_of = date.trim();
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&'static str> = line.split('\t').collect();
        let amount: f64 = f[2].parse().expect("minimum_wages.tsv: amount");
        let hours: f64 = f[3].parse().expect("minimum_wages.tsv: hours");
        let usd_per_unit = rates
            .usd_per_unit(f[1])
            .expect("minimum_wages.tsv: a currency without exchange rate");
        table.by_country.insert(
            f[0],
            MinimumWage {
                country: f[0],
                currency: f[1],
                amount,
                hours,
                effective_from: f[4],
                source: f[5],
                hourly: amount / hours,
                hourly_usd: amount / hours * usd_per_unit,
            },
        );
    }
    table
});

impl MinimumWages {
    pub fn shipped() -> &'static MinimumWages {
        &TABLE
    }

    /// The hourly minimum of a country in US dollars, if the table has it.
    pub fn hourly_usd(&self, country: &str) -> Option<f64> {
        self.by_country.get(country).map(|w| w.hourly_usd)
    }

    pub fn rows(&self) -> impl Iterator<Item = &MinimumWage> {
        self.by_country.values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_covers_the_countries_with_most_platform_workers() {
        let table = MinimumWages::shipped();
        assert!(table.rows().count() >= 30);
        for country in [
            "US", "IN", "PH", "BD", "PK", "NG", "KE", "VE", "BR", "ID", "FR", "DE", "GB",
        ] {
            assert!(table.hourly_usd(country).is_some(), "{country}");
        }
        assert_eq!(table.hourly_usd("US"), Some(7.25));
        assert!(table
            .rows()
            .all(|w| !w.source.is_empty() && w.effective_from.len() == 10));
    }
}
