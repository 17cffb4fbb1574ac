//! Faults: the database stops while workers submit, then comes back with its
//! data. Clickline answers 503 while it is down (keeping the worker's text),
//! recovers by itself, and every acknowledged report is there.

use std::time::{Duration, Instant};

use rocket::http::Status;
use serde_json::Value;

use clickline::db::Db;
use clickline::devdb::{default_storage, DevDb, Storage};
use clickline::testing::{sample_rating, TestApp};
use clickline::Prepare;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Folder(std::path::PathBuf);

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[rocket::async_test]
async fn clickline_survives_a_database_restart_without_losing_acknowledged_reports() {
    if clickline::config::mongodb_uri_from_env().is_some() {
        eprintln!("skipped: this test stops and restarts its own SecantusDB");
        return;
    }
    let folder = Folder(default_storage().with_file_name(format!("faults-{}", std::process::id())));
    let port = free_port();
    let start = |folder: std::path::PathBuf| {
        tokio::task::spawn_blocking(move || {
            DevDb::start_with(Storage::Disk(folder), Some(port), true)
        })
    };
    let server = start(folder.0.clone())
        .await
        .unwrap()
        .expect("start SecantusDB");
    let db = Db::connect(&server.uri(), "faults")
        .await
        .unwrap()
        .prepare()
        .await
        .unwrap();
    let app = TestApp::on_database(db).await;

    let mut acknowledged = Vec::new();
    for _ in 0..5 {
        let response = app.post_json("/api/v1/ratings", &sample_rating()).await;
        assert_eq!(response.status(), Status::Created);
        let body: Value = response.into_json().await.unwrap();
        acknowledged.push(body["id"].as_str().unwrap().to_owned());
    }

    // The database goes away.
    tokio::task::spawn_blocking(move || drop(server))
        .await
        .unwrap();
    let api = app.post_json("/api/v1/ratings", &sample_rating()).await;
    assert_eq!(api.status(), Status::ServiceUnavailable);
    let form = app
        .post_form(
            "/report",
            &[
                ("platform", "uber"),
                ("country", "FR"),
                ("category", "account_deactivation"),
                (
                    "description",
                    "Deactivated after a complaint I was never shown.",
                ),
            ],
        )
        .await;
    assert_eq!(form.status(), Status::ServiceUnavailable);
    assert!(form
        .into_string()
        .await
        .unwrap()
        .contains("Deactivated after a complaint I was never shown."));
    assert_eq!(
        app.client.get("/readyz").dispatch().await.status(),
        Status::ServiceUnavailable
    );

    // It comes back with its data; Clickline reconnects without a restart.
    let _server = start(folder.0.clone())
        .await
        .unwrap()
        .expect("restart SecantusDB");
    let started = Instant::now();
    while app.client.get("/readyz").dispatch().await.status() != Status::Ok {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "Clickline did not recover"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let response = app.post_json("/api/v1/ratings", &sample_rating()).await;
    assert_eq!(response.status(), Status::Created);
    for id in &acknowledged {
        let found = app
            .client
            .get(format!("/api/v1/reports/{id}"))
            .dispatch()
            .await;
        assert_eq!(
            found.status(),
            Status::Ok,
            "acknowledged report {id} was lost"
        );
    }
}
