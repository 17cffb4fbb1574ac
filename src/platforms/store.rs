//! The platform catalogue and requester collections: indexes, migrations and
//! queries.

use crate::db::schema::index;
use crate::db::schema::CollectionIndexes;
use crate::db::schema::Migration;
use crate::db::Db;
use crate::domain::PlatformSlug;
use crate::domain::RequesterId;
use crate::error::Result;
use crate::platforms::catalogue::shipped_catalogue;
use crate::platforms::catalogue::Catalogue;
use crate::platforms::model::{Platform, Requester, SearchText};
use crate::platforms::search::fold;
use crate::platforms::search::search_keys;
use futures::TryStreamExt;
use mongodb::bson::doc;
use mongodb::options::UpdateOptions;

pub const PLATFORMS: &str = "platforms";

/// The stored catalogue, by name (for work that has the database only:
/// the scorecard worker, a rebuild).
pub async fn stored_catalogue(db: &Db) -> Result<Catalogue> {
    let platforms = db.collection::<Platform>(PLATFORMS);
    let mut all: Vec<Platform> = platforms.find(doc! {}).await?.try_collect().await?;
    all.sort_by_key(|p| p.name.to_lowercase());
    Ok(Catalogue::of(all))
}

/// One stored platform (by `_id`).
pub async fn stored_platform(db: &Db, slug: &str) -> Result<Option<Platform>> {
    let platforms = db.collection::<Platform>(PLATFORMS);
    Ok(platforms.find_one(doc! { "_id": slug }).await?)
}

/// Adds shipped platforms the database lacks (keeping any edits made there)
/// and returns the whole catalogue, by name.
pub async fn seed_catalogue(db: &Db) -> Result<Catalogue> {
    let platforms = db.collection::<Platform>(PLATFORMS);
    for platform in shipped_catalogue() {
        let document = mongodb::bson::to_document(&platform)
            .map_err(|e| crate::error::Error::Internal(e.to_string()))?;
        platforms
            .update_one(
                doc! { "_id": platform.slug.as_str() },
                doc! { "$setOnInsert": document },
            )
            .with_options(UpdateOptions::builder().upsert(true).build())
            .await?;
    }
    stored_catalogue(db).await
}

pub const REQUESTERS: &str = "requesters";

pub fn indexes() -> Vec<CollectionIndexes> {
    vec![CollectionIndexes {
        collection: REQUESTERS,
        indexes: vec![
            index(doc! { "platform": 1, "names": 1 }),
            index(doc! { "search_keys": 1 }),
        ],
    }]
}

/// Requesters stored before search keys get theirs, once per database.
pub fn migrations() -> Vec<Migration> {
    vec![Migration {
        number: 3,
        name: "requesters stored before search keys get them",
        run: |db| {
            Box::pin(async move {
                db.index_requester_names().await?;
                Ok(())
            })
        },
    }]
}

pub trait RequesterStore {
    /// Creates the requester on its first report, and remembers a new name as an alias.
    async fn record_requester(
        &self,
        platform: &PlatformSlug,
        id: &RequesterId,
        name: Option<&str>,
    ) -> Result<()>;
    async fn find_requester(
        &self,
        platform: &PlatformSlug,
        id: &RequesterId,
    ) -> Result<Option<Requester>>;
    /// Requesters whose id, or a word of whose name or alias, starts with
    /// `query` (folded), found through the `search_keys` index.
    async fn search_requesters(&self, query: &SearchText, limit: i64) -> Result<Vec<Requester>>;
    /// Gives requesters stored before `search_keys` existed their keys.
    async fn index_requester_names(&self) -> Result<u64>;
}

impl RequesterStore for Db {
    async fn record_requester(
        &self,
        platform: &PlatformSlug,
        id: &RequesterId,
        name: Option<&str>,
    ) -> Result<()> {
        let keys = search_keys(id.as_str(), name);
        let mut added = doc! { "search_keys": { "$each": keys } };
        if let Some(name) = name {
            added.insert("names", name);
        }
        let update = doc! {
            "$setOnInsert": { "platform": platform.as_str(), "requester_id": id.as_str() },
            "$addToSet": added,
        };
        self.collection::<Requester>(REQUESTERS)
            .update_one(doc! { "_id": Requester::key(platform, id) }, update)
            .with_options(UpdateOptions::builder().upsert(true).build())
            .await?;
        Ok(())
    }

    async fn find_requester(
        &self,
        platform: &PlatformSlug,
        id: &RequesterId,
    ) -> Result<Option<Requester>> {
        Ok(self
            .collection::<Requester>(REQUESTERS)
            .find_one(doc! { "_id": Requester::key(platform, id) })
            .await?)
    }

    async fn search_requesters(&self, query: &SearchText, limit: i64) -> Result<Vec<Requester>> {
        let prefix = fold(query.as_str());
        if prefix.is_empty() {
            return Ok(Vec::new());
        }
        // Every key that starts with `prefix` sorts between it and `prefix`
        // followed by the highest character.
        let end = format!("{prefix}{}", char::MAX);
        let found = self
            .collection::<Requester>(REQUESTERS)
            .find(doc! { "search_keys": { "$gte": &prefix, "$lt": end } })
            .limit(limit)
            .await?
            .try_collect()
            .await?;
        Ok(found)
    }

    async fn index_requester_names(&self) -> Result<u64> {
        let requesters = self.collection::<Requester>(REQUESTERS);
        let missing: Vec<Requester> = requesters
            .find(doc! { "search_keys": { "$exists": false } })
            .await?
            .try_collect()
            .await?;
        for requester in &missing {
            let keys = search_keys(
                requester.requester_id.as_str(),
                requester.names.iter().map(String::as_str),
            );
            requesters
                .update_one(
                    doc! { "_id": &requester.key },
                    doc! { "$set": { "search_keys": keys } },
                )
                .await?;
        }
        Ok(missing.len() as u64)
    }
}
