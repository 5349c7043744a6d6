//! "Check your answers", then the submission.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use portal_core::{ApplicationInput, ErrorCode, Field, Problem, Submitted, messages};

use super::steps::Step;
use super::{RECEIPT_KEY, StepHeading, use_wizard};
use crate::api::ApiError;
use crate::components::Submit;
use crate::components::form::ErrorSummary;
use crate::i18n::{I18n, kind_label, use_i18n};

/// One row of the summary: what was asked, what was answered, where to change it.
struct Row {
    label: String,
    value: String,
    field: Field,
}

/// The rows of the summary, in order: the question's message id and its
/// answer.
const ROWS: [(&str, Field); 22] = [
    ("apply-check-kind", Field::Kind),
    ("apply-kind-description-label", Field::KindDescription),
    ("apply-french-legend", Field::FrenchSpeaking),
    ("apply-country-label", Field::Country),
    ("apply-postal-label", Field::PostalCode),
    ("apply-accounts-label", Field::Accounts),
    ("apply-storage-label", Field::StorageGb),
    ("apply-apps-legend", Field::Apps),
    ("apply-name-label", Field::Name),
    ("apply-address-label", Field::Address),
    ("apply-check-identifier", Field::Identifier),
    ("apply-register-label", Field::RegisterNumber),
    ("apply-purpose-label", Field::Purpose),
    ("apply-activities-label", Field::Activities),
    ("apply-website-label", Field::Website),
    ("apply-contact-name-label", Field::ContactName),
    ("apply-contact-email-label", Field::ContactEmail),
    ("apply-contact-role-label", Field::ContactRole),
    ("apply-motivation-label", Field::Motivation),
    ("apply-check-terms", Field::Terms),
    ("apply-check-surveys", Field::Surveys),
    ("apply-check-notifications", Field::Notifications),
];

/// The answers only some structures give are shown only when given.
fn shown(d: &ApplicationInput, field: Field) -> bool {
    match field {
        Field::KindDescription => d.structure.kind_description.is_some(),
        // Asked only where the portal sends e-mails.
        Field::Notifications => d.consents.notifications,
        Field::RegisterNumber => d
            .structure
            .register_number
            .as_deref()
            .is_some_and(|n| !n.trim().is_empty()),
        _ => true,
    }
}

/// The answer to `field` as the applicant reads it back.
fn answer(i18n: I18n, d: &ApplicationInput, field: Field) -> String {
    let none = || i18n.t("apply-check-none");
    let text = |value: &str| match value.trim() {
        "" => none(),
        value => value.to_owned(),
    };
    let optional = |value: &Option<String>| text(value.as_deref().unwrap_or_default());
    let yes_no =
        |b: Option<bool>| b.map_or_else(none, |b| i18n.t(if b { "apply-yes" } else { "apply-no" }));
    let number = |n: Option<u32>| n.map_or_else(none, |n| n.to_string());
    let (s, needs) = (&d.structure, &d.needs);
    match field {
        Field::Kind => s.kind.map_or_else(none, |k| match s.cooperative_kind {
            Some(c) => format!(
                "{} ({})",
                kind_label(i18n, k),
                i18n.t(messages::cooperative(c))
            ),
            None => kind_label(i18n, k),
        }),
        Field::KindDescription => optional(&s.kind_description),
        Field::FrenchSpeaking => yes_no(s.french_speaking),
        Field::Country => match s.country.trim() {
            "" => none(),
            code => super::steps::country_name(i18n.locale().as_str(), code),
        },
        Field::PostalCode => optional(&s.postal_code),
        Field::Accounts => number(needs.accounts),
        Field::StorageGb => number(needs.storage_gb),
        Field::Apps if needs.apps.is_empty() => none(),
        Field::Apps => needs
            .apps
            .iter()
            .map(|a| i18n.t(messages::app(*a)))
            .collect::<Vec<_>>()
            .join(", "),
        Field::Name => text(&s.name),
        Field::Address => optional(&s.address),
        Field::Identifier => optional(&s.identifier),
        Field::RegisterNumber => optional(&s.register_number),
        Field::Purpose => text(&s.purpose),
        Field::Activities => text(&s.activities),
        Field::Website => optional(&s.website),
        Field::ContactName => text(&d.contact.name),
        Field::ContactEmail => text(&d.contact.email),
        Field::ContactRole => optional(&d.contact.role),
        Field::Motivation => text(&d.motivation),
        Field::Terms => yes_no(Some(d.consents.terms)),
        Field::Surveys => yes_no(Some(d.consents.surveys)),
        Field::Notifications => yes_no(Some(d.consents.notifications)),
        // Told with the kind.
        Field::CooperativeKind => none(),
    }
}

