//! One decision for the requests selected in the queue: what it needs (a
//! phase, a refusal's reason) must be chosen, a confirmation names how many
//! requests and which decision, and the result tells, request by request,
//! what was applied, what was unchanged and what failed, and why.

use leptos::prelude::*;
use portal_core::{BulkDecision, BulkOutcome, DecisionKind, ErrorCode, Outcome, messages};

use super::decision::{DecisionChoice, DecisionFields, decision_name};
use super::{error_text, use_reviewer};
use crate::components::Submit;
use crate::i18n::{I18n, use_i18n};

/// The kinds in the order of the list: the harmless one first. No question
/// in bulk: a question is asked of one request, about what it says.
const KINDS: &[DecisionKind] = &[
    DecisionKind::Review,
    DecisionKind::Accept,
    DecisionKind::Waitlist,
    DecisionKind::Refuse,
];

/// What a bulk decision did: how many requests it changed, left unchanged,
/// could not change.
fn done_text(i18n: I18n, outcomes: &[BulkOutcome]) -> String {
    let count = |effect: Outcome| outcomes.iter().filter(|o| o.result == effect).count();
    i18n.t_args(
        "review-bulk-done",
        [
            ("applied", count(Outcome::Applied).into()),
            ("unchanged", count(Outcome::Unchanged).into()),
            ("failed", count(Outcome::Failed).into()),
        ],
    )
}

#[component]
pub fn BulkForm(selected: RwSignal<Vec<String>>, on_done: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let choice = DecisionChoice::new(DecisionKind::Review);
    let pending = RwSignal::new(None::<BulkDecision>);
    let notice = RwSignal::new(None::<String>);
    // The requests the last decision could not change, each with the reason.
    let failed = RwSignal::new(Vec::<BulkOutcome>::new());

    let bulk = Submit::new(
        move |decision: BulkDecision| {
            let token = reviewer.token();
            async move { crate::api::review::bulk(&token, &decision).await }
        },
        move |answer| {
            pending.set(None);
            match answer {
                Ok(outcomes) => {
                    notice.set(Some(done_text(i18n, &outcomes)));
                    failed.set(
                        outcomes
                            .into_iter()
                            .filter(|o| o.result == Outcome::Failed)
                            .collect(),
                    );
                    selected.set(Vec::new());
                    on_done.run(());
                }
                Err(error) => {
                    reviewer.handle(&error);
                    notice.set(Some(error_text(i18n, &error)));
                    failed.set(Vec::new());
                }
            }
        },
    );

    let ask = move |_| {
        let references = selected.get_untracked();
        if references.is_empty() {
            notice.set(Some(i18n.t("review-bulk-none")));
            return;
        }
        if let Some(decision) = choice.decision("bulk", None) {
            notice.set(None);
            pending.set(Some(BulkDecision {
                references,
                decision,
            }));
            crate::browser::after_render(|| {
                crate::browser::focus("#bulk-confirm");
            });
        }
    };
    let confirm = Callback::new(move |decision: BulkDecision| bulk.send(decision));
    view! {
        <section class="bulk" aria-labelledby="bulk-title">
            <h2 id="bulk-title">{move || i18n.t("review-bulk-title")}</h2>
            <p>{move || i18n.t_args("review-bulk-selected", [("count", selected.with(Vec::len).into())])}</p>
            <div class="bulk-controls">
                <DecisionFields prefix="bulk" kind_id="bulk-decision" kinds=KINDS choice=choice compact=true
                    on_change=Callback::new(move |()| pending.set(None))/>
                <button type="button" class="button primary" on:click=ask>{move || i18n.t("review-bulk-apply")}</button>
            </div>
            <Confirmation pending=pending busy=bulk.pending() on_confirm=confirm/>
            <div role="status" aria-live="polite" class="live">
                {move || notice.get().map(|n| view! { <p>{n}</p> })}
                <Failures failed=failed.into()/>
            </div>
        </section>
    }
}

/// The question before a bulk decision: how many requests, which decision.
#[component]
fn Confirmation(
    pending: RwSignal<Option<BulkDecision>>,
    busy: Memo<bool>,
    on_confirm: Callback<BulkDecision>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        pending.get().map(|bulk_decision| {
            let question = i18n.t_args(
                "review-bulk-confirm",
                [
                    ("count", bulk_decision.references.len().into()),
                    ("decision", decision_name(i18n, &bulk_decision.decision).into()),
                ],
            );
            view! {
                <div class="notice warning confirm" role="group" aria-labelledby="bulk-confirm">
                    <p id="bulk-confirm" tabindex="-1">{question}</p>
                    <button type="button" class="button primary" disabled=move || busy.get()
                        on:click=move |_| on_confirm.run(bulk_decision.clone())>
                        {i18n.t("review-bulk-confirm-button")}
                    </button>
                    " "
                    <button type="button" class="button secondary" on:click=move |_| pending.set(None)>
                        {i18n.t("review-confirm-back")}
                    </button>
                </div>
            }
        })
    }
}

/// The requests a bulk decision could not change, each with the reason.
#[component]
fn Failures(failed: Signal<Vec<BulkOutcome>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let failed = failed.get();
        (!failed.is_empty()).then(|| {
            let items = failed
                .into_iter()
                .map(|o| {
                    let why = i18n.t(messages::review_error(
                        o.error.unwrap_or(ErrorCode::Internal),
                    ));
                    view! { <li><span class="reference">{o.reference}</span> " : " {why}</li> }
                })
                .collect_view();
            view! { <ul class="bullets failures">{items}</ul> }
        })
    }
}
