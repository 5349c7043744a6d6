//! Reviewers at scale: related requests found by each rule (and not by a
//! neighbour's), taking and releasing a request with two reviewers racing,
//! labels, and each reviewer's saved views.

use crate::support::{Server, detail, get, json, post, problems, reviewer, submit};
use serde_json::{Value, json};

/// A request that shares nothing with another one made by this function,
/// but what `edit` changes afterwards.
async fn distinct(server: &Server, n: u32, edit: impl FnOnce(&mut Value)) -> String {
    let (reference, _) = submit(server, |body| {
        body["structure"]["name"] = json!(format!("Collectif numéro {n} des Hauts"));
        body["structure"]["identifier"] = Value::Null;
        body["structure"]["website"] = json!(format!("https://site{n}.example.org/accueil"));
        body["contact"]["email"] = json!(format!("contact{n}@example.org"));
        edit(body);
    })
    .await;
    reference
}

async fn send(
    server: &Server,
    token: &str,
    method: reqwest::Method,
    path: &str,
    body: Option<&Value>,
) -> reqwest::Response {
    let request = server
        .client()
        .request(method, format!("{}{path}", server.url))
        .bearer_auth(token);
    let request = match body {
        Some(body) => request.json(body),
        None => request,
    };
    request.send().await.unwrap()
}

async fn total(server: &Server, token: &str, query: &str) -> u64 {
    let response = get(server, token, &format!("/api/review/applications?{query}")).await;
    assert_eq!(response.status(), 200, "{query}");
    json(response).await["total"].as_u64().unwrap()
}

/// The related requests of `reference`, as (reference, likeness) pairs.
async fn related(server: &Server, token: &str, reference: &str) -> Vec<(String, Vec<String>)> {
    detail(server, token, reference).await["related"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let likeness = r["likeness"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l.as_str().unwrap().to_owned())
                .collect();
            (r["reference"].as_str().unwrap().to_owned(), likeness)
        })
        .collect()
}

#[tokio::test]
async fn related_requests_are_found_by_each_rule_and_only_by_them() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let first = distinct(&server, 1, |b| {
        b["structure"]["name"] = json!("Les Amis du Vélo de Lyon");
        b["structure"]["identifier"] = json!("732 829 320");
        b["structure"]["website"] = json!("https://www.amisduvelo.example.org/");
        b["contact"]["email"] = json!("Tresorier@Example.org");
    })
    .await;
    // Each shares one thing with the first, written another way.
    let by_identifier = distinct(&server, 2, |b| {
        b["structure"]["identifier"] = json!("73282932000074");
    })
    .await;
    let by_email = distinct(&server, 3, |b| {
        b["contact"]["email"] = json!("tresorier+portail@example.org");
    })
    .await;
    let by_website = distinct(&server, 4, |b| {
        b["structure"]["website"] = json!("http://amisduvelo.example.org/contact");
    })
    .await;
    let by_name = distinct(&server, 5, |b| {
        b["structure"]["name"] = json!("Association LES AMIS DU VELO, de Lyon");
    })
    .await;
    // A neighbour: a close name, another site on the same host's sibling,
    // another address at the same domain.
    let neighbour = distinct(&server, 6, |b| {
        b["structure"]["name"] = json!("Les Amis du Vélo de Lyon Sud");
        b["structure"]["website"] = json!("https://velo.example.org");
        b["contact"]["email"] = json!("tresoriere@example.org");
    })
    .await;

    let found = related(&server, &token, &first).await;
    let expected = [
        (&by_identifier, "identifier"),
        (&by_email, "email"),
        (&by_website, "website"),
        (&by_name, "name"),
    ];
    assert_eq!(found.len(), expected.len(), "{found:?}");
    for ((reference, likeness), (want, kind)) in found.iter().zip(expected) {
        assert_eq!(reference, want);
        assert_eq!(likeness, &vec![kind.to_owned()]);
    }
    assert_eq!(
        related(&server, &token, &by_email).await,
        vec![(first.clone(), vec!["email".to_owned()])]
    );
    assert!(related(&server, &token, &neighbour).await.is_empty());

    // The queue flags them and filters on it.
    assert_eq!(total(&server, &token, "related=true").await, 5);
    assert_eq!(total(&server, &token, "related=false").await, 1);
    let queue = json(get(&server, &token, "/api/review/applications").await).await;
    for item in queue["items"].as_array().unwrap() {
        let flagged = item["reference"] != json!(neighbour);
        assert_eq!(item["related"], json!(flagged), "{item}");
    }
    let link = &detail(&server, &token, &first).await["related"][0];
    assert_eq!(link["status"], "received");
    assert_eq!(link["structure_name"], "Collectif numéro 2 des Hauts");

    // The index holds hashes, not the addresses or names.
    let db = server.db().await;
    let keys: Vec<(String, Vec<u8>)> = sqlx::query_as(
        "SELECT k.likeness, k.key_hash FROM application_keys k JOIN applications a ON a.id = k.application_id WHERE a.reference = $1 ORDER BY k.likeness",
    )
    .bind(&by_email)
    .fetch_all(&db)
    .await
    .unwrap();
    let kinds: Vec<&str> = keys.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(kinds, ["address", "email", "name", "website"]);
    assert!(keys.iter().all(|(_, hash)| hash.len() == 32));
}

