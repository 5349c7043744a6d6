//! The whole HTTP application: the API, and the built apps from `dist/` (the
//! public site) and `dist/admin/` (the reviewers' area, under `/admin`), read
//! once at start (see `assets`), with cache headers and an `index.html`
//! fallback for each, so that deep links work.

use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::api::{self, AppState};
use crate::assets::{Snapshot, SnapshotError};
use crate::loading::{Chunks, LoadingPages};

/// The application over `dist`; with `over_https` (the configured
/// `site_url` is https), browsers are told to come back over https only.
pub fn app(state: AppState, dist: &Path, over_https: bool) -> Result<Router, SnapshotError> {
    let site = Arc::new(Site::read(dist)?);
    let policy = HeaderValue::from_str(&site.policy)
        .unwrap_or(HeaderValue::from_static("default-src 'none'"));
    let files = Router::new()
        .fallback(files)
        .with_state(site)
        .layer(middleware::from_fn(cache_headers));
    Ok(api::router(state)
        .fallback_service(files)
        .layer(middleware::from_fn(move |request, next| {
            security_headers(over_https, request, next)
        }))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            policy,
        ))
        .layer(
            // Method and route only: no query string, no headers, no body,
            // so no personal data reaches the log.
            TraceLayer::new_for_http().make_span_with(|request: &Request| {
                let route = request
                    .extensions()
                    .get::<axum::extract::MatchedPath>()
                    .map_or("static", |path| path.as_str());
                tracing::info_span!("request", method = %request.method(), route)
            }),
        ))
}

/// One build of the apps, as the server started with it: its files, the
/// loading pages made from its `index.html`, and the policy allowing its
/// inline scripts and style sheet.
struct Site {
    files: Snapshot,
    loading: LoadingPages,
    policy: String,
}

impl Site {
    fn read(dist: &Path) -> Result<Site, SnapshotError> {
        let files = Snapshot::read(dist)?;
        let index = files.text("/index.html");
        let admin = files.text("/admin/index.html");
        Ok(Site {
            policy: content_security_policy(&[&index, &admin]),
            loading: LoadingPages::new(&index, &Chunks::read(&files.text("/chunks.json"))),
            files,
        })
    }
}

/// The public pages open on their own heading while the app loads (see
/// `loading`); everything else is a file of the build.
async fn files(State(site): State<Arc<Site>>, request: Request) -> Response {
    let (method, path, headers) = (request.method(), request.uri().path(), request.headers());
    let head = *method == Method::HEAD;
    match site.loading.get(path) {
        Some(page) if head || *method == Method::GET => {
            page.respond("text/html; charset=utf-8", headers, head)
        }
        _ => site.files.respond(method, path, headers),
    }
}

/// Hashed assets (Trunk names them `name-<16 hex>.ext`) never change: cache
/// them for a year. Everything else, `index.html` first, is revalidated.
async fn cache_headers(request: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    let value = if hashed && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

/// Trunk's names: `name-<hash>.ext`, the hash a 64-bit number in hex without
/// its leading zeros (16 digits, 15 one time in 16, fewer ever more rarely).
fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (10..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// The contents of the inline `<tag>` elements of a page: Trunk's loader and
/// the loading page's language switch (`script`, those without `src`), and
/// the style sheet inlined so that the first paint waits for no other
/// request (`style`).
fn inline_elements<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let attributes = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let Some(end) = body.find(&close) else {
            break;
        };
        if !attributes.contains("src=") {
            found.push(&body[..end]);
        }
        rest = &body[end..];
    }
    found
}

/// ` 'sha256-…'` for each inline `tag` element of the pages (once each: the
/// apps share their style sheet).
fn hashes(pages: &[&str], tag: &str) -> String {
    let mut sources: Vec<String> = Vec::new();
    for content in pages.iter().flat_map(|html| inline_elements(html, tag)) {
        let digest = Sha256::digest(content.as_bytes());
        let source = format!(
            " 'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    sources.concat()
}

/// Only this origin, and what the apps need beyond it: compiling
/// WebAssembly, and the pages' inline scripts and style sheet allowed by
/// their hashes. No other inline script or style, no plug-in, no
/// framing, no other origin of any kind.
pub fn content_security_policy(pages: &[&str]) -> String {
    let (scripts, styles) = (hashes(pages, "script"), hashes(pages, "style"));
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{scripts}; style-src 'self'{styles}; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// What every answer says of itself, pages and API alike: stay on HTTPS
/// (when the portal's address is https, or a proxy of ours says the request
/// came over TLS), no framing, no sniffing, no referrer, no powerful
/// features, and no sharing of its window or resources with other origins.
async fn security_headers(over_https: bool, request: Request, next: Next) -> Response {
    let over_tls = over_https
        || request
            .headers()
            .get("x-forwarded-proto")
            .is_some_and(|proto| proto.as_bytes().eq_ignore_ascii_case(b"https"));
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if over_tls {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static(
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::{content_security_policy, inline_elements, is_hashed_asset};

    #[test]
    fn the_policy_allows_the_inline_loader_and_style_by_their_hashes_only() {
        let html = "<head><style>body{margin:0}</style><script type=module>import init from '/app.js';</script>\
                    <script src=/other.js></script><script>\nlet a = 1;</script></head>";
        assert_eq!(
            inline_elements(html, "script"),
            vec!["import init from '/app.js';", "\nlet a = 1;"]
        );
        assert_eq!(inline_elements(html, "style"), vec!["body{margin:0}"]);
        let policy = content_security_policy(&[
            html,
            "<style>body{margin:0}</style><script>admin()</script>",
        ]);
        assert_eq!(policy.matches("'sha256-").count(), 4, "{policy}");
        let style_src = policy
            .split("; ")
            .find(|d| d.starts_with("style-src"))
            .unwrap();
        assert_eq!(style_src.matches("'sha256-").count(), 1);
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(!policy.contains("unsafe-inline"));
        // sha256 of `let a = 1;` preceded by a new line, base64.
        let expected = {
            use base64::Engine;
            use sha2::Digest;
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(b"\nlet a = 1;"))
        };
        assert!(policy.contains(&format!("'sha256-{expected}'")));
        assert!(!content_security_policy(&[""]).contains("sha256"));
    }

    #[test]
    fn recognises_trunk_hashed_names() {
        assert!(is_hashed_asset("/portal-1a2b3c4d5e6f7a8b_bg.wasm"));
        assert!(is_hashed_asset("/portal-1a2b3c4d5e6f7a8b.js"));
        assert!(is_hashed_asset("/style-0123456789abcdef.css"));
        // A hash whose first hex digit was 0.
        assert!(is_hashed_asset("/admin/admin-1106dfbc3fb8238_bg.wasm"));
        assert!(!is_hashed_asset("/page-cafe.css"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/faq"));
        assert!(!is_hashed_asset("/robots.txt"));
        assert!(!is_hashed_asset("/my-page"));
    }
}
