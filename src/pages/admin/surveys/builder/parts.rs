//! The pieces of a question card: a text in both languages side by side,
//! the list of choices (or of a matrix's rows), a scale's ends, and the
//! condition that shows a question only after some answers.

use leptos::prelude::*;
use portal_core::Locale;
use portal_core::survey::{ChoiceDef, Condition, Localized, Question, Scale};

use super::{Builder, new_item};
use crate::components::form::{CheckboxGroup, Choice, Select, TextField, dom_id};
use crate::i18n::use_i18n;

/// A text in French and in English, side by side; the language left empty
/// while the other is written is flagged as a translation to do.
#[component]
pub fn LocalizedFields(
    #[prop(into)] field: String,
    /// The message id of what the text is ("Intitulé").
    label: &'static str,
    #[prop(into)] value: Signal<Localized>,
    #[prop(into)] on_change: Callback<Localized>,
    errors: (Signal<Option<String>>, Signal<Option<String>>),
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let one = move |locale: Locale, error: Signal<Option<String>>| {
        let lang = locale.as_str();
        let other = match locale {
            Locale::Fr => Locale::En,
            Locale::En => Locale::Fr,
        };
        let hint = Signal::derive(move || {
            value.with(|v| {
                (v.get(locale).trim().is_empty() && !v.get(other).trim().is_empty())
                    .then(|| i18n.t(&format!("review-builder-missing-{lang}")))
            })
        });
        view! {
            <TextField
                field=format!("{field}.{lang}")
                label=Signal::derive(move || i18n.t_args(&format!("review-builder-in-{lang}"), [("label", i18n.t(label).into())]))
                hint=hint
                value=Signal::derive(move || value.with(|v| v.get(locale).to_owned()))
                on_input=Callback::new(move |text: String| {
                    let mut both = value.get_untracked();
                    match locale {
                        Locale::Fr => both.fr = text,
                        Locale::En => both.en = text,
                    }
                    on_change.run(both);
                })
                error=error
                multiline=multiline
            />
        }
    };
    view! {
        <div class="pair">
            {one(Locale::Fr, errors.0)}
            {one(Locale::En, errors.1)}
        </div>
    }
}

/// Which list of a question an editor works on.
#[derive(Clone, Copy, PartialEq)]
pub enum Items {
    Choices,
    Rows,
}

impl Items {
    fn path(self) -> &'static str {
        match self {
            Items::Choices => "choices",
            Items::Rows => "rows",
        }
    }

    fn of(self, question: &Question) -> &Vec<ChoiceDef> {
        match self {
            Items::Choices => &question.choices,
            Items::Rows => &question.rows,
        }
    }

    fn of_mut(self, question: &mut Question) -> &mut Vec<ChoiceDef> {
        match self {
            Items::Choices => &mut question.choices,
            Items::Rows => &mut question.rows,
        }
    }
}

/// The choices or rows of a question: each in both languages with its
/// "remove" button, then "add".
#[component]
pub fn ItemsEditor(builder: Builder, key: u64, items: Items) -> impl IntoView {
    let i18n = use_i18n();
    let path = items.path();
    let count = Memo::new(move |_| builder.question(key).map_or(0, |q| items.of(&q).len()));
    let list = move || {
        (0..count.get())
            .map(|index| view! { <Item builder=builder key=key items=items index=index/> })
            .collect_view()
    };
    let add = move |_| {
        builder.edit(key, |q| {
            let prefix = match items {
                Items::Choices => "option",
                Items::Rows => "row",
            };
            let item = new_item(items.of(q), prefix);
            items.of_mut(q).push(item);
        });
        let index = count.get_untracked().saturating_sub(1);
        let target = format!(
            "#{}",
            dom_id(&Builder::field(key, &format!("{path}.{index}.label.fr")))
        );
        crate::browser::after_render(move || {
            crate::browser::focus(&target);
        });
    };
    let (legend, add_label) = match items {
        Items::Choices => ("review-builder-choices", "review-builder-choice-add"),
        Items::Rows => ("review-builder-rows", "review-builder-row-add"),
    };
    let error = builder.error(i18n, key, path);
    let id = dom_id(&Builder::field(key, path));
    view! {
        <fieldset class="items" id=id.clone() tabindex="-1" class:has-error=move || error.with(Option::is_some)>
            <legend>{move || i18n.t(legend)}</legend>
            {move || error.get().map(|message| view! { <p class="field-error">{message}</p> })}
            <ol class="item-list">{list}</ol>
            <button type="button" class="button secondary small" id=format!("{id}-add") on:click=add>
                {move || i18n.t(add_label)}
            </button>
        </fieldset>
    }
}

