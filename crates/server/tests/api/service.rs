//! The service around the API: health, the OpenAPI document, the public offer,
//! static hosting of the app with its cache headers and deep-link fallback.

use crate::support::{Server, json};

#[tokio::test]
async fn health_reports_the_version_and_the_database() {
    let server = Server::start().await;
    let response = server.get("/api/health").await;
    assert_eq!(response.status(), 200);
    let body = json(response).await;
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], "ok");
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
}

#[tokio::test]
async fn the_database_file_is_created_and_migrated_at_start() {
    let server = Server::start().await;
    if crate::support::postgres().is_none() {
        assert!(std::path::Path::new(&server.database).exists());
    }
    assert_eq!(server.count("applications").await, 0);
    assert_eq!(server.count("application_events").await, 0);
}

#[tokio::test]
async fn the_openapi_document_describes_every_route() {
    let server = Server::start().await;
    let doc = json(server.get("/api/openapi.json").await).await;
    assert_eq!(
        doc["openapi"].as_str().map(|v| v.starts_with("3.")),
        Some(true)
    );
    for path in [
        "/api/health",
        "/api/offer",
        "/api/applications",
        "/api/applications/status",
        "/api/applications/withdraw",
    ] {
        assert!(
            doc["paths"][path].is_object(),
            "{path} missing from the OpenAPI document"
        );
    }
    let submit = &doc["paths"]["/api/applications"]["post"]["responses"];
    for status in ["201", "400", "409", "413", "415", "422"] {
        assert!(
            submit[status].is_object(),
            "status {status} of POST /api/applications undocumented"
        );
    }
    assert!(doc["components"]["schemas"]["ErrorBody"].is_object());
}

#[tokio::test]
async fn the_offer_gives_targets_and_counts_per_phase() {
    let server = Server::start().await;
    let body = json(server.get("/api/offer").await).await;
    assert_eq!(body["offer"]["storage_gb"], 40);
    assert_eq!(body["offer"]["max_accounts"], 50);
    let phases = body["phases"].as_array().unwrap();
    assert_eq!(phases.len(), 5);
    let targets: Vec<u64> = phases
        .iter()
        .map(|p| p["target"].as_u64().unwrap())
        .collect();
    assert_eq!(targets, vec![300, 1000, 2500, 5000, 10000]);
    assert!(phases.iter().all(|p| p["accepted"] == 0));
    assert_eq!(body["accepted_total"], 0);
}

#[tokio::test]
async fn the_offer_follows_the_configuration_file() {
    let server = Server::start_with_config(Some("[offer]\nstorage_gb = 50\n")).await;
    let body = json(server.get("/api/offer").await).await;
    assert_eq!(body["offer"]["storage_gb"], 50);
    assert_eq!(body["offer"]["max_accounts"], 50);
}

#[tokio::test]
async fn unknown_api_paths_get_a_json_404() {
    let server = Server::start().await;
    for path in ["/api/nothing", "/api", "/api/applications/x/y"] {
        let response = server.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert_eq!(json(response).await["error"]["code"], "not_found");
    }
}

#[tokio::test]
async fn deep_links_get_the_app_and_it_is_never_cached_stale() {
    let server = Server::start().await;
    for path in ["/", "/faq", "/apply/needs"] {
        let response = server.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("<title>app</title>")
        );
    }
    // An address no page has gets the app (which says so) with a 404.
    for (path, title) in [
        ("/wp-login.php", "app"),
        ("/faq/more", "app"),
        ("/admin/nothing", "admin"),
    ] {
        let response = server.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        let body = response.text().await.unwrap();
        assert!(body.contains(&format!("<title>{title}</title>")), "{path}");
    }
    // The reviewers' area is an app of its own, with its own files.
    for path in ["/admin", "/admin/", "/admin/requests/FS-2222-2222"] {
        let response = server.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache");
        let policy = response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("<title>admin</title>"),
            "{path}"
        );
        // Its loader is allowed by its hash, on every page.
        assert_eq!(policy.matches("'sha256-").count(), 1, "{policy}");
    }
    let wasm = server.get("/admin/admin-0123456789abcdef_bg.wasm").await;
    assert_eq!(wasm.headers()["content-type"], "application/wasm");
    assert_eq!(
        wasm.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
}

#[tokio::test]
async fn hashed_assets_are_cached_for_a_year_and_sent_precompressed() {
    let server = Server::start().await;
    let response = server
        .client()
        .get(format!("{}/style-0123456789abcdef.css", server.url))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(response.headers()["content-encoding"], "br");
    let wasm = server.get("/portal-0123456789abcdef_bg.wasm").await;
    assert_eq!(wasm.headers()["content-type"], "application/wasm");
}

