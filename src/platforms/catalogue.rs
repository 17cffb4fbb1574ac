use std::sync::Arc;

use futures::TryStreamExt;
use mongodb::bson::doc;
use mongodb::options::UpdateOptions;
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::domain::{Choice, PlatformKind, PlatformSlug};
use crate::error::Result;

pub const COLLECTION: &str = "platforms";

/// Where work is found.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Platform {
    #[serde(rename = "_id")]
    pub slug: PlatformSlug,
    pub name: String,
    pub kind: PlatformKind,
    pub website: String,
}

/// The catalogue shipped with Clickline (`src/data/platforms.tsv`).
pub fn shipped_catalogue() -> Vec<Platform> {
    include_str!("../data/platforms.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            Platform {
                slug: PlatformSlug::parse(fields[0]).expect("platforms.tsv: slug"),
                name: fields[1].to_owned(),
                kind: PlatformKind::parse(fields[2]).expect("platforms.tsv: kind"),
                website: fields[3].to_owned(),
            }
        })
        .collect()
}

/// The catalogue as this instance holds it (in `App`, loaded at launch):
/// what parsing and pages check platforms against.
#[derive(Debug, Clone, Default)]
pub struct Catalogue(Arc<Vec<Platform>>);

impl Catalogue {
    pub fn of(platforms: Vec<Platform>) -> Catalogue {
        Catalogue(Arc::new(platforms))
    }

    /// Every platform, by name.
    pub fn all(&self) -> &[Platform] {
        &self.0
    }

    pub fn get(&self, slug: &str) -> Option<&Platform> {
        self.0.iter().find(|p| p.slug.as_str() == slug)
    }
}

/// The stored catalogue, by name (for work that has the database only:
/// the scorecard worker, a rebuild).
pub async fn stored_catalogue(db: &Db) -> Result<Catalogue> {
    let platforms = db.collection::<Platform>(COLLECTION);
    let mut all: Vec<Platform> = platforms.find(doc! {}).await?.try_collect().await?;
    all.sort_by_key(|p| p.name.to_lowercase());
    Ok(Catalogue::of(all))
}

/// One stored platform (by `_id`).
pub async fn stored_platform(db: &Db, slug: &str) -> Result<Option<Platform>> {
    let platforms = db.collection::<Platform>(COLLECTION);
    Ok(platforms.find_one(doc! { "_id": slug }).await?)
}

/// Adds shipped platforms the database lacks (keeping any edits made there)
/// and returns the whole catalogue, by name.
pub async fn seed_catalogue(db: &Db) -> Result<Catalogue> {
    let platforms = db.collection::<Platform>(COLLECTION);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_has_the_platforms_workers_name() {
        let slugs: Vec<String> = shipped_catalogue()
            .into_iter()
            .map(|p| p.slug.to_string())
            .collect();
        for slug in [
            "mturk",
            "clickworker",
            "appen",
            "prolific",
            "toloka",
            "microworkers",
            "foule-factory",
            "upwork",
            "fiverr",
            "taskrabbit",
            "uber",
            "deliveroo",
        ] {
            assert!(slugs.contains(&slug.to_owned()), "{slug} missing");
        }
    }
}
