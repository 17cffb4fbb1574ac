//! Commands of the same binary: `clickline scorecards rebuild`, and more.

use indicatif::{ProgressBar, ProgressStyle};

use crate::config::Settings;
use crate::domain::Choice;
use crate::{open_database, scorecards};

const USAGE: &str = "usage:
  clickline                       serve Clickline
  clickline scorecards rebuild    recompute every scorecard from the reports
  clickline organizer add --email E --name N --countries FR,DE [--role organizer|moderator|admin]
                                  create an organizer; prints a one-time password and an API token
                                  (the first login must replace the password)
  clickline organizer disable --email E
                                  disable an organizer: their sessions and API tokens end at once
  clickline vouchers issue --email E --count N
                                  issue N one-time vouchers (20 to 1000) in the name of the
                                  organizer with this email; prints `vouchers:` then one a line
  clickline dev-database [--memory]
                                  start the development database (SecantusDB, installed on first
                                  use) and print its address as `uri: ...`; stops on Ctrl-C,
                                  SIGTERM, or when its standard input closes";

/// Runs the command in `args` (without the program name); returns the exit code.
pub async fn run(args: &[String]) -> i32 {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match words.as_slice() {
        ["scorecards", "rebuild"] => rebuild().await,
        ["organizer", "add", flags @ ..] => add_organizer(flags).await,
        ["organizer", "disable", flags @ ..] => disable_organizer(flags).await,
        ["vouchers", "issue", flags @ ..] => issue_vouchers(flags).await,
        ["dev-database", flags @ ..] => dev_database(flags).await,
        ["help"] | ["--help"] | ["-h"] => {
            println!("{USAGE}");
            return 0;
        }
        _ => {
            eprintln!("{USAGE}");
            return 2;
        }
    };
    match result {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("clickline: {message}");
            1
        }
    }
}

/// Runs the development database on its own, for tools that need one
/// Clickline and its CLI can share (the browser tests, say).
async fn dev_database(flags: &[&str]) -> Result<(), String> {
    use crate::devdb::{default_storage, DevDb, Storage};
    let storage = if flags.contains(&"--memory") {
        Storage::Memory
    } else {
        Storage::Disk(default_storage())
    };
    let server = tokio::task::spawn_blocking(move || DevDb::start(storage))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())?;
    println!("uri: {}", server.uri());
    use std::io::Write;
    std::io::stdout().flush().map_err(|e| e.to_string())?;
    until_told_to_stop().await;
    drop(server);
    Ok(())
}

/// Returns on Ctrl-C, on SIGTERM, or when standard input closes: a script
/// that started the database through a pipe stops it however the script
/// ends, even killed, since its end of the pipe closes with it.
async fn until_told_to_stop() {
    use tokio::io::AsyncReadExt;
    let stdin_closed = async {
        let mut stdin = tokio::io::stdin();
        let mut buffer = [0u8; 256];
        while matches!(stdin.read(&mut buffer).await, Ok(n) if n > 0) {}
    };
    let terminated = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminated => {}
        _ = stdin_closed => {}
    }
}

/// `--flag value` pairs.
fn flag<'a>(flags: &[&'a str], name: &str) -> Option<&'a str> {
    flags
        .iter()
        .position(|f| *f == name)
        .and_then(|i| flags.get(i + 1))
        .copied()
}

