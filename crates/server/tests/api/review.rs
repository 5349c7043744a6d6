//! The reviewers' API: authorisation, the queue, decisions phase by phase with
//! their capacity (also under concurrent accepts), notes, bulk, CSV, and what
//! the applicant sees of it.

use crate::support::{
    Server, applicant_status, csv_cells, get, json, open_phase, post, reviewer, revoke, submit,
};
use serde_json::{Value, json};

#[tokio::test]
async fn every_review_route_needs_an_active_token() {
    // Room for the failed attempts this test makes on purpose.
    let server = Server::start_with_config(Some("[limits]\nsign_in_burst = 100\n")).await;
    let token = reviewer(&server, "Alice").await;
    let (reference, _) = submit(&server, |_| {}).await;
    let routes = [
        "/api/review/session".to_owned(),
        "/api/review/applications".to_owned(),
        format!("/api/review/applications/{reference}"),
        "/api/review/phases".to_owned(),
        "/api/review/export.csv".to_owned(),
    ];
    for route in &routes {
        let response = server.get(route).await;
        assert_eq!(response.status(), 401, "{route} without a token");
        assert_eq!(response.headers()["www-authenticate"], "Bearer");
        assert_eq!(json(response).await["error"]["code"], "unauthorized");
        assert_eq!(
            get(&server, "fsr_wrong", route).await.status(),
            401,
            "{route} with a wrong token"
        );
        assert_eq!(
            get(&server, &token, route).await.status(),
            200,
            "{route} with the token"
        );
    }
    let decision = json!({ "decision": "review" });
    let response = server
        .post_json(
            &format!("/api/review/applications/{reference}/decision"),
            &decision,
        )
        .await;
    assert_eq!(response.status(), 401);
    assert_eq!(
        json(get(&server, &token, "/api/review/session").await).await["reviewer"],
        "Alice"
    );
    // (The last coordinator keeps their token: another one first.)
    reviewer(&server, "Bob").await;
    revoke(&server, "Alice");
    assert_eq!(
        get(&server, &token, "/api/review/session").await.status(),
        401,
        "revoked token"
    );
}

#[tokio::test]
async fn failed_sign_ins_are_rate_limited() {
    let server = Server::start_with_config(Some(
        "[limits]\nsign_in_burst = 2\nsign_ins_per_minute = 1\n",
    ))
    .await;
    for _ in 0..2 {
        assert_eq!(
            get(&server, "fsr_guess", "/api/review/session")
                .await
                .status(),
            401
        );
    }
    let response = get(&server, "fsr_guess", "/api/review/session").await;
    assert_eq!(response.status(), 429);
    assert!(response.headers().contains_key("retry-after"));
    // A reviewer behind the same address, with a valid token, still gets in:
    // only failures count.
    let token = reviewer(&server, "Alice").await;
    let response = get(&server, &token, "/api/review/session").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        get(&server, "fsr_guess", "/api/review/session")
            .await
            .status(),
        429
    );
}

