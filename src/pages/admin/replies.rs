//! Reply templates: every member reads them (the decision and message
//! forms offer them); coordinators add, rewrite and delete them, each for a
//! decision (and a refusal's reason) or for the message form, in French or
//! English, with `{structure}` and `{phase}` filled in when inserted.

use leptos::prelude::*;
use portal_core::endpoints::AddReply;
use portal_core::{DecisionKind, Locale, NewReply, RefusalReason, ReplyTemplate, messages};

use super::{AdminArea, error_text, use_reviewer};
use crate::api::ApiError;
use crate::components::form::field_error;
use crate::components::{ConfirmButton, Load, LoadFailure, Submit};
use crate::i18n::{I18n, refusal_label, use_i18n};

#[component]
pub fn Replies() -> impl IntoView {
    view! { <AdminArea><RepliesView/></AdminArea> }
}

/// What a template is for, in words.
fn use_of(i18n: I18n, reply: &NewReply) -> String {
    let decision = match reply.decision {
        Some(kind) => i18n.t(messages::decision_kind(kind)),
        None => i18n.t("review-reply-for-message"),
    };
    match reply.reason {
        Some(reason) => format!("{decision} — {}", refusal_label(i18n, reason)),
        None => decision,
    }
}

fn language(i18n: I18n, locale: Locale) -> String {
    i18n.t(match locale {
        Locale::Fr => "review-reply-fr",
        Locale::En => "review-reply-en",
    })
}

#[component]
fn RepliesView() -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let replies = Load::new(move || {
        let token = reviewer.token();
        async move { crate::api::review::replies(&token).await }
    });
    // The template being rewritten, if one is.
    let editing = RwSignal::new(None::<ReplyTemplate>);
    let said = RwSignal::new(None::<String>);
    let delete = Submit::new(
        move |id: i64| {
            let token = reviewer.token();
            async move { crate::api::review::delete_reply(&token, id).await }
        },
        move |answer: Result<Vec<ReplyTemplate>, ApiError>| match answer {
            Ok(list) => {
                replies.set(list);
                said.set(Some(i18n.t("review-reply-deleted")));
            }
            Err(error) => {
                reviewer.handle(&error);
                said.set(Some(error_text(i18n, &error)));
            }
        },
    );
    let list = move || {
        replies.loaded().get().map(|list| {
            i18n.locale();
            view! { <ReplyList replies=list editing=editing delete=delete/> }
        })
    };
    let saved = Callback::new(move |list: Vec<ReplyTemplate>| {
        replies.set(list);
        editing.set(None);
        said.set(Some(i18n.t("review-reply-saved")));
    });
    view! {
        <h1>{move || i18n.t("review-replies-title")}</h1>
        <p>{move || i18n.t("review-replies-lead")}</p>
        <LoadFailure load=replies text=Callback::new(move |error| error_text(i18n, &error))/>
        <p role="status" aria-live="polite" class="live">{move || said.get()}</p>
        {list}
        <Show when={move || reviewer.may::<AddReply>()}>
            {move || view! { <ReplyForm editing=editing.get() on_saved=saved on_cancel=Callback::new(move |()| editing.set(None))/> }}
        </Show>
    }
}

