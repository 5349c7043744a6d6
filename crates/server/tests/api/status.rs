//! Following and withdrawing a request: reference and secret only, no oracle,
//! rate-limited, and a withdrawal erases the personal data.

use crate::support::{Server, json, valid_application};
use serde_json::{Value, json};

async fn submitted(server: &Server) -> (String, String) {
    let body = json(server.submit(&valid_application(), None).await).await;
    (
        body["reference"].as_str().unwrap().to_owned(),
        body["secret"].as_str().unwrap().to_owned(),
    )
}

async fn ask(server: &Server, path: &str, reference: &str, secret: &str) -> (u16, Value) {
    let response = server
        .post_json(path, &json!({ "reference": reference, "secret": secret }))
        .await;
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn the_applicant_sees_the_status_and_its_history() {
    let server = Server::start().await;
    let (reference, secret) = submitted(&server).await;
    let (status, body) = ask(&server, "/api/applications/status", &reference, &secret).await;
    assert_eq!(status, 200);
    assert_eq!(body["reference"], reference);
    assert_eq!(body["status"], "received");
    assert_eq!(body["eligibility"], "eligible");
    assert_eq!(body["erased"], false);
    assert_eq!(body["history"].as_array().unwrap().len(), 1);
    assert_eq!(body["history"][0]["status"], "received");
    // Typed loosely: lower case, spaces instead of dashes.
    let (status, _) = ask(
        &server,
        "/api/applications/status",
        &reference.to_lowercase().replace('-', " "),
        &secret.to_lowercase(),
    )
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn unknown_references_and_wrong_secrets_get_the_same_answer() {
    let server = Server::start().await;
    let (reference, secret) = submitted(&server).await;
    let mut wrong = secret.clone().into_bytes();
    wrong[0] = if wrong[0] == b'2' { b'3' } else { b'2' };
    let wrong = String::from_utf8(wrong).unwrap();
    let answers = [
        ask(&server, "/api/applications/status", &reference, &wrong).await,
        ask(&server, "/api/applications/status", "FS-2222-2222", &secret).await,
        ask(
            &server,
            "/api/applications/status",
            "not a reference",
            "not a secret",
        )
        .await,
        ask(&server, "/api/applications/withdraw", &reference, &wrong).await,
    ];
    for (status, body) in &answers {
        assert_eq!(*status, 404);
        assert_eq!(body, &answers[0].1);
    }
    // Nothing was withdrawn by the wrong secret.
    let (_, body) = ask(&server, "/api/applications/status", &reference, &secret).await;
    assert_eq!(body["status"], "received");
}

#[tokio::test]
async fn withdrawing_erases_the_personal_data_and_says_so() {
    let server = Server::start().await;
    let (reference, secret) = submitted(&server).await;
    let (other, _) = submitted(&server).await;
    let (status, body) = ask(&server, "/api/applications/withdraw", &reference, &secret).await;
    assert_eq!(status, 200);
    assert_eq!(body["status"], "withdrawn");
    assert_eq!(body["erased"], true);
    let statuses: Vec<&str> = body["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, vec!["received", "withdrawn"]);

    let db = server.db().await;
    let (answers, name, search, kind, status): (
        Option<String>,
        Option<String>,
        Option<String>,
        String,
        String,
    ) = sqlx::query_as(
        "SELECT answers, structure_name, search, kind, status FROM applications WHERE reference = $1",
    )
    .bind(&reference)
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(
        (answers, name, search),
        (None, None, None),
        "personal data left after withdrawal"
    );
    assert_eq!(
        (kind.as_str(), status.as_str()),
        ("association", "withdrawn"),
        "the counts keep what they need"
    );
    let dump: Vec<Option<String>> = sqlx::query_scalar("SELECT answers FROM applications")
        .fetch_all(&db)
        .await
        .unwrap();
    assert_eq!(
        dump.iter()
            .filter(|a| a.as_deref().is_some_and(|a| a.contains("Camille")))
            .count(),
        1,
        "only {other} keeps its data"
    );

    // Again: harmless, same answer.
    let (status, again) = ask(&server, "/api/applications/withdraw", &reference, &secret).await;
    assert_eq!(status, 200);
    assert_eq!(again, body);
    let (_, seen) = ask(&server, "/api/applications/status", &reference, &secret).await;
    assert_eq!(seen["status"], "withdrawn");
}

#[tokio::test]
async fn lookups_are_rate_limited_per_client() {
    let server =
        Server::start_with_config(Some("[limits]\nlookup_burst = 3\nlookups_per_minute = 1\n"))
            .await;
    for _ in 0..3 {
        let (status, _) = ask(&server, "/api/applications/status", "FS-2222-2222", "x").await;
        assert_eq!(status, 404);
    }
    let response = server
        .post_json(
            "/api/applications/status",
            &json!({ "reference": "FS-2222-2222", "secret": "x" }),
        )
        .await;
    assert_eq!(response.status(), 429);
    let wait: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    assert_eq!(json(response).await["error"]["code"], "rate_limited");
}

/// A lookup from behind the proxy, as the client `forwarded` (or none).
async fn lookup_via(server: &Server, forwarded: Option<&str>) -> u16 {
    let mut request = server
        .client()
        .post(format!("{}/api/applications/status", server.url))
        .json(&json!({ "reference": "FS-2222-2222", "secret": "x" }));
    if let Some(forwarded) = forwarded {
        request = request.header("x-forwarded-for", forwarded);
    }
    request.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn behind_a_proxy_each_client_has_its_own_limit_and_cannot_forge_another() {
    let limits = "[limits]\nlookup_burst = 2\nlookups_per_minute = 1\n";
    // Without a proxy declared, the header is the client's own words: ignored.
    let server = Server::start_with_config(Some(limits)).await;
    assert_eq!(lookup_via(&server, Some("192.0.2.1")).await, 404);
    assert_eq!(lookup_via(&server, Some("192.0.2.2")).await, 404);
    assert_eq!(lookup_via(&server, Some("192.0.2.3")).await, 429);
    drop(server);

    // Behind our proxy, the address it saw (the last entry) is the client.
    let server =
        Server::start_with_config(Some(&format!("{limits}trusted_proxies = ['127.0.0.1']\n")))
            .await;
    for _ in 0..2 {
        assert_eq!(lookup_via(&server, Some("192.0.2.1")).await, 404);
    }
    assert_eq!(lookup_via(&server, Some("192.0.2.1")).await, 429);
    // A forged entry before the proxy's does not make another client.
    assert_eq!(
        lookup_via(&server, Some("198.51.100.7, 192.0.2.1")).await,
        429
    );
    // Another client behind the same proxy has its own allowance.
    assert_eq!(lookup_via(&server, Some("192.0.2.2")).await, 404);
    // A request that did not come through the proxy counts as its connection.
    assert_eq!(lookup_via(&server, None).await, 404);
}

#[tokio::test]
async fn a_malformed_query_is_a_bad_request() {
    let server = Server::start().await;
    let response = server
        .post_json(
            "/api/applications/status",
            &json!({ "reference": "FS-2222-2222" }),
        )
        .await;
    assert_eq!(response.status(), 400);
    let response = server
        .post_json(
            "/api/applications/status",
            &json!({ "reference": "a", "secret": "b", "extra": 1 }),
        )
        .await;
    assert_eq!(response.status(), 400);
}