#[tokio::test]
async fn a_withdrawn_request_is_no_longer_related() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (first, _) = submit(&server, |_| {}).await;
    let (second, secret) = submit(&server, |_| {}).await;
    let both = related(&server, &token, &first).await;
    assert_eq!(both.len(), 1);
    assert_eq!(both[0].0, second);
    assert_eq!(both[0].1, ["identifier", "email", "website", "name"]);
    let response = server
        .post_json(
            "/api/applications/withdraw",
            &json!({ "reference": second, "secret": secret }),
        )
        .await;
    assert_eq!(response.status(), 200);
    assert!(related(&server, &token, &first).await.is_empty());
    assert_eq!(total(&server, &token, "related=true").await, 0);
    let db = server.db().await;
    let keys: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM application_keys k JOIN applications a ON a.id = k.application_id WHERE a.reference = $1",
    )
    .bind(&second)
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(
        keys, 0,
        "nothing of the withdrawn request stays in the index"
    );
}

#[tokio::test]
async fn requests_stored_before_the_index_get_their_keys_when_the_server_starts() {
    let mut server = Server::start_process(None).await;
    let token = reviewer(&server, "Alice").await;
    let (first, _) = submit(&server, |_| {}).await;
    let (second, _) = submit(&server, |_| {}).await;
    // As a database of the version before related requests left them.
    let db = server.db().await;
    sqlx::query("DELETE FROM application_keys")
        .execute(&db)
        .await
        .unwrap();
    sqlx::query("UPDATE applications SET related = 0")
        .execute(&db)
        .await
        .unwrap();
    db.close().await;
    assert!(related(&server, &token, &first).await.is_empty());
    server.kill();
    server.restart().await;
    let found = related(&server, &token, &first).await;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, second);
    assert_eq!(total(&server, &token, "related=true").await, 2);
}

