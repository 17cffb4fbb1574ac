#![doc = include_str!("bench_support/clickline-bench.md")]

use std::ops::Range;
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use mongodb::bson::{doc, RawDocumentBuf};
use rand::rngs::StdRng;
use rand::SeedableRng;
use tokio::net::TcpStream;

use clickline::db::Db;
use clickline::devdb::{DevDb, Storage};
use clickline::reports::{model::Report, store::COLLECTION as REPORTS};
use clickline::scorecards::Rebuilt;
use clickline::Prepare;

#[path = "bench_support/http.rs"]
mod http;
#[path = "bench_support/page_reads.rs"]
mod page_reads;
#[path = "bench_support/synthetic.rs"]
mod synthetic;

use http::{throughput, timed_get, warm, Connection};
use page_reads::{timed_page_reads, write_out};

use synthetic::{load_ratings, load_requesters, platform_of, requester_id, COUNTRIES};

/// Requesters whose scorecards the throughput run reads (the hot set).
const HOT_SET: usize = 1000;
/// Latency of a scorecard read, full / 1,000 ratings, at most this.
const LATENCY_TARGET: f64 = 1.2;
/// Rebuild / bare scan, at most this.
const REBUILD_TARGET: f64 = 2.0;
/// Scorecard JSON / `/healthz` requests per second, at least this.
const THROUGHPUT_TARGET: f64 = 0.5;
/// Resident memory of the process, under this many MB.
const MEMORY_TARGET: f64 = 200.0;
/// Time spent on one latency probe before it may stop, and the fewest
/// requesters it reads.
const PROBE_BUDGET: Duration = Duration::from_secs(30);
/// Requesters whose pages each page probe reads.
const PAGE_PROBES: usize = 40;
const MIN_PROBES: usize = 3;
struct Options {
    ratings: usize,
    requesters: usize,
    seconds: u64,
    connections: usize,
}

fn options() -> Options {
    let mut options = Options {
        ratings: 1_000_000,
        requesters: 20_000,
        seconds: 5,
        connections: 32,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let value = || {
            pair.get(1)
                .and_then(|v| v.parse().ok())
                .expect("a number after each option")
        };
        match pair[0].as_str() {
            "--ratings" => options.ratings = value(),
            "--requesters" => options.requesters = value(),
            "--seconds" => options.seconds = value() as u64,
            "--connections" => options.connections = value(),
            other => panic!("unknown option {other}"),
        }
    }
    options
}

/// Deletes the benchmark's database folder at the end of the run.
struct RemoveOnDrop(std::path::PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Median and 99th percentile.
fn percentiles(mut times: Vec<f64>) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    (
        times[times.len() / 2],
        times[(times.len() * 99 / 100).min(times.len() - 1)],
    )
}

/// p50 and p99 in ms of the first read of each path (a cache miss) and of
/// a second read right after it (cached, whatever a cache's lifetime), and
/// how many paths were read.
struct Latency {
    miss: (f64, f64),
    cached: (f64, f64),
    samples: usize,
}

/// Reads the paths in turn, each twice, until they are done or
/// `PROBE_BUDGET` is spent (but at least `MIN_PROBES` of them).
async fn measure(port: u16, paths: &[String]) -> Latency {
    let mut connection = Connection::open(port).await;
    let (mut miss, mut cached) = (Vec::new(), Vec::new());
    let started = Instant::now();
    for path in paths {
        if miss.len() >= MIN_PROBES && started.elapsed() > PROBE_BUDGET {
            break;
        }
        miss.push(timed_get(&mut connection, path).await);
        cached.push(timed_get(&mut connection, path).await);
    }
    Latency {
        samples: miss.len(),
        miss: percentiles(miss),
        cached: percentiles(cached),
    }
}

/// p50 and p99 in ms of a requester page's database reads made alone
/// (`page_reads`), and how many requesters were read so.
struct Reads {
    times: (f64, f64),
    samples: usize,
}

