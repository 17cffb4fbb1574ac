//! The OpenAPI input schemas are hand-written structs beside each parser, so
//! these tests hold them to the parsers: the same fields, the same limits.

use std::collections::BTreeSet;

use crate::companies::parse::{DECISION_FIELDS, PROPOSAL_FIELDS};
use crate::domain::RequesterId;
use crate::moderation::parse::{FLAG_FIELDS, MAX_FLAG_NOTE};
use crate::reports::parse::{
    GRIEVANCE_FIELDS, MAX_COMMENT, MAX_DAYS_TO_PAYMENT, MAX_DESCRIPTION, MAX_DESIRED_OUTCOME,
    MAX_END_CLIENT, MAX_MINUTES, MAX_REQUESTER_NAME, MIN_DESCRIPTION, RATING_FIELDS,
};
use crate::strikes::parse::{
    DEMANDS_LENGTH, MAX_STRIKE_REQUESTERS, MAX_UNDERCUT_NOTE, PLEDGE_FIELDS, STATUS_FIELDS,
    STRIKE_FIELDS, SUPPORT_FIELDS, TITLE_LENGTH, UNDERCUT_FIELDS,
};
use serde_json::Value;

fn spec() -> Value {
    let parts = crate::api_parts();
    crate::http::openapi::Description::merged(parts.iter().map(|part| &part.description)).0
}

/// Follows a `$ref`, and looks through `Option`'s `oneOf: [null, T]`.
fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.trim_start_matches("#/components/schemas/");
        return resolve(spec, &spec["components"]["schemas"][name]);
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(variants) = schema[key].as_array() {
            if let Some(object) = variants.iter().find(|v| v["type"] != "null") {
                return resolve(spec, object);
            }
        }
    }
    schema
}

/// Field names as the parsers name them: nested objects as `pay.amount`.
fn field_names(spec: &Value, schema: &Value, prefix: &str, names: &mut BTreeSet<String>) {
    let schema = resolve(spec, schema);
    let properties = schema["properties"].as_object().expect("an object schema");
    for (name, property) in properties {
        let property = resolve(spec, property);
        if property["properties"].is_object() {
            field_names(spec, property, &format!("{prefix}{name}."), names);
        } else {
            names.insert(format!("{prefix}{name}"));
        }
    }
}

fn input(spec: &Value, name: &str) -> Value {
    spec["components"]["schemas"][name].clone()
}

#[test]
fn every_input_schema_lists_exactly_its_parsers_fields() {
    let spec = spec();
    let pairs: [(&str, &[&str]); 10] = [
        ("RatingInput", RATING_FIELDS),
        ("GrievanceInput", GRIEVANCE_FIELDS),
        ("FlagInput", FLAG_FIELDS),
        ("StrikeInput", STRIKE_FIELDS),
        ("StatusInput", STATUS_FIELDS),
        ("PledgeInput", PLEDGE_FIELDS),
        ("UndercutInput", UNDERCUT_FIELDS),
        ("SupportInput", SUPPORT_FIELDS),
        ("ProposalInput", PROPOSAL_FIELDS),
        ("DecisionInput", DECISION_FIELDS),
    ];
    for (schema, fields) in pairs {
        let mut described = BTreeSet::new();
        field_names(&spec, &input(&spec, schema), "", &mut described);
        let parsed: BTreeSet<String> = fields.iter().map(|f| f.to_string()).collect();
        assert_eq!(described, parsed, "{schema} and its parser disagree");
    }
}

/// A limit as the schema states it.
fn limit(spec: &Value, schema: &str, path: &str, key: &str) -> u64 {
    let mut node = resolve(spec, &spec["components"]["schemas"][schema]);
    for field in path.split('.') {
        node = resolve(spec, &node["properties"][field]);
    }
    node[key]
        .as_u64()
        .or_else(|| node[key].as_f64().map(|f| f as u64))
        .unwrap_or_else(|| panic!("{schema}.{path} has no {key}: {node}"))
}

