//! A request's space, for reviewers: its address (changed while the space
//! does not exist yet), where its creation stands with the buttons that
//! mark a step by hand, and the messages sent to the hosting side.

use leptos::prelude::*;
use portal_core::endpoints::ResumeDeliveries;
use portal_core::{
    ApplicationDetail, ApplicationStatus, DeliveryState, DeliveryView, SpaceMark, SpaceState,
    messages,
};

use super::{Detail, error_text, use_reviewer};
use crate::api::ApiError;
use crate::components::Submit;
use crate::i18n::{format_date, use_i18n};

/// What a reviewer asks of the space panel.
#[derive(Clone)]
enum Ask {
    Address(String),
    Mark(SpaceMark),
    Resume,
}

#[component]
pub fn SpacePanel(detail: Detail) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let said = RwSignal::new(None::<String>);
    let field_error = RwSignal::new(None::<String>);
    let act = Submit::new(
        move |ask: Ask| {
            let token = reviewer.token();
            let reference = detail
                .with_value_untracked(|d| d.map(|d| d.item.reference.clone()))
                .unwrap_or_default();
            async move {
                use crate::api::review::{
                    application, change_address, mark_space, resume_deliveries,
                };
                match ask {
                    Ask::Address(address) => change_address(&token, &reference, &address).await,
                    Ask::Mark(mark) => mark_space(&token, &reference, &mark).await,
                    Ask::Resume => {
                        resume_deliveries(&token).await?;
                        application(&token, &reference).await
                    }
                }
            }
        },
        move |answer: Result<ApplicationDetail, ApiError>| {
            field_error.set(None);
            match answer {
                Ok(d) => {
                    detail.set(d);
                    said.set(Some(i18n.t("review-space-saved")));
                }
                Err(ApiError::Refused { fields, .. }) if !fields.is_empty() => {
                    let text = i18n.t(messages::code(fields[0].code));
                    field_error.set(Some(text));
                    crate::browser::after_render(|| {
                        crate::browser::focus("#space-address");
                    });
                }
                Err(error) => {
                    reviewer.handle(&error);
                    said.set(Some(error_text(i18n, &error)));
                }
            }
        },
    );
    let panel = move || {
        detail.loaded().get().map(|d| {
            i18n.locale();
            view! {
                <AddressForm detail=d.clone() act=act field_error=field_error/>
                <SpaceSteps detail=d.clone() act=act/>
                <Deliveries detail=d act=act/>
            }
        })
    };
    view! {
        <section class="space-panel" aria-labelledby="space-panel-title">
            <h2 id="space-panel-title">{move || i18n.t("review-space-title")}</h2>
            {panel}
            <p role="status" aria-live="polite" class="live">{move || said.get()}</p>
        </section>
    }
}

type Act = Submit<Ask>;

/// The address, and the form that changes it while the space does not
/// exist.
#[component]
fn AddressForm(
    detail: ApplicationDetail,
    act: Act,
    field_error: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let item = &detail.item;
    let open = !matches!(
        item.status,
        ApplicationStatus::Refused | ApplicationStatus::Withdrawn
    ) && detail.answers.is_some()
        && item.space != Some(SpaceState::Ready);
    let current = item.address.clone();
    let typed = RwSignal::new(current.clone().unwrap_or_default());
    let shown = current
        .clone()
        .unwrap_or_else(|| i18n.t("review-space-no-address"));
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !act.pending().get_untracked() {
            act.send(Ask::Address(typed.get_untracked()));
        }
    };
    view! {
        <p>{i18n.t("review-space-address")}" "<span class="address-url" translate="no">{shown}</span></p>
        {open.then(|| view! {
            <form novalidate=true on:submit=on_submit class="inline-form">
                <div class="field" class:has-error=move || field_error.with(Option::is_some)>
                    <label for="space-address">{i18n.t("review-space-new-address")}</label>
                    {move || field_error.get().map(|e| view! { <p class="error-message" id="space-address-error">{e}</p> })}
                    <input id="space-address" class="control width-20" type="text" autocomplete="off" translate="no"
                        aria-describedby=move || field_error.with(Option::is_some).then_some("space-address-error")
                        aria-invalid=move || field_error.with(Option::is_some).then_some("true")
                        prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="button secondary small">{i18n.t("review-space-change-address")}</button>
            </form>
        })}
    }
}

