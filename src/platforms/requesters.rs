use futures::TryStreamExt;
use mongodb::bson::{doc, Regex};
use mongodb::options::UpdateOptions;
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::domain::{PlatformSlug, RequesterId};
use crate::error::Result;

pub const COLLECTION: &str = "requesters";

/// A client who posts work on a platform, created by the first report about it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Requester {
    #[serde(rename = "_id")]
    pub key: String,
    pub platform: PlatformSlug,
    pub requester_id: RequesterId,
    /// Every display name workers have given, first one first.
    #[serde(default)]
    pub names: Vec<String>,
}

impl Requester {
    /// `mturk:A1B2C3`; a platform slug has no colon, so this is unambiguous.
    pub fn key(platform: &PlatformSlug, id: &RequesterId) -> String {
        format!("{platform}:{id}")
    }

    /// The first name given, or the platform's id when nobody gave one.
    pub fn name(&self) -> &str {
        self.names
            .first()
            .map(String::as_str)
            .unwrap_or(self.requester_id.as_str())
    }

    /// Names given after the first, remembered as aliases.
    pub fn aliases(&self) -> &[String] {
        self.names.get(1..).unwrap_or(&[])
    }
}

/// What a reader typed into the search box, made safe to search with:
/// control characters (a NUL included) removed, at most `MAX` characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchText(String);

impl SearchText {
    pub const MAX: usize = 100;

    /// `None` when nothing searchable is left.
    pub fn parse(raw: &str) -> Option<SearchText> {
        let text: String = raw
            .chars()
            .filter(|c| !c.is_control())
            .take(Self::MAX)
            .collect();
        let text = text.trim();
        (!text.is_empty()).then(|| SearchText(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
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
    /// Requesters whose name, alias or id contains `query` (case-insensitive).
    async fn search_requesters(&self, query: &str, limit: i64) -> Result<Vec<Requester>>;
}

impl RequesterStore for Db {
    async fn record_requester(
        &self,
        platform: &PlatformSlug,
        id: &RequesterId,
        name: Option<&str>,
    ) -> Result<()> {
        let mut update = doc! {
            "$setOnInsert": { "platform": platform.as_str(), "requester_id": id.as_str() },
        };
        if let Some(name) = name {
            update.insert("$addToSet", doc! { "names": name });
        }
        self.collection::<Requester>(COLLECTION)
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
            .collection::<Requester>(COLLECTION)
            .find_one(doc! { "_id": Requester::key(platform, id) })
            .await?)
    }

    async fn search_requesters(&self, query: &str, limit: i64) -> Result<Vec<Requester>> {
        // The query is escaped: a worker's search text is never a pattern.
        let pattern = Regex {
            pattern: regex::escape(query.trim()),
            options: "i".into(),
        };
        let found = self
            .collection::<Requester>(COLLECTION)
            .find(doc! { "$or": [
                { "names": { "$regex": pattern.clone() } },
                { "requester_id": { "$regex": pattern } },
            ] })
            .limit(limit)
            .await?
            .try_collect()
            .await?;
        Ok(found)
    }
}
