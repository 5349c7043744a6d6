//! What a page shows before the app has loaded, and what it fetches at
//! once. `index.html` carries the home page's heading and lead, so that a
//! slow phone shows something to read while the WebAssembly arrives; for
//! every public page, the server sends `index.html` with that page's own
//! heading and lead (from the French texts of `locales/`, the reference
//! language), so that a link to the FAQ or to the status page does not open
//! on the home page's words. The English texts ride along as `data-en-*`
//! attributes of `#boot`: a reader who chose English (remembered in the
//! browser, unknown to the server) gets them from the small script of
//! `index.html`.
//!
//! A page in a chunk of its own (`src/lazy.rs`) also names, in `#boot`'s
//! `data-preload*` attributes, the files its chunk and its texts come in
//! (read from the build's `chunks.json`): the same script has the browser
//! fetch them beside the main module, instead of one after the other once
//! the app has started.

use std::collections::HashMap;
use std::sync::Arc;

use portal_core::{Locale, page_texts};

use crate::assets::Variants;
use crate::texts::message;

/// A public page: the ids of the heading and lead it opens with in the app
/// (a browser test checks that both agree, in both languages), and the
/// split function that draws it (`src/lazy.rs`), whose groups of texts
/// (`portal_core::page_texts`) come in `texts_<fr|en>_<group>`.
struct Page {
    path: &'static str,
    title: &'static str,
    lead: Option<&'static str>,
    split: Option<&'static str>,
}

const fn page(
    path: &'static str,
    title: &'static str,
    lead: Option<&'static str>,
    split: Option<&'static str>,
) -> Page {
    Page {
        path,
        title,
        lead,
        split,
    }
}

const PAGES: &[Page] = &[
    page("/", "home-title", Some("home-lead"), None),
    page(
        "/eligibility",
        "elig-title",
        Some("elig-lead"),
        Some("prose"),
    ),
    page("/faq", "faq-title", Some("faq-lead"), Some("faq")),
    page("/about", "about-title", Some("about-lead"), Some("prose")),
    page(
        "/privacy",
        "privacy-title",
        Some("privacy-lead"),
        Some("notice"),
    ),
    page("/legal", "legal-title", None, Some("notice")),
    page(
        "/accessibility",
        "a11y-title",
        Some("a11y-lead"),
        Some("notice"),
    ),
    page(
        "/apply",
        "apply-intro-title",
        Some("apply-intro-lead"),
        Some("apply"),
    ),
    page(
        "/status",
        "status-title",
        Some("status-lead"),
        Some("status"),
    ),
    page(
        "/emails",
        "emails-title",
        Some("emails-lead"),
        Some("status"),
    ),
    // An invitation's link opens straight on the survey, which has no lead.
    page("/survey", "survey-title", None, Some("survey")),
];

/// The wizard's steps (`/apply/<step>`) open on their own heading: they
/// keep the home page's words while loading, and fetch the files of the
/// steps' chunk (`wizard`).
const WIZARD_STEP: &str = "/apply/:step";

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

