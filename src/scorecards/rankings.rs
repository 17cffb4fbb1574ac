//! The lists journalists ask for, among requesters with enough ratings.

use std::sync::Arc;

use serde::Serialize;

use super::{Scorecard, TtlCache};
use crate::db::Db;
use crate::error::Result;
use crate::scorecards::{model::Ranking, store::ScorecardStore};

pub const LIST_LENGTH: i64 = 10;

#[derive(Debug, Serialize)]
pub struct Rankings {
    pub lowest_pay: Vec<Scorecard>,
    pub worst_unpaid: Vec<Scorecard>,
    pub most_grievances: Vec<Scorecard>,
}

/// The three lists, overall or for one platform, cached briefly.
pub async fn rankings(
    db: &Db,
    cache: &TtlCache<Rankings>,
    platform: Option<&str>,
    min_group_size: u32,
) -> Result<Arc<Rankings>> {
    let key = platform.unwrap_or("*");
    if let Some(Some(found)) = cache.get(key) {
        return Ok(found);
    }
    let list = |ranking| db.ranked_scorecards(ranking, platform, min_group_size, LIST_LENGTH);
    let rankings = Arc::new(Rankings {
        lowest_pay: list(Ranking::LowestPay).await?,
        worst_unpaid: list(Ranking::WorstUnpaid).await?,
        most_grievances: list(Ranking::MostGrievances).await?,
    });
    cache.put(key, Some(rankings.clone()));
    Ok(rankings)
}
