//! Role guards: a route that takes [`Moderator`], [`Admin`] or
//! [`ApiModerator`] runs only for an organizer with that role. Anyone else
//! is refused with 403 and the reason before the route runs, so no handler
//! repeats the check (or forgets it).

use rocket::http::Status;
use rocket::request::{FromRequest, Outcome, Request};

use crate::domain::Role;
use crate::error::{Error, StashedReason};
use crate::i18n::Msg;
use crate::organizers::auth::{ApiOrganizer, Session};
use crate::organizers::model::Organizer;

/// A logged-in moderator or admin.
pub struct Moderator(pub Session);

/// A logged-in admin.
pub struct Admin(pub Session);

/// A moderator's or admin's API token.
pub struct ApiModerator(pub Organizer);

/// The 403 with its reason, for the page or the API catcher.
fn refused<T>(request: &Request<'_>, message: &'static str) -> Outcome<T, Error> {
    let message = Msg::new(message);
    StashedReason::stash(request, message.clone(), "/organize");
    Outcome::Error((Status::Forbidden, Error::Forbidden(message)))
}

/// The guard `G`'s outcome, kept when `allowed`, else refused.
async fn with_role<'r, G, T>(
    request: &'r Request<'_>,
    allowed: impl FnOnce(&G) -> bool,
    wrap: impl FnOnce(G) -> T,
    message: &'static str,
) -> Outcome<T, Error>
where
    G: FromRequest<'r, Error = Error>,
{
    match G::from_request(request).await {
        Outcome::Success(found) if allowed(&found) => Outcome::Success(wrap(found)),
        Outcome::Success(_) => refused(request, message),
        Outcome::Error(error) => Outcome::Error(error),
        Outcome::Forward(status) => Outcome::Forward(status),
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Moderator {
    type Error = Error;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let allowed = |session: &Session| session.organizer.can_moderate();
        with_role(request, allowed, Moderator, "forbidden-moderators").await
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Admin {
    type Error = Error;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let allowed = |session: &Session| session.organizer.role == Role::Admin;
        with_role(request, allowed, Admin, "forbidden-admins").await
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ApiModerator {
    type Error = Error;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let allowed = |token: &ApiOrganizer| token.0.can_moderate();
        let wrap = |token: ApiOrganizer| ApiModerator(token.0);
        with_role(request, allowed, wrap, "forbidden-moderators").await
    }
}
