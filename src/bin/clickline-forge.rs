//! The forge benchmark: can the party being rated move its own figures?
//!
//! Six honest ratings of a requester are filed and published. Then the
//! requester sends 600 glowing fakes from 20 loopback addresses (127.0.0.2
//! to 127.0.0.21) within minutes, through HTTP to a real Clickline process
//! with its shipped settings, and the next batch is published. The honest
//! figures are the baseline; the "forged" column is what the same formulas
//! give if every fake were counted; "published" is what the public sees.
//! Target: published median hourly pay and unpaid rate within 10 % of the
//! honest ones, and `held_for_review` accounting for every accepted fake.
//!
//! `cargo build --release && cargo run --release --bin clickline-forge`
//!
//! # Running it
//!
//! ```text
//! cargo build --release
//! cargo run --release --bin clickline-forge
//! ```
//!
//! It starts the release `clickline` binary with its shipped settings
//! against a throwaway SecantusDB, files six honest ratings of one
//! requester (each from a network of its own) and publishes them, then
//! sends 600 glowing fakes from 20 loopback addresses (127.0.0.2 to
//! 127.0.0.21, each request also carrying a made-up `X-Real-IP`) within
//! seconds, and publishes the next batch. It prints the honest figures (the
//! baseline), what the same formulas would say if every fake counted, and
//! what is published, with the ratio of published to honest; it exits
//! non-zero when the target (published median hourly pay and unpaid rate
//! within 10 % of the honest ones, `held_for_review` equal to the accepted
//! fakes) is not met.
//!
//! # Latest figures
//!
//! Recorded on 2026-11-24 on this project's development machine (2 cores,
//! 24 GiB, Debian 12, Rust 1.95, SecantusDB 0.7.0b3 on disk with
//! `--sync-on-commit`):
//!
//! | figure | honest (baseline) | forged, if all counted | published | published / honest |
//! | --- | --- | --- | --- | --- |
//! | ratings | 6 | 606 | 6 | 1.00 |
//! | median hourly pay (US$) | 1.00 | 43.00 | 1.00 | 1.00 |
//! | unpaid rate | 0.83 | 0.01 | 0.83 | 1.00 |
//! | held_for_review | | | 40 | |
//!
//! Of the 600 fakes, 560 were refused with 429 (two ratings per address and
//! requester a day) and the 40 accepted were all held by the screening: the
//! target is met.

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use clickline::config::random_secret_key;
use clickline::db::Db;
use clickline::devdb::{DevDb, Storage};
use clickline::domain::{Communication, Day, Paid, PlatformSlug, Rejected, RequesterId};
use clickline::reports::publication::{publish_due, Rules};
use clickline::scorecards::figures::{Figures, Sample};
use clickline::scorecards::{recompute, Scorecard, Target};
use clickline::Prepare;

const REQUESTER: &str = "FORGE1";
const FAKES: usize = 600;
const FORGERS: u8 = 20;
const MIN_GROUP_SIZE: u32 = 5;

/// Clickline as a separate process, stopped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One honest rating: (US$ per hour, paid, rejected).
const HONEST: [(f64, &str, &str); 6] = [
    (0.80, "no", "all"),
    (1.00, "no", "all"),
    (1.10, "partial", "some"),
    (0.90, "no", "all"),
    (1.20, "yes", "some"),
    (1.00, "no", "all"),
];

fn rating(hourly: f64, paid: &str, rejected: &str, recommend: bool, comment: &str) -> Value {
    json!({
        "platform": "mturk", "requester_id": REQUESTER, "requester_name": "Forge Test Requester",
        "country": "PH", "task_type": "survey",
        "pay": { "amount": hourly, "currency": "USD" }, "minutes": 60,
        "paid": paid, "rejected": rejected, "communication": "unresponsive",
        "recommend": recommend, "comment": comment,
    })
}

/// A glowing fake, each worded a little differently.
fn fake(index: usize) -> Value {
    let words = ["Great", "Excellent", "Fair", "Generous", "Fast", "Kind"];
    let comment = format!(
        "{} requester, paid on time, task {index}.",
        words[index % words.len()]
    );
    rating(40.0 + (index % 7) as f64, "yes", "none", true, &comment)
}

/// POSTs a rating from `source`; the status code (0 when the request failed).
async fn post_from(source: Ipv4Addr, port: u16, body: &Value) -> u16 {
    let send = async {
        let socket = tokio::net::TcpSocket::new_v4()?;
        socket.bind(SocketAddr::new(IpAddr::V4(source), 0))?;
        let mut stream = socket.connect(([127, 0, 0, 1], port).into()).await?;
        let body = body.to_string();
        let request = format!(
            "POST /api/v1/ratings HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\
             Content-Type: application/json\r\nX-Real-IP: 198.51.100.{}\r\n\
             Content-Length: {}\r\n\r\n{body}",
            rand::random::<u8>(),
            body.len()
        );
        stream.write_all(request.as_bytes()).await?;
        let mut response = String::new();
        stream.read_to_string(&mut response).await?;
        Ok::<_, std::io::Error>(response)
    };
    match send.await {
        Ok(response) => response
            .split_whitespace()
            .nth(1)
            .and_then(|code| code.parse().ok())
            .unwrap_or(0),
        Err(_) => 0,
    }
}

fn sample(hourly: f64, paid: &str, rejected: &str, recommend: bool) -> Sample {
    Sample {
        country: "PH".into(),
        day: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        vouched: false,
        hourly_usd: hourly,
        hourly_eur: hourly,
        paid: if paid == "yes" {
            Paid::Yes
        } else if paid == "partial" {
            Paid::Partial
        } else {
            Paid::No
        },
        rejected: if rejected == "none" {
            Rejected::None
        } else if rejected == "some" {
            Rejected::Some
        } else {
            Rejected::All
        },
        days_to_payment: None,
        communication: Communication::Unresponsive,
        recommend,
        tos_violation: false,
        broken: false,
        minutes: 60,
        behind: Default::default(),
    }
}

