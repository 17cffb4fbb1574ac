//! Scorecard benchmark: loads a synthetic data set (by default 1,000,000
//! ratings over 20,000 requesters and 40 countries), rebuilds every scorecard,
//! and measures, in the same run and against the same server, the
//! throughput of `/healthz` and of the scorecard JSON route (their ratio is
//! the figure to watch), and scorecard latency at 1,000 and at the full
//! number of ratings.
//!
//! cargo run --release --bin clickline-bench -- [--ratings N] [--requesters N] [--seconds S]

use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use clickline::db::Db;
use clickline::devdb::{DevDb, Storage};
use clickline::domain::{
    Communication, Country, Currency, Money, Paid, PlatformSlug, Rejected, ReportId, ReportKind,
    RequesterId, TaskType,
};
use clickline::platforms::requesters::{Requester, COLLECTION as REQUESTERS};
use clickline::reports::store::{Rating, Report, COLLECTION as REPORTS};

const COUNTRIES: [&str; 40] = [
    "US", "IN", "PH", "BD", "PK", "NG", "KE", "VE", "BR", "ID", "FR", "DE", "GB", "ES", "IT", "PL",
    "UA", "RU", "EG", "MX", "CO", "AR", "CL", "PE", "ZA", "TR", "TH", "VN", "MY", "LK", "NP", "GH",
    "MA", "RO", "CA", "AU", "JP", "KR", "CN", "RS",
];
const PLATFORMS: [&str; 8] = [
    "mturk",
    "clickworker",
    "appen",
    "prolific",
    "toloka",
    "microworkers",
    "remotasks",
    "oneforma",
];
/// Requesters whose scorecards the throughput run reads (the hot set).
const HOT_SET: usize = 1000;

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

fn requester_id(index: usize) -> String {
    format!("BENCH{index:06}")
}

fn platform_of(index: usize) -> &'static str {
    PLATFORMS[index % PLATFORMS.len()]
}

async fn load_requesters(db: &Db, count: usize) {
    let docs: Vec<Requester> = (0..count)
        .map(|i| {
            let platform = PlatformSlug::parse(platform_of(i)).unwrap();
            let id = RequesterId::parse(&requester_id(i)).unwrap();
            let name = format!("Bench requester {i}");
            Requester {
                key: Requester::key(&platform, &id),
                search_keys: clickline::platforms::requesters::search_keys(
                    id.as_str(),
                    [name.as_str()],
                ),
                platform,
                requester_id: id,
                names: vec![name],
            }
        })
        .collect();
    for chunk in docs.chunks(10_000) {
        db.raw()
            .collection::<Requester>(REQUESTERS)
            .insert_many(chunk)
            .await
            .expect("insert requesters");
    }
}

fn synthetic_rating(rng: &mut StdRng, requesters: usize) -> Report {
    let index = rng.gen_range(0..requesters);
    let minutes = rng.gen_range(2..180);
    let usd = Currency::parse("USD").unwrap();
    let amount = (rng.gen_range(0.0..15.0f64) * f64::from(minutes) / 60.0 * 100.0).round() / 100.0;
    let pay = Money {
        amount,
        currency: usd,
    };
    let hourly = pay.hourly(minutes);
    let day = clickline::reports::service::today().plus_days(-rng.gen_range(0..540));
    Report {
        id: ReportId::generate(),
        kind: ReportKind::Rating,
        platform: PlatformSlug::parse(platform_of(index)).unwrap(),
        requester_id: Some(RequesterId::parse(&requester_id(index)).unwrap()),
        requester_name: None,
        country: Country::parse(COUNTRIES[rng.gen_range(0..COUNTRIES.len())]).unwrap(),
        day,
        edited: false,
        hidden: false,
        flags: 0,
        receipt_hash: String::new(),
        submission_hash: clickline::reports::service::new_submission_key(),
        demo: false,
        published: true,
        publishes_on: None,
        held: false,
        vouched: false,
        suspect: false,
        correction: None,
        rating: Some(Rating {
            task_type: TaskType::Survey,
            pay,
            minutes,
            paid: [
                Paid::Yes,
                Paid::Yes,
                Paid::Yes,
                Paid::Partial,
                Paid::No,
                Paid::Pending,
            ][rng.gen_range(0..6)],
            days_to_payment: rng.gen_bool(0.5).then(|| rng.gen_range(0..30)),
            rejected: [
                Rejected::None,
                Rejected::None,
                Rejected::Some,
                Rejected::All,
            ][rng.gen_range(0..4)],
            communication: [
                Communication::Responsive,
                Communication::Unresponsive,
                Communication::NotTried,
            ][rng.gen_range(0..3)],
            recommend: rng.gen_bool(0.5),
            tos_violation: rng.gen_bool(0.05),
            broken: rng.gen_bool(0.1),
            comment: None,
            hourly_pay_usd: hourly.usd,
            hourly_pay_eur: hourly.eur,
            behind: Default::default(),
        }),
        grievance: None,
    }
}

