//! The survey builder: a survey edited as a form, not as JSON. The title,
//! introduction and "anonymous" box come first, then one card per question
//! (`card`), then the choice of a new question's type and its "add" button.
//! French and English sit side by side, a text given in one language only
//! is flagged in the other, and every problem is shown at its field in the
//! words of the builder, from the core validation the server applies too.

mod card;
mod parts;

use leptos::prelude::*;
use portal_core::survey::{ChoiceDef, Localized, Question, QuestionType, Scale, Survey};
use portal_core::{Problem, QuestionType as Kind, messages};

use crate::components::form::{Checkbox, Select, problem_message};
use crate::i18n::{I18n, use_i18n};
use card::QuestionCard;
use parts::LocalizedFields;

/// The survey being built, with a stable key per question (its place
/// changes as it moves; the key, and so its fields, stay).
#[derive(Clone, Copy)]
pub struct Builder {
    pub survey: RwSignal<Survey>,
    keys: RwSignal<Vec<u64>>,
    next: StoredValue<u64>,
    /// The problems shown at their fields, with their paths under
    /// `definition.` (checked again at each change once a save was tried).
    pub problems: RwSignal<Vec<Problem>>,
}

/// The first of `prefix1`, `prefix2`… that `taken` does not hold.
fn fresh_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !taken.clone().any(|t| t == id))
        .unwrap_or_default()
}

/// An item (a choice, a row) with a fresh value and no label yet.
pub fn new_item(items: &[ChoiceDef], prefix: &str) -> ChoiceDef {
    ChoiceDef {
        value: fresh_id(prefix, items.iter().map(|i| i.value.as_str())),
        label: Localized::default(),
    }
}

/// Gives `question` what its type calls for (two empty choices, a scale
/// from 1 to 5, two rows) and drops what it does not.
pub fn reshape(question: &mut Question, kind: QuestionType) {
    question.kind = kind;
    if kind.has_choices() {
        while question.choices.len() < 2 {
            let item = new_item(&question.choices, "option");
            question.choices.push(item);
        }
    } else {
        question.choices.clear();
    }
    if kind == QuestionType::Matrix {
        while question.rows.len() < 2 {
            let item = new_item(&question.rows, "row");
            question.rows.push(item);
        }
    } else {
        question.rows.clear();
    }
    if kind.has_scale() {
        question.scale.get_or_insert_with(|| Scale {
            min: 1,
            max: 5,
            min_label: Localized::default(),
            max_label: Localized::default(),
        });
    } else {
        question.scale = None;
    }
    if !kind.is_text() {
        question.max_length = None;
    }
}

impl Builder {
    pub fn new(survey: Survey) -> Self {
        let builder = Builder {
            survey: RwSignal::new(survey),
            keys: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
            problems: RwSignal::new(Vec::new()),
        };
        builder.rekey();
        builder
    }

    /// Builds `survey` instead (an imported definition).
    pub fn replace(self, survey: Survey) {
        self.survey.set(survey);
        self.rekey();
    }

    fn rekey(self) {
        let count = self.survey.with_untracked(|s| s.questions.len());
        let keys = (0..count).map(|_| self.fresh_key()).collect();
        self.keys.set(keys);
    }

    fn fresh_key(self) -> u64 {
        self.next.update_value(|n| *n += 1);
        self.next.get_value()
    }

    /// The place of the question with this key (tracked).
    pub fn index(self, key: u64) -> Option<usize> {
        self.keys.with(|keys| keys.iter().position(|k| *k == key))
    }

    /// The index of the question with this key, for a change (untracked).
    fn place(self, key: u64) -> Option<usize> {
        self.keys
            .with_untracked(|keys| keys.iter().position(|k| *k == key))
    }

    pub fn count(self) -> usize {
        self.keys.with(Vec::len)
    }

    /// The question with this key (tracked).
    pub fn question(self, key: u64) -> Option<Question> {
        let index = self.index(key)?;
        self.survey.with(|s| s.questions.get(index).cloned())
    }

