use crate::strikes::model::{Pledge, Strike, StrikeText, Supporter, Undercut};
use std::collections::BTreeMap;

use futures::TryStreamExt;
use mongodb::bson::{doc, Document};

use crate::db::schema::{index, CollectionIndexes};
use crate::db::Db;
use crate::domain::{
    Choice, Country, Day, PlatformSlug, PledgeId, RequesterId, StrikeId, StrikeStatus, SupporterId,
};
use crate::error::Result;

pub const COLLECTION: &str = "strikes";
pub const PLEDGES: &str = "pledges";
pub const UNDERCUTS: &str = "undercuts";
pub const SUPPORTERS: &str = "supporters";
/// What strikes count by country, in daily batches like reports.
pub const BATCHED: [&str; 3] = [PLEDGES, UNDERCUTS, SUPPORTERS];

pub fn indexes() -> Vec<CollectionIndexes> {
    let by_strike = |collection| CollectionIndexes {
        collection,
        indexes: vec![index(doc! { "strike_id": 1, "country": 1 })],
    };
    vec![
        CollectionIndexes {
            collection: COLLECTION,
            indexes: vec![
                index(doc! { "platform": 1, "status": 1 }),
                index(doc! { "called_in": 1 }),
                index(doc! { "solidarity_in": 1 }),
                index(doc! { "pressure_in": 1 }),
            ],
        },
        by_strike(PLEDGES),
        by_strike(UNDERCUTS),
        by_strike(SUPPORTERS),
    ]
}

pub trait StrikeStore {
    async fn insert_strike(&self, strike: &Strike) -> Result<()>;
    async fn find_strike(&self, id: &StrikeId) -> Result<Option<Strike>>;
    async fn list_strikes(&self) -> Result<Vec<Strike>>;
    async fn strikes_against(&self, platform: &PlatformSlug) -> Result<Vec<Strike>>;
    /// Every call an organizer left announced or active, on any platform,
    /// but those whose cards were already queued for their end by date.
    async fn open_strikes(&self) -> Result<Vec<Strike>>;
    /// Records the status the call's scorecards were queued for.
    async fn set_cards_show(&self, id: &StrikeId, status: StrikeStatus) -> Result<()>;
    /// Strikes called in a country or alerting it.
    async fn strikes_in(&self, country: &Country) -> Result<Vec<Strike>>;
    async fn set_strike_status(&self, id: &StrikeId, status: StrikeStatus, day: Day) -> Result<()>;
    async fn add_solidarity(&self, id: &StrikeId, country: &Country) -> Result<()>;
    /// Adds the call's text in `language`, or replaces it.
    async fn set_translation(&self, id: &StrikeId, language: &str, text: &StrikeText)
        -> Result<()>;
    async fn add_pressure(&self, id: &StrikeId, country: &Country) -> Result<()>;
    /// Countries with at least `min_group_size` published reports about the
    /// target, or whose organizers follow its platform.
    async fn countries_working_for(
        &self,
        platform: &PlatformSlug,
        requesters: &[RequesterId],
        min_group_size: u32,
    ) -> Result<Vec<Country>>;
    async fn insert_pledge(&self, pledge: &Pledge) -> Result<()>;
    async fn find_pledge(&self, id: &PledgeId) -> Result<Option<Pledge>>;
    async fn delete_pledge(&self, id: &PledgeId) -> Result<()>;
    async fn insert_undercut(&self, undercut: &Undercut) -> Result<()>;
    async fn insert_supporter(&self, supporter: &Supporter) -> Result<()>;
    async fn find_supporter(&self, id: &SupporterId) -> Result<Option<Supporter>>;
    async fn delete_supporter(&self, id: &SupporterId) -> Result<()>;
    /// Counts by country in `collection` (pledges, undercuts or supporters)
    /// for a strike, of the rows filed on `through` or before.
    async fn counts_by_country(
        &self,
        collection: &str,
        strike: &StrikeId,
        through: Day,
    ) -> Result<BTreeMap<String, u64>>;
}

impl StrikeStore for Db {
    async fn insert_strike(&self, strike: &Strike) -> Result<()> {
        self.collection::<Strike>(COLLECTION)
            .insert_one(strike)
            .await?;
        Ok(())
    }

    async fn find_strike(&self, id: &StrikeId) -> Result<Option<Strike>> {
        Ok(self
            .collection::<Strike>(COLLECTION)
            .find_one(doc! { "_id": id.as_str() })
            .await?)
    }

