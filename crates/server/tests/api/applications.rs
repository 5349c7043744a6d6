//! `POST /api/applications`: every rule and error path, against a real server
//! and a real SQLite file.

use crate::support::{Server, json, problems, valid_application};
use serde_json::{Value, json};

fn is_reference(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    parts.len() == 3
        && parts[0] == "FS"
        && parts[1..]
            .iter()
            .all(|p| p.len() == 4 && p.bytes().all(|b| portal_core::ALPHABET.contains(&b)))
}

#[tokio::test]
async fn an_eligible_application_is_stored_with_its_history_and_only_a_hash_of_its_secret() {
    let server = Server::start().await;
    let response = server.submit(&valid_application(), None).await;
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body = json(response).await;
    let reference = body["reference"].as_str().unwrap();
    let secret = body["secret"].as_str().unwrap();
    assert!(is_reference(reference), "{reference}");
    assert!(secret.len() >= 32, "{secret}");
    assert_eq!(body["status"], "received");
    assert_eq!(body["eligibility"], "eligible");

    let db = server.db().await;
    let (status, kind, answers, secret_hash): (String, String, String, Vec<u8>) = sqlx::query_as(
        "SELECT status, kind, answers, secret_hash FROM applications WHERE reference = $1",
    )
    .bind(reference)
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(status, "received");
    assert_eq!(kind, "association");
    assert!(answers.contains("Camille Martin"));
    assert_eq!(secret_hash.len(), 32);
    let dump: Vec<String> = sqlx::query_scalar("SELECT answers FROM applications")
        .fetch_all(&db)
        .await
        .unwrap();
    assert!(
        dump.iter().all(|a| !a.contains(secret)),
        "the secret is stored in clear"
    );
    let events: Vec<(String, String)> = sqlx::query_as(
        "SELECT e.actor, e.status FROM application_events e JOIN applications a ON a.id = e.application_id WHERE a.reference = $1",
    )
    .bind(reference)
    .fetch_all(&db)
    .await
    .unwrap();
    assert_eq!(
        events,
        vec![("applicant".to_owned(), "received".to_owned())]
    );
}

#[tokio::test]
async fn references_and_secrets_differ_between_applications() {
    let server = Server::start().await;
    let mut seen = std::collections::HashSet::new();
    for _ in 0..20 {
        let body = json(server.submit(&valid_application(), None).await).await;
        assert!(seen.insert(body["reference"].as_str().unwrap().to_owned()));
        assert!(seen.insert(body["secret"].as_str().unwrap().to_owned()));
    }
    assert_eq!(server.count("applications").await, 20);
}

#[tokio::test]
async fn a_cooperative_is_stored_as_case_by_case() {
    let server = Server::start().await;
    let mut body = valid_application();
    body["structure"]["kind"] = json!("cooperative");
    body["structure"]["cooperative_kind"] = json!("scic");
    body["structure"]["identifier"] = json!("732829320");
    let response = server.submit(&body, None).await;
    assert_eq!(response.status(), 201);
    assert_eq!(json(response).await["eligibility"], "case_by_case");
}

#[tokio::test]
async fn an_informal_collective_abroad_needs_no_identifier() {
    let server = Server::start().await;
    let mut body = valid_application();
    body["structure"]["kind"] = json!("informal_collective");
    body["structure"]["country"] = json!("BE");
    body["structure"]["postal_code"] = json!("1000");
    body["structure"]
        .as_object_mut()
        .unwrap()
        .remove("identifier");
    assert_eq!(server.submit(&body, None).await.status(), 201);
}

async fn refused(server: &Server, body: &Value) -> (String, Vec<(String, String)>) {
    let response = server.submit(body, None).await;
    assert_eq!(response.status(), 422);
    let body = json(response).await;
    (
        body["error"]["code"].as_str().unwrap().to_owned(),
        problems(&body),
    )
}

#[tokio::test]
async fn field_problems_are_all_reported_and_nothing_is_stored() {
    let server = Server::start().await;
    let mut body = valid_application();
    body["structure"]["name"] = json!("");
    body["contact"]["email"] = json!("camille@");
    body["structure"]["identifier"] = json!("732829321");
    body["structure"]["postal_code"] = json!("7501");
    body["structure"]["website"] = json!("jardins example");
    body["consents"]["terms"] = json!(false);
    body["motivation"] = json!("court");
    let (code, found) = refused(&server, &body).await;
    assert_eq!(code, "validation_failed");
    for expected in [
        ("structure.name", "required"),
        ("contact.email", "invalid_email"),
        ("structure.identifier", "invalid_siren"),
        ("structure.postal_code", "invalid_postal_code"),
        ("structure.website", "invalid_url"),
        ("consents.terms", "must_accept"),
        ("motivation", "too_short"),
    ] {
        assert!(
            found.contains(&(expected.0.to_owned(), expected.1.to_owned())),
            "{expected:?} not in {found:?}"
        );
    }
    assert_eq!(server.count("applications").await, 0);
}

