//! The spaces: addresses asked for, checked while typed, unique among live
//! requests even when submissions race, changed by reviewers, freed by a
//! withdrawal or a refusal; the messages to the hosting side, checked on
//! arrival by the Standard Webhooks reference library (PyPI
//! `standardwebhooks`, which `scripts/setup.sh --browser` installs), retried,
//! stopped by a 410, each one going once across a crash and two instances;
//! and the hosting side's signed reports, forged or replayed ones refused.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::{
    Server, applicant_status, cli, cli_ok, decide, detail, json, open_phase, post, problems,
    reviewer, submit, valid_application,
};

const SECRET: &str = "whsec_c2VjcmV0LW9mLXRoZS1ob3N0aW5nLXNpZGUtZm9yLXRlc3Rz";

fn python() -> &'static str {
    let python = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../target/tools/pypi/bin/python"
    );
    assert!(
        Path::new(python).exists(),
        "{python} is missing: run scripts/setup.sh --browser"
    );
    python
}

/// The hosting side (`support/hosting.py`): what it received, and the
/// statuses it answers next.
struct Hosting {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Hosting {
    fn start() -> Hosting {
        let dir = tempfile::tempdir().unwrap();
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/api/support/hosting.py");
        let mut child = Command::new(python())
            .arg(script)
            .arg(SECRET)
            .arg(dir.path().join("log"))
            .arg(dir.path().join("answers"))
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        Hosting {
            child,
            port: line.trim().parse().unwrap(),
            dir,
        }
    }

    /// The configuration that sends to it, retrying after a second.
    fn config(&self) -> String {
        format!(
            "[provisioning]\nurl = \"http://127.0.0.1:{}/spaces\"\nsecret = \"{SECRET}\"\nretry_seconds = 1\nattempts = 5\n",
            self.port
        )
    }

    /// The statuses of its next answers, in order (204 after them).
    fn answer(&self, statuses: &[u16]) {
        let text: Vec<String> = statuses.iter().map(u16::to_string).collect();
        std::fs::write(self.dir.path().join("answers"), text.join("\n")).unwrap();
    }

    /// Every message received, in order.
    fn received(&self) -> Vec<Value> {
        std::fs::read_to_string(self.dir.path().join("log"))
            .unwrap_or_default()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect()
    }

