//! Deciding on one request. A decision the applicant will read is never
//! recorded by accident: what it needs (a phase, a refusal's reason) starts
//! empty and must be chosen, and the reviewer confirms after reading what the
//! applicant will see. A decision that changes nothing says so.

use leptos::prelude::*;
use portal_core::{ApplicationDetail, Decision};

use super::{DecisionFields, decision, error_text, use_reviewer};
use crate::i18n::{refusal_label, status_label, use_i18n};

/// What the applicant will read of `decision`, on the status page.
fn seen_by_applicant(i18n: crate::i18n::I18n, decision: &Decision) -> impl IntoView + use<> {
    let mut what = status_label(i18n, decision.status());
    if let Some(phase) = decision.phase() {
        what = format!(
            "{what} — {}",
            i18n.t_args("status-phase", [("number", phase.into())])
        );
    }
    let reason = decision.reason().map(|r| refusal_label(i18n, r));
    let message = decision.message().map(str::to_owned);
    view! {
        <p class="what">{what}</p>
        {reason.map(|r| view! { <p class="why">{r}</p> })}
        {message.map(|m| view! { <blockquote>{m}</blockquote> })}
    }
}

#[component]
pub fn DecisionForm(
    reference: Signal<String>,
    detail: RwSignal<Option<ApplicationDetail>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let kind = RwSignal::new(String::from("accept"));
    let phase = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let missing = RwSignal::new(None::<&'static str>);
    let pending = RwSignal::new(None::<Decision>);
    let outcome = RwSignal::new(None::<Result<bool, String>>);

    let decide = Action::new_local(move |decision: &Decision| {
        let decision = decision.clone();
        let path = format!(
            "/api/review/applications/{}/decision",
            reference.get_untracked()
        );
        let token = reviewer.token();
        async move { crate::api::review_post::<_, ApplicationDetail>(&token, &path, &decision).await }
    });
    Effect::new(move |_| {
        let Some(result) = decide.value().get() else {
            return;
        };
        match result {
            Ok(after) => {
                // A decision that applies appends to the history.
                let before = detail.with_untracked(|d| d.as_ref().map_or(0, |d| d.history.len()));
                outcome.set(Some(Ok(after.history.len() > before)));
                detail.set(Some(after));
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
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = Some(message.get_untracked()).filter(|m| !m.trim().is_empty());
        match decision(
            &kind.get_untracked(),
            &phase.get_untracked(),
            &reason.get_untracked(),
            text,
        ) {
            Ok(decision) => {
                missing.set(None);
                outcome.set(None);
                pending.set(Some(decision));
                crate::browser::after_render(|| {
                    crate::browser::focus("#decision-confirm-title");
                });
            }
            Err(field) => {
                missing.set(Some(field));
                crate::browser::after_render(move || {
                    crate::browser::focus(&format!("#decision-{field}"));
                });
            }
        }
    };
    let confirm = move |_| {
        if let Some(decision) = pending.get_untracked() {
            decide.dispatch_local(decision);
        }
    };
    let back = move |_| {
        pending.set(None);
        crate::browser::after_render(|| {
            crate::browser::focus("#decision-kind");
        });
    };
    let confirmation = move || {
        pending.get().map(|decision| {
            let name = detail.with(|d| d.as_ref().and_then(|d| d.item.structure_name.clone()));
            let sees = match name {
                Some(name) => i18n.t_args("review-confirm-sees", [("name", name.into())]),
                None => i18n.t("review-confirm-sees-unnamed"),
            };
            view! {
                <div class="notice warning confirm" role="group" aria-labelledby="decision-confirm-title">
                    <h3 id="decision-confirm-title" tabindex="-1">{i18n.t("review-confirm-title")}</h3>
                    <p>{sees}</p>
                    <div class="seen">{seen_by_applicant(i18n, &decision)}</div>
                    <div class="form-actions">
                        <button type="button" class="button primary" on:click=confirm disabled=move || decide.pending().get()>
                            {i18n.t("review-confirm")}
                        </button>
                        <button type="button" class="button secondary" on:click=back>{i18n.t("review-confirm-back")}</button>
                    </div>
                </div>
            }
        })
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
                <div class="field">
                    <label for="decision-kind">{move || i18n.t("review-decision-label")}</label>
                    <select id="decision-kind" class="control" on:change=move |ev| { kind.set(event_target_value(&ev)); pending.set(None); }>
                        <option value="accept">{move || i18n.t("review-decision-accept")}</option>
                        <option value="waitlist">{move || i18n.t("review-decision-waitlist")}</option>
                        <option value="refuse">{move || i18n.t("review-decision-refuse")}</option>
                        <option value="review">{move || i18n.t("review-decision-review")}</option>
                    </select>
                </div>
                <DecisionFields prefix="decision" kind=kind phase=phase reason=reason missing=missing/>
                <div class="field">
                    <label for="decision-message">{move || i18n.t("review-message-label")}</label>
                    <p class="hint" id="decision-message-hint">{move || i18n.t("review-message-hint")}</p>
                    <textarea id="decision-message" class="control" rows="4" aria-describedby="decision-message-hint"
                        prop:value=move || message.get() on:input=move |ev| { message.set(event_target_value(&ev)); pending.set(None); }></textarea>
                </div>
                {confirmation}
                <Show when=move || pending.with(Option::is_none)>
                    <div class="form-actions">
                        <button type="submit" class="button primary">{move || i18n.t("review-decide")}</button>
                    </div>
                </Show>
            </form>
        </section>
    }
}
