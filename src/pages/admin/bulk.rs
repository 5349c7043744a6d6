//! One decision for the requests selected in the queue: what it needs (a
//! phase, a refusal's reason) must be chosen, a confirmation names how many
//! requests and which decision, and the result tells, request by request,
//! what was applied, what was unchanged and what failed, and why.

use leptos::prelude::*;
use portal_core::{BulkDecision, BulkOutcome, Decision, ErrorCode, Outcome};

use super::{DecisionFields, decision, error_text, use_reviewer};
use crate::i18n::{status_label, use_i18n};

#[component]
pub fn BulkForm(selected: RwSignal<Vec<String>>, on_done: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let kind = RwSignal::new(String::from("review"));
    let phase = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let missing = RwSignal::new(None::<&'static str>);
    let pending = RwSignal::new(None::<BulkDecision>);
    let notice = RwSignal::new(None::<String>);

    let bulk = Action::new_local(move |decision: &BulkDecision| {
        let decision = decision.clone();
        let token = reviewer.token();
        async move {
            crate::api::review_post::<_, Vec<BulkOutcome>>(&token, "/api/review/bulk", &decision)
                .await
        }
    });
    let outcomes = move || bulk.value().get().and_then(Result::ok).unwrap_or_default();
    Effect::new(move |_| match bulk.value().get() {
        Some(Ok(outcomes)) => {
            let count = |effect: Outcome| outcomes.iter().filter(|o| o.result == effect).count();
            notice.set(Some(i18n.t_args(
                "review-bulk-done",
                [
                    ("applied", count(Outcome::Applied).into()),
                    ("unchanged", count(Outcome::Unchanged).into()),
                    ("failed", count(Outcome::Failed).into()),
                ],
            )));
            selected.set(Vec::new());
            pending.set(None);
            on_done.run(());
        }
        Some(Err(error)) => {
            reviewer.handle(&error);
            notice.set(Some(error_text(i18n, &error)));
            pending.set(None);
        }
        None => {}
    });

    let ask = move |_| {
        let references = selected.get_untracked();
        if references.is_empty() {
            notice.set(Some(i18n.t("review-bulk-none")));
            return;
        }
        match decision(
            &kind.get_untracked(),
            &phase.get_untracked(),
            &reason.get_untracked(),
            None,
        ) {
            Ok(decision) => {
                missing.set(None);
                notice.set(None);
                pending.set(Some(BulkDecision {
                    references,
                    decision,
                }));
                crate::browser::after_render(|| {
                    crate::browser::focus("#bulk-confirm");
                });
            }
            Err(field) => {
                missing.set(Some(field));
                crate::browser::after_render(move || {
                    crate::browser::focus(&format!("#bulk-{field}"));
                });
            }
        }
    };
    let named = move |decision: &Decision| {
        let mut what = status_label(i18n, decision.status());
        if let Some(phase) = decision.phase() {
            what = format!(
                "{what} — {}",
                i18n.t_args("status-phase", [("number", phase.into())])
            );
        }
        what
    };
    let confirmation = move || {
        pending.get().map(|bulk_decision| {
            let question = i18n.t_args(
                "review-bulk-confirm",
                [
                    ("count", bulk_decision.references.len().into()),
                    ("decision", named(&bulk_decision.decision).into()),
                ],
            );
            view! {
                <div class="notice warning confirm" role="group" aria-labelledby="bulk-confirm">
                    <p id="bulk-confirm" tabindex="-1">{question}</p>
                    <button type="button" class="button primary" disabled=move || bulk.pending().get()
                        on:click=move |_| { bulk.dispatch_local(bulk_decision.clone()); }>
                        {i18n.t("review-bulk-confirm-button")}
                    </button>
                    " "
                    <button type="button" class="button secondary" on:click=move |_| pending.set(None)>
                        {i18n.t("review-confirm-back")}
                    </button>
                </div>
            }
        })
    };
    let failures = move || {
        let failed: Vec<BulkOutcome> = outcomes()
            .into_iter()
            .filter(|o| o.result == Outcome::Failed)
            .collect();
        (!failed.is_empty()).then(|| {
            let items = failed
                .into_iter()
                .map(|o| {
                    let why = error_text(
                        i18n,
                        &crate::api::ApiError::Refused {
                            status: 409,
                            code: o.error.unwrap_or(ErrorCode::Internal),
                            fields: Vec::new(),
                            retry_after: None,
                        },
                    );
                    view! { <li><span class="reference">{o.reference}</span> " : " {why}</li> }
                })
                .collect_view();
            view! { <ul class="bullets failures">{items}</ul> }
        })
    };
    view! {
        <section class="bulk" aria-labelledby="bulk-title">
            <h2 id="bulk-title">{move || i18n.t("review-bulk-title")}</h2>
            <p>{move || i18n.t_args("review-bulk-selected", [("count", selected.with(Vec::len).into())])}</p>
            <div class="bulk-controls">
                <div class="field compact">
                    <label for="bulk-decision">{move || i18n.t("review-decision-label")}</label>
                    <select id="bulk-decision" class="control" on:change=move |ev| { kind.set(event_target_value(&ev)); pending.set(None); }>
                        <option value="review">{move || i18n.t("review-decision-review")}</option>
                        <option value="accept">{move || i18n.t("review-decision-accept")}</option>
                        <option value="waitlist">{move || i18n.t("review-decision-waitlist")}</option>
                        <option value="refuse">{move || i18n.t("review-decision-refuse")}</option>
                    </select>
                </div>
                <DecisionFields prefix="bulk" kind=kind phase=phase reason=reason missing=missing compact=true/>
                <button type="button" class="button primary" on:click=ask>{move || i18n.t("review-bulk-apply")}</button>
            </div>
            {confirmation}
            <div role="status" aria-live="polite" class="live">
                {move || notice.get().map(|n| view! { <p>{n}</p> })}
                {failures}
            </div>
        </section>
    }
}
