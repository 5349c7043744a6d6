//! The FAQ: questions grouped by theme, searched as one types (case and
//! accents ignored, the words people use matched with the words of the
//! answers, matches highlighted, the count announced, the search kept in the
//! address so that it can be shared), each with a stable anchor
//! (`/faq#q-partners`) that opens, scrolls to and focuses it, linked from its
//! heading. The themes and their order come from the `## FAQ-ORDER:` line of
//! `locales/fr/faq.ftl`, so content and structure live together.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

use crate::components::{Place, PlaceLink};
use crate::i18n::{I18n, use_i18n};
use crate::offer::{limit_args, use_offer, use_offer_view};
use crate::search::{fold, highlight, query_words};
use portal_core::Offer;

/// (theme, slugs) in display order.
pub fn faq_order() -> Vec<(&'static str, Vec<&'static str>)> {
    let Some(line) = crate::i18n::faq_source()
        .lines()
        .find_map(|l| l.strip_prefix("## FAQ-ORDER:"))
    else {
        return Vec::new();
    };
    line.split(';')
        .filter_map(|group| {
            let (theme, slugs) = group.trim().split_once(':')?;
            Some((
                theme.trim(),
                slugs
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect(),
            ))
        })
        .collect()
}

/// The answer paragraphs of `slug`: `faq-<slug>-a1`, `-a2`… as long as they exist.
fn answer_ids(i18n: I18n, slug: &str) -> Vec<String> {
    (1..)
        .map(|n| format!("faq-{slug}-a{n}"))
        .take_while(|id| i18n.has(id))
        .collect()
}