#[tokio::test]
async fn the_queue_filters_searches_and_paginates_on_the_server() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    submit(&server, |_| {}).await;
    submit(&server, |b| {
        b["structure"]["kind"] = json!("club");
        b["structure"]["name"] = json!("Club de pétanque de Namur");
        b["structure"]["country"] = json!("BE");
        b["structure"]["postal_code"] = json!("5000");
        b["structure"].as_object_mut().unwrap().remove("identifier");
    })
    .await;
    submit(&server, |b| {
        b["structure"]["kind"] = json!("cooperative");
        b["structure"]["cooperative_kind"] = json!("scop");
        b["structure"]["identifier"] = json!("732829320");
        b["structure"]["name"] = json!("Coopérative Le Fournil");
        b["structure"]["purpose"] =
            json!("Fabriquer du pain au levain et le vendre en circuit court.");
    })
    .await;
    let page = |query: &'static str| {
        let server = &server;
        let token = token.clone();
        async move { json(get(server, &token, &format!("/api/review/applications{query}")).await).await }
    };
    assert_eq!(page("").await["total"], 3);
    assert_eq!(page("?kind=club").await["items"][0]["country"], "BE");
    assert_eq!(page("?country=be").await["total"], 1);
    assert_eq!(
        page("?eligibility=case_by_case").await["items"][0]["kind"],
        "cooperative"
    );
    assert_eq!(
        page("?q=levain").await["total"],
        1,
        "the purpose is searched"
    );
    assert_eq!(
        page("?q=P%C3%A9TANQUE").await["total"],
        1,
        "the name is searched, case aside"
    );
    assert_eq!(page("?status=received").await["total"], 3);
    assert_eq!(page("?status=accepted").await["total"], 0);
    let today = time::OffsetDateTime::now_utc().date().to_string();
    assert_eq!(
        page(Box::leak(
            format!("?from={today}&to={today}").into_boxed_str()
        ))
        .await["total"],
        3
    );
    assert_eq!(page("?to=2020-01-01").await["total"], 0);
    let first = page("?per_page=2").await;
    assert_eq!(
        (
            first["total"].as_u64(),
            first["items"].as_array().unwrap().len()
        ),
        (Some(3), 2)
    );
    let second = page("?per_page=2&page=2").await;
    assert_eq!(second["items"].as_array().unwrap().len(), 1);
    assert_eq!(
        get(&server, &token, "/api/review/applications?colour=red")
            .await
            .status(),
        400
    );
    assert_eq!(
        get(&server, &token, "/api/review/applications?status=lost")
            .await
            .status(),
        400
    );
    assert_eq!(
        get(&server, &token, "/api/review/applications?from=yesterday")
            .await
            .status(),
        422
    );
}

