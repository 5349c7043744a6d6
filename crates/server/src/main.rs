//! The Frama.space portal server: JSON API under `/api`, the built app from
//! `dist/`, and the administration commands.

use portal_core::SpaceState;
use portal_server::{api, config, error, secrets, store};

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
    /// Database: a file path (SQLite), a `sqlite://` URL or a `postgres://` URL.
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
        /// Address to serve the Prometheus metrics on (`GET /metrics`),
        /// apart from the public one; none by default.
        #[arg(long, env = "PORTAL_METRICS_ADDR")]
        metrics_addr: Option<SocketAddr>,
    },
    /// Print the OpenAPI document and exit.
    Openapi,
    /// Manage the reviewers who decide on requests.
    Reviewer {
        #[command(subcommand)]
        action: ReviewerAction,
    },
    /// Write a consistent copy of the database to a new file, while the
    /// server may be running.
    Backup {
        /// The copy to create (must not exist).
        to: PathBuf,
    },
    /// Restore a backup into the database (SQLite): the file is checked
    /// first, and the database is then either as it was or the whole
    /// backup. Stop the server before replacing its database.
    Restore {
        /// A file written by `backup`.
        from: PathBuf,
        /// Replace a database that is already there.
        #[arg(long)]
        force: bool,
    },
    /// Copy the whole database into an empty one of the other kind (SQLite
    /// to PostgreSQL, or back), from one consistent snapshot. Stop the
    /// servers first, so that nothing written meanwhile is left behind.
    Copy {
        /// The database to copy (a file path, `sqlite://` or `postgres://`).
        #[arg(long)]
        from: String,
        /// The empty database to fill.
        #[arg(long)]
        to: String,
    },
    /// Check the configuration file (--config): every error, with its
    /// line (the server does not start on one), and what to look at.
    Check {
        /// Also connect to the mail server of [smtp].
        #[arg(long)]
        try_smtp: bool,
    },
    /// Print all the data as one JSON document (every table, row by row).
    Export,
    /// Tell the portal where a request's space stands, for a space made by
    /// hand (or to answer for the hosting side).
    Space {
        #[command(subcommand)]
        action: SpaceAction,
    },
    /// Erase the personal data of the requests past their retention period
    /// (`[retention]`), as the privacy page says (the server does it every
    /// hour too).
    Purge,
}

#[derive(Subcommand)]
enum SpaceAction {
    /// The space exists: the applicant is told (and e-mailed if they asked).
    Ready {
        reference: String,
        /// Where it is, when not at its usual address.
        #[arg(long)]
        url: Option<String>,
    },
    /// The space could not be made: the reviewers read why.
    Failed {
        reference: String,
        #[arg(long)]
        reason: String,
    },
    /// Deliveries to the hosting side go again after it answered 410.
    Resume,
}

#[derive(Subcommand)]
enum ReviewerAction {
    /// Add a member of the team and print their sign-in token, once.
    Add {
        name: String,
        /// What they may do.
        #[arg(long, value_enum, default_value = "reviewer")]
        role: RoleArg,
        /// Their e-mail address or subject at the host's OpenID Connect
        /// provider (`[review.oidc]`), to sign in through it.
        #[arg(long)]
        sso: Option<String>,
    },
    /// List the members, their roles, and whether they are active.
    List,
    /// Give a member another role (the last coordinator stays one).
    Role {
        name: String,
        #[arg(value_enum)]
        role: RoleArg,
    },
    /// Revoke a member's token (not the last coordinator's).
    Revoke { name: String },
}

/// A role, as the command line writes it.
#[derive(Clone, Copy, clap::ValueEnum)]
enum RoleArg {
    Coordinator,
    Reviewer,
}

