//! Computing scorecards from reports, one target at a time (the background
//! worker); `rebuild` does all of them in one pass with the same accumulator.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;
use futures::TryStreamExt;
use mongodb::bson::{doc, Document, RawDocumentBuf};
use serde::Deserialize;

use super::cache::{CachedScorecard, ScorecardCache};
use super::figures::{window_start, Figures, Sample};
use super::newest::{DayCollector, NewestDays};
use super::stars::Stars;
use super::{trend, GrievanceCounts, Scorecard, Target};
use crate::companies::model::Company;
use crate::db::Db;
use crate::domain::{
    Choice, Communication, Day, GrievanceCategory, GrievanceStatus, Paid, Rejected, ReportKind,
};
use crate::error::Result;
use crate::platforms::model::Requester;
use crate::platforms::store::RequesterStore;
use crate::reports::parse::WorkBehind;
use crate::reports::store::{held_in, visible_in, COLLECTION as REPORTS};
use crate::scorecards::{model::ScorecardDoc, store::ScorecardStore};

/// The few fields of a report that scorecards need.
#[derive(Debug, Deserialize)]
pub(super) struct Facts {
    pub(super) platform: String,
    kind: ReportKind,
    #[serde(default)]
    vouched: bool,
    pub(super) requester_id: Option<String>,
    country: String,
    day: String,
    rating: Option<RatingFacts>,
    grievance: Option<GrievanceFacts>,
}

/// A rating's figures and what the work behind it was.
#[derive(Debug, Deserialize)]
#[serde(try_from = "RawDocumentBuf")]
struct RatingFacts {
    figures: RatingFigures,
    behind: WorkBehind,
}

#[derive(Debug, Deserialize)]
struct RatingFigures {
    hourly_pay_usd: f64,
    hourly_pay_eur: f64,
    #[serde(default)]
    minutes: u32,
    paid: Paid,
    rejected: Rejected,
    days_to_payment: Option<u32>,
    communication: Communication,
    recommend: bool,
    tos_violation: bool,
    broken: bool,
}

impl TryFrom<RawDocumentBuf> for RatingFacts {
    type Error = mongodb::bson::de::Error;

    /// Two quick reads of the same bytes, each skipping what it does not
    /// need: with `#[serde(flatten)]`, serde would first copy every field
    /// of the rating into a buffer of its own (a string for each name and
    /// value), for every rating a rebuild reads.
    fn try_from(rating: RawDocumentBuf) -> std::result::Result<Self, Self::Error> {
        Ok(RatingFacts {
            figures: mongodb::bson::from_slice(rating.as_bytes())?,
            behind: mongodb::bson::from_slice(rating.as_bytes())?,
        })
    }
}

#[derive(Debug, Deserialize)]
struct GrievanceFacts {
    category: GrievanceCategory,
    status: GrievanceStatus,
}

pub(super) fn facts_projection() -> Document {
    doc! {
        "platform": 1, "kind": 1, "requester_id": 1, "country": 1, "day": 1, "vouched": 1,
        "rating.hourly_pay_usd": 1, "rating.hourly_pay_eur": 1, "rating.paid": 1,
        "rating.rejected": 1, "rating.days_to_payment": 1, "rating.communication": 1,
        "rating.recommend": 1, "rating.tos_violation": 1, "rating.broken": 1,
        "rating.minutes": 1, "rating.unpaid_minutes": 1, "rating.outcome": 1,
        "rating.payment_form": 1, "rating.purpose": 1, "rating.harmful_content": 1,
        "rating.end_client_disclosed": 1, "rating.evaluation_explained": 1,
        "grievance.category": 1, "grievance.status": 1,
    }
}

/// Everything one scorecard is computed from.
#[derive(Default)]
pub(super) struct Accumulator {
    samples: Vec<Sample>,
    grievances: GrievanceCounts,
    /// Every visible report's day, whatever its kind: the report list shows them all.
    days: DayCollector,
}

