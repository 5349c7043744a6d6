//! The status page's word on what comes after acceptance: the space's
//! address, where its creation stands, and once it is ready, the link and
//! the first steps; for a wait-listed request, what it waits for.

use leptos::prelude::*;
use portal_core::{ApplicationStatus, SpaceState, StatusView, messages};

use crate::i18n::use_i18n;
use crate::offer::{use_offer, use_offer_view, use_site};

/// The space of an accepted request, or the address a live request asks for.
#[component]
pub fn SpaceSection(view: StatusView) -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let offer = use_offer();
    let address = view.address.clone()?;
    if matches!(
        view.status,
        ApplicationStatus::Refused | ApplicationStatus::Withdrawn
    ) {
        return None;
    }
    let usual = move || site.with(|s| s.spaces.url(&address));
    let space = view
        .space
        .filter(|_| view.status == ApplicationStatus::Accepted);
    let Some(space) = space else {
        return Some(
            view! {
                <p class="address-asked">
                    {move || i18n.t("status-address-asked")}" "
                    <span class="address-url" translate="no">{usual.clone()}</span>
                </p>
            }
            .into_any(),
        );
    };
    let url = view.space_url.clone();
    let link = move || url.clone().unwrap_or_else(usual.clone());
    let state_class = format!("notice space-{}", space.as_str());
    Some(
        view! {
            <section class="space" aria-labelledby="space-title">
                <h3 id="space-title">{move || i18n.t("status-space-title")}</h3>
                <p class=state_class>
                    <strong>{move || i18n.t(messages::space(space))}</strong>" "
                    {move || i18n.t(match space {
                        SpaceState::Creating => "status-space-creating",
                        SpaceState::Ready => "status-space-ready",
                        SpaceState::Failed => "status-space-failed",
                    })}
                </p>
                {(space == SpaceState::Ready).then(|| {
                    let href = link();
                    let text = href.clone();
                    view! {
                        <p class="space-link"><a href=href translate="no">{text}</a></p>
                        <h4>{move || i18n.t("status-first-steps-title")}</h4>
                        <ol class="steps-list">
                            <li>{move || i18n.t("status-first-step-sign-in")}</li>
                            <li>{move || i18n.t_args("status-first-step-members", [("accounts", offer.get().max_accounts.into())])}</li>
                            <li>{move || i18n.t_args("status-first-step-share", [("storage", offer.get().storage_gb.into())])}</li>
                            {move || {
                                let forum = site.get().links.forum;
                                (!forum.is_empty()).then(|| view! {
                                    <li>{i18n.t("status-first-step-help")}" "<a href=forum>{i18n.t("status-first-step-forum")}</a>"."</li>
                                })
                            }}
                        </ol>
                    }
                })}
            </section>
        }
        .into_any(),
    )
}

/// What a wait-listed request waits for: its phase, its months, how many
/// requests wait for it with this one, and what makes it move.
#[component]
pub fn WaitSection(view: StatusView) -> impl IntoView {
    let i18n = use_i18n();
    let offer_view = use_offer_view();
    let (ApplicationStatus::Waitlisted, Some(number), Some(waiting)) =
        (view.status, view.phase, view.waiting)
    else {
        return None;
    };
    let months = move || {
        offer_view
            .get()
            .and_then(Result::ok)
            .and_then(|o| o.phases.into_iter().find(|p| p.number == number))
            .map(|p| format!("{} – {}", p.period_start, p.period_end))
            .unwrap_or_default()
    };
    Some(view! {
        <section class="wait" aria-labelledby="wait-title">
            <h3 id="wait-title">{move || i18n.t("status-wait-title")}</h3>
            <p>{move || i18n.t_args("status-wait-phase", [("number", number.into()), ("months", months().into())])}</p>
            <p>{move || i18n.t_args("status-wait-count", [("count", waiting.into())])}</p>
            <p>{move || i18n.t("status-wait-moves")}</p>
        </section>
    })
}
