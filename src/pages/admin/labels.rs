//! Labels reviewers put on requests for follow-up: shown on the queue's
//! lines, ticked on a request's page, created there too.

use leptos::prelude::*;
use portal_core::endpoints::CreateLabel;
use portal_core::{Label, LabelColor, NewLabel, Problem};

use super::{error_text, use_reviewer};
use crate::components::form::{TextField, problem_message};
use crate::components::{Load, Submit};
use crate::i18n::use_i18n;

/// Every label, read once by the page that shows them (none shown until
/// they come).
pub type Labels = Load<Vec<Label>>;

pub fn load_labels() -> Labels {
    let reviewer = use_reviewer();
    Load::new(move || {
        let token = reviewer.token();
        async move { crate::api::review::labels(&token).await }
    })
}

fn color_key(color: LabelColor) -> &'static str {
    match color {
        LabelColor::Blue => "review-label-color-blue",
        LabelColor::Green => "review-label-color-green",
        LabelColor::Yellow => "review-label-color-yellow",
        LabelColor::Orange => "review-label-color-orange",
        LabelColor::Red => "review-label-color-red",
        LabelColor::Purple => "review-label-color-purple",
        LabelColor::Grey => "review-label-color-grey",
    }
}

/// The labels `ids` among `labels`, as chips.
#[component]
pub fn LabelChips(ids: Vec<u32>, labels: Labels) -> impl IntoView {
    move || {
        labels.with_value(|labels| {
            labels
                .into_iter()
                .flatten()
                .filter(|label| ids.contains(&label.id))
                .map(|label| {
                    view! { <span class=format!("label {}", label.color.as_str())>{label.name.clone()}</span> }
                })
                .collect_view()
        })
    }
}

/// The labels of a request, each a box to tick, and a form to create one.
#[component]
pub fn LabelPicker(
    reference: Signal<String>,
    on: Signal<Vec<u32>>,
    labels: Labels,
    on_change: Callback<portal_core::ApplicationDetail>,
) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let failure = RwSignal::new(None::<String>);
    let toggle = Submit::new(
        move |(id, put): (u32, bool)| {
            let token = reviewer.token();
            let reference = reference.get_untracked();
            async move { crate::api::review::set_label(&token, &reference, id, put).await }
        },
        move |answer| match answer {
            Ok(detail) => {
                failure.set(None);
                on_change.run(detail);
            }
            Err(error) => {
                reviewer.handle(&error);
                failure.set(Some(error_text(i18n, &error)));
            }
        },
    );
    let boxes = move || {
        labels
            .loaded()
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|label| {
                let id = format!("label-{}", label.id);
                let ticked = move || on.with(|on| on.contains(&label.id));
                view! {
                    <li>
                        <input type="checkbox" id=id.clone() prop:checked=ticked
                            on:change=move |ev| toggle.send((label.id, event_target_checked(&ev)))/>
                        <label for=id><span class=format!("label {}", label.color.as_str())>{label.name.clone()}</span></label>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="labels-title">
            <h2 id="labels-title">{move || i18n.t("review-labels-title")}</h2>
            <Show when=move || labels.with_value(|l| l.is_some_and(|l| !l.is_empty()))
                fallback=move || view! { <p>{i18n.t("review-labels-none")}</p> }>
                <ul class="plain label-boxes">{boxes}</ul>
            </Show>
            <p role="status" aria-live="polite" class="live">
                {move || failure.get().map(|m| view! { <span class="field-error">{m}</span> })}
            </p>
            // Defining labels is a coordinator's; every member uses them.
            <Show when={move || reviewer.may::<CreateLabel>()}>
                <NewLabelForm labels=labels/>
            </Show>
        </section>
    }
}

/// Creates a label: a name and a colour.
#[component]
fn NewLabelForm(labels: Labels) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let name = RwSignal::new(String::new());
    let color = RwSignal::new(LabelColor::Blue);
    let problem = RwSignal::new(None::<Problem>);
    let failure = RwSignal::new(None::<String>);
    let create = Submit::new(
        move |label: NewLabel| {
            let token = reviewer.token();
            async move { crate::api::review::add_label(&token, &label).await }
        },
        move |answer| match answer {
            Ok(list) => {
                labels.set(list);
                name.set(String::new());
                problem.set(None);
                failure.set(None);
            }
            Err(crate::api::ApiError::Refused { fields, .. }) if !fields.is_empty() => {
                problem.set(fields.into_iter().next());
                crate::browser::focus("#new-label-name");
            }
            Err(error) => {
                reviewer.handle(&error);
                failure.set(Some(error_text(i18n, &error)));
            }
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let label = NewLabel {
            name: name.get_untracked(),
            color: color.get_untracked(),
        };
        // The server checks again; the rule is core's.
        match label.problems().into_iter().next() {
            Some(p) => {
                problem.set(Some(p));
                crate::browser::focus("#new-label-name");
            }
            None => create.send(label),
        }
    };
    let error = Signal::derive(move || problem.get().map(|p| problem_message(i18n, &p)));
    view! {
        <details class="new-label">
            <summary>{move || i18n.t("review-label-new")}</summary>
            <form novalidate=true on:submit=on_submit class="inline-form">
                <TextField field="new-label-name" label=Signal::derive(move || i18n.t("review-label-name"))
                    value=name on_input=Callback::new(move |v| name.set(v)) error=error/>
                <div class="field compact">
                    <label for="new-label-color">{move || i18n.t("review-label-color")}</label>
                    <select id="new-label-color" class="control"
                        on:change=move |ev| { if let Some(c) = LabelColor::parse(&event_target_value(&ev)) { color.set(c) } }>
                        {LabelColor::ALL.map(|c| view! {
                            <option value=c.as_str() prop:selected=move || color.get() == c>{move || i18n.t(color_key(c))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button secondary">{move || i18n.t("review-label-create")}</button>
            </form>
            <p role="status" aria-live="polite" class="live">{move || failure.get()}</p>
        </details>
    }
}
