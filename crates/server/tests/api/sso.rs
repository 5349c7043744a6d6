//! Single sign-on's server side: without `[review.oidc]` there is none; a
//! provider that does not answer sends the browser back to the area with a
//! reason; an answer that belongs to no sign-in under way (no cookie, or
//! another browser's) opens no session and is recorded as a refused
//! sign-in; coordinators give members their identity at the provider. The
//! whole flow against a real provider is the browser's test
//! (`tests/sso.test.mjs`).

use serde_json::{Value, json};

use crate::support::{Server, cli, cli_ok, get, json, member, problems, reviewer};

const CONFIG: &str = r#"
[site]
url = "https://portail.example.org"

[review.oidc]
issuer = "http://127.0.0.1:9"
client_id = "portal"
client_secret = "a secret"
"#;

async fn follow(server: &Server, path: &str, cookie: Option<&str>) -> (u16, String, String) {
    // Redirections are what is tested: not followed.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut request = client.get(format!("{}{path}", server.url));
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    (
        response.status().as_u16(),
        header("location"),
        header("set-cookie"),
    )
}

#[tokio::test]
async fn without_a_provider_there_is_no_single_sign_on() {
    let server = Server::start().await;
    assert_eq!(follow(&server, "/api/review/sso", None).await.0, 404);
    assert_eq!(
        follow(&server, "/api/review/sso/callback?code=x&state=y", None)
            .await
            .0,
        404
    );
    let offer = json(server.get("/api/offer").await).await;
    assert_eq!(offer["site"]["sso"], false);
}

#[tokio::test]
async fn a_provider_that_does_not_answer_or_an_answer_to_nobody_signs_nobody_in() {
    let server = Server::start_with_config(Some(CONFIG)).await;
    let token = reviewer(&server, "Camille").await;
    let offer = json(server.get("/api/offer").await).await;
    assert_eq!(offer["site"]["sso"], true);

    // The provider cannot be read: back to the area, which says so.
    let (status, location, cookie) = follow(&server, "/api/review/sso", None).await;
    assert_eq!((status, location.as_str()), (303, "/admin?sso=unavailable"));
    assert!(
        cookie.contains("Max-Age=0") && cookie.contains("Secure") && cookie.contains("HttpOnly")
    );

    // An answer with no sign-in under way in this browser (no cookie, or
    // one that names none): no session, a refused sign-in in the log.
    for cookie in [None, Some("portal_sso=0123456789abcdef")] {
        let (status, location, _) = follow(
            &server,
            "/api/review/sso/callback?code=stolen&state=guessed",
            cookie,
        )
        .await;
        assert_eq!((status, location.as_str()), (303, "/admin?sso=expired"));
    }
    assert_eq!(server.count("review_sessions").await, 0);
    let log = json(get(&server, &token, "/api/review/audit?action=session.refused").await).await;
    let entries = log["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert!(
        entries
            .iter()
            .all(|e| e["detail"] == "via=sso refusal=expired"
                && e.get("member").is_none()
                && e["status"] == 303)
    );
}

#[tokio::test]
async fn coordinators_give_members_their_identity_at_the_provider() {
    let server = Server::start_with_config(Some(CONFIG)).await;
    let token = reviewer(&server, "Camille").await;
    member(&server, "Dominique", "reviewer").await;
    let set = |name: &str, sso: Value| {
        let (client, url, token) = (
            server.client(),
            format!("{}/api/review/team/{name}/sso", server.url),
            token.clone(),
        );
        async move {
            client
                .put(url)
                .bearer_auth(token)
                .json(&json!({ "sso": sso }))
                .send()
                .await
                .unwrap()
        }
    };
    let team = json(set("Dominique", json!(" dominique@asso.example ")).await).await;
    let dominique = team
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "Dominique")
        .unwrap();
    assert_eq!(dominique["sso"], "dominique@asso.example");
    for (name, sso, status, problem) in [
        (
            "Camille",
            json!("dominique@asso.example"),
            422,
            Some(("sso", "duplicate_value")),
        ),
        (
            "Camille",
            json!("deux mots"),
            422,
            Some(("sso", "invalid_value")),
        ),
        ("Personne", json!("p@asso.example"), 404, None),
    ] {
        let response = set(name, sso).await;
        assert_eq!(response.status(), status, "{name}");
        if let Some((field, code)) = problem {
            assert_eq!(
                problems(&json(response).await),
                [(field.to_owned(), code.to_owned())]
            );
        }
    }
    // Given when adding a member, with the same rules.
    let added = crate::support::post(
        &server,
        &token,
        "/api/review/team",
        &json!({ "name": "Eden", "sso": "u-1002" }),
    )
    .await;
    assert_eq!(added.status(), 201);
    assert_eq!(json(added).await["member"]["sso"], "u-1002");
    let twice = crate::support::post(
        &server,
        &token,
        "/api/review/team",
        &json!({ "name": "Sam", "sso": "u-1002" }),
    )
    .await;
    assert_eq!(
        problems(&json(twice).await),
        [("sso".to_owned(), "duplicate_value".to_owned())]
    );
    // Taken away: tokens only.
    let team = json(set("Dominique", Value::Null).await).await;
    assert!(
        team.as_array()
            .unwrap()
            .iter()
            .all(|m| m["name"] != "Dominique" || m.get("sso").is_none())
    );
    // And from the command line.
    cli_ok(
        &server.database,
        &["reviewer", "add", "Ines", "--sso", "ines@asso.example"],
    );
    let refused = cli(
        &server.database,
        &["reviewer", "add", "Jo", "--sso", "ines@asso.example"],
    );
    assert!(!refused.status.success());
    let log = json(
        get(
            &server,
            &token,
            "/api/review/audit?action=member.sso_changed",
        )
        .await,
    )
    .await;
    assert_eq!(log["entries"].as_array().unwrap().len(), 5);
}

#[test]
fn a_provider_needs_the_site_address_it_sends_members_back_to() {
    let errors = portal_server::config::Config::check(
        "[review.oidc]\nissuer = \"ftp://x\"\nclient_id = \"\"\nclient_secret = \"s\"\n",
    )
    .unwrap_err();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(
        errors.iter().all(|e| e.starts_with("review.oidc")),
        "{errors:?}"
    );
}
