//! Deciding on one request. A decision the applicant will read is never
//! recorded by accident: what it needs (a phase, a refusal's reason) starts
//! empty and must be chosen, and the reviewer confirms after reading what the
//! applicant will see. A decision that changes nothing says so.

use leptos::prelude::*;
use portal_core::{Decision, DecisionField, DecisionKind, RefusalReason, messages};

use super::decision::{DecisionChoice, DecisionFields, seen_by_applicant};
use super::reply_picker::ReplyPicker;
use super::{Detail, error_text, use_reviewer};
use crate::components::Submit;
use crate::i18n::use_i18n;

#[component]
pub fn DecisionForm(reference: Signal<String>, detail: Detail) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let choice = DecisionChoice::new(DecisionKind::Accept);
    let message = RwSignal::new(String::new());
    let pending = RwSignal::new(None::<Decision>);
    let outcome = RwSignal::new(None::<Result<bool, String>>);

    let decide = Submit::new(
        move |decision: Decision| {
            let reference = reference.get_untracked();
            let token = reviewer.token();
            async move { crate::api::review::decide(&token, &reference, &decision).await }
        },
        move |answer| {
            match answer {
                Ok(after) => {
                    // A decision that applies appends to the history.
                    let before = detail.with_value_untracked(|d| d.map_or(0, |d| d.history.len()));
                    outcome.set(Some(Ok(after.history.len() > before)));
                    detail.set(after);
                    message.set(String::new());
                }
                Err(error) => {
                    reviewer.handle(&error);
                    outcome.set(Some(Err(error_text(i18n, &error))));
                }
            }
            pending.set(None);
            crate::browser::after_render(|| {
                crate::browser::focus("#decision-result");
            });
        },
    );

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = Some(message.get_untracked()).filter(|m| !m.trim().is_empty());
        if let Some(decision) = choice.decision("decision", text) {
            outcome.set(None);
            pending.set(Some(decision));
            crate::browser::after_render(|| {
                crate::browser::focus("#decision-confirm-title");
            });
        }
    };
    let result = move || {
        outcome.get().map(|result| match result {
            Ok(true) => view! { <p class="notice success">{i18n.t("review-decision-saved")}</p> },
            Ok(false) => view! { <p class="notice info">{i18n.t("review-decision-unchanged")}</p> },
            Err(text) => view! { <p class="notice error">{text}</p> },
        })
    };
    view! {
        <div id="decision-result" tabindex="-1" role="status" aria-live="polite">{result}</div>
        <section aria-labelledby="decide-title" class="panel">
            <h2 id="decide-title">{move || i18n.t("review-decide-title")}</h2>
            <form novalidate=true on:submit=on_submit>
                <DecisionFields prefix="decision" kind_id="decision-kind" kinds=&DecisionKind::ALL choice=choice
                    on_change=Callback::new(move |()| pending.set(None))/>
                <ReplyPicker into="decision-message" text=message detail=detail
                    decision=Signal::derive(move || Some(choice.kind.get()))
                    reason=Signal::derive(move || RefusalReason::parse(&choice.reason.get()))
                    phase=Signal::derive(move || choice.phase.get().trim().parse().ok())
                    on_insert=Callback::new(move |()| pending.set(None))/>
                <MessageField choice=choice message=message on_input=Callback::new(move |()| pending.set(None))/>
                <Confirmation pending=pending detail=detail busy=decide.pending()
                    on_confirm=Callback::new(move |decision| decide.send(decision))/>
                <Show when=move || pending.with(Option::is_none)>
                    <div class="form-actions">
                        <button type="submit" class="button primary">{move || i18n.t("review-decide")}</button>
                    </div>
                </Show>
            </form>
        </section>
    }
}

/// The message the applicant will read with the decision: optional, but a
/// question is nothing without it.
#[component]
fn MessageField(
    choice: DecisionChoice,
    message: RwSignal<String>,
    on_input: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let asks = move || choice.kind.get() == DecisionKind::Ask;
    let lacks = move || choice.missing.get() == Some(DecisionField::Message);
    let described = move || {
        if lacks() {
            "decision-message-error decision-message-hint"
        } else {
            "decision-message-hint"
        }
    };
    view! {
        <div class="field" class:has-error=lacks>
            <label for="decision-message">
                {move || i18n.t(if asks() { "review-question-label" } else { "review-message-label" })}
            </label>
            <p class="hint" id="decision-message-hint">
                {move || i18n.t(if asks() { "review-question-hint" } else { "review-message-hint" })}
            </p>
            {move || lacks().then(|| view! {
                <p class="field-error" id="decision-message-error">{i18n.t(messages::decision_field_required(DecisionField::Message))}</p>
            })}
            <textarea id="decision-message" class="control" rows="4" aria-describedby=described
                aria-invalid=move || lacks().then_some("true")
                prop:value=move || message.get() on:input=move |ev| { message.set(event_target_value(&ev)); on_input.run(()); }></textarea>
        </div>
    }
}

/// The last step before a decision is recorded: who will read it, and what
/// they will read.
#[component]
fn Confirmation(
    pending: RwSignal<Option<Decision>>,
    detail: Detail,
    busy: Memo<bool>,
    on_confirm: Callback<Decision>,
) -> impl IntoView {
    let i18n = use_i18n();
    let back = move |_| {
        pending.set(None);
        crate::browser::after_render(|| {
            crate::browser::focus("#decision-kind");
        });
    };
    move || {
        pending.get().map(|decision| {
            let name = detail.with_value(|d| d.and_then(|d| d.item.structure_name.clone()));
            let sees = match name {
                Some(name) => i18n.t_args("review-confirm-sees", [("name", name.into())]),
                None => i18n.t("review-confirm-sees-unnamed"),
            };
            let seen = seen_by_applicant(i18n, &decision);
            view! {
                <div class="notice warning confirm" role="group" aria-labelledby="decision-confirm-title">
                    <h3 id="decision-confirm-title" tabindex="-1">{i18n.t("review-confirm-title")}</h3>
                    <p>{sees}</p>
                    <div class="seen">{seen}</div>
                    <div class="form-actions">
                        <button type="button" class="button primary" on:click=move |_| on_confirm.run(decision.clone()) disabled=move || busy.get()>
                            {i18n.t("review-confirm")}
                        </button>
                        <button type="button" class="button secondary" on:click=back>{i18n.t("review-confirm-back")}</button>
                    </div>
                </div>
            }
        })
    }
}
