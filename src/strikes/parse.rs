//! What organizers and workers send about strikes, parsed once: a strike
//! call, a status change, a pledge, a support, an undercut report.

use crate::domain::{
    Country, Day, FieldErrors, PlatformSlug, RequesterId, StrikeId, StrikeStatus, UndercutId,
};
use crate::error::{Error, Result};
use crate::http::fields::RawFields;
use crate::i18n::{Lang, Msg};
use crate::organizers::model::Organizer;
use crate::platforms::catalogue::Catalogue;
use crate::strikes::model::{StatusChange, Strike, StrikeText, Undercut};
use std::collections::BTreeMap;

pub const STRIKE_FIELDS: &[&str] = &[
    "title",
    "demands",
    "platform",
    "requester_ids",
    "called_in",
    "starts_on",
    "ends_on",
    "language",
    "translations",
];

pub const TITLE_LENGTH: std::ops::RangeInclusive<usize> = 5..=200;

pub const DEMANDS_LENGTH: std::ops::RangeInclusive<usize> = 10..=5000;

pub const MAX_STRIKE_REQUESTERS: usize = 100;

/// A strike call as organizers send it. Lists may be JSON arrays or, as
/// forms send them, comma-separated text.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct StrikeInput {
    #[schema(min_length = 5, max_length = 200)]
    pub title: String,
    /// Markdown
    #[schema(min_length = 10, max_length = 5000)]
    pub demands: String,
    #[schema(example = "mturk")]
    pub platform: String,
    /// Requester ids the strike targets; none for the whole platform.
    #[schema(max_items = 100)]
    pub requester_ids: Option<Vec<String>>,
    /// ISO 3166 codes of the countries where the strike is called.
    #[schema(min_items = 1, example = json!(["PH", "ID"]))]
    pub called_in: Vec<String>,
    #[schema(value_type = String, format = Date)]
    pub starts_on: Day,
    #[schema(value_type = Option<String>, format = Date)]
    pub ends_on: Option<Day>,
    /// The language code `title` and `demands` are written in; `en` if absent.
    #[schema(example = "tl")]
    pub language: Option<String>,
    /// The call in other languages of Clickline, by language code: each
    /// with a title and demands of the same lengths as the original.
    #[schema(example = json!({"id": {"title": "Mogok melawan Acme", "demands": "Bayar semua tugas yang ditolak."}}))]
    pub translations: Option<BTreeMap<String, StrikeText>>,
}

/// A call's title and demands, in any language, within their lengths;
/// each part is `(field, text)`.
fn check_text(errors: &mut FieldErrors, title: (&str, &str), demands: (&str, &str)) {
    if !TITLE_LENGTH.contains(&title.1.chars().count()) {
        errors.add(title.0, Msg::new("invalid-strike-title"));
    }
    if !DEMANDS_LENGTH.contains(&demands.1.chars().count()) {
        errors.add(demands.0, Msg::new("invalid-strike-demands"));
    }
}

/// The form and flattened JSON names of one translation's parts.
pub fn translation_field(lang: Lang, part: &str) -> String {
    format!("translations.{}.{part}", lang.code())
}

/// The language of the original (a code Clickline has, exactly as it writes
/// it) and the translations, each with both parts within the original's
/// lengths. A translation into the original's own language is refused.
fn parse_languages(
    raw: &RawFields,
    errors: &mut FieldErrors,
) -> (String, BTreeMap<String, StrikeText>) {
    let language = match raw.optional("language") {
        None => Lang::En,
        Some(code) => Lang::exact(code).unwrap_or_else(|| {
            errors.add(
                "language",
                Msg::new("invalid-strike-language").arg("value", code),
            );
            Lang::En
        }),
    };
    for name in raw.names().filter(|n| n.starts_with("translations.")) {
        let known = name.split('.').nth(1).and_then(Lang::exact).is_some();
        if !known || !(name.ends_with(".title") || name.ends_with(".demands")) {
            errors.add(name, Msg::new("invalid-strike-language").arg("value", name));
        }
    }
    let mut translations = BTreeMap::new();
    for lang in Lang::ALL {
        let (title_field, demands_field) = (
            translation_field(lang, "title"),
            translation_field(lang, "demands"),
        );
        let title = raw.get(&title_field).trim().to_owned();
        let demands = raw.get(&demands_field).trim().to_owned();
        if title.is_empty() && demands.is_empty() {
            continue;
        }
        if lang == language {
            errors.add(&title_field, Msg::new("invalid-strike-translation-same"));
            continue;
        }
        check_text(errors, (&title_field, &title), (&demands_field, &demands));
        translations.insert(lang.code().to_owned(), StrikeText { title, demands });
    }
    (language.code().to_owned(), translations)
}

