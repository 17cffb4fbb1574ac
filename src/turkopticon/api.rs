//! The Turkopticon-compatible routes: an existing TO2 or TO1 client shows
//! Clickline's figures once its base address is swapped for Clickline's.

use rocket::http::{ContentType, MediaType, Status};
use rocket::request::{FromRequest, Outcome, Request};
use rocket::response::{self, Responder, Response};
use rocket::serde::json::Json;
use rocket::{get, routes, State};

#[allow(unused_imports)] // named by the OpenAPI annotations
use std::collections::BTreeMap;
use std::sync::Arc;

#[allow(unused_imports)] // named by the OpenAPI annotations
use super::model::To1Entry;
use super::model::{
    FieldSet, To1Answer, To1Entry as Entry, To1Requester, To2ErrorItem, To2Errors, To2Requester,
};
#[allow(unused_imports)] // named by the OpenAPI annotations
use super::model::{To2List, To2One};
use super::service::{self, IdsProblem, RequestedIds};
use crate::domain::RequesterId;
use crate::error::Error;
use crate::error::ErrorResponse;
use crate::http::conditional::Conditional;
use crate::http::openapi::ApiPart;
use crate::http::query::QueryPairs;
use crate::scorecards::api::requesters::{joined, MAX_BULK_IDS};
use crate::scorecards::CachedScorecard;
use crate::App;

/// The Turkopticon-compatible routes (at their own paths) and their description.
pub fn api() -> ApiPart {
    ApiPart {
        mount: "/",
        routes: routes![to2_requesters, to2_requester, to1_multi_attrs],
        description: <Described as utoipa::OpenApi>::openapi(),
    }
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(to2_requesters, to2_requester, to1_multi_attrs))]
struct Described;

/// TO2's own media type.
const TO2_TYPE: (&str, &str) = ("application", "vnd.turkopticon.v2+json");

/// The type a TO2 route answers with: TO2's own when the client names it,
/// plain JSON otherwise, whatever else `Accept` says, as Turkopticon's own
/// server does (a person opening the address gets the JSON, or the 400 or
/// 404 in TO2's shape, never a 406).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum To2Accept {
    Turkopticon,
    Json,
}

impl To2Accept {
    pub fn of(header: Option<&str>) -> To2Accept {
        let Some(header) = header.filter(|h| !h.trim().is_empty()) else {
            return To2Accept::Json;
        };
        let types: Vec<String> = header
            .split(',')
            .map(|part| {
                part.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase()
            })
            .collect();
        let to2 = format!("{}/{}", TO2_TYPE.0, TO2_TYPE.1);
        if types.contains(&to2) {
            To2Accept::Turkopticon
        } else {
            To2Accept::Json
        }
    }

    fn content_type(self) -> ContentType {
        match self {
            To2Accept::Turkopticon => ContentType(MediaType::new(TO2_TYPE.0, TO2_TYPE.1)),
            To2Accept::Json => ContentType::JSON,
        }
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for To2Accept {
    type Error = std::convert::Infallible;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        Outcome::Success(To2Accept::of(request.headers().get_one("Accept")))
    }
}

/// A TO2 answer: the resource, or errors in TO2's shape.
pub enum To2Response {
    Found(Conditional),
    Failed(Status, To2Errors, ContentType),
}

impl To2Response {
    /// The cards as TO2 resources between `open` and `close`: each card's
    /// resource for these fields is serialised once and kept with the card.
    fn joined(
        accept: To2Accept,
        fields: FieldSet,
        cards: Vec<Arc<CachedScorecard>>,
        around: (&'static str, &'static str),
    ) -> To2Response {
        let form = fields.key();
        let mut answer = joined(
            cards,
            &format!("{form}:{accept:?}"),
            around,
            move |cached, body| {
                body.push_str(&cached.form(&form, |card| {
                    serde_json::to_string(&To2Requester::of(card, fields)).expect("serialises")
                }));
            },
        );
        answer.content_type = accept.content_type();
        To2Response::Found(answer)
    }

    fn failed(accept: To2Accept, status: Status, detail: impl Into<String>) -> To2Response {
        let errors = To2Errors {
            errors: vec![To2ErrorItem {
                status: status.code.to_string(),
                title: status.reason().unwrap_or("Error").to_owned(),
                detail: detail.into(),
            }],
            status: status.code,
        };
        To2Response::Failed(status, errors, accept.content_type())
    }

    fn from_error(accept: To2Accept, error: &Error) -> To2Response {
        To2Response::failed(accept, error.status(), error.to_string())
    }
}

impl<'r> Responder<'r, 'static> for To2Response {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        match self {
            To2Response::Found(answer) => answer.respond_to(request),
            To2Response::Failed(status, errors, content_type) => {
                let body = serde_json::to_string(&errors).expect("errors serialise");
                Response::build_from(body.respond_to(request)?)
                    .status(status)
                    .header(content_type)
                    .ok()
            }
        }
    }
}

