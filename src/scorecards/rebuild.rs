//! `clickline scorecards rebuild`: every scorecard from one pass over the
//! reports in the order they are stored, written in bulk into a new set
//! that then takes the live set's place in one step.
//!
//! Reading in stored order is what a bare scan does, and it is the fastest
//! read on both databases: an index-ordered read (all of a requester's
//! reports together) made SecantusDB fetch and sort each platform's reports
//! and took five times a bare scan. Whole reports are read: a projection
//! costs SecantusDB more per report than the fields it leaves out (a scan
//! with one took 1.7 times as long). The price is memory: every requester's
//! samples are held until the pass ends, about 200 bytes per visible rating
//! (200 MB at a million) in the rebuild command's process; the web server
//! does not run it.
//!
//! Writing a new set saves deleting every stored card first (on SecantusDB
//! a delete costs about as much as the insert), and readers see the old set
//! or the new one, never a mix. Targets changed while the rebuild ran are
//! queued again once the new set is in (`meanwhile`).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use mongodb::bson::{doc, RawDocumentBuf};
use mongodb::options::Hint;
use tokio::task::JoinHandle;

use super::compute::{company_card, held_by_target, requester_names, Accumulator, Facts};
use super::meanwhile::QueuedMeanwhile;
use super::Target;
use super::{model::ScorecardDoc, store::ScorecardStore};
use crate::companies::model::{Company, CompanyRef};
use crate::companies::store::CompanyStore;
use crate::db::Db;
use crate::domain::{Day, PlatformSlug};
use crate::error::{Error, Result};
use crate::platforms::model::Requester;
use crate::platforms::store::stored_catalogue;
use crate::platforms::store::REQUESTERS;
use crate::reports::store::{is_visible, COLLECTION as REPORTS};
use crate::strikes::service::open_strikes_against;
use crate::strikes::{model::Strike, store::StrikeStore};

/// Scorecards are written a thousand at a time.
const WRITE_BATCH: usize = 1000;

/// One platform's visible reports, by requester, and those naming none.
#[derive(Default)]
struct PlatformTally {
    requesters: HashMap<String, Accumulator>,
    unnamed: Accumulator,
}

/// A requester's names, by platform and requester id.
type NamesByPlatform = HashMap<String, HashMap<String, (String, Vec<String>)>>;

/// What a rebuild wrote and where its time went, for the operator and the
/// benchmark: whatever is neither reading nor writing is computing cards.
#[derive(Debug, Clone, Copy)]
pub struct Rebuilt {
    pub scorecards: u64,
    /// Every report read, visible or not.
    pub reports: u64,
    /// The pass over the reports, tallying included.
    pub reading: Duration,
    /// Writing the cards (partly while later ones are computed).
    pub writing: Duration,
    pub total: Duration,
    /// Targets queued again because they changed while the rebuild ran;
    /// `None` where the queue could not be followed, so none could be.
    pub queued_again: Option<usize>,
}

/// Rebuilds every scorecard: the companies', then each catalogue platform's
/// and its requesters' (requesters without a visible report get an empty
/// one). Calls `progress(done, total)` as it reads.
pub async fn rebuild_all(
    db: &Db,
    min_group_size: u32,
    mut progress: impl FnMut(u64, u64),
) -> Result<Rebuilt> {
    let started = Instant::now();
    // Before the first read: every change from then on is queued again.
    let meanwhile = QueuedMeanwhile::follow(db).await;
    db.start_new_scorecards().await?;
    let swapped = async {
        let written = write_new_set(db, min_group_size, &mut progress).await?;
        db.swap_in_new_scorecards().await?;
        Ok::<_, Error>(written)
    };
    let mut rebuilt = match swapped.await {
        Ok(rebuilt) => rebuilt,
        Err(error) => {
            // The live set is untouched; the new one is dropped.
            let _ = db.drop_new_scorecards().await;
            return Err(error);
        }
    };
    if let Some(meanwhile) = meanwhile {
        rebuilt.queued_again = Some(meanwhile.queue_again(db).await?.len());
    }
    rebuilt.total = started.elapsed();
    Ok(rebuilt)
}