    async fn list_strikes(&self) -> Result<Vec<Strike>> {
        Ok(self
            .collection::<Strike>(COLLECTION)
            .find(doc! {})
            .sort(doc! { "starts_on": -1, "_id": 1 })
            .limit(500)
            .await?
            .try_collect()
            .await?)
    }

    async fn strikes_against(&self, platform: &PlatformSlug) -> Result<Vec<Strike>> {
        Ok(self
            .collection::<Strike>(COLLECTION)
            .find(doc! { "platform": platform.as_str(), "status": { "$in": ["announced", "active"] } })
            .await?
            .try_collect()
            .await?)
    }

    async fn open_strikes(&self) -> Result<Vec<Strike>> {
        Ok(self
            .collection::<Strike>(COLLECTION)
            // A call the date ended stays "active" as organizers left it,
            // but no date moves it on again.
            .find(doc! {
                "status": { "$in": ["announced", "active"] },
                "cards_show": { "$ne": "ended" },
            })
            .await?
            .try_collect()
            .await?)
    }

    async fn set_cards_show(&self, id: &StrikeId, status: StrikeStatus) -> Result<()> {
        self.collection::<Strike>(COLLECTION)
            .update_one(
                doc! { "_id": id.as_str() },
                doc! { "$set": { "cards_show": status.wire() } },
            )
            .await?;
        Ok(())
    }

    async fn strikes_in(&self, country: &Country) -> Result<Vec<Strike>> {
        Ok(self
            .collection::<Strike>(COLLECTION)
            .find(doc! { "$or": [
                { "called_in": country.code() },
                { "solidarity_in": country.code() },
                { "pressure_in": country.code() },
            ] })
            .sort(doc! { "starts_on": -1, "_id": 1 })
            .await?
            .try_collect()
            .await?)
    }

    async fn set_strike_status(&self, id: &StrikeId, status: StrikeStatus, day: Day) -> Result<()> {
        self.collection::<Strike>(COLLECTION)
            .update_one(
                doc! { "_id": id.as_str() },
                doc! {
                    "$set": { "status": status.wire() },
                    "$push": { "history": { "status": status.wire(), "day": day.to_string() } },
                },
            )
            .await?;
        Ok(())
    }

    async fn add_solidarity(&self, id: &StrikeId, country: &Country) -> Result<()> {
        self.collection::<Strike>(COLLECTION)
            .update_one(
                doc! { "_id": id.as_str() },
                doc! { "$addToSet": { "solidarity_in": country.code() } },
            )
            .await?;
        Ok(())
    }

    async fn set_translation(
        &self,
        id: &StrikeId,
        language: &str,
        text: &StrikeText,
    ) -> Result<()> {
        let field = format!("translations.{language}");
        let text = doc! { "title": &text.title, "demands": &text.demands };
        self.collection::<Strike>(COLLECTION)
            .update_one(
                doc! { "_id": id.as_str() },
                doc! { "$set": { field: text } },
            )
            .await?;
        Ok(())
    }

    async fn add_pressure(&self, id: &StrikeId, country: &Country) -> Result<()> {
        self.collection::<Strike>(COLLECTION)
            .update_one(
                doc! { "_id": id.as_str() },
                doc! { "$addToSet": { "pressure_in": country.code() } },
            )
            .await?;
        Ok(())
    }

    async fn countries_working_for(
        &self,
        platform: &PlatformSlug,
        requesters: &[RequesterId],
        min_group_size: u32,
    ) -> Result<Vec<Country>> {
        let mut filter = doc! { "platform": platform.as_str() };
        if !requesters.is_empty() {
            let ids: Vec<&str> = requesters.iter().map(|id| id.as_str()).collect();
            filter.insert("requester_id", doc! { "$in": ids });
        }
        // Like every breakdown: a country shows only with enough reports.
        let groups: Vec<Document> = self
            .collection::<Document>(crate::reports::store::COLLECTION)
            .aggregate([
                doc! { "$match": crate::reports::store::visible_in(filter) },
                doc! { "$group": { "_id": "$country", "reports": { "$sum": 1 } } },
                doc! { "$match": { "reports": { "$gte": i64::from(min_group_size) } } },
            ])
            .await?
            .try_collect()
            .await?;
        let mut countries: Vec<Country> = groups
            .iter()
            .filter_map(|group| group.get_str("_id").ok())
            .filter_map(|code| Country::parse(code).ok())
            .collect();
        let followers = self
            .collection::<Document>(crate::organizers::store::COLLECTION)
            .distinct("countries", doc! { "follows": platform.as_str() })
            .await?;
        countries.extend(
            followers
                .iter()
                .filter_map(|code| code.as_str())
                .filter_map(|code| Country::parse(code).ok()),
        );
        countries.sort();
        countries.dedup();
        Ok(countries)
    }

