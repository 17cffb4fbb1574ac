//! Daily publication. A report filed on day D is published when day
//! D + `publish_after_days` begins (UTC): only then does it count in
//! scorecards, lists, CSV, feeds, channel figures and alerts, so no page
//! can tell when in the day it arrived. Each run screens the due ratings
//! and corrections together (`screening`), publishes the rest of the new
//! reports in one write, applies the rest of the corrections, and queues
//! what changed. A held correction leaves its report as it was published
//! until a moderator decides. Every instance runs it every few seconds; a run
//! only moves reports forward, so concurrent runs agree.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use futures::TryStreamExt;
use mongodb::bson::doc;

use crate::db::Db;
use crate::domain::{Day, ReportId, ReportKind};
use crate::error::Result;
use crate::reports::screening::{platform_ratings_to_hold, ratings_to_hold, BASELINE_DAYS};
use crate::reports::service::record_requester;
use crate::reports::{
    model::Report,
    store::{on_or_after, visible_in, COLLECTION},
};
use crate::scorecards::store::ScorecardStore;
use crate::scorecards::Target;

/// What one run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Batch {
    pub published: usize,
    pub held: usize,
    pub corrected: usize,
}

pub trait PublicationStore {
    /// Reports not yet published, not held or hidden, due by `today`.
    async fn due_reports(&self, today: Day) -> Result<Vec<Report>>;
    /// Published reports whose correction is due by `today` and not held.
    async fn due_corrections(&self, today: Day) -> Result<Vec<Report>>;
    /// Published ratings of a requester filed on the days in `[from, until)`.
    async fn published_ratings_between(
        &self,
        target: &Target,
        from: Day,
        until: Day,
    ) -> Result<u64>;
    async fn mark_published(&self, ids: &[&ReportId]) -> Result<()>;
    async fn mark_held(&self, ids: &[&ReportId]) -> Result<()>;
    /// Holds the pending corrections of these published reports.
    async fn hold_corrections(&self, ids: &[&ReportId]) -> Result<()>;
}

/// Reports matching `filter` whose `publishes_on` is `today` or earlier.
async fn due_by(db: &Db, mut filter: mongodb::bson::Document, today: Day) -> Result<Vec<Report>> {
    // The lower bound selects nothing away (every day is after it) but
    // starts SecantusDB's index walk past the reports without a
    // `publishes_on`, which an upper bound alone walks through.
    filter.insert(
        "publishes_on",
        doc! { "$gte": "0000-01-01", "$lte": today.to_string() },
    );
    Ok(db
        .collection::<Report>(COLLECTION)
        .find(filter)
        .await?
        .try_collect()
        .await?)
}

impl PublicationStore for Db {
    async fn due_reports(&self, today: Day) -> Result<Vec<Report>> {
        // Held and hidden ones are left out here rather than in the filter,
        // which then matches the `{published, publishes_on}` index exactly
        // (SecantusDB plans a range only after equalities that are the
        // index's leading fields).
        let due = due_by(self, doc! { "published": false }, today).await?;
        Ok(due
            .into_iter()
            .filter(|report| !report.held && !report.hidden)
            .collect())
    }

    async fn due_corrections(&self, today: Day) -> Result<Vec<Report>> {
        // A published report has a `publishes_on` only while a correction
        // waits, so the filter needs no `correction` clause; with one,
        // SecantusDB (one range field per index plan) read every published
        // report on each run of the publication worker.
        let due = due_by(self, doc! { "published": true }, today).await?;
        Ok(due
            .into_iter()
            .filter(|report| report.correction.is_some() && !report.held)
            .collect())
    }

    async fn published_ratings_between(
        &self,
        target: &Target,
        from: Day,
        until: Day,
    ) -> Result<u64> {
        let mut scope = mongodb::bson::Document::new();
        if let Some(platform) = target.platform() {
            scope.insert("platform", platform.as_str());
        }
        if let Target::Requester(_, id) = target {
            scope.insert("requester_id", id.as_str());
        }
        scope.insert("kind", "rating");
        let mut days = on_or_after(from);
        days.insert("$lt", until.to_string());
        scope.insert("day", days);
        Ok(self
            .collection::<Report>(COLLECTION)
            .count_documents(visible_in(scope))
            .await?)
    }

    async fn mark_published(&self, ids: &[&ReportId]) -> Result<()> {
        let ids: Vec<&str> = ids.iter().map(|id| id.as_str()).collect();
        self.collection::<Report>(COLLECTION)
            .update_many(
                doc! { "_id": { "$in": ids }, "published": false },
                doc! {
                    "$set": { "published": true, "held": false },
                    "$unset": { "publishes_on": "", "suspect": "" },
                },
            )
            .await?;
        Ok(())
    }

    async fn mark_held(&self, ids: &[&ReportId]) -> Result<()> {
        let ids: Vec<&str> = ids.iter().map(|id| id.as_str()).collect();
        self.collection::<Report>(COLLECTION)
            .update_many(
                doc! { "_id": { "$in": ids }, "published": false },
                doc! { "$set": { "held": true }, "$unset": { "suspect": "" } },
            )
            .await?;
        Ok(())
    }

    async fn hold_corrections(&self, ids: &[&ReportId]) -> Result<()> {
        let ids: Vec<&str> = ids.iter().map(|id| id.as_str()).collect();
        self.collection::<Report>(COLLECTION)
            .update_many(
                doc! { "_id": { "$in": ids }, "published": true },
                doc! { "$set": { "held": true }, "$unset": { "suspect": "" } },
            )
            .await?;
        Ok(())
    }
}

/// The settings a run follows.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    pub hold_bursts: bool,
    pub min_group_size: u32,
}