/// Many requesters: `?rids=A,B,C` (up to 100), optionally with
/// `fields[requesters]=rid,name,aliases,aggregates`; unknown ids are left out.
#[utoipa::path(get, path = "/turkopticon/v2/requesters", tag = "turkopticon",
    params(
        ("rids" = String, Query, description = "Up to 100 MTurk requester ids, comma-separated"),
        ("fields[requesters]" = Option<String>, Query, description = "Attributes to include: rid, name, aliases, aggregates"),
    ),
    responses(
        (status = 200, description = "The requesters", content((To2List = "application/json"), (To2List = "application/vnd.turkopticon.v2+json"))),
        (status = 400, body = To2Errors, description = "Without rids, or with more than 100"),
    ))]
#[get("/turkopticon/v2/requesters")]
pub async fn to2_requesters(app: &State<App>, query: QueryPairs, accept: To2Accept) -> To2Response {
    let ids = match RequestedIds::parse(query.get("rids")) {
        Ok(ids) => ids,
        Err(IdsProblem::Missing) => {
            return To2Response::failed(
                accept,
                Status::BadRequest,
                "The rids parameter is required: comma-separated requester ids.",
            )
        }
        Err(IdsProblem::TooMany) => {
            return To2Response::failed(
                accept,
                Status::BadRequest,
                format!("Ask for at most {MAX_BULK_IDS} requester ids at once."),
            )
        }
    };
    let fields = FieldSet::parse(query.get("fields[requesters]"));
    match service::scorecards(app, &ids.parsed).await {
        Ok(cards) => {
            To2Response::joined(accept, fields, cards, ("{\"data\":[", "],\"status\":200}"))
        }
        Err(error) => To2Response::from_error(accept, &error),
    }
}

/// One requester; 404 (in TO2's error shape) if nobody rated it.
#[utoipa::path(get, path = "/turkopticon/v2/requesters/{rid}", tag = "turkopticon",
    params(
        ("rid" = String, Path, description = "An MTurk requester id"),
        ("fields[requesters]" = Option<String>, Query, description = "Attributes to include: rid, name, aliases, aggregates"),
    ),
    responses(
        (status = 200, description = "The requesters", content((To2One = "application/json"), (To2One = "application/vnd.turkopticon.v2+json"))),
        (status = 404, body = To2Errors),
    ))]
#[get("/turkopticon/v2/requesters/<rid>")]
pub async fn to2_requester(
    app: &State<App>,
    rid: &str,
    query: QueryPairs,
    accept: To2Accept,
) -> To2Response {
    let unknown = || {
        To2Response::failed(
            accept,
            Status::NotFound,
            "Nobody has rated this requester yet.",
        )
    };
    let Ok(id) = RequesterId::parse(rid) else {
        return unknown();
    };
    let fields = FieldSet::parse(query.get("fields[requesters]"));
    match service::scorecards(app, &[id]).await {
        Ok(cards) if cards.is_empty() => unknown(),
        Ok(cards) => To2Response::joined(accept, fields, cards, ("{\"data\":", ",\"status\":200}")),
        Err(error) => To2Response::from_error(accept, &error),
    }
}

/// TO1's `multi-attrs.php`: every id asked is a key, `""` when unknown.
/// Sent as text/plain, as TO1 did, with `<`, `>` and `&` escaped.
#[utoipa::path(get, path = "/turkopticon/api/multi-attrs.php", tag = "turkopticon",
    params(("ids" = String, Query, description = "Up to 100 MTurk requester ids, comma-separated")),
    responses(
        (status = 200, body = BTreeMap<String, To1Entry>, content_type = "text/plain"),
        (status = 400, body = ErrorResponse, description = "More than 100 ids"),
    ))]
#[get("/turkopticon/api/multi-attrs.php")]
pub async fn to1_multi_attrs(app: &State<App>, query: QueryPairs) -> Result<Conditional, To1Error> {
    let ids = match RequestedIds::parse(query.get("ids")) {
        Ok(ids) => ids,
        Err(IdsProblem::Missing) => return Ok(to1_text(&To1Answer::default())),
        Err(IdsProblem::TooMany) => {
            return Err((
                Status::BadRequest,
                Json(ErrorResponse {
                    error: format!("Ask for at most {MAX_BULK_IDS} requester ids at once."),
                }),
            ))
        }
    };
    let cards = service::scorecards(app, &ids.parsed)
        .await
        .map_err(|error| {
            (
                error.status(),
                Json(ErrorResponse {
                    error: error.to_string(),
                }),
            )
        })?;
    let entries = ids
        .asked
        .iter()
        .map(|asked| {
            let entry = cards
                .iter()
                .find(|cached| cached.card.requester_id.as_deref() == Some(asked))
                .map_or(Entry::Unknown(String::new()), |cached| {
                    Entry::Known(To1Requester::of(&cached.card))
                });
            (asked.clone(), entry)
        })
        .collect();
    Ok(to1_text(&To1Answer(entries)))
}

/// A TO1 request that cannot be answered, in the API's error shape.
pub type To1Error = (Status, Json<ErrorResponse>);

fn to1_text(answer: &To1Answer) -> Conditional {
    Conditional::new(answer.to_text(), ContentType::Plain)
}
