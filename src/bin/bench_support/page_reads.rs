//! The database reads of a requester page on a cache miss, made alone:
//! the requester, beside its stored scorecard and then the first page of
//! its reports from the day the card names, as the page makes them, but
//! without HTTP, caches, views or rendering. Timed beside the page at both
//! sizes, they tell how much of the page's growth is the database's.

use std::time::Instant;

use mongodb::bson::doc;

use clickline::db::Db;
use clickline::domain::{PlatformSlug, RequesterId};
use clickline::platforms::store::RequesterStore;
use clickline::reports::list::{page_of, reports_read_per_page, ReportFilter};
use clickline::scorecards::store::ScorecardStore;
use clickline::scorecards::Target;

/// The reads of one requester's page, in milliseconds.
pub async fn timed_page_reads(db: &Db, platform: &str, requester_id: &str) -> f64 {
    let platform = PlatformSlug::parse(platform).expect("a platform");
    let id = RequesterId::parse(requester_id).expect("a requester id");
    let key = Target::Requester(platform.clone(), id.clone()).key();
    let page_size = clickline::config::defaults::page_size();
    let started = Instant::now();
    let card_and_list = async {
        let card = db.find_scorecard(&key).await.expect("card");
        let wanted = reports_read_per_page(page_size);
        let newest_from = card.and_then(|card| card.newest.window_for(wanted));
        let filter = ReportFilter {
            platform: &platform,
            requester_id: Some(&id),
        };
        page_of(db, &filter, None, page_size, newest_from)
            .await
            .expect("list")
    };
    let (requester, page) = tokio::join!(db.find_requester(&platform, &id), card_and_list);
    assert!(requester.expect("requester").is_some(), "{requester_id}");
    assert!(!page.reports.is_empty(), "{requester_id} has reports");
    started.elapsed().as_secs_f64() * 1000.0
}

/// Asks the database to write its pending changes now (a checkpoint on
/// WiredTiger), so that a latency probe does not share the machine with
/// the flush of the bulk load before it. Best effort: a database that
/// refuses (no privilege) is probed as it is.
pub async fn write_out(db: &Db) {
    let admin = db.raw().client().database("admin");
    if let Err(error) = admin.run_command(doc! { "fsync": 1 }).await {
        eprintln!("  (fsync refused, probing without it: {error})");
    }
}
