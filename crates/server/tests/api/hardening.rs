//! The server against careless and hostile clients, on loopback: idle and
//! slow connections, oversized bodies, malformed paths and methods, timing,
//! rate limits per network and across instances, a build replaced under a
//! running server, files on disk and migrations racing a command.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use crate::support::{Server, reviewer, submit};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

fn address(server: &Server) -> SocketAddr {
    server.url.trim_start_matches("http://").parse().unwrap()
}

/// A connection from another loopback address than the test's own client
/// (127.0.0.1): another client, as the server counts them.
async fn connect_from(source: &str, server: SocketAddr) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(format!("{source}:0").parse().unwrap()).unwrap();
    socket.connect(server).await.unwrap()
}

/// What the server sends until it closes the connection, or `None` if it
/// is still open after `wait`.
async fn until_closed(stream: &mut TcpStream, wait: Duration) -> Option<Vec<u8>> {
    let mut received = Vec::new();
    let deadline = Instant::now() + wait;
    loop {
        let mut buf = [0u8; 4096];
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, stream.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0) | Err(_)) => return Some(received),
            Ok(Ok(n)) => received.extend_from_slice(&buf[..n]),
        }
    }
}

const SLOW: &str = "[limits]\nheader_seconds = 2\nbody_seconds = 1\nidle_seconds = 3\n";

#[tokio::test]
async fn idle_and_slow_clients_are_cut_off_while_others_are_served() {
    let server = Server::start_with_config(Some(SLOW)).await;
    let at = address(&server);
    // One client opens 40 connections and sends nothing.
    let mut idle = Vec::new();
    for _ in 0..40 {
        idle.push(connect_from("127.0.0.2", at).await);
    }
    // Meanwhile another client is served.
    assert_eq!(server.get("/api/health").await.status(), 200);
    // They are closed once the time to send a head has passed.
    for stream in &mut idle {
        assert!(until_closed(stream, Duration::from_secs(4)).await.is_some());
    }

    // A head sent by halves is cut off too.
    let mut partial = connect_from("127.0.0.3", at).await;
    partial
        .write_all(b"GET /api/health HTTP/1.1\r\nHost: portal\r\n")
        .await
        .unwrap();
    assert!(
        until_closed(&mut partial, Duration::from_secs(4))
            .await
            .is_some(),
        "a partial head kept the connection open"
    );

    // A body that stops halfway is answered 408 with the error shape.
    let mut half = connect_from("127.0.0.3", at).await;
    half.write_all(
        b"POST /api/applications/status HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"refer",
    )
    .await
    .unwrap();
    let answer = until_closed(&mut half, Duration::from_secs(4))
        .await
        .expect("a half-sent body kept the connection open");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"request_timeout\""), "{answer}");
    assert_eq!(server.get("/api/health").await.status(), 200);
}

/// Sends `request` on a new connection from `source` and reads the answer
/// until the server closes it.
async fn exchange(source: &str, at: SocketAddr, request: &str) -> String {
    let mut stream = connect_from(source, at).await;
    stream.write_all(request.as_bytes()).await.unwrap();
    let answer = until_closed(&mut stream, Duration::from_secs(5))
        .await
        .expect("the server kept the connection open");
    String::from_utf8_lossy(&answer).into_owned()
}

const HEALTH: &str = "GET /api/health HTTP/1.1\r\nHost: portal\r\nConnection: close\r\n\r\n";

/// A connection from `source` that asked for the health check and keeps
/// its connection alive afterwards, as a browser does: served, then idle.
async fn kept_alive(source: &str, at: SocketAddr) -> TcpStream {
    let mut stream = connect_from(source, at).await;
    stream
        .write_all(b"GET /api/health HTTP/1.1\r\nHost: portal\r\n\r\n")
        .await
        .unwrap();
    let mut received = Vec::new();
    while !received.ends_with(b"}") {
        let mut buf = [0u8; 1024];
        let n = stream.read(&mut buf).await.unwrap();
        assert!(n > 0, "closed before its answer");
        received.extend_from_slice(&buf[..n]);
    }
    assert!(received.starts_with(b"HTTP/1.1 200"));
    stream
}