#[component]
fn ReplyList(
    replies: Vec<ReplyTemplate>,
    editing: RwSignal<Option<ReplyTemplate>>,
    delete: Submit<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    if replies.is_empty() {
        return view! { <p>{i18n.t("review-replies-none")}</p> }.into_any();
    }
    let items = replies
        .into_iter()
        .map(|r| {
            let (id, title) = (r.id, r.reply.title.clone());
            let edit = {
                let r = r.clone();
                move |_| {
                    editing.set(Some(r.clone()));
                    crate::browser::after_render(|| {
                        crate::browser::focus("#reply-form-title");
                    });
                }
            };
            let actions = reviewer.may::<AddReply>().then(|| view! {
                <div class="form-actions">
                    <button type="button" class="button secondary small" on:click=edit>
                        {i18n.t_args("review-reply-edit", [("title", title.clone().into())])}
                    </button>
                    <ConfirmButton name="delete-reply" class="button secondary small"
                        label=i18n.t_args("review-reply-delete", [("title", title.clone().into())])
                        title=i18n.t("review-reply-delete-title")
                        text=i18n.t_args("review-reply-delete-text", [("title", title.clone().into())])
                        confirm=i18n.t("review-reply-delete-confirm")
                        on_confirm=Callback::new(move |()| delete.send(id))/>
                </div>
            });
            view! {
                <li class="card">
                    <h2 class="h3">{r.reply.title.clone()}</h2>
                    <p class="meta">{use_of(i18n, &r.reply)} " · " {language(i18n, r.reply.locale)}</p>
                    <blockquote class="reply-body">{r.reply.body.clone()}</blockquote>
                    {actions}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="cards replies">{items}</ul> }.into_any()
}

/// A template as typed in its form.
#[derive(Clone, Copy)]
struct ReplyFields {
    decision: RwSignal<String>,
    reason: RwSignal<String>,
    locale: RwSignal<Locale>,
    title: RwSignal<String>,
    body: RwSignal<String>,
}

impl ReplyFields {
    /// The fields of `start` (empty, in French, for a new one).
    fn new(start: Option<NewReply>) -> ReplyFields {
        let start = start.unwrap_or(NewReply {
            decision: None,
            reason: None,
            locale: Locale::Fr,
            title: String::new(),
            body: String::new(),
        });
        let name = |name: Option<&'static str>| RwSignal::new(name.unwrap_or_default().to_owned());
        ReplyFields {
            decision: name(start.decision.map(DecisionKind::as_str)),
            reason: name(start.reason.map(RefusalReason::as_str)),
            locale: RwSignal::new(start.locale),
            title: RwSignal::new(start.title),
            body: RwSignal::new(start.body),
        }
    }

    /// The template to save: a reason only with a refusal.
    fn reply(&self) -> NewReply {
        let decision = DecisionKind::parse(&self.decision.get_untracked());
        NewReply {
            decision,
            reason: RefusalReason::parse(&self.reason.get_untracked())
                .filter(|_| decision == Some(DecisionKind::Refuse)),
            locale: self.locale.get_untracked(),
            title: self.title.get_untracked(),
            body: self.body.get_untracked(),
        }
    }
}

/// The form of a template, new or rewritten.
#[component]
fn ReplyForm(
    editing: Option<ReplyTemplate>,
    on_saved: Callback<Vec<ReplyTemplate>>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let id = editing.as_ref().map(|r| r.id);
    let fields = ReplyFields::new(editing.map(|r| r.reply));
    let ReplyFields {
        decision,
        reason,
        locale,
        title,
        body,
    } = fields;
    let problems = RwSignal::new(Vec::<portal_core::Problem>::new());
    let failure = RwSignal::new(None::<String>);
    let save = Submit::new(
        move |reply: NewReply| {
            let token = reviewer.token();
            async move { crate::api::review::save_reply(&token, id, &reply).await }
        },
        move |answer| match answer {
            Ok(list) => on_saved.run(list),
            Err(ApiError::Refused { fields, .. }) if !fields.is_empty() => {
                let first = format!("#reply-{}", fields[0].field);
                problems.set(fields);
                crate::browser::after_render(move || {
                    crate::browser::focus(&first);
                });
            }
            Err(error) => {
                reviewer.handle(&error);
                failure.set(Some(error_text(i18n, &error)));
            }
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save.send(fields.reply());
    };
    let heading = if id.is_some() {
        "review-reply-edit-title"
    } else {
        "review-reply-add-title"
    };
    view! {
        <section aria-labelledby="reply-form-title">
            <h2 id="reply-form-title" tabindex="-1">{move || i18n.t(heading)}</h2>
            <form novalidate=true on:submit=on_submit>
                <ReplyUse decision=decision reason=reason locale=locale problems=problems/>
                <ReplyText name="title" label="review-reply-title" value=title problems=problems/>
                <ReplyText name="body" label="review-reply-body" value=body problems=problems/>
                <p role="alert" class="live">{move || failure.get()}</p>
                <div class="form-actions">
                    <button type="submit" class="button primary">{move || i18n.t("review-reply-save")}</button>
                    {id.map(|_| view! {
                        <button type="button" class="button secondary" on:click=move |_| on_cancel.run(())>{move || i18n.t("review-reply-cancel")}</button>
                    })}
                </div>
            </form>
        </section>
    }
}

/// What the template is for: a decision (and reason), and a language.
#[component]
fn ReplyUse(
    decision: RwSignal<String>,
    reason: RwSignal<String>,
    locale: RwSignal<Locale>,
    problems: RwSignal<Vec<portal_core::Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let kinds = DecisionKind::ALL.map(|k| {
        let selected = move || decision.get() == k.as_str();
        view! { <option value=k.as_str() selected=selected>{move || i18n.t(messages::decision_kind(k))}</option> }
    });
    let reasons = move || {
        RefusalReason::ALL.map(|r| {
            let selected = move || reason.get() == r.as_str();
            view! { <option value=r.as_str() selected=selected>{move || refusal_label(i18n, r)}</option> }
        }).collect_view()
    };
    let reason_problem = field_error(problems, "reason");
    let reason_problem = move || reason_problem.get();
    view! {
        <div class="field">
            <label for="reply-decision">{move || i18n.t("review-reply-use")}</label>
            <select id="reply-decision" class="control" on:change=move |ev| decision.set(event_target_value(&ev))>
                <option value="" selected=move || decision.with(String::is_empty)>{move || i18n.t("review-reply-for-message")}</option>
                {kinds.collect_view()}
            </select>
        </div>
        <Show when=move || decision.get() == DecisionKind::Refuse.as_str()>
            <div class="field" class:has-error=move || reason_problem().is_some()>
                <label for="reply-reason">{move || i18n.t("review-reason-label")}</label>
                {move || reason_problem().map(|p| view! { <p class="field-error" id="reply-reason-error">{p}</p> })}
                <select id="reply-reason" class="control" on:change=move |ev| reason.set(event_target_value(&ev))>
                    <option value="" selected=move || reason.with(String::is_empty)>{move || i18n.t("review-reply-any-reason")}</option>
                    {reasons()}
                </select>
            </div>
        </Show>
        <fieldset class="field">
            <legend>{move || i18n.t("review-reply-language")}</legend>
            {Locale::ALL.map(|l| {
                let id = format!("reply-locale-{}", l.as_str());
                view! {
                    <div class="choice">
                        <input type="radio" name="reply-locale" id=id.clone() prop:checked=move || locale.get() == l
                            on:change=move |_| locale.set(l)/>
                        <label for=id>{move || language(i18n, l)}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The title (one line) or the text (several) of a template.
#[component]
fn ReplyText(
    name: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    problems: RwSignal<Vec<portal_core::Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("reply-{name}");
    let error_id = format!("reply-{name}-error");
    let hint_id = format!("reply-{name}-hint");
    let problem = field_error(problems, name);
    let problem = move || problem.get();
    let described = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || match (problem().is_some(), name == "body") {
            (true, true) => format!("{error_id} {hint_id}"),
            (true, false) => error_id.clone(),
            (false, true) => hint_id.clone(),
            (false, false) => String::new(),
        }
    };
    let input = move |ev| value.set(event_target_value(&ev));
    let control = if name == "body" {
        view! {
            <textarea id=id.clone() class="control" rows="6" aria-describedby=described.clone()
                aria-invalid=move || problem().is_some().then_some("true")
                prop:value=move || value.get() on:input=input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() class="control" type="text" aria-describedby=described.clone()
                aria-invalid=move || problem().is_some().then_some("true")
                prop:value=move || value.get() on:input=input/>
        }
        .into_any()
    };
    view! {
        <div class="field" class:has-error=move || problem().is_some()>
            <label for=id.clone()>{move || i18n.t(label)}</label>
            {(name == "body").then(|| view! { <p class="hint" id=hint_id.clone()>{move || i18n.t("review-reply-body-hint")}</p> })}
            {move || problem().map(|p| view! { <p class="field-error" id=error_id.clone()>{p}</p> })}
            {control}
        </div>
    }
}
