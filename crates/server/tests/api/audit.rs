//! Who did what. Every route core's `audit::RECORDED` names, walked from
//! the OpenAPI document, leaves exactly one row (refusals too) and the
//! others none; a real round of work leaves the rows a coordinator expects,
//! with details but never the personal data; nothing changes a row; erasing
//! a request keeps its trail; the log is filtered, paged and exported.

use portal_core::audit::{Action, action_of};
use serde_json::{Value, json};

use crate::support::{
    Server, call, csv_cells, decide, get, json, member, method_of, open_phase, post, problems,
    reviewer, submit,
};

/// The newest rows of the log, as a coordinator reads them.
async fn log(server: &Server, token: &str, query: &str) -> Value {
    let response = get(server, token, &format!("/api/review/audit?{query}")).await;
    assert_eq!(response.status(), 200, "{query}");
    json(response).await
}

#[tokio::test]
async fn every_recorded_route_leaves_exactly_one_row_and_the_others_none() {
    let server = Server::start().await;
    let token = reviewer(&server, "Camille").await;
    let (reference, _) = submit(&server, |_| {}).await;
    let doc = json(server.get("/api/openapi.json").await).await;
    let mut recorded = std::collections::BTreeSet::new();
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
        for method in operations.as_object().unwrap().keys() {
            let before = server.count("audit_log").await;
            let status = call(&server, method, &path, &token).await.0;
            let added = server.count("audit_log").await - before;
            // A sign-in without a token or a provider's answer names
            // nobody: not the team's.
            match action_of(method_of(method), template, status) {
                Some(action) if action != Action::SignedIn => {
                    assert_eq!(added, 1, "{method} {template} answered {status}");
                    let newest = &log(&server, &token, "per_page=1").await["entries"][0];
                    assert_eq!(newest["action"], action.as_str(), "{method} {template}");
                    assert_eq!(newest["member"], "Camille");
                    assert_eq!(newest["status"], status);
                    if template.contains("{reference}") {
                        assert_eq!(newest["reference"], reference.as_str());
                    }
                    recorded.insert(action);
                }
                _ => assert_eq!(added, 0, "{method} {template} answered {status}"),
            }
        }
    }
    // Every action but those a walk with empty bodies cannot reach (a
    // sign-in, refused or not, needs a token).
    let missing: Vec<Action> = Action::ALL
        .into_iter()
        .filter(|a| !recorded.contains(a))
        .collect();
    assert_eq!(missing, [Action::SignedIn, Action::SignInRefused]);
}

