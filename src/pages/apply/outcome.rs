//! The two ends of the wizard: the confirmation with the receipt, and the
//! page that tells an ineligible applicant why and where to go instead.

use leptos::prelude::*;
use leptos_router::components::A;
use portal_core::{Eligibility, Submitted, Verdict};

use super::steps::Step;
use super::{ForgetDraft, RECEIPT_KEY, use_wizard};
use crate::components::Alternatives;
use crate::components::form::problem_message;
use crate::i18n::{I18n, use_i18n};

/// What the applicant keeps of a request, for this tab: its keys, the
/// structure's name and when it was sent.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub struct Receipt {
    pub submitted: Submitted,
    pub name: String,
    /// When it was sent, RFC 3339.
    pub sent_at: String,
}

/// The address of the status page, with the keys filled in.
fn status_address(submitted: &Submitted) -> String {
    format!(
        "{}{}",
        crate::browser::origin(),
        crate::pages::status_link(&submitted.reference, &submitted.secret)
    )
}

fn receipt_text(i18n: I18n, receipt: &Receipt) -> String {
    let submitted = &receipt.submitted;
    [
        i18n.t("apply-done-receipt-heading"),
        String::new(),
        format!("{} {}", i18n.t("apply-done-name"), receipt.name),
        format!(
            "{} {}",
            i18n.t("apply-done-sent-at"),
            crate::i18n::format_date(i18n, &receipt.sent_at, true)
        ),
        format!("{} {}", i18n.t("apply-done-reference"), submitted.reference),
        format!("{} {}", i18n.t("apply-done-secret"), submitted.secret),
        String::new(),
        format!(
            "{} {}",
            i18n.t("apply-done-follow-at"),
            status_address(submitted)
        ),
        i18n.t("apply-done-keep"),
        i18n.t("apply-done-next-p1"),
    ]
    .join("\n")
}

/// A code of the receipt, with a button that copies it; `copied` tells
/// which one was copied last. The labels are message ids.
#[component]
fn Key(
    label: &'static str,
    id: &'static str,
    value: String,
    copy_label: &'static str,
    copied_label: &'static str,
    copied: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let copy = {
        let value = value.clone();
        move |_| {
            crate::browser::copy_to_clipboard(&value);
            copied.set(Some(copied_label));
        }
    };
    view! {
        <div>
            <dt>{move || i18n.t(label)}</dt>
            <dd><code class="token" id=id>{value}</code></dd>
            <dd class="no-print">
                <button type="button" class="button secondary small" on:click=copy>
                    {move || i18n.t(copy_label)}
                </button>
            </dd>
        </div>
    }
}

#[component]
pub fn Done() -> impl IntoView {
    let i18n = use_i18n();
    let receipt: Option<Receipt> =
        crate::browser::session_get(RECEIPT_KEY).and_then(|json| crate::json::from_str(&json));
    let Some(receipt) = receipt else {
        return view! {
            <div class="wrap page narrow">
                <h1>{move || i18n.t("apply-done-missing-title")}</h1>
                <p>{move || i18n.t("apply-done-missing-text")}</p>
                <p><A href="/apply">{move || i18n.t("apply-done-missing-link")}</A></p>
            </div>
        }
        .into_any();
    };
    let submitted = receipt.submitted.clone();
    let case_by_case = submitted.eligibility == Verdict::CaseByCase;
    view! {
        <div class="wrap page narrow">
            <div class="panel confirmation">
                <h1>{move || i18n.t("apply-done-title")}</h1>
                <p>{move || i18n.t("apply-done-lead")}</p>
            </div>
            <h2>{move || i18n.t("apply-done-keys-title")}</h2>
            <p class="notice warning">{move || i18n.t("apply-done-keep")}</p>
            <ReceiptKeys receipt=receipt/>
            <h2>{move || i18n.t("apply-done-next-title")}</h2>
            <p>{move || i18n.t("apply-done-next-p1")}</p>
            {case_by_case.then(|| view! { <p>{move || i18n.t("apply-case-by-case")}</p> })}
            <p>{move || i18n.t("apply-done-next-p2")}</p>
            <p class="no-print">
                <A href=crate::pages::status_link(&submitted.reference, &submitted.secret) attr:class="button primary">
                    {move || i18n.t("apply-done-follow")}
                </A>
            </p>
            <p class="no-print"><A href="/">{move || i18n.t("apply-done-home")}</A></p>
        </div>
    }
    .into_any()
}

