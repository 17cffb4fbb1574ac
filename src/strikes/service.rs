//! Strike calls, solidarity alerts, pledges and undercut reports: "if someone
//! strikes in the Philippines, someone in Indonesia picks up the work", so a
//! strike alerts every country where its target's work is done.

use crate::companies::model::Company;
use crate::companies::store::CompanyStore;
use crate::db::Db;
use crate::domain::{
    Choice, Country, Day, FieldErrors, PlatformSlug, PledgeId, ReceiptCode, RequesterId, StrikeId,
    StrikeStatus, SupporterId,
};
use crate::error::{Error, Result};
use crate::http::fields::RawFields;
use crate::i18n::Msg;
use crate::organizers::model::Organizer;
use crate::reports::model::Report;
use crate::reports::service::new_submission_key;
use crate::scorecards::store::ScorecardStore;
use crate::scorecards::{ActiveStrike, Target, TranslatedTitle};
use crate::strikes::{
    model::{Pledge, Strike, Supporter},
    store::StrikeStore,
};
use crate::App;

/// The scorecards that show a call in their banners: its platform's and
/// each struck requester's, or, for a whole platform, every requester's on
/// it (a company's card follows its accounts', `scorecards::run_queue`).
async fn cards_showing(db: &Db, strike: &Strike) -> Result<Vec<String>> {
    let mut keys = vec![Target::Platform(strike.platform.clone()).key()];
    if strike.requester_ids.is_empty() {
        keys.extend(
            db.requester_scorecard_keys(strike.platform.as_str())
                .await?,
        );
    } else {
        keys.extend(
            strike
                .requester_ids
                .iter()
                .map(|id| Target::Requester(strike.platform.clone(), id.clone()).key()),
        );
    }
    Ok(keys)
}

/// Queues again the cards of every open call whose status the date moved
/// on since they were queued (an announced call that starts today, an
/// active one past its end), so no banner announces a strike that began or
/// shows one that ended. How many calls' cards were queued.
pub async fn queue_cards_of_dated_changes(db: &Db, today: Day) -> Result<usize> {
    let mut queued = 0;
    for strike in db.open_strikes().await? {
        let status = strike.status_on(today);
        if strike.cards_show == Some(status) {
            continue;
        }
        // Queued before the mark: a crash between queues them once more.
        db.enqueue_scorecards(&cards_showing(db, &strike).await?)
            .await?;
        db.set_cards_show(&strike.id, status).await?;
        queued += 1;
    }
    Ok(queued)
}

/// Runs [`queue_cards_of_dated_changes`] every minute until Rocket shuts
/// down: a day's change shows within a minute of midnight (UTC).
pub fn spawn_date_watch(db: Db, shutdown: rocket::Shutdown) {
    tokio::spawn(async move {
        let work = async {
            loop {
                if let Err(error) = queue_cards_of_dated_changes(&db, Day::today()).await {
                    tracing::warn!("strike dates: {error}; retrying");
                }
                tokio::time::sleep(std::time::Duration::from_secs(60)).await;
            }
        };
        tokio::select! {
            _ = work => {}
            _ = shutdown => {}
        }
    });
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
    strike.company = company_behind(db, &strike.platform, &strike.requester_ids).await?;
    strike.cards_show = Some(strike.status_on(Day::today()));
    db.insert_strike(&strike).await?;
    db.enqueue_scorecards(&cards_showing(db, &strike).await?)
        .await?;
    Ok(strike)
}

/// The name of the one company every struck requester belongs to; none for
/// a whole platform, an account of no known company, or accounts of several.
async fn company_behind(
    db: &Db,
    platform: &PlatformSlug,
    requesters: &[RequesterId],
) -> Result<Option<String>> {
    let mut names = Vec::new();
    for id in requesters {
        match db.company_of_account(platform, id).await? {
            Some(company) => names.push(company.name),
            None => return Ok(None),
        }
    }
    names.dedup();
    Ok(match names.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    })
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
    may_change(strike, organizer)?;
    let status = StrikeStatus::parse(raw_status)
        .map_err(|m| Error::Invalid(FieldErrors::single("status", m)))?;
    db.set_strike_status(&strike.id, status, Day::today())
        .await?;
    db.enqueue_scorecards(&cards_showing(db, strike).await?)
        .await
}

/// Only organizers of a country where the strike is called change it.
fn may_change(strike: &Strike, organizer: &Organizer) -> Result<()> {
    if strike.called_in.iter().any(|c| organizer.can_act_in(c)) {
        Ok(())
    } else {
        Err(Error::Forbidden(Msg::new("forbidden-strike-change")))
    }
}

/// Adds (or corrects) the call in one more language, after it was made:
/// the scorecards whose banners show its title are recomputed.
pub async fn translate(
    db: &Db,
    strike: &Strike,
    organizer: &Organizer,
    raw: &RawFields,
) -> Result<()> {
    may_change(strike, organizer)?;
    let (language, text) = crate::strikes::parse::parse_translation(raw, strike)?;
    db.set_translation(&strike.id, language.code(), &text)
        .await?;
    db.enqueue_scorecards(&cards_showing(db, strike).await?)
        .await
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

/// The strike call a path names, or 404.
pub async fn find_strike(db: &Db, id: &StrikeId) -> Result<Strike> {
    let not_found = || Error::not_found("No strike call has this id.");
    db.find_strike(id).await?.ok_or_else(not_found)
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
            language: s.language.clone(),
            translations: s
                .translations
                .iter()
                .map(|(code, text)| {
                    let title = text.title.clone();
                    (code.clone(), TranslatedTitle { title })
                })
                .collect(),
        })
        .collect()
}
