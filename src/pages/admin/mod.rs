//! The reviewers' area (`/admin`, not linked from the public navigation):
//! sign in with the token from `portal-server reviewer add` (kept for this
//! browser session only), then the queue, a request in full with the
//! decision form, and the phases.

mod bulk;
mod decide;
mod detail;
mod phases;
mod queue;
mod surveys;

use leptos::prelude::*;
use leptos_router::components::A;
use portal_core::{Decision, RefusalReason, Session, messages};

use crate::api::ApiError;
use crate::components::form::{ErrorSummary, TextField, field_error};
use crate::i18n::{I18n, use_i18n};

pub use detail::RequestDetail;
pub use phases::Phases;
pub use queue::Queue;
pub use surveys::{SurveyPage, Surveys};

const TOKEN_KEY: &str = "portal.review.token";

/// The signed-in reviewer, shared by the admin pages.
#[derive(Clone, Copy)]
pub struct Reviewer {
    pub token: RwSignal<Option<String>>,
    pub name: RwSignal<Option<String>>,
}

impl Reviewer {
    pub fn token(&self) -> String {
        self.token.get_untracked().unwrap_or_default()
    }

    /// A refused token (revoked meanwhile): back to the sign-in form.
    pub fn handle(&self, error: &ApiError) {
        if matches!(error, ApiError::Refused { status: 401, .. }) {
            self.sign_out();
        }
    }

    pub fn sign_out(&self) {
        crate::browser::session_remove(TOKEN_KEY);
        self.token.set(None);
        self.name.set(None);
    }
}

pub fn use_reviewer() -> Reviewer {
    expect_context::<Reviewer>()
}

/// A sentence for an API error in the reviewers' area.
pub fn error_text(i18n: I18n, error: &ApiError) -> String {
    match error {
        ApiError::Refused { code, .. } => i18n.t(messages::review_error(*code)),
        ApiError::Network => i18n.t("common-network-error"),
        ApiError::Server => i18n.t("common-server-error"),
    }
}

/// Every admin page: the sign-in form until a token is accepted, then the
/// page with the area's own navigation.
#[component]
pub fn AdminArea(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = match use_context::<Reviewer>() {
        Some(reviewer) => reviewer,
        None => {
            let reviewer = Reviewer {
                token: RwSignal::new(None),
                name: RwSignal::new(None),
            };
            provide_context(reviewer);
            reviewer
        }
    };
    // A token kept from earlier in this browser session: check it again.
    if reviewer.name.get_untracked().is_none()
        && let Some(token) = crate::browser::session_get(TOKEN_KEY)
    {
        let check = Action::new_local(|token: &String| {
            let token = token.clone();
            async move {
                (
                    token.clone(),
                    crate::api::review_get::<Session>(&token, "/api/review/session").await,
                )
            }
        });
        Effect::new(move |_| {
            if let Some((token, Ok(session))) = check.value().get() {
                reviewer.token.set(Some(token));
                reviewer.name.set(Some(session.reviewer));
            }
        });
        check.dispatch_local(token);
    }
    let signed_in = move || reviewer.name.get().is_some();
    view! {
        <div class="wrap page admin">
            <Show when=signed_in fallback=move || view! { <SignIn/> }>
                <nav class="admin-nav" aria-label=move || i18n.t("review-nav-label")>
                    <ul>
                        <li><A href="/admin" exact=true>{move || i18n.t("review-nav-queue")}</A></li>
                        <li><A href="/admin/phases">{move || i18n.t("review-nav-phases")}</A></li>
                        <li><A href="/admin/surveys">{move || i18n.t("review-nav-surveys")}</A></li>
                    </ul>
                    <p>
                        {move || i18n.t_args("review-signed-in-as", [("name", reviewer.name.get().unwrap_or_default().into())])}
                        " "
                        <button type="button" class="button secondary small" on:click=move |_| reviewer.sign_out()>
                            {move || i18n.t("review-sign-out")}
                        </button>
                    </p>
                </nav>
                {children()}
            </Show>
        </div>
    }
}

