#![doc = include_str!("bench_support/clickline-load.md")]

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mongodb::bson::{doc, Document};
use serde_json::Value;

use clickline::config::random_secret_key;
use clickline::db::Db;
use clickline::demo::sample_rating;
use clickline::devdb::{default_storage, DevDb, Storage};
use clickline::reports::service::new_submission_key;
use clickline::reports::store::COLLECTION as REPORTS;
use clickline::Prepare;

#[path = "bench_support/bare_inserts.rs"]
mod bare_inserts;
#[path = "bench_support/load_data.rs"]
mod load_data;
#[path = "bench_support/load_routes.rs"]
mod load_routes;

use bare_inserts::{bare_inserts, scratch_like_reports};
use load_data::{seed, Fixture, BULK};
use load_routes::{routes, Route};

/// The extension's lookup of 100 ids must be smaller than this, compressed.
const EXTENSION_BYTES: f64 = 30.0 * 1024.0;
/// Submissions must reach at least this share of bare durable inserts.
const SUBMISSION_TARGET: f64 = 0.8;

#[derive(Clone)]
struct Options {
    seconds: u64,
    connections: u32,
    /// Whether requests ask for compressed answers (`oha`'s default).
    compression: bool,
    /// Route keys to run (`/healthz` always runs: it is the yardstick).
    only: Option<Vec<String>>,
}

fn options() -> Options {
    let mut options = Options {
        seconds: 10,
        connections: 32,
        compression: true,
        only: None,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let value = pair
            .get(1)
            .unwrap_or_else(|| panic!("a value after {}", pair[0]));
        let number = || {
            value
                .parse::<u64>()
                .unwrap_or_else(|_| panic!("a number after {}", pair[0]))
        };
        match pair[0].as_str() {
            "--seconds" => options.seconds = number(),
            "--connections" => options.connections = number() as u32,
            "--compression" => {
                options.compression = match value.as_str() {
                    "on" => true,
                    "off" => false,
                    other => panic!("--compression on or off, not {other}"),
                }
            }
            "--only" => options.only = Some(value.split(',').map(str::to_owned).collect()),
            other => panic!("unknown option {other}"),
        }
    }
    options
}

impl Options {
    fn runs(&self, key: &str) -> bool {
        key == "healthz"
            || self
                .only
                .as_ref()
                .is_none_or(|only| only.iter().any(|k| k == key))
    }
}

/// Clickline as a separate process, stopped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

struct Folder(std::path::PathBuf);

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One load run: requests per second, p50 and p99 in ms, answers by status
/// and failed requests by error.
struct Run {
    rps: f64,
    p50: f64,
    p99: f64,
    /// Bytes of body per answer (none for the bare inserts).
    bytes: Option<f64>,
    statuses: serde_json::Map<String, Value>,
    errors: serde_json::Map<String, Value>,
}

impl Run {
    fn answered(&self, status: &str) -> u64 {
        self.statuses
            .get(status)
            .and_then(Value::as_u64)
            .unwrap_or(0)
    }
}

fn oha(url: &str, options: &Options, headers: &[&str], post_body: Option<&str>) -> Run {
    oha_with(url, options, headers, post_body, false)
}

fn oha_with(
    url: &str,
    options: &Options,
    headers: &[&str],
    post_body: Option<&str>,
    varied: bool,
) -> Run {
    let mut command = Command::new("oha");
    if varied {
        command.arg("--rand-regex-url");
    }
    command
        // -w: at the deadline, wait for answers in flight, so every stored
        // rating had its answer counted.
        .args(["--no-tui", "-w", "--output-format", "json", "-z"])
        .arg(format!("{}s", options.seconds))
        .args(["-c", &options.connections.to_string()]);
    if !options.compression {
        command.arg("--disable-compression");
    }
    for header in headers {
        command.args(["-H", header]);
    }
    if let Some(body) = post_body {
        command.args([
            "-m",
            "POST",
            "-H",
            "Content-Type: application/json",
            "-d",
            body,
        ]);
    }
    let output = command.arg(url).output().unwrap_or_else(|e| {
        eprintln!("cannot run oha ({e}); install it with: cargo install oha");
        std::process::exit(2);
    });
    let report: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "oha's JSON report ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let ms = |key: &str| {
        report["latencyPercentiles"][key]
            .as_f64()
            .unwrap_or(f64::NAN)
            * 1000.0
    };
    let map = |key: &str| report[key].as_object().cloned().unwrap_or_default();
    Run {
        rps: report["summary"]["requestsPerSec"].as_f64().unwrap_or(0.0),
        p50: ms("p50"),
        p99: ms("p99"),
        bytes: report["summary"]["sizePerRequest"].as_f64(),
        statuses: map("statusCodeDistribution"),
        errors: map("errorDistribution"),
    }
}

