//! What the platforms domain keeps: the platforms of the catalogue and the
//! requesters named on them, with their aliases and search keys.

use crate::domain::RequesterId;
use crate::domain::{PlatformKind, PlatformSlug};
use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

/// Where work is found.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Platform {
    #[serde(rename = "_id")]
    pub slug: PlatformSlug,
    pub name: String,
    pub kind: PlatformKind,
    pub website: String,
}

/// A client who posts work on a platform, created by the first report about it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Requester {
    #[serde(rename = "_id")]
    pub key: String,
    pub platform: PlatformSlug,
    pub requester_id: RequesterId,
    /// Every display name workers have given, first one first.
    #[serde(default)]
    pub names: Vec<String>,
    /// What search matches by prefix (`search_keys`), under an index.
    #[serde(default)]
    pub search_keys: Vec<String>,
}

impl Requester {
    /// `mturk:A1B2C3`; a platform slug has no colon, so this is unambiguous.
    pub fn key(platform: &PlatformSlug, id: &RequesterId) -> String {
        format!("{platform}:{id}")
    }

    /// The first name given, or the platform's id when nobody gave one.
    pub fn name(&self) -> &str {
        self.names
            .first()
            .map(String::as_str)
            .unwrap_or(self.requester_id.as_str())
    }

    /// Names given after the first, remembered as aliases.
    pub fn aliases(&self) -> &[String] {
        self.names.get(1..).unwrap_or(&[])
    }
}

/// What a reader typed into the search box, made safe to search with:
/// control characters (a NUL included) removed, at most `MAX` characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchText(String);

impl SearchText {
    pub const MAX: usize = 100;

    /// `None` when nothing searchable is left.
    pub fn parse(raw: &str) -> Option<SearchText> {
        let text: String = raw
            .chars()
            .filter(|c| !c.is_control())
            .take(Self::MAX)
            .collect();
        let text = text.trim();
        (!text.is_empty()).then(|| SearchText(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
