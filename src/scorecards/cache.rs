//! In-memory caches of what pages and the API serve. While a change stream
//! tells this instance of every stored scorecard change (`http::change_signal`),
//! entries live a minute and are evicted on change; without one (a database
//! that cannot stream changes), entries live one second, short enough that a
//! change made through another instance shows within two seconds.
//!
//! Entries are held by moka, bounded and evicted by recency. Misses ("no
//! scorecard for this id") are remembered in a cache of their own with a
//! smaller bound, so a bulk lookup of random ids cannot push out the
//! scorecards people read.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use moka::policy::EvictionPolicy;
use moka::sync::Cache;

use super::Scorecard;
use crate::http::conditional::etag_of;

/// A scorecard ready to serve: its JSON and its ETag computed once, and
/// its other serialised forms as they are first asked for.
#[derive(Debug)]
pub struct CachedScorecard {
    pub card: Scorecard,
    pub json: String,
    pub etag: String,
    forms: Forms,
}

impl CachedScorecard {
    pub fn new(card: Scorecard) -> CachedScorecard {
        let json = serde_json::to_string(&card).expect("a scorecard serialises");
        let etag = etag_of(&json);
        CachedScorecard {
            card,
            json,
            etag,
            forms: Forms::default(),
        }
    }

    /// The card's form named `key` (a compact view's fields, a Turkopticon
    /// resource), made by `make` the first time and kept with the card, so
    /// a bulk lookup asked a thousand times serialises each card once per
    /// change. `key` must name everything the form depends on besides the
    /// card.
    pub fn form(&self, key: &str, make: impl FnOnce(&Scorecard) -> String) -> Arc<str> {
        self.forms.get_or_make(key, || make(&self.card))
    }
}

/// How many forms one card keeps: the extension's, Turkopticon's and a few
/// more. Past that a form is made for each request and dropped, so clients
/// asking for ever new field lists cannot grow memory.
const KEPT_FORMS: usize = 8;

#[derive(Debug, Default)]
struct Forms(RwLock<Vec<(String, Arc<str>)>>);

impl Forms {
    fn get_or_make(&self, key: &str, make: impl FnOnce() -> String) -> Arc<str> {
        let find = |forms: &[(String, Arc<str>)]| {
            forms
                .iter()
                .find(|(kept, _)| kept == key)
                .map(|(_, form)| form.clone())
        };
        // A poisoned lock only means a panic while pushing: the list is whole.
        if let Some(form) = find(&self.0.read().unwrap_or_else(|e| e.into_inner())) {
            return form;
        }
        let form: Arc<str> = make().into();
        let mut forms = self.0.write().unwrap_or_else(|e| e.into_inner());
        if let Some(kept) = find(&forms) {
            return kept;
        }
        if forms.len() < KEPT_FORMS {
            forms.push((key.to_owned(), form.clone()));
        }
        form
    }
}

/// The CSV export of every requester scorecard, with its ETag.
#[derive(Debug)]
pub struct CachedExport {
    pub body: String,
    pub etag: String,
}

/// The longest any entry lives, whatever `ttl` says.
const LONGEST_TTL: Duration = Duration::from_secs(60);

fn bounded<T: Clone + Send + Sync + 'static>(capacity: u64) -> Cache<String, T> {
    Cache::builder()
        .max_capacity(capacity)
        .eviction_policy(EvictionPolicy::lru())
        .time_to_live(LONGEST_TTL)
        .build()
}

/// A bounded map whose entries expire after a TTL that can change while it
/// runs (`set_ttl`); it remembers misses too, apart.
pub struct TtlCache<V> {
    ttl_millis: AtomicU64,
    found: Cache<String, (Instant, Arc<V>)>,
    absent: Cache<String, Instant>,
}

impl<V: Send + Sync + 'static> Default for TtlCache<V> {
    fn default() -> Self {
        TtlCache::new(Duration::from_secs(1), 100_000)
    }
}