#[tokio::test]
async fn every_answer_carries_the_basic_security_headers() {
    let server = Server::start().await;
    for path in ["/", "/api/health"] {
        let response = server.get(path).await;
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
        assert_eq!(response.headers()["referrer-policy"], "no-referrer");
        assert_eq!(
            response.headers()["cross-origin-opener-policy"],
            "same-origin"
        );
        assert_eq!(
            response.headers()["cross-origin-resource-policy"],
            "same-origin"
        );
        let policy = response.headers()["content-security-policy"]
            .to_str()
            .unwrap();
        for directive in [
            "default-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
        ] {
            assert!(policy.contains(directive), "{path}: {policy}");
        }
        assert!(!policy.contains("unsafe-inline"), "{policy}");
        assert!(
            response.headers()["permissions-policy"]
                .to_str()
                .unwrap()
                .contains("camera=()")
        );
        assert!(
            response
                .headers()
                .get("strict-transport-security")
                .is_none()
        );
        assert!(response.headers().get("set-cookie").is_none());
    }
    // Behind a TLS proxy, browsers are told to stay on HTTPS.
    let response = server
        .client()
        .get(format!("{}/", server.url))
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    assert!(
        response.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .starts_with("max-age=")
    );
    // Published at an https address, the portal says so on every answer.
    let server =
        Server::start_with_config(Some("[site]\nurl = 'https://portail.example.org'\n")).await;
    for path in ["/", "/api/offer", "/api/nothing-here"] {
        let response = server.get(path).await;
        assert!(
            response.headers()["strict-transport-security"]
                .to_str()
                .unwrap()
                .starts_with("max-age="),
            "{path}"
        );
    }
}

/// `check` reports every error of a configuration with its line (and the
/// server does not start on one), then what a host should look at; an
/// unreachable mail server when asked to try.
#[tokio::test]
async fn a_configuration_is_checked_line_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let check = |name: &str, text: &str, more: &[&str]| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let path = path.to_str().unwrap().to_owned();
        let mut args = vec!["--config", path.as_str(), "check"];
        args.extend_from_slice(more);
        let output = crate::support::cli("unused.db", &args);
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).to_string(),
            path,
        )
    };
    let (ok, said, path) = check(
        "wrong.toml",
        "[offer]\nstorage_gb = 0\n\n[limits]\nlookup_burst = 0\ntrusted_proxies = [\"10.0.0.0/33\"]\n",
        &[],
    );
    assert!(!ok);
    for line in [
        format!("{path}:2: error: offer.storage_gb must be at least 1"),
        format!("{path}:5: error: limits.lookup_burst must be at least 1"),
        format!(
            "{path}:6: error: limits.trusted_proxies: not an address or a network: 10.0.0.0/33"
        ),
    ] {
        assert!(said.contains(&line), "{said}");
    }
    // The server refuses to start on it.
    let serve = crate::support::cli(
        "unused.db",
        &["--config", &path, "serve", "--addr", "127.0.0.1:0"],
    );
    assert!(!serve.status.success());

    let (ok, said, path) = check("typo.toml", "[limits]\nlookup_bust = 3\n", &[]);
    assert!(!ok);
    assert!(
        said.contains(&format!("{path}: error: TOML parse error at line 2")),
        "{said}"
    );
    assert!(said.contains("unknown field `lookup_bust`"), "{said}");

    let (ok, said, path) = check(
        "fine.toml",
        "[site]\nurl = \"http://portail.example.org\"\n\n[publisher]\nname = \"Framasoft\"\n",
        &[],
    );
    assert!(ok, "{said}");
    assert!(
        said.contains(&format!("{path}:2: warning: site.url is not https")),
        "{said}"
    );
    assert!(
        said.contains(&format!("{path}:4: warning: publisher.director is empty")),
        "{said}"
    );

    // Asked to try, a mail server that is not there is an error.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let (ok, said, _) = check(
        "mail.toml",
        &format!(
            "[site]\nurl = \"https://portail.example.org\"\n[smtp]\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"none\"\nsender = \"Portail <portail@example.org>\"\n"
        ),
        &["--try-smtp"],
    );
    assert!(!ok);
    assert!(
        said.contains("error: smtp.host: 127.0.0.1 cannot be reached"),
        "{said}"
    );
}