/// The page probe: the requesters in turn, every other one read as a page
/// (a miss, then cached) and the others through their page's reads alone,
/// so that both meet the machine at the same moments; until they are done
/// or `PROBE_BUDGET` is spent (but at least `MIN_PROBES` of each).
async fn measure_pages(port: u16, db: &Db, requesters: Range<usize>) -> (Latency, Reads) {
    let mut connection = Connection::open(port).await;
    let (mut miss, mut cached, mut reads) = (Vec::new(), Vec::new(), Vec::new());
    let started = Instant::now();
    for i in requesters {
        if reads.len().min(miss.len()) >= MIN_PROBES && started.elapsed() > PROBE_BUDGET {
            break;
        }
        let (platform, id) = (platform_of(i), requester_id(i));
        if i % 2 == 0 {
            let path = format!("/requesters/{platform}/{id}");
            miss.push(timed_get(&mut connection, &path).await);
            cached.push(timed_get(&mut connection, &path).await);
        } else {
            reads.push(timed_page_reads(db, platform, &id).await);
        }
    }
    let page = Latency {
        samples: miss.len(),
        miss: percentiles(miss),
        cached: percentiles(cached),
    };
    let reads = Reads {
        samples: reads.len(),
        times: percentiles(reads),
    };
    (page, reads)
}

/// Scorecard JSON and scorecard page latency at one size of the data set.
struct Latencies {
    json: Latency,
    page: Latency,
    page_reads: Reads,
}

/// Four disjoint sets of requesters, at the end of the list (away from the
/// hot set), so each latency probe starts on scorecards nobody read yet:
/// JSON and page at 1,000 ratings, then JSON and page at the full size.
fn probes(requesters: usize) -> [Range<usize>; 4] {
    let json = (requesters / 4).min(200);
    let page = (requesters / 4).min(PAGE_PROBES);
    let mut end = requesters;
    [json, page, json, page].map(|size| {
        end -= size;
        end..end + size
    })
}

/// Both probes at one size, on a database that has written out what came
/// before (the bulk load before the full-size probe).
async fn latencies(port: u16, db: &Db, json: Range<usize>, page: Range<usize>) -> Latencies {
    eprintln!("Writing out what came before (fsync)...");
    write_out(db).await;
    eprintln!("Probing scorecard JSON and pages...");
    let json = measure(port, &scorecard_paths("/api/v1/requesters", json)).await;
    let (page, page_reads) = measure_pages(port, db, page).await;
    Latencies {
        json,
        page,
        page_reads,
    }
}

/// `{prefix}/{platform}/{id}` of these requesters.
fn scorecard_paths(prefix: &str, range: Range<usize>) -> Vec<String> {
    range
        .map(|i| format!("{prefix}/{}/{}", platform_of(i), requester_id(i)))
        .collect()
}

fn resident_megabytes() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

async fn rebuild(db: &Db) -> Rebuilt {
    let rebuilt = clickline::scorecards::rebuild_all(db, 5, |done, total| {
        eprint!("\r  rebuilt from {done}/{total} ratings")
    })
    .await
    .expect("rebuild");
    eprintln!();
    rebuilt
}

/// A bare full scan: every document of `reports` streamed through the
/// driver with a plain `find({})`, read as raw BSON and counted.
async fn bare_scan(db: &Db) -> (Duration, u64) {
    let started = Instant::now();
    let mut cursor = db
        .raw()
        .collection::<RawDocumentBuf>(REPORTS)
        .find(doc! {})
        .await
        .expect("scan");
    let mut count = 0u64;
    while cursor.try_next().await.expect("scan").is_some() {
        count += 1;
    }
    (started.elapsed(), count)
}

/// Everything the report prints.
struct Results {
    load: Duration,
    indexes: Duration,
    rebuild: Rebuilt,
    /// Right before the rebuild and right after it.
    scans: [(Duration, u64); 2],
    healthz_rps: f64,
    scorecard_rps: f64,
    small: Latencies,
    large: Latencies,
    rss: Option<f64>,
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "NOT met"
    }
}

/// One line of the targets: what, the figure, the target, met or not.
fn target(label: &str, figure: String, goal: String, met: bool) {
    println!("  {label:<52} {figure:>8}  ({goal}) {}", verdict(met));
}

fn latency_rows(label: &str, small: &Latency, large: &Latency, sizes: (usize, usize)) {
    for (size, l) in [(sizes.0, small), (sizes.1, large)] {
        println!(
            "  {label} latency, {size:>9} ratings: cache miss p50 {:.2} ms (p99 {:.2}), cached p50 {:.2} ms (p99 {:.2}), {} requesters",
            l.miss.0, l.miss.1, l.cached.0, l.cached.1, l.samples
        );
    }
}

fn reads_rows(small: &Reads, large: &Reads, sizes: (usize, usize)) {
    for (size, r) in [(sizes.0, small), (sizes.1, large)] {
        println!(
            "  the page's reads alone, {size:>9} ratings: p50 {:.2} ms (p99 {:.2}), {} requesters",
            r.times.0, r.times.1, r.samples
        );
    }
}

