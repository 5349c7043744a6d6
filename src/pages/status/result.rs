//! What the status page shows once a request is found: its status and
//! what comes next, the question to answer (with corrections), the space,
//! the surveys, the e-mails' choice, the history and the withdrawal. A chunk
//! of its own in the split app (`lazy::status_result`), fetched at the
//! first lookup: the lookup form is drawn without it.

use leptos::prelude::*;
use portal_core::{
    AnswerQuery, ApplicationStatus, Corrections, EventKind, Field, InvitationLink, NotifyQuery,
    Problem, StatusView, SurveyState, messages,
};

use crate::api::ApiError;
use crate::components::form::{TextField, dom_id, field_error};
use crate::components::{Failure, Submit, fail, refusal_text};
use crate::i18n::{
    I18n, corrected_fields, correction_label, format_date, refusal_label, status_label, use_i18n,
};

/// A request found, with what its page acts through.
pub struct Found {
    pub view: StatusView,
    pub answer: Answer,
    pub emails: Emails,
    pub confirming: RwSignal<bool>,
    pub on_withdraw: Callback<()>,
    pub pending: Memo<bool>,
}

/// How the status page draws a request found: `draw_result`, from the
/// chunk that holds it.
pub type DrawResult = fn(Found) -> AnyView;

/// Where the request stands: its status and what comes next, the surveys
/// it is invited to, its history (latest first), and the withdrawal while
/// it is possible.
pub fn draw_result(found: Found) -> AnyView {
    let Found {
        view,
        answer,
        emails,
        confirming,
        on_withdraw,
        pending,
    } = found;
    let i18n = use_i18n();
    let history = history_items(i18n, &view);
    let can_withdraw = view.status.can_move_to(ApplicationStatus::Withdrawn);
    let next_id = messages::status_next(view.status);
    let phase = view.phase.unwrap_or_default();
    view! {
        <section class="panel status-result" aria-labelledby="status-result-title">
            <h2 id="status-result-title">
                {i18n.t_args("status-result-title", [("reference", view.reference.clone().into())])}
            </h2>
            <p class=format!("badge {}", view.status.as_str())>{status_label(i18n, view.status)}</p>
            <p>{i18n.t_args(next_id, [("number", phase.into())])}</p>
            {view.erased.then(|| view! { <p class="notice success">{i18n.t("status-erased")}</p> })}
            {(view.status == ApplicationStatus::InformationRequested).then(|| {
                let question = view.history.iter().rev()
                    .find(|e| e.status == ApplicationStatus::InformationRequested && e.kind == EventKind::Move)
                    .and_then(|e| e.message.clone())
                    .unwrap_or_default();
                view! { <AnswerBox question=question answer=answer/> }
            })}
            <crate::pages::space::SpaceSection view=view.clone()/>
            <crate::pages::space::WaitSection view=view.clone()/>
            <Invitations invitations=view.invitations.clone()/>
            {(!view.erased).then(|| view! { <EmailChoice notify=view.notify emails=emails/> })}
            <h3>{i18n.t("status-history-title")}</h3>
            <ol class="timeline">{history}</ol>
            {can_withdraw.then(|| view! { <WithdrawBox confirming=confirming on_confirm=on_withdraw pending=pending/> })}
        </section>
    }
    .into_any()
}

/// The request's history, newest first, as the applicant reads it.
fn history_items(i18n: I18n, view: &StatusView) -> impl IntoView + use<> {
    view
        .history
        .iter()
        .rev()
        .map(|entry| {
            let message_only = entry.kind != EventKind::Move;
            let mut what = match entry.kind {
                EventKind::Move => status_label(i18n, entry.status),
                EventKind::Message => i18n.t("status-message-team"),
                EventKind::Correction => i18n.t_args(
                    "status-corrected",
                    [("fields", corrected_fields(i18n, &entry.fields).into())],
                ),
                EventKind::Address => i18n.t_args(
                    "event-address",
                    [("address", entry.address.clone().unwrap_or_default().into())],
                ),
                EventKind::Space => entry
                    .space
                    .map(|s| i18n.t(messages::space(s)))
                    .unwrap_or_default(),
            };
            if let (Some(phase), false) = (entry.phase, message_only) {
                what = format!(
                    "{what} — {}",
                    i18n.t_args("status-phase", [("number", phase.into())])
                );
            }
            let reason = entry.reason.map(|r| refusal_label(i18n, r));
            // Whose words: the team's (a question, a message) or yours.
            let who = if entry.by_applicant {
                "status-message-yours"
            } else {
                "status-message-team"
            };
            let message = entry.message.clone().map(|m| {
                view! {
                    {(!message_only).then(|| view! { <p class="who">{i18n.t(who)}</p> })}
                    <blockquote>{m}</blockquote>
                }
            });
            view! {
                <li>
                    <span class="when">{format_date(i18n, &entry.at, true)}</span>
                    <span class="what">{what}</span>
                    {reason.filter(|_| !message_only).map(|r| view! { <span class="why">{r}</span> })}
                    {message}
                </li>
            }
        })
        .collect_view()
}

