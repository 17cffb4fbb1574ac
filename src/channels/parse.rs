//! A channel's input: its country in the path, and the support page's length.

use crate::domain::Country;
use crate::error::{Error, Result};

pub const MAX_SUPPORT: usize = 10_000;

/// The channel a path names: only an upper-case ISO code has one.
pub fn parse_country(cc: &str) -> Result<Country> {
    match Country::parse(cc) {
        Ok(country) if country.code() == cc => Ok(country),
        _ => Err(Error::not_found(
            "No channel: use an upper-case ISO country code, like /channels/PH.",
        )),
    }
}