/// Reads every report and writes every card into the new set; what it
/// wrote and in how long (nothing queued again yet).
async fn write_new_set(
    db: &Db,
    min_group_size: u32,
    progress: &mut impl FnMut(u64, u64),
) -> Result<Rebuilt> {
    let started = Instant::now();
    let (mut tallies, reports) = read_every_report(db, progress).await?;
    let reading = started.elapsed();
    let mut names = names_by_platform(db).await?;
    let companies = db.list_companies().await?;
    let owners = Owners::of(&companies);
    let mut writer = BulkWriter::default();
    // Companies first: they read their accounts' tallies, which the
    // platforms then take.
    for company in &companies {
        let none = Accumulator::default();
        let accounts = company.accounts.iter().map(|account| {
            tallies
                .get(account.platform.as_str())
                .and_then(|tally| tally.requesters.get(account.requester_id.as_str()))
                .unwrap_or(&none)
        });
        let card = company_card(db, company, accounts, min_group_size).await?;
        let key = Target::Company(company.slug.clone()).key();
        writer.push(db, ScorecardDoc::new(key, card)).await?;
    }
    let today = Day::today();
    for platform in stored_catalogue(db).await?.all() {
        let slug = platform.slug.as_str();
        let context = CardContext {
            platform: &platform.slug,
            platform_name: &platform.name,
            strikes: &db.strikes_against(&platform.slug).await?,
            held: &held_by_target(db, slug).await?,
            owners: &owners,
            today,
            min_group_size,
        };
        let tally = tallies.remove(slug).unwrap_or_default();
        let mut names = names.remove(slug).unwrap_or_default();
        for card in context.cards(tally, &mut names) {
            writer.push(db, card).await?;
        }
    }
    // Requesters of platforms no longer in the catalogue keep an empty card.
    for (platform, requesters) in names {
        for (id, names) in requesters {
            let key = format!("requester:{platform}:{id}");
            let card =
                Accumulator::default().finish(&platform, Some(id), names, today, min_group_size);
            writer.push(db, ScorecardDoc::new(key, card)).await?;
        }
    }
    let (scorecards, writing) = writer.finish(db).await?;
    Ok(Rebuilt {
        scorecards,
        reports,
        reading,
        writing,
        total: started.elapsed(),
        queued_again: None,
    })
}

/// Every requester's names, by platform.
async fn names_by_platform(db: &Db) -> Result<NamesByPlatform> {
    let mut names = NamesByPlatform::new();
    let mut cursor = db.collection::<Requester>(REQUESTERS).find(doc! {}).await?;
    while let Some(requester) = cursor.try_next().await? {
        names
            .entry(requester.platform.to_string())
            .or_default()
            .insert(
                requester.requester_id.to_string(),
                requester_names(&requester),
            );
    }
    Ok(names)
}

/// The company behind each account and each platform, from one read of
/// the companies (the first by slug that claims one; an account belongs to
/// one company at most, and the seed catalogue names one operator per
/// platform), instead of a lookup per card.
#[derive(Default)]
struct Owners {
    accounts: HashMap<(String, String), CompanyRef>,
    operators: HashMap<String, CompanyRef>,
}

impl Owners {
    fn of(companies: &[Company]) -> Owners {
        let mut owners = Owners::default();
        for company in companies {
            for account in &company.accounts {
                let account = (
                    account.platform.to_string(),
                    account.requester_id.to_string(),
                );
                owners
                    .accounts
                    .entry(account)
                    .or_insert_with(|| company.reference());
            }
            for platform in &company.operates {
                owners
                    .operators
                    .entry(platform.to_string())
                    .or_insert_with(|| company.reference());
            }
        }
        owners
    }

    fn behind(&self, target: &Target) -> Option<CompanyRef> {
        match target {
            Target::Requester(platform, id) => self
                .accounts
                .get(&(platform.to_string(), id.to_string()))
                .cloned(),
            Target::Platform(platform) => self.operators.get(platform.as_str()).cloned(),
            Target::Company(_) => None,
        }
    }
}

