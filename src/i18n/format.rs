//! Numbers, money and dates as each language writes them.

use chrono::{Datelike, NaiveDate};

use super::{translate, Lang};

const NARROW_NBSP: char = '\u{202F}';
const NBSP: char = '\u{A0}';

/// Group separator, decimal separator, and the fewest digits before a
/// number is grouped (Spanish leaves 4-digit numbers alone).
fn separators(lang: Lang) -> (char, char, usize) {
    match lang {
        Lang::En | Lang::Tl | Lang::Ar => (',', '.', 4),
        Lang::Fr => (NARROW_NBSP, ',', 4),
        Lang::De => ('.', ',', 4),
        Lang::Es => ('.', ',', 5),
    }
}

/// `value` with `decimals` digits after the separator, grouped by thousands.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    let (group, decimal, min_grouping) = separators(lang);
    let fixed = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut out = String::new();
    if value < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    let digits: Vec<char> = whole.chars().collect();
    for (i, digit) in digits.iter().enumerate() {
        let from_end = digits.len() - i;
        if i > 0 && from_end.is_multiple_of(3) && digits.len() >= min_grouping {
            out.push(group);
        }
        out.push(*digit);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

fn currency_symbol(code: &str) -> &str {
    match code {
        "USD" => "US$",
        "EUR" => "€",
        "GBP" => "£",
        other => other,
    }
}

/// An amount in a currency: `US$12.40` in English, `12,40 US$` in French.
pub fn money(lang: Lang, amount: f64, currency: &str) -> String {
    let amount_text = number(lang, amount, 2);
    let symbol = currency_symbol(currency);
    match lang {
        Lang::En | Lang::Tl => {
            let spacer = if symbol.len() == 3 && symbol.chars().all(|c| c.is_ascii_uppercase()) {
                NBSP.to_string()
            } else {
                String::new()
            };
            format!("{symbol}{spacer}{amount_text}")
        }
        Lang::Fr | Lang::De | Lang::Es | Lang::Ar => format!("{amount_text}{NBSP}{symbol}"),
    }
}

/// A share from 0 to 1 as a whole percentage.
pub fn percent(lang: Lang, share: f64) -> String {
    let value = number(lang, share * 100.0, 0);
    match lang {
        Lang::Fr => format!("{value}{NARROW_NBSP}%"),
        Lang::De | Lang::Es => format!("{value}{NBSP}%"),
        Lang::En | Lang::Tl | Lang::Ar => format!("{value}%"),
    }
}

fn month_name(lang: Lang, month: u32) -> String {
    translate(lang, &format!("month-{month}"), &[])
}

/// A day, such as "22 November 2026" or "22. November 2026".
pub fn day(lang: Lang, date: NaiveDate) -> String {
    translate(
        lang,
        "date-day",
        &[
            ("day", date.day().to_string().into()),
            ("month", month_name(lang, date.month()).into()),
            ("year", date.year().to_string().into()),
        ],
    )
}

/// A month of a year, such as "November 2026".
pub fn month(lang: Lang, year: i32, month: u32) -> String {
    translate(
        lang,
        "date-month",
        &[
            ("month", month_name(lang, month).into()),
            ("year", year.to_string().into()),
        ],
    )
}

/// Dates as the database and the API write them: `YYYY-MM-DD`, `YYYY-MM`,
/// or an RFC 3339 time (shown as its day). Anything else is shown as given.
pub fn date_text(lang: Lang, text: &str) -> String {
    if let Ok(date) = NaiveDate::parse_from_str(text.get(..10).unwrap_or(text), "%Y-%m-%d") {
        return day(lang, date);
    }
    if let Some((year, m)) = text.split_once('-') {
        if let (Ok(year), Ok(m)) = (year.parse::<i32>(), m.parse::<u32>()) {
            if (1..=12).contains(&m) && year > 1900 {
                return month(lang, year, m);
            }
        }
    }
    text.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_each_language() {
        assert_eq!(number(Lang::En, 1234567.891, 2), "1,234,567.89");
        assert_eq!(number(Lang::De, 1234.5, 1), "1.234,5");
        assert_eq!(number(Lang::Fr, 1234.5, 1), "1\u{202F}234,5");
        assert_eq!(number(Lang::Es, 1234.5, 1), "1234,5");
        assert_eq!(number(Lang::Es, 12345.0, 0), "12.345");
        assert_eq!(number(Lang::En, -0.001, 2), "0.00");
        assert_eq!(number(Lang::En, -3.5, 1), "-3.5");
        assert_eq!(number(Lang::En, 999.0, 0), "999");
    }

    #[test]
    fn money_and_shares_follow_each_language() {
        assert_eq!(money(Lang::En, 12.4, "USD"), "US$12.40");
        assert_eq!(money(Lang::De, 12.4, "EUR"), "12,40\u{A0}€");
        assert_eq!(money(Lang::En, 1500.0, "PHP"), "PHP\u{A0}1,500.00");
        assert_eq!(percent(Lang::En, 0.354), "35%");
        assert_eq!(percent(Lang::Fr, 0.354), "35\u{202F}%");
    }

    #[test]
    fn dates_use_the_language_month_names() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(day(Lang::En, date), "22 November 2026");
        assert_eq!(day(Lang::De, date), "22. November 2026");
        assert_eq!(day(Lang::Es, date), "22 de noviembre de 2026");
        assert_eq!(date_text(Lang::Fr, "2026-11"), "novembre 2026");
        assert_eq!(
            date_text(Lang::En, "2026-11-22T10:00:00Z"),
            "22 November 2026"
        );
        assert_eq!(date_text(Lang::En, "soon"), "soon");
    }
}