fn rows(i18n: I18n, d: &ApplicationInput) -> Vec<Row> {
    ROWS.into_iter()
        .filter(|(_, field)| shown(d, *field))
        .map(|(label, field)| Row {
            label: i18n.t(label),
            value: answer(i18n, d, field),
            field,
        })
        .collect()
}

/// What to tell when the request could not be sent (a message id).
fn refusal_id(error: &ApiError) -> &'static str {
    match error {
        ApiError::Refused {
            code: ErrorCode::RateLimited,
            ..
        } => "apply-too-many",
        ApiError::Refused {
            code: ErrorCode::LooksAutomated,
            ..
        } => "apply-too-fast",
        ApiError::Network => "common-network-error",
        _ => "common-server-error",
    }
}

#[component]
pub fn CheckAnswers() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let navigate = use_navigate();
    let problems = RwSignal::new(Vec::<Problem>::new());
    let failure = RwSignal::new(None::<&'static str>);

    let submit = Submit::new(
        |(input, key, form): (ApplicationInput, String, crate::api::FormSignals)| async move {
            crate::api::submit_application(&input, &key, &form).await
        },
        move |answer| match answer {
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
            Err(error) => failure.set(Some(refusal_id(&error))),
        },
    );
    let pending = submit.pending();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let offer = wizard.offer.get_untracked();
        let spaces = wizard.spaces.get_untracked();
        let found = wizard
            .draft
            .with_untracked(|d| Step::Check.problems(d, &offer, &spaces));
        if !found.is_empty() {
            problems.set(found);
            return;
        }
        problems.set(Vec::new());
        failure.set(None);
        let mut input = wizard.draft.get_untracked();
        input.locale = i18n.locale_untracked();
        submit.send((input, wizard.idempotency_key(), wizard.form_signals()));
    };

    view! {
        <div class="wrap page narrow wizard">
            <p class="back"><A href="/apply/consents">{move || i18n.t("apply-back")}</A></p>
            <ErrorSummary
                problems=problems
                target=Callback::new(|problem: Problem| format!("/apply/{}", Step::of_problem(&problem).slug()))
            />
            <StepHeading step=Step::Check/>
            <AnswerSummary/>
            <form novalidate=true on:submit=on_submit>
                <h2>{move || i18n.t("apply-check-send-title")}</h2>
                <p>{move || i18n.t("apply-check-send-text")}</p>
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

/// Every answer, each with a link to change it that leads back here.
#[component]
fn AnswerSummary() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let summary = move || {
        wizard.draft.with(|d| {
            rows(i18n, d)
                .into_iter()
                .map(|row| {
                    let href = format!(
                        "/apply/{}?back=check#{}",
                        Step::of_field(row.field).slug(),
                        crate::components::form::dom_id(row.field.as_str())
                    );
                    view! {
                        <div class="summary-row">
                            <dt>{row.label.clone()}</dt>
                            <dd class="value">{row.value}</dd>
                            <dd class="change">
                                <A href=href>
                                    {i18n.t("apply-check-change")}
                                    <span class="visually-hidden">" " {row.label}</span>
                                </A>
                            </dd>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    view! { <dl class="summary">{summary}</dl> }
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
    if let Some(json) = crate::json::to_string(&receipt) {
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