/// The receipt: the request's name, when it was sent, its reference and
/// secret (each with a button to copy it), the address to follow it (on
/// paper), and the buttons to print it or download it.
#[component]
fn ReceiptKeys(receipt: Receipt) -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(None::<&'static str>);
    let submitted = receipt.submitted.clone();
    let (name, sent_at, address) = (
        receipt.name.clone(),
        receipt.sent_at.clone(),
        status_address(&submitted),
    );
    let download = move |_| {
        crate::browser::download_text(
            &format!("{}.txt", receipt.submitted.reference),
            "text/plain;charset=utf-8",
            &receipt_text(i18n, &receipt),
        )
    };
    view! {
        <dl class="receipt">
            <div>
                <dt>{move || i18n.t("apply-done-name")}</dt>
                <dd>{name}</dd>
            </div>
            <div>
                <dt>{move || i18n.t("apply-done-sent-at")}</dt>
                <dd>{move || crate::i18n::format_date(i18n, &sent_at, true)}</dd>
            </div>
            <Key label="apply-done-reference" id="receipt-reference" value=submitted.reference
                copy_label="apply-done-copy-reference" copied_label="apply-done-copied-reference" copied=copied/>
            <Key label="apply-done-secret" id="receipt-secret" value=submitted.secret
                copy_label="apply-done-copy-secret" copied_label="apply-done-copied-secret" copied=copied/>
            <div class="print-only">
                <dt>{move || i18n.t("apply-done-follow-at")}</dt>
                <dd class="address">{address}</dd>
            </div>
        </dl>
        <p role="status" aria-live="polite" class="live no-print">{move || copied.get().map(|id| i18n.t(id))}</p>
        <p class="actions no-print">
            <button type="button" class="button secondary" on:click=move |_| crate::browser::print()>
                {move || i18n.t("apply-done-print")}
            </button>
            <button type="button" class="button secondary" on:click=download>
                {move || i18n.t("apply-done-download")}
            </button>
        </p>
    }
}

#[component]
pub fn NotEligible() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let reasons = move || match wizard.verdict() {
        Eligibility::Ineligible(reasons) => reasons,
        _ => Vec::new(),
    };
    let content = move || {
        let reasons = reasons();
        if reasons.is_empty() {
            // The answers were changed since: nothing stands in the way.
            return view! {
                <p>{i18n.t("apply-not-eligible-resolved")}</p>
                <p><A href="/apply/kind" attr:class="button primary">{i18n.t("apply-resume")}</A></p>
            }
            .into_any();
        }
        let items = reasons
            .into_iter()
            .map(|reason| {
                let step = Step::of_problem(&reason);
                let href = format!("/apply/{}", step.slug());
                view! {
                    <li>
                        {problem_message(i18n, &reason)} " "
                        <A href=href>{i18n.t("apply-not-eligible-change")}</A>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="lead">{i18n.t("apply-not-eligible-lead")}</p>
            <ul class="bullets reasons">{items}</ul>
            <h2>{i18n.t("apply-not-eligible-why-title")}</h2>
            <p>{i18n.t("apply-not-eligible-why")}</p>
            <h2>{i18n.t("apply-not-eligible-alternatives-title")}</h2>
            <Alternatives/>
            <p>
                {i18n.t("apply-not-eligible-more")} " "
                <A href="/eligibility">{i18n.t("nav-eligibility")}</A>
            </p>
        }
        .into_any()
    };
    view! {
        <div class="wrap page narrow">
            <h1>{move || i18n.t("apply-not-eligible-title")}</h1>
            {content}
            <div class="forget">
                <p class="small">{move || i18n.t("apply-not-eligible-forget")}</p>
                <ForgetDraft/>
            </div>
        </div>
    }
}
