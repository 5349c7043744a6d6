//! What every kind of question is drawn with: by `questions`, and by
//! `ranking` for the ranking questions.

use leptos::prelude::*;
use portal_core::survey::Answer;

pub(super) struct Parts {
    pub(super) field: String,
    pub(super) error: Signal<Option<String>>,
    pub(super) label: String,
    pub(super) hint: Option<String>,
    /// The answer so far.
    pub(super) current: Signal<Option<Answer>>,
    /// Records an answer (none: the question is left unanswered).
    pub(super) set: Callback<Option<Answer>>,
}