#[tokio::test]
async fn length_problems_carry_their_limit() {
    let server = Server::start().await;
    let mut body = valid_application();
    body["structure"]["name"] = json!("x".repeat(500));
    let response = server.submit(&body, None).await;
    let body = json(response).await;
    let field = &body["error"]["fields"][0];
    assert_eq!(field["field"], "structure.name");
    assert_eq!(field["code"], "too_long");
    assert!(field["params"]["max"].as_u64().is_some());
}

#[tokio::test]
async fn identifiers_are_checked_and_normalised() {
    let server = Server::start().await;
    for (identifier, ok) in [
        ("732 829 320", true),
        ("732.829.320", true),
        ("73282932000074", true),
        ("73282932000079", false),
        ("W75151551", false),
        ("12AB", false),
    ] {
        let mut body = valid_application();
        body["structure"]["identifier"] = json!(identifier);
        let status = server.submit(&body, None).await.status();
        assert_eq!(status == 201, ok, "{identifier}: {status}");
    }
}

#[tokio::test]
async fn ineligible_applications_are_refused_with_every_reason() {
    let server = Server::start().await;
    let mut body = valid_application();
    body["structure"]["kind"] = json!("company");
    body["structure"]["identifier"] = json!("732829320");
    body["structure"]["french_speaking"] = json!(false);
    let (code, found) = refused(&server, &body).await;
    assert_eq!(code, "ineligible");
    for expected in [
        ("structure.kind", "refused_kind"),
        ("structure.french_speaking", "not_french_speaking"),
    ] {
        assert!(
            found.contains(&(expected.0.to_owned(), expected.1.to_owned())),
            "{expected:?} not in {found:?}"
        );
    }
    assert_eq!(server.count("applications").await, 0);
}

#[tokio::test]
async fn needs_beyond_a_space_are_a_problem_of_their_field_with_the_limit() {
    let server = Server::start().await;
    let mut body = valid_application();
    body["needs"]["accounts"] = json!(80);
    body["needs"]["storage_gb"] = json!(500);
    let response = server.submit(&body, None).await;
    assert_eq!(response.status(), 422);
    let answer = json(response).await;
    assert_eq!(answer["error"]["code"], "validation_failed");
    let fields = answer["error"]["fields"].as_array().unwrap();
    let problem = |field: &str| {
        fields
            .iter()
            .find(|p| p["field"] == field)
            .cloned()
            .unwrap()
    };
    assert_eq!(problem("needs.accounts")["code"], "too_many_accounts");
    assert_eq!(problem("needs.accounts")["params"]["max"], 50);
    assert_eq!(problem("needs.storage_gb")["code"], "too_much_storage");
    assert_eq!(problem("needs.storage_gb")["params"]["max"], 40);
    assert_eq!(server.count("applications").await, 0);
}

#[tokio::test]
async fn another_kind_is_examined_case_by_case_from_its_description() {
    let server = Server::start().await;
    let mut body = valid_application();
    body["structure"]["kind"] = json!("other");
    body["structure"]["identifier"] = Value::Null;
    let (code, found) = refused(&server, &body).await;
    assert_eq!(code, "validation_failed");
    assert!(found.contains(&(
        "structure.kind_description".to_owned(),
        "required".to_owned()
    )));
    body["structure"]["kind_description"] = json!("Un tiers-lieu associatif de quartier");
    let response = server.submit(&body, None).await;
    assert_eq!(response.status(), 201);
    assert_eq!(json(response).await["eligibility"], "case_by_case");
}

#[tokio::test]
async fn an_ineligible_structure_is_told_so_before_any_field_problem() {
    let server = Server::start().await;
    let mut body = valid_application();
    body["structure"]["kind"] = json!("school");
    body["contact"]["email"] = json!("not an address");
    let (code, found) = refused(&server, &body).await;
    assert_eq!(code, "ineligible");
    assert_eq!(
        found,
        vec![("structure.kind".to_owned(), "refused_kind".to_owned())]
    );
}

#[tokio::test]
async fn the_limits_come_from_the_configured_offer() {
    let server = Server::start_with_config(Some("[offer]\nmax_accounts = 10\n")).await;
    let (code, found) = refused(&server, &valid_application()).await;
    assert_eq!(code, "validation_failed");
    assert_eq!(
        found,
        vec![("needs.accounts".to_owned(), "too_many_accounts".to_owned())]
    );
}