/// A request whose handler waits for a body that does not come: the
/// server's `100 Continue` (sent when the handler starts reading the body)
/// says it is at work.
async fn at_work(source: &str, at: SocketAddr) -> TcpStream {
    let mut stream = connect_from(source, at).await;
    stream
        .write_all(
            b"POST /api/applications/status HTTP/1.1\r\nHost: portal\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 100\r\nExpect: 100-continue\r\n\r\n",
        )
        .await
        .unwrap();
    let mut received = Vec::new();
    while !received.ends_with(b"\r\n\r\n") {
        let mut buf = [0u8; 256];
        let n = stream.read(&mut buf).await.unwrap();
        assert!(n > 0, "closed before its handler started");
        received.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&received);
    assert!(head.starts_with("HTTP/1.1 100"), "{head}");
    stream
}

#[tokio::test]
async fn a_crowd_behind_one_address_is_served_like_many_people() {
    // The defaults: a carrier's shared address is not a reason to refuse.
    let server = Server::start().await;
    let at = address(&server);
    let mut kept = Vec::new();
    for _ in 0..300 {
        kept.push(connect_from("127.0.0.2", at).await);
    }
    let answer = exchange("127.0.0.2", at, HEALTH).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(
        until_closed(&mut kept[0], Duration::from_millis(200))
            .await
            .is_none(),
        "a kept connection was closed while the server had room"
    );
}

const NEAR: &str = "[limits]\nconnections = 20\nconnections_per_client = 4\nheader_seconds = 30\nbody_seconds = 30\nidle_seconds = 30\n";

