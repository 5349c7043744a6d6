//! What a page shows before the app has loaded. `index.html` carries the home
//! page's heading and lead, so that a slow phone shows something to read
//! while the WebAssembly arrives; for the other public pages, the server sends
//! `index.html` with that page's own heading and lead instead (from the
//! French texts of `locales/`, the reference language), so that a link to the
//! FAQ or to the status page does not open on the home page's words.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;

/// The public pages and the ids of the heading and lead they open with in
/// the app (a browser test checks that both agree).
const PAGES: &[(&str, &str, Option<&str>)] = &[
    ("/eligibility", "elig-title", Some("elig-lead")),
    ("/faq", "faq-title", Some("faq-lead")),
    ("/about", "about-title", Some("about-lead")),
    ("/privacy", "privacy-title", Some("privacy-lead")),
    ("/legal", "legal-title", None),
    ("/apply", "apply-intro-title", Some("apply-intro-lead")),
    ("/status", "status-title", Some("status-lead")),
];

const FRENCH: &[&str] = &[
    include_str!("../../../locales/fr/main.ftl"),
    include_str!("../../../locales/fr/site.ftl"),
    include_str!("../../../locales/fr/faq.ftl"),
    include_str!("../../../locales/fr/apply.ftl"),
    include_str!("../../../locales/fr/status.ftl"),
];

/// A plain French message (one line, no placeable), or `None`.
fn message(id: &str) -> Option<&'static str> {
    let prefix = format!("{id} = ");
    FRENCH
        .iter()
        .flat_map(|file| file.lines())
        .find_map(|line| line.strip_prefix(&prefix))
        .map(str::trim)
        .filter(|text| !text.is_empty() && !text.contains('{'))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The byte range of the content of the first element whose opening tag
/// starts with `open` (`<h1`, `<title`…), up to the next closing tag.
fn content(html: &str, open: &str) -> Option<std::ops::Range<usize>> {
    let tag = html.find(open)?;
    let start = tag + html[tag..].find('>')? + 1;
    let end = start + html[start..].find("</")?;
    Some(start..end)
}

/// The whole `<p class="lead">…</p>` element, minified or not.
fn lead_element(html: &str) -> Option<std::ops::Range<usize>> {
    let start = ["<p class=lead>", "<p class=\"lead\">"]
        .iter()
        .find_map(|open| html.find(open))?;
    let end = start + html[start..].find("</p>")? + "</p>".len();
    Some(start..end)
}

/// `index.html` opening on another page's heading and lead.
fn page(index: &str, title: &str, lead: Option<&str>, site: &str) -> Option<String> {
    let mut html = index.to_owned();
    // From the end of the document backwards, so that earlier ranges hold.
    let lead_range = lead_element(&html)?;
    let lead_html = lead.map_or_else(String::new, |lead| {
        format!("<p class=lead>{}</p>", escape(lead))
    });
    html.replace_range(lead_range, &lead_html);
    let h1 = content(&html, "<h1")?;
    html.replace_range(h1, &escape(title));
    let head = content(&html, "<title")?;
    html.replace_range(head, &escape(&format!("{title} — {site}")));
    Some(html)
}

/// The variants of `index.html`, by path; empty when `index.html` lacks the
/// loading page (then every path gets `index.html` as it is).
#[derive(Clone, Default)]
pub struct LoadingPages(Arc<HashMap<&'static str, Bytes>>);

impl LoadingPages {
    pub fn new(index: &str) -> Self {
        let site = message("app-name").unwrap_or("Frama.space");
        let pages = PAGES
            .iter()
            .filter_map(|&(path, title, lead)| {
                let title = message(title)?;
                let lead = match lead {
                    Some(id) => Some(message(id)?),
                    None => None,
                };
                Some((path, Bytes::from(page(index, title, lead, site)?)))
            })
            .collect();
        LoadingPages(Arc::new(pages))
    }

    pub fn get(&self, path: &str) -> Option<Bytes> {
        self.0.get(path).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As Trunk writes it, minified.
    const INDEX: &str = "<!doctype html><html lang=fr><title>Frama.space — un espace</title>\
        <script type=module>import init from '/portal.js';</script><body><div id=boot>\
        <div class=hero><div class=wrap><h1>Un espace collaboratif</h1>\
        <p class=lead>Frama.space offre aux associations…</p><p role=status>Chargement…</p>\
        </div></div></div>";

    #[test]
    fn every_page_has_its_plain_texts() {
        for (path, title, lead) in PAGES {
            assert!(message(title).is_some(), "{path}: {title}");
            if let Some(lead) = lead {
                assert!(message(lead).is_some(), "{path}: {lead}");
            }
        }
        assert_eq!(LoadingPages::new(INDEX).0.len(), PAGES.len());
    }

    #[test]
    fn a_page_opens_on_its_own_heading_and_lead_and_keeps_the_loader() {
        let pages = LoadingPages::new(INDEX);
        let text = |path| {
            String::from_utf8(pages.get(path).unwrap_or_default().to_vec()).unwrap_or_default()
        };
        let faq = text("/faq");
        assert!(faq.contains("<h1>Questions fréquentes</h1>"));
        assert!(faq.contains("<p class=lead>Les réponses aux questions"));
        assert!(faq.contains("<title>Questions fréquentes — Frama.space</title>"));
        assert!(!faq.contains("Un espace collaboratif"));
        assert!(!faq.contains("offre aux associations"));
        assert!(faq.contains("<script type=module>import init from '/portal.js';</script>"));
        assert!(faq.contains("<p role=status>Chargement…</p>"));
        let legal = text("/legal");
        assert!(legal.contains("<h1>Mentions légales</h1>"));
        assert!(!legal.contains("class=lead"));
        assert!(pages.get("/").is_none());
        assert!(pages.get("/admin").is_none());
    }

    #[test]
    fn an_index_without_a_loading_page_has_no_variants() {
        assert!(
            LoadingPages::new("<!DOCTYPE html><title>app</title>")
                .get("/faq")
                .is_none()
        );
        assert_eq!(escape("a < b & c"), "a &lt; b &amp; c");
    }
}