impl Accumulator {
    pub(super) fn add(&mut self, facts: Facts) {
        let Ok(day) = NaiveDate::parse_from_str(&facts.day, "%Y-%m-%d") else {
            return;
        };
        self.days.push(day);
        match (facts.kind, facts.rating, facts.grievance) {
            (ReportKind::Rating, Some(RatingFacts { figures: r, behind }), _) => {
                self.samples.push(Sample {
                    country: facts.country,
                    day,
                    vouched: facts.vouched,
                    hourly_usd: r.hourly_pay_usd,
                    hourly_eur: r.hourly_pay_eur,
                    minutes: r.minutes,
                    paid: r.paid,
                    rejected: r.rejected,
                    days_to_payment: r.days_to_payment,
                    communication: r.communication,
                    recommend: r.recommend,
                    tos_violation: r.tos_violation,
                    broken: r.broken,
                    behind,
                })
            }
            (ReportKind::Grievance, _, Some(g)) => {
                self.grievances.total += 1;
                *self
                    .grievances
                    .by_category
                    .entry(g.category.wire().into())
                    .or_default() += 1;
                *self
                    .grievances
                    .by_status
                    .entry(g.status.wire().into())
                    .or_default() += 1;
            }
            _ => {}
        }
    }

    pub(super) fn finish(
        self,
        platform: &str,
        requester_id: Option<String>,
        names: (String, Vec<String>),
        today: Day,
        min_group_size: u32,
    ) -> Scorecard {
        let parts = [&self];
        let mut card = scorecard_of(&parts, platform, requester_id, names, today, min_group_size);
        card.newest = self.days.finish();
        card
    }

    /// The card of a platform or company from its parts' accumulators (each
    /// requester's, and that of reports naming no requester), without
    /// copying their samples.
    pub(super) fn finish_together<'a>(
        parts: impl Iterator<Item = &'a Accumulator>,
        platform: &str,
        names: (String, Vec<String>),
        today: Day,
        min_group_size: u32,
    ) -> Scorecard {
        let parts: Vec<&Accumulator> = parts.collect();
        let mut card = scorecard_of(&parts, platform, None, names, today, min_group_size);
        card.newest = DayCollector::merged(parts.into_iter().map(|part| &part.days));
        card
    }
}

/// Countries that may not be broken out of a card made of `parts`, for
/// each window: those where some part has 1 to k-1 ratings in one of the
/// window's periods (the last 90 days; before them). Each part is a card of
/// its own (a requester) or is inside one, so each country a card shows is
/// then a sum of such cells, each none or at least k: no difference of two
/// nested cards (a platform or company and one of its requesters, a card's
/// two windows) is a group below k. The periods' cells are counted once.
struct Withheld<'a> {
    all: HashSet<&'a str>,
    last_90_days: HashSet<&'a str>,
}