/// Reports handed from the reading task to the tallying one at a time.
const HANDOFF: usize = 1000;
/// Groups of reports read ahead of the tallying.
const READ_AHEAD: usize = 4;

/// Every visible report, in stored order, tallied by platform and requester,
/// and how many reports were read.
///
/// The cursor runs in a task of its own and hands reports over in groups:
/// the driver asks for the next batch only when the last one is used up,
/// so tallying in the same task would leave the database idle while the
/// reports are parsed (about a sixth of a bare scan's time on SecantusDB).
/// This way the database reads the next batch meanwhile.
async fn read_every_report(
    db: &Db,
    progress: &mut impl FnMut(u64, u64),
) -> Result<(HashMap<String, PlatformTally>, u64)> {
    let reports = db.raw().collection::<RawDocumentBuf>(REPORTS);
    // For the progress bar only: counting the visible reports exactly would
    // cost a whole extra scan.
    let total = reports.estimated_document_count().await?;
    // Every report, unfiltered (tombstones too): the pass skips what is
    // not visible itself.
    let cursor = reports
        .find(doc! {})
        .hint(Hint::Keys(doc! { "$natural": 1 }))
        .batch_size(5000)
        .await?;
    let (sender, mut groups) = tokio::sync::mpsc::channel(READ_AHEAD);
    let reading = tokio::spawn(read_in_groups(cursor, sender));
    let mut tallies: HashMap<String, PlatformTally> = HashMap::new();
    let mut done = 0u64;
    while let Some(group) = groups.recv().await {
        for report in &group {
            tally(&mut tallies, report)?;
        }
        let before = done;
        done += group.len() as u64;
        if before / 10_000 != done / 10_000 {
            progress(done, total);
        }
    }
    reading
        .await
        .map_err(|e| Error::Internal(format!("the report reader stopped: {e}")))??;
    progress(done, done.max(total));
    Ok((tallies, done))
}

/// Sends the cursor's reports in groups of [`HANDOFF`] until it ends or
/// the tallying stops listening (it failed).
async fn read_in_groups(
    cursor: mongodb::Cursor<RawDocumentBuf>,
    sender: tokio::sync::mpsc::Sender<Vec<RawDocumentBuf>>,
) -> Result<()> {
    // A group is sent when full or when the cursor ends, not while the
    // next batch is on its way.
    let mut groups = cursor.try_chunks(HANDOFF);
    while let Some(group) = groups.try_next().await.map_err(|e| e.1)? {
        if sender.send(group).await.is_err() {
            break;
        }
    }
    Ok(())
}

/// Adds one report to its requester's (or its platform's unnamed) tally,
/// if it is visible.
fn tally(tallies: &mut HashMap<String, PlatformTally>, report: &RawDocumentBuf) -> Result<()> {
    let published = report.get_bool("published").ok();
    if !is_visible(published, report.get_bool("hidden").ok()) {
        return Ok(());
    }
    let facts: Facts = mongodb::bson::from_slice(report.as_bytes())
        .map_err(|e| Error::Internal(format!("a report does not parse: {e}")))?;
    let tally = slot(tallies, &facts.platform);
    let acc = match &facts.requester_id {
        Some(id) => slot(&mut tally.requesters, id),
        None => &mut tally.unnamed,
    };
    acc.add(facts);
    Ok(())
}

/// The entry under `key`, made empty if missing. Unlike `entry`, it copies
/// the key only the first time, not once per report.
fn slot<'a, V: Default>(map: &'a mut HashMap<String, V>, key: &str) -> &'a mut V {
    if !map.contains_key(key) {
        map.insert(key.to_owned(), V::default());
    }
    map.get_mut(key).expect("inserted above")
}

/// What every scorecard of one platform is completed with.
struct CardContext<'a> {
    platform: &'a PlatformSlug,
    platform_name: &'a str,
    strikes: &'a [Strike],
    held: &'a HashMap<String, u64>,
    owners: &'a Owners,
    today: Day,
    min_group_size: u32,
}

