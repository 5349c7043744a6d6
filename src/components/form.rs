//! Accessible form fields shared by the wizard and the surveys: every field has
//! a visible label, an optional hint, and an inline error tied to it with
//! `aria-describedby`; the error summary lists every error as a link to its
//! field and receives the focus when it appears.

use leptos::prelude::*;
use portal_core::{Param, Problem, messages};

use crate::i18n::{Arg, I18n, use_i18n};

/// The DOM id of the control for a field path (`structure.name` → `structure-name`).
pub fn dom_id(field: &str) -> String {
    field.replace(['.', '_'], "-")
}

/// The localised sentence for a problem: a field-specific message when one
/// exists (`messages::field_problem`), the generic one for its code
/// otherwise (`messages::code`).
pub fn problem_message(i18n: I18n, problem: &Problem) -> String {
    let id = messages::field_problem(&problem.field, problem.code)
        .unwrap_or_else(|| messages::code(problem.code));
    i18n.t_args(id, problem_args(problem))
}

/// A problem's parameters, as the arguments of its sentence.
pub fn problem_args(problem: &Problem) -> impl Iterator<Item = (&str, Arg<'_>)> {
    problem.params.iter().map(|(name, value)| {
        let value = match value {
            Param::Number(n) => Arg::Number(*n),
            Param::Word(word) => Arg::from(word.as_str()),
        };
        (name.as_str(), value)
    })
}

/// The error of `field` among `problems`, as a sentence (reactive).
pub fn field_error(
    problems: RwSignal<Vec<Problem>>,
    field: impl Into<String>,
) -> Signal<Option<String>> {
    let i18n = use_i18n();
    let field = field.into();
    Signal::derive(move || {
        problems.with(|all| {
            all.iter()
                .find(|p| p.field == field)
                .map(|p| problem_message(i18n, p))
        })
    })
}

pub fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{id}-hint"));
    }
    if has_error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[component]
pub fn Hint(id: String, hint: MaybeProp<String>) -> impl IntoView {
    move || {
        hint.get()
            .map(|hint| view! { <p class="hint" id=format!("{id}-hint")>{hint}</p> })
    }
}

#[component]
pub fn InlineError(id: String, error: Signal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|message| {
            view! {
                <p class="field-error" id=format!("{id}-error")>
                    <span class="visually-hidden">{i18n.t("form-error-prefix")}</span>
                    {message}
                </p>
            }
        })
    }
}

/// A one-line or multi-line text field.
#[component]
pub fn TextField(
    /// Field path, e.g. `structure.name`.
    #[prop(into)]
    field: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] optional: bool,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional_no_strip, into)] autocomplete: Option<&'static str>,
    #[prop(optional_no_strip, into)] inputmode: Option<&'static str>,
    #[prop(optional_no_strip, into)] width: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = dom_id(&field);
    let describedby = {
        let id = id.clone();
        move || described_by(&id, hint.get().is_some(), error.with(Option::is_some))
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let class = move || {
        let mut class = String::from("control");
        if let Some(width) = width {
            class.push_str(" width-");
            class.push_str(width);
        }
        if error.with(Option::is_some) {
            class.push_str(" invalid");
        }
        class
    };
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                name=field.clone()
                rows="6"
                class=class
                aria-describedby=describedby
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                name=field.clone()
                type=input_type
                class=class
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck=(input_type == "email").then_some("false")
                aria-describedby=describedby
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:has-error=move || error.with(Option::is_some)>
            <label for=id.clone()>
                {label}
                {optional.then(|| view! { <span class="optional">{move || i18n.t("form-optional")}</span> })}
            </label>
            <Hint id=id.clone() hint=hint/>
            <InlineError id=id.clone() error=error/>
            {control}
        </div>
    }
}

/// One choice in a radio or checkbox group.
#[derive(Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

