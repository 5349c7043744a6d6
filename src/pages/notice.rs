//! The pages about the site itself: the legal notice, the privacy page and
//! the accessibility statement. Who publishes, hosts and answers for the
//! data, where to write and how long requests are kept come from the
//! configuration (`Site`), never from the texts; what it leaves empty is left
//! out.

use leptos::prelude::*;
use leptos_router::components::A;
use portal_core::{LegalBasis, Site};

use crate::i18n::use_i18n;
use crate::offer::use_site;

/// A mail link to `address`.
fn mail(address: String) -> impl IntoView {
    let href = format!("mailto:{address}");
    view! { <a href=href>{address}</a> }
}

/// A sentence ending on a mail link to `address`, or `fallback` (already
/// translated) when there is no address.
fn write_to(lead: String, address: &str, fallback: String) -> AnyView {
    if address.trim().is_empty() {
        view! { <p>{fallback}</p> }.into_any()
    } else {
        view! { <p>{lead} " " {mail(address.trim().to_owned())} "."</p> }.into_any()
    }
}

/// A row of facts: its label and value, or nothing when the value is empty.
fn fact(label: String, value: String) -> Option<impl IntoView> {
    let value = value.trim().to_owned();
    (!value.is_empty()).then(|| view! { <dt>{label}</dt> <dd>{value}</dd> })
}

/// A link to another site, or nothing when the configuration gives none.
fn outside(href: String, text: String) -> Option<impl IntoView> {
    (!href.is_empty()).then(|| view! { <p><a href=href>{text}</a></p> })
}

#[component]
pub fn Legal() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let publisher = move || {
        let p = site.get().publisher;
        let contact = (!p.contact_email.trim().is_empty()).then(|| {
            view! { <dt>{i18n.t("legal-publisher-contact")}</dt> <dd>{mail(p.contact_email.trim().to_owned())}</dd> }
        });
        view! {
            <dl class="facts">
                {fact(i18n.t("legal-publisher-name"), p.name)}
                {fact(i18n.t("legal-publisher-address"), p.address)}
                {fact(i18n.t("legal-publisher-director"), p.director)}
                {contact}
            </dl>
        }
    };
    let host = move || {
        let p = site.get().publisher;
        let known = !p.host_name.trim().is_empty() || !p.host_address.trim().is_empty();
        known.then(|| {
            view! {
                <h2>{i18n.t("legal-hosting-title")}</h2>
                <dl class="facts">
                    {fact(i18n.t("legal-host-name"), p.host_name)}
                    {fact(i18n.t("legal-host-address"), p.host_address)}
                </dl>
            }
        })
    };
    view! {
        <div class="wrap page narrow prose">
            <h1>{move || i18n.t("legal-title")}</h1>
            <h2>{move || i18n.t("legal-publisher-title")}</h2>
            {publisher}
            {host}
            <h2>{move || i18n.t("legal-ip-title")}</h2>
            <p>{move || i18n.t("legal-ip-p1")}</p>
            <h2>{move || i18n.t("legal-liability-title")}</h2>
            <p>{move || i18n.t("legal-liability-p1")}</p>
            <p>{move || i18n.t("legal-data-p1")} " " <A href="/privacy">{move || i18n.t("privacy-title")}</A> "."</p>
            <p>{move || i18n.t("legal-accessibility-p1")} " " <A href="/accessibility">{move || i18n.t("a11y-title")}</A> "."</p>
        </div>
    }
}

/// The message naming a legal ground.
fn basis_id(basis: LegalBasis) -> &'static str {
    match basis {
        LegalBasis::Consent => "privacy-basis-consent",
        LegalBasis::PreContract => "privacy-basis-pre-contract",
        LegalBasis::LegitimateInterest => "privacy-basis-legitimate-interest",
    }
}

