//! The built apps, read once when the server starts: every file of `dist/`
//! (the public site) and `dist/admin/` (the reviewers' area) with its
//! pre-compressed variants, kept in memory. The pages, the loaders they
//! name and the hashes the content security policy allows therefore always
//! come from the same build: rebuilding `dist/` while the server runs
//! changes nothing until it is restarted.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// The most a build may weigh in memory, every variant counted.
const MAX_BYTES: u64 = 512 << 20;

/// A file as it is, and compressed, with the validator of each.
#[derive(Clone)]
pub struct Variants {
    pub plain: Bytes,
    pub br: Option<Bytes>,
    pub gzip: Option<Bytes>,
    /// The content's hash, quoted; each coding adds its name.
    tag: String,
}

impl Variants {
    fn new(plain: Bytes, br: Option<Bytes>, gzip: Option<Bytes>) -> Self {
        let digest = Sha256::digest(&plain);
        let tag = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
        Variants {
            plain,
            br,
            gzip,
            tag,
        }
    }

    /// `text` compressed here (brotli 11, gzip 9), as the build does for the
    /// files of `dist/`.
    pub fn compressed(text: String) -> Self {
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            ..Default::default()
        };
        let br = brotli::BrotliCompress(&mut text.as_bytes(), &mut br, &params)
            .ok()
            .map(|_| Bytes::from(br));
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let gzip = gzip
            .write_all(text.as_bytes())
            .and_then(|()| gzip.finish())
            .ok()
            .map(Bytes::from);
        Variants::new(Bytes::from(text), br, gzip)
    }

    /// The best coding `accept_encoding` allows: the bytes and the coding's
    /// name (`None`: as it is).
    pub fn pick(&self, accept_encoding: &str) -> (Bytes, Option<&'static str>) {
        match (&self.br, &self.gzip) {
            (Some(br), _) if accepts(accept_encoding, "br") => (br.clone(), Some("br")),
            (_, Some(gzip)) if accepts(accept_encoding, "gzip") => (gzip.clone(), Some("gzip")),
            _ => (self.plain.clone(), None),
        }
    }

    /// The answer to a GET or HEAD for this file: the best coding, its
    /// validator, `304` when the browser has it already.
    pub fn respond(&self, content_type: &str, request: &HeaderMap, head: bool) -> Response {
        let accept_encoding = request
            .get(header::ACCEPT_ENCODING)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default();
        let (body, coding) = self.pick(accept_encoding);
        let etag = format!(
            "\"{}{}\"",
            self.tag,
            coding.map_or(String::new(), |c| format!("-{c}"))
        );
        let fresh = request
            .get(header::IF_NONE_MATCH)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|tags| {
                tags.split(',')
                    .any(|tag| tag.trim().trim_start_matches("W/") == etag || tag.trim() == "*")
            });
        let mut response = if fresh {
            StatusCode::NOT_MODIFIED.into_response()
        } else if head {
            let mut response = Response::new(Body::empty());
            if let Ok(length) = HeaderValue::from_str(&body.len().to_string()) {
                response
                    .headers_mut()
                    .insert(header::CONTENT_LENGTH, length);
            }
            response
        } else {
            Response::new(Body::from(body))
        };
        let headers = response.headers_mut();
        if let Ok(value) = HeaderValue::from_str(content_type) {
            headers.insert(header::CONTENT_TYPE, value);
        }
        if let Ok(value) = HeaderValue::from_str(&etag) {
            headers.insert(header::ETAG, value);
        }
        if self.br.is_some() || self.gzip.is_some() {
            headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        }
        if let Some(coding) = coding {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
        response
    }
}

/// Whether an `Accept-Encoding` value accepts `coding` (not with `q=0`).
fn accepts(accept_encoding: &str, coding: &str) -> bool {
    accept_encoding.split(',').any(|item| {
        let mut parts = item.split(';').map(str::trim);
        parts
            .next()
            .is_some_and(|name| name.eq_ignore_ascii_case(coding))
            && !parts.any(|param| {
                param
                    .strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q == 0.0)
            })
    })
}

struct File {
    content_type: String,
    variants: Variants,
}

/// Every file of a build, by the path it is asked with (`/admin/index.html`).
#[derive(Default)]
pub struct Snapshot {
    files: HashMap<String, File>,
}

#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the build in {0} weighs more than {MAX_BYTES} bytes")]
    TooLarge(String),
}