/// What the status page needs to send an answer to a question.
#[derive(Clone, Copy)]
pub struct Answer {
    problems: RwSignal<Vec<Problem>>,
    failure: RwSignal<Option<String>>,
    pending: Memo<bool>,
    on_send: Callback<(String, Corrections)>,
}

impl Answer {
    /// Sends the answers for the request that `reference` and `secret`
    /// name: the request as it then stands goes to `show`; a refusal is
    /// told at the answer's field, or below it.
    pub fn new(
        reference: RwSignal<String>,
        secret: RwSignal<String>,
        show: Callback<StatusView>,
    ) -> Answer {
        let i18n = use_i18n();
        let problems = RwSignal::new(Vec::<Problem>::new());
        let failure = RwSignal::new(None::<String>);
        let sending = Submit::new(
            |query: AnswerQuery| async move { crate::api::answer_question(&query).await },
            move |answer| {
                problems.set(Vec::new());
                match answer {
                    Ok(view) => show.run(view),
                    Err(ApiError::Refused { fields, .. }) if !fields.is_empty() => {
                        let first = format!("#{}", dom_id(&fields[0].field));
                        problems.set(fields);
                        crate::browser::after_render(move || {
                            crate::browser::focus(&first);
                        });
                    }
                    Err(error) => fail(
                        failure,
                        "answer-failure",
                        refusal_text(i18n, &error, "status-not-found", "status-no-question"),
                    ),
                }
            },
        );
        Answer {
            problems,
            failure,
            pending: sending.pending(),
            on_send: Callback::new(move |(message, corrections): (String, Corrections)| {
                failure.set(None);
                sending.send(AnswerQuery {
                    reference: reference.get_untracked(),
                    secret: secret.get_untracked(),
                    message,
                    corrections,
                });
            }),
        }
    }
}

/// The reviewers' question, and the applicant's answer to it: sending it
/// brings the request back to review.
#[component]
fn AnswerBox(question: String, answer: Answer) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let corrections = RwSignal::new(Corrections::default());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if answer.pending.get_untracked() {
            return;
        }
        // The server's rule, checked here first.
        let message = text.get_untracked();
        match portal_core::review::check_message_text("message", &message, true) {
            Some(problem) => {
                answer.problems.set(vec![problem]);
                crate::browser::after_render(|| {
                    crate::browser::focus("#message");
                });
            }
            None => answer.on_send.run((message, corrections.get_untracked())),
        }
    };
    view! {
        <div class="notice warning answer" role="group" aria-labelledby="answer-title">
            <h3 id="answer-title">{move || i18n.t("status-question-title")}</h3>
            <blockquote>{question}</blockquote>
            <form novalidate=true on:submit=on_submit>
                <TextField field="message" multiline=true
                    label=Signal::derive(move || i18n.t("status-answer-label"))
                    hint=Signal::derive(move || Some(i18n.t("status-answer-hint")))
                    value=text on_input=Callback::new(move |v| text.set(v))
                    error=field_error(answer.problems, "message")/>
                <CorrectionFields corrections=corrections problems=answer.problems/>
                <Failure id="answer-failure" failure=answer.failure/>
                <p class="actions">
                    <button type="submit" class="button primary" aria-disabled=move || answer.pending.get().then_some("true")>
                        {move || i18n.t("status-answer-send")}
                    </button>
                </p>
            </form>
        </div>
    }
}

/// The answers of the request the applicant may correct with their answer,
/// folded away until asked for; blank ones stay as they were.
#[component]
fn CorrectionFields(
    corrections: RwSignal<Corrections>,
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Open once one of them is refused (its error shows) or filled in.
    let refused = move || {
        problems.with(|p| {
            p.iter()
                .any(|p| Corrections::FIELDS.iter().any(|field| p.field == *field))
        })
    };
    let fields = Corrections::FIELDS
        .into_iter()
        .map(|field| {
            let multiline = matches!(field, Field::Purpose | Field::Activities);
            let value = move || {
                corrections.with(|c| {
                    c.clone()
                        .slot(field)
                        .and_then(|v| v.clone())
                        .unwrap_or_default()
                })
            };
            let set = move |v: String| {
                corrections.update(|c| {
                    if let Some(slot) = c.slot(field) {
                        *slot = Some(v);
                    }
                })
            };
            view! {
                <TextField field=field multiline=multiline optional=true
                    label=Signal::derive(move || i18n.t(correction_label(field)))
                    value=Signal::derive(value) on_input=Callback::new(set)
                    error=field_error(problems, field)/>
            }
        })
        .collect_view();
    view! {
        <details class="corrections" prop:open=move || refused() || corrections.with(|c| *c != Corrections::default())>
            <summary>{move || i18n.t("status-correct-title")}</summary>
            <p class="hint">{move || i18n.t("status-correct-hint")}</p>
            {fields}
        </details>
    }
}