/// Not targets: where the page miss's growth comes from. The reads alone
/// are the database's part; a page miss less its reads is Clickline's own
/// (views, rendering, HTTP), both at p50.
fn page_miss_parts(small: &Latencies, large: &Latencies) {
    let reads = large.page_reads.times.0 / small.page_reads.times.0;
    let own = |l: &Latencies| l.page.miss.0 - l.page_reads.times.0;
    println!(
        "  {:<52} {reads:>8.2}  (baseline: the database)",
        "the page's reads alone p50, full / 1,000 ratings"
    );
    println!(
        "  {:<52} {:>8.2}  ({:.2} and {:.2} ms)",
        "page miss less its reads p50, full / 1,000 ratings",
        own(large) / own(small),
        own(small),
        own(large)
    );
}

fn latency_targets(label: &str, small: &Latency, large: &Latency) {
    for (kind, ratio) in [
        ("cache miss", large.miss.0 / small.miss.0),
        ("cached", large.cached.0 / small.cached.0),
    ] {
        target(
            &format!("{label} p50 {kind}, full / 1,000 ratings"),
            format!("{ratio:.2}"),
            format!("<= {LATENCY_TARGET}"),
            ratio <= LATENCY_TARGET,
        );
    }
}

fn print_report(options: &Options, small: usize, r: &Results) {
    let secs = |d: Duration| d.as_secs_f64();
    let line = |label: &str, figure: String| println!("  {label:<38} {figure}");
    println!(
        "Clickline scorecard benchmark ({} ratings, {} requesters, {} countries)",
        options.ratings,
        options.requesters,
        COUNTRIES.len()
    );
    let per_second = (options.ratings - small) as f64 / secs(r.load);
    line(
        "loading ratings (insert_many)",
        format!("{:.1} s ({per_second:.0} ratings/s)", secs(r.load)),
    );
    line(
        "building the report indexes",
        format!("{:.1} s", secs(r.indexes)),
    );
    line(
        "scorecards rebuild",
        format!(
            "{:.1} s (reading and tallying {:.1} s, writing {} cards {:.1} s)",
            secs(r.rebuild.total),
            secs(r.rebuild.reading),
            r.rebuild.scorecards,
            secs(r.rebuild.writing)
        ),
    );
    for (scan, when) in r.scans.iter().zip(["before", "after"]) {
        line(
            &format!("bare scan of reports, find({{}}), {when}"),
            format!(
                "{:.1} s ({} documents as RawDocumentBuf)",
                secs(scan.0),
                scan.1
            ),
        );
    }
    line("/healthz", format!("{:.0} req/s", r.healthz_rps));
    line(
        &format!("scorecard JSON (hot set of {HOT_SET})"),
        format!("{:.0} req/s", r.scorecard_rps),
    );
    let sizes = (small, options.ratings);
    latency_rows("scorecard JSON", &r.small.json, &r.large.json, sizes);
    latency_rows("scorecard page", &r.small.page, &r.large.page, sizes);
    reads_rows(&r.small.page_reads, &r.large.page_reads, sizes);
    println!("targets");
    let ratio = r.scorecard_rps / r.healthz_rps;
    target(
        "scorecard JSON / healthz, req/s",
        format!("{ratio:.2}"),
        format!(">= {THROUGHPUT_TARGET}"),
        ratio >= THROUGHPUT_TARGET,
    );
    let scan = (secs(r.scans[0].0) + secs(r.scans[1].0)) / 2.0;
    let ratio = secs(r.rebuild.total) / scan;
    target(
        "rebuild / bare scan (mean of before and after)",
        format!("{ratio:.2}"),
        format!("<= {REBUILD_TARGET}"),
        ratio <= REBUILD_TARGET,
    );
    latency_targets("scorecard JSON", &r.small.json, &r.large.json);
    latency_targets("scorecard page", &r.small.page, &r.large.page);
    page_miss_parts(&r.small, &r.large);
    match r.rss {
        Some(rss) => target(
            "resident memory (server, loader and client)",
            format!("{rss:.0} MB"),
            format!("< {MEMORY_TARGET} MB"),
            rss < MEMORY_TARGET,
        ),
        None => println!("  resident memory: unknown (no /proc)"),
    }
}

