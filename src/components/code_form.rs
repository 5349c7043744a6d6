//! The form that asks for codes someone was given (a reference and its
//! secret, a survey's invitation, a reviewer's token): each field with its
//! label and hint, the error summary, the button (marked busy while the
//! server answers), and the live region that tells a refusal and takes the
//! focus. Used by the status page, the survey page and the reviewers'
//! sign-in.

use leptos::prelude::*;
use portal_core::{Code, ErrorCode, Problem};

use super::form::{ErrorSummary, TextField, field_error};
use crate::api::ApiError;
use crate::i18n::{I18n, use_i18n};

/// One code asked for; `label` and `hint` are message ids.
#[derive(Clone, Copy)]
pub struct CodeField {
    pub field: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub value: RwSignal<String>,
    /// Typed hidden, as a password.
    pub hidden: bool,
    /// The width class of the control, for short codes.
    pub width: Option<&'static str>,
}

impl CodeField {
    pub fn new(
        field: &'static str,
        label: &'static str,
        hint: &'static str,
        value: RwSignal<String>,
    ) -> CodeField {
        CodeField {
            field,
            label,
            hint,
            value,
            hidden: false,
            width: None,
        }
    }
}

/// The code in `value` as `normalize` writes it (and written back so), or
/// the problem of the field: required when empty, invalid otherwise.
pub fn read_code(
    field: &str,
    value: RwSignal<String>,
    normalize: impl Fn(&str) -> Option<String>,
) -> Result<String, Problem> {
    let typed = value.get_untracked();
    if typed.trim().is_empty() {
        return Err(Problem::new(field, Code::Required));
    }
    let code = normalize(&typed).ok_or_else(|| Problem::new(field, Code::InvalidValue))?;
    value.set(code.clone());
    Ok(code)
}

#[component]
pub fn CodeForm(
    fields: Vec<CodeField>,
    problems: RwSignal<Vec<Problem>>,
    /// The button's message id.
    submit: &'static str,
    #[prop(optional, into)] busy: Signal<bool>,
    on_submit: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let fields = fields
        .into_iter()
        .map(|f| {
            let value = f.value;
            view! {
                <TextField
                    field=f.field
                    label=Signal::derive(move || i18n.t(f.label))
                    hint=Signal::derive(move || i18n.t(f.hint))
                    value=value
                    on_input=Callback::new(move |v| value.set(v))
                    error=field_error(problems, f.field)
                    input_type=if f.hidden { "password" } else { "text" }
                    autocomplete="off"
                    width=f.width
                />
            }
        })
        .collect_view();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_submit.run(());
    };
    view! {
        <ErrorSummary problems=problems/>
        <form novalidate=true on:submit=on_submit>
            {fields}
            <div class="form-actions">
                <button type="submit" class="button primary" aria-disabled=move || busy.get().then_some("true")>
                    {move || i18n.t(submit)}
                </button>
            </div>
        </form>
    }
}

/// A refusal told in a live region; `id` is the paragraph's, which
/// [`fail`] gives the focus.
#[component]
pub fn Failure(id: &'static str, failure: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <div role="status" aria-live="polite" class="live">
            {move || failure.get().map(|message| view! { <p id=id tabindex="-1" class="notice error">{message}</p> })}
        </div>
    }
}

/// Tells `message` in the [`Failure`] whose id is `id`, and moves the focus
/// to it.
pub fn fail(failure: RwSignal<Option<String>>, id: &'static str, message: String) {
    failure.set(Some(message));
    crate::browser::after_render(move || {
        crate::browser::focus(&format!("#{id}"));
    });
}

/// What to tell when the server refuses a code: `not_found` (no such code)
/// and `conflict` (it can no longer be done) are message ids; too many tries
/// tell how long to wait.
pub fn refusal_text(i18n: I18n, error: &ApiError, not_found: &str, conflict: &str) -> String {
    match error {
        ApiError::Refused {
            code: ErrorCode::NotFound,
            ..
        } => i18n.t(not_found),
        ApiError::Refused {
            code: ErrorCode::RateLimited,
            retry_after,
            ..
        } => i18n.t_args(
            "form-too-many",
            [("seconds", retry_after.unwrap_or(60).into())],
        ),
        ApiError::Refused { status: 409, .. } => i18n.t(conflict),
        ApiError::Network => i18n.t("common-network-error"),
        _ => i18n.t("common-server-error"),
    }
}