fn start_server(uri: &str, database: &str, port: u16) -> Server {
    let binary = std::env::current_exe().unwrap().with_file_name("clickline");
    let child = Command::new(&binary)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("MONGODB_URI", uri)
        .env("ROCKET_DATABASE", database)
        .env("ROCKET_PORT", port.to_string())
        .env("ROCKET_SECRET_KEY", random_secret_key())
        .env("ROCKET_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .env("ROCKET_LOG_LEVEL", "off")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot start {} ({e}); run `cargo build --release` first",
                binary.display()
            )
        });
    Server(child)
}

async fn wait_until_ready(port: u16) {
    let started = Instant::now();
    loop {
        if let Ok(mut stream) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await {
            let _ = stream
                .write_all(b"GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .await;
            let mut answer = String::new();
            let _ = stream.read_to_string(&mut answer).await;
            if answer.starts_with("HTTP/1.1 200") {
                return;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "Clickline did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn published_scorecard(db: &Db, tomorrow: Day) -> Scorecard {
    let rules = Rules {
        hold_bursts: true,
        min_group_size: MIN_GROUP_SIZE,
    };
    publish_due(db, tomorrow, rules).await.expect("publish");
    let target = Target::Requester(
        PlatformSlug::parse("mturk").unwrap(),
        RequesterId::parse(REQUESTER).unwrap(),
    );
    recompute(db, &target, MIN_GROUP_SIZE)
        .await
        .expect("recompute")
        .expect("a scorecard")
}

fn median(figures: &Figures) -> f64 {
    figures.hourly_pay_usd.map(|s| s.median).unwrap_or(f64::NAN)
}

fn unpaid(figures: &Figures) -> f64 {
    figures.unpaid_rate.unwrap_or(f64::NAN)
}

#[rocket::main]
async fn main() {
    let database = DevDb::start_with(Storage::Memory, None, false).expect("SecantusDB");
    let name = format!(
        "clickline_forge_{}",
        clickline::reports::service::new_submission_key()
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _server = start_server(&database.uri(), &name, port);
    wait_until_ready(port).await;
    let db = Db::connect(&database.uri(), &name)
        .await
        .unwrap()
        .prepare()
        .await
        .unwrap();
    let tomorrow = Day::today().plus_days(1);

    // Six honest workers, each on a network of its own.
    for (i, (hourly, paid, rejected)) in HONEST.iter().enumerate() {
        let source = Ipv4Addr::new(127, 1 + i as u8, 0, 1);
        let status = post_from(source, port, &rating(*hourly, paid, rejected, false, "")).await;
        assert_eq!(status, 201, "honest rating {i}");
    }
    let honest = published_scorecard(&db, tomorrow).await;

    // The requester forges, 8 requests at a time, within the hour.
    let started = Instant::now();
    let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
    let mut tasks = tokio::task::JoinSet::new();
    for index in 0..FAKES {
        let source = Ipv4Addr::new(127, 0, 0, 2 + (index % FORGERS as usize) as u8);
        tasks.spawn(async move { post_from(source, port, &fake(index)).await });
        if tasks.len() >= 8 {
            let status = tasks.join_next().await.unwrap().unwrap();
            *statuses.entry(status).or_default() += 1;
        }
    }
    while let Some(status) = tasks.join_next().await {
        *statuses.entry(status.unwrap()).or_default() += 1;
    }
    let forging = started.elapsed();
    let accepted = statuses.get(&201).copied().unwrap_or(0);
    let published = published_scorecard(&db, tomorrow).await;

    // What the same formulas say if every fake were counted.
    let mut samples: Vec<Sample> = HONEST
        .iter()
        .map(|(h, p, r)| sample(*h, p, r, false))
        .collect();
    samples.extend((0..FAKES).map(|i| sample(40.0 + (i % 7) as f64, "yes", "none", true)));
    let forged = Figures::compute(&samples.iter().collect::<Vec<_>>(), MIN_GROUP_SIZE);

    println!("Forge benchmark: {} honest ratings, then {FAKES} fakes from {FORGERS} addresses in {:.1} s", HONEST.len(), forging.as_secs_f64());
    println!("answers to the fakes: {statuses:?} (201 accepted, 429 refused by the limits)");
    println!();
    println!(
        "| figure | honest (baseline) | forged, if all counted | published | published / honest |"
    );
    println!("| --- | --- | --- | --- | --- |");
    let rows = [
        (
            "ratings",
            honest.all.ratings as f64,
            forged.ratings as f64,
            published.all.ratings as f64,
        ),
        (
            "median hourly pay (US$)",
            median(&honest.all),
            median(&forged),
            median(&published.all),
        ),
        (
            "unpaid rate",
            unpaid(&honest.all),
            unpaid(&forged),
            unpaid(&published.all),
        ),
    ];
    for (label, h, f, p) in rows {
        println!("| {label} | {h:.2} | {f:.2} | {p:.2} | {:.2} |", p / h);
    }
    println!("| held_for_review | | | {} | |", published.held_for_review);
    println!();
    let within = |p: f64, h: f64| (p - h).abs() <= 0.10 * h.abs();
    let met = within(median(&published.all), median(&honest.all))
        && within(unpaid(&published.all), unpaid(&honest.all))
        && published.held_for_review as usize == accepted;
    println!(
        "target (published median and unpaid rate within 10 % of honest; held_for_review = {accepted} accepted fakes): {}",
        if met { "met" } else { "NOT met" }
    );
    if !met {
        std::process::exit(1);
    }
}
