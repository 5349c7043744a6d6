//! Survey definitions come from reviewers' files and the editor: whatever
//! they hold, judging one is refused or accepted, never a panic, and takes
//! bounded time and memory. Before the bounds, a scale from 0 to 10^12 with
//! a condition on it made the check list every point (24 TB asked of the
//! allocator: the server was gone). Memory is measured by a counting
//! allocator, per thread, around each call.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::{Duration, Instant};

use portal_core::survey::{
    Answer, Answers, ChoiceDef, Condition, Localized, Question, QuestionType, Scale, Survey,
    validate_response, validate_survey,
};
use proptest::prelude::*;

struct Counting;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = LIVE.try_with(|live| {
            let now = live.get().saturating_add(layout.size());
            live.set(now);
            let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
        });
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let _ = LIVE.try_with(|live| live.set(live.get().saturating_sub(layout.size())));
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What `work` took: its result, the time, and the most bytes it held at once.
fn measured<T>(work: impl FnOnce() -> T) -> (T, Duration, usize) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(base));
    let start = Instant::now();
    let out = work();
    let elapsed = start.elapsed();
    (out, elapsed, PEAK.with(Cell::get).saturating_sub(base))
}

/// Far above what a judgement takes (well under a millisecond), so that a
/// machine busy compiling beside the tests never reaches it (50 ms did, once,
/// in CI); the work the bounds prevent took hours.
const TIME: Duration = Duration::from_secs(2);
const MEMORY: usize = 4 << 20;

fn text() -> Localized {
    Localized::new("Texte", "Text")
}

fn question(id: String, kind: QuestionType) -> Question {
    Question {
        id,
        kind,
        label: text(),
        hint: None,
        required: false,
        choices: Vec::new(),
        rows: Vec::new(),
        scale: None,
        max_length: None,
        show_if: None,
    }
}

fn arbitrary_kind() -> impl Strategy<Value = QuestionType> {
    prop_oneof![
        Just(QuestionType::SingleChoice),
        Just(QuestionType::MultipleChoice),
        Just(QuestionType::Scale),
        Just(QuestionType::ShortText),
        Just(QuestionType::LongText),
        Just(QuestionType::Ranking),
        Just(QuestionType::Matrix),
    ]
}

/// A value of a condition or an answer: mostly small numbers and short ids,
/// so that some of them match.
fn arbitrary_value() -> impl Strategy<Value = String> {
    prop_oneof![
        (-20i64..120).prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        "[a-d]{1,2}",
        ".{0,12}",
    ]
}

fn arbitrary_question() -> impl Strategy<Value = Question> {
    (
        "[a-d_0-9]{1,3}",
        arbitrary_kind(),
        prop::collection::vec("[a-d]{1,2}", 0..35),
        prop::collection::vec("[a-d]{1,2}", 0..35),
        prop::option::of((any::<i64>(), any::<i64>())),
        prop::option::of((
            "[a-d_0-9]{1,3}",
            prop::collection::vec(arbitrary_value(), 0..40),
        )),
        prop::option::of(any::<u32>()),
        any::<bool>(),
    )
        .prop_map(
            |(id, kind, choices, rows, scale, show_if, max_length, required)| {
                let items = |values: Vec<String>| {
                    values
                        .into_iter()
                        .map(|value| ChoiceDef {
                            value,
                            label: text(),
                        })
                        .collect()
                };
                let mut q = question(id, kind);
                q.choices = items(choices);
                q.rows = items(rows);
                q.scale = scale.map(|(min, max)| Scale {
                    min,
                    max,
                    min_label: text(),
                    max_label: text(),
                });
                q.show_if = show_if.map(|(question, any_of)| Condition { question, any_of });
                q.max_length = max_length;
                q.required = required;
                q
            },
        )
}

fn arbitrary_survey() -> impl Strategy<Value = Survey> {
    (
        prop::collection::vec(arbitrary_question(), 0..55),
        any::<bool>(),
    )
        .prop_map(|(questions, anonymous)| Survey {
            title: text(),
            intro: text(),
            anonymous,
            questions,
        })
}

fn arbitrary_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        any::<i64>().prop_map(Answer::Number),
        arbitrary_value().prop_map(Answer::Text),
        prop::collection::vec(arbitrary_value(), 0..30).prop_map(Answer::Many),
        prop::collection::btree_map("[a-d]{1,2}", any::<i64>(), 0..30).prop_map(Answer::Grid),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_definition_is_judged_quickly_in_little_memory(survey in arbitrary_survey()) {
        let (_, elapsed, peak) = measured(|| validate_survey(&survey));
        prop_assert!(elapsed < TIME, "{elapsed:?}");
        prop_assert!(peak < MEMORY, "{peak} bytes");
    }

    #[test]
    fn any_response_to_any_definition_is_judged_quickly(
        survey in arbitrary_survey(),
        given in prop::collection::btree_map("[a-d_0-9]{1,3}", arbitrary_answer(), 0..40),
    ) {
        let answers: Answers = given;
        let (_, elapsed, peak) = measured(|| validate_response(&survey, &answers));
        prop_assert!(elapsed < TIME, "{elapsed:?}");
        prop_assert!(peak < MEMORY, "{peak} bytes");
    }
}

/// The definitions of the report: a scale as wide as an i64 allows, and
/// conditions on it, a long list of duplicate values.
#[test]
fn the_reported_definitions_are_refused_at_once() {
    for (min, max) in [
        (0, 1_000_000_000_000),
        (0, 20_000_000),
        (i64::MIN, i64::MAX),
    ] {
        let mut scale = question("wide".into(), QuestionType::Scale);
        scale.scale = Some(Scale {
            min,
            max,
            min_label: text(),
            max_label: text(),
        });
        let mut follow_up = question("then".into(), QuestionType::ShortText);
        follow_up.show_if = Some(Condition {
            question: "wide".into(),
            any_of: vec!["1".into(); 5000],
        });
        let survey = Survey {
            title: text(),
            intro: text(),
            anonymous: false,
            questions: vec![scale, follow_up],
        };
        let (problems, elapsed, peak) = measured(|| validate_survey(&survey));
        assert!(!problems.is_empty());
        assert!(elapsed < TIME && peak < MEMORY, "{elapsed:?}, {peak} bytes");
    }
}
