//! A request in full: answers, history with who decided, private notes, and
//! the decision form.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use portal_core::{
    ApplicationDetail, EventKind, NewMessage, NewNote, NotificationState, NotificationView,
    messages,
};

use super::audit::Trail;
use super::decide::DecisionForm;
use super::labels::{LabelChips, LabelPicker, Labels, load_labels};
use super::related::Related;
use super::reply_picker::{ReplyPicker, provide_replies};
use super::shortcuts::{Shortcut, Shortcuts};
use super::space::SpacePanel;
use super::taking::Taking;
use super::{AdminArea, Detail, error_text, use_reviewer};
use crate::components::{Load, LoadFailure, Submit};
use crate::i18n::{
    I18n, corrected_fields, format_date, kind_label, refusal_label, status_label, use_i18n,
};

/// Who made a change: a reviewer's name, or the collective itself.
fn actor_label(i18n: I18n, actor: &str) -> String {
    if actor == "applicant" {
        i18n.t("review-actor-applicant")
    } else {
        actor.to_owned()
    }
}

#[component]
pub fn RequestDetail() -> impl IntoView {
    view! { <AdminArea><DetailView/></AdminArea> }
}

fn answer_rows(i18n: I18n, detail: &ApplicationDetail) -> Vec<(String, String)> {
    let Some(a) = &detail.answers else {
        return Vec::new();
    };
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let yes_no = |b: bool| i18n.t(if b { "apply-yes" } else { "apply-no" });
    vec![
        (i18n.t("apply-name-label"), a.structure.name.clone()),
        (
            i18n.t("apply-check-kind"),
            kind_label(i18n, detail.item.kind),
        ),
        (
            i18n.t("apply-kind-description-label"),
            opt(&a.structure.kind_description),
        ),
        (
            i18n.t("apply-check-identifier"),
            opt(&a.structure.identifier),
        ),
        (i18n.t("apply-purpose-label"), a.structure.purpose.clone()),
        (
            i18n.t("apply-activities-label"),
            a.structure.activities.clone(),
        ),
        (i18n.t("apply-website-label"), opt(&a.structure.website)),
        (
            i18n.t("apply-country-label"),
            format!("{} {}", a.structure.country, opt(&a.structure.postal_code)),
        ),
        (
            i18n.t("apply-accounts-label"),
            a.needs.accounts.map(|n| n.to_string()).unwrap_or_default(),
        ),
        (
            i18n.t("apply-storage-label"),
            a.needs
                .storage_gb
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ),
        (
            i18n.t("apply-apps-legend"),
            a.needs
                .apps
                .iter()
                .map(|app| i18n.t(messages::app(*app)))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (i18n.t("apply-contact-name-label"), a.contact.name.clone()),
        (i18n.t("apply-contact-email-label"), a.contact.email.clone()),
        (i18n.t("apply-contact-role-label"), opt(&a.contact.role)),
        (i18n.t("apply-motivation-label"), a.motivation.clone()),
        (i18n.t("apply-check-surveys"), yes_no(a.consents.surveys)),
    ]
}

#[component]
fn DetailView() -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let params = use_params_map();
    let reference = Signal::derive(move || params.with(|p| p.get("reference").unwrap_or_default()));
    let failure = RwSignal::new(None::<String>);
    // Opened from another request (its previous or next link): the focus
    // goes to the new request's heading once it is drawn.
    let loaded_once = StoredValue::new(false);
    let detail = Load::with(
        move || {
            let reference = reference.get();
            let token = reviewer.token();
            async move { crate::api::review::application(&token, &reference).await }
        },
        move |answer| match answer {
            Ok(_) => {
                crate::browser::after_render(move || {
                    crate::document::name_document(i18n.locale_untracked());
                });
                if loaded_once.get_value() {
                    crate::browser::after_render(|| {
                        crate::browser::focus("main h1");
                    });
                }
                loaded_once.set_value(true);
            }
            Err(error) => reviewer.handle(error),
        },
    );
    let labels = load_labels();
    provide_replies();
    // Drawn again with each change and in the other language; the taking
    // in between stays, with its announcement and its button's focus.
    let heading = move || {
        detail.loaded().get().map(|d| {
            i18n.locale();
            view! { <RequestHeading detail=d labels=labels/> }
        })
    };
    let summary = move || {
        detail.loaded().get().map(|d| {
            i18n.locale();
            view! { <RequestSummary detail=d/> }
        })
    };
    let on_labels = Signal::derive(move || {
        detail.with_value(|d| d.map(|d| d.item.labels.clone()).unwrap_or_default())
    });
    let read = move || detail.with_value(|d| d.is_some());
    view! {
        <RequestNav reference=reference/>
        <Shortcuts offered=&DETAIL_SHORTCUTS act=Callback::new(act_on_request)/>
        <LoadFailure load=detail text=Callback::new(move |error| error_text(i18n, &error))/>
        {heading}
        <Show when=read><Taking detail=detail/></Show>
        {summary}
        <div id="note-result" tabindex="-1" role="status" aria-live="polite">
            {move || failure.get().map(|m| view! { <p class="notice error">{m}</p> })}
        </div>
        // Nothing is decided or noted about a request not read yet.
        <Show when=read>
            <LabelPicker reference=reference on=on_labels labels=labels
                on_change=Callback::new(move |d| detail.set(d))/>
            <DecisionForm reference=reference detail=detail/>
            <SpacePanel detail=detail/>
            <WriteForm writing=Writing::Message reference=reference detail=detail failure=failure/>
            <WriteForm writing=Writing::Note reference=reference detail=detail failure=failure/>
            <Trail reference=reference detail=detail/>
        </Show>
    }
}