/// Where `#boot`'s attributes go: right after its id.
fn boot_attributes(html: &str) -> Option<usize> {
    ["id=boot", "id=\"boot\""]
        .iter()
        .find_map(|id| html.find(id).map(|at| at + id.len()))
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
fn with_heading(index: &str, french: &Texts, english: &Texts) -> Option<String> {
    let mut html = index.to_owned();
    // Each place is looked for after the edit before it.
    let lead_range = lead_element(&html)?;
    let lead_html = french.lead.map_or_else(String::new, |lead| {
        format!("<p class=lead>{}</p>", escape(lead))
    });
    html.replace_range(lead_range, &lead_html);
    let h1 = content(&html, "<h1")?;
    html.replace_range(h1, &escape(french.title));
    let boot = boot_attributes(&html)?;
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

/// The files each split function fetches, by its name (`faq`,
/// `texts_fr_faq`): the build's `chunks.json` (`scripts/stage-chunks.mjs`).
#[derive(Default, serde::Deserialize)]
#[serde(transparent)]
pub struct Chunks(HashMap<String, Vec<String>>);

impl Chunks {
    /// Reads `chunks.json`; an app built in one piece has none (empty).
    pub fn read(json: &str) -> Chunks {
        if json.is_empty() {
            return Chunks::default();
        }
        serde_json::from_str(json).unwrap_or_else(|error| {
            tracing::warn!(%error, "chunks.json cannot be read: deep links fetch their chunks late");
            Chunks::default()
        })
    }

    /// The files of these split functions, each once, in order.
    fn files<'a>(&self, splits: impl IntoIterator<Item = &'a str>) -> String {
        let mut files: Vec<&str> = Vec::new();
        for split in splits {
            for file in self.0.get(split).into_iter().flatten() {
                if !files.contains(&file.as_str()) {
                    files.push(file);
                }
            }
        }
        escape(&files.join(" "))
    }

    /// `#boot`'s attributes naming what `page` fetches: its chunk (in any
    /// language) and its texts, in French and in English (where the shell's
    /// English texts come first).
    fn attributes(&self, split: Option<&str>) -> String {
        let texts = split.map_or(&[][..], page_texts);
        let texts_in = |lang: &str| -> Vec<String> {
            texts
                .iter()
                .map(|group| format!("texts_{lang}_{}", group.as_str()))
                .collect()
        };
        let (french, english) = (texts_in("fr"), texts_in("en"));
        let mut data = String::new();
        for (name, files) in [
            ("data-preload", self.files(split)),
            (
                "data-preload-fr",
                self.files(french.iter().map(String::as_str)),
            ),
            (
                "data-preload-en",
                self.files(
                    std::iter::once("texts_en_site").chain(english.iter().map(String::as_str)),
                ),
            ),
        ] {
            if !files.is_empty() {
                data.push_str(&format!(" {name}=\"{files}\""));
            }
        }
        data
    }
}

/// `html` with `#boot` naming the files to fetch at once.
fn with_preloads(mut html: String, preloads: &str) -> Option<String> {
    let boot = boot_attributes(&html)?;
    html.insert_str(boot, preloads);
    Some(html)
}

/// The variants of `index.html`, by path; empty when `index.html` lacks the
/// loading page (then every path gets `index.html` as it is).
#[derive(Clone, Default)]
pub struct LoadingPages(Arc<HashMap<&'static str, Variants>>);

impl LoadingPages {
    pub fn new(index: &str, chunks: &Chunks) -> Self {
        let mut pages: HashMap<&'static str, Variants> = PAGES
            .iter()
            .filter_map(|page| {
                let french = Texts::of(Locale::Fr, page.title, page.lead)?;
                let english = Texts::of(Locale::En, page.title, page.lead)?;
                let html = with_heading(index, &french, &english)?;
                let html = with_preloads(html, &chunks.attributes(page.split))?;
                Some((page.path, Variants::compressed(html)))
            })
            .collect();
        if let Some(html) = with_preloads(index.to_owned(), &chunks.attributes(Some("wizard"))) {
            pages.insert(WIZARD_STEP, Variants::compressed(html));
        }
        LoadingPages(Arc::new(pages))
    }

    /// The page for `path`: as it is and compressed.
    pub fn get(&self, path: &str) -> Option<&Variants> {
        let step = path
            .strip_prefix("/apply/")
            .is_some_and(|step| !step.is_empty() && !step.contains('/'));
        self.0.get(if step { WIZARD_STEP } else { path })
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

    /// The page sent for `path`, as text; empty when there is none.
    fn html_of(pages: &LoadingPages, path: &str) -> String {
        let html = pages
            .get(path)
            .map(|page| page.plain.clone())
            .unwrap_or_default();
        String::from_utf8(html.to_vec()).unwrap_or_default()
    }

    #[test]
    fn every_page_has_its_plain_texts_in_both_languages() {
        for page in PAGES {
            for locale in [Locale::Fr, Locale::En] {
                assert!(
                    Texts::of(locale, page.title, page.lead).is_some(),
                    "{}",
                    page.path
                );
            }
        }
        // And the wizard's steps.
        assert_eq!(
            LoadingPages::new(INDEX, &Chunks::default()).0.len(),
            PAGES.len() + 1
        );
    }

    #[test]
    fn a_page_opens_on_its_own_heading_and_lead_and_keeps_the_loader() {
        let pages = LoadingPages::new(INDEX, &Chunks::default());
        let text = |path| html_of(&pages, path);
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
    fn a_page_in_a_chunk_names_the_files_it_fetches_in_each_language() {
        let chunks = Chunks::read(
            r#"{"faq": ["/split_faq-1.wasm", "/chunk_14-2.wasm"],
                "wizard": ["/split_wizard-3.wasm", "/chunk_14-2.wasm"],
                "texts_fr_faq": ["/split_texts_fr_faq-4.wasm"],
                "texts_en_faq": ["/split_texts_en_faq-5.wasm"],
                "texts_fr_errors": ["/split_texts_fr_errors-6.wasm"],
                "texts_en_errors": ["/split_texts_en_errors-7.wasm"],
                "texts_fr_apply": ["/split_texts_fr_apply-9.wasm"],
                "texts_en_site": ["/split_texts_en_site-8.wasm"]}"#,
        );
        let pages = LoadingPages::new(INDEX, &chunks);
        let text = |path| html_of(&pages, path);
        let faq = text("/faq");
        assert!(faq.contains(" data-preload=\"/split_faq-1.wasm /chunk_14-2.wasm\""));
        assert!(faq.contains(" data-preload-fr=\"/split_texts_fr_faq-4.wasm\""));
        assert!(faq.contains(
            " data-preload-en=\"/split_texts_en_site-8.wasm /split_texts_en_faq-5.wasm\""
        ));
        // The home page is in the main module: only the English texts.
        let home = text("/");
        assert!(!home.contains("data-preload="));
        assert!(!home.contains("data-preload-fr"));
        assert!(home.contains(" data-preload-en=\"/split_texts_en_site-8.wasm\""));
        // A step of the wizard keeps the home page's words, with the steps' files.
        let step = text("/apply/contact");
        assert!(step.contains("<h1>Un espace collaboratif</h1>"));
        assert!(step.contains(" data-preload=\"/split_wizard-3.wasm /chunk_14-2.wasm\""));
        // Its texts: the words of forms and the wizard's own.
        assert!(step.contains(
            " data-preload-fr=\"/split_texts_fr_errors-6.wasm /split_texts_fr_apply-9.wasm\""
        ));
        assert!(pages.get("/apply/contact/more").is_none());
        assert!(pages.get("/apply/").is_none());
        // Without chunks.json (an app in one piece), nothing to name.
        let whole = LoadingPages::new(INDEX, &Chunks::read(""));
        let faq = html_of(&whole, "/faq");
        assert!(faq.contains("<h1>Questions fréquentes</h1>"));
        assert!(!faq.contains("data-preload"));
        assert!(Chunks::read("not json").0.is_empty());
    }

    #[test]
    fn a_page_is_compressed_once() {
        let pages = LoadingPages::new(INDEX, &Chunks::default());
        let faq = pages.get("/faq").unwrap();
        assert!(faq.br.as_ref().is_some_and(|br| br.len() < faq.plain.len()));
        assert!(faq.gzip.is_some());
    }

    #[test]
    fn an_index_without_a_loading_page_has_no_variants() {
        assert!(
            LoadingPages::new("<!DOCTYPE html><title>app</title>", &Chunks::default())
                .get("/faq")
                .is_none()
        );
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }
}
