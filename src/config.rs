//! Settings from `Rocket.toml` (profiles), overridden by `ROCKET_*` variables,
//! plus `MONGODB_URI` from the environment.

use rocket::figment::Figment;
use serde::Deserialize;

/// Clickline's own settings, read from the same figment as Rocket's.
#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    /// The MongoDB database name.
    #[serde(default = "defaults::database")]
    pub database: String,
    /// Breakdowns are only published for groups of at least this many reports.
    #[serde(default = "defaults::min_group_size")]
    pub min_group_size: u32,
    /// Reports, flags and pledges one client may file per hour.
    #[serde(default = "defaults::submissions_per_hour")]
    pub submissions_per_hour: u32,
    /// Reports per page on requester and platform pages.
    #[serde(default = "defaults::page_size")]
    pub page_size: u32,
    /// Organizer login attempts one client may make per hour.
    #[serde(default = "defaults::login_attempts_per_hour")]
    pub login_attempts_per_hour: u32,
    /// Vouchers one organizer may issue per day (UTC).
    #[serde(default = "defaults::vouchers_per_day")]
    pub vouchers_per_day: u32,
    /// An organizer session ends after this many minutes without a request.
    #[serde(default = "defaults::session_idle_minutes")]
    pub session_idle_minutes: u32,
    /// An organizer session ends this many hours after login, however busy.
    #[serde(default = "defaults::session_hours")]
    pub session_hours: u32,
    /// Mark session cookies Secure (HTTPS only); on in the release profile.
    #[serde(default)]
    pub secure_cookies: bool,
    /// The folder of stylesheets and other static files.
    #[serde(default = "defaults::static_dir")]
    pub static_dir: String,
    /// A report filed on day D is published when day D + this begins (UTC);
    /// 0 publishes at the next run of the publication step.
    #[serde(default = "defaults::publish_after_days")]
    pub publish_after_days: u32,
    /// Ratings one client may give the same requester in one day.
    #[serde(default = "defaults::ratings_per_target_per_day")]
    pub ratings_per_target_per_day: u32,
    /// How often, in seconds, each instance runs the publication step; 0
    /// turns it off (tests publish on demand).
    #[serde(default = "defaults::publication_every_seconds")]
    pub publication_every_seconds: u32,
    /// Screen every batch before publication and hold suspicious bursts for
    /// moderators (off only in tests).
    #[serde(default = "defaults::hold_bursts")]
    pub hold_bursts: bool,
    /// Where readers reach this Clickline (`public_url`): see [`PublicUrl`].
    #[serde(skip_deserializing, default)]
    pub public_url: PublicUrl,
}

/// The address readers reach this Clickline at (`https://clickline.example`,
/// no path), from the `public_url` setting. The extension's packages carry it
/// as the address they update from and talk to, so it must never come from a
/// request: a `Host` header is whatever the client wrote, and one request
/// with `Host: evil.example` would otherwise reach every visitor served from
/// the page cache after it. Required in every profile but debug, where it
/// defaults to the configured `address` and `port`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl(String);

impl Default for PublicUrl {
    fn default() -> Self {
        PublicUrl("http://127.0.0.1:8000".into())
    }
}

impl PublicUrl {
    /// `http://` or `https://`, then a host name or address with an optional
    /// port; a trailing `/` is dropped, anything else after the host refused.
    pub fn parse(text: &str) -> Result<PublicUrl, String> {
        let text = text.trim().trim_end_matches('/');
        let host = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or_else(|| format!("public_url {text:?} must begin with https:// or http://"))?;
        let plain = !host.is_empty()
            && host.len() <= 260
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
        if plain {
            Ok(PublicUrl(text.to_owned()))
        } else {
            Err(format!(
                "public_url {text:?} must be a scheme and a host (and port), with no path, user or query"
            ))
        }
    }

