//! The languages each country speaks that Clickline has, in the order its
//! channel offers them (`src/data/country_languages.tsv`, from the Unicode
//! CLDR; its header says how the order is chosen).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Lang;

static SPOKEN: LazyLock<HashMap<&'static str, Vec<Lang>>> = LazyLock::new(|| {
    include_str!("../data/country_languages.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let (code, languages) = line.split_once('\t')?;
            let languages = languages.split(',').filter_map(Lang::parse).collect();
            Some((code, languages))
        })
        .collect()
});

/// The languages of the country with this ISO code; none for a country
/// that speaks none of Clickline's.
pub fn languages_of(country: &str) -> &'static [Lang] {
    SPOKEN.get(country).map_or(&[], Vec::as_slice)
}

/// The language a country's channel speaks to a reader who asks for none.
pub fn first_language_of(country: &str) -> Option<Lang> {
    languages_of(country).first().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offshore_workforce_reads_its_own_language_first() {
        assert_eq!(languages_of("ID"), [Lang::Id]);
        assert_eq!(languages_of("IN"), [Lang::Hi, Lang::En]);
        assert_eq!(languages_of("BD"), [Lang::Bn]);
        assert_eq!(languages_of("PK"), [Lang::Ur, Lang::En]);
        assert_eq!(languages_of("PH"), [Lang::Tl, Lang::En]);
        assert_eq!(languages_of("KE"), [Lang::Sw, Lang::En]);
        assert_eq!(languages_of("BR"), [Lang::PtBr]);
        assert_eq!(languages_of("UA"), [Lang::Uk]);
        assert_eq!(first_language_of("VE"), Some(Lang::Es));
        assert_eq!(first_language_of("JP"), None);
    }

    #[test]
    fn every_language_in_the_table_is_one_clickline_has() {
        for line in include_str!("../data/country_languages.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (code, languages) = line.split_once('\t').unwrap();
            for language in languages.split(',') {
                assert!(Lang::parse(language).is_some(), "{code}: {language}");
            }
        }
    }
}