/// Where the creation stands, and the steps a reviewer may mark.
#[component]
fn SpaceSteps(detail: ApplicationDetail, act: Act) -> impl IntoView {
    let i18n = use_i18n();
    let (ApplicationStatus::Accepted, Some(space)) = (detail.item.status, detail.item.space) else {
        return None;
    };
    let reason = RwSignal::new(String::new());
    let mark = move |state: SpaceState| {
        let reason = reason.get_untracked();
        act.send(Ask::Mark(SpaceMark {
            state,
            url: None,
            reason: (state == SpaceState::Failed && !reason.trim().is_empty()).then_some(reason),
        }));
    };
    let link = detail.space_url.clone();
    Some(view! {
        <p>
            <strong>{i18n.t(messages::space(space))}</strong>
            {link.map(|url| {
                let text = url.clone();
                view! { " " <a href=url translate="no">{text}</a> }
            })}
        </p>
        {(space != SpaceState::Ready).then(|| view! {
            <div class="button-row">
                <button type="button" class="button primary small" on:click=move |_| mark(SpaceState::Ready)>
                    {i18n.t("review-space-mark-ready")}
                </button>
                {(space == SpaceState::Failed).then(|| view! {
                    <button type="button" class="button secondary small" on:click=move |_| mark(SpaceState::Creating)>
                        {i18n.t("review-space-ask-again")}
                    </button>
                })}
            </div>
        })}
        {(space == SpaceState::Creating).then(|| view! {
            <div class="field">
                <label for="space-reason">{i18n.t("review-space-reason")}</label>
                <input id="space-reason" class="control" type="text"
                    prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))/>
            </div>
            <button type="button" class="button secondary small" on:click=move |_| mark(SpaceState::Failed)>
                {i18n.t("review-space-mark-failed")}
            </button>
        })}
    })
}

/// The messages to the hosting side, and the button that resumes them
/// after a 410.
#[component]
fn Deliveries(detail: ApplicationDetail, act: Act) -> impl IntoView {
    let i18n = use_i18n();
    if detail.deliveries.is_empty() && !detail.deliveries_stopped {
        return None;
    }
    let rows = detail
        .deliveries
        .iter()
        .map(|d: &DeliveryView| {
            let state = match d.state {
                DeliveryState::Pending => "review-delivery-pending",
                DeliveryState::Delivered => "review-delivery-delivered",
                DeliveryState::Failed => "review-delivery-failed",
                DeliveryState::Dropped => "review-delivery-dropped",
            };
            view! {
                <li>
                    <span class="when">{format_date(i18n, &d.created_at, false)}</span>" — "
                    <code>{d.event.as_str()}</code>" — "{i18n.t(state)}
                    " " {i18n.t_args("review-delivery-attempts", [("count", d.attempts.into())])}
                    {d.error.clone().map(|e| view! { <span class="why">{e}</span> })}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <h3>{i18n.t("review-deliveries-title")}</h3>
        {detail.deliveries_stopped.then(|| view! {
            <div class="notice warning">
                <p>{i18n.t("review-deliveries-stopped")}</p>
                {use_reviewer().may::<ResumeDeliveries>().then(|| view! {
                    <button type="button" class="button secondary small" on:click=move |_| act.send(Ask::Resume)>
                        {i18n.t("review-deliveries-resume")}
                    </button>
                })}
            </div>
        })}
        <ul class="timeline">{rows}</ul>
    })
}