fn content_type(path: &str) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let text = mime.type_() == mime_guess::mime::TEXT
        || mime.subtype() == mime_guess::mime::JAVASCRIPT
        || mime.subtype() == mime_guess::mime::JSON;
    if text {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

impl Snapshot {
    /// Reads every file under `dir`; a missing folder gives an empty build
    /// (the API still answers; the apps then cannot load).
    pub fn read(dir: &Path) -> Result<Self, SnapshotError> {
        let mut snapshot = Snapshot::default();
        if !dir.is_dir() {
            tracing::warn!(folder = %dir.display(), "no built app here: the pages will not load");
            return Ok(snapshot);
        }
        let mut weight = 0u64;
        let mut folders = vec![dir.to_path_buf()];
        let read = |path: &Path| {
            std::fs::read(path).map_err(|source| SnapshotError::Read {
                path: path.display().to_string(),
                source,
            })
        };
        while let Some(folder) = folders.pop() {
            let entries = std::fs::read_dir(&folder).map_err(|source| SnapshotError::Read {
                path: folder.display().to_string(),
                source,
            })?;
            for entry in entries {
                let path = entry
                    .map_err(|source| SnapshotError::Read {
                        path: folder.display().to_string(),
                        source,
                    })?
                    .path();
                if path.is_dir() {
                    folders.push(path);
                    continue;
                }
                let name = path.to_string_lossy();
                if name.ends_with(".br") || name.ends_with(".gz") {
                    continue;
                }
                let variant = |suffix: &str| {
                    let mut other = path.clone().into_os_string();
                    other.push(suffix);
                    let other = std::path::PathBuf::from(other);
                    other.is_file().then(|| read(&other)).transpose()
                };
                let plain = read(&path)?;
                let (br, gzip) = (variant(".br")?, variant(".gz")?);
                weight += [Some(&plain), br.as_ref(), gzip.as_ref()]
                    .into_iter()
                    .flatten()
                    .map(|bytes| bytes.len() as u64)
                    .sum::<u64>();
                if weight > MAX_BYTES {
                    return Err(SnapshotError::TooLarge(dir.display().to_string()));
                }
                let Ok(relative) = path.strip_prefix(dir) else {
                    continue;
                };
                let url = format!("/{}", relative.to_string_lossy().replace('\\', "/"));
                snapshot.files.insert(
                    url.clone(),
                    File {
                        content_type: content_type(&url),
                        variants: Variants::new(
                            Bytes::from(plain),
                            br.map(Bytes::from),
                            gzip.map(Bytes::from),
                        ),
                    },
                );
            }
        }
        Ok(snapshot)
    }

    /// The text of a file of the build (`/index.html`), empty when absent.
    pub fn text(&self, path: &str) -> String {
        self.files
            .get(path)
            .map(|file| String::from_utf8_lossy(&file.variants.plain).into_owned())
            .unwrap_or_default()
    }

    /// The answer for `path`: the file, the folder's `index.html`, or the
    /// app's `index.html` (under `/admin`, the reviewers' area's) so that
    /// deep links work.
    pub fn respond(&self, method: &Method, path: &str, headers: &HeaderMap) -> Response {
        if !matches!(*method, Method::GET | Method::HEAD) {
            let mut response = StatusCode::METHOD_NOT_ALLOWED.into_response();
            response
                .headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
            return response;
        }
        let in_folder = path.ends_with('/').then(|| format!("{path}index.html"));
        let app = if path == "/admin" || path.starts_with("/admin/") {
            "/admin/index.html"
        } else {
            "/index.html"
        };
        let head = *method == Method::HEAD;
        if let Some(file) = [Some(path), in_folder.as_deref()]
            .into_iter()
            .flatten()
            .find_map(|path| self.files.get(path))
        {
            return file.variants.respond(&file.content_type, headers, head);
        }
        // Any other address gets the app, which shows its page, or says
        // there is none: with the status that says so too.
        let Some(file) = self.files.get(app) else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let mut response = file.variants.respond(&file.content_type, headers, head);
        if !is_app_page(path) && response.status() == StatusCode::OK {
            *response.status_mut() = StatusCode::NOT_FOUND;
        }
        response
    }
}

/// The addresses the apps have a page for (`src/app.rs`).
fn is_app_page(path: &str) -> bool {
    let path = path
        .strip_suffix('/')
        .filter(|p| !p.is_empty())
        .unwrap_or(path);
    const PAGES: &[&str] = &[
        "/",
        "/eligibility",
        "/faq",
        "/about",
        "/privacy",
        "/legal",
        "/accessibility",
        "/apply",
        "/status",
        "/survey",
        "/admin",
        "/admin/phases",
        "/admin/surveys",
    ];
    let one_level = |prefix: &str| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
    };
    PAGES.contains(&path)
        || one_level("/apply/")
        || one_level("/admin/requests/")
        || one_level("/admin/surveys/")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_pages_of_the_apps_are_known_and_other_addresses_are_not() {
        for path in [
            "/",
            "/faq",
            "/apply/needs",
            "/admin/requests/FS-2345-6789",
            "/admin/surveys/3",
            "/admin/",
            "/legal/",
        ] {
            assert!(super::is_app_page(path), "{path}");
        }
        for path in [
            "/nowhere",
            "/faq/x",
            "/apply/a/b",
            "/admin/nowhere",
            "/wp-login.php",
        ] {
            assert!(!super::is_app_page(path), "{path}");
        }
    }

    use super::*;

    #[test]
    fn a_build_is_read_with_its_variants_and_served_from_memory() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "<p>v1</p>").unwrap();
        std::fs::write(dir.path().join("app-0123456789abcdef.js"), "let a;").unwrap();
        std::fs::write(dir.path().join("app-0123456789abcdef.js.br"), "BR").unwrap();
        std::fs::create_dir(dir.path().join("admin")).unwrap();
        std::fs::write(dir.path().join("admin").join("index.html"), "admin").unwrap();
        let snapshot = Snapshot::read(dir.path()).unwrap();
        // The build changes on disk: what is served does not.
        std::fs::write(dir.path().join("index.html"), "<p>v2</p>").unwrap();
        let body = |path: &str, accept: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(
                header::ACCEPT_ENCODING,
                HeaderValue::from_str(accept).unwrap(),
            );
            let response = snapshot.respond(&Method::GET, path, &headers);
            let coding = response.headers().get(header::CONTENT_ENCODING).cloned();
            let kind = response.headers().get(header::CONTENT_TYPE).cloned();
            (response.status(), coding, kind)
        };
        assert_eq!(snapshot.text("/index.html"), "<p>v1</p>");
        let (status, coding, kind) = body("/app-0123456789abcdef.js", "gzip, br");
        assert_eq!(status, StatusCode::OK);
        assert_eq!(coding.unwrap(), "br");
        assert_eq!(kind.unwrap(), "text/javascript; charset=utf-8");
        assert_eq!(body("/app-0123456789abcdef.js", "gzip").1, None);
        assert_eq!(body("/faq", "").2.unwrap(), "text/html; charset=utf-8");
        assert_eq!(snapshot.text("/admin/index.html"), "admin");
        let post = snapshot.respond(&Method::POST, "/faq", &HeaderMap::new());
        assert_eq!(post.status(), StatusCode::METHOD_NOT_ALLOWED);
    }

    #[test]
    fn a_file_the_browser_has_is_answered_304() {
        let variants = Variants::compressed("hello".repeat(100));
        let first = variants.respond("text/plain", &HeaderMap::new(), false);
        let tag = first.headers().get(header::ETAG).unwrap().clone();
        let mut again = HeaderMap::new();
        again.insert(header::IF_NONE_MATCH, tag);
        assert_eq!(
            variants.respond("text/plain", &again, false).status(),
            StatusCode::NOT_MODIFIED
        );
        // Another coding is another representation, with its own tag.
        again.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("br"));
        assert_eq!(
            variants.respond("text/plain", &again, false).status(),
            StatusCode::OK
        );
    }

    #[test]
    fn codings_are_chosen_by_what_the_browser_accepts() {
        let variants = Variants::compressed("x".repeat(1000));
        let coding = |accept| variants.pick(accept).1;
        assert_eq!(coding("gzip, deflate, br, zstd"), Some("br"));
        assert_eq!(coding("gzip, deflate"), Some("gzip"));
        assert_eq!(coding("br;q=0, gzip;q=0.5"), Some("gzip"));
        assert_eq!(coding("identity"), None);
        let (br, _) = variants.pick("br");
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut br.as_ref(), &mut decoded).unwrap();
        assert_eq!(decoded, variants.plain.to_vec());
    }
}