    /// The messages received once `n` were taken (a 2xx), fifteen seconds
    /// at most.
    async fn wait_for_taken(&self, n: usize) -> Vec<Value> {
        for _ in 0..300 {
            let received = self.received();
            let taken = received
                .iter()
                .filter(|m| m["status"].as_u64().is_some_and(|s| s < 300))
                .count();
            if taken >= n {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{n} messages were not taken: {:#?}", self.received());
    }
}

impl Drop for Hosting {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A report of the hosting side, signed by the reference library with
/// `secret`, dated `age` seconds ago: (id, timestamp, signature).
fn sign(secret: &str, id: &str, age: i64, body: &str) -> (String, String) {
    let timestamp = time::OffsetDateTime::now_utc().unix_timestamp() - age;
    let script = "import sys\nfrom datetime import datetime, timezone\n\
        from standardwebhooks import Webhook\n\
        s, i, t, b = sys.argv[1:5]\n\
        print(Webhook(s).sign(i, datetime.fromtimestamp(int(t), tz=timezone.utc), b))\n";
    let output = Command::new(python())
        .args(["-c", script, secret, id, &timestamp.to_string(), body])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        timestamp.to_string(),
        String::from_utf8(output.stdout).unwrap().trim().to_owned(),
    )
}

async fn report(server: &Server, id: &str, age: i64, secret: &str, body: &Value) -> u16 {
    let text = body.to_string();
    let (timestamp, signature) = sign(secret, id, age, &text);
    server
        .client()
        .post(format!("{}/api/spaces/reports", server.url))
        .header("content-type", "application/json")
        .header("webhook-id", id)
        .header("webhook-timestamp", timestamp)
        .header("webhook-signature", signature)
        .body(text)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn availability(server: &Server, address: &str) -> Value {
    let response = server
        .get(&format!("/api/spaces/availability?address={address}"))
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    json(response).await
}

async fn submit_at(server: &Server, address: &str) -> reqwest::Response {
    let mut body = valid_application();
    body["structure"]["address"] = json!(address);
    server.submit(&body, None).await
}

async fn accept(server: &Server, token: &str, reference: &str) {
    let response = decide(
        server,
        token,
        reference,
        &json!({ "decision": "accept", "phase": 1 }),
    )
    .await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
}

#[tokio::test]
async fn an_address_is_checked_while_typed_held_by_one_request_and_freed() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    assert_eq!(
        availability(&server, "amis-du-velo").await["availability"],
        "available"
    );
    assert_eq!(
        availability(&server, "www").await["availability"],
        "reserved"
    );
    assert_eq!(
        availability(&server, "Amis%20du%20V%C3%A9lo").await["availability"],
        "invalid"
    );
    let invalid = availability(&server, "Amis%20du%20V%C3%A9lo").await;
    assert_eq!(
        invalid["suggestions"][0], "amis-du-velo",
        "a valid one is offered"
    );

    let response = submit_at(&server, "amis-du-velo").await;
    assert_eq!(response.status(), 201);
    let first: Value = json(response).await;
    let taken = availability(&server, "amis-du-velo").await;
    assert_eq!(taken["availability"], "taken");
    let suggestions = taken["suggestions"].as_array().unwrap();
    assert!((2..=3).contains(&suggestions.len()), "{taken}");
    assert!(
        !taken
            .to_string()
            .contains(first["reference"].as_str().unwrap()),
        "never who holds it"
    );

    // The same address again, and a reserved one: a field error, nothing stored.
    let before = server.count("applications").await;
    let again = submit_at(&server, "amis-du-velo").await;
    assert_eq!(again.status(), 422);
    assert_eq!(
        problems(&json(again).await),
        [("structure.address".to_owned(), "address_taken".to_owned())]
    );
    let reserved = submit_at(&server, "admin").await;
    assert_eq!(
        problems(&json(reserved).await),
        [(
            "structure.address".to_owned(),
            "address_reserved".to_owned()
        )]
    );
    assert_eq!(server.count("applications").await, before);

    // A suggestion is free; without an address, one is made of the name.
    let response = submit_at(&server, suggestions[0].as_str().unwrap()).await;
    assert_eq!(response.status(), 201);
    let (unnamed, _) = submit(&server, |body| {
        body["structure"]["name"] = json!("Les Amis du Vélo")
    })
    .await;
    let made = detail(&server, &token, &unnamed).await["item"]["address"].clone();
    assert!(
        made.as_str().unwrap().starts_with("amis-du-velo-"),
        "{made}"
    );

    // A withdrawal frees it; so does a refusal.
    let withdrawn = server
        .post_json(
            "/api/applications/withdraw",
            &json!({ "reference": first["reference"], "secret": first["secret"] }),
        )
        .await;
    assert_eq!(withdrawn.status(), 200);
    assert_eq!(
        availability(&server, "amis-du-velo").await["availability"],
        "available"
    );
    let response = submit_at(&server, "amis-du-velo").await;
    let second: Value = json(response).await;
    let reference = second["reference"].as_str().unwrap();
    let refusal = json!({ "decision": "refuse", "reason": "out_of_scope" });
    assert_eq!(
        decide(&server, &token, reference, &refusal).await.status(),
        200
    );
    assert_eq!(
        availability(&server, "amis-du-velo").await["availability"],
        "available"
    );
    // Reviewed again once another request took it: told, nothing changed.
    let again: Value = json(submit_at(&server, "amis-du-velo").await).await;
    let page = detail(&server, &token, again["reference"].as_str().unwrap()).await;
    let related = page["related"].as_array().unwrap();
    let refused = related
        .iter()
        .find(|r| r["reference"] == reference)
        .unwrap();
    assert!(
        refused["likeness"]
            .as_array()
            .unwrap()
            .contains(&json!("address")),
        "{refused}"
    );
    let back = decide(&server, &token, reference, &json!({ "decision": "review" })).await;
    assert_eq!(back.status(), 409);
    assert_eq!(json(back).await["error"]["code"], "address_taken");
    assert_eq!(
        detail(&server, &token, reference).await["item"]["status"],
        "refused"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn of_submissions_racing_for_one_address_one_wins() {
    let server = Server::start().await;
    let url = format!("{}/api/applications", server.url);
    let racers: Vec<_> = (0..8)
        .map(|_| {
            let url = url.clone();
            tokio::spawn(async move {
                let mut body = valid_application();
                body["structure"]["address"] = json!("jardins-du-bas-pays");
                let response = reqwest::Client::new()
                    .post(url)
                    .json(&body)
                    .send()
                    .await
                    .unwrap();
                let status = response.status().as_u16();
                (status, json(response).await)
            })
        })
        .collect();
    let mut won = 0;
    for racer in racers {
        let (status, body) = racer.await.unwrap();
        match status {
            201 => won += 1,
            422 => assert_eq!(
                problems(&body),
                [("structure.address".to_owned(), "address_taken".to_owned())]
            ),
            other => panic!("{other}: {body}"),
        }
    }
    assert_eq!(won, 1);
    assert_eq!(server.count("applications").await, 1);
}

#[tokio::test]
async fn a_reviewer_changes_the_address_and_the_applicant_sees_it() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    let (reference, secret) = submit(&server, |body| {
        body["structure"]["address"] = json!("jardins")
    })
    .await;
    assert_eq!(submit_at(&server, "potager").await.status(), 201);
    let path = format!("/api/review/applications/{reference}/address");
    let change = |address: &str| {
        let body = json!({ "address": address });
        let path = path.clone();
        let server = &server;
        let token = token.clone();
        async move {
            server
                .client()
                .put(format!("{}{path}", server.url))
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    let taken = change("potager").await;
    assert_eq!(taken.status(), 422);
    assert_eq!(
        problems(&json(taken).await),
        [("address".to_owned(), "address_taken".to_owned())]
    );
    let invalid = change("Jardins!").await;
    assert_eq!(
        problems(&json(invalid).await),
        [("address".to_owned(), "invalid_address".to_owned())]
    );
    let changed = change("jardins-partages").await;
    assert_eq!(changed.status(), 200);
    let page = json(changed).await;
    assert_eq!(page["item"]["address"], "jardins-partages");
    let last = page["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (
            last["kind"].clone(),
            last["address"].clone(),
            last["actor"].clone()
        ),
        (json!("address"), json!("jardins-partages"), json!("Alice"))
    );
    let seen = applicant_status(&server, &reference, &secret).await;
    assert_eq!(seen["address"], "jardins-partages");
    assert_eq!(
        seen["history"].as_array().unwrap().last().unwrap()["address"],
        "jardins-partages"
    );
    // The old one is free again.
    assert_eq!(
        availability(&server, "jardins").await["availability"],
        "available"
    );
}

/// A server sending to `hosting`, a reviewer, and phase 1 open.
async fn provisioned(hosting: &Hosting) -> (Server, String) {
    let server = Server::start_with_config(Some(&hosting.config())).await;
    let token = reviewer(&server, "Alice").await;
    open_phase(&server, &token, 1).await;
    (server, token)
}

#[tokio::test]
async fn an_acceptance_reaches_the_hosting_side_signed_retried_and_answered() {
    let hosting = Hosting::start();
    hosting.answer(&[500]);
    let (server, token) = provisioned(&hosting).await;
    let (reference, secret) = submit(&server, |body| {
        body["structure"]["address"] = json!("jardins")
    })
    .await;
    accept(&server, &token, &reference).await;

    // Refused once, taken at the retry: the same id both times, and the
    // reference library finds each signature right.
    let received = hosting.wait_for_taken(1).await;
    assert_eq!(received.len(), 2, "{received:#?}");
    assert_eq!(received[0]["id"], received[1]["id"]);
    assert!(
        received.iter().all(|m| m["verified"] == true),
        "{received:#?}"
    );
    let message = &received[1]["payload"];
    assert_eq!(message["type"], "space.requested");
    let data = &message["data"];
    assert_eq!(data["reference"], reference.as_str());
    assert_eq!(data["address"], "jardins");
    assert_eq!(data["url"], "https://jardins.frama.space");
    assert_eq!(
        (data["storage_gb"].clone(), data["accounts"].clone()),
        (json!(40), json!(50))
    );
    assert_eq!(data["locale"], "fr");
    assert_eq!(
        data["contact"],
        json!({ "name": "Camille Martin", "email": "camille@example.org" })
    );
    let keys: Vec<&String> = data.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 7, "nothing more personal: {keys:?}");
    let page = detail(&server, &token, &reference).await;
    assert_eq!(page["item"]["space"], "creating");
    let deliveries = page["deliveries"].as_array().unwrap();
    assert_eq!(deliveries.len(), 1);
    assert_eq!(
        (
            deliveries[0]["state"].clone(),
            deliveries[0]["attempts"].clone()
        ),
        (json!("delivered"), json!(2))
    );
    assert_eq!(
        applicant_status(&server, &reference, &secret).await["space"],
        "creating"
    );

    // Forged, stale or replayed reports change nothing.
    let ready = json!({ "type": "space.ready", "data": { "reference": reference } });
    let events = server.count("application_events").await;
    assert_eq!(
        report(
            &server,
            "msg_forged",
            0,
            "whsec_b3RoZXItc2VjcmV0LW9mLXNvbWVvbmUtZWxzZQ==",
            &ready
        )
        .await,
        401
    );
    assert_eq!(report(&server, "msg_stale", 600, SECRET, &ready).await, 401);
    assert_eq!(server.count("application_events").await, events);
    assert_eq!(report(&server, "msg_ready", 0, SECRET, &ready).await, 204);
    assert_eq!(
        report(&server, "msg_ready", 0, SECRET, &ready).await,
        401,
        "a replay"
    );
    assert_eq!(server.count("application_events").await, events + 1);

    let seen = applicant_status(&server, &reference, &secret).await;
    assert_eq!(seen["space"], "ready");
    assert_eq!(seen["space_url"], "https://jardins.frama.space");
    let last = seen["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (last["kind"].clone(), last["space"].clone()),
        (json!("space"), json!("ready"))
    );
    // Once ready, its address stays.
    let moved = server
        .client()
        .put(format!(
            "{}/api/review/applications/{reference}/address",
            server.url
        ))
        .bearer_auth(&token)
        .json(&json!({ "address": "jardins-2" }))
        .send()
        .await
        .unwrap();
    assert_eq!(moved.status(), 409);

    // A withdrawal after acceptance tells the hosting side.
    let withdrawn = server
        .post_json(
            "/api/applications/withdraw",
            &json!({ "reference": reference, "secret": secret }),
        )
        .await;
    assert_eq!(withdrawn.status(), 200);
    let received = hosting.wait_for_taken(2).await;
    let cancelled = &received.last().unwrap()["payload"];
    assert_eq!(cancelled["type"], "space.cancelled");
    assert_eq!(cancelled["data"]["reference"], reference.as_str());
    assert!(cancelled["data"].get("contact").is_none());
}

#[tokio::test]
async fn a_failure_is_told_to_reviewers_asked_again_and_an_address_change_updates() {
    let hosting = Hosting::start();
    let (server, token) = provisioned(&hosting).await;
    let (reference, secret) = submit(&server, |body| {
        body["structure"]["address"] = json!("potager")
    })
    .await;
    accept(&server, &token, &reference).await;
    hosting.wait_for_taken(1).await;
    let failed = json!({ "type": "space.failed", "data": { "reference": reference, "reason": "quota du serveur atteint" } });
    assert_eq!(report(&server, "msg_failed", 0, SECRET, &failed).await, 204);
    let page = detail(&server, &token, &reference).await;
    assert_eq!(page["item"]["space"], "failed");
    assert_eq!(
        page["history"].as_array().unwrap().last().unwrap()["message"],
        "quota du serveur atteint"
    );
    let seen = applicant_status(&server, &reference, &secret).await;
    assert_eq!(seen["space"], "failed");
    assert!(
        !seen.to_string().contains("quota"),
        "the reason is the team's"
    );

    // A change of address after the request went: `space.updated`.
    let moved = server
        .client()
        .put(format!(
            "{}/api/review/applications/{reference}/address",
            server.url
        ))
        .bearer_auth(&token)
        .json(&json!({ "address": "potager-partage" }))
        .send()
        .await
        .unwrap();
    assert_eq!(moved.status(), 200);
    let received = hosting.wait_for_taken(2).await;
    let updated = &received.last().unwrap()["payload"];
    assert_eq!(
        (updated["type"].clone(), updated["data"]["address"].clone()),
        (json!("space.updated"), json!("potager-partage"))
    );

    // Asked again by a reviewer: a new `space.requested`, a new id.
    let path = format!("/api/review/applications/{reference}/space");
    let again = post(&server, &token, &path, &json!({ "state": "creating" })).await;
    assert_eq!(again.status(), 200);
    let received = hosting.wait_for_taken(3).await;
    let last = received.last().unwrap();
    assert_eq!(last["payload"]["type"], "space.requested");
    assert_ne!(last["id"], received[0]["id"]);
    // Marked ready by hand, at another address.
    let ready = post(
        &server,
        &token,
        &path,
        &json!({ "state": "ready", "url": "https://potager.example.org" }),
    )
    .await;
    assert_eq!(ready.status(), 200);
    assert_eq!(
        applicant_status(&server, &reference, &secret).await["space_url"],
        "https://potager.example.org"
    );
    let twice = post(&server, &token, &path, &json!({ "state": "ready" })).await;
    assert_eq!(twice.status(), 409);
}

#[tokio::test]
async fn a_410_stops_every_delivery_until_a_reviewer_resumes_them() {
    let hosting = Hosting::start();
    hosting.answer(&[410]);
    let (server, token) = provisioned(&hosting).await;
    let (first, _) = submit(&server, |body| {
        body["structure"]["address"] = json!("premier")
    })
    .await;
    accept(&server, &token, &first).await;
    for _ in 0..200 {
        if detail(&server, &token, &first).await["deliveries_stopped"] == true {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (second, _) = submit(&server, |body| {
        body["structure"]["address"] = json!("second")
    })
    .await;
    accept(&server, &token, &second).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(hosting.received().len(), 1, "nothing goes while stopped");
    let page = detail(&server, &token, &second).await;
    assert_eq!(page["deliveries_stopped"], true);
    assert_eq!(page["deliveries"][0]["state"], "pending");

    let resumed = post(
        &server,
        &token,
        "/api/review/deliveries/resume",
        &json!(null),
    )
    .await;
    assert_eq!(resumed.status(), 204);
    let received = hosting.wait_for_taken(2).await;
    let taken: Vec<&Value> = received
        .iter()
        .filter(|m| m["status"] == 204)
        .map(|m| &m["payload"]["data"]["reference"])
        .collect();
    assert_eq!(taken.len(), 2);
    assert!(taken.contains(&&json!(first)) && taken.contains(&&json!(second)));
}

#[tokio::test]
async fn without_a_hosting_side_a_space_is_marked_ready_by_hand_or_from_the_command_line() {
    let server = Server::start().await;
    let token = reviewer(&server, "Alice").await;
    open_phase(&server, &token, 1).await;
    let (reference, secret) = submit(&server, |body| {
        body["structure"]["address"] = json!("atelier");
        body["locale"] = json!("en");
    })
    .await;
    let not_yet = cli(&server.database, &["space", "ready", &reference]);
    assert!(!not_yet.status.success(), "not accepted yet");
    accept(&server, &token, &reference).await;
    let page = detail(&server, &token, &reference).await;
    assert_eq!(page["deliveries"][0]["state"], "pending", "kept, not sent");
    cli_ok(&server.database, &["space", "ready", &reference]);
    let seen = applicant_status(&server, &reference, &secret).await;
    assert_eq!(
        (seen["space"].clone(), seen["space_url"].clone()),
        (json!("ready"), json!("https://atelier.frama.space"))
    );
    let page = detail(&server, &token, &reference).await;
    assert_eq!(
        page["deliveries"][0]["state"], "dropped",
        "made by hand: nothing to send"
    );
    let failed = cli(
        &server.database,
        &["space", "failed", "FS-0000-0000", "--reason", "x"],
    );
    assert!(!failed.status.success());
}

/// Each message, delivered by one of two instances sharing the database,
/// and again after one crashed: every event reaches the hosting side, under
/// one id each.
#[tokio::test]
async fn each_message_goes_under_one_id_across_a_crash_and_two_instances() {
    let hosting = Hosting::start();
    let mut server = Server::start_process(Some(&hosting.config())).await;
    let token = reviewer(&server, "Alice").await;
    open_phase(&server, &token, 1).await;
    let mut references = Vec::new();
    for n in 0..12 {
        let (reference, _) = submit(&server, |body| {
            body["structure"]["address"] = json!(format!("espace-{n}"))
        })
        .await;
        references.push(reference);
    }
    let second = server.another_instance().await;
    let bulk =
        json!({ "references": references, "decision": { "decision": "accept", "phase": 1 } });
    let response = post(&second, &token, "/api/review/bulk", &bulk).await;
    assert_eq!(response.status(), 200);
    server.kill();
    server.restart().await;
    let received = hosting.wait_for_taken(12).await;
    let mut ids: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for message in received.iter().filter(|m| m["status"] == 204) {
        let reference = message["payload"]["data"]["reference"]
            .as_str()
            .unwrap()
            .to_owned();
        let entry = ids
            .entry(reference)
            .or_insert((message["id"].as_str().unwrap().to_owned(), 0));
        assert_eq!(entry.0, message["id"].as_str().unwrap(), "one id per event");
        entry.1 += 1;
    }
    assert_eq!(ids.len(), 12);
    for reference in &references {
        let page = detail(&second, &token, reference).await;
        assert_eq!(page["deliveries"][0]["state"], "delivered", "{reference}");
    }
}

/// The home page's waits for a first decision: published from ten decided
/// requests on, never below.
#[tokio::test]
async fn waits_for_a_first_decision_are_public_from_ten_decided_requests() {
    let server = Server::start_with_config(Some(
        "[limits]\ncounts_seconds = 1\nsubmission_burst = 100\n",
    ))
    .await;
    let token = reviewer(&server, "Alice").await;
    let refusal = json!({ "decision": "refuse", "reason": "out_of_scope" });
    for n in 0..10 {
        let (reference, _) = submit(&server, |body| {
            body["structure"]["address"] = json!(format!("attente-{n}"))
        })
        .await;
        assert_eq!(
            decide(&server, &token, &reference, &refusal).await.status(),
            200
        );
        if n == 8 {
            let offer = json(server.get("/api/offer").await).await;
            assert_eq!(
                offer["decision_times"],
                json!({ "overall": null, "recent": null }),
                "nine: nothing"
            );
            tokio::time::sleep(Duration::from_millis(1100)).await;
        }
    }
    let offer = json(server.get("/api/offer").await).await;
    let overall = &offer["decision_times"]["overall"];
    assert_eq!(overall["decided"], 10);
    assert_eq!(
        (
            overall["median_hours"].clone(),
            overall["p90_hours"].clone()
        ),
        (json!(0), json!(0))
    );
    assert_eq!(offer["decision_times"]["recent"]["decided"], 10);
}

/// A name sent more times than its close addresses: each request still gets
/// an address of its own, made of the name.
#[tokio::test]
async fn a_name_sent_many_times_still_gets_addresses_of_its_own() {
    let server = Server::start_with_config(Some("[limits]\nsubmission_burst = 1000\n")).await;
    let token = reviewer(&server, "Alice").await;
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..115 {
        let (reference, _) = submit(&server, |_| {}).await;
        let address = detail(&server, &token, &reference).await["item"]["address"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(
            address.starts_with("jardins-partages-du-bas-pays"),
            "{address}"
        );
        assert!(seen.insert(address), "one address each");
    }
}