async fn load_ratings(db: &Db, rng: &mut StdRng, count: usize, requesters: usize) -> Duration {
    let started = Instant::now();
    // A bulk load is not a worker's report: plain acknowledged writes will do.
    let collection = db.raw().collection_with_options::<Report>(
        REPORTS,
        mongodb::options::CollectionOptions::builder()
            .write_concern(
                mongodb::options::WriteConcern::builder()
                    .w(mongodb::options::Acknowledgment::Nodes(1))
                    .journal(false)
                    .build(),
            )
            .build(),
    );
    let mut done = 0;
    while done < count {
        let batch: Vec<Report> = (0..10_000.min(count - done))
            .map(|_| synthetic_rating(rng, requesters))
            .collect();
        collection
            .insert_many(&batch)
            .await
            .expect("insert ratings");
        done += batch.len();
        if done % 100_000 == 0 || done == count {
            eprint!("\r  loaded {done}/{count} ratings");
        }
    }
    eprintln!();
    started.elapsed()
}

/// Deletes the benchmark's database folder at the end of the run.
struct RemoveOnDrop(std::path::PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A keep-alive HTTP/1.1 connection, enough to measure Clickline.
struct Connection(BufReader<TcpStream>);

impl Connection {
    async fn open(port: u16) -> Connection {
        Connection(BufReader::new(
            TcpStream::connect(("127.0.0.1", port))
                .await
                .expect("connect"),
        ))
    }

    async fn get(&mut self, path: &str) -> u16 {
        let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        self.0
            .get_mut()
            .write_all(request.as_bytes())
            .await
            .expect("write");
        let mut line = String::new();
        self.0.read_line(&mut line).await.expect("status line");
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("status");
        let mut length = 0usize;
        loop {
            line.clear();
            self.0.read_line(&mut line).await.expect("header");
            if line == "\r\n" {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().expect("length");
                }
            }
        }
        let mut body = vec![0u8; length];
        self.0.read_exact(&mut body).await.expect("body");
        status
    }
}

/// Requests per second with `connections` clients for `seconds`.
async fn throughput(port: u16, connections: usize, seconds: u64, paths: Vec<String>) -> f64 {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let paths = std::sync::Arc::new(paths);
    let mut tasks = Vec::new();
    for worker in 0..connections {
        let paths = paths.clone();
        tasks.push(tokio::spawn(async move {
            let mut connection = Connection::open(port).await;
            let mut done = 0u64;
            let mut next = worker * 7919;
            while Instant::now() < deadline {
                let status = connection.get(&paths[next % paths.len()]).await;
                assert_eq!(status, 200);
                next += 1;
                done += 1;
            }
            done
        }));
    }
    let mut total = 0;
    for task in tasks {
        total += task.await.expect("client");
    }
    total as f64 / seconds as f64
}

