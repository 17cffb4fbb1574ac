//! Strike calls, solidarity alerts, pledges and undercut reports: "if someone
//! strikes in the Philippines, someone in Indonesia picks up the work", so a
//! strike alerts every country where its target's work is done.

use crate::companies::model::Company;
use crate::companies::store::CompanyStore;
use crate::db::Db;
use crate::domain::{
    Choice, Country, Day, FieldErrors, PlatformSlug, PledgeId, ReceiptCode, RequesterId, StrikeId,
    StrikeStatus, SupporterId, UndercutId,
};
use crate::error::{Error, Result};
use crate::http::fields::RawFields;
use crate::i18n::Msg;
use crate::organizers::model::Organizer;
use crate::platforms::catalogue::Catalogue;
use crate::reports::model::Report;
use crate::reports::service::new_submission_key;
use crate::scorecards::store::ScorecardStore;
use crate::scorecards::{ActiveStrike, Target};
use crate::strikes::{
    model::{Pledge, StatusChange, Strike, Supporter, Undercut},
    store::StrikeStore,
};
use crate::App;

pub const STRIKE_FIELDS: &[&str] = &[
    "title",
    "demands",
    "platform",
    "requester_ids",
    "called_in",
    "starts_on",
    "ends_on",
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

/// A list given as "A, B" in a form or as ["A", "B"] (flattened to "A,B") in JSON.
fn list(raw: &str) -> impl Iterator<Item = &str> {
    raw.split([',', ' ', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Parses a strike call. Countries outside the organizer's own are refused
/// with 403 (admins may call anywhere).
pub fn parse_strike(
    raw: &RawFields,
    organizer: &Organizer,
    platforms: &Catalogue,
) -> Result<Strike> {
    let mut errors = raw.unknown_field_errors(STRIKE_FIELDS);
    let title = raw.get("title").trim().to_owned();
    if !TITLE_LENGTH.contains(&title.chars().count()) {
        errors.add("title", Msg::new("invalid-strike-title"));
    }
    let demands = raw.get("demands").trim().to_owned();
    if !DEMANDS_LENGTH.contains(&demands.chars().count()) {
        errors.add("demands", Msg::new("invalid-strike-demands"));
    }
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
    for id in list(raw.get("requester_ids")) {
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
    for code in list(raw.get("called_in")) {
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
    })
}

fn scorecards_of(strike: &Strike) -> Vec<String> {
    let mut keys = vec![Target::Platform(strike.platform.clone()).key()];
    keys.extend(
        strike
            .requester_ids
            .iter()
            .map(|id| Target::Requester(strike.platform.clone(), id.clone()).key()),
    );
    keys
}

/// Stores the call and alerts every other country where its target's work
/// is done (`countries_working_for`), and, for pressure, the home countries
/// of the struck client (`pressure_countries`) where it is not called.
pub async fn call_strike(db: &Db, mut strike: Strike, min_group_size: u32) -> Result<Strike> {
    strike.solidarity_in = db
        .countries_working_for(&strike.platform, &strike.requester_ids, min_group_size)
        .await?
        .into_iter()
        .filter(|country| !strike.called_in.contains(country))
        .collect();
    strike.pressure_in = pressure_countries(db, &strike.platform, &strike.requester_ids)
        .await?
        .into_iter()
        .filter(|country| !strike.called_in.contains(country))
        .collect();
    db.insert_strike(&strike).await?;
    db.enqueue_scorecards(&scorecards_of(&strike)).await?;
    Ok(strike)
}

/// After a batch is published: open strikes against the platforms it
/// concerns alert the countries that now qualify, by the same rule as at
/// the call. A country once alerted stays alerted.
pub async fn refresh_solidarity_after(
    db: &Db,
    published: &[&Report],
    min_group_size: u32,
) -> Result<()> {
    let platforms = published.iter().map(|r| &r.platform).collect();
    for strike in open_strikes_on(db, platforms).await? {
        let countries = db
            .countries_working_for(&strike.platform, &strike.requester_ids, min_group_size)
            .await?;
        for country in countries {
            if !strike.called_in.contains(&country) && !strike.solidarity_in.contains(&country) {
                db.add_solidarity(&strike.id, &country).await?;
            }
        }
    }
    Ok(())
}

/// Where a strike against `platform` (or some of its requesters) puts
/// pressure: the home countries of the struck requesters' companies, or,
/// for a whole platform, of its operator.
pub async fn pressure_countries(
    db: &Db,
    platform: &PlatformSlug,
    requesters: &[RequesterId],
) -> Result<Vec<Country>> {
    let mut countries = Vec::new();
    if requesters.is_empty() {
        countries.extend(db.operator_of(platform).await?.and_then(|c| c.based_in));
    }
    for id in requesters {
        countries.extend(
            db.company_of_account(platform, id)
                .await?
                .and_then(|c| c.based_in),
        );
    }
    countries.sort();
    countries.dedup();
    Ok(countries)
}

/// Open strikes against the company's accounts or platforms alert its home
/// country once it is known. A country once alerted stays alerted.
pub async fn refresh_pressure(db: &Db, company: &Company) -> Result<()> {
    let platforms = company
        .accounts
        .iter()
        .map(|a| &a.platform)
        .chain(&company.operates)
        .collect();
    for strike in open_strikes_on(db, platforms).await? {
        let countries = pressure_countries(db, &strike.platform, &strike.requester_ids).await?;
        for country in countries {
            if !strike.called_in.contains(&country) && !strike.pressure_in.contains(&country) {
                db.add_pressure(&strike.id, &country).await?;
            }
        }
    }
    Ok(())
}

/// The strikes open today against any of `platforms` (named once or more).
pub async fn open_strikes_on(db: &Db, mut platforms: Vec<&PlatformSlug>) -> Result<Vec<Strike>> {
    platforms.sort();
    platforms.dedup();
    let today = Day::today();
    let mut open = Vec::new();
    for platform in platforms {
        let strikes = db.strikes_against(platform).await?;
        open.extend(strikes.into_iter().filter(|strike| strike.is_open(today)));
    }
    Ok(open)
}

/// Organizers of a called country (or admins) move a strike along.
pub async fn change_status(
    db: &Db,
    strike: &Strike,
    organizer: &Organizer,
    raw_status: &str,
) -> Result<()> {
    if !strike.called_in.iter().any(|c| organizer.can_act_in(c)) {
        return Err(Error::Forbidden(Msg::new("forbidden-strike-change")));
    }
    let status = StrikeStatus::parse(raw_status)
        .map_err(|m| Error::Invalid(FieldErrors::single("status", m)))?;
    db.set_strike_status(&strike.id, status, Day::today())
        .await?;
    db.enqueue_scorecards(&scorecards_of(strike)).await
}

/// A pledge filed on `day` (counted with that day's batch) and the
/// receipt that withdraws it.
pub async fn pledge(
    db: &Db,
    secret: &[u8],
    strike: &Strike,
    country: Country,
    day: Day,
) -> Result<(Pledge, ReceiptCode)> {
    let receipt = ReceiptCode::derive(secret, &new_submission_key());
    let pledge = Pledge {
        id: PledgeId::generate(),
        strike_id: strike.id.clone(),
        country,
        receipt_hash: receipt.hash(),
        day,
    };
    db.insert_pledge(&pledge).await?;
    Ok((pledge, receipt))
}

/// What a receipt withdraws from a strike.
pub enum Promise<'a> {
    Pledge(&'a Pledge),
    Support(&'a Supporter),
}

/// Withdraws a pledge or a support: deleted, then this instance's views
/// of its strike, of the channels the strike reaches and its kept pages
/// forget it (other instances' through the change signal). The one way the
/// API and the receipt page withdraw.
pub async fn withdraw(app: &App, promise: Promise<'_>) -> Result<()> {
    let strike_id = match promise {
        Promise::Pledge(pledge) => {
            app.db.delete_pledge(&pledge.id).await?;
            &pledge.strike_id
        }
        Promise::Support(supporter) => {
            app.db.delete_supporter(&supporter.id).await?;
            &supporter.strike_id
        }
    };
    if let Some(strike) = app.db.find_strike(strike_id).await? {
        crate::strikes::views::forget(app, &strike);
    }
    app.pages.forget_all();
    Ok(())
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

/// An anonymous supporter filed on `day` and the receipt that withdraws
/// the support.
pub async fn support(
    db: &Db,
    secret: &[u8],
    strike: &Strike,
    country: Country,
    day: Day,
) -> Result<(Supporter, ReceiptCode)> {
    let receipt = ReceiptCode::derive(secret, &new_submission_key());
    let supporter = Supporter {
        id: SupporterId::generate(),
        strike_id: strike.id.clone(),
        country,
        receipt_hash: receipt.hash(),
        day,
    };
    db.insert_supporter(&supporter).await?;
    Ok((supporter, receipt))
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

/// The strike call a path names, or 404.
pub async fn find_strike(db: &Db, id: &str) -> Result<Strike> {
    let not_found = || Error::not_found("No strike call has this id.");
    let id = StrikeId::parse(id).map_err(|_| not_found())?;
    db.find_strike(&id).await?.ok_or_else(not_found)
}

/// Open strikes against a scorecard's target, for its banner. A company's
/// are those against any of its accounts.
pub async fn active_strikes_for(db: &Db, target: &Target) -> Result<Vec<ActiveStrike>> {
    let slug = match (target, target.platform()) {
        (Target::Company(slug), _) => slug,
        (_, Some(platform)) => {
            let strikes = db.strikes_against(platform).await?;
            return Ok(open_strikes_against(&strikes, target, Day::today()));
        }
        (_, None) => return Ok(Vec::new()),
    };
    let accounts = crate::companies::store::CompanyStore::find_company(db, slug)
        .await?
        .map(|company| company.accounts)
        .unwrap_or_default();
    let mut found: Vec<ActiveStrike> = Vec::new();
    for account in accounts {
        let target = Target::Requester(account.platform.clone(), account.requester_id.clone());
        let strikes = db.strikes_against(&account.platform).await?;
        for strike in open_strikes_against(&strikes, &target, Day::today()) {
            if !found.iter().any(|s| s.id == strike.id) {
                found.push(strike);
            }
        }
    }
    Ok(found)
}

/// Of the strikes against a platform, those open on `today` that concern `target`.
pub fn open_strikes_against(strikes: &[Strike], target: &Target, today: Day) -> Vec<ActiveStrike> {
    let (platform, requester) = match target {
        Target::Requester(platform, id) => (Some(platform), Some(id)),
        Target::Platform(platform) => (Some(platform), None),
        Target::Company(_) => (None, None),
    };
    strikes
        .iter()
        .filter(|s| s.is_open(today))
        .filter(|s| platform.is_some_and(|p| requester.is_none() || s.targets(p, requester)))
        .map(|s| ActiveStrike {
            id: s.id.to_string(),
            title: s.title.clone(),
            status: s.status_on(today).wire().to_owned(),
            starts_on: s.starts_on,
        })
        .collect()
}
