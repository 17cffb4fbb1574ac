use crate::organizers::model::{Access, ApiToken, Organizer};
use mongodb::bson::doc;

use crate::db::schema::{expiring, unique, CollectionIndexes};
use crate::db::{is_duplicate_key, Db};
use crate::domain::Choice;
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
