//! One question of the builder: its place and the buttons that move,
//! duplicate and remove it, its type, its texts in both languages, whether
//! it must be answered, what its type calls for (choices, rows, scale), and
//! its condition. After a move the focus stays on the button pressed, so
//! that a question is moved several places by pressing it again.

use leptos::prelude::*;
use portal_core::survey::{Localized, QuestionType};
use portal_core::{QuestionType as Kind, messages};

use super::parts::{ConditionEditor, Items, ItemsEditor, LocalizedFields, ScaleEditor};
use super::{Builder, reshape, type_options};
use crate::components::form::{Checkbox, Select, dom_id};
use crate::i18n::use_i18n;

fn focus_later(id: String) {
    crate::browser::after_render(move || {
        crate::browser::focus(&format!("#{id}"));
    });
}

#[component]
pub fn QuestionCard(builder: Builder, key: u64) -> impl IntoView {
    let i18n = use_i18n();
    let number = Memo::new(move |_| builder.index(key).map_or(0, |i| i + 1));
    let kind = Memo::new(move |_| builder.question(key).map(|q| q.kind));
    let id = move |rest: &str| dom_id(&Builder::field(key, rest));
    let title_id = id("title");
    let text = move |field: &'static str| {
        Signal::derive(move || {
            builder
                .question(key)
                .map(|q| match field {
                    "label" => q.label,
                    _ => q.hint.unwrap_or_default(),
                })
                .unwrap_or_default()
        })
    };
    let set_label = Callback::new(move |label: Localized| builder.edit(key, |q| q.label = label));
    let set_hint = Callback::new(move |hint: Localized| {
        builder.edit(key, |q| {
            q.hint = (!hint.fr.trim().is_empty() || !hint.en.trim().is_empty()).then_some(hint)
        })
    });
    view! {
        <li class="question-card">
            <section aria-labelledby=title_id.clone()>
                <h3 id=title_id.clone()>{move || i18n.t_args("review-builder-question", [("number", number.get().into())])}</h3>
                <CardTools builder=builder key=key number=number/>
                <Select
                    field=Builder::field(key, "type")
                    label=Signal::derive(move || i18n.t("review-builder-type"))
                    groups=Signal::derive(move || vec![(None, type_options(i18n))])
                    value=Signal::derive(move || kind.get().map(|k| k.as_str().to_owned()).unwrap_or_default())
                    on_change=Callback::new(move |text: String| {
                        if let Some(chosen) = Kind::parse(&text) {
                            builder.edit(key, |q| reshape(q, chosen));
                        }
                    })
                    error=builder.error(i18n, key, "type")
                />
                <LocalizedFields field=Builder::field(key, "label") label="review-builder-label" value=text("label") on_change=set_label
                    errors=(builder.error(i18n, key, "label.fr"), builder.error(i18n, key, "label.en"))/>
                <LocalizedFields field=Builder::field(key, "hint") label="review-builder-hint" value=text("hint") on_change=set_hint
                    errors=(builder.error(i18n, key, "hint.fr"), builder.error(i18n, key, "hint.en"))/>
                <Checkbox
                    field=Builder::field(key, "required")
                    label=Signal::derive(move || i18n.t("review-builder-required"))
                    checked=Signal::derive(move || builder.question(key).is_some_and(|q| q.required))
                    on_change=Callback::new(move |on| builder.edit(key, |q| q.required = on))
                    error=Signal::stored(None::<String>)
                />
                {move || kind.get().map(|kind| view! {
                    <p class="hint">{i18n.t(&format!("{}-hint", messages::question_type(kind)))}</p>
                    {kind.has_choices().then(|| view! { <ItemsEditor builder=builder key=key items=Items::Choices/> })}
                    {(kind == QuestionType::Matrix).then(|| view! { <ItemsEditor builder=builder key=key items=Items::Rows/> })}
                    {kind.has_scale().then(|| view! { <ScaleEditor builder=builder key=key/> })}
                })}
                <ConditionEditor builder=builder key=key/>
            </section>
        </li>
    }
}

/// A question's tools: move it up or down, duplicate it, remove it; the
/// focus then goes where the reader can go on.
#[component]
fn CardTools(builder: Builder, key: u64, number: Memo<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let id = move |rest: &str| dom_id(&Builder::field(key, rest));
    // The same button while the question can go on that way, else the other.
    let shift = move |up: bool| {
        if builder.shift(key, up) {
            let place = builder.index(key).unwrap_or(0);
            let at_end = if up {
                place == 0
            } else {
                place + 1 == builder.count()
            };
            focus_later(id(if up != at_end { "up" } else { "down" }));
        }
    };
    let duplicate = move |_| {
        if let Some(copy) = builder.duplicate(key) {
            focus_later(dom_id(&Builder::field(copy, "label.fr")));
        }
    };
    let remove = move |_| {
        builder.remove(key);
        focus_later("add-question".to_owned());
    };
    let tool = move |message: &'static str| {
        Signal::derive(move || i18n.t_args(message, [("number", number.get().into())]))
    };
    let last = move || number.get() == builder.count();
    view! {
        <div class="card-tools">
            <button type="button" class="button secondary small" id=id("up") disabled=move || number.get() == 1
                aria-label=tool("review-builder-up") on:click=move |_| shift(true)>{move || i18n.t("review-builder-up-short")}</button>
            <button type="button" class="button secondary small" id=id("down") disabled=last
                aria-label=tool("review-builder-down") on:click=move |_| shift(false)>{move || i18n.t("review-builder-down-short")}</button>
            <button type="button" class="button secondary small" aria-label=tool("review-builder-duplicate")
                on:click=duplicate>{move || i18n.t("review-builder-duplicate-short")}</button>
            <button type="button" class="button secondary small" aria-label=tool("review-builder-remove")
                on:click=remove>{move || i18n.t("review-builder-remove-short")}</button>
        </div>
    }
}
