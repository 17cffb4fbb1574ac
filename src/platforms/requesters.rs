use futures::TryStreamExt;
use mongodb::bson::doc;
use mongodb::options::UpdateOptions;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::db::schema::{index, CollectionIndexes, Migration};
use crate::db::Db;
use crate::domain::{PlatformSlug, RequesterId};
use crate::error::Result;

pub const COLLECTION: &str = "requesters";

pub fn indexes() -> Vec<CollectionIndexes> {
    vec![CollectionIndexes {
        collection: COLLECTION,
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
    /// What search matches by prefix (`search_keys`), under an index.
    #[serde(default)]
    pub search_keys: Vec<String>,
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

/// Text folded for search: lower case, accents and width variants removed,
/// runs of spaces and punctuation made one space ("Ácme-Data" → "acme data").
pub fn fold(text: &str) -> String {
    let folded: String = text
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The longest key kept: search text is at most `SearchText::MAX` long.
const KEY_CHARS: usize = SearchText::MAX;
/// Words of a name that start a key of their own.
const WORD_STARTS: usize = 8;

/// The keys a requester is found by: the folded id, and each folded name
/// from each of its first words, so "fast" finds "Acme Fast Tasks" by a
/// prefix of "fast tasks". A prefix range on an indexed array is what makes
/// search cost the size of the answer, not of the collection.
pub fn search_keys<'a>(id: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut keys = vec![fold(id)];
    for name in names {
        let folded = fold(name);
        let starts = std::iter::once(0).chain(folded.match_indices(' ').map(|(i, _)| i + 1));
        for start in starts.take(WORD_STARTS) {
            keys.push(folded[start..].chars().take(KEY_CHARS).collect());
        }
    }
    keys.retain(|key| !key.is_empty());
    keys.sort();
    keys.dedup();
    keys
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

    async fn search_requesters(&self, query: &SearchText, limit: i64) -> Result<Vec<Requester>> {
        let prefix = fold(query.as_str());
        if prefix.is_empty() {
            return Ok(Vec::new());
        }
        // Every key that starts with `prefix` sorts between it and `prefix`
        // followed by the highest character.
        let end = format!("{prefix}{}", char::MAX);
        let found = self
            .collection::<Requester>(COLLECTION)
            .find(doc! { "search_keys": { "$gte": &prefix, "$lt": end } })
            .limit(limit)
            .await?
            .try_collect()
            .await?;
        Ok(found)
    }

    async fn index_requester_names(&self) -> Result<u64> {
        let requesters = self.collection::<Requester>(COLLECTION);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_and_each_word_starts_a_key() {
        assert_eq!(fold("  Ácme-DATA   Ｌｔｄ. "), "acme data ltd");
        let keys = search_keys("A1B2", ["Acme Fast Tasks", "acme fast tasks"]);
        assert_eq!(keys, ["a1b2", "acme fast tasks", "fast tasks", "tasks"]);
        assert!(search_keys("A1", ["?!"]).iter().all(|k| !k.is_empty()));
    }
}

#[cfg(test)]
mod store_tests {
    use super::*;
    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn search_finds_word_prefixes_of_names_aliases_and_ids_through_its_index() {
        let app = TestApp::new().await;
        let platform = PlatformSlug::parse("mturk").unwrap();
        let id = RequesterId::parse("A1B2").unwrap();
        app.db
            .record_requester(&platform, &id, Some("Ácme Fast Tasks"))
            .await
            .unwrap();
        app.db
            .record_requester(&platform, &id, Some("Data Labs"))
            .await
            .unwrap();
        let other = RequesterId::parse("Z9").unwrap();
        app.db
            .record_requester(&platform, &other, None)
            .await
            .unwrap();
        for query in ["fast", "ACME", "acme fast t", "a1b", "labs", "Tâsks"] {
            let found = app
                .db
                .search_requesters(&SearchText::parse(query).unwrap(), 10)
                .await
                .unwrap();
            assert_eq!(found.len(), 1, "{query}");
            assert_eq!(found[0].name(), "Ácme Fast Tasks");
        }
        let none = app
            .db
            .search_requesters(&SearchText::parse("ast").unwrap(), 10)
            .await
            .unwrap();
        assert!(none.is_empty(), "a prefix of a word, not any substring");

        let plan = app
            .db
            .raw()
            .run_command(doc! { "explain": {
                "find": COLLECTION,
                "filter": { "search_keys": { "$gte": "fast", "$lt": format!("fast{}", char::MAX) } },
            } })
            .await
            .unwrap();
        assert!(plan.to_string().contains("IXSCAN"), "{plan}");
    }
}