fn resident_megabytes(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<f64>().ok()? / 1024.0)
}

/// Starts Clickline on `uri`/`name` and waits until it is ready.
async fn start_server(uri: &str, name: &str) -> (Server, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let binary = std::env::current_exe().unwrap().with_file_name("clickline");
    let server = Server(
        Command::new(&binary)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("MONGODB_URI", uri)
            .env("ROCKET_DATABASE", name)
            // Loopback only (the release profile listens on every address).
            .env("ROCKET_ADDRESS", "127.0.0.1")
            .env("ROCKET_PORT", port.to_string())
            .env("ROCKET_SECRET_KEY", random_secret_key())
            .env("ROCKET_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
            .env("ROCKET_SUBMISSIONS_PER_HOUR", "100000000")
            // The load comes from one address rating one requester.
            .env("ROCKET_RATINGS_PER_TARGET_PER_DAY", "100000000")
            .env("ROCKET_LOG_LEVEL", "off")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start {} ({e}); run `cargo build --release` first",
                    binary.display()
                )
            }),
    );
    let started = Instant::now();
    while reqwest_free_get(port, "/readyz") != Some(200) {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "Clickline did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    (server, format!("http://127.0.0.1:{port}"))
}

async fn count_ratings(db: &Db) -> u64 {
    db.raw()
        .collection::<Document>(REPORTS)
        .count_documents(doc! { "kind": "rating" })
        .await
        .expect("count")
}

/// The submission run and, beside it, the bare inserts; with the ratings
/// answered 201 and the ratings the database gained.
struct Submissions {
    submit: Run,
    bare: Run,
    created: u64,
    stored: u64,
}

async fn submissions(db: &Db, base: &str, options: &Options) -> Submissions {
    let before = count_ratings(db).await;
    let body = sample_rating().to_string();
    let submit = oha(&format!("{base}/api/v1/ratings"), options, &[], Some(&body));
    let stored = count_ratings(db).await - before;
    // The stored form of a submitted rating (not a demo one).
    let template = db
        .raw()
        .collection::<Document>(REPORTS)
        .find_one(doc! { "kind": "rating", "demo": { "$ne": true } })
        .await
        .expect("read a submitted rating")
        .expect("a submitted rating");
    let scratch = scratch_like_reports(db).await;
    // Let Clickline's scorecard worker finish with the submissions first.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let bare = bare_inserts(scratch, template, options).await;
    Submissions {
        created: submit.answered("201"),
        submit,
        bare,
        stored,
    }
}

fn row(label: &str, run: &Run, ratio: Option<f64>) {
    let ratio = ratio.map_or("-".to_owned(), |r| format!("{r:.3}"));
    let bytes = run.bytes.map_or("-".to_owned(), |b| format!("{b:.0}"));
    println!(
        "  {label:<38} {:>10.0} {:>9.2} {:>9.2} {ratio:>8} {bytes:>8}",
        run.rps, run.p50, run.p99
    );
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "NOT met"
    }
}

/// Answers other than `expected`, and failed requests, worth a look;
/// whether there were any.
fn oddities(label: &str, run: &Run, expected: &str) -> bool {
    let odd = run.statuses.keys().any(|s| s != expected) || !run.errors.is_empty();
    if odd {
        println!(
            "  ! {label}: answers {:?}, errors {:?}",
            run.statuses, run.errors
        );
    }
    odd
}

