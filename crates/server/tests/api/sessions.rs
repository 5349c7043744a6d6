//! Sessions that end: a token exchanged for a credential, which works until
//! its sign-out, a sign-out everywhere, the member's revocation or
//! `[review] session_hours` without a request; a token unused for
//! `[review] token_days` stops working and says so.

use serde_json::{Value, json};

use crate::support::{Server, get, json, reviewer};

async fn sign_in(server: &Server, token: &str) -> reqwest::Response {
    server
        .post_json("/api/review/sessions", &json!({ "token": token }))
        .await
}

async fn credential(server: &Server, token: &str) -> String {
    let response = sign_in(server, token).await;
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body: Value = json(response).await;
    assert_eq!(body["session"]["role"], "coordinator");
    body["credential"].as_str().unwrap().to_owned()
}

async fn delete(server: &Server, bearer: &str, path: &str) -> u16 {
    server
        .client()
        .delete(format!("{}{path}", server.url))
        .bearer_auth(bearer)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn works(server: &Server, bearer: &str) -> bool {
    get(server, bearer, "/api/review/session").await.status() == 200
}

#[tokio::test]
async fn a_session_ends_at_sign_out_everywhere_when_idle_and_with_its_member() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let first = credential(&server, &token).await;
    assert!(first.starts_with("fss_") && first.len() == 68, "{first}");
    let second = credential(&server, &token).await;
    assert!(works(&server, &first).await && works(&server, &second).await);
    // The database holds fingerprints, not credentials.
    let db = server.db().await;
    let stored: Vec<Vec<u8>> = sqlx::query_scalar("SELECT credential_hash FROM review_sessions")
        .fetch_all(&db)
        .await
        .unwrap();
    assert!(
        stored
            .iter()
            .all(|h| h.len() == 32 && !String::from_utf8_lossy(h).contains("fss_"))
    );

    // Signing out ends this session only.
    assert_eq!(
        delete(&server, &first, "/api/review/sessions/current").await,
        204
    );
    assert!(!works(&server, &first).await);
    assert!(works(&server, &second).await);
    // Everywhere: every one of them.
    let third = credential(&server, &token).await;
    assert_eq!(delete(&server, &third, "/api/review/sessions").await, 204);
    assert!(!works(&server, &second).await && !works(&server, &third).await);

    // Idle past session_hours (12 by default): ended.
    let idle = credential(&server, &token).await;
    sqlx::query(
        "UPDATE review_sessions SET seen_at = '2020-01-01T00:00:00Z' WHERE ended_at IS NULL",
    )
    .execute(&db)
    .await
    .unwrap();
    assert!(!works(&server, &idle).await);
    // A revoked member's sessions end with their token.
    let bob = reviewer(&server, "Bob").await;
    let bobs = credential(&server, &bob).await;
    crate::support::revoke(&server, "Bob");
    assert!(!works(&server, &bobs).await);
    assert_eq!(sign_in(&server, &bob).await.status(), 401);
}

#[tokio::test]
async fn a_token_unused_for_too_long_stops_working_and_says_so() {
    let server = Server::start_with_config(Some("[review]\ntoken_days = 30\n")).await;
    let token = reviewer(&server, "Alice").await;
    // (Not used before: its use is recorded beside the request, which could
    // land after the change below.)
    sqlx::query("UPDATE reviewers SET used_at = '2020-01-01T00:00:00Z', created_at = '2020-01-01T00:00:00Z'")
        .execute(&server.db().await)
        .await
        .unwrap();
    let refused = sign_in(&server, &token).await;
    assert_eq!(refused.status(), 401);
    assert_eq!(json(refused).await["error"]["code"], "token_expired");
    let as_bearer = get(&server, &token, "/api/review/session").await;
    assert_eq!(json(as_bearer).await["error"]["code"], "token_expired");
    assert_eq!(sign_in(&server, "fsr_unknown").await.status(), 401);
}