#[component]
pub fn Privacy() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let t = move |id: &'static str| move || i18n.t(id);
    let controller = move || {
        let Site { publisher, .. } = site.get();
        let name = publisher.controller().to_owned();
        view! {
            <p>{i18n.t_args("privacy-controller-p1", [("controller", name.into())])}</p>
            {(!publisher.contact_email.trim().is_empty()).then(|| {
                write_to(i18n.t("privacy-controller-contact"), &publisher.contact_email, String::new())
            })}
        }
    };
    let bases = move || {
        let p = site.get().publisher;
        view! {
            <ul class="bullets">
                <li>{i18n.t("privacy-basis-requests")} " " {i18n.t(basis_id(p.basis_requests))}</li>
                <li>{i18n.t("privacy-basis-surveys")} " " {i18n.t(basis_id(p.basis_surveys))}</li>
            </ul>
        }
    };
    let hosting = move || {
        let host = site.get().publisher.host_name.trim().to_owned();
        (!host.is_empty()).then(|| {
            view! {
                <h2>{i18n.t("privacy-hosting-title")}</h2>
                <p>{i18n.t_args("privacy-hosting-p1", [("host", host.into())])}</p>
            }
        })
    };
    view! {
        <div class="wrap page narrow prose">
            <h1>{t("privacy-title")}</h1>
            <p class="lead">{t("privacy-lead")}</p>
            <h2>{t("privacy-controller-title")}</h2>
            {controller}
            <h2>{t("privacy-collect-title")}</h2>
            <p>{t("privacy-collect-p1")}</p>
            <p>{t("privacy-collect-p2")}</p>
            {move || site.get().emails.then(|| view! { <p>{i18n.t("privacy-collect-emails")}</p> })}
            <h2>{t("privacy-basis-title")}</h2>
            {bases}
            <h2>{t("privacy-nocollect-title")}</h2>
            <p>{t("privacy-nocollect-p1")}</p>
            <h2>{t("privacy-who-title")}</h2>
            <p>{t("privacy-who-p1")}</p>
            <h2>{t("privacy-keep-title")}</h2>
            <Retention/>
            <p>{t("privacy-keep-what")}</p>
            <h2>{t("privacy-rights-title")}</h2>
            <p>{t("privacy-rights-p1")}</p>
            <p><A href="/status">{t("nav-status")}</A></p>
            <Rights/>
            <h2>{t("privacy-secret-title")}</h2>
            <p>{t("privacy-secret-p1")}</p>
            {hosting}
        </div>
    }
}

/// How long requests are kept, from the configuration (the purge enforces
/// it).
#[component]
fn Retention() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    move || {
        let r = site.get().retention;
        let days = |id: &str, days: u16| i18n.t_args(id, [("days", days.into())]);
        view! {
            <p>{i18n.t("privacy-keep-intro")}</p>
            <ul class="bullets">
                <li>{i18n.t("privacy-keep-withdrawn")}</li>
                <li>{days("privacy-keep-refused", r.refused_days)}</li>
                <li>{days("privacy-keep-undecided", r.undecided_days)}</li>
                <li>{days("privacy-keep-waitlisted", r.waitlisted_days)}</li>
                <li>{days("privacy-keep-accepted", r.accepted_days)}</li>
                <li>{days("privacy-keep-audit", r.audit_days)}</li>
            </ul>
        }
    }
}

/// Whom to write to about one's data, and the authority to complain to.
#[component]
fn Rights() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    move || {
        let Site {
            publisher, links, ..
        } = site.get();
        let fallback = i18n.t_args(
            "privacy-rights-p2-nocontact",
            [("controller", publisher.controller().to_owned().into())],
        );
        view! {
            {write_to(i18n.t("privacy-rights-p2"), &publisher.contact_email, fallback)}
            <p>{i18n.t("privacy-complaint")}</p>
            {outside(links.authority, i18n.t("privacy-complaint-link"))}
        }
    }
}

#[component]
pub fn Accessibility() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let t = move |id: &'static str| move || i18n.t(id);
    let report = move || {
        let Site {
            publisher, links, ..
        } = site.get();
        let fallback = i18n.t_args(
            "a11y-report-nocontact",
            [("publisher", publisher.name.clone().into())],
        );
        view! {
            {write_to(i18n.t("a11y-report-contact"), &publisher.contact_email, fallback)}
            <p>{i18n.t("a11y-recourse-p1")}</p>
            {outside(links.rights_defender, i18n.t("a11y-recourse-link"))}
        }
    };
    view! {
        <div class="wrap page narrow prose">
            <h1>{t("a11y-title")}</h1>
            <p class="lead">{t("a11y-lead")}</p>
            <h2>{t("a11y-standard-title")}</h2>
            <p>{t("a11y-standard-p1")}</p>
            <h2>{t("a11y-status-title")}</h2>
            <p>{t("a11y-status-p1")}</p>
            <h2>{t("a11y-checked-title")}</h2>
            <ul class="bullets">
                <li>{t("a11y-checked-1")}</li>
                <li>{t("a11y-checked-2")}</li>
                <li>{t("a11y-checked-3")}</li>
            </ul>
            <h2>{t("a11y-known-title")}</h2>
            <ul class="bullets">
                <li>{t("a11y-known-1")}</li>
                <li>{t("a11y-known-2")}</li>
            </ul>
            <h2>{t("a11y-report-title")}</h2>
            <p>{t("a11y-report-p1")}</p>
            {report}
        </div>
    }
}
