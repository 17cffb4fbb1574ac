//! The in-memory scorecard cache. While a change stream tells this instance
//! of every stored scorecard change (`watch_scorecards`), entries live a
//! minute and are evicted on change; without one (a database that cannot
//! stream changes), entries live one second, short enough that a change made
//! through another instance shows within two seconds.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::Scorecard;

/// A scorecard ready to serve: its JSON and its ETag computed once.
#[derive(Debug)]
pub struct CachedScorecard {
    pub card: Scorecard,
    pub json: String,
    pub etag: String,
}

impl CachedScorecard {
    pub fn new(card: Scorecard) -> CachedScorecard {
        let json = serde_json::to_string(&card).expect("a scorecard serialises");
        let etag = format!(
            "\"{}\"",
            &hex::encode(Sha256::digest(json.as_bytes()))[..32]
        );
        CachedScorecard { card, json, etag }
    }
}

type Entry<V> = (Instant, Option<Arc<V>>);

/// A map whose entries expire; it remembers misses too.
pub struct TtlCache<V> {
    ttl_millis: AtomicU64,
    capacity: usize,
    entries: RwLock<HashMap<String, Entry<V>>>,
}

pub type ScorecardCache = TtlCache<CachedScorecard>;

impl<V> Default for TtlCache<V> {
    fn default() -> Self {
        TtlCache::new(Duration::from_secs(1), 100_000)
    }
}

impl<V> TtlCache<V> {
    pub fn new(ttl: Duration, capacity: usize) -> TtlCache<V> {
        TtlCache {
            ttl_millis: AtomicU64::new(ttl.as_millis() as u64),
            capacity,
            entries: RwLock::new(HashMap::new()),
        }
    }

    /// `Some(found)` when the cache knows (found may be "no scorecard").
    pub fn get(&self, key: &str) -> Option<Option<Arc<V>>> {
        let entries = self.entries.read().expect("cache lock");
        let (at, value) = entries.get(key)?;
        (at.elapsed() < self.ttl()).then(|| value.clone())
    }

    pub fn put(&self, key: &str, value: Option<Arc<V>>) {
        let mut entries = self.entries.write().expect("cache lock");
        if entries.len() >= self.capacity {
            let ttl = self.ttl();
            entries.retain(|_, (at, _)| at.elapsed() < ttl);
            if entries.len() >= self.capacity {
                entries.clear();
            }
        }
        entries.insert(key.to_owned(), (Instant::now(), value));
    }

    pub fn evict(&self, key: &str) {
        self.entries.write().expect("cache lock").remove(key);
    }

    pub fn clear(&self) {
        self.entries.write().expect("cache lock").clear();
    }

    pub fn ttl(&self) -> Duration {
        Duration::from_millis(self.ttl_millis.load(Ordering::Relaxed))
    }

    pub fn set_ttl(&self, ttl: Duration) {
        self.ttl_millis
            .store(ttl.as_millis() as u64, Ordering::Relaxed);
    }
}