/// Starts Clickline in this process on `db`, on a free port; returns the port.
async fn serve(db: &Db) -> u16 {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let figment = rocket::Config::figment()
        .merge(("port", port))
        .merge(("address", "127.0.0.1"))
        .merge(("log_level", "off"))
        .merge(("database", db.name().to_owned()))
        // The synthetic ratings are stored published. The publication step
        // would read due reports every 3 s, which without the report indexes
        // (dropped for the bulk load) is a full scan each time: loading
        // 1,000,000 ratings stalled after 200,000.
        .merge(("publication_every_seconds", 0))
        .merge(("secret_key", clickline::config::random_secret_key()))
        .merge(("public_url", format!("http://127.0.0.1:{port}")));
    let rocket = clickline::build(figment, db.clone(), false).expect("config");
    tokio::spawn(async move { rocket.launch().await.expect("launch") });
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).await.is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "server did not start"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    port
}

#[rocket::main]
async fn main() {
    // Clickline's warnings (a database error's cause) on stderr, as `cargo run` shows them.
    let events = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::WARN)
        .with_writer(std::io::stderr)
        .finish();
    let _ = tracing::subscriber::set_global_default(events);
    let options = options();
    // Declared first so it is dropped last, after the server has stopped.
    let mut throwaway_folder = None;
    let _server;
    let uri = match clickline::config::mongodb_uri_from_env() {
        Some(uri) => uri,
        None => {
            // On disk: a million ratings overflow SecantusDB's in-memory mode.
            let folder = clickline::devdb::default_storage()
                .with_file_name(format!("bench-{}", std::process::id()));
            eprintln!("Starting a throwaway SecantusDB in {}...", folder.display());
            let dev =
                DevDb::start_with(Storage::Disk(folder.clone()), None, false).expect("SecantusDB");
            throwaway_folder = Some(RemoveOnDrop(folder));
            let uri = dev.uri();
            _server = dev;
            uri
        }
    };
    let name = format!(
        "clickline_bench_{}",
        clickline::reports::service::new_submission_key()
    );
    let db = Db::connect(&uri, &name)
        .await
        .expect("connect")
        .prepare()
        .await
        .expect("prepare");
    // Loading and rebuilding keep the database busy: they wait for it.
    let batch = Db::connect_for_batch(&uri, &name)
        .await
        .expect("connect")
        .prepare()
        .await
        .expect("prepare");
    let port = serve(&db).await;

    let mut rng = StdRng::seed_from_u64(7);
    let small = 1_000.min(options.ratings);
    let [small_json, small_page, large_json, large_page] = probes(options.requesters);
    eprintln!(
        "Loading {} requesters and {small} ratings...",
        options.requesters
    );
    load_requesters(&batch, options.requesters).await;
    load_ratings(&batch, &mut rng, small, small_page.clone()).await;
    rebuild(&batch).await;
    let small_latencies = latencies(port, &db, small_json, small_page).await;

    eprintln!("Loading up to {} ratings...", options.ratings);
    // Bulk loads go faster without secondary indexes; they are built again after.
    batch
        .raw()
        .collection::<Report>(REPORTS)
        .drop_indexes()
        .await
        .expect("drop indexes");
    let load = load_ratings(
        &batch,
        &mut rng,
        options.ratings - small,
        0..options.requesters,
    )
    .await;
    let started = Instant::now();
    let batch = batch.prepare().await.expect("build indexes");
    let indexes = started.elapsed();
    eprintln!("Scanning every report...");
    let scan_before = bare_scan(&batch).await;
    eprintln!("Rebuilding every scorecard...");
    let rebuild_time = rebuild(&batch).await;
    eprintln!("Scanning every report again...");
    let scan_after = bare_scan(&batch).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let large_latencies = latencies(port, &db, large_json, large_page).await;

    let hot = scorecard_paths("/api/v1/requesters", 0..HOT_SET.min(options.requesters));
    warm(port, &hot).await;
    let healthz = vec!["/healthz".to_owned()];
    let healthz_rps = throughput(port, options.connections, options.seconds, healthz).await;
    let scorecard_rps = throughput(port, options.connections, options.seconds, hot).await;

    let results = Results {
        load,
        indexes,
        rebuild: rebuild_time,
        scans: [scan_before, scan_after],
        healthz_rps,
        scorecard_rps,
        small: small_latencies,
        large: large_latencies,
        rss: resident_megabytes(),
    };
    print_report(&options, small, &results);
    // A throwaway server's folder is removed whole; dropping a database of a
    // million reports first kept SecantusDB busy for minutes.
    if throwaway_folder.is_none() {
        let _ = db.raw().drop().await;
    }
}
