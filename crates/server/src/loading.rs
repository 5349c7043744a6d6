//! What a page shows before the app has loaded. `index.html` carries the home
//! page's heading and lead, so that a slow phone shows something to read
//! while the WebAssembly arrives; for every public page, the server sends
//! `index.html` with that page's own heading and lead (from the French texts
//! of `locales/`, the reference language), so that a link to the FAQ or to
//! the status page does not open on the home page's words. The English texts
//! ride along as `data-en-*` attributes of `#boot`: a reader who chose English
//! (remembered in the browser, unknown to the server) gets them from the
//! small script of `index.html`.

use std::collections::HashMap;
use std::sync::Arc;

use portal_core::Locale;

use crate::assets::Variants;
use crate::texts::message;

/// The public pages and the ids of the heading and lead they open with in
/// the app (a browser test checks that both agree, in both languages).
const PAGES: &[(&str, &str, Option<&str>)] = &[
    ("/", "home-title", Some("home-lead")),
    ("/eligibility", "elig-title", Some("elig-lead")),
    ("/faq", "faq-title", Some("faq-lead")),
    ("/about", "about-title", Some("about-lead")),
    ("/privacy", "privacy-title", Some("privacy-lead")),
    ("/legal", "legal-title", None),
    ("/accessibility", "a11y-title", Some("a11y-lead")),
    ("/apply", "apply-intro-title", Some("apply-intro-lead")),
    ("/status", "status-title", Some("status-lead")),
];

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
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

/// What a loading page says, in one language.
struct Texts {
    title: &'static str,
    lead: Option<&'static str>,
    site: &'static str,
    loading: &'static str,
}

impl Texts {
    /// The document's title, as the app names it: "page — site".
    fn document_title(&self) -> String {
        format!("{} — {}", self.title, self.site)
    }

    fn of(locale: Locale, title: &str, lead: Option<&str>) -> Option<Texts> {
        Some(Texts {
            title: message(locale, title)?,
            lead: match lead {
                Some(id) => Some(message(locale, id)?),
                None => None,
            },
            site: message(locale, "app-name")?,
            loading: message(locale, "common-loading")?,
        })
    }
}

/// `index.html` opening on a page's heading and lead, in French, with the
/// English ones in `#boot`'s `data-en-*` attributes.
fn page(index: &str, french: &Texts, english: &Texts) -> Option<String> {
    let mut html = index.to_owned();
    // Each place is looked for after the edit before it.
    let lead_range = lead_element(&html)?;
    let lead_html = french.lead.map_or_else(String::new, |lead| {
        format!("<p class=lead>{}</p>", escape(lead))
    });
    html.replace_range(lead_range, &lead_html);
    let h1 = content(&html, "<h1")?;
    html.replace_range(h1, &escape(french.title));
    let boot = ["id=boot", "id=\"boot\""]
        .iter()
        .find_map(|id| html.find(id).map(|at| at + id.len()))?;
    let mut data = format!(
        " data-en-title=\"{}\" data-en-h1=\"{}\" data-en-status=\"{}\"",
        escape(&english.document_title()),
        escape(english.title),
        escape(english.loading),
    );
    if let Some(lead) = english.lead {
        data.push_str(&format!(" data-en-lead=\"{}\"", escape(lead)));
    }
    html.insert_str(boot, &data);
    let head = content(&html, "<title")?;
    html.replace_range(head, &escape(&french.document_title()));
    Some(html)
}

/// The variants of `index.html`, by path; empty when `index.html` lacks the
/// loading page (then every path gets `index.html` as it is).
#[derive(Clone, Default)]
pub struct LoadingPages(Arc<HashMap<&'static str, Variants>>);

impl LoadingPages {
    pub fn new(index: &str) -> Self {
        let pages = PAGES
            .iter()
            .filter_map(|&(path, title, lead)| {
                let french = Texts::of(Locale::Fr, title, lead)?;
                let english = Texts::of(Locale::En, title, lead)?;
                Some((path, Variants::compressed(page(index, &french, &english)?)))
            })
            .collect();
        LoadingPages(Arc::new(pages))
    }

    /// The page for `path`: as it is and compressed.
    pub fn get(&self, path: &str) -> Option<&Variants> {
        self.0.get(path)
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
    fn every_page_has_its_plain_texts_in_both_languages() {
        for (path, title, lead) in PAGES {
            for locale in [Locale::Fr, Locale::En] {
                assert!(Texts::of(locale, title, *lead).is_some(), "{path}");
            }
        }
        assert_eq!(LoadingPages::new(INDEX).0.len(), PAGES.len());
    }

    #[test]
    fn a_page_opens_on_its_own_heading_and_lead_and_keeps_the_loader() {
        let pages = LoadingPages::new(INDEX);
        let text = |path| {
            let html = pages
                .get(path)
                .map(|page| page.plain.clone())
                .unwrap_or_default();
            String::from_utf8(html.to_vec()).unwrap_or_default()
        };
        let faq = text("/faq");
        assert!(faq.contains("<h1>Questions fréquentes</h1>"));
        assert!(faq.contains("<p class=lead>Les réponses aux questions"));
        assert!(faq.contains("<title>Questions fréquentes — Frama.space</title>"));
        assert!(!faq.contains("Un espace collaboratif"));
        assert!(!faq.contains("offre aux associations"));
        assert!(faq.contains("<script type=module>import init from '/portal.js';</script>"));
        assert!(faq.contains("<p role=status>Chargement…</p>"));
        // The English texts, for a reader who chose English.
        assert!(faq.contains("<div id=boot data-en-title=\""));
        assert!(faq.contains("data-en-status=\"Loading…\""));
        assert!(faq.contains("data-en-lead=\""));
        let legal = text("/legal");
        assert!(legal.contains("<h1>Mentions légales</h1>"));
        assert!(!legal.contains("class=lead"));
        assert!(!legal.contains("data-en-lead"));
        assert!(text("/").contains("<h1>Un espace collaboratif libre et gratuit"));
        assert!(pages.get("/admin").is_none());
    }

    #[test]
    fn a_page_is_compressed_once() {
        let pages = LoadingPages::new(INDEX);
        let faq = pages.get("/faq").unwrap();
        assert!(faq.br.as_ref().is_some_and(|br| br.len() < faq.plain.len()));
        assert!(faq.gzip.is_some());
    }

    #[test]
    fn an_index_without_a_loading_page_has_no_variants() {
        assert!(
            LoadingPages::new("<!DOCTYPE html><title>app</title>")
                .get("/faq")
                .is_none()
        );
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }
}
