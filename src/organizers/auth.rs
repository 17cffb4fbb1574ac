//! Organizer authentication: argon2id passwords, hashed API tokens, private
//! session cookies with a CSRF token, and the request guards that use them.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rand::Rng;
use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::request::{FromRequest, Outcome, Request};
use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::http::fields::RawFields;
use crate::organizers::{model::Organizer, store::OrganizerStore};
use crate::App;

pub const SESSION_COOKIE: &str = "clickline_session";

/// A random secret of `len` characters from an alphabet without look-alikes.
pub fn random_secret(len: usize) -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    (0..len)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

pub fn hash_password(password: &str) -> Result<String, Error> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| Error::Internal(e.to_string()))
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash to spend the same time on when no account matches, so response
/// times do not tell which emails have accounts.
pub fn dummy_verify(password: &str) {
    static DUMMY: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| hash_password("not a real password").expect("argon2"));
    verify_password(password, &DUMMY);
}

/// Whether `password` matches `hash` (or, with no account, the same work on
/// a dummy hash). Argon2 spends tens of milliseconds of CPU on purpose, so
/// it runs on the blocking pool: a burst of logins must not stall the async
/// workers that serve every page.
pub async fn password_matches(password: &str, hash: Option<&str>) -> bool {
    let password = password.to_owned();
    let hash = hash.map(str::to_owned);
    tokio::task::spawn_blocking(move || match hash {
        Some(hash) => verify_password(&password, &hash),
        None => {
            dummy_verify(&password);
            false
        }
    })
    .await
    .unwrap_or(false)
}

/// `hash_password` on the blocking pool, for the same reason.
pub async fn hash_password_off_thread(password: &str) -> Result<String, Error> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| Error::Internal(e.to_string()))?
}

/// API tokens are random and long, so a plain SHA-256 is enough to store them.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(format!("clickline token\0{token}")))
}

pub fn new_token() -> String {
    format!("clk_{}", random_secret(40))
}

/// What the session cookie holds (encrypted and authenticated by Rocket, so
/// its times cannot be moved by the browser).
struct SessionCookie {
    organizer_id: String,
    version: i64,
    csrf: String,
    /// When the session began (Unix seconds): the absolute expiry counts from it.
    started: i64,
    /// When the session was last used (Unix seconds, to the minute): the idle
    /// expiry counts from it.
    seen: i64,
}

impl SessionCookie {
    fn encode(&self) -> String {
        format!(
            "{}|{}|{}|{}|{}",
            self.organizer_id, self.version, self.csrf, self.started, self.seen
        )
    }

    fn decode(value: &str) -> Option<SessionCookie> {
        let mut parts = value.split('|');
        Some(SessionCookie {
            organizer_id: parts.next()?.to_owned(),
            version: parts.next()?.parse().ok()?,
            csrf: parts.next()?.to_owned(),
            started: parts.next()?.parse().ok()?,
            seen: parts.next()?.parse().ok()?,
        })
    }

    /// Whether the session is still open at `now` under both expiries.
    fn is_open_at(&self, now: i64, lifetime: &SessionLifetime) -> bool {
        now - self.seen <= lifetime.idle_seconds && now - self.started <= lifetime.absolute_seconds
    }

    fn store(&self, cookies: &CookieJar<'_>, secure: bool) {
        let cookie = Cookie::build((SESSION_COOKIE, self.encode()))
            .http_only(true)
            .same_site(SameSite::Strict)
            .secure(secure)
            .path("/");
        cookies.add_private(cookie);
    }
}

/// How long a session lasts: idle, and at most.
pub struct SessionLifetime {
    pub idle_seconds: i64,
    pub absolute_seconds: i64,
}

impl SessionLifetime {
    pub fn of(settings: &crate::config::Settings) -> SessionLifetime {
        SessionLifetime {
            idle_seconds: i64::from(settings.session_idle_minutes) * 60,
            absolute_seconds: i64::from(settings.session_hours) * 3600,
        }
    }
}

/// The idle clock is moved on at most once a minute, so a page view does
/// not always send a new cookie.
const SEEN_RESOLUTION_SECONDS: i64 = 60;

/// Starts a session: a private, HttpOnly, SameSite=Strict cookie.
pub fn start_session(cookies: &CookieJar<'_>, organizer: &Organizer, secure: bool) {
    let now = chrono::Utc::now().timestamp();
    SessionCookie {
        organizer_id: organizer.id.clone(),
        version: organizer.session_version,
        csrf: random_secret(32),
        started: now,
        seen: now,
    }
    .store(cookies, secure);
}

pub fn end_session(cookies: &CookieJar<'_>) {
    cookies.remove_private(Cookie::from(SESSION_COOKIE));
}

/// A logged-in organizer on the site, with the CSRF token of the session.
pub struct Session {
    pub organizer: Organizer,
    pub csrf: String,
}

impl Session {
    /// Every state-changing form carries the session's CSRF token.
    pub fn check_csrf(&self, raw: &RawFields) -> Result<(), Error> {
        let sent = raw.get("csrf").as_bytes();
        let ours = self.csrf.as_bytes();
        let same = sent.len() == ours.len()
            && sent.iter().zip(ours).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0;
        if same {
            Ok(())
        } else {
            Err(Error::Forbidden(crate::i18n::Msg::new("forbidden-csrf")))
        }
    }