    /// The configured `public_url`; in the debug profile, without one, the
    /// address Rocket listens on.
    fn from_figment(figment: &Figment) -> Result<PublicUrl, ConfigError> {
        match figment.extract_inner::<String>("public_url") {
            Ok(text) if !text.trim().is_empty() => {
                PublicUrl::parse(&text).map_err(ConfigError::BadPublicUrl)
            }
            _ if figment.profile() == rocket::Config::DEBUG_PROFILE => {
                let address = figment
                    .extract_inner::<std::net::IpAddr>("address")
                    .unwrap_or(std::net::Ipv4Addr::LOCALHOST.into());
                let port = figment.extract_inner::<u16>("port").unwrap_or(8000);
                let host = match address {
                    address if address.is_unspecified() => "127.0.0.1".to_owned(),
                    std::net::IpAddr::V6(address) => format!("[{address}]"),
                    address => address.to_string(),
                };
                Ok(PublicUrl(format!("http://{host}:{port}")))
            }
            _ => Err(ConfigError::MissingPublicUrl),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The host alone, without scheme or port, as script managers'
    /// `@connect` wants it.
    pub fn host(&self) -> &str {
        let authority = self.0.split("://").nth(1).unwrap_or(&self.0);
        match authority.find(']') {
            Some(end) if authority.starts_with('[') => &authority[..=end],
            _ => authority.split(':').next().unwrap_or(authority),
        }
    }

    /// An absolute address for a path of this site (`/strikes/1`).
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }
}

pub mod defaults {
    pub fn database() -> String {
        "clickline".into()
    }
    pub fn min_group_size() -> u32 {
        5
    }
    pub fn submissions_per_hour() -> u32 {
        30
    }
    pub fn page_size() -> u32 {
        20
    }
    pub fn login_attempts_per_hour() -> u32 {
        10
    }
    pub fn vouchers_per_day() -> u32 {
        2000
    }
    pub fn session_idle_minutes() -> u32 {
        120
    }
    pub fn session_hours() -> u32 {
        12
    }
    pub fn publish_after_days() -> u32 {
        1
    }
    pub fn ratings_per_target_per_day() -> u32 {
        2
    }
    pub fn publication_every_seconds() -> u32 {
        3
    }
    pub fn hold_bursts() -> bool {
        true
    }
    pub fn static_dir() -> String {
        "static".into()
    }
}

/// Keys derived from the configured `secret_key`, held in Rocket state.
#[derive(Clone)]
pub struct Secrets {
    master: Vec<u8>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("invalid Clickline settings: {0}")]
    Invalid(Box<rocket::figment::Error>),
    #[error(
        "no secret_key is configured for the release profile. Generate one with \
         `openssl rand -base64 32` and set it as ROCKET_SECRET_KEY (or secret_key in Rocket.toml); \
         Clickline derives receipt codes and rate-limit keys from it"
    )]
    MissingSecret,
    #[error(
        "no public_url is configured for the release profile. Set ROCKET_PUBLIC_URL (or public_url \
         in Rocket.toml) to the address readers reach Clickline at, such as https://clickline.example; \
         the extension updates from it"
    )]
    MissingPublicUrl,
    #[error("{0}")]
    BadPublicUrl(String),
}

impl Settings {
    pub fn from_figment(figment: &Figment) -> Result<Settings, ConfigError> {
        let mut settings: Settings = figment
            .extract()
            .map_err(|e| ConfigError::Invalid(Box::new(e)))?;
        settings.public_url = PublicUrl::from_figment(figment)?;
        Ok(settings)
    }

    /// Whether what is counted in daily batches (reports, pledges, data
    /// requests...) waits for a later day's batch, so that nobody sees it
    /// on the day it is filed.
    pub fn batches_wait(&self) -> bool {
        self.publish_after_days > 0
    }
}

impl Secrets {
    /// Reads `secret_key`. In the debug profile a missing key is replaced by a
    /// random one for this run; any other profile refuses to start without one.
    pub fn from_figment(figment: &Figment) -> Result<Secrets, ConfigError> {
        match figment.extract_inner::<String>("secret_key") {
            Ok(key) if !key.trim().is_empty() => Ok(Secrets {
                master: key.into_bytes(),
            }),
            _ if figment.profile() == rocket::Config::DEBUG_PROFILE => Ok(Secrets::random()),
            _ => Err(ConfigError::MissingSecret),
        }
    }

