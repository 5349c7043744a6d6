//! The FAQ: questions grouped by theme, searched as one types (case and
//! accents ignored, matches highlighted, the count announced), each with a
//! stable anchor (`/faq#q-partners`) that opens, scrolls to and focuses it,
//! and a button to copy its link. The themes and their order come from the
//! `## FAQ-ORDER:` line of `locales/fr/faq.ftl`, so content and structure
//! live together.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{I18n, use_i18n};
use crate::offer::{limit_args, use_offer};
use crate::text::{highlight, query_words};

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

#[component]
pub fn Faq() -> impl IntoView {
    let i18n = use_i18n();
    let offer = use_offer();
    let location = use_location();
    let query = RwSignal::new(String::new());
    let copied = RwSignal::new(None::<String>);
    let order = faq_order();
    let total: usize = order.iter().map(|(_, slugs)| slugs.len()).sum();

    // A fragment opens its question (or theme): scroll to it and focus it,
    // on arrival and whenever it changes. A search that hides it is cleared.
    Effect::new(move |_| {
        let hash = location.hash.get();
        let target = hash.trim_start_matches('#').to_owned();
        if target.is_empty() {
            return;
        }
        query.set(String::new());
        crate::browser::after_render(move || {
            crate::browser::focus(&format!("#{target}"));
        });
    });

    let text = move |id: &str| offer.with(|offer| i18n.t_args(id, limit_args(offer)));
    let order_for_view = order.clone();
    let sections = move || {
        let words = query_words(&query.get());
        order_for_view
            .iter()
            .filter_map(|(theme, slugs)| {
                let entries: Vec<_> = slugs
                    .iter()
                    .filter_map(|slug| {
                        let question = text(&format!("faq-{slug}-q"));
                        let answers: Vec<String> = answer_ids(i18n, slug).iter().map(|id| text(id)).collect();
                        let hit = words.iter().all(|word| {
                            std::iter::once(&question)
                                .chain(&answers)
                                .any(|t| !crate::text::matches(t, std::slice::from_ref(word)).is_empty())
                        });
                        hit.then(|| {
                            let anchor = format!("q-{slug}");
                            let link = format!("{}/faq#{anchor}", crate::browser::origin());
                            let heading_id = format!("{anchor}-title");
                            let labelled_by = heading_id.clone();
                            let slug = (*slug).to_owned();
                            view! {
                                <article id=anchor.clone() class="entry" tabindex="-1" aria-labelledby=labelled_by>
                                    <h3 id=heading_id>{marked(&question, &words)}</h3>
                                    {answers.iter().map(|a| view! { <p>{marked(a, &words)}</p> }).collect_view()}
                                    <p class="entry-tools no-print">
                                        <button type="button" class="button secondary small" on:click=move |_| {
                                            crate::browser::copy_to_clipboard(&link);
                                            copied.set(Some(slug.clone()));
                                        }>
                                            {i18n.t("faq-copy-link")}
                                            <span class="visually-hidden">" — " {question.clone()}</span>
                                        </button>
                                    </p>
                                </article>
                            }
                        })
                    })
                    .collect();
                if entries.is_empty() {
                    return None;
                }
                let theme_id = format!("theme-{theme}");
                let labelled_by = theme_id.clone();
                Some(view! {
                    <section class="theme-section" aria-labelledby=labelled_by>
                        <h2 id=theme_id tabindex="-1">{i18n.t(&format!("faq-theme-{theme}"))}</h2>
                        {entries}
                        <p class="no-print small"><a href="#themes">{i18n.t("faq-back-to-top")}</a></p>
                    </section>
                })
            })
            .collect_view()
    };
    let order_for_count = order.clone();
    let shown = move || {
        let words = query_words(&query.get());
        order_for_count
            .iter()
            .flat_map(|(_, slugs)| slugs.iter())
            .filter(|slug| {
                let question = text(&format!("faq-{slug}-q"));
                let answers: Vec<String> =
                    answer_ids(i18n, slug).iter().map(|id| text(id)).collect();
                words.iter().all(|word| {
                    std::iter::once(&question)
                        .chain(&answers)
                        .any(|t| !crate::text::matches(t, std::slice::from_ref(word)).is_empty())
                })
            })
            .count()
    };
    let theme_links = order
        .iter()
        .map(|(theme, _)| {
            let href = format!("#theme-{theme}");
            let label = format!("faq-theme-{theme}");
            view! { <li><a href=href>{move || i18n.t(&label)}</a></li> }
        })
        .collect_view();
    view! {
        <div class="wrap page narrow faq">
            <h1>{move || i18n.t("faq-title")}</h1>
            <p class="lead">{move || i18n.t("faq-lead")}</p>
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
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <p role="status" aria-live="polite" class="search-count">
                    {move || {
                        let count = shown();
                        if query.with(|q| q.trim().is_empty()) {
                            String::new()
                        } else if count == 0 {
                            i18n.t_args("faq-no-results", [("query", query.get().into())])
                        } else {
                            i18n.t_args("faq-results", [("count", count.into()), ("total", total.into())])
                        }
                    }}
                </p>
            </search>
            <nav id="themes" aria-label=move || i18n.t("faq-themes-nav-label") class="themes no-print">
                <ul>{theme_links}</ul>
            </nav>
            {sections}
            <p role="status" aria-live="polite" class="live">{move || copied.get().map(|_| i18n.t("faq-copied"))}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_names_at_least_25_questions_in_12_themes_each_with_an_answer() {
        let order = faq_order();
        assert_eq!(order.len(), 12, "{order:?}");
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
