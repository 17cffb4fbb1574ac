//! Free text: personal data is redacted before storage, and Markdown is
//! rendered then sanitised with ammonia before it reaches a page.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

/// What kind of personal data was removed, to tell the worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Redaction {
    Email,
    Phone,
    WorkerId,
}

impl Redaction {
    pub fn label(self) -> &'static str {
        match self {
            Redaction::Email => "an email address",
            Redaction::Phone => "a phone number",
            Redaction::WorkerId => "a worker id",
        }
    }

    fn placeholder(self) -> &'static str {
        match self {
            Redaction::Email => "[email removed]",
            Redaction::Phone => "[phone number removed]",
            Redaction::WorkerId => "[worker id removed]",
        }
    }
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}").expect("regex")
});
/// Seven or more digits, possibly grouped with spaces, dots, dashes or brackets,
/// optionally with a leading +.
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\+?\(?\d[\d\s().\-]{5,}\d").expect("regex"));
/// MTurk worker ids: "A" then 11 to 20 upper-case letters and digits, e.g. A2X4B6C8D0E1F3.
static WORKER_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bA[0-9A-Z]{11,20}\b").expect("regex"));

/// Whether XML 1.0 forbids this character (controls but tab and line
/// breaks, the non-characters U+FFFE and U+FFFF). Text with one would make
/// every Atom feed that carries it unreadable, and a NUL is never meant.
fn illegal_in_xml(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Submitted text without the characters no page or feed may carry; the
/// one place every field passes through (`http::fields::RawFields::set`).
pub fn without_illegal_chars(raw: &str) -> std::borrow::Cow<'_, str> {
    if raw.chars().any(illegal_in_xml) {
        raw.chars()
            .filter(|&c| !illegal_in_xml(c))
            .collect::<String>()
            .into()
    } else {
        raw.into()
    }
}

/// Removes email addresses, phone numbers and MTurk-style worker ids, returning
/// the cleaned text and what was removed.
pub fn redact_personal_data(text: &str) -> (String, Vec<Redaction>) {
    let mut found = Vec::new();
    let mut out = text.to_owned();
    for (pattern, kind) in [
        (&*EMAIL, Redaction::Email),
        (&*WORKER_ID, Redaction::WorkerId),
        (&*PHONE, Redaction::Phone),
    ] {
        let replaced = pattern.replace_all(&out, |caps: &regex::Captures| {
            let matched = &caps[0];
            // A phone number has at least seven digits; dates and amounts do not.
            if kind == Redaction::Phone && matched.chars().filter(char::is_ascii_digit).count() < 7
            {
                return matched.to_owned();
            }
            // A worker id mixes letters and digits; a shouted word does not.
            if kind == Redaction::WorkerId && !matched.chars().any(|c| c.is_ascii_digit()) {
                return matched.to_owned();
            }
            if !found.contains(&kind) {
                found.push(kind);
            }
            kind.placeholder().to_owned()
        });
        out = replaced.into_owned();
    }
    found.sort();
    (out, found)
}

/// Renders Markdown to HTML and sanitises it: no scripts, no styles, no
/// images (they would be requests to other hosts), links opened without referrer.
pub fn render_markdown(source: &str) -> String {
    use pulldown_cmark::{html, Options, Parser};
    let parser = Parser::new_ext(
        source,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES,
    );
    let mut unsafe_html = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    SANITIZER.clean(&unsafe_html).to_string()
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .rm_tags(&["img"])
        .link_rel(Some("nofollow noopener noreferrer"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect());
    builder
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_xml_forbids_are_dropped_and_line_breaks_kept() {
        let raw = "Strike\u{1}\u{0} now\tand\r\nalways\u{FFFF}\u{7F}";
        assert_eq!(
            without_illegal_chars(raw),
            "Strike now\tand\r\nalways\u{7F}"
        );
        assert!(matches!(
            without_illegal_chars("plain"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn redacts_emails_phones_and_worker_ids() {
        let (text, found) = redact_personal_data(
            "Mail me at jane.doe@example.org or call +63 917 555 0199. My id is A2X4B6C8D0E1F3.",
        );
        assert_eq!(
            text,
            "Mail me at [email removed] or call [phone number removed]. My id is [worker id removed]."
        );
        assert_eq!(
            found,
            vec![Redaction::Email, Redaction::Phone, Redaction::WorkerId]
        );
    }

    #[test]
    fn leaves_ordinary_numbers_and_words_alone() {
        let text = "Paid $0.50 for 2025-03 work, 45 minutes, ACCOUNTSUSPENDED.";
        assert_eq!(redact_personal_data(text), (text.to_owned(), vec![]));
    }

    #[test]
    fn markdown_is_rendered_and_scripts_are_removed() {
        let html = render_markdown(
            "**late** <script>alert(1)</script> [x](javascript:alert(1)) ![i](http://evil/x.png)",
        );
        assert!(html.contains("<strong>late</strong>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("javascript:"));
        assert!(!html.contains("<img"));
    }
}