#[tokio::test]
async fn a_round_of_work_is_recorded_with_what_was_done_never_with_personal_data() {
    let server = Server::start().await;
    let coordinator = reviewer(&server, "Camille").await;
    let dominique = member(&server, "Dominique", "reviewer").await;
    open_phase(&server, &coordinator, 1).await;
    let (first, secret) = submit(&server, |_| {}).await;
    let (second, _) = submit(&server, |b| {
        b["structure"]["name"] = json!("La Ruche du Quartier")
    })
    .await;

    // A refused sign-in, a real one.
    let refused = server
        .post_json("/api/review/sessions", &json!({ "token": "fsr_nothing" }))
        .await;
    assert_eq!(refused.status(), 401);
    let signed_in = server
        .post_json("/api/review/sessions", &json!({ "token": dominique }))
        .await;
    assert_eq!(signed_in.status(), 201);
    let session = json(signed_in).await["credential"]
        .as_str()
        .unwrap()
        .to_owned();

    // The reviewer searches, opens, writes, decides, tries a coordinator's route.
    let search = get(
        &server,
        &session,
        "/api/review/applications?q=Jardins+Bas-Pays&status=received",
    )
    .await;
    assert_eq!(search.status(), 200);
    assert_eq!(
        get(
            &server,
            &session,
            &format!("/api/review/applications/{first}")
        )
        .await
        .status(),
        200
    );
    let note = post(
        &server,
        &session,
        &format!("/api/review/applications/{first}/notes"),
        &json!({ "body": "Appelée, trésorière très claire" }),
    )
    .await;
    assert_eq!(note.status(), 200);
    let message = post(
        &server,
        &session,
        &format!("/api/review/applications/{first}/messages"),
        &json!({ "message": "Bonjour Camille Martin" }),
    )
    .await;
    assert_eq!(message.status(), 200);
    let accepted = decide(
        &server,
        &session,
        &first,
        &json!({ "decision": "accept", "phase": 1, "message": "Bienvenue" }),
    )
    .await;
    assert_eq!(accepted.status(), 200);
    let bulk = post(
        &server,
        &session,
        "/api/review/bulk",
        &json!({
            "references": [second, "FS-2222-2222"],
            "decision": { "decision": "refuse", "reason": "out_of_scope" }
        }),
    )
    .await;
    assert_eq!(bulk.status(), 200);
    assert_eq!(
        post(
            &server,
            &session,
            "/api/review/phases/2",
            &json!({ "open": true })
        )
        .await
        .status(),
        403
    );

    let entries = log(&server, &coordinator, "per_page=200").await["entries"].clone();
    let entries = entries.as_array().unwrap();
    let find = |action: &str| -> Vec<&Value> {
        entries.iter().filter(|e| e["action"] == action).collect()
    };
    let refusal = find("session.refused");
    assert_eq!(refusal.len(), 1);
    assert!(refusal[0].get("member").is_none() && refusal[0]["status"] == 401);
    assert_eq!(find("session.started")[0]["member"], "Dominique");
    let searched = find("queue.searched");
    assert_eq!(searched[0]["detail"], "q=… status=received");
    assert_eq!(find("request.opened")[0]["reference"], first.as_str());
    assert_eq!(find("request.noted").len(), 1);
    assert_eq!(find("request.messaged").len(), 1);
    let decided = find("request.decided");
    assert_eq!(decided[0]["detail"], "decision=accept phase=1");
    assert_eq!(decided[0]["member"], "Dominique");
    let bulk = find("request.decided_in_bulk");
    assert_eq!(bulk.len(), 2, "one row per request of the bulk decision");
    assert!(bulk.iter().any(|e| e["reference"] == second.as_str()
        && e["detail"] == "decision=refuse reason=out_of_scope result=applied"));
    assert!(bulk.iter().any(|e| e["reference"] == "FS-2222-2222"
        && e["detail"] == "decision=refuse reason=out_of_scope result=failed error=not_found"));
    let forbidden = find("phase.changed");
    assert_eq!(
        (forbidden[0]["status"].as_u64(), &forbidden[0]["member"]),
        (Some(403), &json!("Dominique"))
    );

    // The request's own trail, for any member; filters; paging.
    let trail = json(
        get(
            &server,
            &session,
            &format!("/api/review/applications/{first}/trail"),
        )
        .await,
    )
    .await;
    let actions: Vec<&str> = trail
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "request.decided",
            "request.messaged",
            "request.noted",
            "request.opened"
        ]
    );
    let dominiques = log(
        &server,
        &coordinator,
        "member=Dominique&action=request.decided",
    )
    .await;
    assert_eq!(dominiques["entries"].as_array().unwrap().len(), 1);
    let today = &entries[0]["at"].as_str().unwrap()[..10];
    let by_day = log(
        &server,
        &coordinator,
        &format!("from={today}&to={today}&reference={}", first.to_lowercase()),
    )
    .await;
    assert_eq!(by_day["entries"].as_array().unwrap().len(), 4);
    assert_eq!(
        log(&server, &coordinator, "to=2020-01-01").await["entries"],
        json!([])
    );
    let page = log(&server, &coordinator, "per_page=3").await;
    let next = page["next"].as_i64().unwrap();
    let older = log(&server, &coordinator, &format!("per_page=3&before={next}")).await;
    assert!(
        older["entries"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["id"].as_i64().unwrap() < next)
    );
    let bad = get(
        &server,
        &coordinator,
        "/api/review/audit?from=2026-02-30&per_page=0",
    )
    .await;
    assert_eq!(bad.status(), 422);
    assert_eq!(
        problems(&json(bad).await),
        [
            ("per_page".into(), "out_of_range".into()),
            ("from".into(), "invalid_value".into())
        ]
    );
    assert_eq!(
        get(&server, &coordinator, "/api/review/audit?who=x")
            .await
            .status(),
        400
    );
    assert_eq!(
        get(&server, &session, "/api/review/audit").await.status(),
        403
    );

    // The export, in the reader's language.
    let export = get(
        &server,
        &coordinator,
        "/api/review/audit.csv?action=request.decided&lang=en",
    )
    .await;
    assert_eq!(export.status(), 200);
    let cells = csv_cells(&export.text().await.unwrap(), b',');
    assert_eq!(
        cells[0],
        [
            "When",
            "Who",
            "Action",
            "Request",
            "Detail",
            "Server answer"
        ]
    );
    assert_eq!(
        cells[1][1..],
        [
            "Dominique",
            "Decision",
            first.as_str(),
            "decision=accept phase=1",
            "200"
        ]
    );

    // Withdrawn: the personal data go, the trail stays, and never held them.
    let withdrawn = server
        .post_json(
            "/api/applications/withdraw",
            &json!({ "reference": first, "secret": secret }),
        )
        .await;
    assert_eq!(withdrawn.status(), 200);
    let trail = json(
        get(
            &server,
            &session,
            &format!("/api/review/applications/{first}/trail"),
        )
        .await,
    )
    .await;
    assert_eq!(
        trail.as_array().unwrap().len(),
        4,
        "the trail outlives the erasure"
    );
    let db = server.db().await;
    let rows: Vec<String> = sqlx::query_scalar(
        "SELECT at || ' ' || COALESCE(member, '') || ' ' || action || ' ' || COALESCE(reference, '') || ' ' || detail FROM audit_log",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    for personal in [
        "Jardins",
        "Bas-Pays",
        "Ruche",
        "Camille Martin",
        "camille@example.org",
        "trésorière",
        "Bienvenue",
        "fsr_",
        "fss_",
    ] {
        assert!(
            !rows.iter().any(|r| r.contains(personal)),
            "{personal} in the log"
        );
    }
}