impl From<RoleArg> for portal_core::Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Coordinator => portal_core::Role::Coordinator,
            RoleArg::Reviewer => portal_core::Role::Reviewer,
        }
    }
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
    if let Command::Check { try_smtp } = cli.command {
        return check(cli.config.as_deref(), try_smtp).await;
    }
    let config = config::Config::load(cli.config.as_deref())?;
    match cli.command {
        Command::Openapi => {
            let doc = serde_json::to_string_pretty(&api::doc::document())
                .map_err(|e| error::StartError::Other(e.to_string()))?;
            println!("{doc}");
            Ok(())
        }
        Command::Reviewer { action } => {
            let store = store::Store::open(&cli.database).await?;
            reviewers(&store, action).await
        }
        Command::Backup { to } => backup(&cli.database, &to).await,
        Command::Check { .. } => Ok(()),
        Command::Restore { from, force } => {
            let restored = store::restore(&from, &cli.database, force).await?;
            eprintln!(
                "Restored {} into {} (schema {}, {} requests).",
                from.display(),
                cli.database,
                restored.version,
                restored.requests
            );
            Ok(())
        }
        Command::Copy { from, to } => {
            let source = store::Store::open(&from).await?;
            let target = store::Store::open(&to).await?;
            let rows = store::copy(&source, &target, |table, rows| {
                eprintln!("{table}: {rows} rows");
            })
            .await?;
            eprintln!("Copied {rows} rows.");
            Ok(())
        }
        Command::Export => {
            let store = store::Store::open(&cli.database).await?;
            let data = store.export().await?;
            let text = serde_json::to_string_pretty(&data)
                .map_err(|e| error::StartError::Other(e.to_string()))?;
            println!("{text}");
            Ok(())
        }
        Command::Space { action } => {
            let store = store::Store::open(&cli.database).await?;
            space(&store, &config, action).await
        }
        Command::Purge => {
            let store = store::Store::open(&cli.database).await?;
            let now = api::now().map_err(|e| error::StartError::Other(e.to_string()))?;
            let erased = store.erase_past_retention(&config.retention, &now).await?;
            store.vacuum().await?;
            eprintln!("Personal data of {erased} request(s) past retention erased.");
            Ok(())
        }
        Command::Serve {
            addr,
            dist,
            metrics_addr,
        } => {
            let template = config.survey_template(cli.config.as_deref())?;
            let store = store::Store::open(&cli.database).await?;
            let listeners = listen(addr, metrics_addr).await?;
            portal_server::run(store, config, template, listeners, &dist, shutdown_signal()).await
        }
    }
}

/// `backup FILE`: a consistent copy of `database`, into a file that is not
/// there yet.
async fn backup(database: &str, to: &std::path::Path) -> Result<(), error::StartError> {
    if to.exists() {
        return Err(error::StartError::Other(format!(
            "{} already exists",
            to.display()
        )));
    }
    let store = store::Store::open(database).await?;
    store.backup(&to.to_string_lossy()).await?;
    eprintln!("Backup written to {}.", to.display());
    Ok(())
}

/// `space ready|failed|resume`: as the hosting side's reports do.
async fn space(
    store: &store::Store,
    config: &portal_server::config::Config,
    action: SpaceAction,
) -> Result<(), error::StartError> {
    let (reference, state, url, reason) = match action {
        SpaceAction::Resume => {
            let resumed = store.resume_deliveries().await?;
            eprintln!(
                "{}",
                if resumed {
                    "Deliveries to the hosting side go again."
                } else {
                    "Deliveries were not stopped."
                }
            );
            return Ok(());
        }
        SpaceAction::Ready { reference, url } => (reference, SpaceState::Ready, url, None),
        SpaceAction::Failed { reference, reason } => {
            (reference, SpaceState::Failed, None, Some(reason))
        }
    };
    let fail = |message: String| error::StartError::Other(message);
    let reference = portal_core::normalize_reference(&reference)
        .ok_or_else(|| fail(format!("{reference} is not a reference")))?;
    let row = store
        .application(&reference)
        .await?
        .ok_or_else(|| fail(format!("no request {reference}")))?;
    let url = match (state, url) {
        (SpaceState::Ready, Some(url)) if api::spaces::is_web_address(&url) => Some(url),
        (SpaceState::Ready, Some(url)) => return Err(fail(format!("{url} is not a web address"))),
        (SpaceState::Ready, None) => row.item.address.as_deref().map(|a| config.spaces.url(a)),
        _ => None,
    };
    if state == SpaceState::Ready && url.is_none() {
        return Err(fail(format!("{reference} has no address: give --url")));
    }
    let now = api::now().map_err(|e| fail(e.to_string()))?;
    match store
        .mark_space(
            row.id,
            "host",
            state,
            url.as_deref(),
            reason.as_deref(),
            &now,
        )
        .await?
    {
        store::Marked::Done => {
            eprintln!("{reference}: space {}.", state.as_str());
            Ok(())
        }
        store::Marked::Unchanged => Err(fail(format!(
            "{reference} is not accepted, or its space is already {}",
            state.as_str()
        ))),
    }
}

