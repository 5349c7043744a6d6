//! The deployment (deploy/): its systemd unit as systemd reads it, and its
//! nginx site in front of a server: Debian's nginx,
//! started on loopback with `deploy/nginx/portal-proxy.conf` (what the
//! site's HTTPS block includes). Through it: deep links, the client the
//! rate limits count (each client its own allowance, a forged
//! `X-Forwarded-For` of no help), the security headers, a 413 for a body
//! the server would not take, and the hashed assets cached for good.

use std::net::{IpAddr, Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::support::Server;
use serde_json::json;

const NGINX: &str = "/usr/sbin/nginx";

/// nginx on 127.0.0.2, in front of `server`, until dropped (one process:
/// no worker left behind when it is killed).
struct Nginx {
    child: Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port(on: Ipv4Addr) -> u16 {
    TcpListener::bind((on, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn snippet() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/nginx/portal-proxy.conf")
}

async fn nginx_before(server: &Server) -> Nginx {
    assert!(
        Path::new(NGINX).exists(),
        "{NGINX} is missing: run scripts/setup.sh --browser"
    );
    let dir = tempfile::tempdir().unwrap();
    let address = Ipv4Addr::new(127, 0, 0, 2);
    let port = free_port(address);
    let upstream = server.url.trim_start_matches("http://");
    let prefix = dir.path().display();
    let config = format!(
        "daemon off;\nmaster_process off;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log;\n\
         events {{ worker_connections 64; }}\n\
         http {{\n  access_log off;\n\
           client_body_temp_path {prefix}/body;\n  proxy_temp_path {prefix}/proxy;\n\
           fastcgi_temp_path {prefix}/fastcgi;\n  uwsgi_temp_path {prefix}/uwsgi;\n  scgi_temp_path {prefix}/scgi;\n\
           upstream portal {{ server {upstream}; keepalive 4; }}\n\
           server {{ listen {address}:{port}; include {}; }}\n}}\n",
        snippet().display()
    );
    let file = dir.path().join("nginx.conf");
    std::fs::write(&file, config).unwrap();
    let mut child = Command::new(NGINX)
        .arg("-p")
        .arg(dir.path())
        .arg("-c")
        .arg(&file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("http://{address}:{port}");
    for _ in 0..100 {
        if let Ok(response) = reqwest::get(format!("{url}/api/health")).await
            && response.status().is_success()
        {
            return Nginx {
                child,
                url,
                _dir: dir,
            };
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    let log = std::fs::read_to_string(dir.path().join("error.log")).unwrap_or_default();
    panic!("nginx did not start: {log}");
}

/// A client whose connections come from `from` (a loopback address).
fn client(from: Ipv4Addr) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(IpAddr::V4(from))
        .build()
        .unwrap()
}

#[tokio::test]
async fn behind_the_sites_nginx_clients_are_told_apart_and_answers_keep_their_headers() {
    let server = Server::start_with_config(Some(
        "[limits]\ntrusted_proxies = [\"127.0.0.1\"]\nlookup_burst = 1\nlookups_per_minute = 1\n",
    ))
    .await;
    let nginx = nginx_before(&server).await;

    // A deep link is the app's page; a hashed asset is cached for good.
    let page = client(Ipv4Addr::new(127, 0, 0, 3))
        .get(format!("{}/faq", nginx.url))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    for header in [
        "content-security-policy",
        "x-content-type-options",
        "cross-origin-opener-policy",
        "referrer-policy",
    ] {
        assert!(page.headers().contains_key(header), "{header}");
    }
    assert!(page.text().await.unwrap().contains("<title>app</title>"));
    let asset = reqwest::get(format!("{}/style-0123456789abcdef.css", nginx.url))
        .await
        .unwrap();
    assert_eq!(
        asset.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );

    // Each client has its own allowance, whatever it writes in its own
    // X-Forwarded-For: the server counts the address nginx saw.
    let lookup = json!({ "reference": "FS-2222-2222", "secret": "ABCD-EFGH-JKMN-PQRS-TUVW" });
    let look_up = |from: Ipv4Addr, forged: &'static str| {
        let (url, lookup) = (nginx.url.clone(), lookup.clone());
        async move {
            client(from)
                .post(format!("{url}/api/applications/status"))
                .header("X-Forwarded-For", forged)
                .json(&lookup)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    let (first, second) = (Ipv4Addr::new(127, 0, 0, 3), Ipv4Addr::new(127, 0, 0, 4));
    assert_eq!(look_up(first, "203.0.113.1").await, 404);
    assert_eq!(look_up(first, "203.0.113.2").await, 429);
    assert_eq!(look_up(second, "203.0.113.1").await, 404);

    // A body larger than the server takes stops at nginx.
    let large = client(first)
        .post(format!("{}/api/applications", nginx.url))
        .header("content-type", "application/json")
        .body(vec![b' '; 100 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(large.status(), 413);
}

/// The service unit reads as systemd reads it (`systemd-analyze verify`,
/// with the unit pointing at the built binary), and keeps the service
/// confined (`systemd-analyze security` rates its exposure below 4 of 10,
/// "OK").
#[test]
fn the_service_unit_is_valid_and_confined() {
    let analyze = "/usr/bin/systemd-analyze";
    assert!(
        Path::new(analyze).exists(),
        "{analyze} is missing: run scripts/setup.sh --browser"
    );
    let unit = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/portal.service"),
    )
    .unwrap();
    let unit = unit.replace(
        "/opt/portal/bin/portal-server",
        env!("CARGO_BIN_EXE_portal-server"),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("portal.service");
    std::fs::write(&file, unit).unwrap();
    let verify = Command::new(analyze)
        .arg("verify")
        .arg(&file)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&verify.stderr);
    assert!(verify.status.success() && said.trim().is_empty(), "{said}");
    let security = Command::new(analyze)
        .args(["security", "--offline=yes", "--no-pager"])
        .arg(&file)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&security.stdout);
    let level: f64 = report
        .lines()
        .find_map(|line| line.split("exposure level for portal.service: ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|level| level.parse().ok())
        .unwrap_or_else(|| panic!("{report}"));
    assert!(level < 4.0, "exposure {level}:\n{report}");
}
