//! A keep-alive HTTP/1.1 client, enough to measure Clickline, and the
//! throughput and latency measured with it.

use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// A keep-alive HTTP/1.1 connection, enough to measure Clickline.
pub struct Connection(BufReader<TcpStream>);

impl Connection {
    pub async fn open(port: u16) -> Connection {
        Connection(BufReader::new(
            TcpStream::connect(("127.0.0.1", port))
                .await
                .expect("connect"),
        ))
    }

    async fn line(&mut self) -> String {
        let mut line = String::new();
        self.0.read_line(&mut line).await.expect("a line");
        line
    }

    /// Reads `length` bytes of body and throws them away.
    async fn skip(&mut self, length: usize) {
        let mut body = vec![0u8; length];
        self.0.read_exact(&mut body).await.expect("body");
    }

    pub async fn get(&mut self, path: &str) -> u16 {
        let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        self.0
            .get_mut()
            .write_all(request.as_bytes())
            .await
            .expect("write");
        let line = self.line().await;
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("GET {path}: no status line but {line:?}"));
        let (mut length, mut chunked) = (0usize, false);
        loop {
            let line = self.line().await;
            if line == "\r\n" {
                break;
            }
            let (name, value) = line.split_once(':').unwrap_or_default();
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().expect("length");
            }
            if name.eq_ignore_ascii_case("transfer-encoding") {
                chunked = value.trim().eq_ignore_ascii_case("chunked");
            }
        }
        if !chunked {
            self.skip(length).await;
            return status;
        }
        loop {
            let size = self.line().await;
            let size = usize::from_str_radix(size.trim(), 16).expect("chunk size");
            self.skip(size + 2).await; // the chunk and its CRLF
            if size == 0 {
                return status;
            }
        }
    }
}

/// Requests per second with `connections` clients for `seconds`.
pub async fn throughput(port: u16, connections: usize, seconds: u64, paths: Vec<String>) -> f64 {
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

/// Reads every path once, on one connection.
pub async fn warm(port: u16, paths: &[String]) {
    let mut connection = Connection::open(port).await;
    for path in paths {
        assert_eq!(connection.get(path).await, 200, "GET {path}");
    }
}

/// One GET, in milliseconds.
pub async fn timed_get(connection: &mut Connection, path: &str) -> f64 {
    let started = Instant::now();
    assert_eq!(connection.get(path).await, 200, "GET {path}");
    started.elapsed().as_secs_f64() * 1000.0
}
