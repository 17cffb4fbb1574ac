//! API tokens: made and shown once, revoked.

use rocket::{post, routes, Route, State};
use serde_json::json;

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

/// A new API token for the logged-in organizer, shown once.
#[post("/organize/tokens/new", data = "<raw>")]
pub async fn new_token(app: &State<App>, session: Session, raw: RawFields) -> Page {
    session.check_csrf(&raw)?;
    let token = auth::new_token();
    app.db
        .insert_token(&crate::organizers::store::ApiToken {
            hash: auth::token_hash(&token),
            organizer_id: session.organizer.id.clone(),
            revoked: false,
        })
        .await?;
    let message = Msg::new("token-new").arg("token", token);
    ok(page(
        "notice",
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
        "notice",
        Msg::new("title-tokens-revoked"),
        json!({ "message": message, "link": "/organize" }),
    ))
}
