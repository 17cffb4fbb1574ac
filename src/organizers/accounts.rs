//! Creating organizer accounts (the `clickline organizer add` command).

use crate::db::Db;
use crate::domain::{Choice, Country, FieldErrors, OrganizerId, Role};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::organizers::auth::{hash_password, new_token, random_secret, token_hash};
use crate::organizers::{
    model::{Access, ApiToken, Organizer},
    store::OrganizerStore,
};
use crate::vouchers::store::VoucherStore;

/// A new account and its one-time secrets, shown once.
pub struct Created {
    pub organizer: Organizer,
    pub password: String,
    pub token: String,
}

/// The fields of a new organizer, checked.
pub fn parse_organizer(
    email: &str,
    name: &str,
    countries: &str,
    role: &str,
) -> Result<(String, String, Vec<Country>, Role), FieldErrors> {
    let mut errors = FieldErrors::new();
    let email = email.trim().to_lowercase();
    let well_formed = email.len() <= 254
        && email
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
        && !email.contains(char::is_whitespace);
    if !well_formed {
        errors.add("email", Msg::new("invalid-email"));
    }
    let name = name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        errors.add("name", Msg::new("invalid-organizer-name"));
    }
    let access = parse_access(countries, role, false);
    match access {
        Ok(access) if errors.is_empty() => Ok((email, name, access.countries, access.role)),
        Ok(_) => Err(errors),
        Err(access_errors) => {
            errors.merge(access_errors);
            Err(errors)
        }
    }
}

/// A role and its countries (`FR, de`), checked: organizers need at least
/// one country, moderators and admins act everywhere.
pub fn parse_access(countries: &str, role: &str, disabled: bool) -> Result<Access, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut parsed = Vec::new();
    for code in countries
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        if let Some(country) = errors.check("countries", Country::parse(code)) {
            if !parsed.contains(&country) {
                parsed.push(country);
            }
        }
    }
    let role = errors.check(
        "role",
        Role::parse(if role.trim().is_empty() {
            "organizer"
        } else {
            role
        }),
    );
    if parsed.is_empty() && role == Some(Role::Organizer) && !errors.contains("countries") {
        errors.add("countries", Msg::new("invalid-organizer-countries"));
    }
    match role {
        Some(role) if errors.is_empty() => Ok(Access {
            role,
            countries: parsed,
            disabled,
        }),
        _ => Err(errors),
    }
}

/// Changes an organizer's role, countries and whether the account is
/// disabled. Disabling ends their sessions and API tokens at once.
pub async fn change_access(db: &Db, email: &str, access: &Access) -> Result<Organizer> {
    let organizer = db
        .find_organizer_by_email(email)
        .await?
        .ok_or_else(|| Error::not_found("organizer"))?;
    db.set_access(&organizer.id, access).await?;
    if access.disabled {
        db.revoke_tokens(&organizer.id).await?;
        // Vouchers handed out in its name stop vouching for anything.
        db.void_batches_of(&organizer.id).await?;
    }
    db.find_organizer(&organizer.id)
        .await?
        .ok_or_else(|| Error::not_found("organizer"))
}

/// Disables an account, keeping its role and countries.
pub async fn disable(db: &Db, email: &str) -> Result<Organizer> {
    let organizer = db
        .find_organizer_by_email(email)
        .await?
        .ok_or_else(|| Error::not_found("organizer"))?;
    let access = Access {
        role: organizer.role,
        countries: organizer.countries,
        disabled: true,
    };
    change_access(db, email, &access).await
}

/// Creates the account with a random password and an API token.
pub async fn create_organizer(
    db: &Db,
    email: &str,
    name: &str,
    countries: &str,
    role: &str,
) -> Result<Created> {
    let (email, name, countries, role) = parse_organizer(email, name, countries, role)?;
    let password = random_secret(20);
    let organizer = Organizer {
        id: OrganizerId::generate().to_string(),
        email,
        name,
        countries,
        role,
        password_hash: hash_password(&password)?,
        session_version: 0,
        follows: Vec::new(),
        disabled: false,
        // Whoever made the account saw this password.
        must_change_password: true,
    };
    if !db.insert_organizer(&organizer).await? {
        return Err(Error::Invalid(FieldErrors::single(
            "email",
            Msg::new("invalid-organizer-exists"),
        )));
    }
    let token = new_token();
    db.insert_token(&ApiToken {
        hash: token_hash(&token),
        organizer_id: organizer.id.clone(),
        revoked: false,
        expires_at: None,
    })
    .await?;
    Ok(Created {
        organizer,
        password,
        token,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organizer_fields_are_checked() {
        let (email, _, countries, role) =
            parse_organizer(" Ana@Union.org ", "Ana", "fr, de,FR", "").unwrap();
        assert_eq!(email, "ana@union.org");
        assert_eq!(countries.len(), 2);
        assert_eq!(role, Role::Organizer);
        let errors = parse_organizer("nope", "", "XX", "boss").unwrap_err();
        for field in ["email", "name", "countries", "role"] {
            assert!(errors.contains(field), "{field}");
        }
        assert!(parse_organizer("a@b.org", "Admin", "", "admin").is_ok());
    }
}