#[tokio::test]
async fn past_half_full_a_client_over_its_share_makes_room_from_its_idle_connections() {
    let server = Server::start_with_config(Some(NEAR)).await;
    let at = address(&server);
    // Half the server's connections, idle after a request, from one client.
    let mut idle = Vec::new();
    for _ in 0..10 {
        idle.push(kept_alive("127.0.0.2", at).await);
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // Over its share, its next connection is served: its longest idle one
    // is closed to make room, not the new one.
    let answer = exchange("127.0.0.2", at, HEALTH).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(
        until_closed(&mut idle[0], Duration::from_secs(2))
            .await
            .is_some(),
        "the longest idle connection was not closed"
    );
    for stream in &mut idle[1..] {
        assert!(
            until_closed(stream, Duration::from_millis(50))
                .await
                .is_none(),
            "another one was closed"
        );
    }
}

#[tokio::test]
async fn with_no_room_to_make_the_server_says_it_is_busy_and_keeps_the_work_under_way() {
    let server = Server::start_with_config(Some(NEAR)).await;
    let at = address(&server);
    // Ten requests of one client at work: over its share with nothing idle,
    // it is told to come back, in words, while its health checks answer.
    let mut working = Vec::new();
    for _ in 0..10 {
        working.push(at_work("127.0.0.3", at).await);
    }
    let lookup = "POST /api/applications/status HTTP/1.1\r\nHost: portal\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
    let busy = exchange("127.0.0.3", at, lookup).await;
    assert!(busy.starts_with("HTTP/1.1 503"), "{busy}");
    assert!(
        busy.to_ascii_lowercase().contains("retry-after: 5"),
        "{busy}"
    );
    assert!(busy.contains("\"code\":\"busy\""), "{busy}");
    let page = exchange("127.0.0.3", at, "GET /faq HTTP/1.1\r\nHost: portal\r\n\r\n").await;
    assert!(page.starts_with("HTTP/1.1 503"), "{page}");
    assert!(page.contains("<h1>Le portail est très demandé"), "{page}");
    let health = exchange("127.0.0.3", at, HEALTH).await;
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    // Another client is served.
    let answer = exchange("127.0.0.4", at, HEALTH).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");

    // The server full of work: a newcomer is told so too.
    for n in 10..20 {
        working.push(at_work(&format!("127.0.1.{n}"), at).await);
    }
    let busy = exchange("127.0.0.5", at, lookup).await;
    assert!(busy.starts_with("HTTP/1.1 503"), "{busy}");
    assert!(busy.contains("\"code\":\"busy\""), "{busy}");
    // Those at work were kept: their answer comes once their body does.
    let mut first = working.remove(0);
    first.write_all(&[b' '; 100]).await.unwrap();
    let answer = until_closed(&mut first, Duration::from_secs(5)).await;
    drop(working);
    let answer = String::from_utf8_lossy(answer.as_deref().unwrap_or_default()).into_owned();
    // (The body is not a lookup: 400, answered all the same.)
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
}

#[tokio::test]
async fn a_body_cut_off_by_a_silent_connection_is_a_timeout_too() {
    // The connection's silence ends it before the body's deadline.
    let server =
        Server::start_with_config(Some("[limits]\nbody_seconds = 20\nidle_seconds = 1\n")).await;
    let mut half = TcpStream::connect(address(&server)).await.unwrap();
    half.write_all(
        b"POST /api/applications/status HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
    )
    .await
    .unwrap();
    let answer = until_closed(&mut half, Duration::from_secs(5))
        .await
        .unwrap();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
}

#[tokio::test]
async fn an_oversized_body_is_refused_from_its_length_before_it_is_sent() {
    let server = Server::start().await;
    let mut stream = TcpStream::connect(address(&server)).await.unwrap();
    stream
        .write_all(
            b"POST /api/applications HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\n\
              Content-Length: 10000000\r\nExpect: 100-continue\r\n\r\n",
        )
        .await
        .unwrap();
    let mut buf = [0u8; 2048];
    let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
        .await
        .expect("no answer before the body")
        .unwrap();
    let answer = String::from_utf8_lossy(&buf[..n]);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(!answer.contains("100 Continue"), "{answer}");
    assert!(answer.contains("\"payload_too_large\""), "{answer}");
}

#[tokio::test]
async fn every_error_under_the_api_has_the_json_shape() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let client = server.client();
    let cases = [
        (
            "GET",
            "/api/review/surveys/abc",
            400,
            "invalid_path",
            Some("id"),
        ),
        (
            "POST",
            "/api/review/phases/-1",
            400,
            "invalid_path",
            Some("number"),
        ),
        (
            "GET",
            "/api/review/phases/99999999999",
            405,
            "method_not_allowed",
            None,
        ),
        (
            "DELETE",
            "/api/applications",
            405,
            "method_not_allowed",
            None,
        ),
        ("GET", "/api/nothing/here", 404, "not_found", None),
        ("PUT", "/api/health", 405, "method_not_allowed", None),
    ];
    for (method, path, status, code, field) in cases {
        let request = client
            .request(method.parse().unwrap(), format!("{}{path}", server.url))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body("{\"open\": true}");
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), status, "{method} {path}");
        assert_eq!(
            response.headers()["content-type"],
            "application/json",
            "{method} {path}"
        );
        if status == 405 {
            assert!(response.headers().contains_key("allow"), "{method} {path}");
        }
        assert_eq!(response.headers()["cache-control"], "no-store");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], code, "{method} {path}");
        if let Some(field) = field {
            assert_eq!(
                body["error"]["fields"][0]["field"], field,
                "{method} {path}"
            );
        }
    }
}

/// The median of the times a status lookup takes, in microseconds.
fn median(mut samples: Vec<u128>) -> u128 {
    samples.sort_unstable();
    samples[samples.len() / 2]
}