    /// The session of the request's cookie, if it is open and its account
    /// is enabled and has not ended its sessions since; keeps it alive.
    async fn open(request: &Request<'_>) -> Outcome<Session, Error> {
        let unauthorized = || Outcome::Error((Status::Unauthorized, Error::Unauthorized));
        let cookies = request.cookies();
        let Some(cookie) = cookies.get_private(SESSION_COOKIE) else {
            return unauthorized();
        };
        let Some(mut session) = SessionCookie::decode(cookie.value()) else {
            return unauthorized();
        };
        let app = request.rocket().state::<App>().expect("App is managed");
        let now = chrono::Utc::now().timestamp();
        if !session.is_open_at(now, &SessionLifetime::of(&app.settings)) {
            end_session(cookies);
            return unauthorized();
        }
        match app.db.find_organizer(&session.organizer_id).await {
            Ok(Some(organizer))
                if organizer.session_version == session.version && !organizer.disabled =>
            {
                if now - session.seen >= SEEN_RESOLUTION_SECONDS {
                    session.seen = now;
                    session.store(cookies, app.settings.secure_cookies);
                }
                Outcome::Success(Session {
                    organizer,
                    csrf: session.csrf,
                })
            }
            Ok(_) => unauthorized(),
            Err(error) => Outcome::Error((error.status(), error)),
        }
    }
}

/// Any organizer page but the password form and logging out: refused
/// until an initial password has been replaced.
#[rocket::async_trait]
impl<'r> FromRequest<'r> for Session {
    type Error = Error;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        match Session::open(request).await {
            Outcome::Success(session) if session.organizer.must_change_password => {
                crate::error::StashedReason::stash(
                    request,
                    crate::i18n::Msg::new("forbidden-password-change"),
                    "/organize/password",
                );
                let error = Error::Forbidden(crate::i18n::Msg::new("forbidden-password-change"));
                Outcome::Error((Status::Forbidden, error))
            }
            other => other,
        }
    }
}

/// A session that may still be on its initial password: for the password
/// form and logging out.
pub struct FirstSession(pub Session);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for FirstSession {
    type Error = Error;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        Session::open(request).await.map(FirstSession)
    }
}

/// An organizer calling the API with `Authorization: Bearer <token>`.
pub struct ApiOrganizer(pub Organizer);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ApiOrganizer {
    type Error = Error;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let unauthorized = || Outcome::Error((Status::Unauthorized, Error::Unauthorized));
        let Some(token) = request
            .headers()
            .get_one("Authorization")
            .and_then(|value| value.strip_prefix("Bearer "))
        else {
            return unauthorized();
        };
        let app = request.rocket().state::<App>().expect("App is managed");
        let found = match app.db.find_token(&token_hash(token.trim())).await {
            Ok(Some(token)) if token.works_at(chrono::Utc::now()) => {
                app.db.find_organizer(&token.organizer_id).await
            }
            Ok(_) => return unauthorized(),
            Err(error) => return Outcome::Error((error.status(), error)),
        };
        match found {
            // Whoever created the account saw its initial password, and its
            // token came with it: nothing is done in the account's name
            // until its owner has set a password of their own.
            Ok(Some(organizer)) if organizer.must_change_password && !organizer.disabled => {
                let message = crate::i18n::Msg::new("forbidden-password-change");
                crate::error::StashedReason::stash(request, message.clone(), "/organize/password");
                Outcome::Error((Status::Forbidden, Error::Forbidden(message)))
            }
            Ok(Some(organizer)) if !organizer.disabled => Outcome::Success(ApiOrganizer(organizer)),
            Ok(_) => unauthorized(),
            Err(error) => Outcome::Error((error.status(), error)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_with_argon2id_and_verify() {
        let hash = hash_password("correct horse").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("wrong", &hash));
    }

    #[test]
    fn session_cookies_round_trip() {
        let cookie = SessionCookie {
            organizer_id: "abc".into(),
            version: 3,
            csrf: "xyz".into(),
            started: 1_000,
            seen: 2_000,
        };
        let back = SessionCookie::decode(&cookie.encode()).unwrap();
        assert_eq!(
            (back.organizer_id.as_str(), back.version, back.csrf.as_str()),
            ("abc", 3, "xyz")
        );
        assert_eq!((back.started, back.seen), (1_000, 2_000));
    }

    #[test]
    fn sessions_end_when_idle_and_at_their_absolute_limit() {
        let lifetime = SessionLifetime {
            idle_seconds: 600,
            absolute_seconds: 3_600,
        };
        let session = |started, seen| SessionCookie {
            organizer_id: "abc".into(),
            version: 0,
            csrf: "xyz".into(),
            started,
            seen,
        };
        assert!(session(0, 0).is_open_at(600, &lifetime));
        assert!(!session(0, 0).is_open_at(601, &lifetime), "idle too long");
        assert!(session(0, 3_000).is_open_at(3_600, &lifetime));
        assert!(
            !session(0, 3_500).is_open_at(3_601, &lifetime),
            "in use, but past the absolute limit"
        );
    }
}