    pub fn random() -> Secrets {
        use rand::RngCore;
        let mut master = vec![0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut master);
        Secrets { master }
    }

    /// The key for deriving receipt codes from submission keys.
    pub fn receipt_key(&self) -> Vec<u8> {
        self.derive(b"receipts")
    }

    /// The key that signs the submission keys forms are served with.
    pub fn form_key_signing(&self) -> Vec<u8> {
        self.derive(b"form submission keys")
    }

    /// The key that wraps each day's random rate-limit key where it is
    /// stored, so the database alone cannot recompute a bucket.
    pub fn day_key_wrapping(&self, day: &str) -> Vec<u8> {
        self.derive(format!("day-key {day}").as_bytes())
    }

    /// The key that hashes email and network for the login throttle.
    pub fn login_throttle_key(&self) -> Vec<u8> {
        self.derive(b"login throttle")
    }

    fn derive(&self, purpose: &[u8]) -> Vec<u8> {
        use hmac::{Hmac, Mac};
        let mut mac =
            Hmac::<sha2::Sha256>::new_from_slice(&self.master).expect("HMAC takes any key");
        mac.update(purpose);
        mac.finalize().into_bytes().to_vec()
    }
}

/// `MONGODB_URI`, when the operator gave one.
pub fn mongodb_uri_from_env() -> Option<String> {
    std::env::var("MONGODB_URI")
        .ok()
        .filter(|uri| !uri.trim().is_empty())
}

/// A fresh 256-bit secret key, for throwaway instances (tests, benchmarks)
/// that must also run under the release profile.
pub fn random_secret_key() -> String {
    use base64::Engine;
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rocket::figment::providers::Serialized;

    #[test]
    fn the_release_profile_refuses_to_start_without_a_secret() {
        let figment = Figment::from(Serialized::defaults(rocket::Config::default()))
            .select(rocket::Config::RELEASE_PROFILE);
        let error = Secrets::from_figment(&figment).err().expect("refused");
        assert!(error.to_string().contains("ROCKET_SECRET_KEY"));
        let with_key =
            figment.merge(("secret_key", "c2VjcmV0IGtleSBvZiBhdCBsZWFzdCAzMiBieXRlcyE="));
        assert!(Secrets::from_figment(&with_key).is_ok());
    }

    #[test]
    fn the_public_url_is_required_in_release_and_only_a_scheme_and_host() {
        let release = Figment::from(Serialized::defaults(rocket::Config::default()))
            .select(rocket::Config::RELEASE_PROFILE);
        let error = Settings::from_figment(&release).expect_err("refused");
        assert!(error.to_string().contains("ROCKET_PUBLIC_URL"));
        let configured = release.merge(("public_url", "https://clickline.example/"));
        let settings = Settings::from_figment(&configured).unwrap();
        assert_eq!(settings.public_url.as_str(), "https://clickline.example");
        assert_eq!(settings.public_url.host(), "clickline.example");
        let with_port = PublicUrl::parse("http://[::1]:8443").unwrap();
        assert_eq!(with_port.host(), "[::1]");
        for bad in [
            "clickline.example",
            "https://user@clickline.example",
            "https://clickline.example/path",
            "https://clickline.example?x=1",
            "javascript:alert(1)",
            "https://",
        ] {
            assert!(PublicUrl::parse(bad).is_err(), "{bad} refused");
        }
        let debug = Figment::from(Serialized::defaults(rocket::Config::default()))
            .merge(("port", 8123))
            .select(rocket::Config::DEBUG_PROFILE);
        assert_eq!(
            Settings::from_figment(&debug).unwrap().public_url.as_str(),
            "http://127.0.0.1:8123"
        );
    }

    #[test]
    fn settings_have_defaults() {
        let debug = Figment::new().select(rocket::Config::DEBUG_PROFILE);
        let settings = Settings::from_figment(&debug).unwrap();
        assert_eq!(settings.min_group_size, 5);
        assert_eq!(settings.database, "clickline");
    }
}
