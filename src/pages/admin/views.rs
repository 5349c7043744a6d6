//! A reviewer's saved views: named filters of the queue, each a link that
//! applies them, and a form that saves the filters applied now.

use leptos::prelude::*;
use leptos_router::components::A;
use portal_core::{NewView, Problem, SavedView};

use super::{error_text, use_reviewer};
use crate::api::ApiError;
use crate::components::form::{TextField, problem_message};
use crate::i18n::use_i18n;

/// The views, and saving `query` (the applied filters) under a name.
#[component]
pub fn SavedViews(query: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let views = RwSignal::new(Vec::<SavedView>::new());
    let failure = RwSignal::new(None::<String>);
    let load = LocalResource::new(move || {
        let token = reviewer.token();
        async move { crate::api::review::views(&token).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(list)) = load.get() {
            views.set(list);
        }
    });
    let delete = Action::new_local(move |id: &u32| {
        let (id, token) = (*id, reviewer.token());
        async move { crate::api::review::delete_view(&token, id).await }
    });
    Effect::new(move |_| match delete.value().get() {
        Some(Ok(list)) => {
            views.set(list);
            failure.set(Some(i18n.t("review-view-deleted")));
        }
        Some(Err(error)) => {
            reviewer.handle(&error);
            failure.set(Some(error_text(i18n, &error)));
        }
        None => {}
    });
    let list = move || {
        views
            .get()
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
                            on:click=move |_| { delete.dispatch_local(view.id); }>
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
            <Show when=move || views.with(|v| !v.is_empty())
                fallback=move || view! { <p class="small">{i18n.t("review-views-none")}</p> }>
                <ul class="plain inline-list">{list}</ul>
            </Show>
            <SaveView query=query views=views/>
            <p role="status" aria-live="polite" class="live">{move || failure.get()}</p>
        </section>
    }
}

#[component]
fn SaveView(query: Signal<String>, views: RwSignal<Vec<SavedView>>) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    let saved = RwSignal::new(None::<String>);
    let save = Action::new_local(move |view: &NewView| {
        let (view, token) = (view.clone(), reviewer.token());
        async move { crate::api::review::add_view(&token, &view).await }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(list)) => {
            views.set(list);
            saved.set(Some(i18n.t_args(
                "review-view-saved",
                [("name", name.get_untracked().trim().to_owned().into())],
            )));
            name.set(String::new());
            problem.set(None);
        }
        Some(Err(ApiError::Refused { fields, .. })) if !fields.is_empty() => {
            problem.set(fields.into_iter().next());
            crate::browser::focus("#view-name");
        }
        Some(Err(error)) => {
            reviewer.handle(&error);
            saved.set(Some(error_text(i18n, &error)));
        }
        None => {}
    });
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
                save.dispatch_local(view);
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
