//! The survey of an invitation, to answer: drawn by code in a chunk of its
//! own in the split app (`lazy::survey_form`), fetched when an invitation
//! is opened; the form that asks for the code comes without it.

use leptos::prelude::*;
use portal_core::survey::{Answers, InvitationView, clean_answers, validate_response};
use portal_core::{Problem, SurveyState};

use super::draft::{Keeper, Saved};
use super::questions::survey_questions;
use crate::components::form::ErrorSummary;
use crate::i18n::use_i18n;

/// An opened invitation, with what its form acts through.
pub struct Opened {
    pub view: InvitationView,
    pub secret: RwSignal<String>,
    pub keeper: Keeper,
    pub answers: RwSignal<Answers>,
    pub problems: RwSignal<Vec<Problem>>,
    pub busy: Memo<bool>,
    pub on_send: Callback<Answers>,
}

/// How the survey page draws an opened invitation: `draw_form`, from the
/// chunk that holds it.
pub type DrawForm = fn(Opened) -> AnyView;

/// The survey of the invitation: its title and introduction, then the
/// questions while it is open (a closed one says so). The answers are kept
/// as people go (`draft`), checked on sending, and sent cleaned of those to
/// questions no longer shown.
pub fn draw_form(opened: Opened) -> AnyView {
    let Opened {
        view,
        secret,
        keeper,
        answers,
        problems,
        busy,
        on_send,
    } = opened;
    let i18n = use_i18n();
    let locale = i18n.locale_untracked();
    let definition = StoredValue::new(view.definition.clone());
    let save_draft = Callback::new(move |()| {
        definition.with_value(|survey| {
            keeper.keep(secret.get_untracked(), survey, answers.get_untracked());
        });
    });
    let definition = view.definition.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let cleaned = clean_answers(&definition, &answers.get_untracked());
        problems.set(validate_response(&definition, &cleaned));
        if problems.with_untracked(Vec::is_empty) {
            on_send.run(cleaned);
        }
    };
    let intro = view.definition.intro.get(locale).to_owned();
    // What the server guarantees, from the survey itself: never a promise
    // the introduction's author would have to keep.
    let privacy = if view.definition.anonymous {
        i18n.t_args(
            "survey-anonymous-note",
            [("threshold", portal_core::survey::ANONYMITY_THRESHOLD.into())],
        )
    } else {
        i18n.t("survey-named-note")
    };
    let answered = view.answers.is_some();
    let form = if view.state != SurveyState::Open {
        view! { <p class="notice warning">{i18n.t(if answered { "survey-closed-answered" } else { "survey-closed" })}</p> }.into_any()
    } else {
        let questions =
            survey_questions(view.definition.clone(), answers, problems, Some(save_draft));
        view! {
            <p class="small">{i18n.t("survey-optional-note")}</p>
            <ErrorSummary problems=problems/>
            <form novalidate=true on:submit=on_submit class="answers-form">
                {questions}
                <div class="form-actions">
                    <button type="submit" class="button primary" aria-disabled=move || busy.get().then_some("true")>
                        {move || i18n.t(if answered { "survey-save-changes" } else { "survey-submit" })}
                    </button>
                </div>
                <p class="small">{move || i18n.t("survey-draft-note")}</p>
                <p class="small" role="status">{move || match keeper.saved.get() {
                    Saved::Nothing => String::new(),
                    Saved::Everywhere => i18n.t("survey-draft-saved"),
                    Saved::HereOnly => i18n.t("survey-draft-here-only"),
                }}</p>
            </form>
        }
        .into_any()
    };
    view! {
        <h1>{view.definition.title.get(locale).to_owned()}</h1>
        {intro.split("\n\n").map(|p| view! { <p class="lead">{p.to_owned()}</p> }).collect_view()}
        <p class="notice">{privacy}</p>
        {form}
    }
    .into_any()
}
