//! Country and currency names in each language, from the Unicode CLDR
//! (`src/data/country_names.tsv`, `src/data/currency_names.tsv`). English
//! names come from the ISO tables the domain types parse with; a name CLDR
//! lacks falls back to English.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Lang;
use crate::domain::{Country, Currency};

/// A table's names by code, each row in the order of its header's languages.
struct Names {
    languages: Vec<&'static str>,
    rows: HashMap<&'static str, Vec<&'static str>>,
}

/// Reads a table whose last comment line names its columns
/// (`# code<TAB>fr<TAB>de...`).
fn parse(table: &'static str) -> Names {
    let header = table
        .lines()
        .rfind(|line| line.starts_with('#'))
        .unwrap_or_default();
    let languages = header.split('\t').skip(1).map(str::trim).collect();
    let rows = table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let mut cells = line.split('\t');
            let code = cells.next()?;
            Some((code, cells.map(str::trim).collect()))
        })
        .collect();
    Names { languages, rows }
}

static COUNTRIES: LazyLock<Names> =
    LazyLock::new(|| parse(include_str!("../data/country_names.tsv")));
static CURRENCIES: LazyLock<Names> =
    LazyLock::new(|| parse(include_str!("../data/currency_names.tsv")));

fn translated(table: &Names, lang: Lang, code: &str) -> Option<&'static str> {
    let column = table.languages.iter().position(|l| *l == lang.code())?;
    let names = table.rows.get(code)?;
    names.get(column).copied().filter(|name| !name.is_empty())
}

/// A country's name; the code itself when it is not a country (`other`).
pub fn country(lang: Lang, code: &str) -> String {
    translated(&COUNTRIES, lang, code)
        .map(str::to_owned)
        .or_else(|| Country::parse(code).ok().map(|c| c.name().to_owned()))
        .unwrap_or_else(|| code.to_owned())
}

/// A currency's name, or its code when unknown.
pub fn currency(lang: Lang, code: &str) -> String {
    translated(&CURRENCIES, lang, code)
        .map(str::to_owned)
        .or_else(|| Currency::name_of(code).map(str::to_owned))
        .unwrap_or_else(|| code.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_language_and_fall_back_to_english() {
        assert_eq!(country(Lang::En, "DE"), "Germany");
        assert_eq!(country(Lang::De, "DE"), "Deutschland");
        assert_eq!(country(Lang::Tl, "PH"), "Pilipinas");
        assert_eq!(country(Lang::Ar, "EG"), "مصر");
        assert_eq!(country(Lang::Fr, "other"), "other");
        assert_eq!(currency(Lang::Es, "EUR"), "euro");
        assert_eq!(currency(Lang::En, "EUR"), "Euro");
        assert_eq!(country(Lang::Id, "ID"), "Indonesia");
        assert_eq!(country(Lang::Uk, "UA"), "Україна");
        assert_eq!(country(Lang::PtBr, "BR"), "Brasil");
    }

    #[test]
    fn every_country_has_a_name_in_every_language() {
        for (code, _) in Country::all() {
            for lang in Lang::ALL {
                assert!(
                    translated(&COUNTRIES, lang, code).is_some() || lang == Lang::En,
                    "{code} in {}",
                    lang.code()
                );
            }
        }
    }
}
