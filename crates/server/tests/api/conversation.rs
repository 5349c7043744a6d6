//! The conversation: a reviewer asks the applicant for more information, the
//! request waits for the answer, the applicant answers on the status page
//! (reference and secret), the request comes back to the queue marked as
//! answered; the exchange is erased with the other personal data.

use crate::support::{Server, applicant_status, decide, get, json, reviewer, submit};
use serde_json::{Value, json};

async fn ask(server: &Server, token: &str, reference: &str, question: &str) -> reqwest::Response {
    let question = json!({ "decision": "ask", "message": question });
    decide(server, token, reference, &question).await
}

async fn answer(
    server: &Server,
    reference: &str,
    secret: &str,
    message: &str,
) -> reqwest::Response {
    server
        .post_json(
            "/api/applications/answer",
            &json!({ "reference": reference, "secret": secret, "message": message }),
        )
        .await
}

async fn queue(server: &Server, token: &str, query: &str) -> Vec<Value> {
    let response = get(server, token, &format!("/api/review/applications{query}")).await;
    assert_eq!(response.status(), 200, "{query}");
    json(response).await["items"].as_array().unwrap().clone()
}

fn references(items: &[Value]) -> Vec<&str> {
    items
        .iter()
        .map(|i| i["reference"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn a_question_waits_for_its_answer_which_brings_the_request_back_to_the_queue() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (reference, secret) = submit(&server, |_| {}).await;
    let (other, _) = submit(&server, |_| {}).await;

    // The applicant cannot answer what was not asked.
    let response = answer(&server, &reference, &secret, "Bonjour").await;
    assert_eq!(response.status(), 409);
    assert_eq!(json(response).await["error"]["code"], "no_question");

    // A question says something.
    let response = ask(&server, &token, &reference, "   ").await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        json(response).await["error"]["fields"][0]["field"],
        "message"
    );

    let question = "Avez-vous un numéro RNA ? Vous avez choisi « collectif informel ».";
    let response = ask(&server, &token, &reference, question).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        json(response).await["item"]["status"],
        "information_requested"
    );

    // The applicant sees the question, from the team.
    let seen = applicant_status(&server, &reference, &secret).await;
    assert_eq!(seen["status"], "information_requested");
    let last = seen["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["message"], question);
    assert_eq!(last["by_applicant"], false);
    assert_eq!(
        seen["history"][0]["by_applicant"], true,
        "the request itself"
    );

    // The queue shows who waits for the applicant, and since when.
    let waiting = queue(&server, &token, "?status=information_requested").await;
    assert_eq!(references(&waiting), vec![reference.as_str()]);
    assert_eq!(waiting[0]["answered"], false);
    assert_eq!(waiting[0]["since"], last["at"]);

    // Bad answers change nothing: empty, too long, control characters, a
    // wrong secret (the same answer as an unknown reference).
    for (message, status) in [
        (" ".to_owned(), 422),
        ("a".repeat(2001), 422),
        ("x\u{202e}y".to_owned(), 422),
    ] {
        let response = answer(&server, &reference, &secret, &message).await;
        assert_eq!(response.status(), status, "{message:.20}");
        assert_eq!(
            json(response).await["error"]["fields"][0]["field"],
            "message"
        );
    }
    let wrong = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB";
    assert_eq!(
        answer(&server, &reference, wrong, "Oui").await.status(),
        404
    );
    assert_eq!(
        applicant_status(&server, &reference, &secret).await["status"],
        "information_requested"
    );

    // The answer: back to review, marked as answered for the reviewers.
    let response = answer(&server, &reference, &secret, "  Oui : W751234567.  ").await;
    assert_eq!(response.status(), 200);
    let seen = json(response).await;
    assert_eq!(seen["status"], "under_review");
    let last = seen["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["message"], "Oui : W751234567.");
    assert_eq!(last["by_applicant"], true);
    // Answering twice: nothing waits for an answer any more.
    assert_eq!(
        answer(&server, &reference, &secret, "Encore")
            .await
            .status(),
        409
    );

    let answered = queue(&server, &token, "?answered=true").await;
    assert_eq!(references(&answered), vec![reference.as_str()]);
    assert_eq!(answered[0]["answered"], true);
    assert_eq!(
        references(&queue(&server, &token, "?answered=false").await),
        vec![other.as_str()]
    );

    // The reviewer sees the whole exchange, with who said what.
    let detail = json(
        get(
            &server,
            &token,
            &format!("/api/review/applications/{reference}"),
        )
        .await,
    )
    .await;
    let said: Vec<(&str, &str)> = detail["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| Some((e["actor"].as_str()?, e["message"].as_str()?)))
        .collect();
    assert_eq!(
        said,
        vec![("Alice", question), ("applicant", "Oui : W751234567.")]
    );

    // A decision takes the mark away: the answer has been read.
    let waitlist = json!({ "decision": "waitlist", "phase": 2 });
    let response = decide(&server, &token, &reference, &waitlist).await;
    assert_eq!(response.status(), 200);
    assert!(queue(&server, &token, "?answered=true").await.is_empty());
}

#[tokio::test]
async fn a_decided_request_takes_no_question_and_a_withdrawal_erases_the_exchange() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (reference, secret) = submit(&server, |_| {}).await;
    let refuse = json!({ "decision": "refuse", "reason": "out_of_scope" });
    assert_eq!(
        decide(&server, &token, &reference, &refuse).await.status(),
        200
    );
    let response = ask(&server, &token, &reference, "Une question ?").await;
    assert_eq!(response.status(), 409);
    assert_eq!(json(response).await["error"]["code"], "invalid_transition");

    // Back to review, asked, answered, then withdrawn: no word of it stays.
    let review = json!({ "decision": "review" });
    assert_eq!(
        decide(&server, &token, &reference, &review).await.status(),
        200
    );
    assert_eq!(
        ask(&server, &token, &reference, "Quel usage ?")
            .await
            .status(),
        200
    );
    assert_eq!(
        answer(&server, &reference, &secret, "Nos comptes rendus.")
            .await
            .status(),
        200
    );
    assert_eq!(
        ask(&server, &token, &reference, "Combien de personnes ?")
            .await
            .status(),
        200
    );
    let response = server
        .post_json(
            "/api/applications/withdraw",
            &json!({ "reference": reference, "secret": secret }),
        )
        .await;
    assert_eq!(response.status(), 200, "withdrawn while a question waits");
    let seen = applicant_status(&server, &reference, &secret).await;
    assert_eq!(seen["status"], "withdrawn");
    assert!(
        seen["history"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e.get("message").is_none())
    );
    let db = server.db().await;
    let kept: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM application_events WHERE message IS NOT NULL")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(kept, 0);
    // An erased request takes no answer either.
    assert_eq!(
        answer(&server, &reference, &secret, "Oups").await.status(),
        409
    );
}

#[tokio::test]
async fn an_unanswered_request_may_be_refused_for_that_once_the_configured_delay_is_over() {
    let server = Server::start_with_config(Some("[review]\nanswer_days = 14\n")).await;
    let token = reviewer(&server, "Alice").await;
    let (reference, secret) = submit(&server, |_| {}).await;
    let close = json!({ "decision": "refuse", "reason": "no_answer" });
    // Never asked: not a reason.
    let response = decide(&server, &token, &reference, &close).await;
    assert_eq!(response.status(), 409);
    assert_eq!(json(response).await["error"]["code"], "answer_not_overdue");
    assert_eq!(
        ask(&server, &token, &reference, "Quel usage ?")
            .await
            .status(),
        200
    );
    // Asked, but the delay is not over.
    let response = decide(&server, &token, &reference, &close).await;
    assert_eq!(json(response).await["error"]["code"], "answer_not_overdue");
    // Thirteen days later, still not; fourteen, yes.
    let db = server.db().await;
    for (days, status) in [(13, 409), (14, 200)] {
        let then = (time::OffsetDateTime::now_utc()
            - time::Duration::days(days)
            - time::Duration::minutes(1))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
        sqlx::query("UPDATE applications SET updated_at = $1 WHERE reference = $2")
            .bind(then)
            .bind(&reference)
            .execute(&db)
            .await
            .unwrap();
        assert_eq!(
            decide(&server, &token, &reference, &close).await.status(),
            status,
            "{days} days"
        );
    }
    let seen = applicant_status(&server, &reference, &secret).await;
    assert_eq!(seen["status"], "refused");
    assert_eq!(
        seen["history"].as_array().unwrap().last().unwrap()["reason"],
        "no_answer"
    );
}

async fn write(server: &Server, token: &str, reference: &str, message: &str) -> reqwest::Response {
    let path = format!("/api/review/applications/{reference}/messages");
    crate::support::post(server, token, &path, &json!({ "message": message })).await
}

#[tokio::test]
async fn a_reviewers_message_reaches_the_status_page_and_moves_nothing() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (reference, secret) = submit(&server, |_| {}).await;
    let refuse = json!({ "decision": "refuse", "reason": "duplicate" });
    assert_eq!(
        decide(&server, &token, &reference, &refuse).await.status(),
        200
    );

    assert_eq!(write(&server, &token, &reference, "  ").await.status(), 422);
    let response = write(
        &server,
        &token,
        &reference,
        "Votre autre demande, FS-…, reste à l’étude.",
    )
    .await;
    assert_eq!(response.status(), 200);
    let detail = json(response).await;
    assert_eq!(detail["item"]["status"], "refused");
    let last = &detail["history"][2];
    assert_eq!(
        (
            &last["kind"],
            &last["actor"],
            &last["status"],
            &last["reason"]
        ),
        (
            &json!("message"),
            &json!("Alice"),
            &json!("refused"),
            &json!("duplicate")
        )
    );
    // The refusal stands as it was: the same decision again changes nothing.
    let response = decide(&server, &token, &reference, &refuse).await;
    assert_eq!(json(response).await["history"].as_array().unwrap().len(), 3);

    // The applicant reads it, not who wrote it.
    let view = applicant_status(&server, &reference, &secret).await;
    assert_eq!(view["status"], "refused");
    let entry = &view["history"][2];
    assert_eq!(entry["kind"], "message");
    assert_eq!(
        entry["message"],
        "Votre autre demande, FS-…, reste à l’étude."
    );
    assert!(!view.to_string().contains("Alice"));

    // Nothing more is written to a withdrawn request; its messages are erased.
    let key = json!({ "reference": reference, "secret": secret });
    assert_eq!(
        server
            .post_json("/api/applications/withdraw", &key)
            .await
            .status(),
        200
    );
    let response = write(&server, &token, &reference, "Encore là ?").await;
    assert_eq!(response.status(), 409);
    let view = applicant_status(&server, &reference, &secret).await;
    assert!(view["history"][2].get("message").is_none(), "{view}");
}

#[tokio::test]
async fn an_answer_may_correct_answers_of_the_request_which_the_history_records() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (reference, secret) = submit(&server, |body| {
        body["structure"]["identifier"] = Value::Null;
    })
    .await;
    assert_eq!(
        ask(&server, &token, &reference, "Quel est votre numéro RNA ?")
            .await
            .status(),
        200
    );
    let with = |corrections: Value| json!({ "reference": reference, "secret": secret, "message": "Le voici.", "corrections": corrections });

    // A wrong number is refused at its field, and nothing changes.
    let response = server
        .post_json(
            "/api/applications/answer",
            &with(json!({ "identifier": "W12" })),
        )
        .await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        json(response).await["error"]["fields"][0]["field"],
        "structure.identifier"
    );
    assert_eq!(
        applicant_status(&server, &reference, &secret).await["status"],
        "information_requested"
    );

    let corrected = with(json!({ "identifier": "w751234567", "website": " " }));
    let response = server
        .post_json("/api/applications/answer", &corrected)
        .await;
    assert_eq!(response.status(), 200);
    let view = json(response).await;
    assert_eq!(view["status"], "under_review");
    let last = &view["history"][3];
    assert_eq!(
        (&last["kind"], &last["fields"]),
        (&json!("correction"), &json!(["structure.identifier"]))
    );

    // The reviewer reads the new answer, and who changed it.
    let response = get(
        &server,
        &token,
        &format!("/api/review/applications/{reference}"),
    )
    .await;
    let detail = json(response).await;
    assert_eq!(detail["answers"]["structure"]["identifier"], "W751234567");
    assert_eq!(
        detail["answers"]["structure"]["website"],
        "https://jardins.example.org"
    );
    assert_eq!(detail["history"][3]["actor"], "applicant");
}
