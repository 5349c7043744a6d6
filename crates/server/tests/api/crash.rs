//! Durability: submissions from several concurrent clients, the server killed
//! with SIGKILL in the middle of them, restarted on the same SQLite file.
//! Every acknowledged (201) request must be there and readable with its
//! secret; nothing half-written may be (every request has its first history
//! entry, every entry its request, and the file passes SQLite's integrity
//! check).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::support::{Server, valid_application};
use serde_json::json;

/// Limits no test client here reaches.
const UNLIMITED: &str =
    "[limits]\nsubmission_burst = 100000\nsubmissions_per_minute = 100000\nlookup_burst = 100000\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_submission_survives_a_crash() {
    let mut server = Server::start_process(Some(UNLIMITED)).await;
    let url = server.url.clone();
    let stop = Arc::new(AtomicBool::new(false));
    let counted = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut clients = Vec::new();
    for client in 0..8 {
        let (url, stop, counted) = (url.clone(), stop.clone(), counted.clone());
        clients.push(tokio::spawn(async move {
            let http = reqwest::Client::new();
            let mut acknowledged = Vec::new();
            let mut attempts = 0u32;
            while !stop.load(Ordering::Relaxed) {
                attempts += 1;
                let mut body = valid_application();
                body["structure"]["name"] = json!(format!("Client {client}, envoi {attempts}"));
                let Ok(response) = http
                    .post(format!("{url}/api/applications"))
                    .json(&body)
                    .send()
                    .await
                else {
                    break; // the server is gone
                };
                if response.status() != 201 {
                    continue;
                }
                let Ok(answer) = response.json::<serde_json::Value>().await else {
                    break;
                };
                acknowledged.push((
                    answer["reference"].as_str().unwrap_or_default().to_owned(),
                    answer["secret"].as_str().unwrap_or_default().to_owned(),
                ));
                counted.fetch_add(1, Ordering::Relaxed);
            }
            (acknowledged, attempts)
        }));
    }
    // Killed in the middle of the writes, once enough were acknowledged
    // (a busy machine takes longer to get there: a fixed delay made this
    // test depend on the load beside it).
    let started = std::time::Instant::now();
    while counted.load(Ordering::Relaxed) < 40 && started.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    server.kill();
    stop.store(true, Ordering::Relaxed);
    let mut acknowledged = Vec::new();
    let mut attempts = 0;
    for client in clients {
        let (mine, tried) = client.await.unwrap();
        acknowledged.extend(mine);
        attempts += tried;
    }
    assert!(
        acknowledged.len() > 20,
        "too few submissions before the crash: {}",
        acknowledged.len()
    );

    server.restart().await;
    let db = server.db().await;
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM applications")
        .fetch_one(&db)
        .await
        .unwrap();
    let backend = if crate::support::postgres().is_some() {
        "PostgreSQL"
    } else {
        let check: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&db)
            .await
            .unwrap();
        assert_eq!(check, "ok");
        "SQLite"
    };
    let without_history: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM applications a WHERE NOT EXISTS (SELECT 1 FROM application_events e WHERE e.application_id = a.id)",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(
        without_history, 0,
        "a request without its first history entry"
    );
    let orphans: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM application_events e WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.id = e.application_id)",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(orphans, 0);
    let mut missing = Vec::new();
    for (reference, secret) in &acknowledged {
        let response = server
            .post_json(
                "/api/applications/status",
                &json!({ "reference": reference, "secret": secret }),
            )
            .await;
        if response.status() != 200 {
            missing.push(reference.clone());
        }
    }
    println!(
        "crash test ({backend}): {attempts} attempts, {} acknowledged, {stored} stored, {} acknowledged and missing",
        acknowledged.len(),
        missing.len()
    );
    assert!(missing.is_empty(), "acknowledged but lost: {missing:?}");
    assert!(stored >= acknowledged.len() as i64);
}

/// A restart under load, as `systemctl restart` does it (SIGTERM): the
/// server stops accepting, answers what it took and exits on its own; each
/// client retries a submission that got no answer with the same
/// Idempotency-Key, as the wizard does. Every submission is acknowledged
/// once and stored once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_restart_under_load_loses_and_doubles_nothing() {
    let mut server = Server::start_process(Some(UNLIMITED)).await;
    let url = server.url.clone();
    let stop = Arc::new(AtomicBool::new(false));
    let mut clients = Vec::new();
    for client in 0..6 {
        let (url, stop) = (url.clone(), stop.clone());
        clients.push(tokio::spawn(async move {
            let http = reqwest::Client::new();
            let (mut acknowledged, mut retries) = (Vec::new(), 0u32);
            for sent in 0.. {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let key = format!("restart-under-load-{client}-{sent}");
                let mut body = valid_application();
                body["structure"]["name"] = json!(format!("Client {client}, envoi {sent}"));
                // The same submission until it is acknowledged.
                let reference = loop {
                    let answer = http
                        .post(format!("{url}/api/applications"))
                        .header("Idempotency-Key", &key)
                        .json(&body)
                        .send()
                        .await;
                    match answer {
                        Ok(response) if response.status().is_success() => {
                            let body: serde_json::Value = response.json().await.unwrap();
                            break body["reference"].as_str().unwrap().to_owned();
                        }
                        Ok(response) => assert_eq!(response.status(), 503, "{key}"),
                        Err(_) => {}
                    }
                    retries += 1;
                    tokio::time::sleep(Duration::from_millis(50)).await;
                };
                acknowledged.push(reference);
            }
            (acknowledged, retries)
        }));
    }
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let (status, took) = server.terminate();
    assert!(status.success(), "{status}");
    assert!(server.logs().contains("stopped gracefully"));
    server.restart().await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    stop.store(true, Ordering::Relaxed);
    let (mut acknowledged, mut retries) = (Vec::new(), 0);
    for client in clients {
        let (mine, retried) = client.await.unwrap();
        acknowledged.extend(mine);
        retries += retried;
    }
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM applications")
        .fetch_one(&server.db().await)
        .await
        .unwrap();
    let mut distinct = acknowledged.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), acknowledged.len(), "one reference twice");
    assert_eq!(stored, acknowledged.len() as i64, "stored once each");
    eprintln!(
        "restart under load: {} submissions acknowledged and stored once each, {retries} retries while it restarted, stopped in {took:?}",
        acknowledged.len()
    );
}