#[component]
fn SignIn() -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let token = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::new());
    let failure = RwSignal::new(None::<String>);
    let sign_in = Action::new_local(|token: &String| {
        let token = token.trim().to_owned();
        async move {
            (
                token.clone(),
                crate::api::review_get::<Session>(&token, "/api/review/session").await,
            )
        }
    });
    Effect::new(move |_| match sign_in.value().get() {
        Some((token, Ok(session))) => {
            crate::browser::session_set(TOKEN_KEY, &token);
            reviewer.token.set(Some(token));
            reviewer.name.set(Some(session.reviewer));
            crate::browser::after_render(|| {
                crate::browser::focus("main h1");
            });
        }
        Some((_, Err(error))) => {
            failure.set(Some(error_text(i18n, &error)));
            crate::browser::after_render(|| {
                crate::browser::focus("#sign-in-failure");
            });
        }
        None => {}
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if token.with_untracked(|t| t.trim().is_empty()) {
            problems.set(vec![portal_core::Problem::new(
                "token",
                portal_core::Code::Required,
            )]);
            return;
        }
        problems.set(Vec::new());
        failure.set(None);
        sign_in.dispatch_local(token.get_untracked());
    };
    view! {
        <div class="narrow">
            <h1>{move || i18n.t("review-sign-in-title")}</h1>
            <p>{move || i18n.t("review-sign-in-lead")}</p>
            <ErrorSummary problems=problems/>
            <form novalidate=true on:submit=on_submit>
                <TextField
                    field="token"
                    label=Signal::derive(move || i18n.t("review-token-label"))
                    hint=Signal::derive(move || i18n.t("review-token-hint"))
                    value=token
                    on_input=Callback::new(move |v| token.set(v))
                    error=field_error(problems, "token")
                    input_type="password"
                    autocomplete="off"
                />
                <div class="form-actions">
                    <button type="submit" class="button primary">{move || i18n.t("review-sign-in")}</button>
                </div>
            </form>
            <div role="status" aria-live="polite" class="live">
                {move || failure.get().map(|m| view! { <p id="sign-in-failure" tabindex="-1" class="notice error">{m}</p> })}
            </div>
        </div>
    }
}

/// The two forms of an export.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    Csv,
    Ods,
}

impl Sheet {
    fn extension(self) -> &'static str {
        match self {
            Sheet::Csv => "csv",
            Sheet::Ods => "ods",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Sheet::Csv => "text/csv;charset=utf-8",
            Sheet::Ods => "application/vnd.oasis.opendocument.spreadsheet",
        }
    }
}

/// Downloads the export `base` (`/api/review/export`, without extension)
/// with `query`, in the reader's language, as the file `name`.
pub async fn download_export(
    token: String,
    base: String,
    query: String,
    name: String,
    sheet: Sheet,
    lang: &'static str,
) -> Result<(), ApiError> {
    let separator = if query.is_empty() { '?' } else { '&' };
    let path = format!("{base}.{}{query}{separator}lang={lang}", sheet.extension());
    let bytes = crate::api::review_file(&token, &path).await?;
    crate::browser::download_bytes(
        &format!("{name}.{}", sheet.extension()),
        sheet.mime(),
        &bytes,
    );
    Ok(())
}

/// The decision of kind `kind` (`accept`, `waitlist`, `refuse`; anything else
/// puts the request back in review), with the phase and reason of the form;
/// or the field it still needs (`phase`, `reason`): nothing is chosen for
/// the reviewer.
pub fn decision(
    kind: &str,
    phase: &str,
    reason: &str,
    message: Option<String>,
) -> Result<Decision, &'static str> {
    let phase = || phase.trim().parse::<u32>().map_err(|_| "phase");
    Ok(match kind {
        "accept" => Decision::Accept {
            phase: phase()?,
            message,
        },
        "waitlist" => Decision::Waitlist {
            phase: phase()?,
            message,
        },
        "refuse" => Decision::Refuse {
            reason: RefusalReason::parse(reason).ok_or("reason")?,
            message,
        },
        _ => Decision::Review { message },
    })
}

