//! A real server on a free port, with a fresh database and a small `dist/`
//! folder, for the API tests: run in the test's own process (the library's
//! `run`), or, for what needs a process (a crash, a restart, its log), as
//! the binary. The database is a new SQLite file, or, when `DATABASE_URL`
//! names a PostgreSQL server, a new database on it (dropped afterwards): the
//! same tests run on both backends.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use portal_core::endpoints::Method;
use serde_json::{Value, json};

pub mod sink;

/// How the server runs.
enum Running {
    /// In the test's process; stopped by what the sender sends.
    Here(Option<tokio::sync::oneshot::Sender<()>>),
    /// As the binary.
    Process(Child),
}

pub struct Server {
    pub url: String,
    /// Where its Prometheus metrics are served (`serve --metrics-addr`).
    pub metrics_url: String,
    /// What the server's `--database` is given: a file path or a URL.
    pub database: String,
    port: u16,
    metrics_port: u16,
    dist: PathBuf,
    config: Option<PathBuf>,
    running: Running,
    /// The PostgreSQL database to drop at the end.
    postgres_database: Option<String>,
    dir: tempfile::TempDir,
}

/// The PostgreSQL server the tests run against, if any.
pub fn postgres() -> Option<String> {
    std::env::var("DATABASE_URL")
        .ok()
        .filter(|url| url.starts_with("postgres://") || url.starts_with("postgresql://"))
}

/// The URL of another database on the same PostgreSQL server.
fn database_url(server: &str, name: &str) -> String {
    let (base, query) = server.split_once('?').unwrap_or((server, ""));
    let at = base
        .rfind('/')
        .filter(|&i| i > "postgres://".len())
        .unwrap_or(base.len());
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    format!("{}/{name}{query}", &base[..at])
}

async fn admin(server: &str) -> sqlx::AnyConnection {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    sqlx::AnyConnection::connect(server).await.unwrap()
}

/// A new, empty PostgreSQL database: its name and URL.
pub async fn fresh_postgres(server: &str) -> (String, String) {
    use sqlx::Executor;
    let mut random = [0u8; 8];
    getrandom::fill(&mut random).unwrap();
    let name = format!(
        "portal_test_{}",
        random
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    );
    admin(server)
        .await
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap();
    let url = database_url(server, &name);
    (name, url)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Runs a server in this process, as the binary's `serve` would, on a
/// thread and runtime of its own (a test that waits for a command does not
/// hold it); its port, and what stops it.
async fn here(dist: &Path, database: &str, config: Option<&Path>) -> (u16, u16, Running) {
    let loaded = portal_server::config::Config::load(config).unwrap();
    let template = loaded.survey_template(config).unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let metrics = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    metrics.set_nonblocking(true).unwrap();
    let metrics_port = metrics.local_addr().unwrap().port();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (dist, database) = (dist.to_owned(), database.to_owned());
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let store = portal_server::store::Store::open(&database).await.unwrap();
            let listeners = portal_server::Listeners {
                public: tokio::net::TcpListener::from_std(listener).unwrap(),
                metrics: Some(tokio::net::TcpListener::from_std(metrics).unwrap()),
            };
            let shutdown = async {
                let _ = stopped.await;
            };
            let served =
                portal_server::run(store, loaded, template, listeners, &dist, shutdown).await;
            if let Err(err) = served {
                panic!("the server stopped: {err}");
            }
        });
    });
    (port, metrics_port, Running::Here(Some(stop)))
}

/// Starts a server's process; its log goes to `log` (appended), or among
/// the tests' output with `PORTAL_TEST_LOGS=1`.
fn spawn(
    (port, metrics_port): (u16, u16),
    dist: &Path,
    database: &str,
    config: Option<&Path>,
    log: &Path,
) -> Child {
    let mut command = Command::new(env!("CARGO_BIN_EXE_portal-server"));
    command
        .arg("serve")
        .arg("--addr")
        .arg(format!("127.0.0.1:{port}"))
        .arg("--metrics-addr")
        .arg(format!("127.0.0.1:{metrics_port}"))
        .arg("--dist")
        .arg(dist)
        .arg("--database")
        .arg(database)
        .env_remove("DATABASE_URL")
        .env_remove("PORTAL_CONFIG")
        .stderr(Stdio::null());
    if std::env::var_os("PORTAL_TEST_LOGS").is_none() {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .unwrap();
        command.stdout(file);
    }
    if let Some(config) = config {
        command.arg("--config").arg(config);
    }
    command.spawn().unwrap()
}

