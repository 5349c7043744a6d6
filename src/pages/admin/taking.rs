//! Who takes care of a request ("je m'en occupe"): take it, release it, or
//! take it over from another reviewer knowingly.

use super::shortcuts::Shortcut;
use super::{Detail, error_text, use_reviewer};
use crate::components::Submit;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// What a press of the take button does, from who holds the request now.
#[derive(Clone, PartialEq)]
enum Press {
    Take,
    Release,
    TakeOver(String),
}

/// Who takes care of the request, and the button that changes it. Drawn
/// anew for each request the page opens (a word said of the last one goes
/// with it).
#[component]
pub fn Taking(detail: Detail) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let said = RwSignal::new(None::<String>);
    let holder = move || detail.with_value(|d| d.and_then(|d| d.item.taken_by.clone()));
    let press = move || match holder() {
        None => Press::Take,
        Some(name) if Some(&name) == reviewer.name.get().as_ref() => Press::Release,
        Some(name) => Press::TakeOver(name),
    };
    let act = Submit::new(
        move |press: Press| {
            let token = reviewer.token();
            let reference = detail.with_value_untracked(|d| d.map(|d| d.item.reference.clone()));
            async move {
                let reference = reference.unwrap_or_default();
                let done = match &press {
                    Press::Take => crate::api::review::take(&token, &reference, None).await,
                    Press::TakeOver(name) => {
                        crate::api::review::take(&token, &reference, Some(name.clone())).await
                    }
                    Press::Release => crate::api::review::release(&token, &reference).await,
                };
                // Refused: someone else moved first; show who holds it now.
                match done {
                    Ok(d) => Ok(d),
                    Err(error) => Err((
                        error,
                        crate::api::review::application(&token, &reference)
                            .await
                            .ok(),
                    )),
                }
            }
        },
        move |answer| match answer {
            Ok(d) => {
                let text = match &d.item.taken_by {
                    Some(_) => i18n.t("review-taken-now"),
                    None => i18n.t("review-released-now"),
                };
                detail.set(d);
                said.set(Some(text));
            }
            Err((error, fresh)) => {
                reviewer.handle(&error);
                if let Some(d) = fresh {
                    detail.set(d);
                }
                said.set(Some(error_text(i18n, &error)));
            }
        },
    );
    let state = move || match press() {
        Press::Take => i18n.t("review-taken-nobody"),
        Press::Release => i18n.t("review-taken-you"),
        Press::TakeOver(name) => i18n.t_args("review-taken-by", [("name", name.into())]),
    };
    let button = move || match press() {
        Press::Take => i18n.t("review-take"),
        Press::Release => i18n.t("review-release"),
        Press::TakeOver(name) => i18n.t_args("review-take-over", [("name", name.into())]),
    };
    view! {
        <div class="taking">
            <p id="taking-state">{state}</p>
            <button type="button" id="take-button" class="button secondary small"
                aria-keyshortcuts=Shortcut::Take.key() aria-describedby="taking-state"
                disabled=move || act.pending().get()
                on:click=move |_| act.send(press())>
                {button}
            </button>
            <p role="status" aria-live="polite" class="live">{move || said.get()}</p>
        </div>
    }
}