/// The request's name, status and labels.
#[component]
fn RequestHeading(detail: ApplicationDetail, labels: Labels) -> impl IntoView {
    let i18n = use_i18n();
    let d = detail;
    let title = d
        .item
        .structure_name
        .clone()
        .unwrap_or_else(|| i18n.t("review-erased"));
    view! {
        <h1><span class="caption reference">{d.item.reference.clone()}</span><span class="visually-hidden">" — "</span>{title}</h1>
        <p>
            <span class=format!("badge {}", d.item.status.as_str())>{status_label(i18n, d.item.status)}</span>
            {d.item.answered.then(|| view! { " " <span class="badge answered">{i18n.t("review-answered")}</span> })}
            " " {i18n.t(messages::verdict(d.item.eligibility))}
            " " <LabelChips ids=d.item.labels.clone() labels=labels/>
        </p>
    }
}

/// The keys of a request's page.
const DETAIL_SHORTCUTS: [Shortcut; 7] = [
    Shortcut::Next,
    Shortcut::Previous,
    Shortcut::Take,
    Shortcut::Decide,
    Shortcut::Note,
    Shortcut::Message,
    Shortcut::Help,
];

/// Runs `shortcut` on a request's page: the links and the button a key
/// acts on are the ones that announce it (`aria-keyshortcuts`).
fn act_on_request(shortcut: Shortcut) {
    use crate::browser::{click, focus};
    match shortcut {
        Shortcut::Next | Shortcut::Previous | Shortcut::Take => {
            click(&format!("main [aria-keyshortcuts=\"{}\"]", shortcut.key()));
        }
        Shortcut::Decide => {
            focus("#decision-kind");
        }
        Shortcut::Note => {
            focus("#note-body");
        }
        Shortcut::Message => {
            focus("#message-body");
        }
        Shortcut::Search | Shortcut::Help => {}
    }
}

