//! The announcements and support pages: collections, indexes and queries.

use crate::channels::model::{Announcement, SupportPage};
use crate::db::schema::{index, CollectionIndexes};
use crate::db::Db;
use crate::domain::Country;
use crate::error::Result;
use futures::TryStreamExt;
use mongodb::bson::doc;
use mongodb::options::ReplaceOptions;

pub const ANNOUNCEMENTS: &str = "announcements";

pub fn indexes() -> Vec<CollectionIndexes> {
    vec![CollectionIndexes {
        collection: ANNOUNCEMENTS,
        indexes: vec![index(doc! { "country": 1, "day": -1 })],
    }]
}

pub trait AnnouncementStore {
    async fn insert_announcement(&self, announcement: &Announcement) -> Result<()>;
    async fn announcements_in(&self, country: &Country, limit: i64) -> Result<Vec<Announcement>>;
}

impl AnnouncementStore for Db {
    async fn insert_announcement(&self, announcement: &Announcement) -> Result<()> {
        self.collection::<Announcement>(ANNOUNCEMENTS)
            .insert_one(announcement)
            .await?;
        Ok(())
    }

    async fn announcements_in(&self, country: &Country, limit: i64) -> Result<Vec<Announcement>> {
        Ok(self
            .collection::<Announcement>(ANNOUNCEMENTS)
            .find(doc! { "country": country.code() })
            .sort(doc! { "day": -1, "_id": 1 })
            .limit(limit)
            .await?
            .try_collect()
            .await?)
    }
}

pub const SUPPORT_PAGES: &str = "channel_support";

pub trait SupportStore {
    async fn support_page(&self, country: &Country) -> Result<Option<SupportPage>>;
    async fn save_support_page(&self, page: &SupportPage) -> Result<()>;
}

impl SupportStore for Db {
    async fn support_page(&self, country: &Country) -> Result<Option<SupportPage>> {
        Ok(self
            .collection::<SupportPage>(SUPPORT_PAGES)
            .find_one(doc! { "_id": country.code() })
            .await?)
    }

    async fn save_support_page(&self, page: &SupportPage) -> Result<()> {
        self.collection::<SupportPage>(SUPPORT_PAGES)
            .replace_one(doc! { "_id": page.country.code() }, page)
            .with_options(ReplaceOptions::builder().upsert(true).build())
            .await?;
        Ok(())
    }
}
