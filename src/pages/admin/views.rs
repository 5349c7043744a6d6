//! A reviewer's saved views: named filters of the queue, each a link that
//! applies them, and a form that saves the filters applied now.

use leptos::prelude::*;
use leptos_router::components::A;
use portal_core::{NewView, Problem, SavedView};

use super::{error_text, use_reviewer};
use crate::api::ApiError;
use crate::components::form::{TextField, problem_message};
use crate::components::{Load, Submit};
use crate::i18n::use_i18n;

/// The views, and saving `query` (the applied filters) under a name.
#[component]
pub fn SavedViews(query: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let views = Load::new(move || {
        let token = reviewer.token();
        async move { crate::api::review::views(&token).await }
    });
    let failure = RwSignal::new(None::<String>);
    let delete = Submit::new(
        move |id: u32| {
            let token = reviewer.token();
            async move { crate::api::review::delete_view(&token, id).await }
        },
        move |answer| match answer {
            Ok(list) => {
                views.set(list);
                failure.set(Some(i18n.t("review-view-deleted")));
            }
            Err(error) => {
                reviewer.handle(&error);
                failure.set(Some(error_text(i18n, &error)));
            }
        },
    );
    let list = move || {
        views
            .loaded()
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|view| {
                let href = format!("/admin?{}", view.query);
                let delete_label =
                    i18n.t_args("review-view-delete", [("name", view.name.clone().into())]);
                view! {
                    <li>
                        <A href=href>{view.name.clone()}</A>
                        " "
                        <button type="button" class="button secondary small" aria-label=delete_label
                            on:click=move |_| delete.send(view.id)>
                            {i18n.t("review-view-delete-short")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="saved-views" aria-labelledby="views-title">
            <h2 id="views-title" class="small-title">{move || i18n.t("review-views-title")}</h2>
            <Show when=move || views.with_value(|v| v.is_some_and(|v| !v.is_empty()))
                fallback=move || view! { <p class="small">{i18n.t("review-views-none")}</p> }>
                <ul class="plain inline-list">{list}</ul>
            </Show>
            <SaveView query=query views=views/>
            <p role="status" aria-live="polite" class="live">{move || failure.get()}</p>
        </section>
    }
}

#[component]
fn SaveView(query: Signal<String>, views: Load<Vec<SavedView>>) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    let saved = RwSignal::new(None::<String>);
    let save = Submit::new(
        move |view: NewView| {
            let token = reviewer.token();
            async move { crate::api::review::add_view(&token, &view).await }
        },
        move |answer| match answer {
            Ok(list) => {
                views.set(list);
                saved.set(Some(i18n.t_args(
                    "review-view-saved",
                    [("name", name.get_untracked().trim().to_owned().into())],
                )));
                name.set(String::new());
                problem.set(None);
            }
            Err(ApiError::Refused { fields, .. }) if !fields.is_empty() => {
                problem.set(fields.into_iter().next());
                crate::browser::focus("#view-name");
            }
            Err(error) => {
                reviewer.handle(&error);
                saved.set(Some(error_text(i18n, &error)));
            }
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let view = NewView {
            name: name.get_untracked(),
            query: query.get_untracked(),
        };
        match view.problems().into_iter().next() {
            Some(p) => {
                problem.set(Some(p));
                crate::browser::focus("#view-name");
            }
            None => {
                saved.set(None);
                save.send(view);
            }
        }
    };
    let error = Signal::derive(move || problem.get().map(|p| problem_message(i18n, &p)));
    view! {
        <details class="save-view">
            <summary>{move || i18n.t("review-view-save-title")}</summary>
            <form novalidate=true on:submit=on_submit class="inline-form">
                <TextField field="view-name" label=Signal::derive(move || i18n.t("review-view-name"))
                    hint=Signal::derive(move || Some(i18n.t("review-view-name-hint")))
                    value=name on_input=Callback::new(move |v| name.set(v)) error=error/>
                <button type="submit" class="button secondary">{move || i18n.t("review-view-save")}</button>
            </form>
            <p role="status" aria-live="polite" class="live">{move || saved.get()}</p>
        </details>
    }
}