impl<V: Send + Sync + 'static> TtlCache<V> {
    /// Up to `capacity` entries, and a tenth as many misses.
    pub fn new(ttl: Duration, capacity: u64) -> TtlCache<V> {
        TtlCache {
            ttl_millis: AtomicU64::new(ttl.as_millis() as u64),
            found: bounded(capacity),
            absent: bounded((capacity / 10).max(1)),
        }
    }

    /// `Some(found)` when the cache knows (found may be "nothing there").
    pub fn get(&self, key: &str) -> Option<Option<Arc<V>>> {
        let ttl = self.ttl();
        if let Some((at, value)) = self.found.get(key) {
            return (at.elapsed() < ttl).then_some(Some(value));
        }
        let at = self.absent.get(key)?;
        (at.elapsed() < ttl).then_some(None)
    }

    pub fn put(&self, key: &str, value: Option<Arc<V>>) {
        match value {
            Some(value) => {
                self.absent.invalidate(key);
                self.found.insert(key.to_owned(), (Instant::now(), value));
            }
            None => {
                self.found.invalidate(key);
                self.absent.insert(key.to_owned(), Instant::now());
            }
        }
    }

    pub fn evict(&self, key: &str) {
        self.found.invalidate(key);
        self.absent.invalidate(key);
    }

    pub fn clear(&self) {
        self.found.invalidate_all();
        self.absent.invalidate_all();
    }

    pub fn ttl(&self) -> Duration {
        Duration::from_millis(self.ttl_millis.load(Ordering::Relaxed))
    }

    pub fn set_ttl(&self, ttl: Duration) {
        self.ttl_millis
            .store(ttl.min(LONGEST_TTL).as_millis() as u64, Ordering::Relaxed);
    }

    /// How many entries and misses are held (after pending evictions).
    pub fn sizes(&self) -> (u64, u64) {
        self.found.run_pending_tasks();
        self.absent.run_pending_tasks();
        (self.found.entry_count(), self.absent.entry_count())
    }
}

/// Scorecards by target key, and the CSV export built from all of them: a
/// change to any scorecard drops the export too. Bulk lookups' lists of
/// cards are kept by the ids asked, until any card changes.
pub struct ScorecardCache {
    cards: TtlCache<CachedScorecard>,
    export: TtlCache<CachedExport>,
    lists: TtlCache<CardList>,
    /// Grows with every change (an eviction, a clear): a kept list made
    /// before the latest change is not used.
    changes: AtomicU64,
    /// How many times the export was built (the benchmark and tests read it).
    pub exports_built: AtomicU64,
}

/// How many bulk lists are kept: those of the task-list pages many workers
/// open at once (each list is a hundred pointers and its key).
const KEPT_LISTS: u64 = 2_000;

impl Default for ScorecardCache {
    fn default() -> ScorecardCache {
        let cards = TtlCache::default();
        let ttl = cards.ttl();
        ScorecardCache {
            cards,
            export: TtlCache::new(ttl, 10),
            lists: TtlCache::new(ttl, KEPT_LISTS),
            changes: AtomicU64::new(0),
            exports_built: AtomicU64::new(0),
        }
    }
}

/// The cards found for one list of ids, as of a count of changes.
pub struct CardList {
    as_of: u64,
    pub cards: Vec<Arc<CachedScorecard>>,
}

/// The count of changes a list is made after: read it before reading the
/// cards, so a change while they are read makes the list stale at once.
#[derive(Clone, Copy)]
pub struct ChangeCount(u64);

const EXPORT_KEY: &str = "scorecards.csv";

/// The change signal evicts, clears and sets lifetimes through this.
impl crate::http::change_signal::KeyedCache for ScorecardCache {
    fn evict(&self, key: &str) {
        ScorecardCache::evict(self, key);
    }

    fn clear(&self) {
        ScorecardCache::clear(self);
    }

    fn set_ttl(&self, ttl: Duration) {
        ScorecardCache::set_ttl(self, ttl);
    }
}

impl ScorecardCache {
    pub fn get(&self, key: &str) -> Option<Option<Arc<CachedScorecard>>> {
        self.cards.get(key)
    }

    pub fn put(&self, key: &str, value: Option<Arc<CachedScorecard>>) {
        self.cards.put(key, value);
    }

    pub fn evict(&self, key: &str) {
        self.changes.fetch_add(1, Ordering::SeqCst);
        self.cards.evict(key);
        self.export.clear();
    }

    pub fn clear(&self) {
        self.changes.fetch_add(1, Ordering::SeqCst);
        self.cards.clear();
        self.export.clear();
        self.lists.clear();
    }

    pub fn change_count(&self) -> ChangeCount {
        ChangeCount(self.changes.load(Ordering::SeqCst))
    }

