use std::collections::HashMap;
use std::sync::Arc;

#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::error::{ErrorResponse, ValidationErrors};
#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::scorecards::Scorecard;

use rocket::{get, routes, Route, State};

use crate::domain::{FieldErrors, PlatformSlug, RequesterId};
use crate::error::{Error, Result};
use crate::http::conditional::{etag_of, Conditional};
use crate::i18n::Msg;
use crate::scorecards::store::ScorecardStore;
use crate::scorecards::{self, CachedScorecard, Target};
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![requester_scorecard, requester_scorecards]
}

/// The most ids one bulk request may ask for.
pub const MAX_BULK_IDS: usize = 100;

fn never_reported() -> Error {
    Error::not_found("Nobody has reported this requester yet.")
}

/// A requester's scorecard; 404 if nobody ever reported it.
#[utoipa::path(get, path = "/api/v1/requesters/{platform}/{requester_id}", tag = "scorecards", params(("platform" = String, Path), ("requester_id" = String, Path)), responses((status = 200, body = Scorecard), (status = 304, description = "Not modified (If-None-Match)"), (status = 404, body = ErrorResponse)))]
#[get("/requesters/<platform>/<requester_id>", rank = 2)]
pub async fn requester_scorecard(
    app: &State<App>,
    platform: &str,
    requester_id: &str,
) -> Result<Conditional> {
    let platform = PlatformSlug::parse(platform).map_err(|_| never_reported())?;
    let id = RequesterId::parse(requester_id).map_err(|_| never_reported())?;
    let target = Target::Requester(platform, id);
    let card = scorecards::load(
        &app.db,
        &app.scorecards,
        &target,
        app.settings.min_group_size,
    )
    .await?
    .ok_or_else(never_reported)?;
    Ok(Conditional::json(card.etag.clone(), card.json.clone()))
}

/// Many scorecards at once, for browser extensions that annotate task lists:
/// `?platform=mturk&ids=A,B,C` (up to 100); unknown ids are simply absent.
#[utoipa::path(get, path = "/api/v1/requesters", tag = "scorecards", params(("platform" = String, Query), ("ids" = String, Query, description = "Up to 100 requester ids, comma-separated")), responses((status = 200, body = [Scorecard]), (status = 304, description = "Not modified (If-None-Match)"), (status = 422, body = ValidationErrors)))]
#[get("/requesters?<platform>&<ids>")]
pub async fn requester_scorecards(
    app: &State<App>,
    platform: Option<&str>,
    ids: Option<&str>,
) -> Result<Conditional> {
    let mut errors = FieldErrors::new();
    let platform = errors.check("platform", PlatformSlug::parse(platform.unwrap_or("")));
    let raw_ids: Vec<&str> = ids
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .collect();
    if raw_ids.is_empty() {
        errors.add("ids", Msg::new("invalid-bulk-ids-empty"));
    } else if raw_ids.len() > MAX_BULK_IDS {
        errors.add(
            "ids",
            Msg::new("invalid-bulk-ids-many").arg("max", MAX_BULK_IDS),
        );
    }
    errors.into_result()?;
    let platform = platform.expect("checked above");
    let ids: Vec<RequesterId> = raw_ids
        .iter()
        .filter_map(|id| RequesterId::parse(id).ok())
        .collect();
    let found = cached_scorecards(app, &platform, &ids).await?;
    let body = format!(
        "[{}]",
        found
            .iter()
            .map(|card| card.json.as_str())
            .collect::<Vec<_>>()
            .join(",")
    );
    // The cards' own ETags are hashes of their JSON: hashing them stands for
    // hashing the body, a hundred times shorter.
    let parts: String = found.iter().map(|card| card.etag.as_str()).collect();
    let etag = etag_of(&format!("bulk:{parts}"));
    Ok(Conditional::json(etag, body))
}

/// The scorecards of these requesters that exist, in the order asked (each
/// once), from memory; the ones memory lacks are read in one query, and ids
/// nobody reported are remembered briefly too, so an extension polling a page
/// of unknown requesters does not hit the database. The bulk lookup and the
/// Turkopticon-compatible API share it.
pub async fn cached_scorecards(
    app: &App,
    platform: &PlatformSlug,
    ids: &[RequesterId],
) -> Result<Vec<Arc<CachedScorecard>>> {
    let mut keys: Vec<String> = ids
        .iter()
        .map(|id| Target::Requester(platform.clone(), id.clone()).key())
        .collect();
    let mut seen = std::collections::HashSet::new();
    keys.retain(|key| seen.insert(key.clone()));

    let mut found: HashMap<String, Arc<CachedScorecard>> = HashMap::new();
    let mut missing: Vec<String> = Vec::new();
    for key in &keys {
        match app.scorecards.get(key) {
            Some(Some(card)) => {
                found.insert(key.clone(), card);
            }
            Some(None) => {}
            None => missing.push(key.clone()),
        }
    }
    if !missing.is_empty() {
        for card in app.db.find_scorecards(&missing).await? {
            let cached = Arc::new(CachedScorecard::new(card));
            let id = RequesterId::parse(cached.card.requester_id.as_deref().unwrap_or(""))
                .map_err(|msg| Error::Internal(msg.english()))?;
            let key = Target::Requester(platform.clone(), id).key();
            missing.retain(|k| *k != key);
            app.scorecards.put(&key, Some(cached.clone()));
            found.insert(key, cached);
        }
        for key in &missing {
            app.scorecards.put(key, None);
        }
    }
    Ok(keys.iter().filter_map(|key| found.remove(key)).collect())
}