async fn bad_request(server: &Server, body: &str, content_type: Option<&str>) -> (u16, Value) {
    let mut request = server
        .client()
        .post(format!("{}/api/applications", server.url))
        .body(body.to_owned());
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn malformed_bodies_get_a_clear_4xx_and_change_nothing() {
    let server = Server::start().await;
    let json_type = Some("application/json");

    let (status, body) = bad_request(&server, "{\"structure\":", json_type).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (400, Some("malformed_json"))
    );

    let mut extra = valid_application();
    extra["structure"]["colour"] = json!("green");
    let (status, body) = bad_request(&server, &extra.to_string(), json_type).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (400, Some("invalid_body"))
    );
    assert_eq!(
        problems(&body),
        vec![("structure.colour".to_owned(), "unknown_field".to_owned())]
    );

    let mut wrong_type = valid_application();
    wrong_type["needs"]["accounts"] = json!("twelve");
    let (status, body) = bad_request(&server, &wrong_type.to_string(), json_type).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (400, Some("invalid_body"))
    );
    assert_eq!(
        problems(&body),
        vec![("needs.accounts".to_owned(), "invalid_value".to_owned())]
    );

    let mut negative = valid_application();
    negative["needs"]["accounts"] = json!(-3);
    let (status, _) = bad_request(&server, &negative.to_string(), json_type).await;
    assert_eq!(status, 400);

    let (status, body) = bad_request(
        &server,
        &valid_application().to_string(),
        Some("text/plain"),
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (415, Some("unsupported_media_type"))
    );
    let (status, _) = bad_request(&server, &valid_application().to_string(), None).await;
    assert_eq!(status, 415);

    let mut huge = valid_application();
    huge["motivation"] = json!("a".repeat(200_000));
    let (status, body) = bad_request(&server, &huge.to_string(), json_type).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (413, Some("payload_too_large"))
    );

    let (status, _) = bad_request(&server, "[1, 2]", json_type).await;
    assert_eq!(status, 400);
    let (status, _) = bad_request(
        &server,
        &format!("{} trailing", valid_application()),
        json_type,
    )
    .await;
    assert_eq!(status, 400);

    assert_eq!(server.count("applications").await, 0);
}

#[tokio::test]
async fn invalid_utf8_is_a_malformed_body() {
    let server = Server::start().await;
    let mut bytes = valid_application().to_string().into_bytes();
    let at = bytes.windows(7).position(|w| w == b"Camille").unwrap();
    bytes[at] = 0xff;
    let response = server
        .client()
        .post(format!("{}/api/applications", server.url))
        .header("content-type", "application/json")
        .body(bytes)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(server.count("applications").await, 0);
}

