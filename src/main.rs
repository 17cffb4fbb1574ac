//! Starts Clickline, or runs one of its commands. Everything else lives in
//! the library.

#[rocket::main]
async fn main() {
    // Clickline's own events: warnings only by default (RUST_LOG to change).
    // No bridge from the `log` crate is installed, so Rocket's own logger,
    // and with it `log_level` in Rocket.toml, stays in charge of request
    // logs: `critical` by default, so no path with a report id is logged
    // next to a time.
    let events = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .finish();
    let _ = tracing::subscriber::set_global_default(events);
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.is_empty() {
        std::process::exit(clickline::cli::run(&args).await);
    }
    let (rocket, _dev_database) = match clickline::start().await {
        Ok(started) => started,
        Err(error) => {
            eprintln!("Clickline cannot start: {error}");
            std::process::exit(1);
        }
    };
    if let Err(error) = rocket.launch().await {
        eprintln!("Clickline stopped: {error}");
        std::process::exit(1);
    }
}
