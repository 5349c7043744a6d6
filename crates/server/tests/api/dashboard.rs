//! Counts that show the selection is fair: the reviewers' dashboard, and
//! the public counts per phase, published from ten requests on.

use crate::support::{Server, decide, get, json, reviewer, submit};
use serde_json::{Value, json};

fn tally(list: &Value, key: &str) -> u64 {
    list.as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == key)
        .map_or(0, |t| t["count"].as_u64().unwrap())
}

#[tokio::test]
async fn the_dashboard_counts_requests_by_status_kind_country_week_and_reason() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let mut references = Vec::new();
    for n in 0..4 {
        let (reference, _) = submit(&server, |b| {
            if n == 3 {
                b["structure"]["country"] = json!("BE");
                b["structure"]["identifier"] = Value::Null;
                b["structure"]["postal_code"] = json!("1000");
            }
        })
        .await;
        references.push(reference);
    }
    for (reference, reason) in [
        (&references[0], "duplicate"),
        (&references[1], "out_of_scope"),
    ] {
        let refusal = json!({ "decision": "refuse", "reason": reason });
        assert_eq!(
            decide(&server, &token, reference, &refusal).await.status(),
            200
        );
    }
    let response = get(&server, &token, "/api/review/dashboard").await;
    assert_eq!(response.status(), 200);
    let board = json(response).await;
    assert_eq!(board["total"], 4);
    assert_eq!(tally(&board["statuses"], "refused"), 2);
    assert_eq!(tally(&board["statuses"], "received"), 2);
    assert_eq!(
        tally(&board["statuses"], "accepted"),
        0,
        "every status is listed"
    );
    assert_eq!(board["statuses"].as_array().unwrap().len(), 7);
    assert_eq!(tally(&board["kinds"], "association"), 4);
    assert_eq!(board["countries"][0], json!({ "key": "FR", "count": 3 }));
    assert_eq!(tally(&board["countries"], "BE"), 1);
    assert_eq!(tally(&board["reasons"], "duplicate"), 1);
    assert_eq!(tally(&board["reasons"], "out_of_scope"), 1);
    let weeks = board["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 26);
    assert_eq!(weeks.last().unwrap()["count"], 4, "all arrived this week");
    // Counts only: nothing names a request.
    assert!(!board.to_string().contains(&references[0]));
    assert_eq!(server.get("/api/review/dashboard").await.status(), 401);
}

#[tokio::test]
async fn the_public_counts_of_a_phase_appear_from_ten_requests() {
    // Counted at each visit, not once a minute.
    let server = Server::start_with_config(Some("[limits]\ncounts_seconds = 0\n")).await;
    let token = reviewer(&server, "Alice").await;
    let offer = json(server.get("/api/offer").await).await;
    assert_eq!(offer["phases"][0]["requests"], Value::Null);
    let mut references = Vec::new();
    for _ in 0..9 {
        references.push(submit(&server, |_| {}).await.0);
    }
    let refusal = json!({ "decision": "refuse", "reason": "duplicate" });
    assert_eq!(
        decide(&server, &token, &references[0], &refusal)
            .await
            .status(),
        200
    );
    let offer = json(server.get("/api/offer").await).await;
    assert_eq!(
        offer["phases"][0]["requests"],
        Value::Null,
        "nine are too few"
    );
    references.push(submit(&server, |_| {}).await.0);
    let offer = json(server.get("/api/offer").await).await;
    // Today is before the end of the first phase, or after it: the ten are
    // counted in the phase whose end comes first after they arrived.
    let counted: Vec<&Value> = offer["phases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| !p["requests"].is_null())
        .collect();
    assert_eq!(counted.len(), 1, "{offer}");
    assert_eq!(
        counted[0]["requests"],
        json!({ "received": 10, "accepted": 0, "waitlisted": 0, "refused": 1 })
    );
}
