//! The development and test database: SecantusDB, a MongoDB-compatible server,
//! installed with pip into a virtualenv under `target/` on first use and run as
//! a child process. Used only when no `MONGODB_URI` is given.

use std::fs::{self, File};
use std::io::{self, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const PACKAGE: &str = "SecantusDB==0.7.0b3";
const VERSION_DIR: &str = "secantusdb-0.7.0b3";

/// A running SecantusDB. The server stops when this value is dropped or when
/// the Clickline process ends, however it ends.
pub struct DevDb {
    child: Child,
    port: u16,
    /// Held while the server runs on a folder (see [`claim`]).
    _claim: Option<File>,
}

#[derive(Debug, thiserror::Error)]
pub enum DevDbError {
    #[error("could not run {0}: {1}. Clickline needs Python 3 with venv and pip to provision its development database; or set MONGODB_URI")]
    Spawn(String, io::Error),
    #[error("installing {PACKAGE} with pip failed (exit {0}); see the pip output above")]
    Install(i32),
    #[error("SecantusDB did not start within {0:?}; see its log at {1}")]
    Timeout(Duration, PathBuf),
    #[error("the development database in {folder} is in use by another Clickline{serving}. To run a second one beside it, share that database (MONGODB_URI=mongodb://127.0.0.1:{port}/?directConnection=true ROCKET_PORT=8001 cargo run) or give it a folder of its own ({DATA_FOLDER_VARIABLE}=/some/other/folder ROCKET_PORT=8001 cargo run)", serving = if *port > 0 { format!(", whose database serves 127.0.0.1:{port}") } else { String::new() })]
    InUse { folder: PathBuf, port: u16 },
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// Names another folder for the development database than the default.
pub const DATA_FOLDER_VARIABLE: &str = "CLICKLINE_DEV_DATA";

/// Claims a storage folder for one server: a lock on `clickline.lock` in
/// it, held by this process (the system drops it when the process ends,
/// however it ends), with the port written in for whoever finds it taken.
/// A second Clickline on the same folder learns it at once, instead of
/// starting a server that cannot open the files and waiting for it.
fn claim(folder: &Path, port: u16) -> Result<File, DevDbError> {
    let path = folder.join("clickline.lock");
    let mut file = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)?;
    match file.try_lock() {
        Ok(()) => {
            file.set_len(0)?;
            writeln!(file, "{port}")?;
            Ok(file)
        }
        Err(fs::TryLockError::WouldBlock) => {
            let port = fs::read_to_string(&path)
                .ok()
                .and_then(|text| text.trim().parse().ok())
                .unwrap_or(0);
            Err(DevDbError::InUse {
                folder: folder.to_owned(),
                port,
            })
        }
        Err(fs::TryLockError::Error(error)) => Err(error.into()),
    }
}

/// Where storage lives: on disk for `cargo run`, in memory for tests.
pub enum Storage {
    Disk(PathBuf),
    Memory,
}

impl DevDb {
    /// Installs SecantusDB if needed and starts it on a free loopback port.
    /// Storage on disk is synced on every commit, so that a write the
    /// database acknowledged as journaled survives a crash, as with mongod.
    pub fn start(storage: Storage) -> Result<DevDb, DevDbError> {
        let durable = matches!(storage, Storage::Disk(_));
        DevDb::start_with(storage, None, durable)
    }

    /// As [`DevDb::start`], on a given port (to restart a stopped server where
    /// its clients expect it) and choosing whether commits are synced.
    pub fn start_with(
        storage: Storage,
        port: Option<u16>,
        sync_on_commit: bool,
    ) -> Result<DevDb, DevDbError> {
        let home = home_dir();
        let venv = ensure_installed(&home)?;
        let port = match port {
            Some(port) => port,
            None => free_port()?,
        };
        let (storage_arg, claimed) = match &storage {
            Storage::Disk(path) => {
                fs::create_dir_all(path)?;
                let claimed = claim(path, port)?;
                (path.to_string_lossy().into_owned(), Some(claimed))
            }
            Storage::Memory => (":memory:".to_owned(), None),
        };
        let log_path = home.join(format!("secantusd-{port}.log"));
        let log = File::create(&log_path)?;
        let server = venv.join("bin").join("secantusd-py");
        // The shell waits on its stdin, a pipe from us: when Clickline exits
        // (even by SIGKILL) the pipe closes and the shell stops the server, so
        // no orphaned database outlives a test run. A server that has not
        // stopped five seconds after SIGTERM (seen once, just after it
        // started) is killed.
        let child = Command::new("sh")
            .arg("-c")
            .arg(concat!(
                r#""$0" "$@" </dev/null & pid=$!; read _ignored; kill $pid 2>/dev/null; "#,
                r#"i=0; while kill -0 $pid 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done; "#,
                r#"kill -9 $pid 2>/dev/null; wait $pid"#
            ))
            .arg(&server)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--storage-path", &storage_arg])
            .args(if sync_on_commit {
                &["--sync-on-commit"][..]
            } else {
                &[][..]
            })
            .stdin(Stdio::piped())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .map_err(|e| DevDbError::Spawn(server.display().to_string(), e))?;
        let db = DevDb {
            child,
            port,
            _claim: claimed,
        };
        db.wait_until_listening(Duration::from_secs(60), &log_path)?;
        Ok(db)
    }

    /// The connection string for this server.
    pub fn uri(&self) -> String {
        format!("mongodb://127.0.0.1:{}/?directConnection=true", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    fn wait_until_listening(&self, limit: Duration, log: &Path) -> Result<(), DevDbError> {
        let started = Instant::now();
        while started.elapsed() < limit {
            if TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(DevDbError::Timeout(limit, log.to_owned()))
    }
}

impl Drop for DevDb {
    fn drop(&mut self) {
        // Closing stdin tells the wrapper shell to stop the server.
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

/// `target/secantusdb-0.7.0b3`, beside the build output.
fn home_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join(VERSION_DIR)
}

/// The storage folder of the development database used by `cargo run`:
/// `CLICKLINE_DEV_DATA` if set, else `target/secantusdb-0.7.0b3/data`.
pub fn default_storage() -> PathBuf {
    std::env::var_os(DATA_FOLDER_VARIABLE)
        .filter(|folder| !folder.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| home_dir().join("data"))
}

/// Creates the virtualenv and installs SecantusDB once. A file lock makes
/// concurrent test binaries wait for one installer instead of racing, and a
/// marker written last means an interrupted install is redone from scratch.
fn ensure_installed(home: &Path) -> Result<PathBuf, DevDbError> {
    let venv = home.join("venv");
    let marker = venv.join(".clickline-installed");
    if marker.exists() {
        return Ok(venv);
    }
    fs::create_dir_all(home)?;
    let lock = File::create(home.join("install.lock"))?;
    lock.lock()?;
    if marker.exists() {
        return Ok(venv);
    }
    if venv.exists() {
        fs::remove_dir_all(&venv)?;
    }
    progress(&format!(
        "Clickline: first run, installing {PACKAGE} into {} (needs network access to PyPI, about a minute)...",
        venv.display()
    ));
    run("python3", &["-m", "venv", &venv.to_string_lossy()])?;
    let pip = venv.join("bin").join("pip");
    run(
        &pip.to_string_lossy(),
        &[
            "install",
            "--disable-pip-version-check",
            "--progress-bar",
            "on",
            PACKAGE,
        ],
    )?;
    File::create(&marker)?.write_all(PACKAGE.as_bytes())?;
    progress("Clickline: SecantusDB installed.");
    Ok(venv)
}

fn run(program: &str, args: &[&str]) -> Result<(), DevDbError> {
    // pip's own progress goes to our stderr so the newcomer sees it move.
    let status = Command::new(program)
        .args(args)
        .stdout(Stdio::from(io::stderr()))
        .stderr(Stdio::inherit())
        .status()
        .map_err(|e| DevDbError::Spawn(program.to_owned(), e))?;
    if status.success() {
        Ok(())
    } else {
        Err(DevDbError::Install(status.code().unwrap_or(-1)))
    }
}

/// Written straight to standard error, so the line shows even while a test
/// harness captures `eprintln!`.
fn progress(line: &str) {
    let _ = writeln!(io::stderr(), "{line}");
}

fn free_port() -> io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A second `cargo run` in the same checkout: told at once, in one
    /// line, which port the first one's database serves and what to do.
    #[test]
    fn a_second_server_on_the_same_folder_is_told_at_once_and_in_one_line() {
        let folder = std::env::temp_dir().join(format!(
            "clickline-devdb-{}",
            crate::reports::service::new_submission_key()
        ));
        let first = DevDb::start_with(Storage::Disk(folder.clone()), None, false)
            .expect("the first server starts");
        let started = Instant::now();
        let second = DevDb::start_with(Storage::Disk(folder.clone()), None, false);
        assert!(started.elapsed() < Duration::from_secs(5));
        let message = match second {
            Err(error @ DevDbError::InUse { .. }) => error.to_string(),
            Err(other) => panic!("another error: {other}"),
            Ok(_) => panic!("a second server started on the same folder"),
        };
        assert!(!message.contains('\n'), "{message}");
        assert!(
            message.contains(&format!("127.0.0.1:{}", first.port())),
            "{message}"
        );
        assert!(message.contains("MONGODB_URI="), "{message}");
        assert!(message.contains(DATA_FOLDER_VARIABLE), "{message}");
        // Once the first stops, the folder is free again.
        drop(first);
        let again = DevDb::start_with(Storage::Disk(folder.clone()), None, false);
        assert!(
            again.is_ok(),
            "the folder is free once the first server stops"
        );
        drop(again);
        let _ = fs::remove_dir_all(&folder);
    }
}