impl<'a> Withheld<'a> {
    fn of(parts: &[&'a Accumulator], start: NaiveDate, min_group_size: u32) -> Withheld<'a> {
        let small = |n: &u32| (1..min_group_size).contains(n);
        let mut withheld = Withheld {
            all: HashSet::new(),
            last_90_days: HashSet::new(),
        };
        for part in parts {
            let mut cells: HashMap<(&str, bool), u32> = HashMap::new();
            for sample in &part.samples {
                *cells
                    .entry((sample.country.as_str(), sample.day >= start))
                    .or_default() += 1;
            }
            for ((country, recent), n) in cells {
                if small(&n) {
                    withheld.all.insert(country);
                    if recent {
                        withheld.last_90_days.insert(country);
                    }
                }
            }
        }
        withheld
    }
}

fn scorecard_of(
    parts: &[&Accumulator],
    platform: &str,
    requester_id: Option<String>,
    (name, aliases): (String, Vec<String>),
    today: Day,
    min_group_size: u32,
) -> Scorecard {
    let start = window_start(today.date());
    let all: Vec<&Sample> = parts.iter().flat_map(|part| &part.samples).collect();
    let mut grievances = GrievanceCounts::default();
    for part in parts {
        grievances.add(&part.grievances);
    }
    let withheld = Withheld::of(parts, start, min_group_size);
    let recent: Vec<&Sample> = all.iter().copied().filter(|s| s.day >= start).collect();
    let all_figures = Figures::compute_withholding(&all, min_group_size, &withheld.all);
    Scorecard {
        platform: platform.to_owned(),
        requester_id,
        name,
        aliases,
        stars: Stars::from_figures(&all_figures, min_group_size),
        trend: trend::compute(&all, today.date(), min_group_size),
        last_90_days: Figures::compute_withholding(&recent, min_group_size, &withheld.last_90_days),
        all: all_figures,
        grievances,
        active_strikes: Vec::new(),
        held_for_review: 0,
        updated: today.to_string(),
        company: None,
        accounts: None,
        data_requests: None,
        newest: NewestDays::default(),
    }
}

pub(super) fn requester_names(requester: &Requester) -> (String, Vec<String>) {
    (requester.name().to_owned(), requester.aliases().to_vec())
}

/// Reports of a platform held by the pre-publication screening.
fn held_filter(platform: &str) -> Document {
    held_in(doc! { "platform": platform })
}

async fn held_for_review(db: &Db, target: &Target) -> Result<u64> {
    let Some(platform) = target.platform() else {
        return Ok(0);
    };
    let mut filter = held_filter(platform.as_str());
    if let Target::Requester(_, id) = target {
        filter.insert("requester_id", id.as_str());
    }
    Ok(db
        .collection::<Document>(REPORTS)
        .count_documents(filter)
        .await?)
}

/// Held reports of every target on a platform, by scorecard key.
pub(super) async fn held_by_target(db: &Db, platform: &str) -> Result<HashMap<String, u64>> {
    let mut held = HashMap::new();
    let mut cursor = db
        .collection::<Document>(REPORTS)
        .find(held_filter(platform))
        .projection(doc! { "requester_id": 1 })
        .await?;
    while let Some(report) = cursor.try_next().await? {
        *held.entry(format!("platform:{platform}")).or_default() += 1;
        if let Ok(id) = report.get_str("requester_id") {
            *held
                .entry(format!("requester:{platform}:{id}"))
                .or_default() += 1;
        }
    }
    Ok(held)
}

/// Recomputes and stores one target's scorecard from its visible reports.
/// `None` when the target does not exist (an unknown platform, a requester
/// nobody reported).
pub async fn recompute(db: &Db, target: &Target, min_group_size: u32) -> Result<Option<Scorecard>> {
    let card = compute(db, target, min_group_size).await?;
    if let Some(card) = &card {
        db.save_scorecard(&ScorecardDoc::new(target.key(), card.clone()))
            .await?;
    }
    Ok(card)
}

/// One target's scorecard from its visible reports, not stored; `None`
/// when the target does not exist.
async fn compute(db: &Db, target: &Target, min_group_size: u32) -> Result<Option<Scorecard>> {
    let Some(platform) = target.platform() else {
        return compute_company(db, target, min_group_size).await;
    };
    let mut filter = doc! { "platform": platform.as_str() };
    let (requester_id, names) = match target {
        Target::Requester(platform, id) => {
            let Some(requester) = db.find_requester(platform, id).await? else {
                return Ok(None);
            };
            filter.insert("requester_id", id.as_str());
            (Some(id.to_string()), requester_names(&requester))
        }
        Target::Platform(platform) => {
            let stored = crate::platforms::store::stored_platform(db, platform.as_str());
            let Some(stored) = stored.await? else {
                return Ok(None);
            };
            (None, (stored.name, Vec::new()))
        }
        Target::Company(_) => return Ok(None),
    };
    let mut cursor = db
        .collection::<Facts>(REPORTS)
        .find(visible_in(filter))
        .projection(facts_projection())
        .await?;
    // One accumulator per requester (and one for reports naming none): a
    // platform's card withholds countries by its parts (`Withheld`).
    let mut parts: HashMap<Option<String>, Accumulator> = HashMap::new();
    while let Some(facts) = cursor.try_next().await? {
        parts
            .entry(facts.requester_id.clone())
            .or_default()
            .add(facts);
    }
    let mut card = match requester_id {
        Some(_) => parts.into_values().next().unwrap_or_default().finish(
            platform.as_str(),
            requester_id,
            names,
            Day::today(),
            min_group_size,
        ),
        None => {
            let mut parts: Vec<(Option<String>, Accumulator)> = parts.into_iter().collect();
            // In the rebuild's order, so sums add up in the same order.
            parts.sort_by(|a, b| (a.0.is_none(), &a.0).cmp(&(b.0.is_none(), &b.0)));
            let parts = parts.iter().map(|(_, acc)| acc);
            Accumulator::finish_together(
                parts,
                platform.as_str(),
                names,
                Day::today(),
                min_group_size,
            )
        }
    };
    card.active_strikes = crate::strikes::service::active_strikes_for(db, target).await?;
    card.held_for_review = held_for_review(db, target).await?;
    card.company = crate::companies::cards::company_behind(db, target).await?;
    Ok(Some(card))
}

/// A company's scorecard: the same figures over the visible reports of
/// every account linked to it, on every platform. `None` for no company.
async fn compute_company(
    db: &Db,
    target: &Target,
    min_group_size: u32,
) -> Result<Option<Scorecard>> {
    use crate::companies::cards as companies;
    let Some(company) = companies::company_of_target(db, target).await? else {
        return Ok(None);
    };
    // One accumulator per account: the company's card withholds countries
    // by its accounts (`Withheld`).
    let mut accounts = Vec::new();
    for scope in companies::account_scopes(&company) {
        let mut accumulator = Accumulator::default();
        let mut cursor = db
            .collection::<Facts>(REPORTS)
            .find(visible_in(scope))
            .projection(facts_projection())
            .await?;
        while let Some(facts) = cursor.try_next().await? {
            accumulator.add(facts);
        }
        accounts.push(accumulator);
    }
    let card = company_card(db, &company, accounts.iter(), min_group_size).await?;
    Ok(Some(card))
}

/// A company's scorecard from its accounts' accumulators (in account
/// order, so sums repeat), with its strikes, held reports and accounts.
pub(super) async fn company_card<'a>(
    db: &Db,
    company: &Company,
    accounts: impl Iterator<Item = &'a Accumulator>,
    min_group_size: u32,
) -> Result<Scorecard> {
    use crate::companies::cards as companies;
    let names = (company.name.clone(), Vec::new());
    let mut card = Accumulator::finish_together(accounts, "", names, Day::today(), min_group_size);
    let target = Target::Company(company.slug.clone());
    card.active_strikes = crate::strikes::service::active_strikes_for(db, &target).await?;
    card.held_for_review = companies::held_for_review(db, company).await?;
    card.company = Some(company.reference());
    card.accounts = Some(companies::accounts_of(db, company).await?);
    Ok(card)
}

/// Recomputes the queued scorecards; returns how many it did.
pub async fn run_queue(db: &Db, cache: &ScorecardCache, min_group_size: u32) -> Result<usize> {
    let queued = db.queued_scorecards(200).await?;
    for entry in &queued {
        // Not a target (a rebuild's mark): only taken off the queue.
        let Some(target) = Target::from_key(&entry.key) else {
            db.dequeue_scorecard(entry).await?;
            continue;
        };
        let card = compute(db, &target, min_group_size).await?;
        // A company's figures include its accounts': they follow.
        let company = card.as_ref().and_then(|card| card.company.as_ref());
        if let (Target::Requester(..), Some(company)) = (&target, company) {
            db.enqueue_scorecards(&[format!("company:{}", company.company)])
                .await?;
        }
        let doc = card.map(|card| ScorecardDoc::new(entry.key.clone(), card));
        // Not saved where a card computed for a later entry is stored.
        db.save_queued_scorecard(entry, doc).await?;
        cache.evict(&entry.key);
    }
    Ok(queued.len())
}

/// Drains the queue in the background until Rocket shuts down.
pub fn spawn_worker(
    db: Db,
    cache: Arc<ScorecardCache>,
    min_group_size: u32,
    shutdown: rocket::Shutdown,
) {
    tokio::spawn(async move {
        let work = async {
            loop {
                let pause = match run_queue(&db, &cache, min_group_size).await {
                    Ok(0) => Duration::from_millis(100),
                    Ok(_) => Duration::ZERO,
                    Err(error) => {
                        tracing::warn!("scorecard worker: {error}; retrying");
                        Duration::from_secs(1)
                    }
                };
                tokio::time::sleep(pause).await;
            }
        };
        tokio::select! {
            _ = work => {}
            _ = shutdown => {}
        }
    });
}

/// How long cached entries live with and without a change stream.
pub use crate::http::change_signal::{UNWATCHED_TTL, WATCHED_TTL};

/// Reads a scorecard for serving: from the cache, else the database, else
/// computed now (the first read right after a target's first report).
pub async fn load(
    db: &Db,
    cache: &ScorecardCache,
    target: &Target,
    min_group_size: u32,
) -> Result<Option<Arc<CachedScorecard>>> {
    let key = target.key();
    if let Some(found) = cache.get(&key) {
        return Ok(found);
    }
    let card = match db.find_scorecard(&key).await? {
        Some(card) => Some(card),
        None => {
            let card = compute(db, target, min_group_size).await?;
            if let Some(card) = &card {
                // Only where none is stored yet: the queue worker may
                // have stored one from newer reports meanwhile.
                db.add_missing_scorecard(&ScorecardDoc::new(key.clone(), card.clone()))
                    .await?;
            }
            card
        }
    };
    let cached = card.map(|card| Arc::new(CachedScorecard::new(card)));
    cache.put(&key, cached.clone());
    Ok(cached)
}