#[tokio::test]
async fn a_wrong_secret_takes_as_long_as_an_unknown_reference() {
    let server = Server::start_with_config(Some(
        "[limits]\nlookup_burst = 100000\nlookups_per_minute = 100000\n",
    ))
    .await;
    let (known, _) = submit(&server, |_| {}).await;
    // A reference of the same shape that no request has.
    let unknown = if known.ends_with('2') {
        format!("{}3", &known[..known.len() - 1])
    } else {
        format!("{}2", &known[..known.len() - 1])
    };
    let client = server.client();
    let url = format!("{}/api/applications/status", server.url);
    let lookup = |reference: String| {
        let request = client
            .post(&url)
            .json(&json!({ "reference": reference, "secret": "ABCD-EFGH-JKMN-PQRS" }));
        async move {
            let start = Instant::now();
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 404);
            response.bytes().await.unwrap();
            start.elapsed().as_micros()
        }
    };
    // Warm both paths, then take turns so that both meet the same noise.
    for _ in 0..50 {
        lookup(known.clone()).await;
        lookup(unknown.clone()).await;
    }
    let (mut with_known, mut with_unknown) = (Vec::new(), Vec::new());
    for _ in 0..400 {
        with_known.push(lookup(known.clone()).await);
        with_unknown.push(lookup(unknown.clone()).await);
    }
    let (known_us, unknown_us) = (median(with_known), median(with_unknown));
    println!("median lookup: known reference {known_us} µs, unknown {unknown_us} µs");
    // Before, a known reference read its whole row and history first.
    assert!(
        known_us * 100 <= unknown_us * 115 + 2000,
        "known {known_us} µs, unknown {unknown_us} µs"
    );
}

#[tokio::test]
async fn an_ipv6_client_is_counted_by_its_network() {
    let server = Server::start_with_config(Some(
        "[limits]\ntrusted_proxies = ['127.0.0.1']\nlookup_burst = 2\nlookups_per_minute = 1\n",
    ))
    .await;
    let lookup = |client: &'static str| {
        let request = server
            .client()
            .post(format!("{}/api/applications/status", server.url))
            .header("x-forwarded-for", client)
            .json(&json!({ "reference": "FS-2345-6789", "secret": "ABCD-EFGH-JKMN-PQRS" }));
        async move { request.send().await.unwrap().status().as_u16() }
    };
    assert_eq!(lookup("2001:db8:5:6::1").await, 404);
    assert_eq!(lookup("2001:db8:5:6:ffff::9").await, 404);
    // A third address of the same /64 shares the allowance.
    assert_eq!(lookup("2001:db8:5:6:1:2:3:4").await, 429);
    // Another network has its own.
    assert_eq!(lookup("2001:db8:5:7::1").await, 404);
}

#[tokio::test]
async fn two_instances_on_one_database_share_each_allowance() {
    if crate::support::postgres().is_none() {
        // Several instances are a PostgreSQL deployment: SQLite is one.
        return;
    }
    let first =
        Server::start_with_config(Some("[limits]\nlookup_burst = 4\nlookups_per_minute = 1\n"))
            .await;
    let second = first.another_instance().await;
    let lookup = |server: &Server| {
        let request = server
            .client()
            .post(format!("{}/api/applications/status", server.url))
            .json(&json!({ "reference": "FS-2345-6789", "secret": "ABCD-EFGH-JKMN-PQRS" }));
        async move { request.send().await.unwrap().status().as_u16() }
    };
    let mut answers = Vec::new();
    for round in 0..6 {
        let server = if round % 2 == 0 { &first } else { &second };
        answers.push(lookup(server).await);
    }
    // Four in all, whichever instance took them.
    assert_eq!(answers, vec![404, 404, 404, 404, 429, 429]);
}

/// The reviewers' area's page and the policy it comes with.
async fn admin_page(server: &Server) -> (String, String) {
    let response = server.get("/admin/").await;
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    (policy, response.text().await.unwrap())
}

#[tokio::test]
async fn a_build_replaced_under_a_running_server_changes_nothing_until_restart() {
    let mut server = Server::start_process(None).await;
    let (policy, page) = admin_page(&server).await;
    assert!(page.contains("admin()"));
    // A new build lands on disk: another loader, another hash.
    std::fs::write(
        server.dist().join("admin").join("index.html"),
        "<!DOCTYPE html><title>admin</title><script type=module>admin2()</script>",
    )
    .unwrap();
    std::fs::remove_file(
        server
            .dist()
            .join("admin")
            .join("admin-0123456789abcdef_bg.wasm"),
    )
    .unwrap();
    let (policy_after, page_after) = admin_page(&server).await;
    assert_eq!((&policy_after, &page_after), (&policy, &page));
    let wasm = server.get("/admin/admin-0123456789abcdef_bg.wasm").await;
    assert_eq!(wasm.status(), 200);
    assert_eq!(wasm.headers()["content-type"], "application/wasm");
    // Restarted, it serves the new build, allowed by its own hash.
    server.kill();
    server.restart().await;
    let (policy_new, page_new) = admin_page(&server).await;
    assert!(page_new.contains("admin2()"));
    assert_ne!(policy_new, policy);
}