async fn add_organizer(flags: &[&str]) -> Result<(), String> {
    let known = ["--email", "--name", "--countries", "--role"];
    if let Some(unknown) = flags.iter().step_by(2).find(|f| !known.contains(f)) {
        return Err(format!("unknown option {unknown}\n{USAGE}"));
    }
    let settings = Settings::from_figment(&rocket::Config::figment()).map_err(|e| e.to_string())?;
    let (db, _dev) = open_database(&settings).await.map_err(|e| e.to_string())?;
    let created = crate::organizers::accounts::create_organizer(
        &db,
        flag(flags, "--email").unwrap_or(""),
        flag(flags, "--name").unwrap_or(""),
        flag(flags, "--countries").unwrap_or(""),
        flag(flags, "--role").unwrap_or(""),
    )
    .await
    .map_err(|error| match error {
        crate::error::Error::Invalid(errors) => errors
            .fields()
            .map(|field| {
                format!(
                    "--{field}: {}",
                    errors
                        .get(field)
                        .unwrap_or_default()
                        .iter()
                        .map(crate::i18n::Msg::english)
                        .collect::<Vec<_>>()
                        .join(" ")
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        other => other.to_string(),
    })?;
    eprintln!(
        "Created {} <{}> ({}). Give them these once; they are not stored:",
        created.organizer.name,
        created.organizer.email,
        created.organizer.role.wire()
    );
    print!("{}", secret_lines(&created));
    Ok(())
}

async fn disable_organizer(flags: &[&str]) -> Result<(), String> {
    if let Some(unknown) = flags.iter().step_by(2).find(|f| **f != "--email") {
        return Err(format!("unknown option {unknown}\n{USAGE}"));
    }
    let email = flag(flags, "--email").unwrap_or("").trim().to_lowercase();
    let settings = Settings::from_figment(&rocket::Config::figment()).map_err(|e| e.to_string())?;
    let (db, _dev) = open_database(&settings).await.map_err(|e| e.to_string())?;
    let organizer = crate::organizers::accounts::disable(&db, &email)
        .await
        .map_err(|error| match error {
            crate::error::Error::NotFound(_) => {
                format!("--email: no organizer has the email '{email}'")
            }
            other => other.to_string(),
        })?;
    eprintln!(
        "Disabled {} <{}>: their sessions and API tokens no longer work.",
        organizer.name, organizer.email
    );
    Ok(())
}

async fn issue_vouchers(flags: &[&str]) -> Result<(), String> {
    use crate::organizers::store::OrganizerStore;
    let known = ["--email", "--count"];
    if let Some(unknown) = flags.iter().step_by(2).find(|f| !known.contains(f)) {
        return Err(format!("unknown option {unknown}\n{USAGE}"));
    }
    let count = crate::vouchers::parse::parse_count(flag(flags, "--count").unwrap_or(""))
        .map_err(|_| "--count: give a whole number from 20 to 1000".to_owned())?;
    let email = flag(flags, "--email").unwrap_or("").trim().to_lowercase();
    let settings = Settings::from_figment(&rocket::Config::figment()).map_err(|e| e.to_string())?;
    let (db, _dev) = open_database(&settings).await.map_err(|e| e.to_string())?;
    let organizer = db
        .find_organizer_by_email(&email)
        .await
        .map_err(|e| e.to_string())?
        .filter(|organizer| !organizer.disabled)
        .ok_or_else(|| format!("--email: no enabled organizer has the email '{email}'"))?;
    let codes = crate::vouchers::service::issue(&db, &organizer, count, settings.vouchers_per_day)
        .await
        .map_err(|e| e.to_string())?;
    eprintln!(
        "Issued {count} vouchers for {}. They are shown once; Clickline keeps only their hashes:",
        organizer.name
    );
    print!("{}", voucher_lines(&codes));
    Ok(())
}

/// What `vouchers issue` prints on standard output.
pub fn voucher_lines(codes: &[crate::domain::VoucherCode]) -> String {
    let mut lines = String::from("vouchers:\n");
    for code in codes {
        lines.push_str(&code.display());
        lines.push('\n');
    }
    lines
}

/// What `organizer add` prints on standard output: one secret a line.
pub fn secret_lines(created: &crate::organizers::accounts::Created) -> String {
    format!("password: {}\ntoken: {}\n", created.password, created.token)
}

/// What `scorecards rebuild` prints when it is done.
pub fn rebuilt_line(rebuilt: &scorecards::Rebuilt) -> String {
    let secs = |d: std::time::Duration| d.as_secs_f64();
    let meanwhile = match rebuilt.queued_again {
        Some(0) => "no target changed meanwhile".to_owned(),
        Some(n) => format!("{n} targets changed meanwhile and are being recomputed"),
        None => "the queue could not be followed (a standalone server streams no \
                 changes): targets changed meanwhile may show the rebuild's figures \
                 until they change again"
            .to_owned(),
    };
    format!(
        "Rebuilt {} scorecards from {} reports in {:.1} s (reading {:.1} s, writing {:.1} s); {meanwhile}.",
        rebuilt.scorecards,
        rebuilt.reports,
        secs(rebuilt.total),
        secs(rebuilt.reading),
        secs(rebuilt.writing)
    )
}

async fn rebuild() -> Result<(), String> {
    let settings = Settings::from_figment(&rocket::Config::figment()).map_err(|e| e.to_string())?;
    let (db, _dev) = crate::open_database_with(&settings, true)
        .await
        .map_err(|e| e.to_string())?;
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template(
            "{msg} [{bar:40}] {pos}/{len} reports ({per_sec}, {eta} left)",
        )
        .expect("template")
        .progress_chars("=> "),
    );
    bar.set_message("Rebuilding scorecards");
    let rebuilt = scorecards::rebuild_all(&db, settings.min_group_size, |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .await
    .map_err(|e| e.to_string())?;
    bar.finish();
    println!("{}", rebuilt_line(&rebuilt));
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn organizer_add_prints_a_working_password_and_token() {
        let app = TestApp::new().await;
        let created = crate::organizers::accounts::create_organizer(
            &app.db,
            "ana@union.example",
            "Ana",
            "FR,DE",
            "moderator",
        )
        .await
        .unwrap();
        let printed = super::secret_lines(&created);
        let lines: Vec<&str> = printed.lines().collect();
        assert_eq!(lines.len(), 2);
        let password = lines[0].strip_prefix("password: ").unwrap();
        let token = lines[1].strip_prefix("token: ").unwrap();
        assert!(crate::organizers::auth::verify_password(
            password,
            &created.organizer.password_hash
        ));
        let stored = app.every_document().await;
        assert!(stored
            .iter()
            .all(|(_, d)| !d.to_string().contains(token) && !d.to_string().contains(password)));
        let again = crate::organizers::accounts::create_organizer(
            &app.db,
            "ANA@union.example",
            "Ana",
            "FR",
            "",
        )
        .await;
        assert!(again.is_err(), "emails are unique, whatever their case");
    }
}
