//! `log_level` in Rocket.toml decides what Clickline logs: at the shipped
//! release level no request path (and so no report id) is logged; at
//! `normal` requests are. Runs the real binary and reads what it prints.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use clickline::testing::{database_uri, random_secret_key, unique_database_name};

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
    let mut command = Command::new(env!("CARGO_BIN_EXE_clickline"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("MONGODB_URI", database_uri())
        .env("ROCKET_DATABASE", unique_database_name())
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
    assert!(
        normal.contains("/reports/abcdefghijkmn"),
        "log_level = normal logs requests: {normal}"
    );
}
