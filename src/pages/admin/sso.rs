//! The members' identities at the host's provider, on the Team page when
//! the portal has one (`[review.oidc]`): the e-mail address or subject that
//! signs a member in through it, given when adding them or changed later.

use leptos::prelude::*;
use portal_core::MemberView;

use super::{error_text, use_reviewer};
use crate::api::ApiError;
use crate::components::Submit;
use crate::i18n::use_i18n;

/// The field of an identity, with its hint and its error.
#[component]
pub fn SsoField(
    id: &'static str,
    value: RwSignal<String>,
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let site = crate::offer::use_site();
    let (hint, error) = (format!("{id}-hint"), format!("{id}-error"));
    let described = {
        let (hint, error) = (hint.clone(), error.clone());
        move || match problem.with(Option::is_some) {
            true => format!("{error} {hint}"),
            false => hint.clone(),
        }
    };
    view! {
        <Show when=move || site.get().sso>
            <div class="field" class:has-error=move || problem.with(Option::is_some)>
                <label for=id>{move || i18n.t("review-sso-identity")}</label>
                <p class="hint" id=hint.clone()>{move || i18n.t("review-sso-identity-hint")}</p>
                {let error = error.clone(); move || problem.get().map(|p| view! { <p class="field-error" id=error.clone()>{p}</p> })}
                <input id=id class="control" type="text" autocomplete="off" spellcheck="false"
                    aria-describedby=described.clone()
                    aria-invalid=move || problem.with(Option::is_some).then_some("true")
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        </Show>
    }
}

/// Gives an active member another identity at the provider (none: tokens
/// only).
#[component]
pub fn SsoSection(
    members: Signal<Vec<MemberView>>,
    on_saved: Callback<Vec<MemberView>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let site = crate::offer::use_site();
    let chosen = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let save = Submit::new(
        move |(name, sso): (String, Option<String>)| {
            let token = reviewer.token();
            async move { crate::api::review::set_sso(&token, &name, sso).await }
        },
        move |answer: Result<Vec<MemberView>, ApiError>| match answer {
            Ok(list) => {
                problem.set(None);
                on_saved.run(list);
            }
            Err(ApiError::Refused { fields, .. }) if !fields.is_empty() => {
                problem.set(Some(i18n.t(portal_core::messages::code(fields[0].code))));
                crate::browser::focus("#change-sso");
            }
            Err(error) => {
                reviewer.handle(&error);
                problem.set(Some(error_text(i18n, &error)));
            }
        },
    );
    let choose = move |ev| {
        let name = event_target_value(&ev);
        let current = members.with(|m| {
            m.iter()
                .find(|m| m.name == name)
                .and_then(|m| m.sso.clone())
        });
        value.set(current.unwrap_or_default());
        chosen.set(name);
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let sso = Some(value.get_untracked()).filter(|s| !s.trim().is_empty());
        save.send((chosen.get_untracked(), sso));
    };
    let options = move || {
        members
            .get()
            .into_iter()
            .filter(|m| m.revoked_at.is_none())
            .map(|m| view! { <option value=m.name.clone()>{m.name.clone()}</option> })
            .collect_view()
    };
    view! {
        <Show when=move || site.get().sso>
            <section aria-labelledby="sso-title">
                <h2 id="sso-title">{move || i18n.t("review-sso-change-title")}</h2>
                <form novalidate=true on:submit=on_submit>
                    <div class="field">
                        <label for="sso-member">{move || i18n.t("review-team-col-name")}</label>
                        <select id="sso-member" class="control" on:change=choose>
                            <option value="">{move || i18n.t("review-choose")}</option>
                            {options}
                        </select>
                    </div>
                    <SsoField id="change-sso" value=value problem=problem/>
                    <button type="submit" class="button secondary" disabled=move || chosen.with(String::is_empty)>
                        {move || i18n.t("review-sso-save")}
                    </button>
                </form>
            </section>
        </Show>
    }
}
