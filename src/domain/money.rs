use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

use super::Currency;

/// An amount of money in a convertible ISO 4217 currency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Money {
    /// At least 0, at most 10,000,000, with at most four decimals.
    #[schema(minimum = 0, maximum = 10_000_000)]
    pub amount: f64,
    /// An ISO 4217 code the shipped exchange-rate table converts.
    #[schema(value_type = String, example = "USD", min_length = 3, max_length = 3)]
    pub currency: Currency,
}

/// Effective hourly pay in US dollars and in euros, converted with the
/// shipped exchange-rate table and kept to 1/10000 of a unit (enough for
/// micro-pay, no noise).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HourlyPay {
    pub usd: f64,
    pub eur: f64,
}

impl Money {
    /// The hourly pay of this amount earned in `minutes`.
    pub fn hourly(&self, minutes: u32) -> HourlyPay {
        let rates = super::ExchangeRates::shipped();
        let per_hour = self.amount / f64::from(minutes.max(1)) * 60.0;
        let round = |value: f64| (value * 10_000.0).round() / 10_000.0;
        HourlyPay {
            usd: round(rates.to_usd(per_hour, &self.currency)),
            eur: round(rates.to_eur(per_hour, &self.currency)),
        }
    }

    /// The hourly pay of this amount plus a bonus (in any currency), each
    /// converted on its own.
    pub fn hourly_with(&self, bonus: Option<&Money>, minutes: u32) -> HourlyPay {
        let base = self.hourly(minutes);
        let Some(bonus) = bonus else {
            return base;
        };
        let extra = bonus.hourly(minutes);
        let round = |value: f64| (value * 10_000.0).round() / 10_000.0;
        HourlyPay {
            usd: round(base.usd + extra.usd),
            eur: round(base.eur + extra.eur),
        }
    }

    /// The largest amount Clickline accepts for one piece of work or one grievance.
    pub const MAX_AMOUNT: f64 = 10_000_000.0;

    /// Parses a decimal amount ("1.25", "0", "12") that is finite, not
    /// negative and has at most four decimals.
    pub fn parse_amount(raw: &str) -> Result<f64, Msg> {
        let raw = raw.trim().replace(',', ".");
        if raw.is_empty() {
            return Err(Msg::new("invalid-amount-empty"));
        }
        let well_formed = raw.chars().all(|c| c.is_ascii_digit() || c == '.')
            && raw.matches('.').count() <= 1
            && raw
                .split('.')
                .nth(1)
                .is_none_or(|decimals| decimals.len() <= 4)
            && raw.chars().any(|c| c.is_ascii_digit());
        let amount: f64 = match raw.parse() {
            Ok(amount) if well_formed => amount,
            _ => return Err(Msg::new("invalid-amount").arg("value", raw)),
        };
        if amount > Self::MAX_AMOUNT {
            return Err(Msg::new("invalid-amount-too-large"));
        }
        Ok(amount)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        assert_eq!(Money::parse_amount("1.25"), Ok(1.25));
        assert_eq!(Money::parse_amount("0"), Ok(0.0));
        assert_eq!(Money::parse_amount("3,5"), Ok(3.5));
        assert!(Money::parse_amount("-1").is_err());
        assert!(Money::parse_amount("1e3").is_err());
        assert!(Money::parse_amount("NaN").is_err());
        assert!(Money::parse_amount("1.23456").is_err());
        assert!(Money::parse_amount(".").is_err());
        assert!(Money::parse_amount("99999999").is_err());
    }
}