/// Median and 99th percentile of single requests, in milliseconds.
async fn latency(port: u16, paths: &[String]) -> (f64, f64) {
    let mut connection = Connection::open(port).await;
    let mut times = Vec::with_capacity(paths.len());
    for path in paths {
        let started = Instant::now();
        assert_eq!(connection.get(path).await, 200);
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    (
        times[times.len() / 2],
        times[(times.len() * 99 / 100).min(times.len() - 1)],
    )
}

fn scorecard_paths(range: std::ops::Range<usize>) -> Vec<String> {
    range
        .map(|i| format!("/api/v1/requesters/{}/{}", platform_of(i), requester_id(i)))
        .collect()
}

fn resident_megabytes() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

async fn rebuild(db: &Db) -> Duration {
    let started = Instant::now();
    clickline::scorecards::rebuild_all(db, 5, |done, total| {
        eprint!("\r  rebuilt from {done}/{total} ratings")
    })
    .await
    .expect("rebuild");
    eprintln!();
    started.elapsed()
}

#[rocket::main]
async fn main() {
    let options = options();
    // Declared first so it is dropped last, after the server has stopped.
    let mut _folder = None;
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
            _folder = Some(RemoveOnDrop(folder));
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
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let figment = rocket::Config::figment()
        .merge(("port", port))
        .merge(("address", "127.0.0.1"))
        .merge(("log_level", "off"))
        .merge(("database", name.clone()))
        .merge(("secret_key", clickline::config::random_secret_key()));
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

    let mut rng = StdRng::seed_from_u64(7);
    let small = 1_000.min(options.ratings);
    eprintln!(
        "Loading {} requesters and {small} ratings...",
        options.requesters
    );
    load_requesters(&batch, options.requesters).await;
    load_ratings(&batch, &mut rng, small, options.requesters).await;
    rebuild(&batch).await;
    let probe = scorecard_paths(options.requesters - 200..options.requesters);
    let (small_cold, _) = latency(port, &probe).await;
    let (small_warm, _) = latency(port, &probe).await;

    eprintln!("Loading up to {} ratings...", options.ratings);
    // Bulk loads go faster without secondary indexes; they are built again after.
    batch
        .raw()
        .collection::<Report>(REPORTS)
        .drop_indexes()
        .await
        .expect("drop indexes");
    let load_time = load_ratings(
        &batch,
        &mut rng,
        options.ratings - small,
        options.requesters,
    )
    .await;
    let started = Instant::now();
    let batch = batch.prepare().await.expect("build indexes");
    let index_time = started.elapsed();
    eprintln!("Rebuilding every scorecard...");
    let rebuild_time = rebuild(&batch).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let probe = scorecard_paths(options.requesters - 400..options.requesters - 200);
    let (large_cold, large_cold_p99) = latency(port, &probe).await;
    let (large_warm, large_warm_p99) = latency(port, &probe).await;

    let hot = scorecard_paths(0..HOT_SET.min(options.requesters));
    latency(port, &hot).await; // warm the cache for the hot set
    let healthz_rps = throughput(
        port,
        options.connections,
        options.seconds,
        vec!["/healthz".into()],
    )
    .await;
    let scorecard_rps = throughput(port, options.connections, options.seconds, hot).await;

    println!(
        "Clickline scorecard benchmark ({} ratings, {} requesters, {} countries)",
        options.ratings,
        options.requesters,
        COUNTRIES.len()
    );
    println!(
        "  loading ratings (insert_many)       {:>10.1} s ({:.0} ratings/s)",
        load_time.as_secs_f64(),
        (options.ratings - small) as f64 / load_time.as_secs_f64()
    );
    println!(
        "  building the report indexes         {:>10.1} s",
        index_time.as_secs_f64()
    );
    println!(
        "  scorecards rebuild                  {:>10.1} s",
        rebuild_time.as_secs_f64()
    );
    println!("  /healthz                            {healthz_rps:>10.0} req/s");
    println!("  scorecard JSON (hot set of {HOT_SET})     {scorecard_rps:>10.0} req/s");
    println!(
        "  ratio scorecard / healthz           {:>10.2}   (target >= 0.5)",
        scorecard_rps / healthz_rps
    );
    println!("  scorecard latency, {small} ratings:   cache miss p50 {small_cold:.2} ms, cached p50 {small_warm:.2} ms");
    println!(
        "  scorecard latency, {} ratings: cache miss p50 {large_cold:.2} ms (p99 {large_cold_p99:.2}), cached p50 {large_warm:.2} ms (p99 {large_warm_p99:.2})",
        options.ratings
    );
    println!(
        "  latency ratio (cache miss, large / small) {:.2}   (target: flat, about 1)",
        large_cold / small_cold
    );
    if let Some(rss) = resident_megabytes() {
        println!("  resident memory of the process      {rss:>10.0} MB");
    }
    let _ = db.raw().drop().await;
}
