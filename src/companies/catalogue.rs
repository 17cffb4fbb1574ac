//! The seed catalogue (`src/data/companies.tsv`): documented facts about
//! the companies that operate platforms, each row with its source. Loaded
//! at start-up, idempotently; facts moderators confirmed since are kept.

use mongodb::bson::doc;
use mongodb::options::UpdateOptions;

use super::model::Company;
use super::store::COMPANIES;
use crate::db::Db;
use crate::domain::{CompanySlug, Country, PlatformSlug};
use crate::error::Result;
use crate::scorecards::store::ScorecardStore;
use crate::scorecards::Target;

/// One row of the shipped catalogue.
pub struct SeedRow {
    pub slug: CompanySlug,
    pub name: String,
    pub based_in: Country,
    pub operates: PlatformSlug,
    pub source: String,
}

/// The catalogue shipped with Clickline.
pub fn shipped() -> Vec<SeedRow> {
    include_str!("../data/companies.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            SeedRow {
                slug: CompanySlug::of_name(fields[0]).expect("companies.tsv: name"),
                name: fields[0].to_owned(),
                based_in: Country::parse(fields[1]).expect("companies.tsv: based_in"),
                operates: PlatformSlug::parse(fields[2]).expect("companies.tsv: operates"),
                source: fields[3].to_owned(),
            }
        })
        .collect()
}

/// Adds the shipped rows the database lacks. A new fact queues the
/// scorecards that show it (the platform's and the company's).
pub async fn seed(db: &Db) -> Result<()> {
    let companies = db.collection::<Company>(COMPANIES);
    for row in shipped() {
        let result = companies
            .update_one(
                doc! { "_id": row.slug.as_str() },
                doc! {
                    "$setOnInsert": { "name": row.name.as_str(), "based_in": row.based_in.code(), "accounts": [] },
                    "$addToSet": { "operates": row.operates.as_str(), "sources": row.source.as_str() },
                },
            )
            .with_options(UpdateOptions::builder().upsert(true).build())
            .await?;
        if result.upserted_id.is_some() || result.modified_count > 0 {
            db.enqueue_scorecards(&[
                Target::Platform(row.operates.clone()).key(),
                Target::Company(row.slug.clone()).key(),
            ])
            .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_a_known_platform_with_a_source() {
        let platforms = crate::platforms::catalogue::shipped_catalogue();
        let rows = shipped();
        assert!(rows.len() >= 10);
        for row in rows {
            assert!(
                platforms.iter().any(|p| p.slug == row.operates),
                "{}: unknown platform",
                row.name
            );
            assert!(
                row.source.starts_with("https://"),
                "{}: no source",
                row.name
            );
        }
    }
}
