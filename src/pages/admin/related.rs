//! The requests related to the one read (same number, address, website or
//! name), with what they share and where each stands.

use leptos::prelude::*;
use leptos_router::components::A;
use portal_core::{Likeness, RelatedRequest};

use crate::i18n::{format_date, status_label, use_i18n};

fn likeness_key(likeness: Likeness) -> &'static str {
    match likeness {
        Likeness::Identifier => "review-related-identifier",
        Likeness::Email => "review-related-email",
        Likeness::Website => "review-related-website",
        Likeness::Name => "review-related-name",
        Likeness::Address => "review-related-address",
    }
}

#[component]
pub fn Related(related: Vec<RelatedRequest>) -> impl IntoView {
    let i18n = use_i18n();
    if related.is_empty() {
        return None;
    }
    let count = related.len();
    let items = related
        .into_iter()
        .map(|r| {
            let shared = r
                .likeness
                .iter()
                .map(|l| i18n.t(likeness_key(*l)))
                .collect::<Vec<_>>()
                .join(", ");
            let name = r
                .structure_name
                .clone()
                .unwrap_or_else(|| i18n.t("review-erased"));
            let status = status_label(i18n, r.status)
                + &r.phase.map(|p| format!(" ({p})")).unwrap_or_default();
            view! {
                <li>
                    <A href=format!("/admin/requests/{}", r.reference) attr:class="reference">{r.reference.clone()}</A>
                    " — " {name}
                    <span class="why">{status} " · " {format_date(i18n, &r.created_at, false)}</span>
                    <span class="what">{i18n.t_args("review-related-shares", [("what", shared.into())])}</span>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="panel related" aria-labelledby="related-title">
            <h2 id="related-title">{i18n.t_args("review-related-title", [("count", count.into())])}</h2>
            <p>{i18n.t("review-related-lead")}</p>
            <ul class="plain related-list">{items}</ul>
        </section>
    })
}
