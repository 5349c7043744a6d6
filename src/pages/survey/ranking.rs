//! A ranking: the items as an ordered list, each moved with its "up" and
//! "down" buttons (keyboard and screen reader users rank without dragging);
//! each move is announced with the item's new place, and the focus stays on
//! the item moved. The survey's order stands until the first move, or until
//! the collective says it suits them as it is.

use leptos::prelude::*;
use portal_core::Locale;
use portal_core::survey::{Answer, Question};

use super::parts::Parts;
use crate::components::form::{Hint, InlineError, described_by, dom_id};
use crate::i18n::I18n;

pub(super) fn ranking_question(
    i18n: I18n,
    locale: Locale,
    parts: Parts,
    question: &Question,
) -> AnyView {
    let Parts {
        field,
        error,
        label,
        hint,
        current,
        set,
    } = parts;
    let id = dom_id(&field);
    let labels = StoredValue::new(
        question
            .choices
            .iter()
            .map(|c| (c.value.clone(), c.label.get(locale).to_owned()))
            .collect::<Vec<_>>(),
    );
    let name_of = move |value: &str| label_of(labels, value);
    let order = Signal::derive(move || match current.get() {
        Some(Answer::Many(values)) => values,
        _ => labels.with_value(|all| all.iter().map(|(v, _)| v.clone()).collect()),
    });
    let ranked = Signal::derive(move || matches!(current.get(), Some(Answer::Many(_))));
    let announcement = RwSignal::new(String::new());
    let shift = mover(
        i18n,
        Moving {
            id: id.clone(),
            labels,
            order,
            set,
            announcement,
        },
    );
    let list_id = id.clone();
    let items = move || {
        let list = order.get();
        let count = list.len();
        list.into_iter()
            .enumerate()
            .map(|(index, value)| {
                let ids = ["up", "down"].map(|direction| item_id(&list_id, &value, direction));
                rank_item(i18n, name_of(&value), ids.into(), (index, count), shift)
            })
            .collect_view()
    };
    let keep = move |_| {
        set.run(Some(Answer::Many(order.get_untracked())));
        announcement.set(i18n.t("survey-ranking-kept"));
    };
    let describedby = {
        let id = id.clone();
        move || described_by(&id, true, error.with(Option::is_some))
    };
    let how = i18n.t("survey-ranking-hint");
    let explained = hint.map_or_else(|| how.clone(), |hint| format!("{hint} {how}"));
    view! {
        <fieldset class="field ranking" id=id.clone() tabindex="-1" class:has-error=move || error.with(Option::is_some)
            aria-describedby=describedby>
            <legend>{label}</legend>
            <Hint id=id.clone() hint=MaybeProp::from(explained)/>
            <InlineError id=id.clone() error=error/>
            <ol class="rank-list">{items}</ol>
            {move || (!ranked.get()).then(|| view! {
                <button type="button" class="button secondary small" on:click=keep>{i18n.t("survey-ranking-keep")}</button>
            })}
            <p role="status" class="visually-hidden">{move || announcement.get()}</p>
        </fieldset>
    }
    .into_any()
}

/// The label of the option `value` among `labels`.
fn label_of(labels: StoredValue<Vec<(String, String)>>, value: &str) -> String {
    labels.with_value(|all| {
        all.iter()
            .find(|(v, _)| v == value)
            .map(|(_, label)| label.clone())
            .unwrap_or_default()
    })
}

/// The id of the button moving the option `value` of the ranking `id` in
/// `direction` (`up`, `down`).
fn item_id(id: &str, value: &str, direction: &str) -> String {
    format!("{id}-{}-{direction}", dom_id(value))
}

/// What moving an option of a ranking needs.
struct Moving {
    /// The ranking's id.
    id: String,
    labels: StoredValue<Vec<(String, String)>>,
    order: Signal<Vec<String>>,
    set: Callback<Option<Answer>>,
    announcement: RwSignal<String>,
}

/// Moves the option at an index one place up or down: the answer changes,
/// the move is announced, and the focus stays on a button of the option.
fn mover(i18n: I18n, moving: Moving) -> Callback<(usize, bool)> {
    let Moving {
        id,
        labels,
        order,
        set,
        announcement,
    } = moving;
    Callback::new(move |(index, up): (usize, bool)| {
        let mut list = order.get_untracked();
        let count = list.len();
        let Some(to) = crate::components::neighbour(index, up, count) else {
            return;
        };
        list.swap(index, to);
        let value = list[to].clone();
        set.run(Some(Answer::Many(list)));
        announcement.set(i18n.t_args(
            "survey-ranking-moved",
            [
                ("item", label_of(labels, &value).into()),
                ("position", (to + 1).into()),
                ("count", count.into()),
            ],
        ));
        // The same button while the item can go on that way, else the other.
        let at_end = if up { to == 0 } else { to + 1 == count };
        let target = format!(
            "#{}",
            item_id(&id, &value, if up != at_end { "up" } else { "down" })
        );
        crate::browser::after_render(move || {
            crate::browser::focus(&target);
        });
    })
}

/// One option of the ranking: its place, its name and the buttons that move
/// it (`ids`: theirs), disabled at the ends; then its index and the count.
fn rank_item(
    i18n: I18n,
    name: String,
    ids: (String, String),
    (index, count): (usize, usize),
    shift: Callback<(usize, bool)>,
) -> impl IntoView {
    let up = i18n.t_args("survey-ranking-up", [("item", name.clone().into())]);
    let down = i18n.t_args("survey-ranking-down", [("item", name.clone().into())]);
    view! {
        <li class="rank-item">
            <span class="rank" aria-hidden="true">{index + 1}</span>
            <span class="rank-label">{name}</span>
            <span class="rank-moves">
                <button type="button" class="button secondary small" id=ids.0
                    aria-label=up disabled=index == 0 on:click=move |_| shift.run((index, true))>
                    <span aria-hidden="true">"↑"</span>
                </button>
                <button type="button" class="button secondary small" id=ids.1
                    aria-label=down disabled=index + 1 == count on:click=move |_| shift.run((index, false))>
                    <span aria-hidden="true">"↓"</span>
                </button>
            </span>
        </li>
    }
}
