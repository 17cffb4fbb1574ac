//! The two shipped tables behind every letter (`src/data/`), sourced and
//! dated row by row and shown on `/methodology`:
//! - `data_controllers.tsv`: for each platform, the legal entity that
//!   controls its workers' data and where a request goes;
//! - `data_protection_laws.tsv`: for each country, its law, the articles
//!   that give access, portability and an explanation of automated
//!   decisions, the answer deadline and the authority to complain to.
//!
//! Checked on 2026-12-07 against stored copies of the sources, not the live
//! sites; these rows want a second look before a campaign relies on them:
//! controllers with no published contact (appen, microworkers, remotasks,
//! taskrabbit, grab); entities inferred rather than named as controller
//! (foule-factory as Wirk's LOTOMATE SAS, remotasks, oneforma, fiverr's EU
//! entity); old records (deliveroo and glovo of 2021, toloka's e-mail of
//! 2022, prolific's address); rappi's only row is Mexico's. Among laws: the
//! UK's Arts. 22A-22D, Kenya's 7-day deadline (from a summary of the 2021
//! regulations), India's access right in force from 2027-05-13 (no answer
//! deadline), South Africa's "reasonable time", and the authorities'
//! addresses of PH, BR, NG and IN, not found. Indonesia's row has no
//! supervisory authority yet (none is established), so no letter cites its
//! law until one is; a row without an authority is left out.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Serialize;

use crate::domain::Day;

/// The European Economic Area: the EU's 27 and Iceland, Liechtenstein and
/// Norway, where the GDPR applies.
pub const EEA: [&str; 30] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS",
    "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// A legal deadline written as an ISO 8601 period (`P1M`, `P15D`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub months: u32,
    pub days: u32,
}

impl Period {
    pub fn parse(raw: &str) -> Option<Period> {
        let rest = raw.trim().strip_prefix('P')?;
        // Hours (Indonesia's 3 x 24 hours) count as the whole days they make.
        if let Some(hours) = rest.strip_prefix('T').and_then(|h| h.strip_suffix('H')) {
            let hours: u32 = hours.parse().ok()?;
            return Some(Period {
                months: 0,
                days: hours.div_ceil(24),
            });
        }
        let (number, unit) = rest.split_at(rest.len().checked_sub(1)?);
        let n: u32 = number.parse().ok()?;
        match unit {
            "M" => Some(Period { months: n, days: 0 }),
            "D" => Some(Period { months: 0, days: n }),
            "W" => Some(Period {
                months: 0,
                days: 7 * n,
            }),
            _ => None,
        }
    }

    /// The last day of the period that begins the day after `start`.
    pub fn after(self, start: Day) -> Day {
        let date = start
            .date()
            .checked_add_months(chrono::Months::new(self.months))
            .unwrap_or(start.date());
        Day::from_date(date).plus_days(i64::from(self.days))
    }
}

/// Who controls a platform's workers' data, and where a request goes.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Controller {
    pub platform: String,
    /// The legal entity.
    pub name: String,
    /// `*`, or the countries (and `EEA`) it is the controller for.
    pub applies_to: String,
    pub postal_address: Option<String>,
    pub email: Option<String>,
    pub web_form: Option<String>,
    pub source: String,
    pub checked_on: String,
}

impl Controller {
    fn serves(&self, country: &str) -> bool {
        self.applies_to
            .split(',')
            .map(str::trim)
            .any(|area| area == country || (area == "EEA" && EEA.contains(&country)))
    }

    fn serves_everyone(&self) -> bool {
        self.applies_to.trim() == "*"
    }
}

/// A country's data-protection law, as a letter cites it.
#[derive(Debug, Clone, Serialize)]
pub struct Law {
    pub country: String,
    pub name: String,
    pub access: String,
    pub portability: Option<String>,
    pub explanation: Option<String>,
    /// `P1M`, as the table writes it; `None` where the law sets none.
    pub deadline_text: Option<String>,
    #[serde(skip)]
    pub deadline: Option<Period>,
    pub extension: Option<String>,
    pub authority: String,
    pub authority_address: Option<String>,
    pub authority_web: Option<String>,
    /// When the access right applies, where that is recent or still to come.
    pub in_force_from: Option<Day>,
    pub source: String,
    pub checked_on: String,
}

impl Law {
    /// The day a request sent on `sent_on` must be answered by; a law
    /// without a deadline is held to a month, the shortest usual one.
    pub fn due_on(&self, sent_on: Day) -> Day {
        self.deadline
            .unwrap_or(Period { months: 1, days: 0 })
            .after(sent_on)
    }
}

