use crate::scorecards::model::{Queued, Ranking, ScorecardDoc};
use futures::{FutureExt, TryStreamExt};
use mongodb::bson::{doc, Document};
use mongodb::options::ReplaceOptions;
use mongodb::IndexModel;

use crate::db::schema::{self, CollectionIndexes, Migration};
use crate::db::{is_duplicate_key, Db};
use crate::error::{Error, Result};
use crate::scorecards::Scorecard;

pub const COLLECTION: &str = "scorecards";
/// Where a rebuild writes its whole new set of scorecards before it takes
/// the place of [`COLLECTION`] (one rebuild at a time: each starts by
/// dropping what another left there).
pub const REBUILDING: &str = "scorecards_rebuild";
/// Targets whose scorecard must be recomputed, written with every report change
/// so that any instance (or the next start, after a crash) picks them up.
pub const QUEUE: &str = "scorecard_queue";

/// The live scorecards' and the queue's indexes.
pub fn indexes() -> Vec<CollectionIndexes> {
    vec![
        CollectionIndexes {
            collection: COLLECTION,
            indexes: ranking_indexes(),
        },
        CollectionIndexes {
            collection: QUEUE,
            indexes: vec![schema::index(doc! { "pending": 1 })],
        },
    ]
}

/// Queue entries written before `pending` existed are pending, once per
/// database.
pub fn migrations() -> Vec<Migration> {
    vec![Migration {
        number: 4,
        name: "queue entries from before `pending` are pending",
        run: |db| {
            Box::pin(async move {
                db.collection::<Document>(QUEUE)
                    .update_many(
                        doc! { "pending": { "$exists": false } },
                        doc! { "$set": { "pending": true } },
                    )
                    .await?;
                Ok(())
            })
        },
    }]
}

/// The indexes of a set of scorecards: the worst-first lists.
pub fn ranking_indexes() -> Vec<IndexModel> {
    [
        doc! { "target": 1, "platform": 1, "median_hourly_usd": 1 },
        doc! { "target": 1, "platform": 1, "unpaid_rate": -1 },
        doc! { "target": 1, "platform": 1, "grievances": -1 },
    ]
    .into_iter()
    .map(|keys| IndexModel::builder().keys(keys).build())
    .collect()
}

/// How many keys one queue update names.
const ENQUEUE_AT_ONCE: usize = 2_000;

/// Queues distinct keys: one update for the entries that exist (a target's
/// entry is never removed), one read and one insert for the others. A key
/// another instance made meanwhile is queued again one by one, so its
/// `seq` still grows past what a worker may have read.
async fn enqueue_chunk(db: &Db, keys: &[String]) -> Result<()> {
    let queue = db.collection::<Document>(QUEUE);
    let bump = doc! { "$inc": { "seq": 1 }, "$set": { "pending": true } };
    let updated = queue
        .update_many(doc! { "_id": { "$in": keys } }, bump.clone())
        .await?;
    if updated.matched_count as usize == keys.len() {
        return Ok(());
    }
    let present: std::collections::HashSet<String> = queue
        .find(doc! { "_id": { "$in": keys } })
        .projection(doc! { "_id": 1 })
        .await?
        .try_collect::<Vec<Document>>()
        .await?
        .iter()
        .filter_map(|doc| doc.get_str("_id").ok().map(str::to_owned))
        .collect();
    let new: Vec<&String> = keys.iter().filter(|key| !present.contains(*key)).collect();
    if new.is_empty() {
        // Made by another instance since the update: queued once more.
        queue
            .update_many(doc! { "_id": { "$in": keys } }, bump)
            .await?;
        return Ok(());
    }
    let fresh = new
        .iter()
        .map(|key| doc! { "_id": key.as_str(), "seq": 1, "pending": true });
    match queue.insert_many(fresh).ordered(false).await {
        Ok(_) => Ok(()),
        Err(error) if is_duplicate_key(&error) => {
            for key in new {
                queue
                    .update_one(doc! { "_id": key.as_str() }, bump.clone())
                    .upsert(true)
                    .await?;
            }
            Ok(())
        }
        Err(error) => Err(error.into()),
    }
}

