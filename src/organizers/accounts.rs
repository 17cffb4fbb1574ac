//! Creating organizer accounts (the `clickline organizer add` command).

use crate::db::Db;
use crate::domain::{Choice, Country, FieldErrors, OrganizerId, Role};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::organizers::auth::{hash_password, new_token, random_secret, token_hash};
use crate::organizers::store::{ApiToken, Organizer, OrganizerStore};

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
    // Moderators and admins act everywhere; organizers in their countries.
    if parsed.is_empty() && role == Some(Role::Organizer) && !errors.contains("countries") {
        errors.add("countries", Msg::new("invalid-organizer-countries"));
    }
    errors.clone().into_result()?;
    Ok((email, name, parsed, role.ok_or(errors)?))
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