impl Server {
    pub async fn start() -> Server {
        Self::start_with_config(None).await
    }

    /// A server in the test's process.
    pub async fn start_with_config(config: Option<&str>) -> Server {
        Self::launch(config, false, postgres()).await
    }

    /// A server in the test's process on SQLite, whatever `DATABASE_URL`
    /// says (to copy from one kind of database to the other).
    pub async fn start_on_sqlite(config: Option<&str>) -> Server {
        Self::launch(config, false, None).await
    }

    /// A server as the binary, for what needs a process: to be killed, to
    /// restart, to write its log.
    pub async fn start_process(config: Option<&str>) -> Server {
        Self::launch(config, true, postgres()).await
    }

    async fn launch(config: Option<&str>, process: bool, postgres: Option<String>) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let dist = dir.path().join("dist");
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>app</title>").unwrap();
        std::fs::write(dist.join("portal-0123456789abcdef_bg.wasm"), b"\0asm").unwrap();
        std::fs::write(dist.join("style-0123456789abcdef.css"), "body{}").unwrap();
        std::fs::write(dist.join("style-0123456789abcdef.css.br"), "compressed").unwrap();
        std::fs::create_dir_all(dist.join("admin")).unwrap();
        std::fs::write(
            dist.join("admin").join("index.html"),
            "<!DOCTYPE html><title>admin</title><script type=module>admin()</script>",
        )
        .unwrap();
        std::fs::write(
            dist.join("admin").join("admin-0123456789abcdef_bg.wasm"),
            b"\0asm",
        )
        .unwrap();
        let (postgres_database, database) = match postgres {
            Some(server) => {
                let (name, url) = fresh_postgres(&server).await;
                (Some(name), url)
            }
            None => (
                None,
                dir.path()
                    .join("data")
                    .join("portal.db")
                    .display()
                    .to_string(),
            ),
        };
        let config = config.map(|config| {
            let path = dir.path().join("offer.toml");
            std::fs::write(&path, config).unwrap();
            path
        });
        let (port, metrics_port, running) = if process {
            let (port, metrics_port) = (free_port(), free_port());
            let log = dir.path().join("server.log");
            let child = spawn(
                (port, metrics_port),
                &dist,
                &database,
                config.as_deref(),
                &log,
            );
            (port, metrics_port, Running::Process(child))
        } else {
            here(&dist, &database, config.as_deref()).await
        };
        let server = Server {
            url: format!("http://127.0.0.1:{port}"),
            metrics_url: format!("http://127.0.0.1:{metrics_port}/metrics"),
            metrics_port,
            database,
            port,
            dist,
            config,
            running,
            postgres_database,
            dir,
        };
        server.wait_until_up().await;
        server
    }

    async fn wait_until_up(&self) {
        for _ in 0..200 {
            if let Ok(response) = reqwest::get(format!("{}/api/health", self.url)).await
                && response.status().is_success()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the server did not start");
    }

    fn log(&self) -> PathBuf {
        self.dir.path().join("server.log")
    }

    /// What the server wrote to its log so far (empty with
    /// `PORTAL_TEST_LOGS=1`, which shows it among the tests' output).
    pub fn logs(&self) -> String {
        std::fs::read_to_string(self.log()).unwrap_or_default()
    }

    /// The built app's folder the server serves.
    pub fn dist(&self) -> &Path {
        &self.dist
    }

    /// A second instance on the same database and configuration, on a port
    /// of its own (as behind a load balancer).
    pub async fn another_instance(&self) -> Server {
        self.instance_on(&self.database).await
    }

    /// An instance with the same configuration on another database (a
    /// restored backup).
    pub async fn instance_on(&self, database: &str) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let (port, metrics_port, running) =
            here(&self.dist, database, self.config.as_deref()).await;
        let server = Server {
            url: format!("http://127.0.0.1:{port}"),
            metrics_url: format!("http://127.0.0.1:{metrics_port}/metrics"),
            metrics_port,
            database: database.to_owned(),
            port,
            dist: self.dist.clone(),
            config: self.config.clone(),
            running,
            postgres_database: None,
            dir,
        };
        server.wait_until_up().await;
        server
    }

    /// This server drops the PostgreSQL database `name` when it goes.
    pub fn owning_postgres(mut self, name: String) -> Server {
        self.postgres_database = Some(name);
        self
    }

    /// Kills the server's process at once (SIGKILL): no graceful shutdown.
    pub fn kill(&mut self) {
        match &mut self.running {
            Running::Process(child) => {
                let _ = child.kill();
                let _ = child.wait();
            }
            Running::Here(_) => panic!("only a process is killed: start_process"),
        }
    }

    /// Asks the server's process to stop (SIGTERM) and waits for it: its
    /// exit status, and how long it took.
    pub fn terminate(&mut self) -> (std::process::ExitStatus, Duration) {
        let Running::Process(child) = &mut self.running else {
            panic!("only a process is stopped: start_process");
        };
        let started = std::time::Instant::now();
        let sent = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let status = child.wait().unwrap();
        (status, started.elapsed())
    }

    /// Starts the server's process again on the same port, database and
    /// configuration.
    pub async fn restart(&mut self) {
        let child = spawn(
            (self.port, self.metrics_port),
            &self.dist,
            &self.database,
            self.config.as_deref(),
            &self.log(),
        );
        self.running = Running::Process(child);
        self.wait_until_up().await;
    }

    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::new()
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client()
            .get(format!("{}{path}", self.url))
            .send()
            .await
            .unwrap()
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> reqwest::Response {
        self.client()
            .post(format!("{}{path}", self.url))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn submit(&self, body: &Value, key: Option<&str>) -> reqwest::Response {
        let mut request = self
            .client()
            .post(format!("{}/api/applications", self.url))
            .json(body);
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        request.send().await.unwrap()
    }

    /// The server's database, for the tests to look at what is stored.
    pub async fn db(&self) -> sqlx::AnyPool {
        sqlx::any::install_default_drivers();
        let url = if self.database.starts_with("postgres") {
            self.database.clone()
        } else {
            format!("sqlite://{}", self.database)
        };
        sqlx::AnyPool::connect(&url).await.unwrap()
    }

    pub async fn count(&self, table: &str) -> i64 {
        let db = self.db().await;
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&db)
            .await
            .unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        match &mut self.running {
            Running::Process(child) => {
                let _ = child.kill();
                let _ = child.wait();
            }
            Running::Here(stop) => {
                if let Some(stop) = stop.take() {
                    let _ = stop.send(());
                }
            }
        }
        if let (Some(name), Some(server)) = (self.postgres_database.take(), postgres()) {
            // On a thread of its own: the test's runtime may be shutting down.
            let _ = std::thread::spawn(move || {
                use sqlx::Executor;
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                runtime.block_on(async {
                    let _ = admin(&server)
                        .await
                        .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                        .await;
                });
            })
            .join();
        }
    }
}

