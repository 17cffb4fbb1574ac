use std::collections::BTreeMap;
use std::fmt;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// Every ISO 4217 alphabetic code with its name, shipped as data.
static CURRENCIES: LazyLock<BTreeMap<&'static str, &'static str>> =
    LazyLock::new(|| super::code_table(include_str!("../data/currencies.tsv")));

/// A currency as an ISO 4217 code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency(String);

impl Currency {
    /// Parses an ISO 4217 code that the shipped exchange-rate table can convert:
    /// a pay figure that cannot be turned into an hourly wage is no evidence.
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        let code = raw.trim().to_ascii_uppercase();
        if code.is_empty() {
            return Err(Msg::new("invalid-currency-empty"));
        }
        if !CURRENCIES.contains_key(code.as_str()) {
            return Err(Msg::new("invalid-currency").arg("value", raw.trim()));
        }
        if ExchangeRates::shipped().usd_per_unit(&code).is_none() {
            return Err(Msg::new("invalid-currency-no-rate").arg("code", code));
        }
        Ok(Currency(code))
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    pub fn name(&self) -> &'static str {
        CURRENCIES.get(self.0.as_str()).copied().unwrap_or("")
    }

    /// The English name of any ISO 4217 code, convertible or not.
    pub fn name_of(code: &str) -> Option<&'static str> {
        CURRENCIES.get(code).copied()
    }

    /// Currencies a worker can report pay in (those with an exchange rate).
    pub fn convertible() -> impl Iterator<Item = (&'static str, &'static str)> {
        let rates = ExchangeRates::shipped();
        CURRENCIES
            .iter()
            .filter(move |(code, _)| rates.usd_per_unit(code).is_some())
            .map(|(code, name)| (*code, *name))
    }

    /// How many ISO 4217 codes Clickline knows (for tests and the methodology page).
    pub fn iso_count() -> usize {
        CURRENCIES.len()
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Currency {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Currency::parse(&value).map_err(|msg| msg.english())
    }
}

impl From<Currency> for String {
    fn from(currency: Currency) -> Self {
        currency.0
    }
}

/// The shipped, dated exchange-rate table (`src/data/exchange_rates.tsv`), used offline.
pub struct ExchangeRates {
    pub as_of: &'static str,
    pub source: &'static str,
    usd_per_unit: BTreeMap<&'static str, f64>,
}

static SHIPPED_RATES: LazyLock<ExchangeRates> =
    LazyLock::new(|| ExchangeRates::parse(include_str!("../data/exchange_rates.tsv")));

impl ExchangeRates {
    pub fn shipped() -> &'static ExchangeRates {
        &SHIPPED_RATES
    }

    fn parse(table: &'static str) -> ExchangeRates {
        let mut rates = ExchangeRates {
            as_of: "",
            source: "",
            usd_per_unit: BTreeMap::new(),
        };
        for line in table.lines() {
            if let Some(date) = line.strip_prefix("# as_of: ") {
                rates.as_of = date.trim();
            } else if let Some(source) = line.strip_prefix("# source: ") {
                rates.source = source.trim();
            } else if let Some((code, rate)) = line.split_once('\t') {
                let rate = rate
                    .trim()
                    .parse()
                    .expect("exchange_rates.tsv holds a bad rate");
                rates.usd_per_unit.insert(code.trim(), rate);
            }
        }
        rates
    }

    pub fn usd_per_unit(&self, code: &str) -> Option<f64> {
        self.usd_per_unit.get(code).copied()
    }

    pub fn to_usd(&self, amount: f64, currency: &Currency) -> f64 {
        amount * self.usd_per_unit(currency.code()).unwrap_or(f64::NAN)
    }

    pub fn to_eur(&self, amount: f64, currency: &Currency) -> f64 {
        self.to_usd(amount, currency) / self.usd_per_unit("EUR").unwrap_or(f64::NAN)
    }

    pub fn len(&self) -> usize {
        self.usd_per_unit.len()
    }

    pub fn is_empty(&self) -> bool {
        self.usd_per_unit.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_iso_list_is_complete_and_every_rate_is_an_iso_code() {
        assert!(Currency::iso_count() >= 170);
        let rates = ExchangeRates::shipped();
        assert_eq!(rates.as_of, "2025-01-02");
        assert!(!rates.source.is_empty());
        for code in rates.usd_per_unit.keys() {
            assert!(CURRENCIES.contains_key(code), "{code} is not ISO 4217");
        }
    }

    #[test]
    fn parses_codes_and_explains_refusals() {
        assert_eq!(Currency::parse("php").unwrap().code(), "PHP");
        assert!(Currency::parse("ABC")
            .unwrap_err()
            .english()
            .contains("ISO 4217"));
        assert!(Currency::parse("XAU")
            .unwrap_err()
            .english()
            .contains("no exchange rate"));
    }

    #[test]
    fn converts_through_usd() {
        let rates = ExchangeRates::shipped();
        let usd = Currency::parse("USD").unwrap();
        assert_eq!(rates.to_usd(10.0, &usd), 10.0);
        let eur = Currency::parse("EUR").unwrap();
        assert!((rates.to_eur(10.0, &eur) - 10.0).abs() < 1e-9);
    }
}