pub trait ScorecardStore {
    /// Marks each key's entry pending with a higher `seq` (made if new).
    async fn enqueue_scorecards(&self, keys: &[String]) -> Result<()>;
    /// The keys of every stored requester scorecard on a platform.
    async fn requester_scorecard_keys(&self, platform: &str) -> Result<Vec<String>>;
    async fn queued_scorecards(&self, limit: i64) -> Result<Vec<Queued>>;
    /// Removes the entry of a key that is not a target (a rebuild's mark)
    /// unless it was queued again since it was read.
    async fn dequeue_scorecard(&self, queued: &Queued) -> Result<()>;
    async fn save_scorecard(&self, doc: &ScorecardDoc) -> Result<()>;
    /// Stores a card unless one is stored already.
    async fn add_missing_scorecard(&self, doc: &ScorecardDoc) -> Result<()>;
    /// Saves a card computed for a queue entry (none: the target is gone)
    /// unless a card computed for a later entry of the target is stored,
    /// then marks the entry done unless it was queued again since it was
    /// read. Two instances may compute the same target at once, and the
    /// one that read the queue earlier may finish later: an unconditional
    /// save would put its older card over the newer one. False if a newer
    /// card was there.
    async fn save_queued_scorecard(
        &self,
        queued: &Queued,
        doc: Option<ScorecardDoc>,
    ) -> Result<bool>;
    /// Starts an empty new set of scorecards beside the live one.
    async fn start_new_scorecards(&self) -> Result<()>;
    async fn add_new_scorecards(&self, docs: &[ScorecardDoc]) -> Result<()>;
    /// The new set, indexed, takes the live one's place in one step.
    async fn swap_in_new_scorecards(&self) -> Result<()>;
    async fn drop_new_scorecards(&self) -> Result<()>;
    async fn find_scorecard(&self, key: &str) -> Result<Option<Scorecard>>;
    async fn find_scorecards(&self, keys: &[String]) -> Result<Vec<Scorecard>>;
    async fn ranked_scorecards(
        &self,
        ranking: Ranking,
        platform: Option<&str>,
        min_ratings: u32,
        limit: i64,
    ) -> Result<Vec<Scorecard>>;
    async fn requester_scorecards(&self) -> Result<mongodb::Cursor<ScorecardDoc>>;
}

impl ScorecardStore for Db {
    async fn enqueue_scorecards(&self, keys: &[String]) -> Result<()> {
        let mut keys = keys.to_vec();
        keys.sort();
        keys.dedup();
        // A few round trips per thousand keys, however many: a strike
        // against a whole platform queues every requester card on it.
        for chunk in keys.chunks(ENQUEUE_AT_ONCE) {
            enqueue_chunk(self, chunk).await?;
        }
        Ok(())
    }

    async fn requester_scorecard_keys(&self, platform: &str) -> Result<Vec<String>> {
        let found: Vec<Document> = self
            .collection::<Document>(COLLECTION)
            .find(doc! { "target": "requester", "platform": platform })
            .projection(doc! { "_id": 1 })
            .await?
            .try_collect()
            .await?;
        Ok(found
            .iter()
            .filter_map(|doc| doc.get_str("_id").ok().map(str::to_owned))
            .collect())
    }

    async fn queued_scorecards(&self, limit: i64) -> Result<Vec<Queued>> {
        Ok(self
            .collection::<Queued>(QUEUE)
            .find(doc! { "pending": true })
            .limit(limit)
            .await?
            .try_collect()
            .await?)
    }

    async fn dequeue_scorecard(&self, queued: &Queued) -> Result<()> {
        self.collection::<Document>(QUEUE)
            .delete_one(doc! { "_id": &queued.key, "seq": queued.seq })
            .await?;
        Ok(())
    }

    async fn save_scorecard(&self, doc: &ScorecardDoc) -> Result<()> {
        self.collection::<ScorecardDoc>(COLLECTION)
            .replace_one(doc! { "_id": &doc.key }, doc)
            .with_options(ReplaceOptions::builder().upsert(true).build())
            .await?;
        Ok(())
    }

    async fn add_missing_scorecard(&self, doc: &ScorecardDoc) -> Result<()> {
        match self
            .collection::<ScorecardDoc>(COLLECTION)
            .insert_one(doc)
            .await
        {
            Err(error) if !is_duplicate_key(&error) => Err(error.into()),
            _ => Ok(()),
        }
    }

    async fn save_queued_scorecard(
        &self,
        queued: &Queued,
        doc: Option<ScorecardDoc>,
    ) -> Result<bool> {
        let mut saved = true;
        if let Some(doc) = doc {
            let doc = ScorecardDoc {
                for_seq: Some(queued.seq),
                ..doc
            };
            // Where a card for this entry or a later one is stored, the
            // filter matches nothing and the upsert's insert meets the key.
            let older = doc! { "_id": &doc.key, "$or": [
                { "for_seq": { "$lt": queued.seq } },
                { "for_seq": null },
            ] };
            let result = self
                .collection::<ScorecardDoc>(COLLECTION)
                .replace_one(older, &doc)
                .upsert(true)
                .await;
            match result {
                Err(error) if is_duplicate_key(&error) => saved = false,
                other => {
                    other?;
                }
            }
        }
        // Queued again meanwhile: it stays pending, for the next pass.
        self.collection::<Document>(QUEUE)
            .update_one(
                doc! { "_id": &queued.key, "seq": queued.seq },
                doc! { "$set": { "pending": false } },
            )
            .await?;
        Ok(saved)
    }