    pub fn edit(self, key: u64, change: impl FnOnce(&mut Question)) {
        let Some(index) = self.place(key) else {
            return;
        };
        self.survey.update(|s| {
            if let Some(question) = s.questions.get_mut(index) {
                change(question);
            }
        });
    }

    /// Adds a question of this type at the end; its key.
    pub fn add(self, kind: QuestionType) -> u64 {
        let key = self.fresh_key();
        self.survey.update(|s| {
            let id = fresh_id("question", s.questions.iter().map(|q| q.id.as_str()));
            let mut question = Question {
                id,
                kind,
                label: Localized::default(),
                hint: None,
                required: false,
                choices: Vec::new(),
                scale: None,
                rows: Vec::new(),
                max_length: None,
                show_if: None,
            };
            reshape(&mut question, kind);
            s.questions.push(question);
        });
        self.keys.update(|k| k.push(key));
        key
    }

    /// Puts a copy of the question right after it; the copy's key.
    pub fn duplicate(self, key: u64) -> Option<u64> {
        let index = self.place(key)?;
        let copy = self.fresh_key();
        self.survey.update(|s| {
            let id = fresh_id("question", s.questions.iter().map(|q| q.id.as_str()));
            if let Some(original) = s.questions.get(index) {
                let mut question = original.clone();
                question.id = id;
                s.questions.insert(index + 1, question);
            }
        });
        self.keys.update(|k| k.insert(index + 1, copy));
        Some(copy)
    }

    pub fn remove(self, key: u64) {
        let Some(index) = self.place(key) else {
            return;
        };
        self.survey.update(|s| {
            s.questions.remove(index);
        });
        self.keys.update(|k| {
            k.remove(index);
        });
    }

    /// Moves the question one place up or down; whether it moved.
    pub fn shift(self, key: u64, up: bool) -> bool {
        let Some(index) = self.place(key) else {
            return false;
        };
        let len = self.keys.with_untracked(Vec::len);
        let Some(to) = crate::components::neighbour(index, up, len) else {
            return false;
        };
        self.survey.update(|s| s.questions.swap(index, to));
        self.keys.update(|k| k.swap(index, to));
        true
    }

    /// The DOM path of a field of the question with this key: stays with
    /// the question as it moves.
    pub fn field(key: u64, rest: &str) -> String {
        format!("q{key}.{rest}")
    }

    /// The problem at `rest` of the question with this key (its path is
    /// `definition.questions.<place>.<rest>`), as a sentence.
    pub fn error(self, i18n: I18n, key: u64, rest: &str) -> Signal<Option<String>> {
        let rest = rest.to_owned();
        Signal::derive(move || {
            let index = self.index(key)?;
            let path = format!("definition.questions.{index}.{rest}");
            self.problems.with(|all| {
                all.iter()
                    .find(|p| p.field == path)
                    .map(|p| definition_message(i18n, p))
            })
        })
    }

    /// The problem at a field of the survey itself (`title.fr`).
    pub fn survey_error(self, i18n: I18n, path: &str) -> Signal<Option<String>> {
        let path = format!("definition.{path}");
        Signal::derive(move || {
            self.problems.with(|all| {
                all.iter()
                    .find(|p| p.field == path)
                    .map(|p| definition_message(i18n, p))
            })
        })
    }

    /// Where the error summary's link to a problem leads: the field, which
    /// carries its question's key rather than its place.
    pub fn target(self, field: &str) -> String {
        let rest = field.trim_start_matches("definition.");
        let mut words = rest.splitn(3, '.');
        let path = match (words.next(), words.next(), words.next()) {
            (Some("questions"), Some(index), tail) => {
                let key = index
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| self.keys.with_untracked(|k| k.get(i).copied()));
                match (key, tail) {
                    (Some(key), Some(tail)) => Builder::field(key, tail),
                    (Some(key), None) => Builder::field(key, "type"),
                    (None, _) => "add-question".to_owned(),
                }
            }
            (Some("questions"), None, _) => "add-question".to_owned(),
            _ => format!("definition.{rest}"),
        };
        format!("#{}", crate::components::form::dom_id(&path))
    }
}

