//! The reviewers' area (`/admin`, not linked from the public navigation):
//! sign in with the token from `portal-server reviewer add` (kept for this
//! browser session only), then the queue, a request in full with the
//! decision form, and the phases.

mod audit;
mod bulk;
mod dashboard;
mod decide;
mod decision;
mod detail;
mod filters;
mod labels;
mod phases;
mod queue;
mod related;
mod replies;
mod reply_picker;
mod shortcuts;
mod space;
mod sso;
mod surveys;
mod taking;
mod team;
mod views;

use leptos::prelude::*;
use leptos_router::components::A;
use portal_core::endpoints::{Endpoint, ListTeam, ReadAudit, StartSso};
use portal_core::{ErrorCode, Role, Session, messages};

use crate::api::ApiError;
use crate::components::{CodeField, CodeForm, Failure, Submit, fail, read_code};
use crate::i18n::{I18n, use_i18n};
pub use portal_core::Sheet;

pub use audit::AuditLog;
pub use dashboard::DashboardPage;
pub use detail::RequestDetail;
pub use phases::Phases;
pub use queue::Queue;
pub use replies::Replies;
pub use surveys::{SurveyPage, Surveys};
pub use team::Team;

const TOKEN_KEY: &str = "portal.review.token";

/// The signed-in reviewer, shared by the admin pages.
#[derive(Clone, Copy)]
pub struct Reviewer {
    pub token: RwSignal<Option<String>>,
    pub name: RwSignal<Option<String>>,
    /// What they may do: the area offers only that.
    pub role: RwSignal<Role>,
}

impl Reviewer {
    /// Whether the signed-in member may call route `E` (core's rule).
    pub fn may<E: Endpoint>(&self) -> bool {
        portal_core::endpoints::allowed::<E>(self.role.get())
    }

    /// The member the server says the token is.
    fn signed_in(&self, token: String, session: Session) {
        self.token.set(Some(token));
        self.role.set(session.role);
        self.name.set(Some(session.reviewer));
    }

    pub fn token(&self) -> String {
        self.token.get_untracked().unwrap_or_default()
    }

    /// A refused token (revoked meanwhile): back to the sign-in form.
    pub fn handle(&self, error: &ApiError) {
        if matches!(
            error,
            ApiError::Refused {
                code: ErrorCode::Unauthorized,
                ..
            }
        ) {
            self.sign_out();
        }
    }

    /// Forgets the session here (a refused one, already ended).
    pub fn sign_out(&self) {
        crate::browser::session_remove(TOKEN_KEY);
        self.token.set(None);
        self.name.set(None);
    }

    /// Ends the session on the server (`everywhere`: every session of the
    /// member), then here.
    pub fn end(&self, everywhere: bool) {
        let credential = self.token();
        let reviewer = *self;
        leptos::task::spawn_local(async move {
            let _ = if everywhere {
                crate::api::review::sign_out_everywhere(&credential).await
            } else {
                crate::api::review::sign_out(&credential).await
            };
            reviewer.sign_out();
        });
    }
}

pub fn use_reviewer() -> Reviewer {
    expect_context::<Reviewer>()
}

