//! Following a request: the reference and the secret (typed, or carried in
//! the URL fragment of the receipt link, which never reaches a server log),
//! the current status with its dated history and what comes next, and the
//! withdrawal, confirmed first.

use leptos::prelude::*;
use portal_core::{
    AnswerQuery, ApplicationStatus, Corrections, EventKind, Field, InvitationLink, NotifyQuery,
    Problem, StatusQuery, StatusView, SurveyState, messages,
};

use crate::api::ApiError;
use crate::components::form::{TextField, dom_id, field_error};
use crate::components::{CodeField, CodeForm, Failure, Submit, fail, read_code, refusal_text};
use crate::i18n::{
    I18n, corrected_fields, correction_label, format_date, refusal_label, status_label, use_i18n,
};

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

    // The last answer of any, whichever came last.
    let found = RwSignal::new(None::<StatusView>);
    let shown = move |view: StatusView| {
        failure.set(None);
        found.set(Some(view));
        confirming.set(false);
        crate::browser::after_render(|| {
            crate::browser::focus("#status-result-title");
        });
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
    read_link(reference, secret, move || lookup.send(query()));
    let on_submit = Callback::new(move |()| {
        let read = [
            read_code("reference", reference, portal_core::normalize_reference),
            read_code("secret", secret, portal_core::normalize_secret),
        ];
        problems.set(read.into_iter().filter_map(Result::err).collect());
        if problems.with_untracked(Vec::is_empty) {
            failure.set(None);
            lookup.send(query());
        }
    });
    let fields = code_fields(reference, secret);
    let on_withdraw = Callback::new(move |()| withdrawal.send(query()));
    let answer = Answer::new(reference, secret, Callback::new(shown));
    let emails = Emails::new(reference, secret, found);
    let result = move || {
        found.get().map(|view| {
            i18n.locale(); // drawn again in the other language
            view! { <StatusResult view=view answer=answer emails=emails confirming=confirming on_withdraw=on_withdraw pending=withdrawal.pending()/> }
        })
    };
    view! {
        <div class="wrap page narrow">
            <h1>{move || i18n.t("status-title")}</h1>
            <p class="lead">{move || i18n.t("status-lead")}</p>
            <CodeForm fields=fields problems=problems submit="status-submit" busy=lookup.pending() on_submit=on_submit/>
            <Failure id="lookup-failure" failure=failure/>
            {result}
            <p class="small">{move || i18n.t("status-lost")}</p>
        </div>
    }
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

/// Where the request stands: its status and what comes next, the surveys
/// it is invited to, its history (latest first), and the withdrawal while
/// it is possible.
#[component]
fn StatusResult(
    view: StatusView,
    answer: Answer,
    emails: Emails,
    confirming: RwSignal<bool>,
    on_withdraw: Callback<()>,
    pending: Memo<bool>,
) -> impl IntoView {
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
            <super::space::SpaceSection view=view.clone()/>
            <super::space::WaitSection view=view.clone()/>
            <Invitations invitations=view.invitations.clone()/>
            {(!view.erased).then(|| view! { <EmailChoice notify=view.notify emails=emails/> })}
            <h3>{i18n.t("status-history-title")}</h3>
            <ol class="timeline">{history}</ol>
            {can_withdraw.then(|| view! { <WithdrawBox confirming=confirming on_confirm=on_withdraw pending=pending/> })}
        </section>
    }
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
struct Answer {
    problems: RwSignal<Vec<Problem>>,
    failure: RwSignal<Option<String>>,
    pending: Memo<bool>,
    on_send: Callback<(String, Corrections)>,
}

impl Answer {
    /// Sends the answers for the request that `reference` and `secret`
    /// name: the request as it then stands goes to `show`; a refusal is
    /// told at the answer's field, or below it.
    fn new(
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
struct Emails {
    failure: RwSignal<Option<String>>,
    pending: Memo<bool>,
    on_choose: Callback<bool>,
}

impl Emails {
    /// Records the choice for the request that `reference` and `secret`
    /// name; the request as it then stands goes to `found`, and the focus
    /// back to the button.
    fn new(
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
