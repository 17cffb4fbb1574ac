//! API tokens: made and shown once, revoked.

use rocket::{post, routes, Route, State};
use serde_json::json;

use crate::domain::FieldErrors;
use crate::error::Error;
use crate::http::fields::RawFields;
use crate::http::page::page;
use crate::i18n::Msg;
use crate::organizers::auth::{self, Session};
use crate::organizers::store::OrganizerStore;
use crate::organizers::web::{ok, Page};
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![new_token, revoke_tokens]
}

/// How long a new token may work, as the form offers it; `None` is no
/// expiry.
pub fn parse_validity(raw: &str) -> Result<Option<chrono::Duration>, FieldErrors> {
    match raw.trim() {
        "never" => Ok(None),
        "30" | "90" | "365" | "" => {
            let days = raw.trim().parse().unwrap_or(90);
            Ok(Some(chrono::Duration::days(days)))
        }
        _ => Err(FieldErrors::single(
            "valid_days",
            Msg::new("invalid-token-validity"),
        )),
    }
}

/// A new API token for the logged-in organizer, shown once.
#[post("/organize/tokens/new", data = "<raw>")]
pub async fn new_token(app: &State<App>, session: Session, raw: RawFields) -> Page {
    session.check_csrf(&raw)?;
    let validity = parse_validity(raw.get("valid_days")).map_err(Error::Invalid)?;
    let token = auth::new_token();
    let expires_at =
        validity.map(|days| mongodb::bson::DateTime::from_chrono(chrono::Utc::now() + days));
    app.db
        .insert_token(&crate::organizers::model::ApiToken {
            hash: auth::token_hash(&token),
            organizer_id: session.organizer.id.clone(),
            revoked: false,
            expires_at,
        })
        .await?;
    let message = Msg::new("token-new").arg("token", token);
    ok(page(
        "layout/notice",
        Msg::new("title-token-new"),
        json!({ "message": message, "link": "/organize" }),
    ))
}

/// Revokes every API token of the logged-in organizer.
#[post("/organize/tokens/revoke", data = "<raw>")]
pub async fn revoke_tokens(app: &State<App>, session: Session, raw: RawFields) -> Page {
    session.check_csrf(&raw)?;
    let revoked = app.db.revoke_tokens(&session.organizer.id).await?;
    let message = Msg::new("tokens-revoked").arg("count", revoked);
    ok(page(
        "layout/notice",
        Msg::new("title-tokens-revoked"),
        json!({ "message": message, "link": "/organize" }),
    ))
}