fn marked(text: &str, words: &[Vec<char>]) -> impl IntoView + use<> {
    highlight(text, words)
        .into_iter()
        .map(|(piece, hit)| {
            if hit {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}

/// The words people type and the words the answers use for the same thing,
/// from the locale's `faq-synonyms` (`mail: courriel, e-mail; prix: …`):
/// each query word with the others it stands for, folded.
fn with_synonyms(i18n: I18n, words: Vec<Vec<char>>) -> Vec<Vec<Vec<char>>> {
    let table = i18n.t("faq-synonyms");
    let groups: Vec<(Vec<char>, Vec<Vec<char>>)> = table
        .split(';')
        .filter_map(|group| {
            let (word, others) = group.split_once(':')?;
            Some((
                fold(word.trim()),
                others
                    .split(',')
                    .map(|o| fold(o.trim()))
                    .filter(|o| !o.is_empty())
                    .collect(),
            ))
        })
        .collect();
    words
        .into_iter()
        .map(|word| {
            let mut all = vec![word.clone()];
            for (key, others) in &groups {
                if *key == word {
                    all.extend(others.iter().cloned());
                }
            }
            all
        })
        .collect()
}

/// A question of the FAQ, in the reader's language.
struct Question {
    slug: &'static str,
    text: String,
    answers: Vec<String>,
}

impl Question {
    /// Whether every query word (or one of its synonyms) is in the question
    /// or one of its answers.
    fn found(&self, words: &[Vec<Vec<char>>]) -> bool {
        words.iter().all(|alternatives| {
            std::iter::once(&self.text)
                .chain(&self.answers)
                .any(|t| !crate::search::matches(t, alternatives).is_empty())
        })
    }
}

/// The place outside the site an answer points to.
fn place_of(slug: &str) -> Option<Place> {
    match slug {
        "chatons" | "centralisation" => Some(Place::Chatons),
        "companies" | "individuals" | "small-business" => Some(Place::PaidHosts),
        "forum" | "training" | "missing-app" => Some(Place::Forum),
        _ => None,
    }
}

/// One question and its answer, with a link to it on its heading.
#[component]
fn Entry(
    slug: &'static str,
    question: String,
    answers: Vec<String>,
    words: Vec<Vec<char>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let anchor = format!("q-{slug}");
    let heading_id = format!("{anchor}-title");
    let labelled_by = heading_id.clone();
    let href = format!("#{anchor}");
    let label = i18n.t_args("faq-link-to", [("question", question.clone().into())]);
    view! {
        <article id=anchor class="entry" tabindex="-1" aria-labelledby=labelled_by>
            <h3 id=heading_id>
                {marked(&question, &words)} " "
                <a class="anchor no-print" href=href aria-label=label>"#"</a>
            </h3>
            {answers.iter().map(|a| view! { <p>{marked(a, &words)}</p> }).collect_view()}
            {place_of(slug).map(|place| view! { <p><PlaceLink place=place/></p> })}
        </article>
    }
}

#[component]
pub fn Faq() -> impl IntoView {
    let i18n = use_i18n();
    let offer = use_offer();
    let initial = use_query_map().get_untracked().get("q").unwrap_or_default();
    let query = RwSignal::new(initial);
    let order = faq_order();
    let total: usize = order.iter().map(|(_, slugs)| slugs.len()).sum();

    open_fragment(query);

    let entries = move || offer.with(|offer| questions(i18n, offer));
    let searched = Memo::new(move |_| with_synonyms(i18n, query_words(&query.get())));
    let sections = move || {
        let words = searched.get();
        let marks: Vec<Vec<char>> = words.iter().flatten().cloned().collect();
        entries()
            .into_iter()
            .filter_map(|(theme, list)| {
                let shown: Vec<_> = list
                    .into_iter()
                    .filter(|q| q.found(&words))
                    .map(|q| {
                        view! { <Entry slug=q.slug question=q.text answers=q.answers words=marks.clone()/> }
                    })
                    .collect();
                if shown.is_empty() {
                    return None;
                }
                let theme_id = format!("theme-{theme}");
                let labelled_by = theme_id.clone();
                Some(view! {
                    <section class="theme-section" aria-labelledby=labelled_by>
                        <h2 id=theme_id tabindex="-1">{i18n.t(&format!("faq-theme-{theme}"))}</h2>
                        {shown}
                        <p class="no-print small"><a href="#themes">{i18n.t("faq-back-to-top")}</a></p>
                    </section>
                })
            })
            .collect_view()
    };
    let shown = move || {
        let words = searched.get();
        entries()
            .into_iter()
            .flat_map(|(_, list)| list)
            .filter(|q| q.found(&words))
            .count()
    };
    let theme_links = order
        .iter()
        .map(|(theme, _)| {
            let label = format!("faq-theme-{theme}");
            view! { <li><a href=format!("#theme-{theme}")>{move || i18n.t(&label)}</a></li> }
        })
        .collect_view();
    view! {
        <div class="wrap page narrow faq">
            <h1>{move || i18n.t("faq-title")}</h1>
            <p class="lead">{move || i18n.t("faq-lead")}</p>
            <SearchBox query=query shown=Signal::derive(shown) total=total/>
            <nav id="themes" aria-label=move || i18n.t("faq-themes-nav-label") class="themes no-print">
                <ul>{theme_links}</ul>
            </nav>
            {sections}
        </div>
    }
}

/// Every question, in order, by theme, with the offer's figures.
fn questions(i18n: I18n, offer: &Offer) -> Vec<(&'static str, Vec<Question>)> {
    let text = |id: &str| i18n.t_args(id, limit_args(offer));
    faq_order()
        .into_iter()
        .map(|(theme, slugs)| {
            let entries = slugs
                .into_iter()
                .map(|slug| Question {
                    slug,
                    text: text(&format!("faq-{slug}-q")),
                    answers: answer_ids(i18n, slug).iter().map(|id| text(id)).collect(),
                })
                .collect();
            (theme, entries)
        })
        .collect()
}

/// A fragment opens its question (or theme): scroll to it and focus it, on
/// arrival and whenever it changes; a search that would hide it is cleared.
/// The questions are drawn again when the offer arrives (they quote its
/// figures): the focus waits for it, lest it go with the first drawing.
fn open_fragment(query: RwSignal<String>) {
    let location = use_location();
    let offer_view = use_offer_view();
    Effect::new(move |_| {
        let hash = location.hash.get();
        let target = hash.trim_start_matches('#').to_owned();
        if target.is_empty() || offer_view.with(Option::is_none) {
            return;
        }
        query.set(String::new());
        crate::browser::after_render(move || {
            crate::browser::focus(&format!("#{target}"));
        });
    });
}

/// The search as you type, kept in the address so that it can be shared,
/// with the count of questions it shows (or a way to ask elsewhere).
#[component]
fn SearchBox(query: RwSignal<String>, shown: Signal<usize>, total: usize) -> impl IntoView {
    let i18n = use_i18n();
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        let url = if typed.trim().is_empty() {
            "/faq".to_owned()
        } else {
            let mut pairs = form_urlencoded::Serializer::new(String::new());
            pairs.append_pair("q", typed.trim());
            format!("/faq?{}", pairs.finish())
        };
        crate::browser::replace_url(&url);
        query.set(typed);
    };
    let count = move || {
        let count = shown.get();
        if query.with(|q| q.trim().is_empty()) {
            None
        } else if count == 0 {
            Some(
                view! {
                    <p>
                        {i18n.t_args("faq-no-results", [("query", query.get().into())])} " "
                        <PlaceLink place=Place::Forum/>
                    </p>
                }
                .into_any(),
            )
        } else {
            Some(view! {
                <p>{i18n.t_args("faq-results", [("count", count.into()), ("total", total.into())])}</p>
            }.into_any())
        }
    };
    view! {
        <search class="search-box no-print">
            <label for="question-search">{move || i18n.t("faq-search-label")}</label>
            <p class="hint" id="question-search-hint">{move || i18n.t("faq-search-hint")}</p>
            <input
                id="question-search"
                type="search"
                class="control"
                autocomplete="off"
                aria-describedby="question-search-hint"
                prop:value=move || query.get()
                on:input=on_input
            />
            <div role="status" aria-live="polite" class="search-count">{count}</div>
        </search>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_names_at_least_25_questions_in_13_themes_each_with_an_answer() {
        let order = faq_order();
        assert_eq!(order.len(), 13, "{order:?}");
        let slugs: Vec<&str> = order.iter().flat_map(|(_, s)| s.iter().copied()).collect();
        assert!(slugs.len() >= 25, "{} questions", slugs.len());
        let mut unique = slugs.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), slugs.len(), "a slug appears twice");
        let fr = crate::i18n::message_ids(portal_core::Locale::Fr);
        for (theme, slugs) in &order {
            assert!(fr.contains(&format!("faq-theme-{theme}")), "{theme}");
            for slug in slugs {
                assert!(fr.contains(&format!("faq-{slug}-q")), "{slug}");
                assert!(fr.contains(&format!("faq-{slug}-a1")), "{slug}");
                assert!(
                    slug.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                    "{slug}"
                );
            }
        }
    }
}