/// The request a request's page shows, as last read or changed (by a
/// decision, a note, a label, a taking).
pub type Detail = crate::components::Load<portal_core::ApplicationDetail>;

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
                role: RwSignal::new(Role::default()),
            };
            provide_context(reviewer);
            reviewer
        }
    };
    // Back from the host's provider: the session it opened is in the
    // address's fragment (which no server sees); kept for this tab, then
    // taken out of the address.
    if let Some(credential) = crate::browser::hash()
        .strip_prefix("session=")
        .filter(|c| c.starts_with("fss_"))
    {
        crate::browser::session_set(TOKEN_KEY, credential);
        crate::browser::replace_url("/admin");
    }
    // A token kept from earlier in this browser session: check it again.
    if reviewer.name.get_untracked().is_none()
        && let Some(token) = crate::browser::session_get(TOKEN_KEY)
    {
        let check = Submit::new(
            |token: String| async move {
                let session = crate::api::review::session(&token).await;
                (token, session)
            },
            move |(token, session)| {
                if let Ok(session) = session {
                    reviewer.signed_in(token, session);
                }
            },
        );
        check.send(token);
    }
    let signed_in = move || reviewer.name.get().is_some();
    view! {
        <div class="wrap page admin">
            <Show when=signed_in fallback=move || view! { <SignIn/> }>
                <nav class="admin-nav" aria-label=move || i18n.t("review-nav-label")>
                    <ul>
                        <li><A href="/admin" exact=true>{move || i18n.t("review-nav-queue")}</A></li>
                        <li><A href="/admin/dashboard">{move || i18n.t("review-nav-dashboard")}</A></li>
                        <li><A href="/admin/phases">{move || i18n.t("review-nav-phases")}</A></li>
                        <li><A href="/admin/surveys">{move || i18n.t("review-nav-surveys")}</A></li>
                        <Show when={move || reviewer.may::<ListTeam>()}>
                            <li><A href="/admin/team">{move || i18n.t("review-nav-team")}</A></li>
                        </Show>
                        <Show when={move || reviewer.may::<ReadAudit>()}>
                            <li><A href="/admin/audit">{move || i18n.t("review-nav-audit")}</A></li>
                        </Show>
                        <li><A href="/admin/replies">{move || i18n.t("review-nav-replies")}</A></li>
                    </ul>
                    <p>
                        {move || i18n.t_args("review-signed-in-as", [("name", reviewer.name.get().unwrap_or_default().into())])}
                        " "
                        <button type="button" class="button secondary small" on:click=move |_| reviewer.end(false)>
                            {move || i18n.t("review-sign-out")}
                        </button>
                        " "
                        <button type="button" class="button secondary small" on:click=move |_| reviewer.end(true)>
                            {move || i18n.t("review-sign-out-everywhere")}
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
    // The token is exchanged for a session's credential: only that one is
    // kept, for this tab, and it ends.
    let sign_in = Submit::new(
        |token: String| async move { crate::api::review::sign_in(&token).await },
        move |answer| match answer {
            Ok(portal_core::SignedIn {
                credential,
                session,
            }) => {
                crate::browser::session_set(TOKEN_KEY, &credential);
                reviewer.signed_in(credential, session);
                crate::browser::after_render(|| {
                    crate::browser::focus("main h1");
                });
            }
            Err(error) => fail(failure, "sign-in-failure", error_text(i18n, &error)),
        },
    );
    let on_submit =
        Callback::new(
            move |()| match read_code("token", token, |t| Some(t.trim().to_owned())) {
                Ok(token) => {
                    problems.set(Vec::new());
                    failure.set(None);
                    sign_in.send(token);
                }
                Err(problem) => problems.set(vec![problem]),
            },
        );
    let fields = vec![CodeField {
        hidden: true,
        ..CodeField::new("token", "review-token-label", "review-token-hint", token)
    }];
    view! {
        <div class="narrow">
            <h1>{move || i18n.t("review-sign-in-title")}</h1>
            <SsoSignIn/>
            <p>{move || i18n.t("review-sign-in-lead")}</p>
            <CodeForm fields=fields problems=problems submit="review-sign-in" on_submit=on_submit/>
            <Failure id="sign-in-failure" failure=failure/>
        </div>
    }
}

/// Signing in through the host's provider, when it has one; and why the
/// last attempt did not sign in (`/admin?sso=…`), said at once.
#[component]
fn SsoSignIn() -> impl IntoView {
    let i18n = use_i18n();
    let site = crate::offer::use_site();
    let query = leptos_router::hooks::use_query_map();
    let refusal = move || {
        query.with(|q| q.get("sso")).map(|why| {
            i18n.t(match why.as_str() {
                "unknown" => "review-sso-unknown",
                "expired" => "review-sso-expired",
                "unavailable" => "review-sso-unavailable",
                _ => "review-sso-failed",
            })
        })
    };
    let href = StartSso::PATH;
    view! {
        {move || refusal().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
        <Show when=move || site.get().sso>
            <p><a class="button primary" href=href rel="external">{move || i18n.t("review-sso-sign-in")}</a></p>
            <p>{move || i18n.t("review-sso-or-token")}</p>
        </Show>
    }
}

/// Saves an export the browser received as the file `name`.
pub fn save_sheet(name: &str, sheet: Sheet, bytes: &[u8]) {
    crate::browser::download_bytes(&format!("{name}.{}", sheet.as_str()), sheet.mime(), bytes);
}