/// What the status page needs to turn the e-mails about the request on
/// or off.
#[derive(Clone, Copy)]
pub struct Emails {
    failure: RwSignal<Option<String>>,
    pending: Memo<bool>,
    on_choose: Callback<bool>,
}

impl Emails {
    /// Records the choice for the request that `reference` and `secret`
    /// name; the request as it then stands goes to `found`, and the focus
    /// back to the button.
    pub fn new(
        reference: RwSignal<String>,
        secret: RwSignal<String>,
        found: RwSignal<Option<StatusView>>,
    ) -> Emails {
        let i18n = use_i18n();
        let failure = RwSignal::new(None::<String>);
        let choosing = Submit::new(
            |query: NotifyQuery| async move { crate::api::set_notifications(&query).await },
            move |answer| match answer {
                Ok(view) => {
                    found.set(Some(view));
                    crate::browser::after_render(|| {
                        crate::browser::focus("#emails-toggle");
                    });
                }
                Err(error) => fail(
                    failure,
                    "emails-failure",
                    refusal_text(i18n, &error, "status-not-found", "status-erased"),
                ),
            },
        );
        Emails {
            failure,
            pending: choosing.pending(),
            on_choose: Callback::new(move |notify: bool| {
                failure.set(None);
                choosing.send(NotifyQuery {
                    reference: reference.get_untracked(),
                    secret: secret.get_untracked(),
                    notify,
                });
            }),
        }
    }
}

/// Whether the contact gets an e-mail when something happens, and the
/// button that changes it; only where the portal sends e-mails.
#[component]
fn EmailChoice(notify: bool, emails: Emails) -> impl IntoView {
    let i18n = use_i18n();
    let site = crate::offer::use_site();
    let (state, action) = if notify {
        ("status-emails-on", "status-emails-stop")
    } else {
        ("status-emails-off", "status-emails-start")
    };
    move || {
        site.get().emails.then(|| {
            view! {
                <div class="emails" role="group" aria-labelledby="emails-title">
                    <h3 id="emails-title">{i18n.t("status-emails-title")}</h3>
                    <p role="status">{i18n.t(state)}</p>
                    <p class="actions">
                        <button type="button" id="emails-toggle" class="button secondary"
                            aria-disabled=move || emails.pending.get().then_some("true")
                            on:click=move |_| if !emails.pending.get_untracked() { emails.on_choose.run(!notify) }>
                            {i18n.t(action)}
                        </button>
                    </p>
                    <Failure id="emails-failure" failure=emails.failure/>
                </div>
            }
        })
    }
}

/// The feedback surveys the collective is invited to answer, with the link
/// that opens each (its secret in the fragment).
#[component]
fn Invitations(invitations: Vec<InvitationLink>) -> impl IntoView {
    let i18n = use_i18n();
    if invitations.is_empty() {
        return None;
    }
    let locale = i18n.locale_untracked();
    let items = invitations
        .into_iter()
        .map(|invitation| {
            let title = invitation.title.get(locale).to_owned();
            let (action, note) = match (invitation.state, invitation.answered) {
                (SurveyState::Open, false) => ("status-survey-answer", "status-survey-waiting"),
                (SurveyState::Open, true) => ("status-survey-change", "status-survey-answered"),
                (_, true) => ("status-survey-see", "status-survey-closed-answered"),
                (_, false) => ("status-survey-see", "status-survey-closed"),
            };
            view! {
                <li>
                    <a href=format!("/survey#{}", invitation.secret)>
                        {i18n.t_args(action, [("title", title.into())])}
                    </a>
                    <span class="small">" — " {i18n.t(note)}</span>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <div class="notice info invitations">
            <h3>{i18n.t("status-surveys-title")}</h3>
            <p>{i18n.t("status-surveys-lead")}</p>
            <ul>{items}</ul>
        </div>
    })
}

/// Withdrawal, in two steps: the button opens a confirmation that says what
/// will be erased.
#[component]
fn WithdrawBox(
    confirming: RwSignal<bool>,
    on_confirm: Callback<()>,
    pending: Memo<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = move |_| {
        confirming.set(true);
        crate::browser::after_render(|| {
            crate::browser::focus("#withdraw-title");
        });
    };
    view! {
        <div class="withdraw">
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="button secondary" on:click=open>{move || i18n.t("status-withdraw")}</button>
                }
            >
                <div class="notice warning" role="group" aria-labelledby="withdraw-title">
                    <h3 id="withdraw-title">{move || i18n.t("status-withdraw-confirm-title")}</h3>
                    <p>{move || i18n.t("status-withdraw-confirm-text")}</p>
                    <p class="actions">
                        <button type="button" class="button danger" aria-disabled=move || pending.get().then_some("true")
                            on:click=move |_| if !pending.get_untracked() { on_confirm.run(()) }>
                            {move || i18n.t("status-withdraw-confirm")}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| confirming.set(false)>
                            {move || i18n.t("status-withdraw-cancel")}
                        </button>
                    </p>
                </div>
            </Show>
        </div>
    }
}
