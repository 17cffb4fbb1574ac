use std::collections::HashMap;
use std::sync::Arc;

#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::error::{ErrorResponse, ValidationErrors};

use rocket::{get, routes, Route, State};
use utoipa::openapi::schema::{AdditionalProperties, AnyOfBuilder, ObjectBuilder, Schema, Type};
use utoipa::openapi::{Ref, RefOr};

use crate::domain::{FieldErrors, PlatformSlug, RequesterId};
use crate::error::{Error, Result};
use crate::http::conditional::{etag_of, Conditional};
use crate::i18n::Msg;
use crate::scorecards::parse::FieldSelection;
use crate::scorecards::store::ScorecardStore;
use crate::scorecards::{self, CachedScorecard, Scorecard, Target};
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
/// With `fields`, each card holds only the fields named (and
/// `requester_id`): `fields=all.ratings,all.unpaid_rate,held_for_review`.
#[utoipa::path(get, path = "/api/v1/requesters", tag = "scorecards",
    params(
        ("platform" = String, Query),
        ("ids" = String, Query, description = "Up to 100 requester ids, comma-separated"),
        ("fields" = Option<String>, Query, description = "Only these fields of each scorecard, comma-separated: its members (`held_for_review`, `all`) or members of its objects (`all.ratings`). `requester_id` is always sent; an empty list means whole scorecards."),
    ),
    responses(
        (status = 200, body = [BulkScorecard]),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 422, body = ValidationErrors),
    ))]
#[get("/requesters?<platform>&<ids>&<fields>")]
pub async fn requester_scorecards(
    app: &State<App>,
    platform: Option<&str>,
    ids: Option<&str>,
    fields: Option<&str>,
) -> Result<Conditional> {
    let mut errors = FieldErrors::new();
    let platform = errors.check("platform", PlatformSlug::parse(platform.unwrap_or("")));
    let selection = errors.check("fields", FieldSelection::parse(fields.unwrap_or("")));
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
    let (platform, selection) = (platform.expect("checked"), selection.expect("checked"));
    let ids: Vec<RequesterId> = raw_ids
        .iter()
        .filter_map(|id| RequesterId::parse(id).ok())
        .collect();
    let found = cached_scorecards(app, &platform, &ids).await?;
    Ok(match selection {
        None => joined(found, "bulk", ("[", "]"), |cached, body| {
            body.push_str(&cached.json);
        }),
        Some(selection) => {
            let key = format!("bulk:{}", selection.key());
            joined(found, &key.clone(), ("[", "]"), move |cached, body| {
                body.push_str(&cached.form(&key, |card| selection.select_json(card)));
            })
        }
    })
}

/// One of many scorecards: whole, or with only the fields asked for and
/// `requester_id` (any of the two, since a whole card has those too).
pub struct BulkScorecard;

impl utoipa::PartialSchema for BulkScorecard {
    fn schema() -> RefOr<Schema> {
        let compact = ObjectBuilder::new()
            .description(Some(
                "The fields asked for (`fields`), with `requester_id`.",
            ))
            .property(
                "requester_id",
                ObjectBuilder::new().schema_type(Type::String),
            )
            .required("requester_id")
            .additional_properties(Some(AdditionalProperties::FreeForm(true)));
        AnyOfBuilder::new()
            .item(Ref::from_schema_name(
                <Scorecard as utoipa::ToSchema>::name(),
            ))
            .item(compact)
            .into()
    }
}

impl utoipa::ToSchema for BulkScorecard {
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas.push((
            <Scorecard as utoipa::ToSchema>::name().into_owned(),
            <Scorecard as utoipa::PartialSchema>::schema(),
        ));
        <Scorecard as utoipa::ToSchema>::schemas(schemas);
    }
}

/// A JSON answer joining each card's form, written by `write`, between
/// `open` and `close`. Its ETag is made of the cards' own ETags (hashes of
/// their JSON) and `key`, which must name everything else the forms depend
/// on: hashing them stands for hashing the body, many times longer. The
/// body is made only when sent: a client taking gzip is sent the kept gzip
/// form of that ETag when there is one, and the cards are not joined.
pub fn joined(
    cards: Vec<Arc<CachedScorecard>>,
    key: &str,
    (open, close): (&'static str, &'static str),
    write: impl Fn(&CachedScorecard, &mut String) + Send + 'static,
) -> Conditional {
    let mut parts = String::with_capacity(key.len() + cards.len() * 34);
    parts.push_str(key);
    for cached in &cards {
        parts.push_str(&cached.etag);
    }
    Conditional::deferred(etag_of(&parts), move || {
        let mut body = String::with_capacity(open.len() + close.len() + cards.len() * 256);
        body.push_str(open);
        for (i, cached) in cards.iter().enumerate() {
            if i > 0 {
                body.push(',');
            }
            write(cached, &mut body);
        }
        body.push_str(close);
        body
    })
}

/// The scorecards of these requesters that exist, in the order asked (each
/// once), from memory; the ones memory lacks are read in one query, and ids
/// nobody reported are remembered briefly too, so an extension polling a page
/// of unknown requesters does not hit the database. The list found is kept
/// by the ids asked until any card changes (`ScorecardCache::list`). The bulk lookup and the
/// Turkopticon-compatible API share it.
pub async fn cached_scorecards(
    app: &App,
    platform: &PlatformSlug,
    ids: &[RequesterId],
) -> Result<Vec<Arc<CachedScorecard>>> {
    // Many workers open the same task lists: the list of cards for the
    // same ids is kept until any card changes.
    let list_key = ids.iter().fold(platform.to_string(), |mut key, id| {
        key.push(',');
        key.push_str(id.as_str());
        key
    });
    if let Some(list) = app.scorecards.list(&list_key) {
        return Ok(list.cards.clone());
    }
    let as_of = app.scorecards.change_count();
    let mut keys: Vec<String> = Vec::with_capacity(ids.len());
    for id in ids {
        let key = Target::Requester(platform.clone(), id.clone()).key();
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    // Each key's card in order: known (maybe "nobody"), or to be read.
    let mut slots: Vec<Option<Option<Arc<CachedScorecard>>>> =
        keys.iter().map(|key| app.scorecards.get(key)).collect();
    let missing: Vec<String> = keys
        .iter()
        .zip(&slots)
        .filter(|(_, slot)| slot.is_none())
        .map(|(key, _)| key.clone())
        .collect();
    if !missing.is_empty() {
        let mut read: HashMap<String, Arc<CachedScorecard>> = HashMap::new();
        for card in app.db.find_scorecards(&missing).await? {
            let cached = Arc::new(CachedScorecard::new(card));
            let id = RequesterId::parse(cached.card.requester_id.as_deref().unwrap_or(""))
                .map_err(|msg| Error::Internal(msg.english()))?;
            read.insert(Target::Requester(platform.clone(), id).key(), cached);
        }
        for (key, slot) in keys.iter().zip(&mut slots) {
            if slot.is_none() {
                let found = read.remove(key);
                app.scorecards.put(key, found.clone());
                *slot = Some(found);
            }
        }
    }
    let cards: Vec<Arc<CachedScorecard>> = slots.into_iter().flatten().flatten().collect();
    app.scorecards.put_list(&list_key, as_of, cards.clone());
    Ok(cards)
}
