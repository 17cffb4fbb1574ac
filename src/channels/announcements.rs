use futures::TryStreamExt;
use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

use crate::db::schema::{index, CollectionIndexes};
use crate::db::Db;
use crate::domain::{AnnouncementId, Country, Day};
use crate::error::Result;

pub const COLLECTION: &str = "announcements";

pub fn indexes() -> Vec<CollectionIndexes> {
    vec![CollectionIndexes {
        collection: COLLECTION,
        indexes: vec![index(doc! { "country": 1, "day": -1 })],
    }]
}

/// A post by a channel's organizers (Markdown, sanitised when shown).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Announcement {
    #[serde(rename = "_id")]
    pub id: AnnouncementId,
    pub country: Country,
    pub body: String,
    pub organizer_id: String,
    pub day: Day,
}

pub trait AnnouncementStore {
    async fn insert_announcement(&self, announcement: &Announcement) -> Result<()>;
    async fn announcements_in(&self, country: &Country, limit: i64) -> Result<Vec<Announcement>>;
}

impl AnnouncementStore for Db {
    async fn insert_announcement(&self, announcement: &Announcement) -> Result<()> {
        self.collection::<Announcement>(COLLECTION)
            .insert_one(announcement)
            .await?;
        Ok(())
    }

    async fn announcements_in(&self, country: &Country, limit: i64) -> Result<Vec<Announcement>> {
        Ok(self
            .collection::<Announcement>(COLLECTION)
            .find(doc! { "country": country.code() })
            .sort(doc! { "day": -1, "_id": 1 })
            .limit(limit)
            .await?
            .try_collect()
            .await?)
    }
}
