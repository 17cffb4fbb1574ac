use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

use crate::db::schema::{expiring, unique, CollectionIndexes};
use crate::db::{is_duplicate_key, Db};
use crate::domain::{Choice, Country, Role};
use crate::error::{Error, Result};

pub const COLLECTION: &str = "organizers";
pub const TOKENS: &str = "api_tokens";

pub fn indexes() -> Vec<CollectionIndexes> {
    vec![
        CollectionIndexes {
            collection: COLLECTION,
            indexes: vec![unique(doc! { "email": 1 })],
        },
        CollectionIndexes {
            collection: crate::organizers::throttle::COLLECTION,
            indexes: vec![expiring()],
        },
    ]
}

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

pub trait OrganizerStore {
    /// `Ok(false)` when the email is taken.
    async fn insert_organizer(&self, organizer: &Organizer) -> Result<bool>;
    async fn find_organizer(&self, id: &str) -> Result<Option<Organizer>>;
    async fn find_organizer_by_email(&self, email: &str) -> Result<Option<Organizer>>;
    async fn set_password(&self, id: &str, password_hash: &str) -> Result<()>;
    async fn end_sessions(&self, id: &str) -> Result<()>;
    async fn insert_token(&self, token: &ApiToken) -> Result<()>;
    async fn find_token(&self, hash: &str) -> Result<Option<ApiToken>>;
    async fn revoke_tokens(&self, organizer_id: &str) -> Result<u64>;
    async fn list_organizers(&self) -> Result<Vec<Organizer>>;
    async fn set_follows(&self, id: &str, platforms: &[crate::domain::PlatformSlug]) -> Result<()>;
    /// Sets role, countries and whether the account is disabled; disabling
    /// also ends every session.
    async fn set_access(&self, id: &str, access: &Access) -> Result<()>;
}

impl OrganizerStore for Db {
    async fn set_access(&self, id: &str, access: &Access) -> Result<()> {
        let countries: Vec<&str> = access.countries.iter().map(|c| c.code()).collect();
        let mut update = doc! { "$set": {
            "role": access.role.wire(),
            "countries": countries,
            "disabled": access.disabled,
        } };
        if access.disabled {
            update.insert("$inc", doc! { "session_version": 1 });
        }
        self.collection::<Organizer>(COLLECTION)
            .update_one(doc! { "_id": id }, update)
            .await?;
        Ok(())
    }

    async fn set_follows(&self, id: &str, platforms: &[crate::domain::PlatformSlug]) -> Result<()> {
        let slugs: Vec<&str> = platforms.iter().map(|p| p.as_str()).collect();
        self.collection::<Organizer>(COLLECTION)
            .update_one(doc! { "_id": id }, doc! { "$set": { "follows": slugs } })
            .await?;
        Ok(())
    }

    async fn insert_organizer(&self, organizer: &Organizer) -> Result<bool> {
        match self
            .collection::<Organizer>(COLLECTION)
            .insert_one(organizer)
            .await
        {
            Ok(_) => Ok(true),
            Err(e) if is_duplicate_key(&e) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    async fn find_organizer(&self, id: &str) -> Result<Option<Organizer>> {
        Ok(self
            .collection::<Organizer>(COLLECTION)
            .find_one(doc! { "_id": id })
            .await?)
    }

    async fn find_organizer_by_email(&self, email: &str) -> Result<Option<Organizer>> {
        Ok(self
            .collection::<Organizer>(COLLECTION)
            .find_one(doc! { "email": email.trim().to_lowercase() })
            .await?)
    }

    async fn set_password(&self, id: &str, password_hash: &str) -> Result<()> {
        self.collection::<Organizer>(COLLECTION)
            .update_one(
                doc! { "_id": id },
                doc! {
                    "$set": { "password_hash": password_hash, "must_change_password": false },
                    "$inc": { "session_version": 1 },
                },
            )
            .await?;
        Ok(())
    }

    async fn end_sessions(&self, id: &str) -> Result<()> {
        self.collection::<Organizer>(COLLECTION)
            .update_one(
                doc! { "_id": id },
                doc! { "$inc": { "session_version": 1 } },
            )
            .await?;
        Ok(())
    }

    async fn insert_token(&self, token: &ApiToken) -> Result<()> {
        self.collection::<ApiToken>(TOKENS)
            .insert_one(token)
            .await?;
        Ok(())
    }

    async fn find_token(&self, hash: &str) -> Result<Option<ApiToken>> {
        Ok(self
            .collection::<ApiToken>(TOKENS)
            .find_one(doc! { "_id": hash })
            .await?)
    }

    async fn revoke_tokens(&self, organizer_id: &str) -> Result<u64> {
        let result = self
            .collection::<ApiToken>(TOKENS)
            .update_many(
                doc! { "organizer_id": organizer_id },
                doc! { "$set": { "revoked": true } },
            )
            .await
            .map_err(Error::from)?;
        Ok(result.modified_count)
    }

    async fn list_organizers(&self) -> Result<Vec<Organizer>> {
        use futures::TryStreamExt;
        Ok(self
            .collection::<Organizer>(COLLECTION)
            .find(doc! {})
            .sort(doc! { "email": 1 })
            .await?
            .try_collect()
            .await?)
    }
}
