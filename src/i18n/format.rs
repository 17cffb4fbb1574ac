//! Numbers, money and dates as each language writes them.

use chrono::{Datelike, NaiveDate};

use super::{translate, Lang};

const NARROW_NBSP: char = '\u{202F}';
const NBSP: char = '\u{A0}';

/// How a language writes a number (CLDR's `latn` patterns: Latin digits
/// everywhere, so that figures read the same in a message and in a table).
struct Digits {
    group: char,
    decimal: char,
    /// The fewest digits before a number is grouped (Spanish leaves 4-digit
    /// numbers alone).
    min_grouping: usize,
    /// Hindi and Bengali group by lakh and crore: 12,34,567.
    indian: bool,
}

fn digits(lang: Lang) -> Digits {
    let (group, decimal, min_grouping, indian) = match lang {
        Lang::En | Lang::Tl | Lang::Ar | Lang::Ur | Lang::Sw => (',', '.', 4, false),
        Lang::Hi | Lang::Bn => (',', '.', 4, true),
        Lang::Fr => (NARROW_NBSP, ',', 4, false),
        Lang::De | Lang::Id | Lang::PtBr => ('.', ',', 4, false),
        Lang::Es => ('.', ',', 5, false),
        Lang::Uk => (NBSP, ',', 4, false),
    };
    Digits {
        group,
        decimal,
        min_grouping,
        indian,
    }
}

/// Whether a group separator goes before the digit `from_end` places from
/// the end of the whole part.
fn group_before(from_end: usize, indian: bool) -> bool {
    if indian {
        from_end == 3 || (from_end > 3 && (from_end - 3).is_multiple_of(2))
    } else {
        from_end.is_multiple_of(3)
    }
}

/// `value` with `decimals` digits after the separator, grouped by thousands
/// (or by lakh and crore).
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    let style = digits(lang);
    let fixed = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut out = String::new();
    if value < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    let digits: Vec<char> = whole.chars().collect();
    for (i, digit) in digits.iter().enumerate() {
        let from_end = digits.len() - i;
        if i > 0 && group_before(from_end, style.indian) && digits.len() >= style.min_grouping {
            out.push(style.group);
        }
        out.push(*digit);
    }
    if !fraction.is_empty() {
        out.push(style.decimal);
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

/// Where a language puts the currency: before the amount, glued to it
/// unless the symbol is a three-letter code (`US$12.40`, `PHP 1,500.00`);
/// before it with a space (`US$ 12,40`); or after it (`12,40 US$`, Bengali
/// without the space).
enum Placement {
    Before,
    BeforeSpaced,
    After,
    AfterGlued,
}

fn placement(lang: Lang) -> Placement {
    match lang {
        Lang::En | Lang::Tl | Lang::Hi | Lang::Ur | Lang::Id => Placement::Before,
        Lang::PtBr | Lang::Sw => Placement::BeforeSpaced,
        Lang::Fr | Lang::De | Lang::Es | Lang::Ar | Lang::Uk => Placement::After,
        Lang::Bn => Placement::AfterGlued,
    }
}

/// An amount in a currency: `US$12.40` in English, `12,40 US$` in French.
pub fn money(lang: Lang, amount: f64, currency: &str) -> String {
    let amount_text = number(lang, amount, 2);
    let symbol = currency_symbol(currency);
    match placement(lang) {
        Placement::Before => {
            let spacer = if symbol.len() == 3 && symbol.chars().all(|c| c.is_ascii_uppercase()) {
                NBSP.to_string()
            } else {
                String::new()
            };
            format!("{symbol}{spacer}{amount_text}")
        }
        Placement::BeforeSpaced => format!("{symbol}{NBSP}{amount_text}"),
        Placement::After => format!("{amount_text}{NBSP}{symbol}"),
        Placement::AfterGlued => format!("{amount_text}{symbol}"),
    }
}

/// A share from 0 to 1 as a whole percentage.
pub fn percent(lang: Lang, share: f64) -> String {
    let value = number(lang, share * 100.0, 0);
    match lang {
        Lang::Fr => format!("{value}{NARROW_NBSP}%"),
        Lang::De | Lang::Es => format!("{value}{NBSP}%"),
        _ => format!("{value}%"),
    }
}

fn month_name(lang: Lang, month: u32) -> String {
    translate(lang, &format!("month-{month}"), &[])
}

/// The month as a full date writes it: Ukrainian declines it
/// ("22 листопада"), most languages write it as alone.
fn month_of_day(lang: Lang, month: u32) -> String {
    translate(lang, &format!("month-of-day-{month}"), &[])
}

/// A day, such as "22 November 2026" or "22. November 2026".
pub fn day(lang: Lang, date: NaiveDate) -> String {
    translate(
        lang,
        "date-day",
        &[
            ("day", date.day().to_string().into()),
            ("month", month_of_day(lang, date.month()).into()),
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
        assert_eq!(number(Lang::Hi, 1234567.891, 2), "12,34,567.89");
        assert_eq!(number(Lang::Bn, 1234.5, 1), "1,234.5");
        assert_eq!(number(Lang::PtBr, 1234567.891, 2), "1.234.567,89");
        assert_eq!(number(Lang::Uk, 1234.5, 1), "1\u{A0}234,5");
        assert_eq!(number(Lang::Sw, 1234.5, 1), "1,234.5");
    }

    #[test]
    fn money_and_shares_follow_each_language() {
        assert_eq!(money(Lang::En, 12.4, "USD"), "US$12.40");
        assert_eq!(money(Lang::De, 12.4, "EUR"), "12,40\u{A0}€");
        assert_eq!(money(Lang::En, 1500.0, "PHP"), "PHP\u{A0}1,500.00");
        assert_eq!(money(Lang::Id, 12.4, "USD"), "US$12,40");
        assert_eq!(money(Lang::PtBr, 12.4, "USD"), "US$\u{A0}12,40");
        assert_eq!(money(Lang::Bn, 12.4, "USD"), "12.40US$");
        assert_eq!(money(Lang::Uk, 1500.0, "PHP"), "1\u{A0}500,00\u{A0}PHP");
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
        assert_eq!(day(Lang::Uk, date), "22 листопада 2026 р.");
        assert_eq!(date_text(Lang::Uk, "2026-11"), "листопад 2026 р.");
        assert_eq!(day(Lang::Hi, date), "22 नवंबर 2026");
        assert_eq!(day(Lang::PtBr, date), "22 de novembro de 2026");
        assert_eq!(
            date_text(Lang::En, "2026-11-22T10:00:00Z"),
            "22 November 2026"
        );
        assert_eq!(date_text(Lang::En, "soon"), "soon");
    }
}