#[tokio::test]
async fn a_decision_is_recorded_with_its_reviewer_and_seen_by_the_applicant() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (reference, secret) = submit(&server, |_| {}).await;
    let path = format!("/api/review/applications/{reference}/decision");

    let response = post(
        &server,
        &token,
        &path,
        &json!({ "decision": "accept", "phase": 1 }),
    )
    .await;
    assert_eq!(response.status(), 409);
    assert_eq!(json(response).await["error"]["code"], "phase_closed");
    let response = post(
        &server,
        &token,
        &path,
        &json!({ "decision": "accept", "phase": 42 }),
    )
    .await;
    assert_eq!(response.status(), 422);

    open_phase(&server, &token, 1).await;
    let response = post(
        &server,
        &token,
        &path,
        &json!({ "decision": "accept", "phase": 1, "message": "Bienvenue !" }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let detail = json(response).await;
    assert_eq!(detail["item"]["status"], "accepted");
    assert_eq!(detail["item"]["phase"], 1);
    assert_eq!(detail["answers"]["contact"]["email"], "camille@example.org");
    let last = detail["history"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        (last["actor"].as_str(), last["status"].as_str()),
        (Some("Alice"), Some("accepted"))
    );

    let status = applicant_status(&server, &reference, &secret).await;
    assert_eq!(status["status"], "accepted");
    assert_eq!(status["phase"], 1);
    let last = status["history"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["message"], "Bienvenue !");
    assert!(
        last.get("actor").is_none(),
        "the applicant does not see reviewers' names"
    );

    // The public progress reads the same counts.
    let offer = json(server.get("/api/offer").await).await;
    assert_eq!(offer["phases"][0]["accepted"], 1);
    assert_eq!(offer["accepted_total"], 1);

    // Back to review, then refused with a reason the applicant reads.
    assert_eq!(
        post(&server, &token, &path, &json!({ "decision": "review" }))
            .await
            .status(),
        200
    );
    let response = post(&server, &token, &path, &json!({ "decision": "refuse", "reason": "duplicate", "message": "Déjà demandé sous FS-2222-2222." })).await;
    assert_eq!(response.status(), 200);
    let status = applicant_status(&server, &reference, &secret).await;
    assert_eq!(status["status"], "refused");
    assert_eq!(
        status["history"].as_array().unwrap().last().unwrap()["reason"],
        "duplicate"
    );
    // A refusal goes back to review before anything else.
    let response = post(
        &server,
        &token,
        &path,
        &json!({ "decision": "accept", "phase": 1 }),
    )
    .await;
    assert_eq!(json(response).await["error"]["code"], "invalid_transition");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_accepts_never_overfill_a_phase() {
    let server = Server::start_with_config(Some(
        "[[offer.phases]]\nnumber = 1\nname = \"pilot\"\nperiod_start = \"2026-01\"\nperiod_end = \"2026-12\"\ntarget = 3\n",
    ))
    .await;
    let alice = reviewer(&server, "Alice").await;
    let bob = reviewer(&server, "Bob").await;
    open_phase(&server, &alice, 1).await;
    let mut references = Vec::new();
    for _ in 0..10 {
        references.push(submit(&server, |_| {}).await.0);
    }
    let tasks: Vec<_> = references
        .iter()
        .enumerate()
        .map(|(i, reference)| {
            let url = format!(
                "{}/api/review/applications/{reference}/decision",
                server.url
            );
            let token = if i % 2 == 0 {
                alice.clone()
            } else {
                bob.clone()
            };
            tokio::spawn(async move {
                let response = reqwest::Client::new()
                    .post(url)
                    .bearer_auth(token)
                    .json(&json!({ "decision": "accept", "phase": 1 }))
                    .send()
                    .await
                    .unwrap();
                let status = response.status().as_u16();
                let body: Value = response.json().await.unwrap();
                (status, body["error"]["code"].as_str().map(str::to_owned))
            })
        })
        .collect();
    let mut accepted = 0;
    for task in tasks {
        match task.await.unwrap() {
            (200, _) => accepted += 1,
            (409, Some(code)) => assert_eq!(code, "phase_full"),
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(accepted, 3);
    let phases = json(get(&server, &alice, "/api/review/phases").await).await;
    assert_eq!(
        (
            phases[0]["accepted"].as_u64(),
            phases[0]["remaining"].as_u64()
        ),
        (Some(3), Some(0))
    );
    let db = server.db().await;
    let stored: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM applications WHERE status = 'accepted' AND phase = 1",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(stored, 3);
}

#[tokio::test]
async fn notes_stay_private_and_bulk_decisions_report_each_request() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (first, secret) = submit(&server, |_| {}).await;
    let (second, _) = submit(&server, |_| {}).await;
    let response = post(
        &server,
        &token,
        &format!("/api/review/applications/{first}/notes"),
        &json!({ "body": "Appeler la trésorière." }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let detail = json(response).await;
    assert_eq!(detail["notes"][0]["reviewer"], "Alice");
    assert_eq!(detail["notes"][0]["body"], "Appeler la trésorière.");
    let empty = post(
        &server,
        &token,
        &format!("/api/review/applications/{first}/notes"),
        &json!({ "body": "  " }),
    )
    .await;
    assert_eq!(empty.status(), 422);
    let status = server
        .post_json(
            "/api/applications/status",
            &json!({ "reference": first, "secret": secret }),
        )
        .await;
    assert!(!status.text().await.unwrap().contains("trésorière"));

    let outcomes = json(
        post(
            &server,
            &token,
            "/api/review/bulk",
            &json!({
                "references": [first, second, "FS-2222-2222"],
                "decision": { "decision": "waitlist", "phase": 2 }
            }),
        )
        .await,
    )
    .await;
    assert_eq!(outcomes[0]["error"], Value::Null);
    assert_eq!(outcomes[1]["error"], Value::Null);
    assert_eq!(outcomes[2]["error"], "not_found");
    let page = json(
        get(
            &server,
            &token,
            "/api/review/applications?status=waitlisted",
        )
        .await,
    )
    .await;
    assert_eq!(page["total"], 2);
}

#[tokio::test]
async fn the_csv_export_follows_the_filters_and_defuses_formulas() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    submit(&server, |b| {
        b["structure"]["name"] = json!("=HYPERLINK(\"http://x\")")
    })
    .await;
    submit(&server, |b| {
        b["structure"]["kind"] = json!("club");
        b["structure"]["name"] = json!("Club, avec virgule");
        b["structure"]["identifier"] = json!("732829320");
    })
    .await;
    submit(&server, |b| {
        b["structure"]["name"] = json!("ACME,=1+1;@SUM(A1)");
        b["structure"]["identifier"] = json!("W751515518");
    })
    .await;
    let response = get(&server, &token, "/api/review/export.csv").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let csv = response.text().await.unwrap();
    // As LibreOffice and French Excel open it: a byte-order mark, `;`,
    // headers and values in French.
    assert!(csv.starts_with('\u{feff}'), "{csv}");
    let rows = csv_cells(&csv, b';');
    assert_eq!(
        rows[0].join(";"),
        "Référence;Reçue le;État;Verdict;Forme;Pays;Structure;Comptes;Stockage (Go);Phase;Pris en charge par"
    );
    assert_eq!(rows.len(), 4);
    let row_of = |name: &str| rows.iter().find(|row| row[6] == name).unwrap().clone();
    let first = row_of("'=HYPERLINK(\"http://x\")");
    assert_eq!(first[2..6].join(";"), "Reçue;Éligible;Association;FR");
    assert!(!csv.contains("received"), "{csv}");
    row_of("Club, avec virgule");
    row_of("ACME,'=1+1;'@SUM(A1)");
    // Every cell quoted, and no formula however a spreadsheet splits it.
    for line in csv.trim_start_matches('\u{feff}').lines() {
        assert!(line.starts_with('"') && line.ends_with('"'), "{line}");
    }
    for delimiter in [b',', b';', b'\t'] {
        for cell in csv_cells(&csv, delimiter).concat() {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
        }
    }
    assert!(
        !csv.contains("camille@example.org"),
        "no contact details in exports"
    );
    let clubs = get(&server, &token, "/api/review/export.csv?kind=club")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(clubs.lines().count(), 2);
    // In English, with commas.
    let english = get(&server, &token, "/api/review/export.csv?kind=club&lang=en")
        .await
        .text()
        .await
        .unwrap();
    let rows = csv_cells(&english, b',');
    assert_eq!(rows[1][4..7].join("|"), "Club|FR|Club, avec virgule");
    // And as an OpenDocument spreadsheet.
    let ods = get(&server, &token, "/api/review/export.ods").await;
    assert_eq!(ods.status(), 200);
    assert_eq!(
        ods.headers()["content-type"],
        "application/vnd.oasis.opendocument.spreadsheet"
    );
    let bytes = ods.bytes().await.unwrap();
    assert_eq!(&bytes[..2], b"PK");
}

#[tokio::test]
async fn a_withdrawn_request_shows_no_personal_data_to_reviewers() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (reference, secret) = submit(&server, |_| {}).await;
    let withdrawn = server
        .post_json(
            "/api/applications/withdraw",
            &json!({ "reference": reference, "secret": secret }),
        )
        .await;
    assert_eq!(withdrawn.status(), 200);
    let detail = json(
        get(
            &server,
            &token,
            &format!("/api/review/applications/{reference}"),
        )
        .await,
    )
    .await;
    assert_eq!(detail["answers"], Value::Null);
    assert_eq!(detail["item"]["structure_name"], Value::Null);
    assert_eq!(detail["item"]["status"], "withdrawn");
    let response = post(
        &server,
        &token,
        &format!("/api/review/applications/{reference}/decision"),
        &json!({ "decision": "review" }),
    )
    .await;
    assert_eq!(json(response).await["error"]["code"], "invalid_transition");
}

#[tokio::test]
async fn refused_requests_lose_their_personal_data_a_year_after_the_decision() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (old, old_secret) = submit(&server, |_| {}).await;
    let (recent, _) = submit(&server, |_| {}).await;
    for reference in [&old, &recent] {
        let notes = format!("/api/review/applications/{reference}/notes");
        let note = json!({ "body": "La trésorière, Camille, a rappelé." });
        assert_eq!(post(&server, &token, &notes, &note).await.status(), 200);
        let decision = format!("/api/review/applications/{reference}/decision");
        let refuse = json!({ "decision": "refuse", "reason": "duplicate", "message": "Camille, votre demande existe déjà." });
        assert_eq!(
            post(&server, &token, &decision, &refuse).await.status(),
            200
        );
    }
    // One refusal dates from 400 days ago.
    let db = server.db().await;
    sqlx::query("UPDATE applications SET updated_at = '2025-01-01T00:00:00Z' WHERE reference = $1")
        .bind(&old)
        .execute(&db)
        .await
        .unwrap();

    let output = crate::support::cli_ok(&server.database, &["purge"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("of 1 request(s) past retention"));

    let row = |reference: String| {
        let db = db.clone();
        async move {
            sqlx::query_as::<_, (Option<String>, Option<String>, Option<String>, String, String)>(
                "SELECT answers, structure_name, search, status, kind FROM applications WHERE reference = $1",
            )
            .bind(reference)
            .fetch_one(&db)
            .await
            .unwrap()
        }
    };
    let (answers, name, search, status, kind) = row(old.clone()).await;
    assert_eq!((answers, name, search), (None, None, None));
    assert_eq!((status.as_str(), kind.as_str()), ("refused", "association"));
    let (answers, name, search, _, _) = row(recent.clone()).await;
    assert!(answers.is_some() && name.is_some() && search.is_some());

    // Notes and messages, which may name people, went with them.
    let detail = json(get(&server, &token, &format!("/api/review/applications/{old}")).await).await;
    assert_eq!(detail["notes"], json!([]));
    let detail = json(
        get(
            &server,
            &token,
            &format!("/api/review/applications/{recent}"),
        )
        .await,
    )
    .await;
    assert_eq!(detail["notes"].as_array().unwrap().len(), 1);
    let status = applicant_status(&server, &old, &old_secret).await;
    assert_eq!(status["erased"], true);
    let last = status["history"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        (last["reason"].as_str(), last.get("message")),
        (Some("duplicate"), None)
    );
    assert!(!status.to_string().contains("Camille"));
}

#[tokio::test]
async fn nothing_more_is_written_about_an_erased_request() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (reference, secret) = submit(&server, |_| {}).await;
    let notes = format!("/api/review/applications/{reference}/notes");
    let note = json!({ "body": "Appeler la trésorière." });
    assert_eq!(post(&server, &token, &notes, &note).await.status(), 200);
    let withdraw = json!({ "reference": reference, "secret": secret });
    let response = server
        .post_json("/api/applications/withdraw", &withdraw)
        .await;
    assert_eq!(response.status(), 200);
    let response = post(&server, &token, &notes, &note).await;
    assert_eq!(response.status(), 409);
    assert_eq!(json(response).await["error"]["code"], "request_erased");
    assert_eq!(server.count("application_notes").await, 0);
}

#[tokio::test]
async fn a_message_to_the_applicant_refuses_hidden_characters() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (reference, _) = submit(&server, |_| {}).await;
    let decision = format!("/api/review/applications/{reference}/decision");
    for hidden in ["\u{202e}", "\u{2066}", "\u{200b}", "\u{1b}"] {
        let message = format!("Votre demande {hidden}est refusée.");
        let refuse = json!({ "decision": "refuse", "reason": "duplicate", "message": message });
        let response = post(&server, &token, &decision, &refuse).await;
        assert_eq!(response.status(), 422, "{hidden:?}");
        assert_eq!(
            crate::support::problems(&json(response).await),
            vec![("message".to_owned(), "control_characters".to_owned())]
        );
    }
    let detail = json(
        get(
            &server,
            &token,
            &format!("/api/review/applications/{reference}"),
        )
        .await,
    )
    .await;
    assert_eq!(detail["item"]["status"], "received");
}

#[tokio::test]
async fn every_status_keeps_personal_data_only_as_long_as_configured() {
    let config = "[retention]\nrefused_days = 5\nwaitlisted_days = 10\naccepted_days = 20\nundecided_days = 30\n";
    let server = Server::start_with_config(Some(config)).await;
    let token = reviewer(&server, "Alice").await;
    open_phase(&server, &token, 1).await;
    let decide = |reference: String, decision: Value| {
        let path = format!("/api/review/applications/{reference}/decision");
        let (server, token) = (&server, &token);
        async move { assert_eq!(post(server, token, &path, &decision).await.status(), 200) }
    };
    // (status, days since the last change, erased by the purge)
    let cases = [
        ("refused", 6, true),
        ("refused", 4, false),
        ("waitlisted", 11, true),
        ("waitlisted", 9, false),
        ("accepted", 21, true),
        ("accepted", 19, false),
        ("received", 31, true),
        ("received", 29, false),
    ];
    let db = server.db().await;
    let mut references = Vec::new();
    for (status, days, _) in cases {
        let (reference, _) = submit(&server, |_| {}).await;
        match status {
            "refused" => {
                decide(
                    reference.clone(),
                    json!({ "decision": "refuse", "reason": "duplicate" }),
                )
                .await
            }
            "waitlisted" => {
                decide(
                    reference.clone(),
                    json!({ "decision": "waitlist", "phase": 2 }),
                )
                .await
            }
            "accepted" => {
                decide(
                    reference.clone(),
                    json!({ "decision": "accept", "phase": 1 }),
                )
                .await
            }
            _ => {}
        }
        let then = time::OffsetDateTime::now_utc() - time::Duration::days(days);
        let then = then
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
        sqlx::query("UPDATE applications SET updated_at = $1 WHERE reference = $2")
            .bind(then)
            .bind(&reference)
            .execute(&db)
            .await
            .unwrap();
        references.push(reference);
    }
    let mut purge = std::process::Command::new(env!("CARGO_BIN_EXE_portal-server"));
    purge.arg("--database").arg(&server.database);
    let config_path = std::env::temp_dir().join(format!("retention-{}.toml", std::process::id()));
    std::fs::write(&config_path, config).unwrap();
    let output = purge
        .arg("--config")
        .arg(&config_path)
        .arg("purge")
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&config_path);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("of 4 request(s)"));
    for ((status, days, erased), reference) in cases.iter().zip(&references) {
        let name: Option<String> =
            sqlx::query_scalar("SELECT structure_name FROM applications WHERE reference = $1")
                .bind(reference)
                .fetch_one(&db)
                .await
                .unwrap();
        assert_eq!(name.is_none(), *erased, "{status} {days} days ago");
    }
}

