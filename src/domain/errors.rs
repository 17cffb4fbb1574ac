use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

use crate::i18n::Msg;

/// Validation messages keyed by field name, for the per-field messages of
/// forms (in the reader's language) and the API's 422 body
/// (`{"errors": {"field": ["message"]}}`, in English).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct FieldErrors(BTreeMap<String, Vec<Msg>>);

impl Serialize for FieldErrors {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(field, messages)| {
            (field, messages.iter().map(Msg::english).collect::<Vec<_>>())
        }))
    }
}

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: &str, message: Msg) -> Self {
        let mut errors = Self::new();
        errors.add(field, message);
        errors
    }

    pub fn add(&mut self, field: &str, message: Msg) {
        self.0.entry(field.to_owned()).or_default().push(message);
    }

    /// Records the error of a parse, returning the value when there was none.
    pub fn check<T>(&mut self, field: &str, result: Result<T, Msg>) -> Option<T> {
        result.map_err(|message| self.add(field, message)).ok()
    }

    /// As a page's template reads them: `{"field": [{"id", "args"}]}`.
    pub fn view(&self) -> serde_json::Value {
        serde_json::Value::Object(
            self.0
                .iter()
                .map(|(field, messages)| (field.clone(), serde_json::json!(messages)))
                .collect(),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, field: &str) -> bool {
        self.0.contains_key(field)
    }

    pub fn get(&self, field: &str) -> Option<&[Msg]> {
        self.0.get(field).map(Vec::as_slice)
    }

    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn merge(&mut self, other: FieldErrors) {
        for (field, messages) in other.0 {
            self.0.entry(field).or_default().extend(messages);
        }
    }

    /// `Ok(())` when nothing was recorded.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl From<validator::ValidationErrors> for FieldErrors {
    fn from(errors: validator::ValidationErrors) -> Self {
        let mut out = FieldErrors::new();
        for (field, kinds) in errors.field_errors() {
            for error in kinds {
                // Our validator rules all carry a message id as their code.
                out.add(field.as_ref(), Msg::new(error.code.to_string()));
            }
        }
        out
    }
}