#[tokio::test]
async fn nothing_changes_a_row_and_the_purge_forgets_the_old_ones() {
    let server = Server::start().await;
    let token = reviewer(&server, "Camille").await;
    let (reference, _) = submit(&server, |_| {}).await;
    assert_eq!(
        get(
            &server,
            &token,
            &format!("/api/review/applications/{reference}")
        )
        .await
        .status(),
        200
    );

    // No route writes the log: it is only read.
    let doc = json(server.get("/api/openapi.json").await).await;
    for (path, operations) in doc["paths"].as_object().unwrap() {
        if path.contains("/audit") || path.ends_with("/trail") {
            let methods: Vec<&String> = operations.as_object().unwrap().keys().collect();
            assert_eq!(methods, ["get"], "{path}");
        }
    }
    for method in ["post", "put", "delete"] {
        let (status, _) = call(&server, method, "/api/review/audit", &token).await;
        assert_eq!(status, 405, "{method}");
    }
    // Nor can the database's own users: an update is refused.
    let db = server.db().await;
    let changed = sqlx::query("UPDATE audit_log SET member = 'Nobody'")
        .execute(&db)
        .await;
    let err = changed.expect_err("the log is append-only").to_string();
    assert!(err.contains("append-only"), "{err}");
    assert_eq!(
        log(&server, &token, "member=Camille").await["entries"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Rows older than `[retention] audit_days` (365) go with the purge.
    sqlx::query("INSERT INTO audit_log (at, member, action, reference, detail, status) VALUES ('2020-01-01T00:00:00Z', 'Ancien', 'request.opened', $1, '', 200)")
        .bind(&reference)
        .execute(&db)
        .await
        .unwrap();
    assert_eq!(server.count("audit_log").await, 2);
    crate::support::cli_ok(&server.database, &["purge"]);
    let left = log(&server, &token, "per_page=10").await;
    assert!(
        left["entries"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["member"] == "Camille")
    );
}

#[tokio::test]
async fn reply_templates_are_kept_by_coordinators_and_read_by_every_member() {
    let server = Server::start().await;
    let coordinator = reviewer(&server, "Camille").await;
    let dominique = member(&server, "Dominique", "reviewer").await;
    let welcome = json!({ "decision": "accept", "locale": "fr", "title": "Bienvenue", "body": "Bonjour {structure}, votre espace est prévu en phase {phase}." });
    let added = post(&server, &coordinator, "/api/review/replies", &welcome).await;
    assert_eq!(added.status(), 200);
    let english = json!({ "decision": "refuse", "reason": "out_of_scope", "locale": "en", "title": "Out of scope", "body": "Dear {structure}, …" });
    let all = json(post(&server, &coordinator, "/api/review/replies", &english).await).await;
    assert_eq!(all.as_array().unwrap().len(), 2);
    let listed = json(get(&server, &dominique, "/api/review/replies").await).await;
    assert_eq!(listed, all);
    let id = all[1]["id"].as_i64().unwrap();
    assert_eq!(all[1]["reply"]["title"], "Bienvenue");

    for (body, field, code) in [
        (
            json!({ "locale": "fr", "title": "x", "body": "Bonjour {nom}" }),
            "body",
            "unknown_placeholder",
        ),
        (
            json!({ "locale": "fr", "title": " ", "body": "x" }),
            "title",
            "required",
        ),
        (
            json!({ "decision": "accept", "reason": "duplicate", "locale": "fr", "title": "x", "body": "x" }),
            "reason",
            "invalid_value",
        ),
    ] {
        let refused = post(&server, &coordinator, "/api/review/replies", &body).await;
        assert_eq!(refused.status(), 422, "{body}");
        assert_eq!(
            problems(&json(refused).await),
            [(field.to_owned(), code.to_owned())]
        );
    }
    let client = server.client();
    let changed = client
        .put(format!("{}/api/review/replies/{id}", server.url))
        .bearer_auth(&coordinator)
        .json(&json!({ "decision": "accept", "locale": "fr", "title": "Bienvenue !", "body": "Bonjour {structure}." }))
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 200);
    let delete = |id: i64| {
        client
            .delete(format!("{}/api/review/replies/{id}", server.url))
            .bearer_auth(&coordinator)
            .send()
    };
    assert_eq!(
        json(delete(id).await.unwrap())
            .await
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(delete(id).await.unwrap().status(), 404);
    let actions: Vec<String> = log(&server, &coordinator, "per_page=10").await["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .filter(|a| a.starts_with("reply."))
        .collect();
    assert_eq!(
        actions[..4],
        [
            "reply.deleted",
            "reply.deleted",
            "reply.changed",
            "reply.added"
        ]
    );
}