    /// The cards kept for this list of ids, if no card changed since.
    pub fn list(&self, key: &str) -> Option<Arc<CardList>> {
        let list = self.lists.get(key).flatten()?;
        (list.as_of == self.changes.load(Ordering::SeqCst)).then_some(list)
    }

    pub fn put_list(&self, key: &str, as_of: ChangeCount, cards: Vec<Arc<CachedScorecard>>) {
        let list = CardList {
            as_of: as_of.0,
            cards,
        };
        self.lists.put(key, Some(Arc::new(list)));
    }

    pub fn ttl(&self) -> Duration {
        self.cards.ttl()
    }

    pub fn set_ttl(&self, ttl: Duration) {
        self.cards.set_ttl(ttl);
        self.export.set_ttl(ttl);
        self.lists.set_ttl(ttl);
    }

    pub fn sizes(&self) -> (u64, u64) {
        self.cards.sizes()
    }

    pub fn export(&self) -> Option<Arc<CachedExport>> {
        self.export.get(EXPORT_KEY).flatten()
    }

    pub fn put_export(&self, body: String) -> Arc<CachedExport> {
        self.exports_built.fetch_add(1, Ordering::Relaxed);
        let export = Arc::new(CachedExport {
            etag: etag_of(&body),
            body,
        });
        self.export.put(EXPORT_KEY, Some(export.clone()));
        export
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cards_forms_are_made_once_and_bounded() {
        let card = super::super::compute::Accumulator::default().finish(
            "mturk",
            Some("A1".into()),
            ("Acme".into(), vec![]),
            crate::domain::Day::today(),
            5,
        );
        let cached = CachedScorecard::new(card);
        let made = std::cell::Cell::new(0);
        let make = |key: &str| {
            cached.form(key, |_| {
                made.set(made.get() + 1);
                key.to_owned()
            })
        };
        assert_eq!(&*make("a"), "a");
        assert_eq!(&*make("a"), "a");
        assert_eq!(made.get(), 1, "kept after the first");
        for i in 0..KEPT_FORMS * 2 {
            make(&format!("form {i}"));
        }
        let before = made.get();
        assert_eq!(&*make("form 0"), "form 0");
        assert_eq!(&*make(&format!("form {}", KEPT_FORMS * 2 - 1)), "form 15");
        assert_eq!(
            made.get(),
            before + 1,
            "forms past the bound are made each time"
        );
        assert_eq!(cached.forms.0.read().unwrap().len(), KEPT_FORMS);
    }

    #[test]
    fn a_kept_list_is_not_used_after_any_change() {
        let cache = ScorecardCache::default();
        cache.set_ttl(Duration::from_secs(60));
        let as_of = cache.change_count();
        cache.put_list("mturk,A1,B2", as_of, Vec::new());
        assert!(cache.list("mturk,A1,B2").is_some());
        cache.evict("requester:mturk:Z9");
        assert!(cache.list("mturk,A1,B2").is_none(), "any card's change");
        let stale = cache.change_count();
        cache.evict("requester:mturk:Z9");
        cache.put_list("mturk,A1", stale, Vec::new());
        assert!(
            cache.list("mturk,A1").is_none(),
            "a list read across a change is stale when kept"
        );
    }

    #[test]
    fn misses_are_bounded_apart_and_cannot_push_out_entries() {
        let cache: TtlCache<u32> = TtlCache::new(Duration::from_secs(60), 100);
        cache.put("kept", Some(Arc::new(7)));
        for i in 0..10_000 {
            cache.put(&format!("unknown {i}"), None);
        }
        assert_eq!(cache.get("kept").flatten().as_deref(), Some(&7));
        let (found, absent) = cache.sizes();
        assert_eq!(found, 1);
        assert!(absent <= 10, "{absent} misses held");
        assert_eq!(cache.get("unknown 9999"), Some(None));
    }

    #[test]
    fn entries_expire_by_the_current_ttl_and_an_entry_replaces_a_miss() {
        let cache: TtlCache<u32> = TtlCache::new(Duration::from_secs(60), 100);
        cache.put("a", None);
        cache.put("a", Some(Arc::new(1)));
        assert!(cache.get("a").flatten().is_some());
        cache.set_ttl(Duration::ZERO);
        assert_eq!(cache.get("a"), None, "a shorter TTL applies at once");
    }
}
