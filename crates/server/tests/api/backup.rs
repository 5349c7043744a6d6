//! Backups and exports from the CLI, taken while the server runs, then read.

use crate::support::{Server, cli, json, valid_application};
use serde_json::Value;

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
