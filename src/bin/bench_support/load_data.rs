//! The load benchmark's data: the demo data, plus requesters rated with
//! copies of demo ratings so a bulk lookup of 100 ids finds 100 scorecards.

use futures::TryStreamExt;
use mongodb::bson::doc;

use clickline::config::Settings;
use clickline::db::Db;
use clickline::domain::{PlatformSlug, ReportId, RequesterId};
use clickline::platforms::model::Requester;
use clickline::platforms::store::{RequesterStore, REQUESTERS};
use clickline::reports::service::new_submission_key;
use clickline::reports::{model::Report, store::COLLECTION as REPORTS};
use clickline::strikes::store::StrikeStore;

/// Requesters of the bulk lookup, and ratings copied to each.
pub const BULK: usize = 100;
pub const RATINGS_PER_BULK_REQUESTER: usize = 5;

/// What the routes are about, picked from the seeded database.
pub struct Fixture {
    pub platform: String,
    pub requester: String,
    pub strike: String,
    pub channel: String,
    pub search: String,
    pub bulk_ids: Vec<String>,
}

/// The demo data, 100 more requesters on the struck requester's platform,
/// every scorecard built; returns what the routes read.
pub async fn seed(db: &Db) -> Fixture {
    // Only the group size is read here; the release profile wants an address.
    let figment = rocket::Config::figment().join(("public_url", "http://127.0.0.1"));
    let min_group_size = Settings::from_figment(&figment)
        .expect("settings")
        .min_group_size;
    clickline::demo::seed_if_empty(db, min_group_size)
        .await
        .expect("demo data");
    let strike = db.list_strikes().await.expect("strikes").remove(0);
    let platform = strike.platform.clone();
    let requester = strike.requester_ids[0].clone();
    copy_ratings_to_bulk_requesters(db, &platform).await;
    clickline::scorecards::rebuild_all(db, min_group_size, |_, _| {})
        .await
        .expect("rebuild scorecards");
    let name = db
        .find_requester(&platform, &requester)
        .await
        .expect("requester")
        .map(|r| r.name().to_owned())
        .unwrap_or_else(|| requester.to_string());
    let word = name.split_whitespace().next().unwrap_or("a").to_lowercase();
    let bulk_ids: Vec<String> = db
        .raw()
        .collection::<Requester>(REQUESTERS)
        .find(doc! { "platform": platform.as_str() })
        .limit(BULK as i64)
        .await
        .expect("requesters")
        .map_ok(|r| r.requester_id.to_string())
        .try_collect()
        .await
        .expect("requesters");
    assert_eq!(bulk_ids.len(), BULK, "requesters for the bulk lookup");
    Fixture {
        platform: platform.to_string(),
        requester: requester.to_string(),
        strike: strike.id.to_string(),
        channel: strike.called_in[0].code().to_owned(),
        search: form_urlencoded::byte_serialize(word.as_bytes()).collect(),
        bulk_ids,
    }
}

/// `BULK` requesters `BENCH000`... on `platform`, each rated with copies
/// of published demo ratings of that platform.
async fn copy_ratings_to_bulk_requesters(db: &Db, platform: &PlatformSlug) {
    let reports = db.raw().collection::<Report>(REPORTS);
    let demo: Vec<Report> = reports
        .find(doc! { "platform": platform.as_str(), "kind": "rating", "published": true })
        .limit(RATINGS_PER_BULK_REQUESTER as i64)
        .await
        .expect("demo ratings")
        .try_collect()
        .await
        .expect("demo ratings");
    let mut copies = Vec::new();
    for index in 0..BULK {
        let id = RequesterId::parse(&format!("BENCH{index:03}")).expect("requester id");
        let name = format!("Bench requester {index}");
        db.record_requester(platform, &id, Some(&name))
            .await
            .expect("requester");
        copies.extend(demo.iter().cloned().map(|mut report| {
            report.id = ReportId::generate();
            report.requester_id = Some(id.clone());
            report.requester_name = Some(name.clone());
            report.submission_hash = new_submission_key();
            report
        }));
    }
    reports.insert_many(&copies).await.expect("copied ratings");
}
