//! Erased means gone: once a request is withdrawn or past its retention
//! period, no byte of what it said of the people behind it is left in the
//! database's files (on SQLite: the database, its write-ahead log and its
//! index), nothing keyed to it stays (labels, who took it, its replay), and
//! the server's log never held it.

use crate::support::{Server, applicant_status, json, open_phase, post, reviewer};
use serde_json::{Value, json};

/// What every personal answer of the request carries.
const MARK: &str = "Qzv7Erasable";

/// A request whose every free answer carries `MARK`.
fn marked_application() -> Value {
    let mut body = crate::support::valid_application();
    let mark = |text: &str| json!(format!("{text} {MARK}"));
    body["structure"]["name"] = mark("Les Amis");
    body["structure"]["purpose"] = mark("Faire vivre le quartier avec ses habitants, dit");
    body["structure"]["activities"] = mark("Ateliers et repas de quartier, dit");
    body["structure"]["website"] = json!(format!("https://{}.example.org", MARK.to_lowercase()));
    body["contact"]["name"] = mark("Camille");
    body["contact"]["email"] = json!(format!("{}@example.org", MARK.to_lowercase()));
    body["contact"]["role"] = mark("Trésorière");
    body["motivation"] = mark("Nous perdons des versions de nos fichiers partagés, dit");
    body
}

/// The bytes of the database's files (SQLite: the file, its write-ahead
/// log and its shared index) in which `needle` appears, case aside.
fn files_holding(server: &Server, needle: &str) -> Vec<String> {
    let needle = needle.to_lowercase();
    ["", "-wal", "-shm"]
        .iter()
        .filter_map(|suffix| {
            let path = format!("{}{suffix}", server.database);
            let bytes = std::fs::read(&path).ok()?;
            let text = String::from_utf8_lossy(&bytes).to_lowercase();
            text.contains(&needle).then_some(path)
        })
        .collect()
}