    async fn insert_pledge(&self, pledge: &Pledge) -> Result<()> {
        self.collection::<Pledge>(PLEDGES)
            .insert_one(pledge)
            .await?;
        Ok(())
    }

    async fn find_pledge(&self, id: &PledgeId) -> Result<Option<Pledge>> {
        Ok(self
            .collection::<Pledge>(PLEDGES)
            .find_one(doc! { "_id": id.as_str() })
            .await?)
    }

    async fn delete_pledge(&self, id: &PledgeId) -> Result<()> {
        self.collection::<Pledge>(PLEDGES)
            .delete_one(doc! { "_id": id.as_str() })
            .await?;
        Ok(())
    }

    async fn insert_undercut(&self, undercut: &Undercut) -> Result<()> {
        self.collection::<Undercut>(UNDERCUTS)
            .insert_one(undercut)
            .await?;
        Ok(())
    }

    async fn insert_supporter(&self, supporter: &Supporter) -> Result<()> {
        self.collection::<Supporter>(SUPPORTERS)
            .insert_one(supporter)
            .await?;
        Ok(())
    }

    async fn find_supporter(&self, id: &SupporterId) -> Result<Option<Supporter>> {
        Ok(self
            .collection::<Supporter>(SUPPORTERS)
            .find_one(doc! { "_id": id.as_str() })
            .await?)
    }

    async fn delete_supporter(&self, id: &SupporterId) -> Result<()> {
        self.collection::<Supporter>(SUPPORTERS)
            .delete_one(doc! { "_id": id.as_str() })
            .await?;
        Ok(())
    }

    async fn counts_by_country(
        &self,
        collection: &str,
        strike: &StrikeId,
        through: Day,
    ) -> Result<BTreeMap<String, u64>> {
        let filed = doc! { "strike_id": strike.as_str(), "day": { "$lte": through.to_string() } };
        let mut cursor = self
            .collection::<Document>(collection)
            .aggregate([
                doc! { "$match": filed },
                doc! { "$group": { "_id": "$country", "count": { "$sum": 1 } } },
            ])
            .await?;
        let mut counts = BTreeMap::new();
        while let Some(row) = cursor.try_next().await? {
            let count = match row.get("count") {
                Some(mongodb::bson::Bson::Int32(n)) => *n as u64,
                Some(mongodb::bson::Bson::Int64(n)) => *n as u64,
                Some(mongodb::bson::Bson::Double(n)) => *n as u64,
                _ => 0,
            };
            if let Ok(country) = row.get_str("_id") {
                counts.insert(country.to_owned(), count);
            }
        }
        Ok(counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strike(status: StrikeStatus, starts: &str, ends: Option<&str>) -> Strike {
        Strike {
            id: StrikeId::generate(),
            title: "t".into(),
            demands: "d".into(),
            platform: PlatformSlug::parse("mturk").unwrap(),
            requester_ids: vec![],
            called_in: vec![],
            starts_on: Day::parse(starts).unwrap(),
            ends_on: ends.map(|end| Day::parse(end).unwrap()),
            status,
            history: vec![],
            solidarity_in: vec![],
            pressure_in: vec![],
            created_by: String::new(),
            language: "en".into(),
            translations: Default::default(),
            company: None,
            cards_show: None,
        }
    }

    #[test]
    fn announced_strikes_become_active_on_their_start_date_and_end_after_their_end_date() {
        let today = Day::parse("2026-11-22").unwrap();
        assert_eq!(
            strike(StrikeStatus::Announced, "2026-11-23", None).status_on(today),
            StrikeStatus::Announced
        );
        assert_eq!(
            strike(StrikeStatus::Announced, "2026-11-22", None).status_on(today),
            StrikeStatus::Active
        );
        assert_eq!(
            strike(StrikeStatus::Active, "2026-11-01", Some("2026-11-21")).status_on(today),
            StrikeStatus::Ended
        );
        assert_eq!(
            strike(StrikeStatus::Won, "2026-11-01", None).status_on(today),
            StrikeStatus::Won
        );
    }
}
