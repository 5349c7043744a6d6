//! Moving a portal's data from SQLite to PostgreSQL and back (`copy`):
//! filled through the API with requests in every state, notes, labels, a
//! saved view, surveys with named and anonymous responses, a draft and
//! e-mails, the database is copied to PostgreSQL, then back into a new
//! SQLite file; every export is the same.

use crate::support::sink::Sink;
use crate::support::{
    Server, applicant_status, cli, cli_ok, fresh_postgres, json, open_phase, post, reviewer, submit,
};
use serde_json::{Value, json};

#[tokio::test]
async fn a_database_copied_to_postgresql_and_back_exports_the_same() {
    let Some(postgres) = crate::support::postgres() else {
        // Without PostgreSQL, the copy refuses two databases of one kind.
        let server = Server::start().await;
        let dir = tempfile::tempdir().unwrap();
        let other = dir.path().join("other.db");
        let output = cli(
            &server.database,
            &[
                "copy",
                "--from",
                &server.database,
                "--to",
                other.to_str().unwrap(),
            ],
        );
        assert!(!output.status.success());
        assert!(String::from_utf8_lossy(&output.stderr).contains("SQLite to PostgreSQL"));
        return;
    };
    let sink = Sink::start();
    let config = format!("{}[limits]\nlookup_burst = 1000\n", sink.config(3));
    let server = Server::start_on_sqlite(Some(&config)).await;
    let requests = fill(&server).await;
    sink.wait_for(1).await;
    outbox_quiet(&server).await;
    let original = export(&server.database);

    let (name, on_postgres) = fresh_postgres(&postgres).await;
    let copied = cli_ok(
        &server.database,
        &["copy", "--from", &server.database, "--to", &on_postgres],
    );
    let said = String::from_utf8_lossy(&copied.stderr).to_string();
    assert!(said.contains("applications: 6 rows"), "{said}");
    assert_eq!(export(&on_postgres), original);

    // A target that holds data is refused.
    let again = cli(
        &server.database,
        &["copy", "--from", &server.database, "--to", &on_postgres],
    );
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("empty database"));

    let dir = tempfile::tempdir().unwrap();
    let back = dir.path().join("back.db");
    let back = back.to_str().unwrap();
    cli_ok(back, &["copy", "--from", &on_postgres, "--to", back]);
    assert_eq!(export(back), original);

    // The copy serves: the applicant finds their request with their secret,
    // and the next request gets an id after the copied ones.
    let moved = server.instance_on(&on_postgres).await.owning_postgres(name);
    let (reference, secret) = &requests[0];
    assert_eq!(
        applicant_status(&moved, reference, secret).await["status"],
        "accepted"
    );
    submit(&moved, |_| {}).await;
    let ids: Vec<i64> = export(&on_postgres)["applications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids.len(), 7);
    assert!(ids[6] > ids[5], "{ids:?}");
    eprintln!(
        "copied: {} rows each way",
        said.lines()
            .filter_map(|l| l
                .strip_prefix("Copied ")?
                .strip_suffix(" rows.")?
                .parse::<u64>()
                .ok())
            .sum::<u64>()
    );
}

/// Waits until every e-mail queued is sent or held (the server writes no
/// more).
async fn outbox_quiet(server: &Server) {
    let db = server.db().await;
    for _ in 0..200 {
        let waiting: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM notifications WHERE sent_at IS NULL AND failed_at IS NULL AND held_at IS NULL",
        )
        .fetch_one(&db)
        .await
        .unwrap();
        if waiting == 0 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("e-mails still waiting");
}

fn export(database: &str) -> Value {
    serde_json::from_slice(&cli_ok(database, &["export"]).stdout).unwrap()
}

/// Requests in every state, with what reviewers and collectives write.
async fn fill(server: &Server) -> Vec<(String, String)> {
    let token = reviewer(server, "Camille").await;
    open_phase(server, &token, 1).await;
    let mut requests = Vec::new();
    for _ in 0..6 {
        let wants_emails = |body: &mut Value| body["consents"]["notifications"] = json!(true);
        requests.push(submit(server, wants_emails).await);
    }
    for (index, decision) in [
        (0, json!({ "decision": "accept", "phase": 1 })),
        (1, json!({ "decision": "accept", "phase": 1 })),
        (2, json!({ "decision": "refuse", "reason": "out_of_scope" })),
        (
            3,
            json!({ "decision": "ask", "message": "Quel est votre numéro RNA ?" }),
        ),
        (4, json!({ "decision": "waitlist", "phase": 2 })),
    ] {
        let path = format!("/api/review/applications/{}/decision", requests[index].0);
        let response = post(server, &token, &path, &decision).await;
        assert_eq!(response.status(), 200, "{decision}");
    }
    let (reference, secret) = &requests[5];
    let withdrawn = server
        .post_json(
            "/api/applications/withdraw",
            &json!({ "reference": reference, "secret": secret }),
        )
        .await;
    assert_eq!(withdrawn.status(), 200);
    let first = &requests[0].0;
    let note = post(
        server,
        &token,
        &format!("/api/review/applications/{first}/notes"),
        &json!({ "body": "Vu au forum des associations." }),
    )
    .await;
    assert_eq!(note.status(), 200);
    let labels = json(
        post(
            server,
            &token,
            "/api/review/labels",
            &json!({ "name": "À rappeler", "color": "orange" }),
        )
        .await,
    )
    .await;
    let label = labels[0]["id"].as_u64().unwrap();
    let put = server
        .client()
        .put(format!(
            "{}/api/review/applications/{first}/labels/{label}",
            server.url
        ))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), 200);
    let view = post(
        server,
        &token,
        "/api/review/views",
        &json!({ "name": "Acceptées", "query": "status=accepted" }),
    )
    .await;
    assert_eq!(view.status(), 201);

    // A named survey and an anonymous one, each answered; a draft kept.
    let mut definition: Value =
        serde_json::from_str(include_str!("../../surveys/end-of-phase.json")).unwrap();
    for anonymous in [false, true] {
        definition["anonymous"] = json!(anonymous);
        let created = json(
            post(
                server,
                &token,
                "/api/review/surveys",
                &json!({ "definition": definition, "phases": [1] }),
            )
            .await,
        )
        .await;
        let id = created["summary"]["id"].as_i64().unwrap();
        let opened = post(
            server,
            &token,
            &format!("/api/review/surveys/{id}/state"),
            &json!({ "state": "open" }),
        )
        .await;
        assert_eq!(opened.status(), 200);
    }
    for (index, (reference, secret)) in requests[..2].iter().enumerate() {
        let status = applicant_status(server, reference, secret).await;
        for invitation in status["invitations"].as_array().unwrap() {
            let secret = invitation["secret"].as_str().unwrap();
            let response = if index == 0 {
                server
                    .post_json(
                        "/api/surveys/response",
                        &json!({ "secret": secret, "answers": { "getting_started": 4, "apps_used": ["files"], "recommend": 8 } }),
                    )
                    .await
            } else {
                server
                    .post_json(
                        "/api/surveys/draft",
                        &json!({ "secret": secret, "sealed": "brouillon", "reached": null }),
                    )
                    .await
            };
            assert!(response.status().is_success(), "{}", response.status());
        }
    }
    requests
}
