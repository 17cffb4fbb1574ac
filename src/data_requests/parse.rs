//! What organizers and workers send about data requests, parsed once: a
//! campaign, a "sent", an answer, and the details a letter is made of
//! (which are used for the letter and dropped, never stored).

use std::collections::BTreeMap;

use validator::ValidateEmail;

use crate::data_requests::model::{AnswerOutcome, Campaign, Category, SentRequest};
use crate::data_requests::tables::Tables;
use crate::domain::{Choice, Country, DataRequestId, Day, FieldErrors, PlatformSlug};
use crate::error::{Error, Result};
use crate::http::fields::RawFields;
use crate::i18n::{Lang, Msg};
use crate::organizers::model::Organizer;
use crate::platforms::catalogue::Catalogue;

pub const CAMPAIGN_FIELDS: &[&str] = &[
    "platform",
    "title",
    "categories",
    "countries",
    "explanation",
];
pub const TITLE_LENGTH: std::ops::RangeInclusive<usize> = 5..=200;
pub const EXPLANATION_LENGTH: std::ops::RangeInclusive<usize> = 20..=5000;

/// A campaign as organizers open it. Lists may be JSON arrays or, as forms
/// send them, check boxes or comma-separated text.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct CampaignInput {
    #[schema(example = "clickworker")]
    pub platform: String,
    #[schema(min_length = 5, max_length = 200)]
    pub title: String,
    /// What to ask for besides the copy of all personal data.
    #[schema(min_items = 1)]
    pub categories: Vec<Category>,
    /// ISO 3166 codes of the countries whose workers it is for; each must
    /// have its law in Clickline's table (`/methodology`).
    #[schema(min_items = 1, example = json!(["DE", "PH"]))]
    pub countries: Vec<String>,
    /// Why, for the campaign page (Markdown).
    #[schema(min_length = 20, max_length = 5000)]
    pub explanation: String,
}

/// Parses a campaign. Countries outside the organizer's own are refused
/// with 403 (admins may open one anywhere), as strike calls are.
pub fn parse_campaign(
    raw: &RawFields,
    organizer: &Organizer,
    platforms: &Catalogue,
) -> Result<Campaign> {
    let mut errors = raw.unknown_field_errors(CAMPAIGN_FIELDS);
    let title = raw.get("title").trim().to_owned();
    if !TITLE_LENGTH.contains(&title.chars().count()) {
        errors.add("title", Msg::new("invalid-campaign-title"));
    }
    let explanation = raw.get("explanation").trim().to_owned();
    if !EXPLANATION_LENGTH.contains(&explanation.chars().count()) {
        errors.add("explanation", Msg::new("invalid-campaign-explanation"));
    }
    let platform = errors.check("platform", known_platform(raw.get("platform"), platforms));
    let categories = categories(raw, "categories", &mut errors);
    if categories.is_empty() && !errors.contains("categories") {
        errors.add("categories", Msg::new("invalid-campaign-categories"));
    }
    let countries = countries_with_a_law(raw, &mut errors);
    errors.clone().into_result()?;
    if let Some(outside) = countries.iter().find(|c| !organizer.can_act_in(c)) {
        return Err(Error::Forbidden(
            Msg::new("forbidden-campaign-countries").arg("outside", outside.code()),
        ));
    }
    let platform = platform.ok_or(Error::Invalid(errors))?;
    Ok(Campaign {
        id: DataRequestId::generate(),
        platform,
        title,
        categories,
        countries,
        explanation,
        opened_on: Day::today(),
        opened_by: organizer.id.clone(),
    })
}

fn known_platform(raw: &str, platforms: &Catalogue) -> Result<PlatformSlug, Msg> {
    let slug = PlatformSlug::parse(raw)?;
    match platforms.get(slug.as_str()) {
        Some(_) => Ok(slug),
        None => Err(Msg::new("invalid-platform-unknown-named").arg("value", slug.as_str())),
    }
}

/// The categories of a list field, each once.
fn categories(raw: &RawFields, field: &str, errors: &mut FieldErrors) -> Vec<Category> {
    let mut chosen = Vec::new();
    for item in raw.items(field) {
        if let Some(category) = errors.check(field, Category::parse(item)) {
            if !chosen.contains(&category) {
                chosen.push(category);
            }
        }
    }
    chosen
}

fn countries_with_a_law(raw: &RawFields, errors: &mut FieldErrors) -> Vec<Country> {
    let mut countries: Vec<Country> = Vec::new();
    for code in raw.items("countries") {
        let Some(country) = errors.check("countries", Country::parse(code)) else {
            continue;
        };
        if Tables::shipped().law_of(country.code()).is_none() {
            errors.add(
                "countries",
                Msg::new("invalid-campaign-no-law").arg(
                    "country",
                    crate::i18n::Arg::Country(country.code().to_owned()),
                ),
            );
        } else if !countries.contains(&country) {
            countries.push(country);
        }
    }
    if countries.is_empty() && !errors.contains("countries") {
        errors.add("countries", Msg::new("invalid-campaign-countries"));
    }
    countries
}

pub const SENT_FIELDS: &[&str] = &["country"];

/// "I sent my request": only the country whose law it cites.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct SentInput {
    #[schema(example = "DE", min_length = 2, max_length = 2)]
    pub country: String,
}

/// A country the campaign is for.
pub fn parse_sent(raw: &RawFields, campaign: &Campaign) -> Result<Country, FieldErrors> {
    let mut errors = raw.unknown_field_errors(SENT_FIELDS);
    let country = errors.check("country", campaign_country(raw.get("country"), campaign));
    errors.clone().into_result()?;
    country.ok_or(errors)
}

