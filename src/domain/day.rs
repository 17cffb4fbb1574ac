//! A calendar day (UTC): the only time anything a worker files carries.

use std::fmt;

use chrono::{Duration, NaiveDate, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::Msg;

/// A UTC calendar day, written `YYYY-MM-DD` wherever it is stored or shown,
/// so stored days compare and sort as text too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(NaiveDate);

impl Day {
    /// Today in UTC.
    pub fn today() -> Day {
        Day(Utc::now().date_naive())
    }

    /// The UTC day of a moment.
    pub fn of(moment: chrono::DateTime<Utc>) -> Day {
        Day(moment.date_naive())
    }

    /// The moment the day begins, UTC.
    pub fn start(self) -> chrono::DateTime<Utc> {
        self.0.and_time(chrono::NaiveTime::MIN).and_utc()
    }

    pub fn from_date(date: NaiveDate) -> Day {
        Day(date)
    }

    /// `YYYY-MM-DD`, as forms and the API write days.
    pub fn parse(raw: &str) -> Result<Day, Msg> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(Msg::new("invalid-date-empty"));
        }
        // Exactly `YYYY-MM-DD`: chrono alone would take signed and
        // five-digit years, whose arithmetic overflows.
        let shaped = raw.len() == 10
            && raw.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !shaped {
            return Err(Msg::new("invalid-date").arg("value", raw));
        }
        NaiveDate::parse_from_str(raw, "%Y-%m-%d")
            .map(Day)
            .map_err(|_| Msg::new("invalid-date").arg("value", raw))
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }

    pub fn plus_days(self, days: i64) -> Day {
        Day(self.0 + Duration::days(days))
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
        let text = String::deserialize(deserializer)?;
        Day::parse(&text)
            .map_err(|_| serde::de::Error::custom(format!("{text:?} is not a day (YYYY-MM-DD)")))
    }
}

#[cfg(test)]
mod tests {
    use super::Day;

    #[test]
    fn days_are_written_and_read_as_iso_dates() {
        let day = Day::parse("2026-11-24").unwrap();
        assert_eq!(day.to_string(), "2026-11-24");
        assert_eq!(serde_json::to_string(&day).unwrap(), "\"2026-11-24\"");
        assert_eq!(serde_json::from_str::<Day>("\"2026-11-24\"").unwrap(), day);
        assert!(Day::parse("24/11/2026").is_err());
        assert!(Day::parse("").is_err());
        for odd in [
            "-262143-01-01",
            "+2026-11-24",
            "12026-11-24",
            "2026-1-24",
            "2026-11-4",
        ] {
            assert!(Day::parse(odd).is_err(), "{odd}");
        }
        assert!(day.plus_days(7) > day);
    }
}