/// A group of radio buttons in a fieldset. The first button carries the
/// field's id, so that the error summary can link to the group. A choice may
/// have a follow-up question (`follow_ups`), shown right under it while it
/// is chosen.
#[component]
pub fn RadioGroup(
    #[prop(into)] field: String,
    #[prop(into)] legend: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(into)] choices: Signal<Vec<Choice>>,
    #[prop(into)] selected: Signal<Option<String>>,
    #[prop(into)] on_select: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] follow_ups: Vec<(&'static str, ViewFn)>,
) -> impl IntoView {
    choice_group(
        ChoiceGroup {
            field,
            legend,
            hint,
            choices,
            input_type: "radio",
            follow_ups,
        },
        Signal::derive(move || selected.get().into_iter().collect()),
        Callback::new(move |(value, _): (String, bool)| on_select.run(value)),
        error,
    )
}

/// A group of checkboxes in a fieldset.
#[component]
pub fn CheckboxGroup(
    #[prop(into)] field: String,
    #[prop(into)] legend: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(into)] choices: Signal<Vec<Choice>>,
    #[prop(into)] checked: Signal<Vec<String>>,
    /// Called with the value and whether it is now checked.
    #[prop(into)]
    on_toggle: Callback<(String, bool)>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    choice_group(
        ChoiceGroup {
            field,
            legend,
            hint,
            choices,
            input_type: "checkbox",
            follow_ups: Vec::new(),
        },
        checked,
        on_toggle,
        error,
    )
}