/// The item at `index` of a question's `items`: its words in both
/// languages, and the button that removes it (the focus then on "add").
#[component]
fn Item(builder: Builder, key: u64, items: Items, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let path = items.path();
    let value = Signal::derive(move || {
        builder
            .question(key)
            .and_then(|q| items.of(&q).get(index).map(|i| i.label.clone()))
            .unwrap_or_default()
    });
    let set = Callback::new(move |label: Localized| {
        builder.edit(key, |q| {
            if let Some(item) = items.of_mut(q).get_mut(index) {
                item.label = label;
            }
        })
    });
    let remove = move |_| {
        builder.edit(key, |q| {
            let list = items.of_mut(q);
            if index < list.len() {
                list.remove(index);
            }
        });
        let add = format!("#{}", dom_id(&Builder::field(key, &format!("{path}-add"))));
        crate::browser::after_render(move || {
            crate::browser::focus(&add);
        });
    };
    let label = match items {
        Items::Choices => "review-builder-choice",
        Items::Rows => "review-builder-row",
    };
    let number = index + 1;
    view! {
        <li class="item">
            <LocalizedFields field=Builder::field(key, &format!("{path}.{index}.label")) label=label
                value=value on_change=set
                errors=(builder.error(i18n, key, &format!("{path}.{index}.label.fr")),
                        builder.error(i18n, key, &format!("{path}.{index}.label.en")))/>
            <button type="button" class="button secondary small" on:click=remove>
                {move || i18n.t_args(&format!("{label}-remove"), [("number", number.into())])}
            </button>
        </li>
    }
}

/// A scale's ends: its first and last points, and their words.
#[component]
pub fn ScaleEditor(builder: Builder, key: u64) -> impl IntoView {
    let i18n = use_i18n();
    let error = builder.error(i18n, key, "scale");
    view! {
        <fieldset class="scale-ends" id=dom_id(&Builder::field(key, "scale")) tabindex="-1" class:has-error=move || error.with(Option::is_some)>
            <legend>{move || i18n.t("review-builder-scale")}</legend>
            {move || error.get().map(|message| view! { <p class="field-error">{message}</p> })}
            <div class="pair">
                <ScaleBound builder=builder key=key end=End::Min/>
                <ScaleBound builder=builder key=key end=End::Max/>
            </div>
            <ScaleLabel builder=builder key=key end=End::Min/>
            <ScaleLabel builder=builder key=key end=End::Max/>
        </fieldset>
    }
}

/// One end of a scale.
#[derive(Clone, Copy, PartialEq)]
enum End {
    Min,
    Max,
}

impl End {
    fn name(self) -> &'static str {
        match self {
            End::Min => "min",
            End::Max => "max",
        }
    }

    /// The points offered for this end.
    fn range(self) -> std::ops::RangeInclusive<i64> {
        match self {
            End::Min => -10..=1,
            End::Max => 2..=10,
        }
    }

    fn point(self, scale: &mut Scale) -> &mut i64 {
        match self {
            End::Min => &mut scale.min,
            End::Max => &mut scale.max,
        }
    }

    fn label(self, scale: &mut Scale) -> &mut Localized {
        match self {
            End::Min => &mut scale.min_label,
            End::Max => &mut scale.max_label,
        }
    }
}

/// What `read` finds in the scale of the question `key`, if it has one.
fn read_scale<T>(builder: Builder, key: u64, read: impl FnOnce(&mut Scale) -> T) -> Option<T> {
    builder
        .question(key)
        .and_then(|q| q.scale)
        .map(|mut s| read(&mut s))
}

/// Changes the scale of the question `key`, if it has one.
fn edit_scale(builder: Builder, key: u64, change: impl FnOnce(&mut Scale)) {
    builder.edit(key, |q| {
        if let Some(scale) = q.scale.as_mut() {
            change(scale);
        }
    })
}

/// The point at one end of a scale: a list of the usual ones, and the
/// current one if it is not among them.
#[component]
fn ScaleBound(builder: Builder, key: u64, end: End) -> impl IntoView {
    let i18n = use_i18n();
    let name = end.name();
    let value = Signal::derive(move || {
        read_scale(builder, key, |s| end.point(s).to_string()).unwrap_or_default()
    });
    let options = Signal::derive(move || {
        let mut points: Vec<i64> = end.range().collect();
        if let Some(current) = value
            .get()
            .parse::<i64>()
            .ok()
            .filter(|n| !points.contains(n))
        {
            points.push(current);
        }
        vec![(
            None,
            points
                .into_iter()
                .map(|n| (n.to_string(), n.to_string()))
                .collect(),
        )]
    });
    view! {
        <Select
            field=Builder::field(key, &format!("scale.{name}"))
            label=Signal::derive(move || i18n.t(&format!("review-builder-scale-{name}")))
            groups=options
            value=value
            on_change=Callback::new(move |text: String| {
                if let Ok(n) = text.parse::<i64>() {
                    edit_scale(builder, key, |s| *end.point(s) = n);
                }
            })
            error=Signal::stored(None::<String>)
        />
    }
}

/// The words at one end of a scale, in both languages.
#[component]
fn ScaleLabel(builder: Builder, key: u64, end: End) -> impl IntoView {
    let i18n = use_i18n();
    let name = end.name();
    let value = Signal::derive(move || {
        read_scale(builder, key, |s| end.label(s).clone()).unwrap_or_default()
    });
    let set =
        Callback::new(move |text: Localized| edit_scale(builder, key, |s| *end.label(s) = text));
    let label = match end {
        End::Min => "review-builder-scale-min-label",
        End::Max => "review-builder-scale-max-label",
    };
    view! {
        <LocalizedFields field=Builder::field(key, &format!("scale.{name}_label")) label=label
            value=value on_change=set
            errors=(builder.error(i18n, key, &format!("scale.{name}_label.fr")), builder.error(i18n, key, &format!("scale.{name}_label.en")))/>
    }
}

