//! The reply templates a decision or message form offers (core's
//! `NewReply::offered`: its decision, its reason, the applicant's
//! language): one is chosen, then inserted into the text with the
//! structure's name and the phase filled in, for the reviewer to edit
//! before sending.

use leptos::prelude::*;
use portal_core::review::fill_reply;
use portal_core::{DecisionKind, RefusalReason, ReplyTemplate};

use super::{Detail, use_reviewer};
use crate::components::Load;
use crate::i18n::use_i18n;

/// The templates a form offers: none before they and the request are read
/// (or once its answers, and so its language, were erased).
fn offered(
    replies: Option<Vec<ReplyTemplate>>,
    decision: Option<DecisionKind>,
    reason: Option<RefusalReason>,
    locale: Option<portal_core::Locale>,
) -> Vec<ReplyTemplate> {
    let (Some(list), Some(locale)) = (replies, locale) else {
        return Vec::new();
    };
    list.into_iter()
        .filter(|r| r.reply.offered(decision, reason, locale))
        .collect()
}

/// The team's templates, read once for the pickers of a request's page.
#[derive(Clone, Copy)]
pub struct Replies(Load<Vec<ReplyTemplate>>);

/// Reads the templates for the pickers below (the decision's and the
/// message's forms).
pub fn provide_replies() {
    let reviewer = use_reviewer();
    let replies = Load::new(move || {
        let token = reviewer.token();
        async move { crate::api::review::replies(&token).await }
    });
    provide_context(Replies(replies));
}

#[component]
pub fn ReplyPicker(
    /// The id of the text the template goes into; the picker's own are
    /// `<into>-reply`.
    into: &'static str,
    text: RwSignal<String>,
    detail: Detail,
    /// The decision chosen (none: the message form).
    #[prop(into)]
    decision: Signal<Option<DecisionKind>>,
    #[prop(into)] reason: Signal<Option<RefusalReason>>,
    /// The phase the form names, if any (else the request's).
    #[prop(into)]
    phase: Signal<Option<u32>>,
    /// Told when a template replaced the text.
    #[prop(optional)]
    on_insert: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Replies(replies) = expect_context::<Replies>();
    let offered = Memo::new(move |_| {
        let locale = detail.with_value(|d| d.and_then(|d| d.answers.as_ref().map(|a| a.locale)));
        offered(replies.loaded().get(), decision.get(), reason.get(), locale)
    });
    let chosen = RwSignal::new(String::new());
    let said = RwSignal::new(None::<String>);
    let select_id = format!("{into}-reply");
    let insert = move |_| {
        let id = chosen.get_untracked();
        let Some(template) =
            offered.with_untracked(|o| o.iter().find(|r| r.id.to_string() == id).cloned())
        else {
            return;
        };
        let (structure, own_phase) = detail.with_value_untracked(|d| {
            d.map(|d| {
                (
                    d.item.structure_name.clone().unwrap_or_default(),
                    d.item.phase,
                )
            })
            .unwrap_or_default()
        });
        let phase = phase.get_untracked().or(own_phase);
        text.set(fill_reply(&template.reply.body, &structure, phase));
        if let Some(on_insert) = on_insert {
            on_insert.run(());
        }
        said.set(Some(i18n.t_args(
            "review-reply-inserted",
            [("title", template.reply.title.into())],
        )));
        crate::browser::focus(&format!("#{into}"));
    };
    move || {
        let list = offered.get();
        (!list.is_empty()).then(|| {
            let options = list
                .into_iter()
                .map(|r| view! { <option value=r.id.to_string()>{r.reply.title}</option> })
                .collect_view();
            view! {
                <div class="field compact reply-picker">
                    <label for=select_id.clone()>{i18n.t("review-reply-label")}</label>
                    <select id=select_id.clone() class="control" on:change=move |ev| chosen.set(event_target_value(&ev))>
                        <option value="">{i18n.t("review-choose")}</option>
                        {options}
                    </select>
                    <button type="button" class="button secondary small" on:click=insert>{i18n.t("review-reply-insert")}</button>
                    <p role="status" aria-live="polite" class="live">{move || said.get()}</p>
                </div>
            }
        })
    }
}
