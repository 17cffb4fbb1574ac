use std::borrow::Cow;

use fluent_templates::fluent_bundle::FluentValue;
use serde::{Serialize, Serializer};

use super::Lang;

/// An argument of a message: text is shown as given, numbers pick plural
/// forms.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
    /// A message inside a message, rendered in the same language.
    Msg(Box<Msg>),
    /// A date as the API writes it (`YYYY-MM-DD`, `YYYY-MM`), shown as the
    /// language writes dates.
    Date(String),
    /// A country code, shown as the country's name in the language.
    Country(String),
}

impl Arg {
    pub(super) fn to_fluent(&self, lang: Lang) -> FluentValue<'static> {
        match self {
            Arg::Text(text) => FluentValue::from(text.clone()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Msg(msg) => FluentValue::from(msg.render(lang)),
            Arg::Date(date) => FluentValue::from(super::format::date_text(lang, date)),
            Arg::Country(code) => FluentValue::from(super::names::country(lang, code)),
        }
    }
}

impl From<Msg> for Arg {
    fn from(msg: Msg) -> Self {
        Arg::Msg(Box::new(msg))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// A message to show someone, not yet in any language: validation errors
/// and notices are made of these, and each page renders them in its reader's
/// language (the JSON API renders them in English).
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub id: Cow<'static, str>,
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

impl Msg {
    pub fn new(id: impl Into<Cow<'static, str>>) -> Msg {
        Msg {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: impl Into<Cow<'static, str>>, value: impl Into<Arg>) -> Msg {
        self.args.push((name.into(), value.into()));
        self
    }

    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, value)| (name.as_ref(), value.clone()))
            .collect();
        super::translate(lang, &self.id, &args)
    }

    pub fn english(&self) -> String {
        self.render(Lang::En)
    }
}

/// In English, for logs and the API.
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

/// As `{"id": ..., "args": {...}}`, which the templates' `t` helper reads.
impl Serialize for Msg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut args = serde_json::Map::new();
        for (name, value) in &self.args {
            let value = match value {
                Arg::Text(text) => serde_json::Value::from(text.as_str()),
                Arg::Number(n) => serde_json::Value::from(*n),
                Arg::Msg(msg) => serde_json::to_value(msg).map_err(serde::ser::Error::custom)?,
                Arg::Date(date) => serde_json::json!({ "date": date }),
                Arg::Country(code) => serde_json::json!({ "country": code }),
            };
            args.insert(name.to_string(), value);
        }
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("args", &args)?;
        map.end()
    }
}