pub const TRANSLATION_FIELDS: &[&str] = &["language", "title", "demands"];

/// A translation added to (or replacing one of) a call already made.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct TranslationInput {
    /// A language code of Clickline other than the call's own.
    #[schema(example = "id")]
    pub language: String,
    pub title: String,
    /// Markdown.
    pub demands: String,
}

/// A translation of `strike`: a language Clickline has other than the
/// call's, with both parts within the original's lengths.
pub fn parse_translation(
    raw: &RawFields,
    strike: &Strike,
) -> Result<(Lang, StrikeText), FieldErrors> {
    let mut errors = raw.unknown_field_errors(TRANSLATION_FIELDS);
    let language = Lang::exact(raw.get("language").trim());
    match language {
        None => errors.add(
            "language",
            Msg::new("invalid-strike-language").arg("value", raw.get("language")),
        ),
        Some(lang) if lang.code() == strike.language => {
            errors.add("language", Msg::new("invalid-strike-translation-same"))
        }
        Some(_) => {}
    }
    let text = StrikeText {
        title: raw.get("title").trim().to_owned(),
        demands: raw.get("demands").trim().to_owned(),
    };
    check_text(
        &mut errors,
        ("title", &text.title),
        ("demands", &text.demands),
    );
    errors.clone().into_result()?;
    language.map(|lang| (lang, text)).ok_or(errors)
}

/// A change of a strike call's status.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct StatusInput {
    pub status: StrikeStatus,
}

pub const STATUS_FIELDS: &[&str] = &["status"];

fn parse_date(raw: &str, field: &str, errors: &mut FieldErrors) -> Option<Day> {
    errors.check(field, Day::parse(raw))
}

/// Parses a strike call. Countries outside the organizer's own are refused
/// with 403 (admins may call anywhere).
pub fn parse_strike(
    raw: &RawFields,
    organizer: &Organizer,
    platforms: &Catalogue,
) -> Result<Strike> {
    let translated: Vec<String> = raw
        .names()
        .filter(|name| name.starts_with("translations."))
        .map(str::to_owned)
        .collect();
    let known: Vec<&str> = STRIKE_FIELDS
        .iter()
        .copied()
        .chain(translated.iter().map(String::as_str))
        .collect();
    let mut errors = raw.unknown_field_errors(&known);
    let (language, translations) = parse_languages(raw, &mut errors);
    let title = raw.get("title").trim().to_owned();
    let demands = raw.get("demands").trim().to_owned();
    check_text(&mut errors, ("title", &title), ("demands", &demands));
    let platform = errors.check(
        "platform",
        PlatformSlug::parse(raw.get("platform")).and_then(|slug| {
            platforms
                .get(slug.as_str())
                .map(|_| slug.clone())
                .ok_or_else(|| {
                    Msg::new("invalid-platform-unknown-named").arg("value", slug.as_str())
                })
        }),
    );
    let mut requester_ids = Vec::new();
    for id in raw.items("requester_ids") {
        if let Some(id) = errors.check("requester_ids", RequesterId::parse(id)) {
            if !requester_ids.contains(&id) {
                requester_ids.push(id);
            }
        }
    }
    if requester_ids.len() > MAX_STRIKE_REQUESTERS {
        errors.add("requester_ids", Msg::new("invalid-strike-requesters"));
    }
    let mut called_in: Vec<Country> = Vec::new();
    for code in raw.items("called_in") {
        if let Some(country) = errors.check("called_in", Country::parse(code)) {
            if !called_in.contains(&country) {
                called_in.push(country);
            }
        }
    }
    if called_in.is_empty() && !errors.contains("called_in") {
        errors.add("called_in", Msg::new("invalid-strike-countries"));
    }
    let starts_on = parse_date(raw.get("starts_on"), "starts_on", &mut errors);
    if starts_on.is_some_and(|start| start < Day::today().plus_days(-30)) {
        errors.add("starts_on", Msg::new("invalid-strike-start"));
    }
    let ends_on = raw
        .optional("ends_on")
        .and_then(|end| parse_date(end, "ends_on", &mut errors));
    if let (Some(start), Some(end)) = (starts_on, ends_on) {
        if end < start {
            errors.add("ends_on", Msg::new("invalid-strike-end"));
        }
    }
    errors.clone().into_result()?;
    if let Some(outside) = called_in.iter().find(|c| !organizer.can_act_in(c)) {
        return Err(Error::Forbidden(
            Msg::new("forbidden-strike-countries")
                .arg(
                    "yours",
                    organizer
                        .countries
                        .iter()
                        .map(Country::code)
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .arg("outside", outside.code()),
        ));
    }
    let (Some(platform), Some(starts_on)) = (platform, starts_on) else {
        return Err(Error::Invalid(errors));
    };
    Ok(Strike {
        id: StrikeId::generate(),
        title,
        demands,
        platform,
        requester_ids,
        called_in,
        starts_on,
        ends_on,
        status: StrikeStatus::Announced,
        history: vec![StatusChange {
            status: StrikeStatus::Announced,
            day: Day::today(),
        }],
        solidarity_in: Vec::new(),
        pressure_in: Vec::new(),
        created_by: organizer.id.clone(),
        language,
        translations,
        company: None,
        cards_show: None,
    })
}

pub const PLEDGE_FIELDS: &[&str] = &["country"];

/// An anonymous pledge: only the country the worker works from.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct PledgeInput {
    #[schema(example = "ID", min_length = 2, max_length = 2)]
    pub country: String,
}

