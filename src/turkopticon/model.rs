//! The Turkopticon shapes DESIGN.md fixes, built from Clickline scorecards:
//! TO2 (JSON:API-like, with `[part, whole, ratings]` aggregates) and TO1
//! (`multi-attrs.php`, star areas as strings).

use serde::{Serialize, Serializer};
use utoipa::ToSchema;

use crate::scorecards::figures::Figures;
use crate::scorecards::Scorecard;

/// The attributes a TO2 client may ask for with `fields[requesters]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSet {
    pub rid: bool,
    pub name: bool,
    pub aliases: bool,
    pub aggregates: bool,
}

impl FieldSet {
    pub const ALL: FieldSet = FieldSet {
        rid: true,
        name: true,
        aliases: true,
        aggregates: true,
    };

    /// `rid,name,aliases,aggregates` or a part of it. Names TO2 never had
    /// are left out, as JSON:API sparse fieldsets do with unknown names;
    /// an empty list means every attribute.
    pub fn parse(raw: Option<&str>) -> FieldSet {
        let Some(raw) = raw.filter(|raw| !raw.trim().is_empty()) else {
            return FieldSet::ALL;
        };
        let has = |name: &str| raw.split(',').any(|field| field.trim() == name);
        FieldSet {
            rid: has("rid"),
            name: has("name"),
            aliases: has("aliases"),
            aggregates: has("aggregates"),
        }
    }

    /// The set as a string, the same for the same set: the key a card's
    /// TO2 form is kept under.
    pub fn key(self) -> String {
        let names = [
            (self.rid, "rid"),
            (self.name, "name"),
            (self.aliases, "aliases"),
            (self.aggregates, "aggregates"),
        ];
        let chosen: Vec<&str> = names
            .iter()
            .filter(|(chosen, _)| *chosen)
            .map(|(_, name)| *name)
            .collect();
        format!("to2:{}", chosen.join(","))
    }
}

/// One window's aggregates: `[part, whole, ratings]` as TO2 sends them.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Aggregate {
    /// `[sum of pay in USD, sum of seconds worked, ratings]`.
    #[schema(value_type = Vec<f64>, example = json!([12.5, 9000, 5]))]
    pub reward: (f64, u64, u64),
    /// Mean days to payment, in seconds; null when no rating gives it.
    pub pending: Option<f64>,
    /// `[responsive, responsive + unresponsive, ratings]`.
    #[schema(value_type = Vec<u64>)]
    pub comm: [u64; 3],
    /// `[recommending, ratings, ratings]`.
    #[schema(value_type = Vec<u64>)]
    pub recommend: [u64; 3],
    /// `[some or all work rejected, ratings, ratings]`.
    #[schema(value_type = Vec<u64>)]
    pub rejected: [u64; 3],
    /// `[terms-of-service violations, ratings]`.
    #[schema(value_type = Vec<u64>)]
    pub tos: [u64; 2],
    /// `[broken tasks, ratings]`.
    #[schema(value_type = Vec<u64>)]
    pub broken: [u64; 2],
}

impl Aggregate {
    pub fn of(figures: &Figures) -> Aggregate {
        let totals = &figures.totals;
        let ratings = figures.ratings;
        Aggregate {
            reward: (totals.pay_usd, totals.minutes * 60, ratings),
            pending: (totals.days_to_payment_given > 0).then(|| {
                totals.days_to_payment as f64 / totals.days_to_payment_given as f64 * 86_400.0
            }),
            comm: [
                totals.responsive,
                totals.responsive + totals.unresponsive,
                ratings,
            ],
            recommend: [totals.recommended, ratings, ratings],
            rejected: [totals.rejected, ratings, ratings],
            tos: [totals.tos_violations, ratings],
            broken: [totals.broken, ratings],
        }
    }
}

/// All-time and the last 90 days.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Aggregates {
    pub all: Aggregate,
    pub recent: Aggregate,
}

/// The attributes asked for (every one unless `fields[requesters]` says).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct To2Attributes {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aggregates: Option<Aggregates>,
}

/// One requester as a TO2 resource.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct To2Requester {
    /// Always `requesters`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub id: String,
    pub attributes: To2Attributes,
}

impl To2Requester {
    pub fn of(card: &Scorecard, fields: FieldSet) -> To2Requester {
        let rid = card.requester_id.clone().unwrap_or_default();
        To2Requester {
            kind: "requesters",
            attributes: To2Attributes {
                rid: fields.rid.then(|| rid.clone()),
                name: fields.name.then(|| card.name.clone()),
                aliases: fields.aliases.then(|| card.aliases.clone()),
                aggregates: fields.aggregates.then(|| Aggregates {
                    all: Aggregate::of(&card.all),
                    recent: Aggregate::of(&card.last_90_days),
                }),
            },
            id: rid,
        }
    }
}

/// `GET /turkopticon/v2/requesters?rids=...`
#[derive(Debug, Serialize, ToSchema)]
pub struct To2List {
    pub data: Vec<To2Requester>,
    /// Always 200.
    pub status: u16,
}

/// `GET /turkopticon/v2/requesters/{rid}`
#[derive(Debug, Serialize, ToSchema)]
pub struct To2One {
    pub data: To2Requester,
    /// Always 200.
    pub status: u16,
}

/// One error, as TO2 wrote them.
#[derive(Debug, Serialize, ToSchema)]
pub struct To2ErrorItem {
    /// The HTTP status, as a string (`"400"`).
    pub status: String,
    pub title: String,
    pub detail: String,
}

/// A TO2 error answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct To2Errors {
    pub errors: Vec<To2ErrorItem>,
    pub status: u16,
}

/// TO1's four areas, Clickline's star areas on 1 to 5 with two decimals;
/// `"0.00"` when an area has no data.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct To1Attrs {
    pub comm: String,
    pub pay: String,
    pub fair: String,
    pub fast: String,
}

/// A known requester in TO1's shape.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct To1Requester {
    pub name: String,
    pub attrs: To1Attrs,
    /// All-time ratings.
    pub reviews: u64,
    /// Ratings reporting a terms-of-service violation.
    pub tos_flags: u64,
}

fn stars(area: Option<f64>) -> String {
    format!("{:.2}", area.unwrap_or(0.0))
}

impl To1Requester {
    pub fn of(card: &Scorecard) -> To1Requester {
        To1Requester {
            name: card.name.clone(),
            attrs: To1Attrs {
                comm: stars(card.stars.communication),
                pay: stars(card.stars.pay),
                fair: stars(card.stars.evaluation),
                fast: stars(card.stars.payment_reliability),
            },
            reviews: card.all.ratings,
            tos_flags: card.all.totals.tos_violations,
        }
    }
}

/// What TO1 answers for one id: the requester, or `""` when unknown.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(untagged)]
pub enum To1Entry {
    Known(To1Requester),
    /// Always the empty string.
    Unknown(String),
}

/// Every requested id as a key, in the order asked.
/// (Described in OpenAPI as a map of [`To1Entry`].)
#[derive(Debug, Default)]
pub struct To1Answer(pub Vec<(String, To1Entry)>);

impl Serialize for To1Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(id, entry)| (id, entry)))
    }
}

impl To1Answer {
    /// JSON with `<`, `>` and `&` escaped as TO1 sent them, so a name can
    /// never close a script or start markup in a page that inlines it. They
    /// can only occur inside strings, so replacing them everywhere is safe.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self)
            .expect("a TO1 answer serialises")
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026")
    }
}
