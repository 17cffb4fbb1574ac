//! The campaigns and the sent requests, with their indexes and queries.

use futures::TryStreamExt;
use mongodb::bson::{doc, to_bson};

use crate::data_requests::model::{Answer, Campaign, SentRequest};
use crate::db::schema::{index, CollectionIndexes};
use crate::db::Db;
use crate::domain::{DataRequestId, Day, PlatformSlug, SentRequestId};
use crate::error::{Error, Result};

pub const CAMPAIGNS: &str = "data_requests";
pub const SENT: &str = "data_requests_sent";

pub fn indexes() -> Vec<CollectionIndexes> {
    vec![
        CollectionIndexes {
            collection: CAMPAIGNS,
            indexes: vec![
                index(doc! { "platform": 1 }),
                index(doc! { "opened_on": -1 }),
            ],
        },
        CollectionIndexes {
            collection: SENT,
            indexes: vec![index(doc! { "campaign_id": 1, "sent_on": 1 })],
        },
    ]
}

pub trait DataRequestStore {
    async fn insert_campaign(&self, campaign: &Campaign) -> Result<()>;
    async fn find_campaign(&self, id: &DataRequestId) -> Result<Option<Campaign>>;
    /// The newest campaigns first.
    async fn list_campaigns(&self) -> Result<Vec<Campaign>>;
    async fn campaigns_for(&self, platform: &PlatformSlug) -> Result<Vec<Campaign>>;
    async fn insert_sent(&self, sent: &SentRequest) -> Result<()>;
    async fn find_sent(&self, id: &SentRequestId) -> Result<Option<SentRequest>>;
    /// The requests of these campaigns sent on `through` or before: the
    /// published ones.
    async fn sent_through(
        &self,
        campaigns: &[&DataRequestId],
        through: Day,
    ) -> Result<Vec<SentRequest>>;
    async fn set_answer(&self, id: &SentRequestId, answer: &Answer) -> Result<()>;
    async fn set_complained(&self, id: &SentRequestId, day: Day) -> Result<()>;
}

impl DataRequestStore for Db {
    async fn insert_campaign(&self, campaign: &Campaign) -> Result<()> {
        self.collection::<Campaign>(CAMPAIGNS)
            .insert_one(campaign)
            .await?;
        Ok(())
    }

    async fn find_campaign(&self, id: &DataRequestId) -> Result<Option<Campaign>> {
        Ok(self
            .collection::<Campaign>(CAMPAIGNS)
            .find_one(doc! { "_id": id.as_str() })
            .await?)
    }

    async fn list_campaigns(&self) -> Result<Vec<Campaign>> {
        Ok(self
            .collection::<Campaign>(CAMPAIGNS)
            .find(doc! {})
            .sort(doc! { "opened_on": -1, "_id": 1 })
            .limit(500)
            .await?
            .try_collect()
            .await?)
    }

    async fn campaigns_for(&self, platform: &PlatformSlug) -> Result<Vec<Campaign>> {
        Ok(self
            .collection::<Campaign>(CAMPAIGNS)
            .find(doc! { "platform": platform.as_str() })
            .limit(500)
            .await?
            .try_collect()
            .await?)
    }

    async fn insert_sent(&self, sent: &SentRequest) -> Result<()> {
        self.collection::<SentRequest>(SENT)
            .insert_one(sent)
            .await?;
        Ok(())
    }

    async fn find_sent(&self, id: &SentRequestId) -> Result<Option<SentRequest>> {
        Ok(self
            .collection::<SentRequest>(SENT)
            .find_one(doc! { "_id": id.as_str() })
            .await?)
    }

    async fn sent_through(
        &self,
        campaigns: &[&DataRequestId],
        through: Day,
    ) -> Result<Vec<SentRequest>> {
        let ids: Vec<&str> = campaigns.iter().map(|id| id.as_str()).collect();
        Ok(self
            .collection::<SentRequest>(SENT)
            .find(doc! {
                "campaign_id": { "$in": ids },
                "sent_on": { "$lte": through.to_string() },
            })
            .await?
            .try_collect()
            .await?)
    }

    async fn set_answer(&self, id: &SentRequestId, answer: &Answer) -> Result<()> {
        let answer = to_bson(answer).map_err(|e| Error::Internal(e.to_string()))?;
        self.collection::<SentRequest>(SENT)
            .update_one(
                doc! { "_id": id.as_str() },
                doc! { "$set": { "answer": answer } },
            )
            .await?;
        Ok(())
    }

    async fn set_complained(&self, id: &SentRequestId, day: Day) -> Result<()> {
        self.collection::<SentRequest>(SENT)
            .update_one(
                doc! { "_id": id.as_str() },
                doc! { "$set": { "complained_on": day.to_string() } },
            )
            .await?;
        Ok(())
    }
}
