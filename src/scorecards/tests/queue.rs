//! The queue worker's save when two instances compute the same target.

use mongodb::bson::Document;

use crate::db::Db;
use crate::domain::Day;
use crate::scorecards::compute::Accumulator;
use crate::scorecards::{
    model::{Queued, ScorecardDoc},
    store::{ScorecardStore, COLLECTION},
};
use crate::testing::{database_uri, unique_database_name};
use crate::Prepare;

const KEY: &str = "requester:mturk:R1";

/// A card told apart from others by its `ratings`.
fn card(ratings: i64) -> ScorecardDoc {
    let card = Accumulator::default().finish(
        "mturk",
        Some("R1".into()),
        ("R1".into(), vec![]),
        Day::today(),
        5,
    );
    ScorecardDoc {
        ratings,
        ..ScorecardDoc::new(KEY.to_owned(), card)
    }
}

/// The queue entry of `KEY` as a worker reads it now (the seeded
/// companies have entries of their own).
async fn read_entry(db: &Db) -> Queued {
    entry_of_key(db).await.expect("an entry for KEY")
}

async fn entry_of_key(db: &Db) -> Option<Queued> {
    let queued = db.queued_scorecards(1000).await.unwrap();
    queued.into_iter().find(|entry| entry.key == KEY)
}

async fn stored_ratings(db: &Db) -> i64 {
    let stored = db
        .collection::<Document>(COLLECTION)
        .find_one(mongodb::bson::doc! { "_id": KEY })
        .await
        .unwrap()
        .expect("a stored card");
    stored.get_i64("ratings").unwrap()
}

/// No worker runs here: the test plays two instances' workers by hand.
#[rocket::async_test]
async fn a_card_for_an_earlier_queue_entry_never_replaces_a_later_one() {
    let db = Db::connect(&database_uri(), &unique_database_name())
        .await
        .unwrap()
        .prepare()
        .await
        .unwrap();
    let key = [KEY.to_owned()];
    db.enqueue_scorecards(&key).await.unwrap();
    let first = read_entry(&db).await;
    // Queued again: another instance reads the newer entry, computes from
    // newer reports and finishes first.
    db.enqueue_scorecards(&key).await.unwrap();
    let second = read_entry(&db).await;
    assert!(db
        .save_queued_scorecard(&second, Some(card(2)))
        .await
        .unwrap());
    assert!(entry_of_key(&db).await.is_none(), "done");
    // The first instance finishes last: its older card is not saved.
    assert!(!db
        .save_queued_scorecard(&first, Some(card(1)))
        .await
        .unwrap());
    assert_eq!(stored_ratings(&db).await, 2);
    assert!(entry_of_key(&db).await.is_none());

    // Queued again after a worker read it: its card is saved, and the
    // entry stays pending for the next pass.
    db.enqueue_scorecards(&key).await.unwrap();
    let read = read_entry(&db).await;
    db.enqueue_scorecards(&key).await.unwrap();
    assert!(db
        .save_queued_scorecard(&read, Some(card(3)))
        .await
        .unwrap());
    assert_eq!(stored_ratings(&db).await, 3);
    let next = read_entry(&db).await;
    assert!(next.seq > read.seq);
    assert!(db
        .save_queued_scorecard(&next, Some(card(4)))
        .await
        .unwrap());
    assert_eq!(stored_ratings(&db).await, 4);
    assert!(entry_of_key(&db).await.is_none());

    // A card computed on a read only fills a gap.
    db.add_missing_scorecard(&card(5)).await.unwrap();
    assert_eq!(stored_ratings(&db).await, 4);
    let _ = db.raw().drop().await;
}