impl CardContext<'_> {
    /// The platform's card and each of its requesters' (in requester
    /// order, so the platform's floating-point sums come out the same in
    /// every rebuild), then empty cards for its requesters nobody reported.
    fn cards(
        &self,
        tally: PlatformTally,
        names: &mut HashMap<String, (String, Vec<String>)>,
    ) -> Vec<ScorecardDoc> {
        let mut requesters: Vec<(String, Accumulator)> = tally.requesters.into_iter().collect();
        requesters.sort_by(|a, b| a.0.cmp(&b.0));
        let parts = requesters
            .iter()
            .map(|(_, acc)| acc)
            .chain([&tally.unnamed]);
        let platform = Accumulator::finish_together(
            parts,
            self.platform.as_str(),
            (self.platform_name.to_owned(), Vec::new()),
            self.today,
            self.min_group_size,
        );
        let mut cards = Vec::with_capacity(requesters.len() + names.len() + 1);
        cards.push(self.complete(Target::Platform(self.platform.clone()), platform));
        for (id, acc) in requesters {
            let requester_names = names
                .remove(&id)
                .unwrap_or_else(|| (id.clone(), Vec::new()));
            cards.push(self.requester(id, acc, requester_names));
        }
        for (id, requester_names) in names.drain() {
            cards.push(self.requester(id, Accumulator::default(), requester_names));
        }
        cards
    }

    fn requester(
        &self,
        id: String,
        acc: Accumulator,
        names: (String, Vec<String>),
    ) -> ScorecardDoc {
        let key = format!("requester:{}:{id}", self.platform);
        let mut card = acc.finish(
            self.platform.as_str(),
            Some(id),
            names,
            self.today,
            self.min_group_size,
        );
        match Target::from_key(&key) {
            Some(target) => self.complete(target, card),
            None => {
                // An id stored under older rules: no strike can name it.
                card.held_for_review = self.held.get(&key).copied().unwrap_or(0);
                ScorecardDoc::new(key, card)
            }
        }
    }

    /// Adds the target's open strikes, held reports and company.
    fn complete(&self, target: Target, mut card: super::Scorecard) -> ScorecardDoc {
        let key = target.key();
        card.active_strikes = open_strikes_against(self.strikes, &target, self.today);
        card.held_for_review = self.held.get(&key).copied().unwrap_or(0);
        card.company = self.owners.behind(&target);
        ScorecardDoc::new(key, card)
    }
}

/// Scorecards waiting to be written in one bulk write, and the write
/// under way: the database writes one batch while the next is computed.
#[derive(Default)]
struct BulkWriter {
    pending: Vec<ScorecardDoc>,
    in_flight: Option<JoinHandle<Result<Duration>>>,
    written: u64,
    writing: Duration,
}

impl BulkWriter {
    async fn push(&mut self, db: &Db, card: ScorecardDoc) -> Result<()> {
        self.pending.push(card);
        if self.pending.len() >= WRITE_BATCH {
            self.flush(db).await?;
        }
        Ok(())
    }

    /// Waits for the write under way, then starts writing what is pending.
    async fn flush(&mut self, db: &Db) -> Result<()> {
        self.wait().await?;
        let cards = std::mem::take(&mut self.pending);
        self.written += cards.len() as u64;
        let db = db.clone();
        self.in_flight = Some(tokio::spawn(async move {
            let started = Instant::now();
            db.add_new_scorecards(&cards).await?;
            Ok(started.elapsed())
        }));
        Ok(())
    }

    async fn wait(&mut self) -> Result<()> {
        if let Some(write) = self.in_flight.take() {
            self.writing += write
                .await
                .map_err(|e| Error::Internal(format!("a scorecard write stopped: {e}")))??;
        }
        Ok(())
    }

    /// How many cards were written, and in how long.
    async fn finish(mut self, db: &Db) -> Result<(u64, Duration)> {
        if !self.pending.is_empty() {
            self.flush(db).await?;
        }
        self.wait().await?;
        Ok((self.written, self.writing))
    }
}

impl Drop for BulkWriter {
    /// A rebuild that failed stops its last write, so that nothing is
    /// written into the new set after it is dropped.
    fn drop(&mut self) {
        if let Some(write) = self.in_flight.take() {
            write.abort();
        }
    }
}