#[tokio::test]
async fn one_reviewer_holds_a_request_however_many_take_it_at_once() {
    let server = Server::start().await;
    let alice = reviewer(&server, "Alice").await;
    let bob = reviewer(&server, "Bob").await;
    let (reference, _) = submit(&server, |_| {}).await;
    let path = format!("/api/review/applications/{reference}/take");
    let url = format!("{}{path}", server.url);
    let tasks: Vec<_> = (0..8)
        .map(|n| {
            let token = if n % 2 == 0 {
                alice.clone()
            } else {
                bob.clone()
            };
            let url = url.clone();
            tokio::spawn(async move {
                let response = reqwest::Client::new()
                    .post(url)
                    .bearer_auth(token)
                    .json(&json!({}))
                    .send()
                    .await
                    .unwrap();
                response.status().as_u16()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    let holder = detail(&server, &alice, &reference).await["item"]["taken_by"]
        .as_str()
        .unwrap()
        .to_owned();
    // The holder's own attempts succeed again; every other one is refused.
    let (won, lost): (Vec<_>, Vec<_>) = statuses
        .iter()
        .enumerate()
        .partition(|(n, _)| (n % 2 == 0) == (holder == "Alice"));
    assert!(
        won.iter().all(|(_, s)| **s == 200),
        "{statuses:?} held by {holder}"
    );
    assert!(lost.iter().all(|(_, s)| **s == 409), "{statuses:?}");
    let (holder_token, other_token, other) = if holder == "Alice" {
        (&alice, &bob, "Bob")
    } else {
        (&bob, &alice, "Alice")
    };
    let refused = json(post(&server, other_token, &path, &json!({})).await).await;
    assert_eq!(refused["error"]["code"], "taken_by_other");
    assert_eq!(total(&server, holder_token, "taken=mine").await, 1);
    assert_eq!(total(&server, other_token, "taken=mine").await, 0);
    assert_eq!(total(&server, other_token, "taken=nobody").await, 0);

    // The other cannot release it, but may take it over knowingly.
    let response = send(&server, other_token, reqwest::Method::DELETE, &path, None).await;
    assert_eq!(response.status(), 409);
    let over = post(&server, other_token, &path, &json!({ "over": holder })).await;
    assert_eq!(over.status(), 200);
    assert_eq!(json(over).await["item"]["taken_by"], other);
    // A stale "over" (the holder changed) takes nothing.
    let stale = post(&server, holder_token, &path, &json!({ "over": holder })).await;
    assert_eq!(stale.status(), 409);
    let released = send(&server, other_token, reqwest::Method::DELETE, &path, None).await;
    assert_eq!(released.status(), 200);
    assert_eq!(json(released).await["item"]["taken_by"], Value::Null);
    assert_eq!(total(&server, holder_token, "taken=nobody").await, 1);
    let unknown = post(&server, &alice, &path, &json!({ "other": 1 })).await;
    assert_eq!(unknown.status(), 400);
}

#[tokio::test]
async fn labels_are_created_put_on_requests_and_filtered_on() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (first, _) = submit(&server, |_| {}).await;
    let (second, _) = submit(&server, |_| {}).await;
    let created = post(
        &server,
        &token,
        "/api/review/labels",
        &json!({ "name": " À rappeler ", "color": "orange" }),
    )
    .await;
    assert_eq!(created.status(), 201);
    let labels = json(created).await;
    assert_eq!(labels[0]["name"], "À rappeler");
    assert_eq!(labels[0]["color"], "orange");
    let id = labels[0]["id"].as_u64().unwrap();
    for (body, field, code) in [
        (
            json!({ "name": "À rappeler", "color": "blue" }),
            "name",
            "duplicate_value",
        ),
        (json!({ "name": "  ", "color": "blue" }), "name", "required"),
        (
            json!({ "name": "x".repeat(41), "color": "blue" }),
            "name",
            "too_long",
        ),
    ] {
        let response = post(&server, &token, "/api/review/labels", &body).await;
        assert_eq!(response.status(), 422, "{body}");
        assert_eq!(
            problems(&json(response).await),
            [(field.into(), code.into())]
        );
    }
    let colour = post(
        &server,
        &token,
        "/api/review/labels",
        &json!({ "name": "Autre", "color": "pink" }),
    )
    .await;
    assert_eq!(colour.status(), 400);

    let on = format!("/api/review/applications/{first}/labels/{id}");
    let response = send(&server, &token, reqwest::Method::PUT, &on, None).await;
    assert_eq!(response.status(), 200);
    assert_eq!(json(response).await["item"]["labels"], json!([id]));
    assert_eq!(total(&server, &token, &format!("label={id}")).await, 1);
    let queue = json(get(&server, &token, "/api/review/applications").await).await;
    let second_item = queue["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["reference"] == json!(second))
        .unwrap();
    assert_eq!(second_item["labels"], json!([]));
    let missing = format!("/api/review/applications/{first}/labels/9999");
    assert_eq!(
        send(&server, &token, reqwest::Method::PUT, &missing, None)
            .await
            .status(),
        404
    );

    // Deleting the label takes it off the request.
    let path = format!("/api/review/labels/{id}");
    let response = send(&server, &token, reqwest::Method::DELETE, &path, None).await;
    assert_eq!(response.status(), 200);
    assert_eq!(json(response).await, json!([]));
    assert_eq!(
        detail(&server, &token, &first).await["item"]["labels"],
        json!([])
    );
}

#[tokio::test]
async fn saved_views_belong_to_their_reviewer_and_keep_checked_filters() {
    let server = Server::start().await;
    let alice = reviewer(&server, "Alice").await;
    let bob = reviewer(&server, "Bob").await;
    let saved = post(
        &server,
        &alice,
        "/api/review/views",
        &json!({ "name": "Mes nouvelles", "query": "?status=received&taken=mine&page=3" }),
    )
    .await;
    assert_eq!(saved.status(), 201);
    let views = json(saved).await;
    assert_eq!(views[0]["name"], "Mes nouvelles");
    assert_eq!(views[0]["query"], "status=received&taken=mine");
    let id = views[0]["id"].as_u64().unwrap();
    assert_eq!(
        json(get(&server, &bob, "/api/review/views").await).await,
        json!([])
    );

    // An unknown or unreadable filter is the query's problem; a filter that
    // reads but is out of range is its own.
    for (query, field) in [
        ("status=nope", "query"),
        ("colour=red", "query"),
        ("from=2026-13-01", "from"),
        ("per_page=0", "per_page"),
    ] {
        let response = post(
            &server,
            &alice,
            "/api/review/views",
            &json!({ "name": format!("Vue {query}"), "query": query }),
        )
        .await;
        assert_eq!(response.status(), 422, "{query}");
        let body = json(response).await;
        assert_eq!(problems(&body)[0].0, field, "{query}: {body}");
    }
    let twice = post(
        &server,
        &alice,
        "/api/review/views",
        &json!({ "name": "Mes nouvelles", "query": "" }),
    )
    .await;
    assert_eq!(twice.status(), 422);
    assert_eq!(
        problems(&json(twice).await),
        [("name".into(), "duplicate_value".into())]
    );
    // Bob may name his own view alike, and cannot delete Alice's.
    let his = post(
        &server,
        &bob,
        "/api/review/views",
        &json!({ "name": "Mes nouvelles", "query": "answered=true" }),
    )
    .await;
    assert_eq!(his.status(), 201);
    let path = format!("/api/review/views/{id}");
    assert_eq!(
        send(&server, &bob, reqwest::Method::DELETE, &path, None)
            .await
            .status(),
        404
    );
    let deleted = send(&server, &alice, reqwest::Method::DELETE, &path, None).await;
    assert_eq!(deleted.status(), 200);
    assert_eq!(json(deleted).await, json!([]));
}
