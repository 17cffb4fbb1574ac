//! Load benchmark: starts Clickline (the release binary beside this one)
//! against a fresh SecantusDB, drives it from a second process on loopback
//! with `oha` (`cargo install oha`), and prints, from the same run, requests
//! per second and p50/p99 latency for `/healthz`, a scorecard JSON read, a
//! scorecard HTML page and a rating submission, each as a ratio to
//! `/healthz`. It then checks that the database holds exactly as many
//! ratings as were answered 201, and prints Clickline's resident memory.
//!
//! cargo build --release && cargo run --release --bin clickline-load -- [--seconds S] [--connections C]

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mongodb::bson::{doc, Document};
use serde_json::Value;

use clickline::config::random_secret_key;
use clickline::db::Db;
use clickline::demo::sample_rating;
use clickline::devdb::{default_storage, DevDb, Storage};

struct Options {
    seconds: u64,
    connections: u32,
}

fn options() -> Options {
    let mut options = Options {
        seconds: 10,
        connections: 32,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let value = || {
            pair.get(1)
                .and_then(|v| v.parse::<u64>().ok())
                .expect("a number after each option")
        };
        match pair[0].as_str() {
            "--seconds" => options.seconds = value(),
            "--connections" => options.connections = value() as u32,
            other => panic!("unknown option {other}"),
        }
    }
    options
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

/// One oha run: requests per second, p50 and p99 in ms, answers by status.
struct Run {
    rps: f64,
    p50: f64,
    p99: f64,
    statuses: serde_json::Map<String, Value>,
}

fn oha(url: &str, options: &Options, post_body: Option<&str>) -> Run {
    let mut command = Command::new("oha");
    command
        // -w: at the deadline, wait for answers in flight, so every stored
        // rating had its answer counted.
        .args(["--no-tui", "-w", "--output-format", "json", "-z"])
        .arg(format!("{}s", options.seconds))
        .args(["-c", &options.connections.to_string()]);
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
    let report: Value = serde_json::from_slice(&output.stdout).expect("oha's JSON report");
    let ms = |key: &str| {
        report["latencyPercentiles"][key]
            .as_f64()
            .unwrap_or(f64::NAN)
            * 1000.0
    };
    Run {
        rps: report["summary"]["requestsPerSec"].as_f64().unwrap_or(0.0),
        p50: ms("p50"),
        p99: ms("p99"),
        statuses: report["statusCodeDistribution"]
            .as_object()
            .cloned()
            .unwrap_or_default(),
    }
}

fn resident_megabytes(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<f64>().ok()? / 1024.0)
}

#[rocket::main]
async fn main() {
    let options = options();
    let folder = Folder(default_storage().with_file_name(format!("load-{}", std::process::id())));
    let uri;
    let _database;
    match clickline::config::mongodb_uri_from_env() {
        Some(given) => {
            uri = given;
            _database = None;
        }
        None => {
            // Durable like `cargo run`: every acknowledged rating is synced.
            let db =
                DevDb::start_with(Storage::Disk(folder.0.clone()), None, true).expect("SecantusDB");
            uri = db.uri();
            _database = Some(db);
        }
    }
    let name = format!(
        "clickline_load_{}",
        clickline::reports::service::new_submission_key()
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let binary = std::env::current_exe().unwrap().with_file_name("clickline");
    let server = Server(
        Command::new(&binary)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("MONGODB_URI", &uri)
            .env("ROCKET_DATABASE", &name)
            .env("ROCKET_PORT", port.to_string())
            .env("ROCKET_SECRET_KEY", random_secret_key())
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
    let base = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    while reqwest_free_get(port, "/readyz") != Some(200) {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "Clickline did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // One rating so the scorecard routes have something to read.
    let rating = sample_rating().to_string();
    let one = oha(
        &format!("{base}/api/v1/ratings"),
        &Options {
            seconds: 1,
            connections: 1,
        },
        Some(&rating),
    );
    let seeded: u64 = one.statuses.get("201").and_then(Value::as_u64).unwrap_or(0);

    let healthz = oha(&format!("{base}/healthz"), &options, None);
    let json = oha(
        &format!("{base}/api/v1/requesters/mturk/A1B2C3D4E5"),
        &options,
        None,
    );
    let html = oha(
        &format!("{base}/requesters/mturk/A1B2C3D4E5"),
        &options,
        None,
    );
    let submit = oha(&format!("{base}/api/v1/ratings"), &options, Some(&rating));
    let created: u64 = submit
        .statuses
        .get("201")
        .and_then(Value::as_u64)
        .unwrap_or(0);

    let db = Db::connect_for_batch(&uri, &name).await.expect("connect");
    let stored = db
        .raw()
        .collection::<Document>("reports")
        .count_documents(doc! { "kind": "rating" })
        .await
        .expect("count");
    let rss = resident_megabytes(server.0.id());

    println!(
        "Clickline load benchmark: {} connections, {} s per route, oha on loopback",
        options.connections, options.seconds
    );
    println!(
        "  {:<34} {:>10} {:>9} {:>9} {:>8}",
        "route", "req/s", "p50 ms", "p99 ms", "ratio"
    );
    for (label, run) in [
        ("GET /healthz", &healthz),
        ("GET scorecard JSON", &json),
        ("GET scorecard HTML page", &html),
        ("POST /api/v1/ratings", &submit),
    ] {
        println!(
            "  {label:<34} {:>10.0} {:>9.2} {:>9.2} {:>8.3}",
            run.rps,
            run.p50,
            run.p99,
            run.rps / healthz.rps
        );
    }
    println!("  answers to the submissions: {:?}", submit.statuses);
    println!(
        "  ratings answered 201: {} ; ratings in the database: {stored} ({})",
        created + seeded,
        if stored == created + seeded {
            "equal: nothing lost, nothing stored twice"
        } else {
            "MISMATCH"
        }
    );
    if let Some(rss) = rss {
        println!("  resident memory of Clickline after the run: {rss:.0} MB");
    }
    let _ = db.raw().drop().await;
    drop(server);
    if stored != created + seeded {
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