impl Rules {
    pub fn of(settings: &crate::config::Settings) -> Rules {
        Rules {
            hold_bursts: settings.hold_bursts,
            min_group_size: settings.min_group_size,
        }
    }
}

/// Publishes what is due by `today`, holding suspicious bursts when the
/// rules say so.
pub async fn publish_due(db: &Db, today: Day, rules: Rules) -> Result<Batch> {
    let due = db.due_reports(today).await?;
    let corrections = db.due_corrections(today).await?;
    // Screened as they will read once applied, with the reports they join.
    let corrected: Vec<Report> = corrections.iter().map(Report::as_it_will_be).collect();
    let candidates: Vec<&Report> = due.iter().chain(&corrected).collect();
    let held: HashSet<&ReportId> = if rules.hold_bursts {
        screen(db, &candidates, today).await?
    } else {
        HashSet::new()
    };
    let (held_new, publish): (Vec<&Report>, Vec<&Report>) =
        due.iter().partition(|report| held.contains(&report.id));
    let (held_corrections, apply): (Vec<&Report>, Vec<&Report>) = corrections
        .iter()
        .partition(|report| held.contains(&report.id));
    let mut targets = Vec::new();
    for report in held_new.iter().chain(&publish).chain(&held_corrections) {
        targets.extend(Target::affected(
            &report.platform,
            report.requester_id.as_ref(),
        ));
    }
    targets.sort();
    targets.dedup();
    // Queued before the writes and again after, so a crash in between still
    // leaves the scorecards queued.
    db.enqueue_scorecards(&targets).await?;
    if !held_new.is_empty() {
        db.mark_held(&ids_of(&held_new)).await?;
    }
    if !held_corrections.is_empty() {
        db.hold_corrections(&ids_of(&held_corrections)).await?;
    }
    if !publish.is_empty() {
        db.mark_published(&ids_of(&publish)).await?;
        for report in &publish {
            record_requester(db, report).await?;
        }
    }
    let corrected = apply_corrections(db, &apply, &mut targets).await?;
    db.enqueue_scorecards(&targets).await?;
    if !publish.is_empty() || corrected > 0 {
        crate::strikes::service::refresh_solidarity_after(db, &publish, rules.min_group_size)
            .await?;
    }
    Ok(Batch {
        published: publish.len(),
        held: held_new.len() + held_corrections.len(),
        corrected,
    })
}

fn ids_of<'a>(reports: &[&'a Report]) -> Vec<&'a ReportId> {
    reports.iter().map(|report| &report.id).collect()
}

/// The ids of the due ratings to hold: each requester's batch against its
/// usual count, then each platform's whole batch against the platform's.
async fn screen<'a>(db: &Db, due: &[&'a Report], today: Day) -> Result<HashSet<&'a ReportId>> {
    let from = today.plus_days(-BASELINE_DAYS);
    let usual = |target: Target| async move {
        let published = db.published_ratings_between(&target, from, today).await?;
        Ok::<f64, crate::error::Error>(published as f64 / BASELINE_DAYS as f64)
    };
    let mut held: HashSet<&ReportId> = HashSet::new();
    let (by_requester, by_platform) = ratings_by_target(due);
    for (target, batch) in by_requester.into_values() {
        let usual = usual(target).await?;
        held.extend(ratings_to_hold(&batch, usual).into_iter().map(|r| &r.id));
    }
    for (target, batch) in by_platform.into_values() {
        let usual = usual(target).await?;
        let more = platform_ratings_to_hold(&batch, &held, usual);
        held.extend(more.into_iter().map(|r| &r.id));
    }
    Ok(held)
}

type Batches<'a> = BTreeMap<String, (Target, Vec<&'a Report>)>;

/// The due ratings of each requester, and of each platform.
fn ratings_by_target<'a>(due: &[&'a Report]) -> (Batches<'a>, Batches<'a>) {
    let (mut requesters, mut platforms) = (Batches::new(), Batches::new());
    let add = |batches: &mut Batches<'a>, target: Target, report: &'a Report| {
        batches
            .entry(target.key())
            .or_insert_with(|| (target, Vec::new()))
            .1
            .push(report);
    };
    for report in due.iter().copied().filter(|r| r.kind == ReportKind::Rating) {
        let Some(requester) = &report.requester_id else {
            continue;
        };
        let platform = report.platform.clone();
        add(
            &mut requesters,
            Target::Requester(platform.clone(), requester.clone()),
            report,
        );
        add(&mut platforms, Target::Platform(platform), report);
    }
    (requesters, platforms)
}

async fn apply_corrections(db: &Db, due: &[&Report], targets: &mut Vec<String>) -> Result<usize> {
    use crate::reports::store::ReportStore;
    for report in due {
        let mut corrected = report.as_it_will_be();
        corrected.publishes_on = None;
        corrected.suspect = false;
        // The scorecards it left and the ones it joins, queued before the
        // write (and, through `targets`, again after it).
        let mut affected = Target::affected(&report.platform, report.requester_id.as_ref());
        affected.extend(Target::affected(
            &corrected.platform,
            corrected.requester_id.as_ref(),
        ));
        db.enqueue_scorecards(&affected).await?;
        db.replace_report(&corrected).await?;
        record_requester(db, &corrected).await?;
        targets.extend(affected);
    }
    Ok(due.len())
}

/// Runs the publication step every `every` until Rocket shuts down.
pub fn spawn_publisher(db: Db, rules: Rules, every: Duration, shutdown: rocket::Shutdown) {
    tokio::spawn(async move {
        let work = async {
            loop {
                if let Err(error) = publish_due(&db, Day::today(), rules).await {
                    tracing::warn!("publication: {error}; retrying");
                }
                tokio::time::sleep(every).await;
            }
        };
        tokio::select! {
            _ = work => {}
            _ = shutdown => {}
        }
    });
}
