//! The Frama.space portal server: JSON API under `/api`, the built app from
//! `dist/`, and the administration commands.

mod api;
mod config;
mod error;
mod rate_limit;
mod secrets;
mod store;
mod web;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    name = "portal-server",
    version,
    about = "Frama.space portal: API, app hosting and administration"
)]
struct Cli {
    /// Database: a file path (SQLite) or a `sqlite://` URL.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "data/portal.db",
        global = true
    )]
    database: String,
    /// Configuration file (TOML) describing the offer; built-in defaults otherwise.
    #[arg(long, env = "PORTAL_CONFIG", global = true)]
    config: Option<PathBuf>,
    /// Log format: `text` for people, `json` for machines.
    #[arg(long, env = "PORTAL_LOG_FORMAT", default_value = "text", global = true)]
    log_format: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API and the built app.
    Serve {
        /// Address to listen on.
        #[arg(long, env = "PORTAL_ADDR", default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Folder of the built app (Trunk's output).
        #[arg(long, env = "PORTAL_DIST", default_value = "dist")]
        dist: PathBuf,
    },
    /// Print the OpenAPI document and exit.
    Openapi,
}

fn init_logs(format: &str) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false);
    if format == "json" {
        builder.json().flatten_event(true).init();
    } else {
        builder.init();
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logs(&cli.log_format);
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!(error = %err, "stopped");
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), error::StartError> {
    let config = config::Config::load(cli.config.as_deref())?;
    match cli.command {
        Command::Openapi => {
            let (_, doc) = api::router_and_doc();
            println!(
                "{}",
                doc.to_pretty_json()
                    .map_err(|e| error::StartError::Other(e.to_string()))?
            );
            Ok(())
        }
        Command::Serve { addr, dist } => {
            let store = store::Store::open(&cli.database).await?;
            let state = api::AppState::new(store, config);
            let app = web::app(state, &dist);
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|source| error::StartError::Bind { addr, source })?;
            let local = listener
                .local_addr()
                .map_err(|source| error::StartError::Bind { addr, source })?;
            tracing::info!(%local, version = env!("CARGO_PKG_VERSION"), "listening");
            axum::serve(
                listener,
                app.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(|source| error::StartError::Bind { addr, source })?;
            tracing::info!("stopped gracefully");
            Ok(())
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