/// Both tables, parsed once.
pub struct Tables {
    controllers: Vec<Controller>,
    laws: BTreeMap<String, Law>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| Tables {
    controllers: rows(include_str!("../data/data_controllers.tsv"))
        .filter_map(controller)
        .collect(),
    laws: rows(include_str!("../data/data_protection_laws.tsv"))
        .filter_map(law)
        .map(|law| (law.country.clone(), law))
        .collect(),
});

impl Tables {
    pub fn shipped() -> &'static Tables {
        &TABLES
    }

    /// The platform's controller for a worker in `country`: the one named
    /// for that country, else the one for everyone, else the first.
    pub fn controller_for(&self, platform: &str, country: Option<&str>) -> Option<&Controller> {
        let of_platform = || self.controllers.iter().filter(|c| c.platform == platform);
        country
            .and_then(|country| of_platform().find(|c| c.serves(country)))
            .or_else(|| of_platform().find(|c| c.serves_everyone()))
            .or_else(|| of_platform().next())
    }

    pub fn controllers_of(&self, platform: &str) -> Vec<&Controller> {
        self.controllers
            .iter()
            .filter(|c| c.platform == platform)
            .collect()
    }

    pub fn controllers(&self) -> &[Controller] {
        &self.controllers
    }

    pub fn law_of(&self, country: &str) -> Option<&Law> {
        self.laws.get(country)
    }

    pub fn laws(&self) -> impl Iterator<Item = &Law> {
        self.laws.values()
    }
}

/// The data lines of a table, split into fields (empty fields as `None`).
fn rows(text: &'static str) -> impl Iterator<Item = Vec<Option<String>>> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            line.split('\t')
                .map(|field| {
                    let field = field.trim();
                    (!field.is_empty()).then(|| field.to_owned())
                })
                .collect()
        })
}

fn field(row: &[Option<String>], index: usize) -> Option<String> {
    row.get(index).cloned().flatten()
}

fn controller(row: Vec<Option<String>>) -> Option<Controller> {
    Some(Controller {
        platform: field(&row, 0)?,
        name: field(&row, 1)?,
        applies_to: field(&row, 2).unwrap_or_else(|| "*".to_owned()),
        postal_address: field(&row, 3),
        email: field(&row, 4),
        web_form: field(&row, 5),
        source: field(&row, 6)?,
        checked_on: field(&row, 7)?,
    })
}

fn law(row: Vec<Option<String>>) -> Option<Law> {
    let deadline_text = field(&row, 5);
    Some(Law {
        country: field(&row, 0)?,
        name: field(&row, 1)?,
        access: field(&row, 2)?,
        portability: field(&row, 3),
        explanation: field(&row, 4),
        deadline: deadline_text.as_deref().and_then(Period::parse),
        deadline_text,
        extension: field(&row, 6),
        authority: field(&row, 7)?,
        authority_address: field(&row, 8),
        authority_web: field(&row, 9),
        in_force_from: field(&row, 10).and_then(|day| Day::parse(&day).ok()),
        source: field(&row, 11)?,
        checked_on: field(&row, 12)?,
    })
}

#[cfg(test)]
mod tests {
    use super::{Period, Tables};
    use crate::domain::Day;

    #[test]
    fn periods_count_months_by_the_calendar() {
        let sent = Day::parse("2026-01-31").unwrap();
        assert_eq!(
            Period::parse("P1M").unwrap().after(sent).to_string(),
            "2026-02-28"
        );
        assert_eq!(
            Period::parse("P15D").unwrap().after(sent).to_string(),
            "2026-02-15"
        );
        assert_eq!(Period::parse("PT72H"), Some(Period { months: 0, days: 3 }));
        assert_eq!(Period::parse("1M"), None);
        assert_eq!(Period::parse("P"), None);
    }

    #[test]
    fn every_platform_has_a_controller_and_the_workforce_countries_a_law() {
        let tables = Tables::shipped();
        for line in include_str!("../data/platforms.tsv").lines() {
            if let Some((slug, _)) = line.split_once('\t').filter(|_| !line.starts_with('#')) {
                assert!(
                    tables.controller_for(slug, None).is_some(),
                    "no controller for {slug}"
                );
            }
        }
        for country in ["DE", "FR", "GB", "PH", "BR", "KE", "IN"] {
            let law = tables.law_of(country).expect(country);
            assert!(!law.access.is_empty() && !law.authority.is_empty());
        }
        let gdpr = tables.law_of("DE").unwrap();
        assert_eq!(gdpr.deadline, Period::parse("P1M"));
    }
}
