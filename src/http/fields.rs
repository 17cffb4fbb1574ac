//! The raw fields of a submission, from an HTML form or a JSON body alike.
//! Everything stays text here, so a form can be shown again exactly as typed.

use std::collections::BTreeMap;

use rocket::data::{Data, FromData, Outcome, ToByteUnit};
use rocket::http::Status;
use rocket::request::Request;
use serde::Serialize;
use serde_json::Value;

use crate::domain::text::{redact_personal_data, without_illegal_chars, Redaction};
use crate::domain::FieldErrors;
use crate::error::Error;
use crate::i18n::Msg;

/// Objects that JSON clients send nested (`"pay": {"amount", "currency"}`),
/// flattened here to `pay.amount` and `pay.currency`, the names forms use.
const NESTED: [&str; 3] = ["pay", "amount_at_stake", "bonus"];
/// Objects of objects (`"translations": {"id": {"title", "demands"}}`),
/// flattened to `translations.id.title`.
const NESTED_TWICE: [&str; 1] = ["translations"];

/// Serialised as the bare map of values, the way forms refill their fields.
#[derive(Debug, Default, Clone, Serialize)]
#[serde(transparent)]
pub struct RawFields {
    values: BTreeMap<String, String>,
    /// Problems with the shape of the body itself (a list where a value
    /// belongs, a body that is not JSON); reported with the field errors.
    #[serde(skip)]
    pub shape_errors: FieldErrors,
    #[serde(skip)]
    pub from_json: bool,
}