/// The request: the related requests, its answers, its history, the
/// reviewers' notes.
#[component]
fn RequestSummary(detail: ApplicationDetail) -> impl IntoView {
    let i18n = use_i18n();
    let d = detail;
    let rows = answer_rows(i18n, &d)
        .into_iter()
        .map(|(label, value)| view! { <div class="summary-row"><dt>{label}</dt><dd class="value">{value}</dd></div> })
        .collect_view();
    let history = d
        .history
        .iter()
        .map(|e| {
            let message_only = e.kind != EventKind::Move;
            let mut what = match e.kind {
                EventKind::Move => status_label(i18n, e.status),
                EventKind::Message => i18n.t("review-event-message"),
                EventKind::Correction => i18n.t_args(
                    "review-event-correction",
                    [("fields", corrected_fields(i18n, &e.fields).into())],
                ),
                EventKind::Address => i18n.t_args(
                    "event-address",
                    [("address", e.address.clone().unwrap_or_default().into())],
                ),
                EventKind::Space => e.space.map(|s| i18n.t(messages::space(s))).unwrap_or_default(),
            };
            if let (Some(p), false) = (e.phase, message_only) {
                what = format!("{what} — {}", i18n.t_args("status-phase", [("number", p.into())]));
            }
            view! {
                <li>
                    <span class="when">{format_date(i18n, &e.at, false)} " — " {actor_label(i18n, &e.actor)}</span>
                    <span class="what">{what}</span>
                    {e.reason.filter(|_| !message_only).map(|r| view! { <span class="why">{refusal_label(i18n, r)}</span> })}
                    {e.message.clone().map(|m| view! { <blockquote>{m}</blockquote> })}
                </li>
            }
        })
        .collect_view();
    let notes = d
        .notes
        .iter()
        .map(|n| view! { <li><span class="when">{format_date(i18n, &n.at, false)} " — " {n.reviewer.clone()}</span><p>{n.body.clone()}</p></li> })
        .collect_view();
    view! {
        <Related related=d.related.clone()/>
        <dl class="summary">{rows}</dl>
        <h2>{i18n.t("review-history-title")}</h2>
        <ol class="timeline">{history}</ol>
        <Mails notify=d.notify notifications=d.notifications.clone()/>
        <h2>{i18n.t("review-notes-title")}</h2>
        <ul class="timeline">{notes}</ul>
    }
}

/// The e-mails the applicant was sent, each with where it stands: the first
/// to an address also asked to confirm it, the next ones wait for that; the
/// ones not delivered after every attempt say why, in the mail server's
/// words.
#[component]
fn Mails(notify: bool, notifications: Vec<NotificationView>) -> impl IntoView {
    let i18n = use_i18n();
    if !notify && notifications.is_empty() {
        return view! { <h2>{i18n.t("review-mails-title")}</h2><p>{i18n.t("review-mails-none")}</p> }
            .into_any();
    }
    let items = notifications
        .into_iter()
        .map(|n| {
            let mut attempts = i18n.t_args("review-mail-attempts", [("count", n.attempts.into())]);
            if n.asked {
                attempts = format!("{attempts}, {}", i18n.t("review-mail-asked"));
            }
            let failed = n.state == NotificationState::Failed;
            view! {
                <li>
                    <span class="when">{format_date(i18n, n.sent_at.as_deref().unwrap_or(&n.created_at), true)}</span>
                    <span class="what">{i18n.t(messages::notification(n.kind))}</span>
                    <span class=if failed { "why failed" } else { "why" }>
                        {i18n.t(messages::notification_state(n.state))} " — " {attempts}
                    </span>
                    {n.error.map(|e| view! { <blockquote>{e}</blockquote> })}
                </li>
            }
        })
        .collect_view();
    let lead = if notify {
        "review-mails-on"
    } else {
        "review-mails-off"
    };
    view! {
        <h2>{i18n.t("review-mails-title")}</h2>
        <p>{i18n.t(lead)}</p>
        <ol class="timeline mails">{items}</ol>
    }
    .into_any()
}

