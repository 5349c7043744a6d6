//! The space's address, asked in the identity step: proposed from the
//! structure's name while the applicant has not chosen one, shown whole as
//! it is typed, checked by core's rules at once and, a moment after typing
//! stops, asked of the server (free, taken, reserved), with free addresses
//! close to it to take in one press.

use leptos::prelude::*;
use portal_core::{AddressCheck, Availability, Field, Problem};

use super::use_wizard;
use crate::components::form::{TextField, field_error};
use crate::i18n::use_i18n;

/// Milliseconds after the last key before the server is asked.
const PAUSE_MS: u64 = 400;

#[component]
pub fn AddressField(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let draft = wizard.draft;
    let spaces = wizard.spaces;
    let address =
        Signal::derive(move || draft.with(|d| d.structure.address.clone().unwrap_or_default()));
    // While the address is the one proposed from the name (or none), it
    // follows the name.
    Effect::new(move |previous: Option<Option<String>>| {
        let proposed = draft.with(|d| spaces.with(|s| s.suggest(&d.structure.name)));
        let current = draft.with_untracked(|d| d.structure.address.clone());
        let following = current.is_none()
            || current.as_deref() == Some("")
            || previous.as_ref().is_some_and(|p| *p == current);
        if following && proposed.is_some() && proposed != current {
            draft.update(|d| d.structure.address = proposed.clone());
        }
        proposed
    });
    let check = RwSignal::new(None::<AddressCheck>);
    let typed = StoredValue::new(0u32);
    Effect::new(move |_| {
        let label = address.get();
        typed.update_value(|n| *n += 1);
        let this = typed.get_value();
        check.set(None);
        if spaces.with(|s| s.check(&label)).is_err() {
            return;
        }
        // The step may be left before the pause is over, or the answer
        // comes: then nothing is there to tell (`try_`).
        set_timeout(
            move || {
                if typed.try_get_value() != Some(this) {
                    return;
                }
                leptos::task::spawn_local(async move {
                    if let Ok(answer) = crate::api::check_address(&label).await
                        && typed.try_get_value() == Some(this)
                    {
                        check.try_set(Some(answer));
                    }
                });
            },
            std::time::Duration::from_millis(PAUSE_MS),
        );
    });
    let url = move || spaces.with(|s| s.url(&address.get()));
    view! {
        <TextField
            field=Field::Address
            label=Signal::derive(move || i18n.t("apply-address-label"))
            hint=Signal::derive(move || i18n.t_args("apply-address-hint", [("domain", spaces.with(|s| s.domain.clone()).into())]))
            value=address
            on_input=Callback::new(move |value: String| draft.update(|d| d.structure.address = Some(value.trim().to_owned())))
            error=field_error(problems, Field::Address)
            autocomplete="off"
            width="20"
        />
        <p class="address-preview">
            {move || i18n.t("apply-address-preview")}" "
            <span class="address-url" translate="no">{url}</span>
        </p>
        <AddressVerdict check=check/>
        <AddressFix/>
    }
}

/// What the server said of the address typed, said aloud when it comes.
#[component]
fn AddressVerdict(check: RwSignal<Option<AddressCheck>>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_wizard().draft;
    let take = move |label: String| draft.update(|d| d.structure.address = Some(label));
    view! {
        <div class="address-check" role="status">
            {move || check.get().map(|answer| {
                let (class, id) = match answer.availability {
                    Availability::Available => ("notice success", "apply-address-available"),
                    Availability::Taken => ("notice warning", "apply-address-taken"),
                    Availability::Reserved => ("notice warning", "apply-address-reserved"),
                    Availability::Invalid => ("notice warning", "apply-address-invalid"),
                };
                let suggestions = answer.suggestions.clone();
                view! {
                    <div class=class>
                        <p>{i18n.t(id)}</p>
                        {(!suggestions.is_empty()).then(|| view! {
                            <p>{i18n.t("apply-address-suggestions")}</p>
                            <ul class="inline-list">
                                {suggestions.into_iter().map(|label| {
                                    let chosen = label.clone();
                                    view! {
                                        <li><button type="button" class="link-button" translate="no"
                                            on:click=move |_| take(chosen.clone())>{label}</button></li>
                                    }
                                }).collect_view()}
                            </ul>
                        })}
                    </div>
                }
            })}
        </div>
    }
}

/// An address typed with capitals, accents or spaces: the valid one it
/// makes, to take in one press.
#[component]
fn AddressFix() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let draft = wizard.draft;
    let fix = Memo::new(move |_| {
        let typed = draft.with(|d| d.structure.address.clone().unwrap_or_default());
        wizard.spaces.with(|s| {
            let valid = s.check(&typed).is_ok();
            (!typed.is_empty() && !valid)
                .then(|| s.suggest(&typed))
                .flatten()
        })
    });
    move || {
        fix.get().map(|label| {
            let chosen = label.clone();
            view! {
                <p class="hint">
                    {i18n.t("apply-address-fix")}" "
                    <button type="button" class="link-button" translate="no"
                        on:click=move |_| draft.update(|d| d.structure.address = Some(chosen.clone()))>{label}</button>
                </p>
            }
        })
    }
}
