//! Following a request: the reference and the secret (typed, or carried in
//! the URL fragment of the receipt link, which never reaches a server log),
//! the current status with its dated history and what comes next, and the
//! withdrawal, confirmed first. What is shown of a request found is drawn
//! by `result`, whose code comes at the first lookup.

mod result;

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use portal_core::{Problem, StatusQuery, StatusView};

use crate::api::ApiError;
use crate::components::{
    CodeField, CodeForm, Failure, Later, Submit, fail, read_code, refusal_text,
};
use crate::i18n::use_i18n;
use result::{Answer, Emails, Found};
pub use result::{DrawResult, draw_result};

/// The receipt link: `/status#FS-XXXX-XXXX/SECRET`.
pub fn status_link(reference: &str, secret: &str) -> String {
    format!("/status#{reference}/{secret}")
}

/// The link of the e-mails: `/status#FS-XXXX-XXXX`, the reference alone
/// (an e-mail never holds the secret).
fn reference_from_fragment(fragment: &str) -> Option<String> {
    portal_core::normalize_reference(fragment)
}

fn from_fragment(fragment: &str) -> Option<(String, String)> {
    let (reference, secret) = fragment.split_once('/')?;
    Some((
        portal_core::normalize_reference(reference)?,
        portal_core::normalize_secret(secret)?,
    ))
}

#[component]
pub fn Status() -> impl IntoView {
    let i18n = use_i18n();
    let reference = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let failure = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);

    // The last answer of any (whichever came last), and what draws it.
    let found = RwSignal::new(None::<StatusView>);
    let (code, fetch_code) = result_code(found, failure);
    let shown = move |view: StatusView| {
        failure.set(None);
        found.set(Some(view));
        confirming.set(false);
        if code.ready() {
            focus_result();
        } else {
            fetch_code();
        }
    };
    let show = move |result: Result<StatusView, ApiError>| match result {
        Ok(view) => shown(view),
        Err(error) => fail(
            failure,
            "lookup-failure",
            refusal_text(i18n, &error, "status-not-found", "status-cannot-withdraw"),
        ),
    };
    let lookup = Submit::new(
        |query: StatusQuery| async move { crate::api::application_status(&query).await },
        show,
    );
    let withdrawal = Submit::new(
        |query: StatusQuery| async move { crate::api::withdraw_application(&query).await },
        show,
    );

    let query = move || StatusQuery {
        reference: reference.get_untracked(),
        secret: secret.get_untracked(),
    };
    let look_up = move || {
        fetch_code();
        lookup.send(query());
    };
    read_link(reference, secret, look_up);
    let on_submit = Callback::new(move |()| {
        if read_codes(reference, secret, problems) {
            failure.set(None);
            look_up();
        }
    });
    let on_withdraw = Callback::new(move |()| withdrawal.send(query()));
    let answer = Answer::new(reference, secret, Callback::new(shown));
    let emails = Emails::new(reference, secret, found);
    let result = move || {
        let (view, draw) = (found.get()?, code.draw.get()?);
        i18n.locale(); // drawn again in the other language
        Some(draw(Found {
            view,
            answer,
            emails,
            confirming,
            on_withdraw,
            pending: withdrawal.pending(),
        }))
    };
    view! {
        <div class="wrap page narrow">
            <h1>{move || i18n.t("status-title")}</h1>
            <p class="lead">{move || i18n.t("status-lead")}</p>
            <CodeForm fields=code_fields(reference, secret) problems=problems submit="status-submit" busy=lookup.pending() on_submit=on_submit/>
            <Failure id="lookup-failure" failure=failure/>
            {result}
            <p class="small">{move || i18n.t("status-lost")}</p>
        </div>
    }
}

/// The code that draws a request found, and how it is asked for (with the
/// request, or again after it could not come): the focus goes to the
/// request once both are there; a failure is said where the lookup's are.
fn result_code(
    found: RwSignal<Option<StatusView>>,
    failure: RwSignal<Option<String>>,
) -> (Later<DrawResult>, impl Fn() + Copy + 'static) {
    let i18n = use_i18n();
    let code = Later::new(load_result);
    let fetch = move || {
        code.fetch(
            move || {
                if found.with_untracked(Option::is_some) {
                    focus_result();
                }
            },
            move || fail(failure, "lookup-failure", i18n.t("chunk-missing-text")),
        );
    };
    (code, fetch)
}

fn focus_result() {
    crate::browser::after_render(|| {
        crate::browser::focus("#status-result-title");
    });
}

/// The code that draws a request found ([`draw_result`]).
fn load_result() -> Pin<Box<dyn Future<Output = Option<DrawResult>>>> {
    #[cfg(feature = "split")]
    return Box::pin(async { crate::lazy::status_result().await.ok() });
    #[cfg(not(feature = "split"))]
    Box::pin(async { Some(draw_result as DrawResult) })
}

/// Checks the reference and the secret as typed (normalised in place):
/// true if both are well formed, their problems shown otherwise.
fn read_codes(
    reference: RwSignal<String>,
    secret: RwSignal<String>,
    problems: RwSignal<Vec<Problem>>,
) -> bool {
    let read = [
        read_code("reference", reference, portal_core::normalize_reference),
        read_code("secret", secret, portal_core::normalize_secret),
    ];
    problems.set(read.into_iter().filter_map(Result::err).collect());
    problems.with_untracked(Vec::is_empty)
}

/// The link of a receipt or an e-mail, which carries the reference (and
/// the secret, in a receipt's) in the fragment: read them, take them out of
/// the address bar and the history, and `look_up` when both are there.
fn read_link(reference: RwSignal<String>, secret: RwSignal<String>, look_up: impl Fn() + 'static) {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        let fragment = hash.trim_start_matches('#');
        if let Some((r, s)) = from_fragment(fragment) {
            reference.set(r);
            secret.set(s);
            crate::browser::replace_url("/status");
            look_up();
        } else if let Some(r) = reference_from_fragment(fragment) {
            reference.set(r);
            crate::browser::replace_url("/status");
            crate::browser::after_render(|| {
                crate::browser::focus("#secret");
            });
        }
    });
}

/// The reference and the secret, as typed.
fn code_fields(reference: RwSignal<String>, secret: RwSignal<String>) -> Vec<CodeField> {
    vec![
        CodeField {
            width: Some("20"),
            ..CodeField::new(
                "reference",
                "status-reference-label",
                "status-reference-hint",
                reference,
            )
        },
        CodeField::new(
            "secret",
            "status-secret-label",
            "status-secret-hint",
            secret,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_receipt_link_round_trips() {
        let reference = "FS-7K3M-Q9TD";
        let secret = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB";
        let link = status_link(reference, secret);
        let fragment = link.split_once('#').unwrap().1;
        assert_eq!(
            from_fragment(fragment),
            Some((reference.to_owned(), secret.to_owned()))
        );
        assert_eq!(from_fragment("nothing"), None);
        assert_eq!(from_fragment("FS-7K3M-Q9TD/short"), None);
        assert_eq!(from_fragment(reference), None);
        assert_eq!(
            reference_from_fragment("fs-7k3m-q9td").as_deref(),
            Some(reference)
        );
    }
}
