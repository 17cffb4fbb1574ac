use std::fmt;

use rand::Rng;
use rocket::http::impl_from_uri_param_identity;
use rocket::http::uri::fmt::{Formatter, FromUriParam, Path as UriPath, UriDisplay};
use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// A platform's slug (`mturk`, `foule-factory`). Whether the platform exists is
/// checked against the catalogue by the caller.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PlatformSlug(String);

impl PlatformSlug {
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        let slug = raw.trim().to_ascii_lowercase();
        if slug.is_empty() {
            return Err(Msg::new("invalid-platform-empty"));
        }
        let well_formed = slug.len() <= 40
            && slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if well_formed {
            Ok(PlatformSlug(slug))
        } else {
            Err(Msg::new("invalid-platform").arg("value", raw.trim()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PlatformSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The platform's own id of a requester (MTurk `A1B2C3...`, Upwork `~01ab...`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RequesterId(String);

impl RequesterId {
    pub const MAX_LEN: usize = 64;

    pub fn parse(raw: &str) -> Result<Self, Msg> {
        let id = raw.trim();
        if id.is_empty() {
            return Err(Msg::new("invalid-requester-id-empty"));
        }
        if id.chars().count() > Self::MAX_LEN {
            return Err(Msg::new("invalid-requester-id-long").arg("max", Self::MAX_LEN));
        }
        // Ids appear in URLs (/requesters/{platform}/{id}), so no slashes,
        // spaces or control characters.
        let allowed = |c: char| c.is_alphanumeric() || "-_.~@+:".contains(c);
        if let Some(bad) = id.chars().find(|c| !allowed(*c)) {
            return Err(
                Msg::new("invalid-requester-id-char").arg("char", bad.escape_default().to_string())
            );
        }
        Ok(RequesterId(id.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RequesterId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

const ID_ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";

/// Declares the id type of one kind of record: 13 random characters (64
/// random bits), so unlike an ObjectId it says nothing about when the record
/// was made. Each kind has its own type, so a pledge id can never be passed
/// where a strike id is expected; all are stored as the same plain string.
/// A path segment that is not an id of its kind: no record can have it, so
/// the route answers 404 with `.0` (what has no such id), never 500 or 422.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownId(pub &'static str);

macro_rules! random_id {
    ($(#[$doc:meta])* $name:ident, $unknown:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn generate() -> Self {
                let mut rng = rand::rngs::OsRng;
                let id: String = (0..13)
                    .map(|_| ID_ALPHABET[rng.gen_range(0..ID_ALPHABET.len())] as char)
                    .collect();
                $name(id)
            }

            pub fn parse(raw: &str) -> Result<Self, Msg> {
                let raw = raw.trim();
                if raw.len() == 13 && raw.bytes().all(|b| ID_ALPHABET.contains(&b)) {
                    Ok($name(raw.to_owned()))
                } else {
                    Err(Msg::new("invalid-report-id"))
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        /// A path id: routes take `Result<Self, UnknownId>`, and `?` turns
        /// a malformed one into the same 404 as an id nobody has.
        impl<'a> rocket::request::FromParam<'a> for $name {
            type Error = UnknownId;

            fn from_param(param: &'a str) -> Result<Self, UnknownId> {
                $name::parse(param).map_err(|_| UnknownId($unknown))
            }
        }

        impl UriDisplay<UriPath> for $name {
            fn fmt(&self, f: &mut Formatter<'_, UriPath>) -> fmt::Result {
                f.write_value(&self.0)
            }
        }

        impl_from_uri_param_identity!([UriPath] $name);

        /// `uri!` takes an id as text too (what a form or a path gave).
        impl<'a> FromUriParam<UriPath, &'a str> for $name {
            type Target = &'a str;

            fn from_uri_param(param: &'a str) -> &'a str {
                param
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

random_id!(
    /// A report's public id.
    ReportId,
    "No report has this id."
);
random_id!(
    /// A strike call's id.
    StrikeId,
    "No strike call has this id."
);
random_id!(
    /// An anonymous pledge's id.
    PledgeId,
    "No pledge has this id."
);
random_id!(
    /// An undercut report's id.
    UndercutId,
    "No undercut report has this id."
);
random_id!(
    /// A channel announcement's id.
    AnnouncementId,
    "No announcement has this id."
);
random_id!(
    /// A reader's flag on a report.
    FlagId,
    "No flag has this id."
);
random_id!(
    /// An organizer's account.
    OrganizerId,
    "No organizer has this id."
);
random_id!(
    /// One decision in the moderation log.
    ModerationEntryId,
    "No moderation entry has this id."
);
random_id!(
    /// A proposal about a company (an account it owns, where it is based).
    CompanyProposalId,
    "No proposal has this id."
);
random_id!(
    /// An anonymous "I support this strike" from someone who is not a worker.
    SupporterId,
    "No supporter has this id."
);
random_id!(
    /// A data-request campaign.
    DataRequestId,
    "No data-request campaign has this id."
);
random_id!(
    /// A worker's anonymous "I sent my data request".
    SentRequestId,
    "No sent request has this id."
);

/// A company's slug: its name in lower-case ASCII with every run of other
/// characters turned into one `-` ("Holdout Corp" -> `holdout-corp`).
/// Accents are folded first ("Société" -> `societe`) and a dash at either
/// end is dropped, so a trailing "Inc." does not leave `inc-`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CompanySlug(String);

impl CompanySlug {
    pub const MAX_LEN: usize = 120;

    /// The slug of a company name; an error when nothing of it is ASCII.
    pub fn of_name(name: &str) -> Result<Self, Msg> {
        use unicode_normalization::UnicodeNormalization;
        let mut slug = String::new();
        for c in name
            .nfkd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        {
            if c.is_ascii_alphanumeric() {
                slug.push(c.to_ascii_lowercase());
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        let slug = slug.trim_end_matches('-').to_owned();
        if slug.is_empty() {
            return Err(Msg::new("invalid-company-name"));
        }
        if slug.len() > Self::MAX_LEN {
            return Err(Msg::new("invalid-company-name-long").arg("max", Self::MAX_LEN));
        }
        Ok(CompanySlug(slug))
    }

    /// A slug as a path names it: only one already in its normal form.
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        match CompanySlug::of_name(raw) {
            Ok(slug) if slug.0 == raw => Ok(slug),
            _ => Err(Msg::new("invalid-company-name")),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CompanySlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A calendar month, `YYYY-MM`, no later than the current one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Month(String);

impl Month {
    pub fn parse(raw: &str, today: chrono::NaiveDate) -> Result<Self, Msg> {
        let raw = raw.trim();
        let date = chrono::NaiveDate::parse_from_str(&format!("{raw}-01"), "%Y-%m-%d")
            .ok()
            .filter(|_| raw.len() == 7)
            .ok_or_else(|| Msg::new("invalid-month").arg("value", raw))?;
        if date > today {
            return Err(Msg::new("invalid-month-future"));
        }
        if date < chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date") {
            return Err(Msg::new("invalid-month-early"));
        }
        Ok(Month(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_ids_are_random_and_parse_back() {
        let a = ReportId::generate();
        let b = ReportId::generate();
        assert_ne!(a, b);
        assert_eq!(ReportId::parse(a.as_str()), Ok(a));
        assert!(ReportId::parse("507f1f77bcf86cd799439011").is_err());
    }

    #[test]
    fn requester_ids_refuse_slashes_and_overlong_ids() {
        assert!(RequesterId::parse("A1B2C3D4E5").is_ok());
        assert!(RequesterId::parse("~01abcdef").is_ok());
        assert!(RequesterId::parse("a/b").is_err());
        assert!(RequesterId::parse(&"x".repeat(65)).is_err());
        assert!(RequesterId::parse("  ").is_err());
    }

    #[test]
    fn company_slugs_follow_the_design_rule() {
        let slug = |name: &str| CompanySlug::of_name(name).map(|s| s.to_string());
        assert_eq!(slug("Holdout Corp"), Ok("holdout-corp".into()));
        assert_eq!(slug("Amazon.com, Inc."), Ok("amazon-com-inc".into()));
        assert_eq!(
            slug("  Société  Générale!! "),
            Ok("societe-generale".into())
        );
        assert!(slug("東京").is_err());
        assert!(CompanySlug::parse("holdout-corp").is_ok());
        assert!(CompanySlug::parse("Holdout Corp").is_err());
    }

    #[test]
    fn months_are_checked() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert!(Month::parse("2026-11", today).is_ok());
        assert!(Month::parse("2026-12", today).is_err());
        assert!(Month::parse("2026-13", today).is_err());
        assert!(Month::parse("2026-1", today).is_err());
    }
}
