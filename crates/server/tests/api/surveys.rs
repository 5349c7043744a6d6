//! Feedback surveys through the API: definitions, invitations on the status
//! page, answer validation (types, required, conditions, closed survey,
//! reused invitation), anonymity and results.

use crate::support::{Server, applicant_status, get, json, open_phase, post, reviewer, submit};
use serde_json::{Value, json};

/// The end-of-phase survey the server ships.
fn default_survey() -> Value {
    serde_json::from_str(include_str!("../../surveys/end-of-phase.json")).unwrap()
}

fn complete() -> Value {
    json!({ "getting_started": 4, "apps_used": ["files", "deck"], "recommend": 9, "comments": "Merci pour l’espace." })
}

struct Setup {
    server: Server,
    token: String,
    /// (reference, status secret) of requests accepted into phase 1.
    accepted: Vec<(String, String)>,
}

/// A server with `count` requests accepted into phase 1.
async fn setup(count: usize) -> Setup {
    // Many lookups from one client in a test: a looser limit than the default.
    let server = Server::start_with_config(Some("[limits]\nlookup_burst = 1000\n")).await;
    let token = reviewer(&server, "Alex").await;
    open_phase(&server, &token, 1).await;
    let mut accepted = Vec::new();
    for _ in 0..count {
        let (reference, secret) = submit(&server, |_| {}).await;
        let response = post(
            &server,
            &token,
            &format!("/api/review/applications/{reference}/decision"),
            &json!({ "decision": "accept", "phase": 1 }),
        )
        .await;
        assert_eq!(response.status(), 200);
        accepted.push((reference, secret));
    }
    Setup {
        server,
        token,
        accepted,
    }
}

impl Setup {
    async fn create(&self, definition: Value) -> i64 {
        let response = post(
            &self.server,
            &self.token,
            "/api/review/surveys",
            &json!({ "definition": definition, "phases": [1] }),
        )
        .await;
        assert_eq!(response.status(), 201);
        let body = json(response).await;
        assert_eq!(body["summary"]["state"], "draft");
        body["summary"]["id"].as_i64().unwrap()
    }

    async fn set_state(&self, id: i64, state: &str) -> reqwest::Response {
        post(
            &self.server,
            &self.token,
            &format!("/api/review/surveys/{id}/state"),
            &json!({ "state": state }),
        )
        .await
    }

    async fn status(&self, index: usize) -> Value {
        let (reference, secret) = &self.accepted[index];
        applicant_status(&self.server, reference, secret).await
    }