#[tokio::test]
async fn a_repeated_submission_with_the_same_key_returns_the_first_answer() {
    let server = Server::start().await;
    let key = "3f1c2a8e-6b7d-4c1e-9a2b-5d6e7f8a9b0c";
    let first = server.submit(&valid_application(), Some(key)).await;
    assert_eq!(first.status(), 201);
    let first = json(first).await;
    let again = server.submit(&valid_application(), Some(key)).await;
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(json(again).await, first);
    assert_eq!(server.count("applications").await, 1);
    // The replay record does not reveal the secret.
    let db = server.db().await;
    let sealed: Vec<u8> = sqlx::query_scalar("SELECT response FROM idempotency")
        .fetch_one(&db)
        .await
        .unwrap();
    let secret = first["secret"].as_str().unwrap().as_bytes();
    assert!(!sealed.windows(secret.len()).any(|w| w == secret));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_submissions_with_one_key_create_one_application() {
    let server = Server::start().await;
    let url = format!("{}/api/applications", server.url);
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let url = url.clone();
            tokio::spawn(async move {
                let response = reqwest::Client::new()
                    .post(url)
                    .header("Idempotency-Key", "double-click-0123456789")
                    .json(&valid_application())
                    .send()
                    .await
                    .unwrap();
                assert_eq!(response.status(), 201);
                json(response).await["reference"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
        })
        .collect();
    let mut references = std::collections::HashSet::new();
    for task in tasks {
        references.insert(task.await.unwrap());
    }
    assert_eq!(references.len(), 1);
    assert_eq!(server.count("applications").await, 1);
}

#[tokio::test]
async fn the_same_key_with_other_answers_is_a_conflict() {
    let server = Server::start().await;
    let key = "3f1c2a8e-6b7d-4c1e-9a2b-000000000001";
    assert_eq!(
        server
            .submit(&valid_application(), Some(key))
            .await
            .status(),
        201
    );
    let mut other = valid_application();
    other["structure"]["name"] = json!("Une autre association");
    let response = server.submit(&other, Some(key)).await;
    assert_eq!(response.status(), 409);
    assert_eq!(
        json(response).await["error"]["code"],
        "idempotency_conflict"
    );
    assert_eq!(server.count("applications").await, 1);
}

#[tokio::test]
async fn a_malformed_idempotency_key_is_refused() {
    let server = Server::start().await;
    for key in ["short", "with spaces in the key value", &"k".repeat(300)] {
        let response = server.submit(&valid_application(), Some(key)).await;
        assert_eq!(response.status(), 400, "{key}");
        let body = json(response).await;
        assert_eq!(body["error"]["code"], "invalid_header");
    }
    assert_eq!(server.count("applications").await, 0);
}

#[tokio::test]
async fn new_requests_are_rate_limited_per_client_but_corrections_are_not() {
    let server = Server::start_with_config(Some(
        "[limits]\nsubmission_burst = 2\nsubmissions_per_minute = 1\n",
    ))
    .await;
    // Answers refused for a problem do not count…
    let mut invalid = valid_application();
    invalid["contact"]["email"] = json!("not an address");
    for _ in 0..5 {
        assert_eq!(server.submit(&invalid, None).await.status(), 422);
    }
    // …nor does the replay of the same draft.
    assert_eq!(
        server
            .submit(&valid_application(), Some("draft-key-0123456789"))
            .await
            .status(),
        201
    );
    assert_eq!(
        server
            .submit(&valid_application(), Some("draft-key-0123456789"))
            .await
            .status(),
        201
    );
    assert_eq!(
        server.submit(&valid_application(), None).await.status(),
        201
    );
    let response = server.submit(&valid_application(), None).await;
    assert_eq!(response.status(), 429);
    let wait: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    assert_eq!(json(response).await["error"]["code"], "rate_limited");
    assert_eq!(server.count("applications").await, 2);
}

#[tokio::test]
async fn idempotency_keys_are_forgotten_after_a_day() {
    let server = Server::start().await;
    let db = server.db().await;
    sqlx::query("INSERT INTO idempotency (key_hash, request_hash, response, created_at) VALUES ($1, $1, $1, '2026-01-01T00:00:00Z')")
        .bind(vec![0u8])
        .execute(&db)
        .await
        .unwrap();
    db.close().await;
    assert_eq!(
        server
            .submit(&valid_application(), Some("fresh-key-0123456789"))
            .await
            .status(),
        201
    );
    assert_eq!(server.count("idempotency").await, 1);
}

/// Every hostile body tried: each gets a 4xx with the documented error shape,
/// never a 500, and nothing is stored.
#[tokio::test]
async fn hostile_inputs_get_the_error_shape_and_change_nothing() {
    let server = Server::start().await;
    let json_type = Some("application/json");
    let with = |path: &[&str], value: Value| {
        let mut body = valid_application();
        let mut at = &mut body;
        for key in &path[..path.len() - 1] {
            at = &mut at[*key];
        }
        at[path[path.len() - 1]] = value;
        body.to_string()
    };
    let deep = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
    let deep_object = format!(
        "{{\"structure\":{}1{}}}",
        "{\"a\":".repeat(3_000),
        "}".repeat(3_000)
    );
    let cases: Vec<(&str, String, u16)> = vec![
        ("empty body", String::new(), 400),
        ("null", "null".into(), 400),
        ("a string", "\"hello\"".into(), 400),
        ("nesting 5 000 deep", deep, 400),
        ("objects 3 000 deep", deep_object, 400),
        (
            "accounts beyond u32",
            with(&["needs", "accounts"], json!(99_999_999_999u64)),
            400,
        ),
        (
            "accounts as a float",
            with(&["needs", "accounts"], json!(12.5)),
            400,
        ),
        (
            "accounts 1e30",
            with(&["needs", "accounts"], json!(1e30)),
            400,
        ),
        (
            "storage negative",
            with(&["needs", "storage_gb"], json!(-1)),
            400,
        ),
        ("accounts zero", with(&["needs", "accounts"], json!(0)), 422),
        (
            "absurd storage",
            with(&["needs", "storage_gb"], json!(4_000_000_000u32)),
            422,
        ),
        (
            "unknown kind",
            with(&["structure", "kind"], json!("spaceship")),
            400,
        ),
        (
            "unknown app",
            with(&["needs", "apps"], json!(["email"])),
            400,
        ),
        (
            "apps not a list",
            with(&["needs", "apps"], json!("files")),
            400,
        ),
        (
            "name with a NUL",
            with(&["structure", "name"], json!("Les\u{0}Jardins")),
            422,
        ),
        (
            "name with a bidi override",
            with(&["structure", "name"], json!("Les\u{202e}Jardins")),
            422,
        ),
        (
            "name of 100 000 characters",
            with(&["structure", "name"], json!("n".repeat(100_000))),
            413,
        ),
        (
            "name of 5 000 characters",
            with(&["structure", "name"], json!("n".repeat(5_000))),
            422,
        ),
        (
            "RNA with letters",
            with(&["structure", "identifier"], json!("W12345678A")),
            422,
        ),
        (
            "SIRET with letters",
            with(&["structure", "identifier"], json!("7320829540001A")),
            422,
        ),
        (
            "e-mail without domain",
            with(&["contact", "email"], json!("camille@")),
            422,
        ),
        (
            "e-mail with a new line",
            with(
                &["contact", "email"],
                json!("camille@example.org\nBcc: x@y.z"),
            ),
            422,
        ),
        (
            "country of three letters",
            with(&["structure", "country"], json!("FRA")),
            422,
        ),
        (
            "postal code with letters in France",
            with(&["structure", "postal_code"], json!("75O11")),
            422,
        ),
        ("locale unknown", with(&["locale"], json!("de")), 400),
        (
            "consent not a boolean",
            with(&["consents", "terms"], json!("yes")),
            400,
        ),
        (
            "duplicate key",
            valid_application()
                .to_string()
                .replacen("{", "{\"locale\":\"fr\",", 1),
            400,
        ),
    ];
    for (what, body, expected) in cases {
        let (status, answer) = bad_request(&server, &body, json_type).await;
        assert_eq!(status, expected, "{what}: {answer}");
        assert!(answer["error"]["code"].is_string(), "{what}: {answer}");
        if let Some(fields) = answer["error"].get("fields") {
            assert!(
                fields.as_array().is_some_and(|f| f
                    .iter()
                    .all(|p| p["field"].is_string() && p["code"].is_string())),
                "{what}: {answer}"
            );
        }
    }
    assert_eq!(server.count("applications").await, 0);
    // The status and withdrawal routes alike.
    for path in ["/api/applications/status", "/api/applications/withdraw"] {
        for body in [
            "",
            "{}",
            "{\"reference\":1,\"secret\":2}",
            "{\"reference\":\"FS-\",\"secret\":\"\",\"x\":1}",
        ] {
            let response = server
                .client()
                .post(format!("{}{path}", server.url))
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 400, "{path} {body}");
        }
    }
}

#[tokio::test]
async fn the_wizard_s_hidden_field_and_a_too_quick_fill_are_refused() {
    let server = Server::start().await;
    let send = |headers: Vec<(&'static str, &'static str)>| {
        let mut request = server
            .client()
            .post(format!("{}/api/applications", server.url))
            .json(&valid_application());
        for (name, value) in headers {
            request = request.header(name, value);
        }
        request.send()
    };
    for headers in [
        vec![("x-form-trap", "+33 1 23 45 67 89")],
        vec![("x-form-seconds", "3.5")],
        vec![("x-form-seconds", "-1")],
        vec![("x-form-trap", "x"), ("x-form-seconds", "600")],
    ] {
        let response = send(headers.clone()).await.unwrap();
        assert_eq!(response.status(), 422, "{headers:?}");
        assert_eq!(json(response).await["error"]["code"], "looks_automated");
    }
    assert_eq!(server.count("applications").await, 0);
    // A person's pace, an empty trap, or another client of the API: accepted.
    for headers in [
        vec![("x-form-trap", ""), ("x-form-seconds", "184")],
        vec![("x-form-seconds", "10")],
        vec![],
    ] {
        assert_eq!(
            send(headers.clone()).await.unwrap().status(),
            201,
            "{headers:?}"
        );
    }
}

#[tokio::test]
async fn a_french_number_is_kept_in_its_one_written_form() {
    let server = Server::start().await;
    let mut body = valid_application();
    body["structure"]["identifier"] = json!("w 751 515 517");
    let response = server.submit(&body, None).await;
    assert_eq!(response.status(), 201);
    let db = server.db().await;
    let answers: String = sqlx::query_scalar("SELECT answers FROM applications")
        .fetch_one(&db)
        .await
        .unwrap();
    let answers: Value = serde_json::from_str(&answers).unwrap();
    assert_eq!(answers["structure"]["identifier"], "W751515517");
}
