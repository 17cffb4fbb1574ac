//! The bare durable insert rate the load benchmark sets submissions against.

use std::time::{Duration, Instant};

use futures::TryStreamExt;
use mongodb::bson::{doc, Document};
use mongodb::options::{Acknowledgment, CollectionOptions, WriteConcern};
use mongodb::{Collection, IndexModel};

use super::{Options, Run};
use clickline::db::Db;
use clickline::domain::ReportId;
use clickline::reports::service::new_submission_key;
use clickline::reports::store::COLLECTION as REPORTS;

/// Where the bare inserts go, in the benchmark's database.
const SCRATCH: &str = "bench_bare_inserts";

fn durable() -> WriteConcern {
    WriteConcern::builder()
        .w(Acknowledgment::Majority)
        .journal(true)
        .build()
}

/// An empty collection with the indexes of `reports`, written durably.
pub async fn scratch_like_reports(db: &Db) -> Collection<Document> {
    let models: Vec<IndexModel> = db
        .raw()
        .collection::<Document>(REPORTS)
        .list_indexes()
        .await
        .expect("list indexes")
        .try_collect()
        .await
        .expect("indexes");
    let scratch = db.raw().collection_with_options::<Document>(
        SCRATCH,
        CollectionOptions::builder()
            .write_concern(durable())
            .build(),
    );
    let _ = scratch.drop().await;
    for model in models.into_iter().filter(|m| m.keys != doc! { "_id": 1 }) {
        scratch.create_index(model).await.expect("scratch index");
    }
    scratch
}

/// Bare durable inserts: as many tasks as connections, each inserting
/// copies of `template` (fresh `_id` and submission hash) one at a time
/// until the deadline, answers in flight then awaited, as `oha -w` does.
pub async fn bare_inserts(
    scratch: Collection<Document>,
    template: Document,
    options: &Options,
) -> Run {
    let started = Instant::now();
    let deadline = started + Duration::from_secs(options.seconds);
    let tasks: Vec<_> = (0..options.connections)
        .map(|_| {
            let (scratch, template) = (scratch.clone(), template.clone());
            tokio::spawn(async move {
                let mut times = Vec::new();
                while Instant::now() < deadline {
                    let mut report = template.clone();
                    report.insert("_id", ReportId::generate().as_str());
                    report.insert("submission_hash", new_submission_key());
                    let sent = Instant::now();
                    scratch.insert_one(report).await.expect("bare insert");
                    times.push(sent.elapsed().as_secs_f64() * 1000.0);
                }
                times
            })
        })
        .collect();
    let mut times = Vec::new();
    for task in tasks {
        times.extend(task.await.expect("insert task"));
    }
    let seconds = started.elapsed().as_secs_f64();
    times.sort_by(f64::total_cmp);
    let at = |percent: usize| {
        times
            .get((times.len() * percent / 100).min(times.len().saturating_sub(1)))
            .copied()
            .unwrap_or(f64::NAN)
    };
    let mut statuses = serde_json::Map::new();
    statuses.insert("inserted".into(), times.len().into());
    Run {
        rps: times.len() as f64 / seconds,
        p50: at(50),
        p99: at(99),
        bytes: None,
        statuses,
        errors: Default::default(),
    }
}
