//! The fields of a page's filters (the queue's, the audit log's): each one
//! edits its place in the page's filters as typed, which the page turns
//! into the address's query when applied.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The options of a filter among `values`: each one's `name` in the
/// address, and its `words`.
pub(super) fn options<T: Copy + Send + Sync + 'static>(
    values: &'static [T],
    name: fn(T) -> &'static str,
    words: impl Fn(T) -> String + Send + Sync + 'static,
) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        values
            .iter()
            .map(|v| (name(*v).to_owned(), words(*v)))
            .collect()
    })
}

/// The options of a filter on a flag: `true` reads `yes`, `false` reads `no`.
pub(super) fn yes_or_no(
    i18n: crate::i18n::I18n,
    yes: &'static str,
    no: &'static str,
) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        vec![
            ("true".to_owned(), i18n.t(yes)),
            ("false".to_owned(), i18n.t(no)),
        ]
    })
}

/// One field of filters `F`, by the place of its value.
pub(super) type FilterField<F> = fn(&mut F) -> &mut String;

/// A filter typed as text (`input_type`: `search`, `text`, `date`); its id
/// is `filter-<name>`.
#[component]
pub(super) fn TextFilter<F: Clone + Send + Sync + 'static>(
    name: &'static str,
    label: &'static str,
    input_type: &'static str,
    filters: RwSignal<F>,
    field: FilterField<F>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("filter-{name}");
    view! {
        <div class="field compact">
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <input id=id type=input_type class="control"
                prop:value=move || filters.with(|f| field(&mut f.clone()).clone())
                on:input=move |ev| { let v = event_target_value(&ev); filters.update(|f| *field(f) = v) }/>
        </div>
    }
}

/// A filter chosen from `options` (value, label), "any" first.
#[component]
pub(super) fn SelectFilter<F: Clone + Send + Sync + 'static>(
    name: &'static str,
    label: &'static str,
    options: Signal<Vec<(String, String)>>,
    filters: RwSignal<F>,
    field: FilterField<F>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("filter-{name}");
    let chosen = move |value: &str| filters.with(|f| field(&mut f.clone()) == value);
    view! {
        <div class="field compact">
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <select id=id class="control" on:change=move |ev| { let v = event_target_value(&ev); filters.update(|f| *field(f) = v) }>
                <option value="" prop:selected=move || chosen("")>{i18n.t("review-filter-any")}</option>
                {move || options.get().into_iter().map(|(value, text)| {
                    let selected = { let value = value.clone(); move || chosen(&value) };
                    view! { <option value=value prop:selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
