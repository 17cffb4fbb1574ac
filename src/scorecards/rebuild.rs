//! `clickline scorecards rebuild`: every scorecard from one pass over the
//! reports in the order they are stored, written in bulk.
//!
//! Reading in stored order is what a bare scan does, and it is the fastest
//! read on both databases: an index-ordered read (all of a requester's
//! reports together) made SecantusDB fetch and sort each platform's reports
//! and took five times a bare scan. The price is memory: every requester's
//! samples are held until the pass ends, about 200 bytes per visible rating
//! (200 MB at a million) in the rebuild command's process; the web server
//! does not run it.

use std::collections::HashMap;

use futures::TryStreamExt;
use mongodb::bson::doc;
use mongodb::options::Hint;

use super::compute::{
    facts_projection, held_by_target, platform_name, requester_names, Accumulator, Facts,
};
use super::store::{ScorecardDoc, ScorecardStore};
use super::Target;
use crate::db::Db;
use crate::domain::Day;
use crate::error::Result;
use crate::platforms::requesters::{Requester, COLLECTION as REQUESTERS};
use crate::reports::service::today;
use crate::reports::store::{visible, COLLECTION as REPORTS};
use crate::strikes::service::open_strikes_against;
use crate::strikes::store::{Strike, StrikeStore};

/// Scorecards are written a thousand at a time.
const WRITE_BATCH: usize = 1000;

/// One platform's visible reports, by requester, and those naming none.
#[derive(Default)]
struct PlatformTally {
    requesters: HashMap<String, Accumulator>,
    unnamed: Accumulator,
}

/// Rebuilds every scorecard of the catalogue's platforms and their
/// requesters (requesters without a visible report get an empty one), then
/// the companies'. Calls `progress(done, total)` as it goes; returns how many
/// scorecards were written.
pub async fn rebuild_all(
    db: &Db,
    min_group_size: u32,
    mut progress: impl FnMut(u64, u64),
) -> Result<u64> {
    let mut tallies = read_every_report(db, &mut progress).await?;
    let mut names: HashMap<String, (String, Vec<String>)> = db
        .collection::<Requester>(REQUESTERS)
        .find(doc! {})
        .await?
        .try_collect::<Vec<Requester>>()
        .await?
        .iter()
        .map(|r| (r.key.clone(), requester_names(r)))
        .collect();
    let today = today();
    let mut writer = BulkWriter::default();
    for platform in db.platforms() {
        let slug = platform.slug.as_str();
        let tally = tallies.remove(slug).unwrap_or_default();
        let strikes = db.strikes_against(&platform.slug).await?;
        let held = held_by_target(db, slug).await?;
        let context = CardContext {
            platform: slug,
            strikes: &strikes,
            held: &held,
            today,
            min_group_size,
        };
        // In requester order, so the platform's sums (floating point) come
        // out the same in every rebuild.
        let mut requesters: Vec<(String, Accumulator)> = tally.requesters.into_iter().collect();
        requesters.sort_by(|a, b| a.0.cmp(&b.0));
        let parts = requesters
            .iter()
            .map(|(_, acc)| acc)
            .chain([&tally.unnamed]);
        let card = Accumulator::finish_together(
            parts,
            slug,
            platform_name(db, slug),
            today,
            min_group_size,
        );
        writer
            .push(
                db,
                context.complete(Target::Platform(platform.slug.clone()), card),
            )
            .await?;
        for (id, acc) in requesters {
            let key = format!("{slug}:{id}");
            let requester_names = names
                .remove(&key)
                .unwrap_or_else(|| (id.clone(), Vec::new()));
            writer
                .push(db, context.requester(id, acc, requester_names))
                .await?;
        }
    }
    // Requesters left in `names` have no visible report: their scorecards are empty.
    for (key, names) in names {
        let (platform, id) = key.split_once(':').expect("requester key");
        let card = Accumulator::default().finish(
            platform,
            Some(id.to_owned()),
            names,
            today,
            min_group_size,
        );
        writer
            .push(db, ScorecardDoc::new(format!("requester:{key}"), card))
            .await?;
    }
    let mut written = writer.finish(db).await?;
    // Companies and the cards that name them, recomputed one by one: few.
    written += crate::companies::cards::recompute_all(db, min_group_size).await?;
    Ok(written)
}

/// Every visible report, in stored order, tallied by platform and requester.
async fn read_every_report(
    db: &Db,
    progress: &mut impl FnMut(u64, u64),
) -> Result<HashMap<String, PlatformTally>> {
    let reports = db.collection::<Facts>(REPORTS);
    // For the progress bar only: counting the visible reports exactly would
    // cost a whole extra scan.
    let total = reports.estimated_document_count().await?;
    let mut cursor = reports
        .find(visible())
        .hint(Hint::Keys(doc! { "$natural": 1 }))
        .projection(facts_projection())
        .batch_size(5000)
        .await?;
    let mut tallies: HashMap<String, PlatformTally> = HashMap::new();
    let mut done = 0u64;
    while let Some(facts) = cursor.try_next().await? {
        let tally = tallies.entry(facts.platform.clone()).or_default();
        let acc = match &facts.requester_id {
            Some(id) => tally.requesters.entry(id.clone()).or_default(),
            None => &mut tally.unnamed,
        };
        acc.add(&facts);
        done += 1;
        if done.is_multiple_of(10_000) {
            progress(done, total);
        }
    }
    progress(done, done.max(total));
    Ok(tallies)
}

/// What every scorecard of one platform is completed with.
struct CardContext<'a> {
    platform: &'a str,
    strikes: &'a [Strike],
    held: &'a HashMap<String, u64>,
    today: Day,
    min_group_size: u32,
}

impl CardContext<'_> {
    fn requester(
        &self,
        id: String,
        acc: Accumulator,
        names: (String, Vec<String>),
    ) -> ScorecardDoc {
        let key = format!("requester:{}:{id}", self.platform);
        let mut card = acc.finish(
            self.platform,
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

    /// Adds the target's open strikes and held reports.
    fn complete(&self, target: Target, mut card: super::Scorecard) -> ScorecardDoc {
        let key = target.key();
        card.active_strikes = open_strikes_against(self.strikes, &target, self.today);
        card.held_for_review = self.held.get(&key).copied().unwrap_or(0);
        ScorecardDoc::new(key, card)
    }
}

/// Scorecards waiting to be written in one bulk write.
#[derive(Default)]
struct BulkWriter {
    pending: Vec<ScorecardDoc>,
    written: u64,
}

impl BulkWriter {
    async fn push(&mut self, db: &Db, card: ScorecardDoc) -> Result<()> {
        self.pending.push(card);
        if self.pending.len() >= WRITE_BATCH {
            self.flush(db).await?;
        }
        Ok(())
    }

    async fn flush(&mut self, db: &Db) -> Result<()> {
        self.written += self.pending.len() as u64;
        db.save_scorecards(&std::mem::take(&mut self.pending)).await
    }

    async fn finish(mut self, db: &Db) -> Result<u64> {
        self.flush(db).await?;
        Ok(self.written)
    }
}