fn report(
    options: &Options,
    fixture: &Fixture,
    runs: &[(Route, Run)],
    subs: Option<&Submissions>,
    rss: Option<f64>,
) {
    let healthz = runs[0].1.rps;
    println!(
        "Clickline load benchmark: {} connections, {} s per route, oha on loopback, compression {}",
        options.connections,
        options.seconds,
        if options.compression {
            "asked (gzip)"
        } else {
            "off"
        }
    );
    println!(
        "  data: demo data + {BULK} bench requesters; {{p}}/{{id}} = {}/{}, strike {}, channel {}, search q={}",
        fixture.platform, fixture.requester, fixture.strike, fixture.channel, fixture.search
    );
    println!(
        "  {:<38} {:>10} {:>9} {:>9} {:>8} {:>8}",
        "route", "req/s", "p50 ms", "p99 ms", "/healthz", "bytes"
    );
    for (route, run) in runs {
        row(route.label, run, Some(run.rps / healthz));
    }
    if let Some(subs) = subs {
        row(
            "POST /api/v1/ratings",
            &subs.submit,
            Some(subs.submit.rps / healthz),
        );
        row("bare insert_one (w: majority, j: true)", &subs.bare, None);
    }
    let mut odd = false;
    for (route, run) in runs {
        odd |= oddities(route.label, run, "200");
    }
    if let Some(subs) = subs {
        odd |= oddities("POST /api/v1/ratings", &subs.submit, "201");
    }
    if !odd {
        println!("  every answer was 200 (201 for submissions), no failed request");
    }
    if let Some(subs) = subs {
        println!(
            "  ratings answered 201: {} ; new ratings in the database: {} ({})",
            subs.created,
            subs.stored,
            if subs.stored == subs.created {
                "equal: nothing lost, nothing stored twice"
            } else {
                "MISMATCH"
            }
        );
    }
    if let Some(rss) = rss {
        println!("  resident memory of Clickline after the run: {rss:.0} MB");
    }
    println!("targets");
    for (route, run) in runs {
        if let Some(target) = route.target {
            let ratio = run.rps / healthz;
            println!(
                "  {:<38} {ratio:>6.3} of /healthz        (>= {target}) {}",
                route.label,
                verdict(ratio >= target)
            );
        }
    }
    if let Some((_, run)) = runs.iter().find(|(route, _)| route.key == "bulk") {
        if options.compression {
            let bytes = run.bytes.unwrap_or(f64::INFINITY);
            println!(
                "  {:<38} {:>6.1} KB compressed      (< {:.0} KB) {}",
                "extension lookup of 100 ids",
                bytes / 1024.0,
                EXTENSION_BYTES / 1024.0,
                verdict(bytes < EXTENSION_BYTES)
            );
        }
    }
    if let Some(subs) = subs {
        let ratio = subs.submit.rps / subs.bare.rps;
        println!(
            "  {:<38} {ratio:>6.3} of bare inserts    (>= {SUBMISSION_TARGET}) {}",
            "POST /api/v1/ratings",
            verdict(ratio >= SUBMISSION_TARGET)
        );
    }
}

#[rocket::main]
async fn main() {
    let options = options();
    let folder = Folder(default_storage().with_file_name(format!("load-{}", std::process::id())));
    let (uri, _database) = match clickline::config::mongodb_uri_from_env() {
        Some(given) => (given, None),
        None => {
            // Durable like `cargo run`: every acknowledged rating is synced.
            let db =
                DevDb::start_with(Storage::Disk(folder.0.clone()), None, true).expect("SecantusDB");
            (db.uri(), Some(db))
        }
    };
    let name = format!("clickline_load_{}", new_submission_key());
    // The same client options as Clickline's (`w: majority, j: true`).
    let db = Db::connect(&uri, &name)
        .await
        .expect("connect")
        .prepare()
        .await
        .expect("prepare");
    let fixture = seed(&db).await;
    let (server, base) = start_server(&uri, &name).await;

    let table = routes(&fixture);
    let known: Vec<&str> = table.iter().map(|r| r.key).chain(["submit"]).collect();
    for key in options.only.iter().flatten() {
        assert!(
            known.contains(&key.as_str()),
            "--only takes {}",
            known.join(",")
        );
    }
    let chosen = table.into_iter().filter(|r| options.runs(r.key));
    // A first second of `/healthz`, not counted: the yardstick runs on a
    // warm server like every route after it.
    let warm_up = Options {
        seconds: 1,
        ..options.clone()
    };
    oha(&format!("{base}/healthz"), &warm_up, &[], None);
    let runs: Vec<(Route, Run)> = chosen
        .map(|route| {
            let run = oha_with(
                &format!("{base}{}", route.path),
                &options,
                route.headers,
                None,
                route.varied,
            );
            (route, run)
        })
        .collect();
    let subs = if options.runs("submit") {
        Some(submissions(&db, &base, &options).await)
    } else {
        None
    };
    let rss = resident_megabytes(server.0.id());

    report(&options, &fixture, &runs, subs.as_ref(), rss);
    let _ = db.raw().drop().await;
    drop(server);
    if subs.is_some_and(|s| s.stored != s.created) {
        std::process::exit(1);
    }
}

/// A minimal GET for the readiness wait, without another HTTP client crate.
fn reqwest_free_get(port: u16, path: &str) -> Option<u16> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    response.split_whitespace().nth(1)?.parse().ok()
}
