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
}

impl Settings {
    pub fn from_figment(figment: &Figment) -> Result<Settings, ConfigError> {
        figment
            .extract()
            .map_err(|e| ConfigError::Invalid(Box::new(e)))
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
    fn settings_have_defaults() {
        let settings = Settings::from_figment(&Figment::new()).unwrap();
        assert_eq!(settings.min_group_size, 5);
        assert_eq!(settings.database, "clickline");
    }
}
