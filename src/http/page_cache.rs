//! Public pages from memory. A page changes only when its data does (a
//! daily batch is published, a report is withdrawn or hidden, an organizer
//! acts), so each rendered page is kept, with its gzip form and its ETag,
//! per address and language, and served as is until the change signal
//! (`http::change_signal`) says public data it shows changed. Most pages
//! show figures from many places (a strike page counts pledges from every
//! country), so they are *shared*: any change drops them. The pages of one
//! target (a requester's, a platform's) carry its *scope* ([`Scoping`]): a
//! changed scorecard drops its own scope's pages and the shared ones, and
//! leaves every other target's pages kept. Any other public change drops
//! every page. Writes that change nothing public (a report filed or
//! corrected before its batch, a flag) drop nothing ([`KeepsPages`]), so
//! nobody can empty every instance's cache at will.
//!
//! Only what is the same for every reader is kept: requests that carry any
//! cookie besides the language (an organizer's session) are rendered for
//! them alone, and answers marked `no-store` (forms with a submission key,
//! receipts, pages with a CSRF token) are never kept.

use std::io::Cursor;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use moka::policy::EvictionPolicy;
use moka::sync::Cache;
use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::{Header, Method, Status};
use rocket::outcome::Outcome;
use rocket::route::{self, Handler, Route};
use rocket::{Data, Request, Response};

use crate::http::compression::{accepts_gzip, gzip};
use crate::http::conditional::{client_has, etag_of_bytes};
use crate::i18n::lang::COOKIE as LANGUAGE_COOKIE;
use crate::i18n::Lang;

/// Memory for kept pages, by their size (plain and gzipped).
const CAPACITY_BYTES: u64 = 48 * 1024 * 1024;
/// Larger answers are sent as they come.
const LARGEST_PAGE: usize = 1024 * 1024;
/// However quiet the change signal, a page is rendered afresh this often
/// (a strike's "ends in" moves with the clock).
const LONGEST_TTL: Duration = Duration::from_secs(60);

/// Scopes whose last drop is remembered at once.
const SCOPES_KEPT: u64 = 100_000;

/// One rendered page, ready for any reader of its language.
struct KeptPage {
    /// The cache's clock when its rendering began: a drop later than that
    /// may not show on it.
    generation: u64,
    scope: Option<String>,
    rendered: Instant,
    headers: Vec<Header<'static>>,
    plain: Arc<[u8]>,
    gzipped: Option<Arc<[u8]>>,
    etag: String,
}

/// Which pages belong to one target, and which targets a changed
/// scorecard touches, as the domains that render the pages say (composed
/// in `lib.rs`).
#[derive(Clone, Copy)]
pub struct Scoping {
    /// The scope of a page, from its path's segments; `None` for a shared page.
    pub of_page: fn(&[&str]) -> Option<String>,
    /// The scopes whose pages show the scorecard with this key.
    pub of_scorecard: fn(&str) -> Vec<String>,
}

impl Default for Scoping {
    /// Every page shared.
    fn default() -> Self {
        Scoping {
            of_page: |_| None,
            of_scorecard: |_| Vec::new(),
        }
    }
}

pub struct PageCache {
    /// Ticks at every drop; a page records it when its rendering begins,
    /// and is never served once a drop that concerns it came later.
    generation: AtomicU64,
    /// The tick of the last drop of every page...
    all_dropped: AtomicU64,
    /// ...of every shared page...
    shared_dropped: AtomicU64,
    /// ...and of each scope's pages (kept longer than any page lives).
    scopes_dropped: Cache<String, u64>,
    scoping: Scoping,
    ttl_millis: AtomicU64,
    pages: Cache<String, Arc<KeptPage>>,
    /// One rendering at a time per page: readers who arrive meanwhile wait
    /// for it instead of rendering the same page together (after every
    /// change, a popular page would otherwise be rendered by every reader
    /// at once, each slower for the others).
    renderings: Cache<String, Arc<tokio::sync::Mutex<()>>>,
    /// Addresses whose last answer could not be kept (a form, a 404): their
    /// readers do not wait for each other.
    unkeepable: Cache<String, ()>,
    /// Pages rendered to be kept (tests read it).
    pub renders: AtomicU64,
}

impl Default for PageCache {
    fn default() -> Self {
        PageCache::new(Scoping::default())
    }
}

impl PageCache {
    pub fn new(scoping: Scoping) -> Self {
        PageCache {
            generation: AtomicU64::new(0),
            all_dropped: AtomicU64::new(0),
            shared_dropped: AtomicU64::new(0),
            scopes_dropped: Cache::builder()
                .max_capacity(SCOPES_KEPT)
                .time_to_live(2 * LONGEST_TTL)
                .build(),
            scoping,
            // Until a change stream is followed, as short as the other caches.
            ttl_millis: AtomicU64::new(1000),
            pages: Cache::builder()
                .max_capacity(CAPACITY_BYTES)
                .weigher(|key: &String, page: &Arc<KeptPage>| {
                    let size =
                        key.len() + page.plain.len() + page.gzipped.as_ref().map_or(0, |g| g.len());
                    u32::try_from(size).unwrap_or(u32::MAX)
                })
                .eviction_policy(EvictionPolicy::lru())
                .time_to_live(LONGEST_TTL)
                .build(),
            renderings: Cache::builder()
                .max_capacity(10_000)
                .time_to_idle(LONGEST_TTL)
                .build(),
            unkeepable: Cache::builder()
                .max_capacity(10_000)
                .time_to_live(LONGEST_TTL)
                .build(),
            renders: AtomicU64::new(0),
        }
    }

    fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// The next tick, for a drop.
    fn tick(&self) -> u64 {
        self.generation.fetch_add(1, Ordering::SeqCst) + 1
    }

    /// Public data changed: no page kept so far is served again.
    pub fn forget_all(&self) {
        self.all_dropped.store(self.tick(), Ordering::SeqCst);
        self.pages.invalidate_all();
    }

    /// These scorecards changed: their scopes' pages and the shared ones
    /// are not served again; other targets' pages stay.
    pub fn forget_scorecards<'a>(&self, keys: impl IntoIterator<Item = &'a String>) {
        // A scope's drop must outlive its pages; near capacity the cache
        // could refuse or evict one, so drop everything instead.
        if self.scopes_dropped.entry_count() > SCOPES_KEPT / 2 {
            return self.forget_all();
        }
        let tick = self.tick();
        for key in keys {
            for scope in (self.scoping.of_scorecard)(key) {
                self.scopes_dropped.insert(scope, tick);
            }
        }
        self.shared_dropped.store(tick, Ordering::SeqCst);
    }

    /// Whether no drop since `page` began rendering concerns it.
    fn current(&self, page: &KeptPage) -> bool {
        let dropped = match &page.scope {
            None => self.shared_dropped.load(Ordering::SeqCst),
            Some(scope) => self.scopes_dropped.get(scope).unwrap_or(0),
        };
        page.generation >= dropped.max(self.all_dropped.load(Ordering::SeqCst))
    }

    pub fn set_ttl(&self, ttl: Duration) {
        self.ttl_millis
            .store(ttl.min(LONGEST_TTL).as_millis() as u64, Ordering::Relaxed);
    }

    fn ttl(&self) -> Duration {
        Duration::from_millis(self.ttl_millis.load(Ordering::Relaxed))
    }

    fn get(&self, key: &str) -> Option<Arc<KeptPage>> {
        let page = self.pages.get(key)?;
        (self.current(&page) && page.rendered.elapsed() < self.ttl()).then_some(page)
    }

    /// Keeps `page` unless the data changed while it was rendered (it may
    /// show the old data; `get` refuses it anyway if the change comes now).
    fn keep(&self, key: String, page: Arc<KeptPage>) {
        if self.current(&page) {
            self.pages.insert(key, page);
        }
    }
}

impl KeptPage {
    async fn from_response(
        (generation, scope): (u64, Option<String>),
        mut response: Response<'_>,
    ) -> Option<KeptPage> {
        let headers = response
            .headers()
            .iter()
            .map(|h| Header::new(h.name().to_string(), h.value().to_string()))
            .collect();
        let plain: Arc<[u8]> = response.body_mut().to_bytes().await.ok()?.into();
        Some(KeptPage {
            generation,
            scope,
            rendered: Instant::now(),
            headers,
            gzipped: gzip(&plain).map(Arc::from),
            etag: etag_of_bytes(&plain),
            plain,
        })
    }

    fn respond<'r>(&self, request: &Request<'_>) -> Response<'r> {
        let mut response = Response::build();
        for header in &self.headers {
            response.header_adjoin(header.clone());
        }
        response
            .raw_header("ETag", self.etag.clone())
            // Browsers may keep it but ask (a 304 costs nothing).
            .raw_header("Cache-Control", "no-cache");
        if client_has(request, &self.etag) {
            response.status(Status::NotModified);
        } else if let Some(gzipped) = self.gzipped.clone().filter(|_| accepts_gzip(request)) {
            // (The gzip fairing adds `Vary` to the plain answers.)
            response
                .raw_header_adjoin("Vary", "Accept-Encoding")
                .raw_header("Content-Encoding", "gzip")
                .sized_body(gzipped.len(), Cursor::new(gzipped));
        } else {
            let plain = self.plain.clone();
            response.sized_body(plain.len(), Cursor::new(plain));
        }
        response.finalize()
    }
}

/// The same page for every reader of this language: a GET without any
/// cookie but the language. (Only the organizers' session code sets
/// cookies on a page, and only for requests that carry the session.)
fn same_for_everyone(request: &Request<'_>) -> bool {
    matches!(request.method(), Method::Get | Method::Head)
        && request
            .cookies()
            .iter()
            .all(|cookie| cookie.name() == LANGUAGE_COOKIE)
}