#[tokio::test]
async fn a_refused_applicant_can_erase_the_request_at_once() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (reference, secret) = submit(&server, |_| {}).await;
    let path = format!("/api/review/applications/{reference}/decision");
    let refuse = json!({ "decision": "refuse", "reason": "duplicate", "message": "Déjà demandé." });
    assert_eq!(post(&server, &token, &path, &refuse).await.status(), 200);
    let response = server
        .post_json(
            "/api/applications/withdraw",
            &json!({ "reference": reference, "secret": secret }),
        )
        .await;
    assert_eq!(response.status(), 200);
    let status = json(response).await;
    assert_eq!(
        (status["status"].as_str(), status["erased"].as_bool()),
        (Some("withdrawn"), Some(true))
    );
}

#[tokio::test]
async fn the_same_decision_twice_changes_nothing_and_a_corrected_refusal_keeps_both() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (reference, secret) = submit(&server, |_| {}).await;
    let path = format!("/api/review/applications/{reference}/decision");
    let history = |body: Value| body["history"].as_array().unwrap().len();
    let refuse = json!({ "decision": "refuse", "reason": "duplicate", "message": "Déjà demandé." });
    let first = history(json(post(&server, &token, &path, &refuse).await).await);
    // Again: nothing is recorded.
    let again = history(json(post(&server, &token, &path, &refuse).await).await);
    assert_eq!(again, first);
    // Corrected: both versions stay in the history the applicant reads.
    let corrected = json!({ "decision": "refuse", "reason": "incomplete_or_unclear", "message": "Précisez l’objet de l’association." });
    let after = history(json(post(&server, &token, &path, &corrected).await).await);
    assert_eq!(after, first + 1);
    let status = applicant_status(&server, &reference, &secret).await;
    let reasons: Vec<&str> = status["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["reason"].as_str())
        .collect();
    assert_eq!(reasons, vec!["duplicate", "incomplete_or_unclear"]);
    // A wait-list names its phase.
    let response = post(&server, &token, &path, &json!({ "decision": "waitlist" })).await;
    assert_eq!(response.status(), 400);
}

#[tokio::test]
async fn a_bulk_decision_tells_applied_unchanged_and_failed_apart() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (fresh, _) = submit(&server, |_| {}).await;
    let (already, _) = submit(&server, |_| {}).await;
    let path = format!("/api/review/applications/{already}/decision");
    let refuse = json!({ "decision": "refuse", "reason": "duplicate" });
    assert_eq!(post(&server, &token, &path, &refuse).await.status(), 200);
    let response = post(
        &server,
        &token,
        "/api/review/bulk",
        &json!({ "references": [fresh, already, "FS-2222-2222"], "decision": refuse }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let outcomes = json(response).await;
    let results: Vec<(&str, &str)> = outcomes
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["result"].as_str().unwrap(),
                o["error"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        results,
        vec![("applied", ""), ("unchanged", ""), ("failed", "not_found")]
    );
}
