//! Commands of the same binary: `clickline scorecards rebuild`, and more.

use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

use crate::config::Settings;
use crate::{open_database, scorecards};

const USAGE: &str = "usage:
  clickline                       serve Clickline
  clickline scorecards rebuild    recompute every scorecard from the reports";

/// Runs the command in `args` (without the program name); returns the exit code.
pub async fn run(args: &[String]) -> i32 {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match words.as_slice() {
        ["scorecards", "rebuild"] => rebuild().await,
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

async fn rebuild() -> Result<(), String> {
    let settings = Settings::from_figment(&rocket::Config::figment()).map_err(|e| e.to_string())?;
    let (db, _dev) = open_database(&settings).await.map_err(|e| e.to_string())?;
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template(
            "{msg} [{bar:40}] {pos}/{len} reports ({per_sec}, {eta} left)",
        )
        .expect("template")
        .progress_chars("=> "),
    );
    bar.set_message("Rebuilding scorecards");
    let started = Instant::now();
    let written = scorecards::rebuild_all(&db, settings.min_group_size, |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .await
    .map_err(|e| e.to_string())?;
    bar.finish();
    println!(
        "Rebuilt {written} scorecards in {:.1} s.",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
