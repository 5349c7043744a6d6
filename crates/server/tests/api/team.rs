//! The team's roles. Every route of the reviewers' area, walked from the
//! OpenAPI document: the coordinators' ones (core's `COORDINATORS_ONLY`,
//! documented with a 403) refuse a reviewer and change nothing, the others
//! never answer 403. The last coordinator stays one; members added before
//! roles existed are coordinators.

use portal_core::endpoints::{COORDINATORS_ONLY, Method};
use serde_json::{Value, json};

use crate::support::{Server, cli, cli_ok, get, json, member, reviewer, submit};

fn method_of(name: &str) -> Method {
    match name {
        "get" => Method::Get,
        "post" => Method::Post,
        "put" => Method::Put,
        "delete" => Method::Delete,
        other => panic!("{other}"),
    }
}

/// What the database holds that a refused route could have changed.
async fn state_of(server: &Server) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in [
        "labels",
        "surveys",
        "phase_states",
        "application_events",
        "delivery_stops",
        "saved_views",
    ] {
        counts.push(server.count(table).await);
    }
    counts
}

async fn call(server: &Server, method: &str, path: &str, token: &str) -> (u16, Value) {
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

#[tokio::test]
async fn each_route_of_the_area_refuses_a_reviewer_exactly_when_it_is_a_coordinators() {
    let server = Server::start().await;
    let coordinator = reviewer(&server, "Camille").await;
    let token = member(&server, "Dominique", "reviewer").await;
    let (reference, _) = submit(&server, |_| {}).await;
    let doc = json(server.get("/api/openapi.json").await).await;
    let before = state_of(&server).await;
    let mut walked = 0;
    for (template, operations) in doc["paths"].as_object().unwrap() {
        if !template.starts_with("/api/review/") {
            continue;
        }
        let path = template
            .replace("{reference}", &reference)
            .replace("{id}", "1")
            .replace("{number}", "1")
            .replace("{format}", "csv");
        for (method, operation) in operations.as_object().unwrap() {
            let listed = COORDINATORS_ONLY.contains(&(method_of(method), template.as_str()));
            let documented = operation["responses"]["403"].is_object();
            assert_eq!(listed, documented, "{method} {template}: 403 documented");
            let (status, body) = call(&server, method, &path, &token).await;
            if listed {
                assert_eq!(status, 403, "{method} {template} as a reviewer");
                assert_eq!(body["error"]["code"], "forbidden");
            } else {
                assert_ne!(status, 403, "{method} {template} as a reviewer: {body}");
            }
            if method == "get" {
                let (status, _) = call(&server, method, &path, &coordinator).await;
                assert_ne!(status, 403, "{method} {template} as a coordinator");
            }
            walked += 1;
        }
    }
    assert!(walked >= 30, "{walked} routes");
    assert_eq!(state_of(&server).await[..3], before[..3], "nothing changed");
    let session = json(get(&server, &token, "/api/review/session").await).await;
    assert_eq!(
        session,
        json!({ "reviewer": "Dominique", "role": "reviewer" })
    );
}

#[tokio::test]
async fn the_last_coordinator_stays_one_and_members_from_before_roles_are_coordinators() {
    let server = Server::start().await;
    let alice = reviewer(&server, "Alice").await;
    let refused = cli(&server.database, &["reviewer", "role", "Alice", "reviewer"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("last coordinator"));
    assert!(
        !cli(&server.database, &["reviewer", "revoke", "Alice"])
            .status
            .success()
    );
    let session = |token: String| {
        let server = &server;
        async move { json(get(server, &token, "/api/review/session").await).await["role"].clone() }
    };
    assert_eq!(session(alice.clone()).await, "coordinator");
    // Another coordinator: now Alice may become a reviewer, on her next request.
    reviewer(&server, "Bob").await;
    cli_ok(&server.database, &["reviewer", "role", "Alice", "reviewer"]);
    assert_eq!(session(alice.clone()).await, "reviewer");
    let phase = crate::support::post(
        &server,
        &alice,
        "/api/review/phases/1",
        &json!({ "open": true }),
    )
    .await;
    assert_eq!(phase.status(), 403);
    let list = String::from_utf8(cli_ok(&server.database, &["reviewer", "list"]).stdout).unwrap();
    assert!(
        list.contains("Alice\treviewer\t") && list.contains("Bob\tcoordinator\t"),
        "{list}"
    );

    // A member written as an earlier build did, without a role.
    let token = "fsr_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    sqlx::query("INSERT INTO reviewers (name, token_hash, created_at) VALUES ('Ancien', $1, '2024-01-01T00:00:00Z')")
        .bind(portal_server::secrets::token_fingerprint(token).to_vec())
        .execute(&server.db().await)
        .await
        .unwrap();
    assert_eq!(session(token.to_owned()).await, "coordinator");
}
