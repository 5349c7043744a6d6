//! What a decision is made of in the reviewers' forms (one request or many):
//! its kind, and the phase or the reason that kind needs, each starting
//! empty so that nothing is chosen for the reviewer.

use leptos::prelude::*;
use portal_core::{Decision, DecisionField, DecisionKind, RefusalReason, messages};

use crate::i18n::{I18n, refusal_label, status_label, use_i18n};

/// The state of a decision form.
#[derive(Clone, Copy)]
pub struct DecisionChoice {
    pub kind: RwSignal<DecisionKind>,
    pub phase: RwSignal<String>,
    pub reason: RwSignal<String>,
    /// The field the last attempt lacked.
    pub missing: RwSignal<Option<DecisionField>>,
}

impl DecisionChoice {
    pub fn new(kind: DecisionKind) -> DecisionChoice {
        DecisionChoice {
            kind: RwSignal::new(kind),
            phase: RwSignal::new(String::new()),
            reason: RwSignal::new(String::new()),
            missing: RwSignal::new(None),
        }
    }

    /// The decision the form describes, with `message`; or the field it
    /// lacks, which is then marked and given the focus (its id is
    /// `<prefix>-phase` or `<prefix>-reason`).
    pub fn decision(&self, prefix: &'static str, message: Option<String>) -> Option<Decision> {
        let phase = self.phase.get_untracked().trim().parse().ok();
        let reason = RefusalReason::parse(&self.reason.get_untracked());
        match self.kind.get_untracked().decide(phase, reason, message) {
            Ok(decision) => {
                self.missing.set(None);
                Some(decision)
            }
            Err(field) => {
                self.missing.set(Some(field));
                crate::browser::after_render(move || {
                    crate::browser::focus(&format!("#{prefix}-{}", dom_name(field)));
                });
                None
            }
        }
    }
}

fn dom_name(field: DecisionField) -> &'static str {
    match field {
        DecisionField::Phase => "phase",
        DecisionField::Reason => "reason",
        DecisionField::Message => "message",
    }
}

/// The new status of `decision`, with its phase: "Accepted — Phase 2".
pub fn decision_name(i18n: I18n, decision: &Decision) -> String {
    let what = status_label(i18n, decision.status());
    match decision.phase() {
        Some(phase) => format!(
            "{what} — {}",
            i18n.t_args("status-phase", [("number", phase.into())])
        ),
        None => what,
    }
}

/// What the applicant will read of `decision`, on the status page.
pub fn seen_by_applicant(i18n: I18n, decision: &Decision) -> impl IntoView + use<> {
    let reason = decision.reason().map(|r| refusal_label(i18n, r));
    let message = decision.message().map(str::to_owned);
    view! {
        <p class="what">{decision_name(i18n, decision)}</p>
        {reason.map(|r| view! { <p class="why">{r}</p> })}
        {message.map(|m| view! { <blockquote>{m}</blockquote> })}
    }
}

/// The kind of decision (`kinds`, in this order, as a list whose id is
/// `kind_id`), then the fields that kind takes: a phase to accept or
/// wait-list into, a reason to refuse, with ids `<prefix>-phase` and
/// `<prefix>-reason` (a question's text, `<prefix>-message`, is the form's
/// own). `on_change` runs when the kind changes.
#[component]
pub fn DecisionFields(
    prefix: &'static str,
    kind_id: &'static str,
    kinds: &'static [DecisionKind],
    choice: DecisionChoice,
    on_change: Callback<()>,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let class = if compact { "field compact" } else { "field" };
    let DecisionChoice {
        kind,
        phase,
        reason,
        missing,
    } = choice;
    let lacks = move |field| Signal::derive(move || missing.get() == Some(field));
    let error = move |field: DecisionField, id: String| {
        move || {
            lacks(field).get().then(|| {
                view! { <p class="field-error" id=id.clone()>{i18n.t(messages::decision_field_required(field))}</p> }
            })
        }
    };
    let on_kind = move |ev| {
        if let Some(chosen) = DecisionKind::parse(&event_target_value(&ev)) {
            kind.set(chosen);
        }
        on_change.run(());
    };
    let options = kinds.iter().map(|&k| view! {
        <option value=k.as_str() selected=move || kind.get() == k>{move || i18n.t(messages::decision_kind(k))}</option>
    });
    let (phase_id, reason_id) = (format!("{prefix}-phase"), format!("{prefix}-reason"));
    view! {
        <div class=class>
            <label for=kind_id>{move || i18n.t("review-decision-label")}</label>
            <select id=kind_id class="control" on:change=on_kind>{options.collect_view()}</select>
        </div>
        {move || kind.get().takes_phase().then(|| view! {
            <div class=class class:has-error=lacks(DecisionField::Phase)>
                <label for=phase_id.clone()>{move || i18n.t("review-phase-label")}</label>
                {error(DecisionField::Phase, format!("{phase_id}-error"))}
                <PhaseSelect id=phase_id.clone() phase=phase missing=lacks(DecisionField::Phase)/>
            </div>
        })}
        {move || (kind.get() == DecisionKind::Refuse).then(|| view! {
            <div class=class class:has-error=lacks(DecisionField::Reason)>
                <label for=reason_id.clone()>{move || i18n.t("review-reason-label")}</label>
                {error(DecisionField::Reason, format!("{reason_id}-error"))}
                <ReasonSelect id=reason_id.clone() reason=reason missing=lacks(DecisionField::Reason)/>
            </div>
        })}
    }
}

/// The phases of the offer, each with its months, as a drop-down list.
#[component]
fn PhaseSelect(id: String, phase: RwSignal<String>, missing: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let offer = crate::offer::use_offer();
    let described = format!("{id}-error");
    view! {
        <select id=id class="control" required=true
            aria-invalid=move || missing.get().then_some("true")
            aria-describedby=move || missing.get().then(|| described.clone())
            on:change=move |ev| phase.set(event_target_value(&ev))>
            <option value="" prop:selected=move || phase.with(String::is_empty)>{move || i18n.t("review-choose")}</option>
            {move || offer.with(|offer| offer.phases.iter().map(|p| {
                let value = p.number.to_string();
                let label = format!(
                    "{} — {}",
                    i18n.t_args("status-phase", [("number", p.number.into())]),
                    crate::i18n::format_months(i18n, &p.period_start, &p.period_end),
                );
                let selected = { let value = value.clone(); move || phase.get() == value };
                view! { <option value=value prop:selected=selected>{label}</option> }
            }).collect_view())}
        </select>
    }
}

/// The refusal reasons, as options of a drop-down list.
#[component]
fn ReasonSelect(id: String, reason: RwSignal<String>, missing: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let described = format!("{id}-error");
    view! {
        <select id=id class="control" required=true
            aria-invalid=move || missing.get().then_some("true")
            aria-describedby=move || missing.get().then(|| described.clone())
            on:change=move |ev| reason.set(event_target_value(&ev))>
            <option value="" prop:selected=move || reason.with(String::is_empty)>{move || i18n.t("review-choose")}</option>
            {RefusalReason::ALL.iter().map(|r| {
                let r = *r;
                let value = r.as_str();
                view! { <option value=value selected=move || reason.get() == value>{move || refusal_label(i18n, r)}</option> }
            }).collect_view()}
        </select>
    }
}
