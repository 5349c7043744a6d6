//! The e-mails to applicants who asked for them, through a real SMTP
//! conversation with a sink on loopback: what they say and in which
//! language, that they never hold the secret, retries after refusals, the
//! ones given up shown to reviewers, erasure, and no e-mail lost or sent
//! twice across a crash and two instances.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::support::sink::{Mail, Sink};
use crate::support::{
    Server, applicant_status, decide, detail, json, open_phase, reviewer, submit,
};
use serde_json::{Value, json};

/// A request whose applicant asked for e-mails, in `locale`.
async fn submit_notified(server: &Server, locale: &str) -> (String, String) {
    submit(server, |body| {
        body["consents"]["notifications"] = json!(true);
        body["locale"] = json!(locale);
    })
    .await
}

/// The e-mails of a request once they stand as `state` (ten seconds at most).
async fn wait_for_state(server: &Server, token: &str, reference: &str, state: &str) -> Vec<Value> {
    for _ in 0..200 {
        let mails = detail(server, token, reference).await["notifications"]
            .as_array()
            .unwrap()
            .clone();
        if !mails.is_empty() && mails.iter().all(|m| m["state"] == state) {
            return mails;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the e-mails of {reference} never stood {state}");
}

fn to(mail: &Mail) -> &str {
    mail.to.first().map_or("", String::as_str)
}

/// The token of the link `…/emails#<what>=<token>` an e-mail carries.
fn link_token(mail: &Mail, what: &str) -> String {
    let marker = format!("/emails#{what}=");
    let start = mail
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("no {what} link in {}", mail.body))
        + marker.len();
    mail.body[start..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

/// The owner of the address `mail` went to confirms it, from its link.
async fn confirm(server: &Server, mail: &Mail) -> reqwest::Response {
    let token = link_token(mail, "confirm");
    server
        .post_json("/api/emails/confirm", &json!({ "token": token }))
        .await
}

#[tokio::test]
async fn emails_tell_each_event_in_the_applicants_language_and_never_hold_the_secret() {
    let sink = Sink::start();
    let server = Server::start_with_config(Some(&sink.config(3))).await;
    let token = reviewer(&server, "Alice").await;
    let (french, french_secret) = submit_notified(&server, "fr").await;
    let (english, english_secret) = submit(&server, |body| {
        body["consents"]["notifications"] = json!(true);
        body["locale"] = json!("en");
        body["contact"]["email"] = json!("sam@example.net");
    })
    .await;
    // Without the consent, nothing is even queued.
    let (silent, _) = submit(&server, |_| {}).await;

    let mails = sink.wait_for(2).await;
    let of = |reference: &str| {
        mails
            .iter()
            .find(|m| m.subject.contains(reference))
            .unwrap_or_else(|| panic!("no e-mail for {reference}: {mails:?}"))
            .clone()
    };
    let received = of(&french);
    assert_eq!(to(&received), "camille@example.org");
    assert_eq!(
        received.subject,
        format!("Votre demande {french} est bien arrivée")
    );
    assert!(received.body.starts_with("Bonjour,"), "{}", received.body);
    assert!(
        received
            .body
            .contains(&format!("https://portail.example.org/status#{french}")),
        "{}",
        received.body
    );
    let english_mail = of(&english);
    assert_eq!(to(&english_mail), "sam@example.net");
    assert_eq!(
        english_mail.subject,
        format!("Your request {english} has arrived")
    );
    assert!(english_mail.body.starts_with("Hello,"));
    for (mail, secret) in [
        (&received, &french_secret),
        (&english_mail, &english_secret),
    ] {
        let compact = secret.replace('-', "");
        assert!(!mail.raw.contains(secret.as_str()) && !mail.raw.contains(&compact));
        assert!(!mail.body.contains(secret.as_str()) && !mail.body.contains(&compact));
        assert!(
            mail.message_id.ends_with("@example.org>"),
            "{}",
            mail.message_id
        );
    }
    assert!(
        detail(&server, &token, &silent).await["notifications"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    // Each was the first to its address: it asked to confirm it.
    for mail in [&received, &english_mail] {
        assert!(mail.body.contains("/emails#confirm="), "{}", mail.body);
    }
    assert_eq!(confirm(&server, &received).await.status(), 204);

    // A question, then an acceptance: one e-mail each, in French.
    let ask = json!({ "decision": "ask", "message": "Avez-vous un numéro RNA ?" });
    assert_eq!(decide(&server, &token, &french, &ask).await.status(), 200);
    let mails = sink.wait_for(3).await;
    assert_eq!(
        mails[2].subject,
        format!("Une question sur votre demande {french}")
    );
    assert!(
        !mails[2].body.contains("RNA"),
        "the question stays on the status page"
    );
    let path = format!("/api/review/applications/{french}/messages");
    let message = json!({ "message": "Un numéro SIREN convient aussi." });
    assert_eq!(
        crate::support::post(&server, &token, &path, &message)
            .await
            .status(),
        200
    );
    let mails = sink.wait_for(4).await;
    assert_eq!(
        mails[3].subject,
        format!("Un message sur votre demande {french}")
    );
    // A decision refused (the phase is closed) sends nothing.
    let accept = json!({ "decision": "accept", "phase": 1 });
    assert_eq!(
        decide(&server, &token, &french, &accept).await.status(),
        409
    );
    open_phase(&server, &token, 1).await;
    assert_eq!(
        decide(&server, &token, &french, &accept).await.status(),
        200
    );
    let mails = sink.wait_for(5).await;
    assert_eq!(
        mails[4].subject,
        format!("Votre demande {french}\u{a0}: Acceptée")
    );
    assert_eq!(mails.len(), 5);
    // Confirmed, the address is not asked again.
    assert!(!mails[4].body.contains("#confirm="), "{}", mails[4].body);
    let sent = wait_for_state(&server, &token, &french, "sent").await;
    let kinds: Vec<_> = sent.iter().map(|m| m["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["received", "question", "message", "decision"]);

    // The applicant turns the e-mails off on the status page: the next
    // decision sends none.
    let off = json!({ "reference": english, "secret": english_secret, "notify": false });
    let response = server
        .post_json("/api/applications/notifications", &off)
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(json(response).await["notify"], false);
    let refuse = json!({ "decision": "refuse", "reason": "duplicate" });
    assert_eq!(
        decide(&server, &token, &english, &refuse).await.status(),
        200
    );
    assert_eq!(
        detail(&server, &token, &english).await["notifications"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        applicant_status(&server, &english, &english_secret).await["notify"],
        false
    );
}

#[tokio::test]
async fn a_refused_email_is_tried_again_and_one_never_taken_is_shown_to_reviewers() {
    let sink = Sink::start();
    let server = Server::start_with_config(Some(&sink.config(3))).await;
    let token = reviewer(&server, "Alice").await;

    // Refused twice, then taken: delivered once, at the third attempt.
    sink.refuse(true);
    let (late, _) = submit_notified(&server, "fr").await;
    sink.wait_for_refusals(2).await;
    sink.refuse(false);
    let mails = sink.wait_for(1).await;
    assert!(mails[0].subject.contains(&late));
    let sent = wait_for_state(&server, &token, &late, "sent").await;
    assert_eq!(sent[0]["attempts"], 3);
    assert!(sent[0].get("error").is_none(), "{sent:?}");

    // Refused at every attempt: given up after three, and the request page
    // says so, with the mail server's words.
    sink.refuse(true);
    let refusals = sink.refusals();
    let (lost, lost_secret) = submit(&server, |body| {
        body["consents"]["notifications"] = json!(true);
        body["contact"]["email"] = json!("perdu@example.org");
    })
    .await;
    let failed = wait_for_state(&server, &token, &lost, "failed").await;
    assert_eq!(failed[0]["attempts"], 3);
    assert!(
        failed[0]["error"].as_str().unwrap().contains("451"),
        "{failed:?}"
    );
    assert_eq!(sink.refusals(), refusals + 3);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(sink.refusals(), refusals + 3, "no fourth attempt");

    // A withdrawal erases the refusal (it may quote the address) with the
    // rest.
    let key = json!({ "reference": lost, "secret": lost_secret });
    let response = server.post_json("/api/applications/withdraw", &key).await;
    assert_eq!(response.status(), 200);
    let mails = detail(&server, &token, &lost).await["notifications"].clone();
    assert_eq!(mails[0]["state"], "failed");
    assert!(mails[0].get("error").is_none(), "{mails:?}");
    assert_eq!(sink.received().len(), 1);
}

#[tokio::test]
async fn no_email_is_lost_or_sent_twice_across_a_crash_and_two_instances() {
    const REQUESTS: usize = 8;
    let sink = Sink::start();
    let mut server = Server::start_process(Some(&sink.config(20))).await;
    // Every e-mail is queued, and at least one tried, before the crash.
    sink.refuse(true);
    let mut references = Vec::new();
    for n in 0..REQUESTS {
        let (reference, _) = submit(&server, |body| {
            body["consents"]["notifications"] = json!(true);
            body["contact"]["email"] = json!(format!("collectif{n}@example.org"));
        })
        .await;
        references.push(reference);
    }
    sink.wait_for_refusals(1).await;
    server.kill();
    assert_eq!(server.count("notifications").await, REQUESTS as i64);

    // Back with a second instance beside it: both send, neither twice.
    sink.refuse(false);
    server.restart().await;
    let second = server.another_instance().await;
    sink.wait_for(REQUESTS).await;
    // Time for a duplicate to come, if one were to.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let mails = sink.received();
    let mut per_reference = BTreeMap::new();
    for mail in &mails {
        let reference = references
            .iter()
            .find(|r| mail.subject.contains(r.as_str()))
            .unwrap_or_else(|| panic!("an e-mail of no request: {}", mail.subject));
        *per_reference.entry(reference.clone()).or_insert(0) += 1;
    }
    assert_eq!(per_reference.len(), REQUESTS, "{per_reference:?}");
    assert!(per_reference.values().all(|&n| n == 1), "{per_reference:?}");
    drop(second);
}

#[tokio::test]
async fn an_address_is_asked_once_and_gets_nothing_more_until_it_says_yes() {
    let sink = Sink::start();
    let server = Server::start_with_config(Some(&sink.config(3))).await;
    let token = reviewer(&server, "Alice").await;
    // Twenty requests name the same address, with a name of their choosing.
    let mut references = Vec::new();
    for n in 0..20 {
        let (reference, _) = submit(&server, |body| {
            body["consents"]["notifications"] = json!(true);
            body["contact"]["email"] = json!("Cible@Example.org");
            body["contact"]["name"] = json!(format!("Gagnant du concours {n}"));
        })
        .await;
        references.push(reference);
    }
    let mails = sink.wait_for(1).await;
    // Time for more to come, if any were to.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(sink.received().len(), 1, "one e-mail to the address");
    let asked = &mails[0];
    assert_eq!(to(asked), "Cible@Example.org");
    // The address alone: nothing the form's author chose in the headers.
    let head = asked.raw.split("\r\n\r\n").next().unwrap();
    assert!(!head.contains("Gagnant"), "{head}");
    assert!(head.contains("\r\nTo: Cible@Example.org\r\n"), "{head}");
    let reference = references
        .iter()
        .find(|r| asked.subject.contains(r.as_str()))
        .unwrap()
        .clone();
    let stop = link_token(asked, "stop");
    assert!(
        head.contains(&format!(
            "List-Unsubscribe: <https://portail.example.org/api/emails/stop?token={stop}>"
        )),
        "{head}"
    );
    assert!(
        head.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{head}"
    );
    // Reviewers see the others wait for the confirmation.
    let other = references.iter().find(|r| **r != reference).unwrap();
    let held = wait_for_state(&server, &token, other, "held").await;
    assert_eq!(held.len(), 1);
    assert_eq!(
        detail(&server, &token, &reference).await["notifications"][0]["asked"],
        true
    );

    // The owner says yes, once: what waited goes.
    assert_eq!(confirm(&server, asked).await.status(), 204);
    assert_eq!(confirm(&server, asked).await.status(), 404, "single use");
    sink.wait_for(20).await;
    let later = sink.received();
    assert!(later[1..].iter().all(|m| !m.body.contains("#confirm=")));

    // The mailbox's own button stops one request's e-mails, without the
    // secret; a forged token stops nothing.
    let stop_url = format!("{}/api/emails/stop?token={stop}", server.url);
    let one_click = server
        .client()
        .post(&stop_url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(one_click.status(), 204);
    let forged = stop.replace(&reference, other);
    let response = server
        .client()
        .post(format!("{}/api/emails/stop?token={forged}", server.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    let ask = json!({ "decision": "ask", "message": "Une précision ?" });
    assert_eq!(
        decide(&server, &token, &reference, &ask).await.status(),
        200
    );
    assert_eq!(decide(&server, &token, other, &ask).await.status(), 200);
    sink.wait_for(21).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let last = sink.received();
    assert_eq!(last.len(), 21, "only the request not stopped was told");
    assert!(last[20].subject.contains(other.as_str()));
    // Opened in a browser, the link leads to a page that asks first.
    let page = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(&stop_url)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 303);
    assert_eq!(
        page.headers()["location"],
        format!("/emails#stop={stop}").as_str()
    );
}

#[tokio::test]
async fn an_address_not_confirmed_is_asked_again_a_day_later_at_most() {
    let sink = Sink::start();
    let server = Server::start_with_config(Some(&sink.config(3))).await;
    submit_notified(&server, "fr").await;
    sink.wait_for(1).await;
    submit_notified(&server, "fr").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(sink.received().len(), 1, "a second request the same day");
    // A day later, a new request asks again, once.
    let db = server.db().await;
    sqlx::query("UPDATE mail_addresses SET asked_at = '2020-01-01T00:00:00Z'")
        .execute(&db)
        .await
        .unwrap();
    submit_notified(&server, "fr").await;
    let mails = sink.wait_for(2).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(sink.received().len(), 2);
    assert!(mails[1].body.contains("#confirm="));
    // Its link confirms the address; the first one no longer does.
    assert_eq!(confirm(&server, &mails[0]).await.status(), 404);
    assert_eq!(confirm(&server, &mails[1]).await.status(), 204);
    // The three requests' waiting e-mails went, none twice.
    sink.wait_for(3).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(sink.received().len(), 3);
}

#[tokio::test]
async fn a_space_ready_is_told_by_e_mail_to_an_applicant_who_asked() {
    let sink = Sink::start();
    let server = Server::start_with_config(Some(&sink.config(3))).await;
    let token = reviewer(&server, "Alice").await;
    open_phase(&server, &token, 1).await;
    let (reference, _) = submit_notified(&server, "fr").await;
    let mails = sink.wait_for(1).await;
    assert_eq!(confirm(&server, &mails[0]).await.status(), 204);
    let accept = json!({ "decision": "accept", "phase": 1 });
    assert_eq!(
        decide(&server, &token, &reference, &accept).await.status(),
        200
    );
    sink.wait_for(2).await;
    let path = format!("/api/review/applications/{reference}/space");
    let ready = crate::support::post(&server, &token, &path, &json!({ "state": "ready" })).await;
    assert_eq!(ready.status(), 200);
    let mails = sink.wait_for(3).await;
    let told = mails.last().unwrap();
    assert_eq!(
        told.subject,
        format!("Votre espace Frama.space est prêt ({reference})")
    );
    assert!(told.body.contains("premiers pas"), "{}", told.body);
    assert!(
        told.body.contains(&format!("status#{reference}")),
        "{}",
        told.body
    );
}