/// A complete, eligible application.
pub fn valid_application() -> Value {
    json!({
        "structure": {
            "kind": "association",
            "name": "Les Jardins partagés du Bas-Pays",
            "identifier": "W751515517",
            "purpose": "Faire vivre des jardins partagés ouverts à tous les habitants du quartier.",
            "activities": "Ateliers de jardinage, troc de graines, repas de quartier une fois par mois.",
            "website": "https://jardins.example.org",
            "country": "FR",
            "postal_code": "75011",
            "french_speaking": true
        },
        "needs": { "accounts": 12, "storage_gb": 10, "apps": ["files", "office", "calendar_contacts"] },
        "contact": { "name": "Camille Martin", "email": "camille@example.org", "role": "Trésorière" },
        "motivation": "Nous partageons aujourd'hui nos fichiers par courriel et nous perdons des versions.",
        "consents": { "terms": true, "surveys": true },
        "locale": "fr"
    })
}

pub async fn json(response: reqwest::Response) -> Value {
    response.json().await.unwrap()
}

/// The cells of a CSV export, read with `delimiter` (after its byte-order
/// mark), as a spreadsheet guessing that separator would.
pub fn csv_cells(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// The (field, code) pairs of an error answer.
pub fn problems(body: &Value) -> Vec<(String, String)> {
    body["error"]["fields"]
        .as_array()
        .map(|fields| {
            fields
                .iter()
                .map(|f| {
                    (
                        f["field"].as_str().unwrap().to_owned(),
                        f["code"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The server's command line run on `database` (a file path or a URL), as
/// an operator would: its output, whether it succeeded or not.
pub fn cli(database: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .arg("--database")
        .arg(database)
        .args(args)
        .env_remove("DATABASE_URL")
        .output()
        .unwrap()
}

/// [`cli`], which must succeed.
pub fn cli_ok(database: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> std::process::Output {
    let output = cli(database, args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// A coordinator added with the CLI, as an operator would (every route is
/// theirs); returns the token.
pub async fn reviewer(server: &Server, name: &str) -> String {
    member(server, name, "coordinator").await
}

/// A member of the team with `role` (`coordinator` or `reviewer`), added
/// with the CLI; returns the token.
pub async fn member(server: &Server, name: &str, role: &str) -> String {
    let output = cli_ok(&server.database, &["reviewer", "add", name, "--role", role]);
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

pub fn revoke(server: &Server, name: &str) {
    cli_ok(&server.database, &["reviewer", "revoke", name]);
}

pub async fn get(server: &Server, token: &str, path: &str) -> reqwest::Response {
    server
        .client()
        .get(format!("{}{path}", server.url))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

/// A request as reviewers read it (200 asserted).
pub async fn detail(server: &Server, token: &str, reference: &str) -> Value {
    let response = get(
        server,
        token,
        &format!("/api/review/applications/{reference}"),
    )
    .await;
    assert_eq!(response.status(), 200);
    json(response).await
}

pub async fn post(server: &Server, token: &str, path: &str, body: &Value) -> reqwest::Response {
    server
        .client()
        .post(format!("{}{path}", server.url))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

pub async fn submit(server: &Server, edit: impl FnOnce(&mut Value)) -> (String, String) {
    let mut body = valid_application();
    edit(&mut body);
    let response = server.submit(&body, None).await;
    assert_eq!(response.status(), 201);
    let body = json(response).await;
    (
        body["reference"].as_str().unwrap().to_owned(),
        body["secret"].as_str().unwrap().to_owned(),
    )
}

/// What the applicant's status page shows.
pub async fn applicant_status(server: &Server, reference: &str, secret: &str) -> Value {
    let response = server
        .post_json(
            "/api/applications/status",
            &json!({ "reference": reference, "secret": secret }),
        )
        .await;
    assert_eq!(response.status(), 200);
    json(response).await
}

pub async fn open_phase(server: &Server, token: &str, number: u32) {
    let response = post(
        server,
        token,
        &format!("/api/review/phases/{number}"),
        &json!({ "open": true }),
    )
    .await;
    assert_eq!(response.status(), 200);
}

/// A reviewer's decision on the request `reference`.
pub async fn decide(
    server: &Server,
    token: &str,
    reference: &str,
    decision: &Value,
) -> reqwest::Response {
    let path = format!("/api/review/applications/{reference}/decision");
    post(server, token, &path, decision).await
}

/// A route's method as the OpenAPI document writes it.
pub fn method_of(name: &str) -> Method {
    match name {
        "get" => Method::Get,
        "post" => Method::Post,
        "put" => Method::Put,
        "delete" => Method::Delete,
        other => panic!("{other}"),
    }
}

/// Calls `path` with `method` as the bearer of `token`, with an empty JSON
/// object for a body where one goes: the status and the JSON answer.
pub async fn call(server: &Server, method: &str, path: &str, token: &str) -> (u16, Value) {
    let url = format!("{}{path}", server.url);
    let client = server.client();
    let request = match method {
        "get" => client.get(url),
        "post" => client.post(url).json(&json!({})),
        "put" => client.put(url).json(&json!({})),
        _ => client.delete(url),
    };
    let response = request.bearer_auth(token).send().await.unwrap();
    let status = response.status().as_u16();
    let body = response.json().await.unwrap_or(Value::Null);
    (status, body)
}
