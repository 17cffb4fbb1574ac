use std::collections::BTreeMap;
use std::fmt;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// Every ISO 3166-1 alpha-2 code with its English short name, shipped as data.
static COUNTRIES: LazyLock<BTreeMap<&'static str, &'static str>> =
    LazyLock::new(|| super::code_table(include_str!("../data/countries.tsv")));

/// A country as an ISO 3166-1 alpha-2 code, upper case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Country(String);

impl Country {
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        let code = raw.trim().to_ascii_uppercase();
        if code.is_empty() {
            return Err(Msg::new("invalid-country-empty"));
        }
        if COUNTRIES.contains_key(code.as_str()) {
            Ok(Country(code))
        } else {
            Err(Msg::new("invalid-country").arg("value", raw.trim()))
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    pub fn name(&self) -> &'static str {
        COUNTRIES.get(self.0.as_str()).copied().unwrap_or("")
    }

    /// All countries, by code, for select boxes.
    pub fn all() -> impl Iterator<Item = (&'static str, &'static str)> {
        COUNTRIES.iter().map(|(code, name)| (*code, *name))
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Country {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Country::parse(&value).map_err(|msg| msg.english())
    }
}

impl From<Country> for String {
    fn from(country: Country) -> Self {
        country.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_complete() {
        assert_eq!(Country::all().count(), 249);
    }

    #[test]
    fn parses_case_insensitively_and_rejects_unknown_codes() {
        assert_eq!(Country::parse(" ph ").unwrap().code(), "PH");
        assert_eq!(Country::parse("KE").unwrap().name(), "Kenya");
        assert!(Country::parse("XX").is_err());
        assert!(Country::parse("").is_err());
        assert!(Country::parse("FRA").is_err());
    }
}
