//! What a reader of scorecards may ask for beyond ids: the fields of a
//! compact view (`fields=requester_id,all.ratings,held_for_review`), so a
//! browser extension that shows five figures beside each requester gets
//! those five, not whole scorecards.
//!
//! The names are checked once, here, against the scorecard's own OpenAPI
//! schema: a client may name exactly what the published description
//! documents, and a field added to [`Scorecard`] can be asked for at once.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use serde_json::{Map, Value};
use utoipa::openapi::schema::Object;
use utoipa::openapi::{RefOr, Schema};

use super::Scorecard;
use crate::i18n::Msg;

/// Always sent, asked or not: what a client matches cards to its ids by.
const ALWAYS: &str = "requester_id";

/// How many unknown names an error repeats, and how much of each.
const UNKNOWN_SHOWN: usize = 3;
const NAME_SHOWN: usize = 40;

/// The fields asked for: members of a scorecard (`held_for_review`, `all`)
/// or members of one of its objects (`all.ratings`). Each once, in order,
/// and a member's parts left out when the member is asked for whole, so two
/// ways of asking for the same view are the same selection.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FieldSelection {
    paths: Vec<String>,
}

impl FieldSelection {
    /// `fields` as a client sends it; `None` when it names nothing (an
    /// empty `fields=` asks for whole scorecards, like no `fields` at all).
    pub fn parse(raw: &str) -> Result<Option<FieldSelection>, Msg> {
        let names: BTreeSet<&str> = raw
            .split(',')
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .collect();
        let unknown: Vec<String> = names
            .iter()
            .filter(|name| !known().has(name))
            .take(UNKNOWN_SHOWN)
            .map(|name| name.chars().take(NAME_SHOWN).collect())
            .collect();
        if !unknown.is_empty() {
            return Err(Msg::new("invalid-fields-unknown").arg("names", unknown.join(", ")));
        }
        if names.is_empty() {
            return Ok(None);
        }
        let paths = names
            .iter()
            .filter(|name| {
                name.split_once('.')
                    .is_none_or(|(member, _)| !names.contains(member))
            })
            .map(|name| (*name).to_owned())
            .collect();
        Ok(Some(FieldSelection { paths }))
    }

    /// The selection as one string, the same for the same view: the key
    /// its serialised forms are kept under.
    pub fn key(&self) -> String {
        self.paths.join(",")
    }

    /// The asked members of a card's JSON object (and `requester_id`);
    /// members the card lacks (a requester without a company) stay absent.
    pub fn select(&self, card: &Map<String, Value>) -> Map<String, Value> {
        let mut chosen = Map::new();
        if let Some(id) = card.get(ALWAYS) {
            chosen.insert(ALWAYS.to_owned(), id.clone());
        }
        for path in &self.paths {
            match path.split_once('.') {
                None => {
                    if let Some(value) = card.get(path) {
                        chosen.insert(path.clone(), value.clone());
                    }
                }
                Some((member, part)) => {
                    let Some(value) = card.get(member).and_then(|m| m.get(part)) else {
                        continue;
                    };
                    let parts = chosen
                        .entry(member.to_owned())
                        .or_insert_with(|| Value::Object(Map::new()));
                    if let Value::Object(parts) = parts {
                        parts.insert(part.to_owned(), value.clone());
                    }
                }
            }
        }
        chosen
    }

    /// The compact JSON of a card.
    pub fn select_json(&self, card: &Scorecard) -> String {
        let Value::Object(whole) = serde_json::to_value(card).expect("a scorecard serialises")
        else {
            unreachable!("a scorecard is a JSON object");
        };
        serde_json::to_string(&self.select(&whole)).expect("JSON serialises")
    }
}

/// A scorecard's members, each with its own members when it is an object.
struct Known(BTreeMap<String, BTreeSet<String>>);

impl Known {
    fn has(&self, name: &str) -> bool {
        match name.split_once('.') {
            None => self.0.contains_key(name),
            Some((member, part)) => self.0.get(member).is_some_and(|parts| parts.contains(part)),
        }
    }
}

fn known() -> &'static Known {
    static KNOWN: LazyLock<Known> = LazyLock::new(|| {
        let mut components = Vec::new();
        <Scorecard as utoipa::ToSchema>::schemas(&mut components);
        let components: BTreeMap<String, RefOr<Schema>> = components.into_iter().collect();
        let schema = <Scorecard as utoipa::PartialSchema>::schema();
        let top = object_of(&schema, &components).expect("a scorecard's schema is an object");
        Known(
            top.properties
                .iter()
                .map(|(name, schema)| {
                    let parts = object_of(schema, &components)
                        .map(|object| object.properties.keys().cloned().collect())
                        .unwrap_or_default();
                    (name.clone(), parts)
                })
                .collect(),
        )
    });
    &KNOWN
}

/// The object a schema describes, through references and `null`-or-thing.
fn object_of<'a>(
    schema: &'a RefOr<Schema>,
    components: &'a BTreeMap<String, RefOr<Schema>>,
) -> Option<&'a Object> {
    match schema {
        RefOr::Ref(reference) => {
            let name = reference.ref_location.rsplit('/').next()?;
            object_of(components.get(name)?, components)
        }
        RefOr::T(Schema::Object(object)) => (!object.properties.is_empty()).then_some(object),
        RefOr::T(Schema::OneOf(one_of)) => one_of
            .items
            .iter()
            .find_map(|item| object_of(item, components)),
        RefOr::T(Schema::AllOf(all_of)) => all_of
            .items
            .iter()
            .find_map(|item| object_of(item, components)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_names_are_the_schemas() {
        for name in [
            "requester_id",
            "held_for_review",
            "active_strikes",
            "all",
            "all.ratings",
            "all.hourly_pay_usd",
            "last_90_days.unpaid_rate",
            "grievances.total",
            "stars.pay",
            "company",
        ] {
            assert!(known().has(name), "{name} is documented");
        }
        for name in [
            "nope",
            "all.nope",
            "held_for_review.x",
            "all.ratings.x",
            ".all",
        ] {
            assert!(!known().has(name), "{name} is not");
        }
    }

    #[test]
    fn a_selection_is_normalised_and_checked() {
        let one = FieldSelection::parse(" all.ratings,held_for_review, all.ratings ,").unwrap();
        let two = FieldSelection::parse("held_for_review,all.ratings").unwrap();
        assert_eq!(one, two);
        assert_eq!(one.unwrap().key(), "all.ratings,held_for_review");
        let whole = FieldSelection::parse("all.ratings,all").unwrap().unwrap();
        assert_eq!(
            whole.key(),
            "all",
            "a member asked whole takes in its parts"
        );
        assert_eq!(FieldSelection::parse(" , ").unwrap(), None);
        let error = FieldSelection::parse(&format!("all,nope,{}", "x".repeat(500))).unwrap_err();
        let shown = error.english();
        assert!(shown.contains("nope"), "{shown}");
        assert!(shown.len() < 200, "an unknown name is cut short: {shown}");
    }

    #[test]
    fn select_keeps_the_asked_members_and_the_id() {
        let card = json!({
            "requester_id": "A1", "name": "Acme",
            "all": {"ratings": 3, "unpaid_rate": null, "vouched": 1},
            "held_for_review": 2,
        });
        let selection =
            FieldSelection::parse("all.ratings,all.unpaid_rate,held_for_review,company")
                .unwrap()
                .unwrap();
        let chosen = selection.select(card.as_object().unwrap());
        assert_eq!(
            Value::Object(chosen),
            json!({"requester_id": "A1", "all": {"ratings": 3, "unpaid_rate": null}, "held_for_review": 2})
        );
    }
}
