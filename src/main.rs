//! Starts Clickline, or runs one of its commands. Everything else lives in
//! the library.

#[rocket::main]
async fn main() {
    // Warnings only by default: request logs would pair report ids and
    // paths with exact times, which Clickline promises not to keep.
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .init();
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
