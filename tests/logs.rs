//! `log_level` in Rocket.toml decides what Clickline logs: at the shipped
//! release level no request path (and so no report id) is logged; at
//! `normal` requests are. At neither is anything of a data-access letter
//! logged. Runs the real binary and reads what it prints.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use clickline::data_requests::model::{Campaign, Category};
use clickline::data_requests::store::DataRequestStore;
use clickline::db::Db;
use clickline::domain::{Country, DataRequestId, Day, PlatformSlug};
use clickline::testing::{database_uri, random_secret_key, unique_database_name};

/// What a worker types into a letter.
const IDENTITY: &str =
    "name=Quirin+Logprobe&email=quirin.logprobe%40example.org&worker_id=LOG-7734";

/// A campaign in `database`, as organizers open one; its id.
fn campaign_in(database: &str) -> String {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(async {
        let db = Db::connect(&database_uri(), database)
            .await
            .expect("connect");
        let campaign = Campaign {
            id: DataRequestId::generate(),
            platform: PlatformSlug::parse("clickworker").unwrap(),
            title: "Our data, together".to_owned(),
            categories: vec![Category::Ratings],
            countries: vec![Country::parse("DE").unwrap()],
            explanation: "Ask for the data behind each rating.".to_owned(),
            opened_on: Day::today(),
            opened_by: "organizer".to_owned(),
        };
        db.insert_campaign(&campaign).await.expect("insert");
        campaign.id.to_string()
    })
}

/// A form post; the status.
fn post_form(port: u16, path: &str, body: &str) -> Option<u16> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    response.split_whitespace().nth(1)?.parse().ok()
}

fn get(port: u16, path: &str) -> Option<u16> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    response.split_whitespace().nth(1)?.parse().ok()
}

/// Everything Clickline prints while it answers one request for a report.
fn output_with(log_level: Option<&str>) -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let database = unique_database_name();
    let campaign = campaign_in(&database);
    let mut command = Command::new(env!("CARGO_BIN_EXE_clickline"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("MONGODB_URI", database_uri())
        .env("ROCKET_DATABASE", &database)
        .env("ROCKET_PORT", port.to_string())
        .env("ROCKET_ADDRESS", "127.0.0.1")
        .env("ROCKET_PROFILE", "release")
        .env("ROCKET_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .env("ROCKET_SECRET_KEY", random_secret_key())
        .env_remove("ROCKET_LOG_LEVEL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(level) = log_level {
        command.env("ROCKET_LOG_LEVEL", level);
    }
    let mut child = command.spawn().expect("start clickline");
    let started = Instant::now();
    while get(port, "/readyz") != Some(200) {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "clickline did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    get(port, "/reports/abcdefghijkmn");
    let letter = format!("country=DE&{IDENTITY}");
    assert_eq!(
        post_form(port, &format!("/data-requests/{campaign}/letter"), &letter),
        Some(200)
    );
    std::thread::sleep(Duration::from_millis(300));
    child.kill().unwrap();
    let output = child.wait_with_output().unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn the_shipped_level_logs_no_request_and_the_setting_is_obeyed() {
    let shipped = output_with(None);
    assert!(
        !shipped.contains("abcdefghijkmn"),
        "a report path was logged: {shipped}"
    );
    let normal = output_with(Some("normal"));
    for output in [&shipped, &normal] {
        for typed in ["Logprobe", "logprobe", "LOG-7734"] {
            assert!(
                !output.contains(typed),
                "a letter's {typed} was logged: {output}"
            );
        }
    }
    assert!(
        normal.contains("/reports/abcdefghijkmn"),
        "log_level = normal logs requests: {normal}"
    );
}