/// The sentence of a problem of the definition: the builder's words when it
/// has some, the generic ones otherwise.
pub fn definition_message(i18n: I18n, problem: &Problem) -> String {
    let path = problem.field.trim_start_matches("definition.");
    match messages::definition_problem(path, problem.code) {
        Some(id) => {
            let mut specific = problem.clone();
            specific.field = String::new();
            i18n.t_args(id, crate::components::form::problem_args(&specific))
        }
        None => problem_message(i18n, problem),
    }
}

/// The builder's form: the survey's texts, its questions, and the way to
/// add one.
#[component]
pub fn SurveyBuilder(builder: Builder) -> impl IntoView {
    let i18n = use_i18n();
    let survey = builder.survey;
    let texts = |field: &'static str| {
        (
            Signal::derive(move || {
                survey.with(|s| match field {
                    "title" => s.title.clone(),
                    _ => s.intro.clone(),
                })
            }),
            Callback::new(move |text: Localized| {
                survey.update(|s| match field {
                    "title" => s.title = text,
                    _ => s.intro = text,
                })
            }),
        )
    };
    let (title, set_title) = texts("title");
    let (intro, set_intro) = texts("intro");
    view! {
        <fieldset class="builder-survey">
            <legend>{move || i18n.t("review-builder-about")}</legend>
            <LocalizedFields field="definition.title" label="review-builder-title" value=title on_change=set_title
                errors=(builder.survey_error(i18n, "title.fr"), builder.survey_error(i18n, "title.en"))/>
            <LocalizedFields field="definition.intro" label="review-builder-intro" value=intro on_change=set_intro
                errors=(builder.survey_error(i18n, "intro.fr"), builder.survey_error(i18n, "intro.en")) multiline=true/>
            <Checkbox
                field="definition.anonymous"
                label=Signal::derive(move || i18n.t("review-builder-anonymous"))
                hint=Signal::derive(move || Some(i18n.t_args("review-builder-anonymous-hint", [("threshold", portal_core::survey::ANONYMITY_THRESHOLD.into())])))
                checked=Signal::derive(move || survey.with(|s| s.anonymous))
                on_change=Callback::new(move |on| survey.update(|s| s.anonymous = on))
                error=Signal::stored(None::<String>)
            />
        </fieldset>
        <h2 class="builder-questions-title">{move || i18n.t_args("review-builder-questions", [("count", builder.count().into())])}</h2>
        <ol class="question-cards">
            <For each=move || builder.keys.get() key=|key| *key let:key>
                <QuestionCard builder=builder key=key/>
            </For>
        </ol>
        <AddQuestion builder=builder/>
    }
}

/// The type of the next question and the button that adds it; the focus
/// goes to the new question's first field.
#[component]
fn AddQuestion(builder: Builder) -> impl IntoView {
    let i18n = use_i18n();
    let kind = RwSignal::new(Kind::SingleChoice.as_str().to_owned());
    let groups = Signal::derive(move || vec![(None, type_options(i18n))]);
    let add = move |_| {
        let Some(chosen) = Kind::parse(&kind.get_untracked()) else {
            return;
        };
        let key = builder.add(chosen);
        let target = format!(
            "#{}",
            crate::components::form::dom_id(&Builder::field(key, "label.fr"))
        );
        crate::browser::after_render(move || {
            crate::browser::focus(&target);
        });
    };
    view! {
        <div class="add-question">
            <Select
                field="add-question"
                label=Signal::derive(move || i18n.t("review-builder-add-type"))
                groups=groups
                value=kind
                on_change=Callback::new(move |v| kind.set(v))
                error=builder.survey_error(i18n, "questions")
            />
            <button type="button" class="button secondary" on:click=add>{move || i18n.t("review-builder-add")}</button>
        </div>
    }
}

/// Every question type, by its name, for a drop-down list.
pub fn type_options(i18n: I18n) -> Vec<(String, String)> {
    Kind::ALL
        .into_iter()
        .map(|k| (k.as_str().to_owned(), i18n.t(messages::question_type(k))))
        .collect()
}