/// What a decision takes besides its kind, each field shown only for the
/// kinds that take it: a phase to accept or wait-list into, a reason to
/// refuse. Their ids are `<prefix>-phase` and `<prefix>-reason`.
#[component]
pub fn DecisionFields(
    prefix: &'static str,
    kind: RwSignal<String>,
    phase: RwSignal<String>,
    reason: RwSignal<String>,
    /// The field the last attempt lacked (`phase`, `reason`).
    missing: RwSignal<Option<&'static str>>,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let class = if compact { "field compact" } else { "field" };
    let error = move |field: &'static str, id: String| {
        move || {
            (missing.get() == Some(field)).then(|| {
                let message = format!("review-{field}-required");
                view! { <p class="field-error" id=id.clone()>{i18n.t(&message)}</p> }
            })
        }
    };
    let (phase_id, reason_id) = (format!("{prefix}-phase"), format!("{prefix}-reason"));
    view! {
        {move || matches!(kind.get().as_str(), "accept" | "waitlist").then(|| view! {
            <div class=class class:has-error=move || missing.get() == Some("phase")>
                <label for=phase_id.clone()>{move || i18n.t("review-phase-label")}</label>
                {error("phase", format!("{phase_id}-error"))}
                <PhaseSelect id=phase_id.clone() phase=phase missing=Signal::derive(move || missing.get() == Some("phase"))/>
            </div>
        })}
        {move || (kind.get() == "refuse").then(|| view! {
            <div class=class class:has-error=move || missing.get() == Some("reason")>
                <label for=reason_id.clone()>{move || i18n.t("review-reason-label")}</label>
                {error("reason", format!("{reason_id}-error"))}
                <ReasonSelect id=reason_id.clone() reason=reason missing=Signal::derive(move || missing.get() == Some("reason"))/>
            </div>
        })}
    }
}

/// The phases of the offer, each with its months, as a drop-down list.
#[component]
fn PhaseSelect(id: String, phase: RwSignal<String>, missing: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let offer = crate::offer::use_offer();
    let described = format!("{id}-error");
    view! {
        <select id=id class="control" required=true
            aria-invalid=move || missing.get().then_some("true")
            aria-describedby=move || missing.get().then(|| described.clone())
            on:change=move |ev| phase.set(event_target_value(&ev))>
            <option value="" prop:selected=move || phase.with(String::is_empty)>{move || i18n.t("review-choose")}</option>
            {move || offer.with(|offer| offer.phases.iter().map(|p| {
                let value = p.number.to_string();
                let label = format!(
                    "{} — {}",
                    i18n.t_args("status-phase", [("number", p.number.into())]),
                    crate::i18n::format_months(i18n, &p.period_start, &p.period_end),
                );
                let selected = { let value = value.clone(); move || phase.get() == value };
                view! { <option value=value prop:selected=selected>{label}</option> }
            }).collect_view())}
        </select>
    }
}

/// The refusal reasons, as options of a drop-down list.
#[component]
fn ReasonSelect(id: String, reason: RwSignal<String>, missing: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let described = format!("{id}-error");
    view! {
        <select id=id class="control" required=true
            aria-invalid=move || missing.get().then_some("true")
            aria-describedby=move || missing.get().then(|| described.clone())
            on:change=move |ev| reason.set(event_target_value(&ev))>
            <option value="" prop:selected=move || reason.with(String::is_empty)>{move || i18n.t("review-choose")}</option>
            {RefusalReason::ALL.iter().map(|r| {
                let r = *r;
                let value = r.as_str();
                view! { <option value=value selected=move || reason.get() == value>{move || crate::i18n::refusal_label(i18n, r)}</option> }
            }).collect_view()}
        </select>
    }
}
