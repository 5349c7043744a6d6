//! "Check your answers", then the submission.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use portal_core::{ApplicationInput, Eligibility, ErrorCode, Problem, Submitted, messages};

use super::steps::Step;
use super::{RECEIPT_KEY, step_count, use_wizard};
use crate::api::ApiError;
use crate::components::form::ErrorSummary;
use crate::i18n::{I18n, kind_label, use_i18n};

/// One row of the summary: what was asked, what was answered, where to change it.
struct Row {
    label: String,
    value: String,
    step: Step,
    field: &'static str,
}

fn rows(i18n: I18n, d: &ApplicationInput) -> Vec<Row> {
    let none = || i18n.t("apply-review-none");
    let text = |value: &str| {
        if value.trim().is_empty() {
            none()
        } else {
            value.trim().to_owned()
        }
    };
    let optional = |value: &Option<String>| text(value.as_deref().unwrap_or_default());
    let kind = d.structure.kind.map_or_else(none, |k| {
        let mut kind = kind_label(i18n, k);
        if let Some(cooperative) = d.structure.cooperative_kind {
            kind = format!("{kind} ({})", i18n.t(messages::cooperative(cooperative)));
        }
        kind
    });
    let yes_no =
        |b: Option<bool>| b.map_or_else(none, |b| i18n.t(if b { "apply-yes" } else { "apply-no" }));
    let apps = if d.needs.apps.is_empty() {
        none()
    } else {
        d.needs
            .apps
            .iter()
            .map(|a| i18n.t(messages::app(*a)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let country = match d.structure.country.trim() {
        "" => none(),
        code => super::steps::country_name(i18n.locale().as_str(), code),
    };
    let number = |n: Option<u32>| n.map_or_else(none, |n| n.to_string());
    let row = |label: &str, value: String, step: Step, field: &'static str| Row {
        label: i18n.t(label),
        value,
        step,
        field,
    };
    let mut rows = vec![
        row("apply-review-kind", kind, Step::Kind, "structure.kind"),
        row(
            "apply-french-legend",
            yes_no(d.structure.french_speaking),
            Step::Origin,
            "structure.french_speaking",
        ),
        row(
            "apply-country-label",
            country,
            Step::Origin,
            "structure.country",
        ),
        row(
            "apply-postal-label",
            optional(&d.structure.postal_code),
            Step::Origin,
            "structure.postal_code",
        ),
        row(
            "apply-accounts-label",
            number(d.needs.accounts),
            Step::Needs,
            "needs.accounts",
        ),
        row(
            "apply-storage-label",
            number(d.needs.storage_gb),
            Step::Needs,
            "needs.storage_gb",
        ),
        row("apply-apps-legend", apps, Step::Needs, "needs.apps"),
        row(
            "apply-name-label",
            text(&d.structure.name),
            Step::Identity,
            "structure.name",
        ),
        row(
            "apply-review-identifier",
            optional(&d.structure.identifier),
            Step::Identity,
            "structure.identifier",
        ),
        row(
            "apply-purpose-label",
            text(&d.structure.purpose),
            Step::Identity,
            "structure.purpose",
        ),
        row(
            "apply-activities-label",
            text(&d.structure.activities),
            Step::Identity,
            "structure.activities",
        ),
        row(
            "apply-website-label",
            optional(&d.structure.website),
            Step::Identity,
            "structure.website",
        ),
        row(
            "apply-contact-name-label",
            text(&d.contact.name),
            Step::Contact,
            "contact.name",
        ),
        row(
            "apply-contact-email-label",
            text(&d.contact.email),
            Step::Contact,
            "contact.email",
        ),
        row(
            "apply-contact-role-label",
            optional(&d.contact.role),
            Step::Contact,
            "contact.role",
        ),
        row(
            "apply-motivation-label",
            text(&d.motivation),
            Step::Motivation,
            "motivation",
        ),
        row(
            "apply-review-terms",
            yes_no(Some(d.consents.terms)),
            Step::Consents,
            "consents.terms",
        ),
        row(
            "apply-review-surveys",
            yes_no(Some(d.consents.surveys)),
            Step::Consents,
            "consents.surveys",
        ),
    ];
    // The answers only some structures give, where they belong.
    if d.structure.kind_description.is_some() {
        rows.insert(
            1,
            row(
                "apply-kind-description-label",
                optional(&d.structure.kind_description),
                Step::Kind,
                "structure.kind_description",
            ),
        );
    }
    if let Some(at) = rows.iter().position(|r| r.field == "structure.identifier")
        && d.structure
            .register_number
            .as_deref()
            .is_some_and(|n| !n.trim().is_empty())
    {
        rows.insert(
            at + 1,
            row(
                "apply-register-label",
                optional(&d.structure.register_number),
                Step::Identity,
                "structure.register_number",
            ),
        );
    }
    rows
}

#[component]
pub fn Review() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let navigate = use_navigate();
    let problems = RwSignal::new(Vec::<Problem>::new());
    let failure = RwSignal::new(None::<&'static str>);

    let submit = Action::new_local(
        move |(input, key, form): &(ApplicationInput, String, crate::api::FormSignals)| {
            let (input, key, form) = (input.clone(), key.clone(), form.clone());
            async move { crate::api::submit_application(&input, &key, &form).await }
        },
    );
    let pending = submit.pending();

    // The answer of the server.
    Effect::new(move |_| {
        let Some(result) = submit.value().get() else {
            return;
        };
        match result {
            Ok(submitted) => done(wizard, &submitted, &navigate),
            Err(ApiError::Refused {
                code: ErrorCode::Ineligible,
                ..
            }) => {
                navigate("/apply/not-eligible", Default::default());
            }
            Err(ApiError::Refused { fields, .. }) if !fields.is_empty() => {
                failure.set(None);
                problems.set(fields);
            }
            Err(ApiError::Refused { status: 429, .. }) => failure.set(Some("apply-too-many")),
            Err(ApiError::Refused {
                code: ErrorCode::LooksAutomated,
                ..
            }) => failure.set(Some("apply-too-fast")),
            Err(ApiError::Network) => failure.set(Some("common-network-error")),
            Err(_) => failure.set(Some("common-server-error")),
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let offer = wizard.offer.get_untracked();
        let found = wizard
            .draft
            .with_untracked(|d| Step::Review.problems(d, &offer));
        if !found.is_empty() {
            problems.set(found);
            return;
        }
        problems.set(Vec::new());
        failure.set(None);
        let mut input = wizard.draft.get_untracked();
        input.locale = i18n.locale_untracked();
        submit.dispatch_local((input, wizard.idempotency_key(), wizard.form_signals()));
    };

    let case_by_case = move || matches!(wizard.verdict(), Eligibility::CaseByCase(_));
    let summary = move || {
        wizard.draft.with(|d| {
            rows(i18n, d)
                .into_iter()
                .map(|row| {
                    // Back here once the step is answered again.
                    let href = format!(
                        "/apply/{}?back=review#{}",
                        row.step.slug(),
                        crate::components::form::dom_id(row.field)
                    );
                    view! {
                        <div class="summary-row">
                            <dt>{row.label.clone()}</dt>
                            <dd class="value">{row.value}</dd>
                            <dd class="change">
                                <A href=href>
                                    {i18n.t("apply-review-change")}
                                    <span class="visually-hidden">" " {row.label}</span>
                                </A>
                            </dd>
                        </div>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <div class="wrap page narrow wizard">
            <p class="back"><A href="/apply/consents">{move || i18n.t("apply-back")}</A></p>
            <ErrorSummary
                problems=problems
                target=Callback::new(|problem: Problem| format!("/apply/{}", Step::of_field(&problem.field).slug()))
            />
            <h1>
                <span class="caption">{move || step_count(i18n, Step::Review)}</span>
                <span class="visually-hidden">" — "</span>
                {move || i18n.t("apply-review-title")}
            </h1>
            <Show when=case_by_case>
                <div class="notice info" role="note">
                    <p>{move || i18n.t("apply-case-by-case")}</p>
                </div>
            </Show>
            <dl class="summary">{summary}</dl>
            <form novalidate=true on:submit=on_submit>
                <h2>{move || i18n.t("apply-review-send-title")}</h2>
                <p>{move || i18n.t("apply-review-send-text")}</p>
                <div role="status" aria-live="polite" class="live">
                    {move || failure.get().map(|id| view! { <p class="notice error">{i18n.t(id)}</p> })}
                </div>
                <div class="form-actions">
                    <button type="submit" class="button primary" aria-disabled=move || pending.get().then_some("true")>
                        {move || i18n.t(if pending.get() { "apply-sending" } else { "apply-send" })}
                    </button>
                </div>
            </form>
        </div>
    }
}

/// Keeps the receipt for this tab only, forgets the draft, shows the confirmation.
fn done(
    wizard: super::Wizard,
    submitted: &Submitted,
    navigate: &impl Fn(&str, leptos_router::NavigateOptions),
) {
    let receipt = super::outcome::Receipt {
        submitted: submitted.clone(),
        name: wizard
            .draft
            .with_untracked(|d| d.structure.name.trim().to_owned()),
        sent_at: js_sys::Date::new_0().to_iso_string().into(),
    };
    if let Ok(json) = serde_json::to_string(&receipt) {
        crate::browser::session_set(RECEIPT_KEY, &json);
    }
    navigate(
        "/apply/done",
        leptos_router::NavigateOptions {
            replace: true,
            ..Default::default()
        },
    );
    wizard.forget();
}