/// What a group of choices shows.
struct ChoiceGroup {
    field: String,
    legend: Signal<String>,
    hint: MaybeProp<String>,
    choices: Signal<Vec<Choice>>,
    input_type: &'static str,
    follow_ups: Vec<(&'static str, ViewFn)>,
}

fn choice_group(
    group: ChoiceGroup,
    checked: Signal<Vec<String>>,
    on_change: Callback<(String, bool)>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let ChoiceGroup {
        field,
        legend,
        hint,
        choices,
        input_type,
        follow_ups,
    } = group;
    let id = dom_id(&field);
    let describedby = {
        let id = id.clone();
        move || described_by(&id, hint.get().is_some(), error.with(Option::is_some))
    };
    let items = {
        let id = id.clone();
        move || {
            choices
                .get()
                .into_iter()
                .enumerate()
                .map(|(index, choice)| {
                    let input_id = if index == 0 { id.clone() } else { format!("{id}-{}", dom_id(&choice.value)) };
                    let value = choice.value;
                    let hint_id = format!("{id}-{}-hint", dom_id(&value));
                    let (is_checked, changed, shown) = (value.clone(), value.clone(), value.clone());
                    let follow_up = follow_ups
                        .iter()
                        .find(|(of, _)| *of == value)
                        .map(|(_, follow_up)| follow_up.clone())
                        .map(|follow_up| {
                            move || {
                                checked.with(|c| c.contains(&shown)).then(|| {
                                    view! { <div class="conditional">{follow_up.run()}</div> }
                                })
                            }
                        });
                    view! {
                        <div class="choice">
                            <input
                                type=input_type
                                id=input_id.clone()
                                name=field.clone()
                                value=value
                                aria-describedby=choice.hint.is_some().then(|| hint_id.clone())
                                prop:checked=move || checked.with(|c| c.contains(&is_checked))
                                on:change=move |ev| on_change.run((changed.clone(), event_target_checked(&ev)))
                            />
                            <label for=input_id>{choice.label}</label>
                            {choice.hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
                        </div>
                        {follow_up}
                    }
                })
                .collect_view()
        }
    };
    view! {
        <fieldset class="field" class:has-error=move || error.with(Option::is_some) aria-describedby=describedby>
            <legend>{legend}</legend>
            <Hint id=id.clone() hint=hint/>
            <InlineError id=id.clone() error=error/>
            <div class="choices">{items}</div>
        </fieldset>
    }
}

/// A single checkbox (a consent, a confirmation).
#[component]
pub fn Checkbox(
    #[prop(into)] field: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let id = dom_id(&field);
    let describedby = {
        let id = id.clone();
        move || described_by(&id, hint.get().is_some(), error.with(Option::is_some))
    };
    view! {
        <div class="field" class:has-error=move || error.with(Option::is_some)>
            <InlineError id=id.clone() error=error/>
            <div class="choice">
                <input
                    type="checkbox"
                    id=id.clone()
                    name=field
                    aria-describedby=describedby
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:checked=move || checked.get()
                    on:change=move |ev| on_change.run(event_target_checked(&ev))
                />
                <label for=id.clone()>{label}</label>
                <Hint id=id.clone() hint=hint/>
            </div>
        </div>
    }
}

/// Options of a drop-down list under an optional group label: (value, label).
pub type OptionGroup = (Option<String>, Vec<(String, String)>);

/// A drop-down list.
#[component]
pub fn Select(
    #[prop(into)] field: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(into)] groups: Signal<Vec<OptionGroup>>,
    /// The first, empty option, for a list that may be left unchosen.
    #[prop(optional, into)]
    placeholder: MaybeProp<String>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let id = dom_id(&field);
    let describedby = {
        let id = id.clone();
        move || described_by(&id, hint.get().is_some(), error.with(Option::is_some))
    };
    let options = move || {
        let current = value.get();
        let option = move |(code, name): (String, String), current: &str| {
            let selected = code == current;
            view! { <option value=code selected=selected>{name}</option> }
        };
        let groups = groups.get();
        view! {
            {placeholder.get().map(|text| view! { <option value="" selected=current.is_empty()>{text}</option> })}
            {groups
                .into_iter()
                .map(|(label, items)| {
                    let items = items.into_iter().map(|item| option(item, &current)).collect_view();
                    match label {
                        Some(label) => view! { <optgroup label=label>{items}</optgroup> }.into_any(),
                        None => items.into_any(),
                    }
                })
                .collect_view()}
        }
    };
    view! {
        <div class="field" class:has-error=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <Hint id=id.clone() hint=hint/>
            <InlineError id=id.clone() error=error/>
            <select
                id=id.clone()
                name=field
                class="control"
                class:invalid=move || error.with(Option::is_some)
                autocomplete=autocomplete
                aria-describedby=describedby
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {options}
            </select>
        </div>
    }
}

/// The list of problems at the top of a form, each a link to its field. It
/// takes the focus when it appears, so keyboard and screen-reader users land
/// on it.
#[component]
pub fn ErrorSummary(
    #[prop(into)] problems: Signal<Vec<Problem>>,
    /// Where a problem's link points: the field's id by default.
    #[prop(optional)]
    target: Option<Callback<Problem, String>>,
    /// The sentence for a problem: `problem_message` by default.
    #[prop(optional)]
    message: Option<Callback<Problem, String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let problems = problems.get();
        if problems.is_empty() {
            return None;
        }
        let items = problems
            .into_iter()
            .map(|problem| {
                let href = match target {
                    Some(target) => target.run(problem.clone()),
                    None => format!("#{}", dom_id(&problem.field)),
                };
                let message = match message {
                    Some(message) => message.run(problem.clone()),
                    None => problem_message(i18n, &problem),
                };
                let focus_target = href.strip_prefix('#').map(str::to_owned);
                view! {
                    <li>
                        <a
                            href=href
                            on:click=move |ev| {
                                if let Some(id) = &focus_target {
                                    ev.prevent_default();
                                    crate::browser::focus(&format!("#{id}"));
                                }
                            }
                        >
                            {message}
                        </a>
                    </li>
                }
            })
            .collect_view();
        crate::browser::after_render(|| {
            crate::browser::focus(".error-summary");
        });
        Some(view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                <h2 id="error-summary-title">{i18n.t("form-error-summary-title")}</h2>
                <ul>{items}</ul>
            </div>
        })
    }
}