/// A complete public page: 200, not `no-store` or `private`, no cookie.
fn keepable(response: &Response<'_>) -> bool {
    response.status() == Status::Ok
        && !response.headers().contains("Set-Cookie")
        && !response
            .headers()
            .get("Cache-Control")
            .any(|v| v.contains("no-store") || v.contains("private"))
        && response
            .body()
            .preset_size()
            .is_some_and(|size| size <= LARGEST_PAGE)
}

fn key_of(request: &Request<'_>) -> String {
    // A reader who asked for no language may read a page in its own default
    // (a channel in its country's language), so they are kept apart.
    let asked = Lang::asked(request).map_or("-", Lang::code);
    format!("{asked} {}", request.uri())
}

/// A page route's handler, answering from memory when it can.
#[derive(Clone)]
struct FromMemory(Box<dyn Handler>);

#[rocket::async_trait]
impl Handler for FromMemory {
    async fn handle<'r>(&self, request: &'r Request<'_>, data: Data<'r>) -> route::Outcome<'r> {
        let cache = match request.rocket().state::<crate::App>() {
            Some(app) if same_for_everyone(request) => &app.pages,
            _ => return self.0.handle(request, data).await,
        };
        let key = key_of(request);
        if let Some(page) = cache.get(&key) {
            return Outcome::Success(page.respond(request));
        }
        let rendering = cache
            .renderings
            .get_with(key.clone(), || Arc::new(tokio::sync::Mutex::new(())));
        let _turn = match rendering.try_lock() {
            Ok(turn) => Some(turn),
            Err(_) if cache.unkeepable.contains_key(&key) => None,
            Err(_) => {
                // Someone renders this page: their result will do.
                drop(rendering.lock().await);
                if let Some(page) = cache.get(&key) {
                    return Outcome::Success(page.respond(request));
                }
                None
            }
        };
        let segments: Vec<&str> = request.uri().path().segments().collect();
        let rendering = (cache.generation(), (cache.scoping.of_page)(&segments));
        match self.0.handle(request, data).await {
            Outcome::Success(response) if keepable(&response) => {
                cache.renders.fetch_add(1, Ordering::Relaxed);
                let Some(page) = KeptPage::from_response(rendering, response).await else {
                    return Outcome::Error(Status::InternalServerError);
                };
                let page = Arc::new(page);
                let answer = page.respond(request);
                cache.unkeepable.invalidate(&key);
                cache.keep(key, page);
                Outcome::Success(answer)
            }
            other => {
                cache.unkeepable.insert(key, ());
                other
            }
        }
    }
}

/// A route that takes this guard declares that its writes change no kept
/// page, or that it forgets what it changes itself: reports are filed and
/// corrected before their batch (which arrives through the change signal),
/// and a withdrawal of a published report forgets the pages itself. Every
/// other accepted write through this instance drops its kept pages at once,
/// so whoever acted reads the result on their next page.
pub struct KeepsPages;

/// A route that takes this guard writes what counts from its day's batch
/// (a pledge, a data request sent or answered...): while batches wait a
/// day or more it changes no kept page, as [`KeepsPages`]; where they
/// publish at once (`publish_after_days = 0`) its write is public at once
/// and drops this instance's pages like any other.
pub struct WaitsForBatch;

/// Whether the route took [`KeepsPages`].
struct KeptByRoute(bool);

#[rocket::async_trait]
impl<'r> rocket::request::FromRequest<'r> for KeepsPages {
    type Error = std::convert::Infallible;

    async fn from_request(request: &'r Request<'_>) -> rocket::request::Outcome<Self, Self::Error> {
        request.local_cache(|| KeptByRoute(true));
        rocket::request::Outcome::Success(KeepsPages)
    }
}

#[rocket::async_trait]
impl<'r> rocket::request::FromRequest<'r> for WaitsForBatch {
    type Error = std::convert::Infallible;

    async fn from_request(request: &'r Request<'_>) -> rocket::request::Outcome<Self, Self::Error> {
        let batched = request
            .rocket()
            .state::<crate::App>()
            .is_some_and(|app| app.settings.batches_wait());
        request.local_cache(|| KeptByRoute(batched));
        rocket::request::Outcome::Success(WaitsForBatch)
    }
}

pub struct ForgetOnWrite;

#[rocket::async_trait]
impl Fairing for ForgetOnWrite {
    fn info(&self) -> Info {
        Info {
            name: "forget kept pages on write",
            kind: Kind::Response,
        }
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        let write = !matches!(
            request.method(),
            Method::Get | Method::Head | Method::Options
        );
        let accepted = response.status().code < 400;
        if write && accepted && !request.local_cache(|| KeptByRoute(false)).0 {
            if let Some(app) = request.rocket().state::<crate::App>() {
                app.pages.forget_all();
            }
        }
    }
}

/// `routes` with every GET page answered from memory when it can be.
pub fn from_memory(mut routes: Vec<Route>) -> Vec<Route> {
    for route in &mut routes {
        if route.method == Method::Get {
            route.handler = Box::new(FromMemory(route.handler.clone()));
        }
    }
    routes
}
