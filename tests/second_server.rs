//! A second `cargo run` in the same checkout: the real binary, started
//! twice on one development-data folder. The second is told at once, in one
//! line, that the database is in use, which port it serves, and how to run a
//! second Clickline beside it.

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use clickline::testing::random_secret_key;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn development_server(folder: &std::path::Path, port: u16) -> Child {
    Command::new(env!("CARGO_BIN_EXE_clickline"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("MONGODB_URI")
        .env("CLICKLINE_DEV_DATA", folder)
        .env("ROCKET_PORT", port.to_string())
        .env("ROCKET_ADDRESS", "127.0.0.1")
        .env("ROCKET_SECRET_KEY", random_secret_key())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start clickline")
}

fn serves(port: u16) -> bool {
    std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
}

#[test]
fn a_second_development_server_on_the_same_folder_is_told_in_one_line_within_five_seconds() {
    let folder = std::env::temp_dir().join(format!("clickline-second-{}", free_port()));
    let first_port = free_port();
    let mut first = development_server(&folder, first_port);
    let started = Instant::now();
    while !serves(first_port) {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the first server did not start"
        );
        assert!(
            first.try_wait().unwrap().is_none(),
            "the first server stopped"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let mut second = development_server(&folder, free_port());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the second server was not told within 5 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut told = String::new();
    second
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut told)
        .unwrap();
    first.kill().unwrap();
    let _ = first.wait();
    let _ = std::fs::remove_dir_all(&folder);
    assert!(!status.success());
    let lines: Vec<&str> = told.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line: {told}");
    assert!(lines[0].contains("in use by another Clickline"), "{told}");
    assert!(
        lines[0].contains("MONGODB_URI=") && lines[0].contains("CLICKLINE_DEV_DATA="),
        "{told}"
    );
    assert!(
        lines[0].contains("serves 127.0.0.1:"),
        "the database's port: {told}"
    );
}