/// The public listener on `addr`, and the metrics' on `metrics`, if any.
async fn listen(
    addr: SocketAddr,
    metrics: Option<SocketAddr>,
) -> Result<portal_server::Listeners, error::StartError> {
    let bind = |addr: SocketAddr| async move {
        tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| error::StartError::Bind { addr, source })
    };
    Ok(portal_server::Listeners {
        public: bind(addr).await?,
        metrics: match metrics {
            Some(addr) => Some(bind(addr).await?),
            None => None,
        },
    })
}

/// `check`: the configuration's errors and warnings, each with its line;
/// an error if it has errors.
async fn check(path: Option<&std::path::Path>, try_smtp: bool) -> Result<(), error::StartError> {
    let Some(path) = path else {
        return Err(error::StartError::Other(
            "no configuration to check: give it with --config".to_owned(),
        ));
    };
    let text = std::fs::read_to_string(path).map_err(|source| error::StartError::ConfigRead {
        path: path.display().to_string(),
        source,
    })?;
    let (mut errors, warnings, smtp) = match config::Config::check(&text) {
        Ok((config, warnings)) => (Vec::new(), warnings, config.smtp),
        Err(errors) => (errors, Vec::new(), None),
    };
    if let (true, Some(smtp)) = (try_smtp, smtp)
        && let Err(why) = portal_server::mail::Mailer::reachable(&smtp).await
    {
        errors.push(format!("smtp.host: {} cannot be reached: {why}", smtp.host));
    }
    let place = |message: &str| match config::line_of(&text, message) {
        Some(line) => format!("{}:{line}", path.display()),
        None => path.display().to_string(),
    };
    for error in &errors {
        println!("{}: error: {error}", place(error));
    }
    for warning in &warnings {
        println!("{}: warning: {warning}", place(warning));
    }
    if errors.is_empty() {
        println!(
            "{}: the server starts with it ({} warnings)",
            path.display(),
            warnings.len()
        );
        Ok(())
    } else {
        let count = match errors.len() {
            1 => "1 error".to_owned(),
            n => format!("{n} errors"),
        };
        Err(error::StartError::Other(format!(
            "{count} in {}: the server does not start with it",
            path.display()
        )))
    }
}

async fn reviewers(store: &store::Store, action: ReviewerAction) -> Result<(), error::StartError> {
    let now = api::now().map_err(|e| error::StartError::Other(e.to_string()))?;
    let fail = |message: String| error::StartError::Other(message);
    let changed = |change: store::TeamChange, name: &str| match change {
        store::TeamChange::Done => Ok(()),
        store::TeamChange::Unknown => Err(fail(format!("no active member named {name}"))),
        store::TeamChange::LastCoordinator => Err(fail(format!(
            "{name} is the last coordinator: make someone else coordinator first"
        ))),
    };
    match action {
        ReviewerAction::Add { name, role, sso } => {
            let name = name.trim();
            let sso = sso.as_deref().map(str::trim).filter(|s| !s.is_empty());
            if sso.is_some_and(|s| portal_core::review::check_sso("sso", s).is_some()) {
                return Err(fail(
                    "an identity at the provider is one word: an e-mail address or a subject"
                        .to_owned(),
                ));
            }
            if portal_core::review::check_member_name("name", name).is_some() {
                return Err(fail(format!(
                    "a member's name has 1 to {} printable characters",
                    portal_core::review::MEMBER_NAME_MAX
                )));
            }
            let token = secrets::member_token().map_err(|e| fail(e.to_string()))?;
            if !store
                .add_reviewer(
                    name,
                    role.into(),
                    sso,
                    &secrets::token_fingerprint(&token),
                    &now,
                )
                .await?
            {
                return Err(fail(format!(
                    "a member named {name}, or with this identity at the provider, already exists"
                )));
            }
            eprintln!("Reviewer {name} created. Their sign-in token, shown only this once:");
            println!("{token}");
        }
        ReviewerAction::List => {
            for member in store.reviewers().await? {
                let state = member
                    .revoked_at
                    .map_or("active".to_owned(), |at| format!("revoked {at}"));
                println!(
                    "{}\t{}\tcreated {}\t{state}",
                    member.name,
                    member.role.as_str(),
                    member.created_at
                );
            }
        }
        ReviewerAction::Role { name, role } => {
            changed(store.set_role(&name, role.into()).await?, &name)?;
            eprintln!("{name} is now {}.", portal_core::Role::from(role).as_str());
        }
        ReviewerAction::Revoke { name } => {
            changed(store.revoke_reviewer(&name, &now).await?, &name)?;
            eprintln!("Reviewer {name} revoked.");
        }
    }
    Ok(())
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