async fn count(server: &Server, query: &str, id: i64) -> i64 {
    let db = server.db().await;
    sqlx::query_scalar(query)
        .bind(id)
        .fetch_one(&db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_withdrawal_leaves_nothing_of_the_request_on_disk_nor_in_the_logs() {
    // As a process: its log is read.
    let server = Server::start_process(Some("[limits]\nlookup_burst = 1000\n")).await;
    let token = reviewer(&server, "Alex").await;
    open_phase(&server, &token, 1).await;
    let response = server
        .submit(&marked_application(), Some("erasure-key-0123456789"))
        .await;
    assert_eq!(response.status(), 201);
    let receipt = json(response).await;
    let reference = receipt["reference"].as_str().unwrap().to_owned();
    let secret = receipt["secret"].as_str().unwrap().to_owned();
    let request = format!("/api/review/applications/{reference}");
    let accept = json!({ "decision": "accept", "phase": 1 });
    let reviewed = [
        (format!("{request}/decision"), accept),
        (
            format!("{request}/notes"),
            json!({ "body": format!("Appelé {MARK}") }),
        ),
        (
            format!("{request}/messages"),
            json!({ "message": format!("Bienvenue {MARK}") }),
        ),
        (format!("{request}/take"), json!({})),
    ];
    for (path, body) in &reviewed {
        assert_eq!(
            post(&server, &token, path, body).await.status(),
            200,
            "{path}"
        );
    }
    let label = post(
        &server,
        &token,
        "/api/review/labels",
        &json!({ "name": "À rappeler", "color": "blue" }),
    )
    .await;
    let label = json(label).await[0]["id"].as_i64().unwrap();
    let put = server
        .client()
        .put(format!("{}{request}/labels/{label}", server.url))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), 200);

    // A named survey: a response with a free text, then a draft changing it.
    let mut survey: Value =
        serde_json::from_str(include_str!("../../surveys/end-of-phase.json")).unwrap();
    survey["anonymous"] = json!(false);
    let created = post(
        &server,
        &token,
        "/api/review/surveys",
        &json!({ "definition": survey, "phases": [1] }),
    )
    .await;
    let survey_id = json(created).await["summary"]["id"].as_i64().unwrap();
    let opened = post(
        &server,
        &token,
        &format!("/api/review/surveys/{survey_id}/state"),
        &json!({ "state": "open" }),
    )
    .await;
    assert_eq!(opened.status(), 200);
    let status = applicant_status(&server, &reference, &secret).await;
    let invitation = status["invitations"][0]["secret"].as_str().unwrap();
    let answers = json!({ "getting_started": 4, "apps_used": ["files"], "recommend": 9, "comments": format!("Merci {MARK}") });
    let answered = server
        .post_json(
            "/api/surveys/response",
            &json!({ "secret": invitation, "answers": answers }),
        )
        .await;
    assert_eq!(answered.status(), 200);
    let sealed = "U2VhbGVkRHJhZnRPZkFub3RoZXJEZXZpY2U";
    let draft = server
        .post_json(
            "/api/surveys/draft",
            &json!({ "secret": invitation, "sealed": sealed, "reached": "comments" }),
        )
        .await;
    assert_eq!(draft.status(), 204);
    let sqlite = crate::support::postgres().is_none();
    if sqlite {
        assert!(
            !files_holding(&server, MARK).is_empty(),
            "the marker is stored"
        );
    }

    let withdrawn = server
        .post_json(
            "/api/applications/withdraw",
            &json!({ "reference": reference, "secret": secret }),
        )
        .await;
    assert_eq!(withdrawn.status(), 200);

    let db = server.db().await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM applications WHERE reference = $1")
        .bind(&reference)
        .fetch_one(&db)
        .await
        .unwrap();
    for query in [
        "SELECT COUNT(*) FROM application_labels WHERE application_id = $1",
        "SELECT COUNT(*) FROM applications WHERE id = $1 AND (taken_by IS NOT NULL OR taken_at IS NOT NULL)",
        "SELECT COUNT(*) FROM idempotency WHERE application_id = $1",
        "SELECT COUNT(*) FROM application_notes WHERE application_id = $1",
        "SELECT COUNT(*) FROM survey_responses WHERE application_id = $1",
        "SELECT COUNT(*) FROM survey_drafts WHERE application_id = $1",
        "SELECT COUNT(*) FROM application_keys WHERE application_id = $1",
    ] {
        assert_eq!(count(&server, query, id).await, 0, "{query}");
    }
    assert_eq!(server.count("idempotency").await, 0);
    if sqlite {
        for needle in [MARK, sealed] {
            let found = files_holding(&server, needle);
            assert!(found.is_empty(), "{needle} is still in {found:?}");
        }
    }
    let logs = server.logs();
    assert!(!logs.contains(MARK), "{logs}");
    assert!(!logs.contains(&reference), "the log names the request");
}

#[tokio::test]
async fn the_retention_purge_leaves_nothing_on_disk_either() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alex").await;
    let response = server.submit(&marked_application(), None).await;
    let reference = json(response).await["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let request = format!("/api/review/applications/{reference}");
    for (path, body) in [
        (
            format!("{request}/decision"),
            json!({ "decision": "refuse", "reason": "duplicate", "message": format!("Doublon {MARK}") }),
        ),
        (
            format!("{request}/notes"),
            json!({ "body": format!("Doublon de {MARK}") }),
        ),
    ] {
        assert_eq!(
            post(&server, &token, &path, &body).await.status(),
            200,
            "{path}"
        );
    }
    // Refused more than a year ago (the default retention of a refusal).
    let db = server.db().await;
    sqlx::query("UPDATE applications SET updated_at = '2020-01-01T00:00:00Z' WHERE reference = $1")
        .bind(&reference)
        .execute(&db)
        .await
        .unwrap();
    drop(db);
    let output = crate::support::cli_ok(&server.database, &["purge"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("of 1 request"));
    let detail = crate::support::detail(&server, &token, &reference).await;
    assert!(detail["answers"].is_null(), "{detail}");
    if crate::support::postgres().is_none() {
        let found = files_holding(&server, MARK);
        assert!(found.is_empty(), "still in {found:?}");
    }
}