impl RawFields {
    /// An optional free-text field of at most `max_chars` characters, with
    /// personal data (phone numbers, e-mail addresses...) removed: what was
    /// removed is added to `redactions` so the worker can be told.
    pub fn free_text(
        &self,
        field: &str,
        max_chars: usize,
        redactions: &mut Vec<Redaction>,
        errors: &mut FieldErrors,
    ) -> Option<String> {
        let text = self.optional(field)?;
        let chars = text.chars().count();
        if chars > max_chars {
            errors.add(
                field,
                Msg::new("invalid-text-long")
                    .arg("max", max_chars)
                    .arg("chars", chars),
            );
            return None;
        }
        let (clean, found) = redact_personal_data(text);
        for kind in found {
            if !redactions.contains(&kind) {
                redactions.push(kind);
            }
        }
        Some(clean)
    }

    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut fields = RawFields::default();
        for (name, value) in pairs {
            fields.set(name, value);
        }
        fields
    }

    /// A form body. A name given several times (a group of check boxes) is
    /// a list, as JSON arrays are: its values joined by commas.
    pub fn from_urlencoded(body: &str) -> Self {
        let mut fields = RawFields::default();
        for (name, value) in form_urlencoded::parse(body.as_bytes()) {
            match fields.values.get(name.as_ref()) {
                Some(earlier) => {
                    let joined = format!("{earlier},{value}");
                    fields.set(&name, &joined);
                }
                None => fields.set(&name, &value),
            }
        }
        fields
    }

    pub fn from_json(body: &str) -> Self {
        let mut fields = RawFields {
            from_json: true,
            ..RawFields::default()
        };
        match serde_json::from_str::<Value>(body) {
            Ok(Value::Object(object)) => {
                for (name, value) in object {
                    match value {
                        Value::Object(inner) if NESTED.contains(&name.as_str()) => {
                            for (sub, value) in inner {
                                fields.set_json(&format!("{name}.{sub}"), value);
                            }
                        }
                        Value::Object(outer) if NESTED_TWICE.contains(&name.as_str()) => {
                            fields.set_nested(&name, outer);
                        }
                        value => fields.set_json(&name, value),
                    }
                }
            }
            Ok(_) => fields
                .shape_errors
                .add("body", Msg::new("invalid-body-not-object")),
            Err(e) => fields.shape_errors.add(
                "body",
                Msg::new("invalid-body-json").arg("detail", e.to_string()),
            ),
        }
        fields
    }

    /// `{"id": {"title": ..}}` under `name` as `name.id.title`; anything
    /// but an object at the middle level is refused like any other shape.
    fn set_nested(&mut self, name: &str, outer: serde_json::Map<String, Value>) {
        for (key, value) in outer {
            match value {
                Value::Object(inner) => {
                    for (sub, value) in inner {
                        self.set_json(&format!("{name}.{key}.{sub}"), value);
                    }
                }
                value => self.set_json(&format!("{name}.{key}"), value),
            }
        }
    }

    fn set_json(&mut self, name: &str, value: Value) {
        match value {
            Value::Null => {}
            Value::String(s) => self.set(name, &s),
            Value::Number(n) => self.set(name, &n.to_string()),
            Value::Bool(b) => self.set(name, if b { "true" } else { "false" }),
            // A list (`called_in`, `requester_ids`) as the JSON answers
            // write it: the same as the comma-separated text forms send.
            Value::Array(items) if items.iter().all(Value::is_string) => {
                let items: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
                self.set(name, &items.join(","));
            }
            // An object here could be a query operator ({"$gt": ""}); it is
            // refused, never passed on.
            Value::Array(_) | Value::Object(_) => self
                .shape_errors
                .add(name, Msg::new("invalid-not-single-value")),
        }
    }

    pub fn set(&mut self, name: &str, value: &str) {
        let value = without_illegal_chars(value).into_owned();
        self.values.insert(name.to_owned(), value);
    }

    pub fn remove(&mut self, name: &str) {
        self.values.remove(name);
    }

    /// The value as typed, or "" when absent.
    pub fn get(&self, name: &str) -> &str {
        self.values.get(name).map(String::as_str).unwrap_or("")
    }

    /// The value, or `None` when absent or blank.
    pub fn optional(&self, name: &str) -> Option<&str> {
        Some(self.get(name).trim()).filter(|v| !v.is_empty())
    }

    /// The items of a list field (a JSON array, check boxes, or text
    /// separated by commas, spaces or lines), blanks left out.
    pub fn items(&self, name: &str) -> impl Iterator<Item = &str> {
        self.get(name)
            .split([',', ' ', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.values.keys().map(String::as_str)
    }

    /// These fields overwritten by `other`'s (for PATCH).
    pub fn overlaid_with(mut self, other: &RawFields) -> RawFields {
        for (name, value) in &other.values {
            self.values.insert(name.clone(), value.clone());
        }
        self.shape_errors.merge(other.shape_errors.clone());
        self.from_json |= other.from_json;
        self
    }

    /// Errors for JSON fields the API does not know: a typo in a client
    /// should not silently drop data.
    pub fn unknown_field_errors(&self, known: &[&str]) -> FieldErrors {
        let mut errors = self.shape_errors.clone();
        if self.from_json {
            for name in self.names().filter(|n| !known.contains(n)) {
                errors.add(name, Msg::new("invalid-unknown-field"));
            }
        }
        errors
    }
}

#[rocket::async_trait]
impl<'r> FromData<'r> for RawFields {
    type Error = Error;

    async fn from_data(request: &'r Request<'_>, data: Data<'r>) -> Outcome<'r, Self> {
        let is_json = request.content_type().is_some_and(|ct| ct.is_json());
        let limit = request
            .limits()
            .get(if is_json { "json" } else { "form" })
            .unwrap_or_else(|| 64.kibibytes());
        let body = match data.open(limit).into_string().await {
            Ok(body) if body.is_complete() => body.into_inner(),
            Ok(_) => return Outcome::Error((Status::PayloadTooLarge, Error::TooLarge)),
            Err(e) => {
                let errors = FieldErrors::single(
                    "body",
                    Msg::new("invalid-body-utf8").arg("detail", e.to_string()),
                );
                crate::error::StashedErrors::stash(request, &errors);
                return Outcome::Error((Status::UnprocessableEntity, Error::Invalid(errors)));
            }
        };
        Outcome::Success(if is_json {
            RawFields::from_json(&body)
        } else {
            RawFields::from_urlencoded(&body)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_flattened_and_operators_are_refused() {
        let raw = RawFields::from_json(
            r#"{"pay": {"amount": 1.5, "currency": "USD"}, "recommend": true,
                "country": {"$gt": ""}, "comment": null}"#,
        );
        assert_eq!(raw.get("pay.amount"), "1.5");
        assert_eq!(raw.get("recommend"), "true");
        assert_eq!(raw.optional("comment"), None);
        assert!(raw.shape_errors.contains("country"));
        assert_eq!(raw.get("country"), "");
    }

    #[test]
    fn lists_of_text_read_as_forms_write_them_and_other_lists_are_refused() {
        let raw = RawFields::from_json(r#"{"called_in": ["PH", "ID"], "ids": [1, {"$gt": ""}]}"#);
        assert_eq!(raw.get("called_in"), "PH,ID");
        assert!(raw.shape_errors.contains("ids"));
        assert_eq!(raw.get("ids"), "");
    }

    #[test]
    fn forms_are_decoded() {
        let raw = RawFields::from_urlencoded("comment=caf%C3%A9+%3Cb%3E&pay.amount=2");
        assert_eq!(raw.get("comment"), "café <b>");
        assert_eq!(raw.get("pay.amount"), "2");
    }

    #[test]
    fn unknown_json_fields_are_named() {
        let raw = RawFields::from_json(r#"{"country": "PH", "colour": "red"}"#);
        let errors = raw.unknown_field_errors(&["country"]);
        assert!(errors.contains("colour"));
        assert!(!errors.contains("country"));
    }
}