/// Back to the queue page this request was opened from, and to the
/// requests before and after this one there.
#[component]
fn RequestNav(reference: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let trail = move || {
        let reference = reference.get();
        super::queue::trail().map(|trail| {
            let at = trail.references.iter().position(|r| *r == reference);
            (trail, at)
        })
    };
    let back = move || {
        let query = trail().map(|(trail, _)| trail.query).unwrap_or_default();
        format!("/admin{query}")
    };
    let neighbours = move || {
        let (trail, at) = trail()?;
        let at = at?;
        let link = |index: Option<usize>, id: &'static str, shortcut: Shortcut| {
            index.and_then(|i| trail.references.get(i)).map(|r| {
                view! {
                    <A href=format!("/admin/requests/{r}") attr:aria-keyshortcuts=shortcut.key()>{i18n.t(id)}</A>
                }
            })
        };
        // The last request of the page leads on to the next page of the list.
        let next_page = (at + 1 == trail.references.len())
            .then_some(trail.next.as_ref())
            .flatten()
            .map(|query| view! {
                <A href=format!("/admin{query}") attr:aria-keyshortcuts=Shortcut::Next.key()>{i18n.t("review-request-next-page")}</A>
            });
        Some(view! {
            <nav class="request-nav" aria-label=i18n.t("review-request-nav")>
                {link(at.checked_sub(1), "review-request-previous", Shortcut::Previous)}
                <span>{i18n.t_args("review-request-position", [("position", (at + 1).into()), ("count", trail.references.len().into())])}</span>
                {link(Some(at + 1), "review-request-next", Shortcut::Next)}
                {next_page}
            </nav>
        })
    };
    view! {
        <p class="back"><A href=back>{move || i18n.t("review-back-to-queue")}</A></p>
        {neighbours}
    }
}

/// What a reviewer writes below the request: a private note, or a message
/// to the applicant (which moves nothing).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Writing {
    Note,
    Message,
}

impl Writing {
    /// The form's id prefix and its title, label, hint and button.
    fn texts(self) -> (&'static str, [&'static str; 4]) {
        match self {
            Writing::Note => (
                "note",
                [
                    "review-add-note-title",
                    "review-note-label",
                    "review-note-hint",
                    "review-add-note",
                ],
            ),
            Writing::Message => (
                "message",
                [
                    "review-write-title",
                    "review-write-label",
                    "review-write-hint",
                    "review-write-send",
                ],
            ),
        }
    }

    async fn send(
        self,
        token: String,
        reference: String,
        text: String,
    ) -> Result<ApplicationDetail, crate::api::ApiError> {
        match self {
            Writing::Note => {
                crate::api::review::add_note(&token, &reference, &NewNote { body: text }).await
            }
            Writing::Message => {
                crate::api::review::write(&token, &reference, &NewMessage { message: text }).await
            }
        }
    }
}

/// A note for the other reviewers or a message to the applicant, as
/// `writing` says; a failure is told in `failure`, shared with the loading
/// of the request.
#[component]
fn WriteForm(
    writing: Writing,
    reference: Signal<String>,
    detail: Detail,
    failure: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let text = RwSignal::new(String::new());
    let sending = Submit::new(
        move |text: String| writing.send(reviewer.token(), reference.get_untracked(), text),
        move |answer| {
            match answer {
                Ok(d) => {
                    detail.set(d);
                    failure.set(None);
                    text.set(String::new());
                }
                Err(error) => {
                    reviewer.handle(&error);
                    failure.set(Some(error_text(i18n, &error)));
                }
            }
            crate::browser::after_render(|| {
                crate::browser::focus("#note-result");
            });
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !sending.pending().get_untracked() {
            sending.send(text.get_untracked());
        }
    };
    let (id, [title, label, hint, button]) = writing.texts();
    let class = if writing == Writing::Message {
        "button primary"
    } else {
        "button secondary"
    };
    view! {
        <section aria-labelledby=format!("{id}-title")>
            <h2 id=format!("{id}-title")>{move || i18n.t(title)}</h2>
            <form novalidate=true on:submit=on_submit>
                {(writing == Writing::Message).then(|| view! {
                    <ReplyPicker into="message-body" text=text detail=detail decision=None reason=None phase=None/>
                })}
                <div class="field">
                    <label for=format!("{id}-body")>{move || i18n.t(label)}</label>
                    <p class="hint" id=format!("{id}-hint")>{move || i18n.t(hint)}</p>
                    <textarea id=format!("{id}-body") class="control" rows="3" aria-describedby=format!("{id}-hint")
                        prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                </div>
                <button type="submit" class=class>{move || i18n.t(button)}</button>
            </form>
        </section>
    }
}
