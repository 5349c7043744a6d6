//! The page the links of the e-mails open, which asks before doing anything
//! (a mailbox's link checker opening it changes nothing):
//! `/emails#confirm=<token>` confirms that the address wants the e-mails
//! about its request (the link serves once); `/emails#stop=<token>` stops
//! the e-mails of one request, without its secret. The token comes in the
//! fragment, which never reaches a server's log, and leaves the address bar
//! once read.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::ApiError;
use crate::components::refusal_text;
use crate::i18n::use_i18n;

/// What a link asks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ask {
    Confirm,
    Stop,
}

impl Ask {
    /// The message ids of its question, button, success and unknown link.
    fn texts(self) -> [&'static str; 4] {
        match self {
            Ask::Confirm => [
                "emails-confirm-text",
                "emails-confirm-button",
                "emails-confirmed",
                "emails-confirm-unknown",
            ],
            Ask::Stop => [
                "emails-stop-text",
                "emails-stop-button",
                "emails-stopped",
                "emails-stop-unknown",
            ],
        }
    }
}

/// `confirm=<token>` or `stop=<token>`, from the address's fragment.
fn read_link(fragment: &str) -> Option<(Ask, String)> {
    let (what, token) = fragment.trim_start_matches('#').split_once('=')?;
    let ask = match what {
        "confirm" => Ask::Confirm,
        "stop" => Ask::Stop,
        _ => return None,
    };
    let token = token.trim();
    (!token.is_empty() && token.len() <= 200).then(|| (ask, token.to_owned()))
}

#[component]
pub fn EmailChoice() -> impl IntoView {
    let i18n = use_i18n();
    let link = RwSignal::new(read_link(&crate::browser::hash()));
    // Another link of an e-mail opened in the same tab changes only the
    // fragment: it is read too; then the token leaves the address bar.
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        if let Some(read) = read_link(&location.hash.get()) {
            link.set(Some(read));
        }
        if link.with_untracked(Option::is_some) {
            crate::browser::replace_url("/emails");
        }
    });
    let view = move || match link.get() {
        Some((ask, token)) => view! { <Choice ask=ask token=token/> }.into_any(),
        None => view! {
            <p>{move || i18n.t("emails-no-link")}</p>
            <p><A href="/status">{move || i18n.t("emails-to-status")}</A></p>
        }
        .into_any(),
    };
    view! {
        <div class="wrap page narrow">
            <h1>{move || i18n.t("emails-title")}</h1>
            <p class="lead">{move || i18n.t("emails-lead")}</p>
            {view}
        </div>
    }
}

/// The question of the link, its button, then what happened.
#[component]
fn Choice(ask: Ask, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let [question, button, done, unknown] = ask.texts();
    let send = Action::new_local(move |token: &String| {
        let token = token.clone();
        async move {
            let answer = match ask {
                Ask::Confirm => crate::api::confirm_emails(&token).await,
                Ask::Stop => crate::api::stop_emails(&token).await,
            };
            crate::browser::after_render(|| {
                crate::browser::focus("#emails-outcome");
            });
            answer
        }
    });
    let outcome = move || {
        send.value().get().map(|answer| {
            let (class, text) = match answer {
                Ok(()) => ("notice success", i18n.t(done)),
                Err(ApiError::Refused { status: 404, .. }) => ("notice warning", i18n.t(unknown)),
                Err(error) => (
                    "notice warning",
                    refusal_text(i18n, &error, unknown, unknown),
                ),
            };
            view! { <p id="emails-outcome" class=class tabindex="-1" role="status">{text}</p> }
        })
    };
    let answered = move || send.value().with(|answer| matches!(answer, Some(Ok(()))));
    view! {
        <p>{move || i18n.t(question)}</p>
        <Show when=move || !answered()>
            <p class="actions">
                <button type="button" class="button primary"
                    aria-disabled=move || send.pending().get().then_some("true")
                    on:click={
                        let token = token.clone();
                        move |_| {
                            if !send.pending().get_untracked() {
                                send.dispatch_local(token.clone());
                            }
                        }
                    }>
                    {move || i18n.t(button)}
                </button>
            </p>
        </Show>
        {outcome}
        <p class="small"><A href="/status">{move || i18n.t("emails-to-status")}</A></p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_read_from_the_fragment() {
        assert!(matches!(read_link("#confirm=abc"), Some((Ask::Confirm, t)) if t == "abc"));
        assert!(matches!(read_link("stop=FS-1.aa"), Some((Ask::Stop, t)) if t == "FS-1.aa"));
        assert!(read_link("#other=abc").is_none());
        assert!(read_link("#confirm=").is_none());
        assert!(read_link("").is_none());
    }
}