    /// The invitation secret shown on the status page of request `index`.
    async fn invitation(&self, index: usize) -> String {
        let status = self.status(index).await;
        status["invitations"][0]["secret"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// The `index`th accepted request withdraws; the status of the answer.
    async fn withdraw(&self, index: usize) -> u16 {
        let (reference, secret) = &self.accepted[index];
        let body = json!({ "reference": reference, "secret": secret });
        let response = self
            .server
            .post_json("/api/applications/withdraw", &body)
            .await;
        response.status().as_u16()
    }

    async fn answer(&self, secret: &str, answers: Value) -> reqwest::Response {
        self.server
            .post_json(
                "/api/surveys/response",
                &json!({ "secret": secret, "answers": answers }),
            )
            .await
    }

    /// The CSV export of survey `id`.
    async fn export(&self, id: i64) -> reqwest::Response {
        get(
            &self.server,
            &self.token,
            &format!("/api/review/surveys/{id}/responses.csv"),
        )
        .await
    }

    async fn results(&self, id: i64) -> Value {
        let response = get(
            &self.server,
            &self.token,
            &format!("/api/review/surveys/{id}/results"),
        )
        .await;
        assert_eq!(response.status(), 200);
        json(response).await
    }
}

fn fields(body: &Value) -> Vec<(String, String)> {
    crate::support::problems(body)
}

#[tokio::test]
async fn survey_routes_need_a_reviewer() {
    let setup = setup(0).await;
    for path in [
        "/api/review/surveys",
        "/api/review/surveys/template",
        "/api/review/surveys/1/results",
    ] {
        assert_eq!(setup.server.get(path).await.status(), 401, "{path}");
        assert_eq!(
            get(&setup.server, "wrong", path).await.status(),
            401,
            "{path}"
        );
    }
    let template: portal_core::Survey = serde_json::from_value(
        json(get(&setup.server, &setup.token, "/api/review/surveys/template").await).await,
    )
    .unwrap();
    assert_eq!(template, serde_json::from_value(default_survey()).unwrap());
}

#[tokio::test]
async fn a_definition_is_checked_with_the_path_of_each_problem() {
    let setup = setup(0).await;
    let mut definition = default_survey();
    definition["questions"][0]["scale"]["max"] = json!(50);
    definition["questions"][2]["choices"] = json!([]);
    definition["title"]["en"] = json!("");
    let response = post(
        &setup.server,
        &setup.token,
        "/api/review/surveys",
        &json!({ "definition": definition, "phases": [] }),
    )
    .await;
    assert_eq!(response.status(), 422);
    let body = json(response).await;
    assert_eq!(
        fields(&body),
        vec![
            ("definition.title.en".to_owned(), "required".to_owned()),
            (
                "definition.questions.0.scale".to_owned(),
                "out_of_range".to_owned()
            ),
            (
                "definition.questions.2.choices".to_owned(),
                "too_short".to_owned()
            ),
            ("phases".to_owned(), "required".to_owned()),
        ]
    );
    // An unknown key in a definition file is a malformed body, not silence.
    let mut definition = default_survey();
    definition["questions"][0]["colour"] = json!("red");
    let response = post(
        &setup.server,
        &setup.token,
        "/api/review/surveys",
        &json!({ "definition": definition, "phases": [1] }),
    )
    .await;
    assert_eq!(response.status(), 400);
    assert_eq!(setup.server.count("surveys").await, 0);
}

#[tokio::test]
async fn opening_invites_the_accepted_requests_and_their_status_page_shows_it() {
    let setup = setup(2).await;
    let id = setup.create(default_survey()).await;
    // A draft invites nobody.
    assert_eq!(setup.status(0).await["invitations"], json!([]));
    assert_eq!(setup.set_state(id, "open").await.status(), 200);
    let status = setup.status(0).await;
    let invitation = &status["invitations"][0];
    assert_eq!(invitation["survey"], id);
    assert_eq!(invitation["state"], "open");
    assert_eq!(invitation["answered"], false);
    assert_eq!(
        invitation["title"]["fr"],
        "Votre espace, après quelques mois"
    );
    let secret = invitation["secret"].as_str().unwrap();
    // The same link every time, different for each request, never stored.
    assert_eq!(setup.invitation(0).await, secret);
    assert_ne!(setup.invitation(1).await, secret);
    let db = setup.server.db().await;
    let stored: Vec<Vec<u8>> = sqlx::query_scalar(
        "SELECT token_hash FROM survey_invitations WHERE token_hash IS NOT NULL",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    assert_eq!(stored.len(), 2);
    assert!(
        stored
            .iter()
            .all(|h| h.len() == 32 && !String::from_utf8_lossy(h).contains(secret))
    );

    // A request accepted while the survey is open is invited too.
    let (reference, status_secret) = submit(&setup.server, |_| {}).await;
    post(
        &setup.server,
        &setup.token,
        &format!("/api/review/applications/{reference}/decision"),
        &json!({ "decision": "accept", "phase": 1 }),
    )
    .await;
    let later = json(
        setup
            .server
            .post_json(
                "/api/applications/status",
                &json!({ "reference": reference, "secret": status_secret }),
            )
            .await,
    )
    .await;
    assert_eq!(later["invitations"].as_array().unwrap().len(), 1);
    let list = json(get(&setup.server, &setup.token, "/api/review/surveys").await).await;
    assert_eq!(list[0]["invited"], 3);
    assert_eq!(list[0]["responded"], 0);

    // Its questions are fixed once open.
    let response = setup
        .server
        .client()
        .put(format!("{}/api/review/surveys/{id}", setup.server.url))
        .bearer_auth(&setup.token)
        .json(&json!({ "definition": default_survey(), "phases": [1] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 409);
    assert_eq!(json(response).await["error"]["code"], "survey_not_draft");
}

#[tokio::test]
async fn answers_are_checked_against_the_survey() {
    let setup = setup(1).await;
    let id = setup.create(default_survey()).await;
    setup.set_state(id, "open").await;
    let secret = setup.invitation(0).await;
    let cases = [
        (
            json!({ "apps_used": ["files"], "recommend": 9 }),
            "answers.getting_started",
            "required",
        ),
        (
            json!({ "getting_started": "4", "apps_used": ["files"], "recommend": 9 }),
            "answers.getting_started",
            "invalid_value",
        ),
        (
            json!({ "getting_started": 9, "apps_used": ["files"], "recommend": 9 }),
            "answers.getting_started",
            "out_of_range",
        ),
        (
            json!({ "getting_started": 4, "apps_used": "files", "recommend": 9 }),
            "answers.apps_used",
            "invalid_value",
        ),
        (
            json!({ "getting_started": 4, "apps_used": ["mail"], "recommend": 9 }),
            "answers.apps_used",
            "invalid_choice",
        ),
        (
            json!({ "getting_started": 4, "apps_used": ["files"], "recommend": 9, "hard_parts": "Tout" }),
            "answers.hard_parts",
            "not_applicable",
        ),
        (
            json!({ "getting_started": 4, "apps_used": ["files"], "recommend": 9, "shoe_size": 42 }),
            "answers.shoe_size",
            "unknown_field",
        ),
        (
            json!({ "getting_started": 4, "apps_used": ["files"], "recommend": 9, "comments": "x".repeat(5001) }),
            "answers.comments",
            "too_long",
        ),
    ];
    for (answers, field, code) in cases {
        let response = setup.answer(&secret, answers.clone()).await;
        assert_eq!(response.status(), 422, "{answers}");
        let body = json(response).await;
        assert_eq!(body["error"]["code"], "validation_failed");
        assert_eq!(
            fields(&body),
            vec![(field.to_owned(), code.to_owned())],
            "{answers}"
        );
    }
    // A shown conditional question may be answered.
    let answers = json!({ "getting_started": 1, "hard_parts": "Les partages de dossiers", "apps_used": ["files"], "recommend": 3 });
    assert_eq!(setup.answer(&secret, answers).await.status(), 200);
    // Not a number, not an object: malformed.
    assert_eq!(
        setup
            .answer(&secret, json!({ "recommend": 2.5 }))
            .await
            .status(),
        400
    );
    assert_eq!(setup.answer(&secret, json!([1])).await.status(), 400);
    // An unknown invitation is simply not found.
    let response = setup
        .answer("ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB", complete())
        .await;
    assert_eq!(response.status(), 404);
    assert_eq!(setup.server.count("survey_responses").await, 1);
}

#[tokio::test]
async fn one_response_per_invitation_changeable_until_the_survey_closes() {
    let setup = setup(1).await;
    let id = setup.create(default_survey()).await;
    setup.set_state(id, "open").await;
    let secret = setup.invitation(0).await;
    let response = setup.answer(&secret, complete()).await;
    assert_eq!(response.status(), 200);
    assert_eq!(json(response).await["answers"]["recommend"], 9);

    // Answering again with the same invitation changes the response.
    let mut changed = complete();
    changed["recommend"] = json!(10);
    assert_eq!(setup.answer(&secret, changed).await.status(), 200);
    assert_eq!(setup.server.count("survey_responses").await, 1);
    let view = json(
        setup
            .server
            .post_json("/api/surveys/invitation", &json!({ "secret": secret }))
            .await,
    )
    .await;
    assert_eq!(view["answers"]["recommend"], 10);
    assert_eq!(view["state"], "open");
    assert_eq!(setup.status(0).await["invitations"][0]["answered"], true);

    // Closed: read-only.
    assert_eq!(setup.set_state(id, "closed").await.status(), 200);
    let response = setup.answer(&secret, complete()).await;
    assert_eq!(response.status(), 409);
    assert_eq!(json(response).await["error"]["code"], "survey_closed");
    // One response to an anonymous survey: its answers are withheld.
    let results = setup.results(id).await;
    assert_eq!(results["results"]["responses"], 1);
    assert_eq!(results["disclosure"], "too_few");
    assert_eq!(results["results"]["questions"], json!([]));
    let export = setup.export(id).await;
    assert_eq!(export.status(), 409);
    assert_eq!(json(export).await["error"]["code"], "too_few_responses");
    // And no way back to draft, nor, anonymous, to open.
    assert_eq!(setup.set_state(id, "draft").await.status(), 422);
    let reopened = setup.set_state(id, "open").await;
    assert_eq!(reopened.status(), 409);
    assert_eq!(
        json(reopened).await["error"]["code"],
        "survey_closed_for_good"
    );
}

#[tokio::test]
async fn an_anonymous_survey_stores_and_shows_nothing_that_leads_back_to_the_collective() {
    let setup = setup(3).await;
    let id = setup.create(default_survey()).await;
    setup.set_state(id, "open").await;
    let mut secrets = Vec::new();
    for index in 0..3 {
        secrets.push(setup.invitation(index).await);
    }
    let answers = [
        json!({ "getting_started": 5, "apps_used": ["files", "office"], "recommend": 10, "comments": "Parfait" }),
        json!({ "getting_started": 2, "hard_parts": "Les droits de partage", "apps_used": ["files"], "recommend": 6 }),
        json!({ "getting_started": 4, "apps_used": ["office"], "recommend": 8 }),
    ];
    for (index, (secret, answers)) in secrets.iter().zip(answers).enumerate() {
        assert_eq!(setup.answer(secret, answers).await.status(), 200);
        // While it is open, only the count is shown: two readings apart
        // would tell one collective's answers.
        let report = setup.results(id).await;
        assert_eq!(report["results"]["responses"], index + 1);
        assert_eq!(report["disclosure"], "count_only", "{report}");
        assert_eq!(report["results"]["questions"], json!([]));
        assert_eq!(report["rates"], json!([]));
        assert!(report["progress"].is_null());
        let export = setup.export(id).await;
        assert_eq!(export.status(), 409);
        assert_eq!(json(export).await["error"]["code"], "survey_not_closed");
    }
    assert_eq!(setup.set_state(id, "closed").await.status(), 200);
    let db = setup.server.db().await;
    let rows: Vec<(Option<i64>, Option<String>)> =
        sqlx::query_as("SELECT application_id, updated_at FROM survey_responses")
            .fetch_all(&db)
            .await
            .unwrap();
    assert_eq!(rows, vec![(None, None); 3]);

    let report = setup.results(id).await;
    let text = report.to_string();
    for (reference, _) in &setup.accepted {
        assert!(
            !text.contains(reference.as_str()),
            "the results name {reference}"
        );
    }
    assert_eq!(report["disclosure"], "answers");
    assert_eq!(
        report["rates"],
        json!([{ "phases": [1], "invited": 3, "responded": 3, "percent": 100.0 }])
    );
    let apps = &report["results"]["questions"][2];
    assert_eq!(apps["answered"], 3);
    assert_eq!(
        apps["values"][0],
        json!({ "value": "files", "count": 2, "percent": 66.7 })
    );
    assert_eq!(
        apps["values"][1],
        json!({ "value": "office", "count": 2, "percent": 66.7 })
    );
    let start = &report["results"]["questions"][0];
    assert_eq!(start["mean"], 3.67);
    assert_eq!(
        report["results"]["questions"][1]["texts"],
        json!(["Les droits de partage"])
    );

    let csv = setup.export(id).await.text().await.unwrap();
    let rows = crate::support::csv_cells(&csv, b';');
    // Each column headed by its question, in French.
    let definition = default_survey();
    let first = definition["questions"][0]["label"]["fr"].as_str().unwrap();
    assert_eq!(rows[0][0], first);
    assert_eq!(rows[0].len(), 8);
    assert_eq!(rows.len(), 4);
    assert!(!csv.contains("FS-"));
}

#[tokio::test]
async fn a_named_survey_links_responses_and_a_withdrawal_erases_them() {
    let setup = setup(1).await;
    let mut definition = default_survey();
    definition["anonymous"] = json!(false);
    let id = setup.create(definition).await;
    setup.set_state(id, "open").await;
    let secret = setup.invitation(0).await;
    assert_eq!(setup.answer(&secret, complete()).await.status(), 200);
    let reference = &setup.accepted[0].0;
    let csv = setup.export(id).await.text().await.unwrap();
    let rows = crate::support::csv_cells(&csv, b';');
    assert_eq!(rows[0][..2].join(";"), "Référence;Modifiée le");
    assert_eq!(&rows[1][0], reference);

    assert_eq!(setup.withdraw(0).await, 200);
    assert_eq!(setup.server.count("survey_responses").await, 0);
}

#[tokio::test]
async fn a_withdrawn_request_can_no_longer_answer_in_its_name() {
    let setup = setup(1).await;
    let mut definition = default_survey();
    definition["anonymous"] = json!(false);
    let id = setup.create(definition).await;
    setup.set_state(id, "open").await;
    let secret = setup.invitation(0).await;
    assert_eq!(setup.answer(&secret, complete()).await.status(), 200);
    let reference = &setup.accepted[0].0;
    assert_eq!(setup.withdraw(0).await, 200);

    // The invitation from before the withdrawal opens nothing any more.
    for path in ["/api/surveys/invitation", "/api/surveys/response"] {
        let body = json!({ "secret": secret, "answers": complete() });
        let body = if path.ends_with("invitation") {
            json!({ "secret": secret })
        } else {
            body
        };
        let response = setup.server.post_json(path, &body).await;
        assert_eq!(response.status(), 404, "{path}");
    }
    assert_eq!(setup.server.count("survey_responses").await, 0);
    let csv = setup.export(id).await.text().await.unwrap();
    assert_eq!(csv.lines().count(), 1, "{csv}");
    assert!(!csv.contains(reference.as_str()));
    let db = setup.server.db().await;
    let live: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM survey_invitations WHERE token_hash IS NOT NULL OR revoked_at IS NULL",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(live, 0);
}

#[tokio::test]
async fn a_huge_scale_is_refused_at_once_and_the_server_keeps_answering() {
    let setup = setup(0).await;
    let mut definition = default_survey();
    // A scale from 0 to 10^12, and a later question shown on one of its points.
    definition["questions"][0]["scale"]["max"] = json!(1_000_000_000_000i64);
    definition["questions"][1]["show_if"] =
        json!({ "question": "getting_started", "any_of": ["999999999999"] });
    for _ in 0..3 {
        let response = post(
            &setup.server,
            &setup.token,
            "/api/review/surveys",
            &json!({ "definition": definition, "phases": [1] }),
        )
        .await;
        assert_eq!(response.status(), 422);
        assert!(
            fields(&json(response).await)
                .contains(&("definition.questions.0.scale".into(), "out_of_range".into()))
        );
    }
    // Before, the first of these asked the allocator for 24 TB and the
    // process was gone.
    // 5 000 copies of one value in a condition are refused too.
    let mut definition = default_survey();
    definition["questions"][1]["show_if"]["any_of"] = json!(vec!["1"; 5000]);
    let response = post(
        &setup.server,
        &setup.token,
        "/api/review/surveys",
        &json!({ "definition": definition, "phases": [1] }),
    )
    .await;
    assert_eq!(response.status(), 422);
    assert_eq!(setup.server.get("/api/health").await.status(), 200);
}

impl Setup {
    async fn save_draft(
        &self,
        secret: &str,
        sealed: &str,
        reached: Option<&str>,
    ) -> reqwest::Response {
        self.server
            .post_json(
                "/api/surveys/draft",
                &json!({ "secret": secret, "sealed": sealed, "reached": reached }),
            )
            .await
    }

    async fn view(&self, secret: &str) -> Value {
        let response = self
            .server
            .post_json("/api/surveys/invitation", &json!({ "secret": secret }))
            .await;
        assert_eq!(response.status(), 200);
        json(response).await
    }
}

#[tokio::test]
async fn a_draft_is_kept_sealed_for_any_device_and_counted_where_it_stopped() {
    let setup = setup(4).await;
    let id = setup.create(default_survey()).await;
    let detail = json(
        get(
            &setup.server,
            &setup.token,
            &format!("/api/review/surveys/{id}"),
        )
        .await,
    )
    .await;
    assert_eq!(
        detail["to_invite"], 4,
        "opening would invite the four accepted requests"
    );
    setup.set_state(id, "open").await;
    let secrets = [
        setup.invitation(0).await,
        setup.invitation(1).await,
        setup.invitation(2).await,
        setup.invitation(3).await,
    ];

    // Opened by two, a draft begun by two; one of them then sends.
    assert!(setup.view(&secrets[0]).await.get("draft").is_none());
    setup.view(&secrets[1]).await;
    assert_eq!(
        setup
            .save_draft(&secrets[0], "c2VhbGVk", Some("apps_used"))
            .await
            .status(),
        204
    );
    assert_eq!(
        setup
            .save_draft(&secrets[1], "b3RoZXI=", Some("getting_started"))
            .await
            .status(),
        204
    );
    // Another device with the same invitation finds the sealed text as saved.
    assert_eq!(setup.view(&secrets[0]).await["draft"], "c2VhbGVk");
    let stored: Vec<Option<i64>> = sqlx::query_scalar("SELECT application_id FROM survey_drafts")
        .fetch_all(&setup.server.db().await)
        .await
        .unwrap();
    assert_eq!(
        stored,
        vec![None, None],
        "an anonymous survey's drafts lead to no request"
    );

    // What does not fit is refused and changes nothing.
    let response = setup
        .save_draft(&secrets[0], "not base64!", Some("shoe_size"))
        .await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        fields(&json(response).await),
        vec![
            ("sealed".into(), "invalid_value".into()),
            ("reached".into(), "invalid_value".into())
        ]
    );
    let huge = "A".repeat(portal_core::survey::limits::DRAFT_MAX + 4);
    assert_eq!(
        setup.save_draft(&secrets[0], &huge, None).await.status(),
        422
    );
    assert_eq!(
        setup.save_draft("nope", "c2VhbGVk", None).await.status(),
        404
    );
    assert_eq!(setup.view(&secrets[0]).await["draft"], "c2VhbGVk");

    assert_eq!(setup.answer(&secrets[1], complete()).await.status(), 200);
    assert!(
        setup.view(&secrets[1]).await.get("draft").is_none(),
        "sending deletes the draft"
    );
    for secret in &secrets[2..] {
        assert_eq!(setup.answer(secret, complete()).await.status(), 200);
    }
    // Anonymous and open: how far each went is not shown yet.
    assert!(setup.results(id).await["progress"].is_null());

    // Closed: the sealed text goes, where it stopped stays.
    setup.set_state(id, "closed").await;
    let progress = &setup.results(id).await["progress"];
    assert_eq!(
        progress,
        &json!({ "invited": 4, "opened": 2, "started": 4, "finished": 3,
                 "stopped": [{ "question": "apps_used", "count": 1 }] })
    );
    assert_eq!(
        setup
            .save_draft(&secrets[0], "c2VhbGVk", None)
            .await
            .status(),
        409
    );
    assert!(setup.view(&secrets[0]).await.get("draft").is_none());
    assert_eq!(
        setup.results(id).await["progress"]["stopped"][0]["count"],
        1
    );
}

#[tokio::test]
async fn a_named_surveys_drafts_go_with_a_withdrawal() {
    let setup = setup(1).await;
    let mut definition = default_survey();
    definition["anonymous"] = json!(false);
    let id = setup.create(definition).await;
    setup.set_state(id, "open").await;
    let secret = setup.invitation(0).await;
    assert_eq!(
        setup
            .save_draft(&secret, "c2VhbGVk", Some("getting_started"))
            .await
            .status(),
        204
    );
    assert_eq!(setup.server.count("survey_drafts").await, 1);
    assert_eq!(setup.withdraw(0).await, 200);
    assert_eq!(setup.server.count("survey_drafts").await, 0);
}

#[tokio::test]
async fn a_closed_survey_is_copied_into_a_draft_and_only_drafts_are_deleted() {
    let setup = setup(1).await;
    let id = setup.create(default_survey()).await;
    setup.set_state(id, "open").await;
    setup.set_state(id, "closed").await;
    let delete = |id: i64| {
        setup
            .server
            .client()
            .delete(format!("{}/api/review/surveys/{id}", setup.server.url))
            .bearer_auth(&setup.token)
            .send()
    };
    let refused = delete(id).await.unwrap();
    assert_eq!(refused.status(), 409);
    assert_eq!(json(refused).await["error"]["code"], "survey_not_draft");

    let response = post(
        &setup.server,
        &setup.token,
        &format!("/api/review/surveys/{id}/copy"),
        &json!({}),
    )
    .await;
    assert_eq!(response.status(), 201);
    let copy = json(response).await;
    let copy_id = copy["summary"]["id"].as_i64().unwrap();
    assert_eq!(copy["summary"]["state"], "draft");
    assert_eq!(copy["summary"]["phases"], json!([1]));
    assert_eq!(copy["summary"]["invited"], 0);
    let same: portal_core::Survey = serde_json::from_value(copy["definition"].clone()).unwrap();
    assert_eq!(same, serde_json::from_value(default_survey()).unwrap());
    // The request already invited to the original is invited again by the copy.
    assert_eq!(copy["to_invite"], 1);

    assert_eq!(delete(copy_id).await.unwrap().status(), 204);
    assert_eq!(
        get(
            &setup.server,
            &setup.token,
            &format!("/api/review/surveys/{copy_id}")
        )
        .await
        .status(),
        404
    );
    assert_eq!(delete(copy_id).await.unwrap().status(), 404);
    let list = json(get(&setup.server, &setup.token, "/api/review/surveys").await).await;
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn no_reading_of_an_anonymous_survey_tells_one_collectives_answer() {
    // Three collectives in phase 1, one alone in phase 2.
    let mut setup = setup(3).await;
    open_phase(&setup.server, &setup.token, 2).await;
    let (reference, secret) = submit(&setup.server, |_| {}).await;
    let accept = post(
        &setup.server,
        &setup.token,
        &format!("/api/review/applications/{reference}/decision"),
        &json!({ "decision": "accept", "phase": 2 }),
    )
    .await;
    assert_eq!(accept.status(), 200);
    setup.accepted.push((reference, secret));
    let created = post(
        &setup.server,
        &setup.token,
        "/api/review/surveys",
        &json!({ "definition": default_survey(), "phases": [1, 2] }),
    )
    .await;
    let id = json(created).await["summary"]["id"].as_i64().unwrap();
    setup.set_state(id, "open").await;

    // Whatever a reviewer saves before and after each response, only the
    // count moves: no answer, no rate per phase, no export.
    let mut before = setup.results(id).await;
    for index in 0..4 {
        let secret = setup.invitation(index).await;
        let mut answers = complete();
        answers["comments"] = json!(format!("Réponse {index}"));
        assert_eq!(setup.answer(&secret, answers).await.status(), 200);
        let after = setup.results(id).await;
        before["results"]["responses"] = json!(index + 1);
        before["survey"]["summary"]["responded"] = json!(index + 1);
        assert_eq!(after, before, "a reading changed beyond the count");
        assert_eq!(setup.export(id).await.status(), 409);
    }

    // Closed: the answers, and the lone phase counted with the others.
    assert_eq!(setup.set_state(id, "closed").await.status(), 200);
    let report = setup.results(id).await;
    assert_eq!(report["results"]["responses"], 4);
    assert_eq!(
        report["rates"],
        json!([{ "phases": [1, 2], "invited": 4, "responded": 4, "percent": 100.0 }])
    );
    assert_eq!(setup.export(id).await.status(), 200);
    // Closed for good: no reopening to take a reading before and after.
    assert_eq!(setup.set_state(id, "open").await.status(), 409);
    // Nothing in the rows tells their order of arrival.
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM survey_responses")
        .fetch_all(&setup.server.db().await)
        .await
        .unwrap();
    assert_eq!(ids.len(), 4);
    assert!(ids.iter().all(|id| *id > 1 << 32), "{ids:?}");
}