#[test]
fn input_schemas_state_the_parsers_limits() {
    let spec = spec();
    let usize_limits: [(&str, &str, &str, usize); 12] = [
        ("RatingInput", "comment", "maxLength", MAX_COMMENT),
        ("RatingInput", "end_client", "maxLength", MAX_END_CLIENT),
        (
            "RatingInput",
            "requester_id",
            "maxLength",
            RequesterId::MAX_LEN,
        ),
        (
            "GrievanceInput",
            "desired_outcome",
            "maxLength",
            MAX_DESIRED_OUTCOME,
        ),
        (
            "GrievanceInput",
            "requester_id",
            "maxLength",
            RequesterId::MAX_LEN,
        ),
        ("FlagInput", "note", "maxLength", MAX_FLAG_NOTE),
        ("UndercutInput", "note", "maxLength", MAX_UNDERCUT_NOTE),
        ("StrikeInput", "title", "minLength", *TITLE_LENGTH.start()),
        ("StrikeInput", "title", "maxLength", *TITLE_LENGTH.end()),
        (
            "StrikeInput",
            "demands",
            "minLength",
            *DEMANDS_LENGTH.start(),
        ),
        ("StrikeInput", "demands", "maxLength", *DEMANDS_LENGTH.end()),
        (
            "StrikeInput",
            "requester_ids",
            "maxItems",
            MAX_STRIKE_REQUESTERS,
        ),
    ];
    for (schema, field, key, expected) in usize_limits {
        assert_eq!(
            limit(&spec, schema, field, key),
            expected as u64,
            "{schema}.{field} {key}"
        );
    }
    let other_limits: [(&str, &str, &str, u64); 6] = [
        ("RatingInput", "minutes", "maximum", MAX_MINUTES.into()),
        (
            "RatingInput",
            "days_to_payment",
            "maximum",
            MAX_DAYS_TO_PAYMENT.into(),
        ),
        (
            "RatingInput",
            "requester_name",
            "maxLength",
            MAX_REQUESTER_NAME,
        ),
        (
            "GrievanceInput",
            "requester_name",
            "maxLength",
            MAX_REQUESTER_NAME,
        ),
        (
            "GrievanceInput",
            "description",
            "minLength",
            MIN_DESCRIPTION,
        ),
        (
            "GrievanceInput",
            "description",
            "maxLength",
            MAX_DESCRIPTION,
        ),
    ];
    for (schema, field, key, expected) in other_limits {
        assert_eq!(
            limit(&spec, schema, field, key),
            expected,
            "{schema}.{field} {key}"
        );
    }
}

#[test]
fn no_response_is_free_form() {
    let spec = spec();
    let mut checked = 0;
    for (path, methods) in spec["paths"].as_object().unwrap() {
        if path == "/api/v1/openapi.json" {
            continue; // the description itself: an OpenAPI document
        }
        for (method, operation) in methods.as_object().unwrap() {
            for (status, response) in operation["responses"].as_object().unwrap() {
                for content in response["content"].as_object().into_iter().flatten() {
                    let schema = &content.1["schema"];
                    let typed = schema.get("$ref").is_some()
                        || schema["items"].get("$ref").is_some()
                        || content.0 != "application/json";
                    assert!(
                        typed,
                        "{method} {path} {status} answers a free-form {schema}"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 60, "only {checked} responses checked");
}

#[test]
fn closed_vocabularies_are_described_by_their_wire_names() {
    use crate::domain::{Choice, PlatformKind, TaskType};
    let spec = spec();
    for (name, wires) in [
        (
            "PlatformKind",
            PlatformKind::ALL
                .iter()
                .map(|c| c.wire())
                .collect::<Vec<_>>(),
        ),
        ("TaskType", TaskType::ALL.iter().map(|c| c.wire()).collect()),
    ] {
        let described = &spec["components"]["schemas"][name]["enum"];
        assert_eq!(described, &serde_json::json!(wires), "{name}");
    }
}

#[test]
fn company_input_schemas_state_their_parsers_limits() {
    use crate::companies::parse::{MAX_COMPANY_NAME, MAX_EVIDENCE, MAX_REASON, MIN_EVIDENCE};
    let spec = spec();
    let limits: [(&str, &str, &str, usize); 5] = [
        ("ProposalInput", "evidence", "minLength", MIN_EVIDENCE),
        ("ProposalInput", "evidence", "maxLength", MAX_EVIDENCE),
        ("ProposalInput", "company", "maxLength", MAX_COMPANY_NAME),
        (
            "ProposalInput",
            "requester_id",
            "maxLength",
            RequesterId::MAX_LEN,
        ),
        ("DecisionInput", "reason", "maxLength", MAX_REASON),
    ];
    for (schema, field, key, expected) in limits {
        assert_eq!(
            limit(&spec, schema, field, key),
            expected as u64,
            "{schema}.{field} {key}"
        );
    }
}

#[test]
fn a_bulk_answer_is_whole_cards_or_the_fields_asked() {
    let spec = spec();
    let answer = &spec["paths"]["/api/v1/requesters"]["get"]["responses"]["200"]["content"]
        ["application/json"]["schema"];
    assert_eq!(
        answer["items"]["$ref"],
        "#/components/schemas/BulkScorecard"
    );
    let any_of = spec["components"]["schemas"]["BulkScorecard"]["anyOf"]
        .as_array()
        .expect("any of two forms: a whole card is a compact one too");
    assert_eq!(any_of[0]["$ref"], "#/components/schemas/Scorecard");
    assert_eq!(any_of[1]["required"], serde_json::json!(["requester_id"]));
    assert!(spec["components"]["schemas"]["Scorecard"].is_object());
}