    async fn start_new_scorecards(&self) -> Result<()> {
        self.drop_new_scorecards().await?;
        // Created explicitly, so that the set exists even if nothing is added.
        self.raw().create_collection(REBUILDING).await?;
        Ok(())
    }

    async fn add_new_scorecards(&self, docs: &[ScorecardDoc]) -> Result<()> {
        if docs.is_empty() {
            return Ok(());
        }
        // One transaction: the batch becomes durable with one journal
        // commit where SecantusDB syncs statements outside a transaction
        // one by one (about 5 ms each).
        let cards = self.collection::<ScorecardDoc>(REBUILDING);
        let mut session = self.raw().client().start_session().await?;
        session
            .start_transaction()
            .and_run(&cards, |session, cards| {
                async move {
                    cards.insert_many(docs).session(session).await?;
                    Ok(())
                }
                .boxed()
            })
            .await?;
        Ok(())
    }

    async fn swap_in_new_scorecards(&self) -> Result<()> {
        // The ranking indexes are built over the whole set at once: kept up
        // while the cards went in, they cost SecantusDB about as much as
        // the inserts themselves.
        self.collection::<Document>(REBUILDING)
            .create_indexes(ranking_indexes())
            .await?;
        let name = self.raw().name();
        let mut rename = doc! {
            "renameCollection": format!("{name}.{REBUILDING}"),
            "to": format!("{name}.{COLLECTION}"),
            "dropTarget": true,
        };
        // A command is sent as written: the client's write concern (majority,
        // journaled) is added to it here, not by the driver.
        if let Some(concern) = self.raw().write_concern() {
            let concern = mongodb::bson::to_document(concern)
                .map_err(|e| Error::Internal(format!("a write concern: {e}")))?;
            rename.insert("writeConcern", concern);
        }
        self.raw()
            .client()
            .database("admin")
            .run_command(rename)
            .await?;
        Ok(())
    }

    async fn drop_new_scorecards(&self) -> Result<()> {
        self.collection::<Document>(REBUILDING).drop().await?;
        Ok(())
    }

    async fn find_scorecard(&self, key: &str) -> Result<Option<Scorecard>> {
        let found = self
            .collection::<ScorecardDoc>(COLLECTION)
            .find_one(doc! { "_id": key })
            .await?;
        Ok(found.map(ScorecardDoc::into_card))
    }

    async fn find_scorecards(&self, keys: &[String]) -> Result<Vec<Scorecard>> {
        let docs: Vec<ScorecardDoc> = self
            .collection::<ScorecardDoc>(COLLECTION)
            .find(doc! { "_id": { "$in": keys } })
            .await?
            .try_collect()
            .await?;
        Ok(docs.into_iter().map(ScorecardDoc::into_card).collect())
    }

    async fn ranked_scorecards(
        &self,
        ranking: Ranking,
        platform: Option<&str>,
        min_ratings: u32,
        limit: i64,
    ) -> Result<Vec<Scorecard>> {
        let mut filter =
            doc! { "target": "requester", "ratings": { "$gte": i64::from(min_ratings) } };
        if let Some(platform) = platform {
            filter.insert("platform", platform);
        }
        let sort = match ranking {
            Ranking::LowestPay => {
                filter.insert("median_hourly_usd", doc! { "$ne": null });
                doc! { "median_hourly_usd": 1, "_id": 1 }
            }
            Ranking::WorstUnpaid => {
                filter.insert("unpaid_rate", doc! { "$ne": null });
                doc! { "unpaid_rate": -1, "_id": 1 }
            }
            Ranking::MostGrievances => {
                filter.insert("grievances", doc! { "$gt": 0 });
                doc! { "grievances": -1, "_id": 1 }
            }
        };
        let docs: Vec<ScorecardDoc> = self
            .collection::<ScorecardDoc>(COLLECTION)
            .find(filter)
            .sort(sort)
            .limit(limit)
            .await?
            .try_collect()
            .await?;
        Ok(docs.into_iter().map(ScorecardDoc::into_card).collect())
    }

    async fn requester_scorecards(&self) -> Result<mongodb::Cursor<ScorecardDoc>> {
        self.collection::<ScorecardDoc>(COLLECTION)
            .find(doc! { "target": "requester" })
            .sort(doc! { "_id": 1 })
            .await
            .map_err(Error::from)
    }
}