/// "Show only after some answers": the earlier question (of a type that can
/// lead) and its values that show this one. Only real values are offered.
#[component]
pub fn ConditionEditor(builder: Builder, key: u64) -> impl IntoView {
    let i18n = use_i18n();
    let sources = Memo::new(move |_| {
        let index = builder.index(key).unwrap_or(0);
        builder.survey.with(|s| {
            s.questions[..index.min(s.questions.len())]
                .iter()
                .filter(|q| q.kind.can_lead())
                .cloned()
                .collect::<Vec<Question>>()
        })
    });
    let condition = Signal::derive(move || builder.question(key).and_then(|q| q.show_if));
    let toggle = Callback::new(move |on: bool| {
        let first = sources.with_untracked(|s| s.first().map(|q| q.id.clone()));
        let condition = match (on, first) {
            (true, Some(question)) => Some(Condition {
                question,
                any_of: Vec::new(),
            }),
            _ => None,
        };
        builder.edit(key, |q| q.show_if = condition);
    });
    let shown = Memo::new(move |_| condition.with(Option::is_some));
    let possible = Memo::new(move |_| !sources.with(Vec::is_empty) || shown.get());
    view! {
        {move || {
            possible.get().then(|| view! {
                <crate::components::form::Checkbox
                    field=Builder::field(key, "show_if")
                    label=Signal::derive(move || i18n.t("review-builder-condition"))
                    checked=Signal::derive(move || condition.with(Option::is_some))
                    on_change=toggle
                    error=Signal::stored(None::<String>)
                />
            })
        }}
        <div class="conditional">
            {move || shown.get().then(|| view! { <ConditionFields builder=builder key=key sources=sources condition=condition/> })}
        </div>
    }
}

/// A question's name in a list: its label, or its id while it has none.
fn question_name(q: &Question, locale: Locale) -> String {
    let label = q.label.get(locale).trim().to_owned();
    if label.is_empty() {
        q.id.clone()
    } else {
        label
    }
}

/// The values of `q` a condition can name, each with its label (the value
/// itself while it has none).
fn value_labels(q: &Question, locale: Locale) -> Vec<(String, String)> {
    q.values()
        .into_iter()
        .map(|value| {
            let label = q
                .choices
                .iter()
                .find(|c| c.value == value)
                .map(|c| c.label.get(locale).to_owned())
                .filter(|l| !l.trim().is_empty())
                .unwrap_or_else(|| value.clone());
            (value, label)
        })
        .collect()
}

/// A condition's question, among `sources`, and the values of it that show
/// the question `key`.
#[component]
fn ConditionFields(
    builder: Builder,
    key: u64,
    sources: Memo<Vec<Question>>,
    condition: Signal<Option<Condition>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let set = move |condition: Option<Condition>| builder.edit(key, |q| q.show_if = condition);
    let source = Memo::new(move |_| condition.get().map(|c| c.question));
    // The values of the chosen question, with their labels: drawn again only
    // when they change (ticking one keeps the focus on it).
    let values = Memo::new(move |_| {
        let question = source.get().unwrap_or_default();
        sources.with(|sources| {
            sources
                .iter()
                .find(|q| q.id == question)
                .map(|q| value_labels(q, i18n.locale()))
                .unwrap_or_default()
        })
    });
    let options = Signal::derive(move || {
        let locale = i18n.locale();
        vec![(
            None,
            sources
                .get()
                .iter()
                .map(|q| (q.id.clone(), question_name(q, locale)))
                .collect(),
        )]
    });
    let choices = Signal::derive(move || {
        values
            .get()
            .into_iter()
            .map(|(value, label)| Choice {
                value,
                label,
                hint: None,
            })
            .collect::<Vec<_>>()
    });
    view! {
        <Select
            field=Builder::field(key, "show_if.question")
            label=Signal::derive(move || i18n.t("review-builder-condition-source"))
            groups=options
            placeholder=Signal::derive(move || i18n.t("review-builder-choose"))
            value=Signal::derive(move || source.get().unwrap_or_default())
            on_change=Callback::new(move |question: String| set(Some(Condition { question, any_of: Vec::new() })))
            error=builder.error(i18n, key, "show_if.question")
        />
        <CheckboxGroup
            field=Builder::field(key, "show_if.any_of")
            legend=Signal::derive(move || i18n.t("review-builder-condition-values-label"))
            choices=choices
            checked=Signal::derive(move || condition.get().map(|c| c.any_of).unwrap_or_default())
            on_toggle=Callback::new(move |(value, on): (String, bool)| {
                if let Some(mut c) = condition.get_untracked() {
                    c.any_of.retain(|v| *v != value);
                    if on { c.any_of.push(value); }
                    set(Some(c));
                }
            })
            error=builder.error(i18n, key, "show_if.any_of")
        />
    }
}
