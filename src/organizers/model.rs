//! What the organizers domain keeps: accounts of union and collective
//! organizers, their API tokens (as hashes), and what they may act on.

use crate::domain::{Country, Role};
use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

/// An organizer account. Workers never have one.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Organizer {
    #[serde(rename = "_id")]
    pub id: String,
    /// Lower case; unique.
    pub email: String,
    pub name: String,
    pub countries: Vec<Country>,
    pub role: Role,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Raised on password change and logout: older sessions stop working.
    pub session_version: i64,
    /// Platforms whose strikes the organizer's channels want to hear of:
    /// their countries are alerted for every strike against them.
    #[serde(default)]
    pub follows: Vec<crate::domain::PlatformSlug>,
    /// Disabled by an admin: no login, no session, no token works.
    #[serde(default)]
    pub disabled: bool,
    /// Still on the initial password someone else saw (the CLI's output or
    /// the admin page): the first login must set a new one.
    #[serde(default)]
    pub must_change_password: bool,
}

impl Organizer {
    /// Organizers act in the channels of their countries; admins everywhere.
    pub fn can_act_in(&self, country: &Country) -> bool {
        self.role == Role::Admin || self.countries.contains(country)
    }

    pub fn can_moderate(&self) -> bool {
        matches!(self.role, Role::Moderator | Role::Admin)
    }
}

/// An API token, stored as the SHA-256 of the token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ApiToken {
    #[serde(rename = "_id")]
    pub hash: String,
    pub organizer_id: String,
    pub revoked: bool,
    /// When the token stops working; `None` for tokens made without an expiry.
    #[serde(default)]
    pub expires_at: Option<mongodb::bson::DateTime>,
}

impl ApiToken {
    pub fn works_at(&self, now: chrono::DateTime<chrono::Utc>) -> bool {
        !self.revoked && self.expires_at.is_none_or(|end| end.to_chrono() > now)
    }
}

/// What an admin may change about an organizer.
pub struct Access {
    pub role: Role,
    pub countries: Vec<Country>,
    pub disabled: bool,
}
