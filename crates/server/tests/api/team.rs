//! The team's roles. Every route of the reviewers' area, walked from the
//! OpenAPI document: the coordinators' ones (core's `COORDINATORS_ONLY`,
//! documented with a 403) refuse a reviewer and change nothing, the others
//! never answer 403. The last coordinator stays one; members added before
//! roles existed are coordinators.

use portal_core::endpoints::COORDINATORS_ONLY;
use serde_json::json;

use crate::support::{Server, call, cli, cli_ok, get, json, member, method_of, reviewer, submit};

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
        "reply_templates",
    ] {
        counts.push(server.count(table).await);
    }
    counts
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
            .replace("{format}", "csv")
            .replace("{name}", "Camille");
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
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    sqlx::query("INSERT INTO reviewers (name, token_hash, created_at) VALUES ('Ancien', $1, $2)")
        .bind(portal_server::secrets::token_fingerprint(token).to_vec())
        .bind(now)
        .execute(&server.db().await)
        .await
        .unwrap();
    assert_eq!(session(token.to_owned()).await, "coordinator");
}

#[tokio::test]
async fn coordinators_manage_the_team_from_the_api_and_each_change_applies_at_once() {
    let server = Server::start().await;
    let camille = reviewer(&server, "Camille").await;
    let added = crate::support::post(
        &server,
        &camille,
        "/api/review/team",
        &json!({ "name": "  Dominique ", "role": "reviewer" }),
    )
    .await;
    assert_eq!(added.status(), 201);
    assert_eq!(added.headers()["cache-control"], "no-store");
    let added = json(added).await;
    assert_eq!(added["member"]["name"], "Dominique");
    let token = added["token"].as_str().unwrap().to_owned();
    let session = json(get(&server, &token, "/api/review/session").await).await;
    assert_eq!(session["role"], "reviewer");
    // The same name again, an empty one: told at the name.
    for (name, code) in [("Dominique", "duplicate_value"), ("  ", "required")] {
        let again = crate::support::post(
            &server,
            &camille,
            "/api/review/team",
            &json!({ "name": name }),
        )
        .await;
        assert_eq!(again.status(), 422);
        assert_eq!(
            crate::support::problems(&json(again).await),
            [("name".to_owned(), code.to_owned())]
        );
    }
    // A reviewer may not manage the team.
    let (status, _) = call(&server, "get", "/api/review/team", &token).await;
    assert_eq!(status, 403);
    // Promoted: on the next request.
    let promoted = server
        .client()
        .put(format!("{}/api/review/team/Dominique/role", server.url))
        .bearer_auth(&camille)
        .json(&json!({ "role": "coordinator" }))
        .send()
        .await
        .unwrap();
    assert_eq!(promoted.status(), 200);
    let (status, team) = call(&server, "get", "/api/review/team", &token).await;
    assert_eq!(status, 200);
    assert_eq!(team.as_array().unwrap().len(), 2);
    // Camille steps down; Dominique, now the only coordinator, may not.
    let (status, _) = call(&server, "delete", "/api/review/team/Camille", &token).await;
    assert_eq!(status, 200);
    assert_eq!(
        get(&server, &camille, "/api/review/session").await.status(),
        401
    );
    let (status, body) = call(&server, "delete", "/api/review/team/Dominique", &token).await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (409, json!("last_coordinator"))
    );
    let (status, _) = call(&server, "delete", "/api/review/team/Nobody", &token).await;
    assert_eq!(status, 404);
}
