//! Backups and exports from the CLI, taken while the server runs, then read.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::support::{Server, applicant_status, cli, cli_ok, json, reviewer, valid_application};
use serde_json::{Value, json};
use tokio::sync::Mutex;

#[tokio::test]
async fn a_backup_taken_while_serving_restores_every_request() {
    let server = Server::start().await;
    let mut submitted = Vec::new();
    for _ in 0..3 {
        let body = json(server.submit(&valid_application(), None).await).await;
        submitted.push((
            body["reference"].as_str().unwrap().to_owned(),
            body["secret"].as_str().unwrap().to_owned(),
        ));
    }
    if crate::support::postgres().is_some() {
        // PostgreSQL has pg_dump for backups; the export reads it live.
        assert!(
            !cli(&server.database, &["backup", "/nonexistent/copy.db"])
                .status
                .success()
        );
        let tables = schema_tables(&server.db().await).await;
        check_export(&cli(&server.database, &["export"]), &submitted, &tables);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.db");
    let output = cli(&server.database, &["backup", copy.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // A second backup never overwrites the first.
    assert!(
        !cli(&server.database, &["backup", copy.to_str().unwrap()])
            .status
            .success()
    );
    let tables = schema_tables(&server.db().await).await;
    drop(server);

    // The copy is a database of its own: exported, every request is there.
    check_export(&cli(&copy, &["export"]), &submitted, &tables);
}

/// The tables of the schema (without the migrations' own record), sorted.
async fn schema_tables(db: &sqlx::AnyPool) -> Vec<String> {
    let query = if crate::support::postgres().is_some() {
        "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations' ORDER BY 1"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY 1"
    };
    sqlx::query_scalar(query).fetch_all(db).await.unwrap()
}

fn check_export(output: &std::process::Output, submitted: &[(String, String)], tables: &[String]) {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let export: Value = serde_json::from_slice(&output.stdout).unwrap();
    let references: Vec<&str> = export["applications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["reference"].as_str().unwrap())
        .collect();
    for (reference, secret) in submitted {
        assert!(references.contains(&reference.as_str()), "{reference}");
        // Secrets only as fingerprints.
        assert!(!String::from_utf8_lossy(&output.stdout).contains(secret.as_str()));
    }
    assert_eq!(export["application_events"].as_array().unwrap().len(), 3);
    assert!(
        export["applications"][0]["answers"]
            .as_str()
            .unwrap()
            .contains("Camille Martin")
    );
    assert_eq!(
        export["applications"][0]["secret_hash"]
            .as_str()
            .unwrap()
            .len(),
        64
    );
    // Every table of the schema, none left out.
    let mut exported: Vec<&String> = export.as_object().unwrap().keys().collect();
    exported.sort();
    assert_eq!(exported, tables.iter().collect::<Vec<_>>());
}

/// A request written and acknowledged, and whether a reviewer's decision
/// on it was acknowledged too.
#[derive(Clone)]
struct Written {
    reference: String,
    secret: String,
    decided: bool,
}

/// The drill: backups taken while requests and decisions are being
/// written, each restored into a database of its own, holds every write
/// acknowledged before it began; a server started on it answers the
/// applicant with the original secret. Refusals: a foreign file, a
/// truncated one, a target already there (without --force), PostgreSQL.
#[tokio::test]
async fn backups_taken_under_writes_restore_every_acknowledged_write() {
    let server = Server::start_with_config(Some(
        "[limits]\nsubmission_burst = 100000\nsubmissions_per_minute = 100000\nlookup_burst = 100000\n",
    ))
    .await;
    if crate::support::postgres().is_some() {
        let output = cli(&server.database, &["restore", "/nonexistent/copy.db"]);
        assert!(!output.status.success());
        assert!(String::from_utf8_lossy(&output.stderr).contains("pg_restore"));
        return;
    }
    let token = reviewer(&server, "Camille").await;
    let written = Arc::new(Mutex::new(Vec::<Written>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (url, written, stop) = (server.url.clone(), written.clone(), stop.clone());
        let token = token.clone();
        tokio::spawn(async move {
            let client = reqwest::Client::new();
            let refusal = json!({ "decision": "refuse", "reason": "out_of_scope" });
            while !stop.load(Ordering::Relaxed) {
                let response = client
                    .post(format!("{url}/api/applications"))
                    .json(&valid_application())
                    .send()
                    .await
                    .unwrap();
                assert_eq!(response.status(), 201);
                let body = json(response).await;
                let reference = body["reference"].as_str().unwrap().to_owned();
                written.lock().await.push(Written {
                    reference: reference.clone(),
                    secret: body["secret"].as_str().unwrap().to_owned(),
                    decided: false,
                });
                let decided = client
                    .post(format!(
                        "{url}/api/review/applications/{reference}/decision"
                    ))
                    .bearer_auth(&token)
                    .json(&refusal)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(decided.status(), 200);
                if let Some(last) = written.lock().await.last_mut() {
                    last.decided = true;
                }
            }
        })
    };
    let dir = tempfile::tempdir().unwrap();
    let mut drills = Vec::new();
    for round in 0..3 {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let before = written.lock().await.clone();
        let copy = dir.path().join(format!("backup-{round}.db"));
        cli_ok(&server.database, &["backup", copy.to_str().unwrap()]);
        drills.push((copy, before));
    }
    stop.store(true, Ordering::Relaxed);
    writer.await.unwrap();
    let total = written.lock().await.len();

    for (round, (copy, before)) in drills.iter().enumerate() {
        assert!(!before.is_empty(), "round {round}: nothing written yet");
        let target = dir
            .path()
            .join(format!("restored-{round}"))
            .join("portal.db");
        let target = target.to_str().unwrap();
        let output = cli_ok(target, &["restore", copy.to_str().unwrap()]);
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(said.contains("Restored"), "{said}");
        let restored = server.instance_on(target).await;
        for write in before {
            let status = applicant_status(&restored, &write.reference, &write.secret).await;
            if write.decided {
                assert_eq!(
                    status["status"], "refused",
                    "round {round}: {}",
                    write.reference
                );
            } else {
                assert!(status["status"].is_string());
            }
        }
        eprintln!(
            "drill {round}: {} writes acknowledged before the backup, all found after restoring ({total} in all)",
            before.len()
        );
    }

    // A target already there is replaced only with --force.
    let copy = &drills[0].0;
    let target = dir.path().join("restored-2").join("portal.db");
    let target = target.to_str().unwrap();
    let output = cli(target, &["restore", copy.to_str().unwrap()]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--force"));
    cli_ok(target, &["restore", "--force", copy.to_str().unwrap()]);

    // A foreign file and a truncated backup are refused, the target untouched.
    let foreign = dir.path().join("notes.txt");
    std::fs::write(&foreign, "pas une sauvegarde").unwrap();
    let truncated = dir.path().join("truncated.db");
    let bytes = std::fs::read(copy).unwrap();
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let fresh = dir.path().join("fresh").join("portal.db");
    for (file, said) in [(&foreign, "not a backup"), (&truncated, "")] {
        let output = cli(
            fresh.to_str().unwrap(),
            &["restore", file.to_str().unwrap()],
        );
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(said), "{stderr}");
        assert!(!fresh.exists(), "{stderr}");
    }
}