#[cfg(unix)]
#[tokio::test]
async fn the_database_and_its_backups_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    if crate::support::postgres().is_some() {
        return;
    }
    let server = Server::start().await;
    submit(&server, |_| {}).await;
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let database = std::path::PathBuf::from(&server.database);
    assert_eq!(mode(&database), 0o600);
    let mut wal = database.clone().into_os_string();
    wal.push("-wal");
    assert_eq!(mode(std::path::Path::new(&wal)), 0o600);
    assert_eq!(mode(database.parent().unwrap()), 0o700);
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.db");
    crate::support::cli_ok(&server.database, &["backup", copy.to_str().unwrap()]);
    assert_eq!(mode(&copy), 0o600);
}

#[tokio::test]
async fn the_server_and_a_command_can_start_on_one_new_file_together() {
    if crate::support::postgres().is_some() {
        return;
    }
    for round in 0..6 {
        let dir = tempfile::tempdir().unwrap();
        let database = dir.path().join("new.db");
        let dist = dir.path().join("dist");
        std::fs::create_dir_all(&dist).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut serving = std::process::Command::new(env!("CARGO_BIN_EXE_portal-server"))
            .arg("--database")
            .arg(&database)
            .args(["serve", "--addr", &format!("127.0.0.1:{port}"), "--dist"])
            .arg(&dist)
            .env_remove("DATABASE_URL")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let command = std::process::Command::new(env!("CARGO_BIN_EXE_portal-server"))
            .arg("--database")
            .arg(&database)
            .args(["reviewer", "add", "Alice"])
            .env_remove("DATABASE_URL")
            .output()
            .unwrap();
        assert!(
            command.status.success(),
            "round {round}: {}",
            String::from_utf8_lossy(&command.stderr)
        );
        let mut up = false;
        for _ in 0..100 {
            if let Ok(response) = reqwest::get(format!("http://127.0.0.1:{port}/api/health")).await
                && response.status().is_success()
            {
                up = true;
                break;
            }
            if serving.try_wait().unwrap().is_some() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let _ = serving.kill();
        let output = serving.wait_with_output().unwrap();
        assert!(
            up,
            "round {round}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[tokio::test]
async fn a_bulk_decision_at_work_longer_than_the_idle_time_gets_its_whole_report() {
    let server = Server::start_with_config(Some("[limits]\nidle_seconds = 1\n")).await;
    let token = reviewer(&server, "Alice").await;
    let mut references = Vec::new();
    for _ in 0..5 {
        references.push(submit(&server, |_| {}).await.0);
    }
    // Another writer holds the database for three seconds: the decisions
    // wait for it, saying nothing to the reviewer's connection meanwhile.
    let db = server.db().await;
    let mut holder = db.begin().await.unwrap();
    sqlx::query("UPDATE applications SET updated_at = updated_at")
        .execute(&mut *holder)
        .await
        .unwrap();
    let release = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_secs(3)).await;
        holder.commit().await.unwrap();
    });
    let started = Instant::now();
    let response = crate::support::post(
        &server,
        &token,
        "/api/review/bulk",
        &json!({ "references": references, "decision": { "decision": "refuse", "reason": "duplicate" } }),
    )
    .await;
    assert!(started.elapsed() >= Duration::from_secs(2));
    assert_eq!(response.status(), 200);
    let outcomes: Value = response.json().await.unwrap();
    let applied = outcomes
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["result"] == "applied")
        .count();
    assert_eq!(applied, 5, "{outcomes}");
    release.await.unwrap();
}