/// Parses a pledge: a known country, for a strike still open `today`.
pub fn parse_pledge(raw: &RawFields, strike: &Strike, today: Day) -> Result<Country, FieldErrors> {
    let mut errors = raw.unknown_field_errors(PLEDGE_FIELDS);
    let country = errors.check("country", Country::parse(raw.get("country")));
    if !strike.is_open(today) {
        errors.add("strike", Msg::new("strike-closed"));
    }
    errors.clone().into_result()?;
    country.ok_or(errors)
}

pub const SUPPORT_FIELDS: &[&str] = &["country"];

/// "I support this strike" from someone who is not a worker: only the
/// country they are in.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct SupportInput {
    #[schema(example = "DE", min_length = 2, max_length = 2)]
    pub country: String,
}

/// Parses a supporter: a known country, for a strike still open `today`.
pub fn parse_support(raw: &RawFields, strike: &Strike, today: Day) -> Result<Country, FieldErrors> {
    let mut errors = raw.unknown_field_errors(SUPPORT_FIELDS);
    let country = errors.check("country", Country::parse(raw.get("country")));
    if !strike.is_open(today) {
        errors.add("strike", Msg::new("strike-closed-support"));
    }
    errors.clone().into_result()?;
    country.ok_or(errors)
}

pub const UNDERCUT_FIELDS: &[&str] = &["country", "platform", "note"];

pub const MAX_UNDERCUT_NOTE: usize = 1000;

/// Where a struck job was seen done or re-routed.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct UndercutInput {
    #[schema(example = "ID", min_length = 2, max_length = 2)]
    pub country: String,
    /// The platform the work went to; the strike's own when left out.
    pub platform: Option<String>,
    /// Personal data in it is removed before it is stored.
    #[schema(max_length = 1000)]
    pub note: Option<String>,
}

/// Parses an undercut report: where the struck work was seen done or re-routed.
pub fn parse_undercut(raw: &RawFields, strike: &Strike) -> Result<Undercut, FieldErrors> {
    let mut errors = raw.unknown_field_errors(UNDERCUT_FIELDS);
    let country = errors.check("country", Country::parse(raw.get("country")));
    let platform = match raw.optional("platform") {
        Some(slug) => errors.check("platform", PlatformSlug::parse(slug)),
        None => Some(strike.platform.clone()),
    };
    let note = raw.free_text("note", MAX_UNDERCUT_NOTE, &mut Vec::new(), &mut errors);
    errors.clone().into_result()?;
    Ok(Undercut {
        id: UndercutId::generate(),
        strike_id: strike.id.clone(),
        country: country.ok_or(errors.clone())?,
        platform: platform.ok_or(errors)?,
        note,
        day: Day::today(),
    })
}
