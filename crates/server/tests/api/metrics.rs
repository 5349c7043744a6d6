//! The Prometheus metrics, on a listener of their own, read by Prometheus'
//! own parser (PyPI `prometheus-client`, which `scripts/setup.sh --browser`
//! installs): a submission and a refusal move the right counters.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

use crate::support::{Server, json, valid_application};

/// A sample: its name and labels.
type Key = (String, BTreeMap<String, String>);

/// The samples of an OpenMetrics text, as Prometheus' parser reads them.
fn parse(text: &str) -> BTreeMap<Key, f64> {
    let python = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../target/tools/pypi/bin/python"
    );
    assert!(
        std::path::Path::new(python).exists(),
        "{python} is missing: run scripts/setup.sh --browser"
    );
    let script = "import sys, json\n\
        from prometheus_client.openmetrics.parser import text_string_to_metric_families\n\
        for family in text_string_to_metric_families(sys.stdin.read()):\n\
        \x20   for s in family.samples:\n\
        \x20       print(json.dumps([s.name, s.labels, s.value]))\n";
    let mut child = Command::new(python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "the parser refused the metrics: {}\n{text}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let (name, labels, value): (String, BTreeMap<String, String>, f64) =
                serde_json::from_str(line).unwrap();
            ((name, labels), value)
        })
        .collect()
}

fn key(name: &str, labels: &[(&str, &str)]) -> Key {
    (
        name.to_owned(),
        labels
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
    )
}

async fn scrape(server: &Server) -> BTreeMap<Key, f64> {
    let response = reqwest::get(&server.metrics_url).await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/openmetrics-text")
    );
    parse(&response.text().await.unwrap())
}

#[tokio::test]
async fn a_submission_and_a_refusal_move_their_counters() {
    let server = Server::start_with_config(Some(
        "[limits]\nsubmission_burst = 1\nsubmissions_per_minute = 1\n",
    ))
    .await;
    // Never on the public port.
    let public = server.get("/metrics").await.text().await.unwrap();
    assert!(!public.contains("portal_http_requests"));

    let before = scrape(&server).await;
    let accepted = server.submit(&valid_application(), None).await;
    assert_eq!(accepted.status(), 201);
    json(accepted).await;
    let refused = server.submit(&valid_application(), None).await;
    assert_eq!(refused.status(), 429);
    let after = scrape(&server).await;

    let moved = |key: &Key| {
        after.get(key).copied().unwrap_or(0.0) - before.get(key).copied().unwrap_or(0.0)
    };
    let route = [("method", "POST"), ("route", "/api/applications")];
    let answered = |status: &str| {
        key(
            "portal_http_requests_total",
            &[route[0], route[1], ("status", status)],
        )
    };
    assert_eq!(moved(&answered("201")), 1.0);
    assert_eq!(moved(&answered("429")), 1.0);
    assert_eq!(
        moved(&key("portal_http_request_duration_seconds_count", &route)),
        2.0
    );
    assert_eq!(
        moved(&key(
            "portal_rate_limit_refusals_total",
            &[("limit", "submissions")]
        )),
        1.0
    );
    let submitted = key("portal_requests", &[("phase", ""), ("status", "received")]);
    assert_eq!(after.get(&submitted), Some(&1.0), "{after:?}");
    for gauge in [
        "portal_emails_waiting",
        "portal_emails_oldest_due_seconds",
        "portal_emails_failed",
        "portal_emails_held",
        "portal_deliveries_waiting",
        "portal_deliveries_failed",
        "portal_deliveries_stopped",
        "portal_connections_open",
    ] {
        assert!(after.contains_key(&key(gauge, &[])), "{gauge}");
    }
    assert!(after.contains_key(&key("portal_database_connections", &[("state", "in_use")])));
}
