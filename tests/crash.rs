//! Clickline is killed (SIGKILL) in the middle of a burst of submissions and
//! started again: every acknowledged report is there, and the scorecards
//! converge to what a full rebuild computes.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use mongodb::bson::{doc, Document};
use serde_json::Value;

use clickline::db::Db;
use clickline::testing::{database_uri, random_secret_key, sample_rating, unique_database_name};
use clickline::Prepare;

/// One request on its own connection; the status and the body.
fn http(port: u16, method: &str, path: &str, body: Option<&str>) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let body = body.unwrap_or("");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split_whitespace().nth(1)?.parse().ok()?;
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Some((status, body))
}

/// A running Clickline, killed when dropped (also when a test fails).
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(port: u16, database: &str, secret: &str) -> Running {
    let child = Command::new(env!("CARGO_BIN_EXE_clickline"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("MONGODB_URI", database_uri())
        .env("ROCKET_DATABASE", database)
        .env("ROCKET_PORT", port.to_string())
        .env("ROCKET_SECRET_KEY", secret)
        .env("ROCKET_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .env("ROCKET_LOG_LEVEL", "off")
        // One client files the whole burst, and it is published at once.
        .env("ROCKET_RATINGS_PER_TARGET_PER_DAY", "1000")
        .env("ROCKET_PUBLISH_AFTER_DAYS", "0")
        .env("ROCKET_HOLD_BURSTS", "false")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start clickline");
    let started = Instant::now();
    while http(port, "GET", "/readyz", None).map(|(s, _)| s) != Some(200) {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "clickline did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Running(child)
}

#[rocket::async_test]
async fn a_killed_instance_loses_nothing_it_acknowledged() {
    let database = unique_database_name();
    let secret = random_secret_key();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = start(port, &database, &secret);

    // A burst from another thread; Clickline is killed in the middle of it,
    // once ten reports have been acknowledged.
    let (tell, acks) = std::sync::mpsc::channel();
    let burst = std::thread::spawn(move || {
        let mut acknowledged = Vec::new();
        for i in 0..60 {
            let mut rating = sample_rating();
            rating["minutes"] = serde_json::json!(10 + i);
            if let Some((201, body)) =
                http(port, "POST", "/api/v1/ratings", Some(&rating.to_string()))
            {
                let body: Value = serde_json::from_str(&body).unwrap();
                acknowledged.push(body["id"].as_str().unwrap().to_owned());
                let _ = tell.send(acknowledged.len());
            }
        }
        acknowledged
    });
    while acks.recv().expect("acknowledgements") < 10 {}
    child.0.kill().expect("SIGKILL");
    child.0.wait().unwrap();
    let acknowledged = burst.join().unwrap();
    assert!(
        !acknowledged.is_empty(),
        "some reports were acknowledged before the kill"
    );
    assert!(
        acknowledged.len() < 60,
        "the kill came in the middle of the burst"
    );

    let _restarted = start(port, &database, &secret);
    for id in &acknowledged {
        let (status, _) = http(port, "GET", &format!("/api/v1/reports/{id}"), None).unwrap();
        assert_eq!(status, 200, "acknowledged report {id} was lost");
    }

    // The restarted instance drains the queue left behind; its scorecards
    // then equal what a full rebuild computes.
    let db = Db::connect(&database_uri(), &database)
        .await
        .unwrap()
        .prepare()
        .await
        .unwrap();
    // Every acknowledged report is published by the restarted instance's
    // publication step (it queues the scorecards before it publishes)...
    let reports = db.raw().collection::<Document>("reports");
    let started = Instant::now();
    while reports
        .count_documents(doc! { "published": false })
        .await
        .unwrap()
        > 0
    {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "reports not published"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // ...and the scorecard worker drains the queue.
    let queue = db.raw().collection::<Document>("scorecard_queue");
    let started = Instant::now();
    while queue
        .count_documents(doc! { "pending": true })
        .await
        .unwrap()
        > 0
    {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "queue not drained"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let scorecards = || async {
        let mut cards: Vec<Document> = db
            .raw()
            .collection::<Document>("scorecards")
            .find(doc! { "target": "requester" })
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        cards.sort_by_key(|d| d.get_str("_id").unwrap().to_owned());
        // The queue's bookkeeping, not a figure: a rebuilt card has none.
        for card in &mut cards {
            card.remove("for_seq");
        }
        cards
    };
    let maintained = scorecards().await;
    let stored: u64 = db
        .raw()
        .collection::<Document>("reports")
        .count_documents(doc! { "hidden": false })
        .await
        .unwrap();
    assert!(stored as usize >= acknowledged.len());
    clickline::scorecards::rebuild_all(&db, 5, |_, _| {})
        .await
        .unwrap();
    assert_eq!(scorecards().await, maintained);
    assert_eq!(
        maintained[0]
            .get_document("card")
            .unwrap()
            .get_document("all")
            .unwrap()
            .get_i64("ratings")
            .unwrap() as u64,
        stored
    );
}