fn campaign_country(raw: &str, campaign: &Campaign) -> Result<Country, Msg> {
    let country = Country::parse(raw)?;
    if campaign.countries.contains(&country) {
        Ok(country)
    } else {
        let codes: Vec<&str> = campaign.countries.iter().map(Country::code).collect();
        Err(Msg::new("invalid-campaign-country").arg("countries", codes.join(", ")))
    }
}

pub const ANSWER_FIELDS: &[&str] = &["outcome", "answered_on", "missing"];

/// What came back, recorded with the receipt.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct AnswerInput {
    pub outcome: AnswerOutcome,
    /// The day the platform answered; not needed for `no_answer`.
    #[schema(value_type = Option<String>, format = Date)]
    pub answered_on: Option<Day>,
    /// What the answer left out, of the campaign's categories.
    pub missing: Option<Vec<Category>>,
}

/// The parts of an answer before it is stamped with the day it is recorded.
pub struct ParsedAnswer {
    pub outcome: AnswerOutcome,
    pub answered_on: Option<Day>,
    pub missing: Vec<Category>,
}

/// An answer no earlier than the request and no later than `today`;
/// missing categories only of those the campaign asked for.
pub fn parse_answer(
    raw: &RawFields,
    campaign: &Campaign,
    sent: &SentRequest,
    today: Day,
) -> Result<ParsedAnswer, FieldErrors> {
    let mut errors = raw.unknown_field_errors(ANSWER_FIELDS);
    let outcome = errors.check("outcome", AnswerOutcome::parse(raw.get("outcome")));
    let answered_on = match (outcome, raw.optional("answered_on")) {
        (Some(AnswerOutcome::NoAnswer), _) | (None, None) => None,
        (Some(_), None) => {
            errors.add("answered_on", Msg::new("invalid-answer-day-missing"));
            None
        }
        (_, Some(day)) => errors.check("answered_on", Day::parse(day)),
    };
    if answered_on.is_some_and(|day| day < sent.sent_on || day > today) {
        errors.add(
            "answered_on",
            Msg::new("invalid-answer-day")
                .arg("sent", crate::i18n::Arg::Date(sent.sent_on.to_string())),
        );
    }
    let missing = categories(raw, "missing", &mut errors);
    if missing.iter().any(|c| !campaign.categories.contains(c)) {
        errors.add("missing", Msg::new("invalid-answer-missing"));
    }
    errors.clone().into_result()?;
    let outcome = outcome.ok_or(errors)?;
    let answered = outcome.is_answer();
    Ok(ParsedAnswer {
        outcome,
        answered_on: answered_on.filter(|_| answered),
        missing: if answered { missing } else { Vec::new() },
    })
}

pub const LETTER_FIELDS: &[&str] = &["country", "language", "name", "email", "worker_id"];
pub const MAX_IDENTITY_CHARS: usize = 200;

/// What identifies a worker to the platform, for the letter only.
pub struct Identity {
    pub name: String,
    pub email: String,
    pub worker_id: Option<String>,
}

/// The details of a letter: the law of `country`, written in `language`.
pub struct LetterRequest {
    pub country: Country,
    pub language: Lang,
    pub identity: Identity,
}

/// Parses the letter form. The details are kept in memory for the answer
/// and never stored; a refused form comes back with them as typed.
pub fn parse_letter(
    raw: &RawFields,
    campaign: &Campaign,
    page_language: Lang,
) -> Result<LetterRequest, FieldErrors> {
    let mut errors = FieldErrors::new();
    let country = errors.check("country", campaign_country(raw.get("country"), campaign));
    let language = match raw.optional("language") {
        None => Some(page_language),
        Some(code) => errors.check(
            "language",
            Lang::exact(code).ok_or_else(|| Msg::new("invalid-letter-language")),
        ),
    };
    let identity = parse_identity(raw, &mut errors);
    errors.clone().into_result()?;
    match (country, language, identity) {
        (Some(country), Some(language), Some(identity)) => Ok(LetterRequest {
            country,
            language,
            identity,
        }),
        _ => Err(errors),
    }
}

/// Name, account e-mail and (optionally) worker id, each one line.
pub fn parse_identity(raw: &RawFields, errors: &mut FieldErrors) -> Option<Identity> {
    let mut line = |field: &str, required: bool| -> Option<String> {
        let value = raw.get(field).trim();
        if value.is_empty() {
            if required {
                errors.add(field, Msg::new("invalid-letter-required"));
            }
            return None;
        }
        if value.chars().count() > MAX_IDENTITY_CHARS || value.contains(['\n', '\r']) {
            errors.add(
                field,
                Msg::new("invalid-letter-line").arg("max", MAX_IDENTITY_CHARS),
            );
            return None;
        }
        Some(value.to_owned())
    };
    let name = line("name", true);
    let email = line("email", true);
    let worker_id = line("worker_id", false);
    let email = email.filter(|email| {
        let valid = email.validate_email();
        if !valid {
            errors.add("email", Msg::new("invalid-letter-email"));
        }
        valid
    });
    Some(Identity {
        name: name?,
        email: email?,
        worker_id,
    })
}

/// Outcomes by wire name, for select boxes.
pub fn outcome_choices() -> BTreeMap<&'static str, String> {
    AnswerOutcome::ALL
        .iter()
        .map(|o| (o.wire(), o.label()))
        .collect()
}
