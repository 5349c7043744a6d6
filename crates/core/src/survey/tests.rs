use proptest::prelude::*;
use serde_json::json;

use std::collections::BTreeSet;

use super::*;
use crate::problems::Param;
use crate::{Code, Problem};

/// The end-of-phase survey the server ships as its default.
const DEFAULT_SURVEY: &str = include_str!("../../../server/surveys/end-of-phase.json");

fn default_survey() -> Survey {
    serde_json::from_str(DEFAULT_SURVEY).unwrap()
}

fn answers(value: serde_json::Value) -> Answers {
    serde_json::from_value(value).unwrap()
}

fn codes(problems: &[Problem]) -> Vec<(String, &'static str)> {
    problems
        .iter()
        .map(|p| (p.field.clone(), p.code.as_str()))
        .collect()
}

fn complete() -> Answers {
    answers(json!({
        "getting_started": 4,
        "apps_used": ["files", "office"],
        "recommend": 9,
        "comments": "Merci !"
    }))
}

#[test]
fn the_shipped_default_survey_is_valid_in_both_languages() {
    let survey = default_survey();
    assert_eq!(validate_survey(&survey), vec![]);
    assert!(survey.anonymous);
    let kinds: BTreeSet<QuestionType> = survey.questions.iter().map(|q| q.kind).collect();
    assert!(kinds.contains(&QuestionType::Scale));
    assert!(kinds.contains(&QuestionType::MultipleChoice));
    assert!(kinds.contains(&QuestionType::LongText));
    assert!(kinds.contains(&QuestionType::Matrix));
}

#[test]
fn a_complete_response_is_accepted() {
    assert_eq!(validate_response(&default_survey(), &complete()), vec![]);
}

#[test]
fn required_questions_must_be_answered_and_blank_counts_as_missing() {
    let mut given = complete();
    given.remove("recommend");
    given.insert("apps_used".into(), Answer::Many(vec![]));
    assert_eq!(
        codes(&validate_response(&default_survey(), &given)),
        vec![
            ("answers.apps_used".into(), "required"),
            ("answers.recommend".into(), "required"),
        ]
    );
}

#[test]
fn each_type_takes_its_own_kind_of_answer() {
    let survey = default_survey();
    let cases = [
        ("getting_started", json!("4"), "invalid_value"),
        ("getting_started", json!(["4"]), "invalid_value"),
        ("apps_used", json!("files"), "invalid_value"),
        ("comments", json!(3), "invalid_value"),
        ("getting_started", json!(6), "out_of_range"),
        ("recommend", json!(-1), "out_of_range"),
        ("apps_used", json!(["files", "email"]), "invalid_choice"),
        ("apps_used", json!(["files", "files"]), "duplicate_value"),
        ("comments", json!("a\u{0}b"), "control_characters"),
        (
            "comments",
            json!("x".repeat(limits::LONG_TEXT_MAX + 1)),
            "too_long",
        ),
        ("surprise", json!("?"), "unknown_field"),
    ];
    for (id, value, code) in cases {
        let mut given = complete();
        given.insert(id.into(), serde_json::from_value(value.clone()).unwrap());
        assert_eq!(
            codes(&validate_response(&survey, &given)),
            vec![(format!("answers.{id}"), code)],
            "{id} = {value}"
        );
    }
}

#[test]
fn the_scale_bounds_are_reported_as_parameters() {
    let mut given = complete();
    given.insert("recommend".into(), Answer::Number(11));
    let problems = validate_response(&default_survey(), &given);
    assert_eq!(problems[0].params["min"], 0);
    assert_eq!(problems[0].params["max"], 10);
}

#[test]
fn a_conditional_question_shows_only_for_its_values() {
    let survey = default_survey();
    let shown = |given: &Answers| -> Vec<String> {
        visible_questions(&survey, given)
            .iter()
            .map(|q| q.id.clone())
            .collect()
    };
    let mut given = complete();
    assert!(!shown(&given).contains(&"hard_parts".to_owned()));
    given.insert("getting_started".into(), Answer::Number(2));
    assert!(shown(&given).contains(&"hard_parts".to_owned()));

    // Answering a question that is not shown is refused…
    let mut given = complete();
    given.insert(
        "hard_parts".into(),
        Answer::Text("Le mot « partage ».".into()),
    );
    assert_eq!(
        codes(&validate_response(&survey, &given)),
        vec![("answers.hard_parts".into(), "not_applicable")]
    );
    // …and cleaning drops it, so the app never sends it.
    let cleaned = clean_answers(&survey, &given);
    assert!(!cleaned.contains_key("hard_parts"));
    assert_eq!(validate_response(&survey, &cleaned), vec![]);
}

#[test]
fn a_condition_on_a_multiple_choice_matches_any_ticked_value() {
    let mut survey = default_survey();
    survey.questions[4].show_if = Some(Condition {
        question: "apps_used".into(),
        any_of: vec!["talk".into()],
    });
    assert_eq!(validate_survey(&survey), vec![]);
    let mut given = complete();
    given.insert("missing".into(), Answer::Text("Plus de place".into()));
    assert_eq!(
        codes(&validate_response(&survey, &given)),
        vec![("answers.missing".into(), "not_applicable")]
    );
    given.insert(
        "apps_used".into(),
        Answer::Many(vec!["files".into(), "talk".into()]),
    );
    assert_eq!(validate_response(&survey, &given), vec![]);
}

#[test]
fn cleaning_trims_texts_and_drops_empty_answers() {
    let survey = default_survey();
    let mut given = complete();
    given.insert("comments".into(), Answer::Text("  Bravo  ".into()));
    given.insert("missing".into(), Answer::Text("   ".into()));
    let cleaned = clean_answers(&survey, &given);
    assert_eq!(cleaned["comments"], Answer::Text("Bravo".into()));
    assert!(!cleaned.contains_key("missing"));
}

#[test]
fn definitions_are_checked_with_paths() {
    let mut survey = default_survey();
    survey.title.en = String::new();
    survey.questions[1].id = "Bad Id".into();
    survey.questions[2].choices.truncate(1);
    survey.questions[5].id = "missing".into();
    survey.questions[6].scale = None;
    survey.questions[7].choices = survey.questions[2].choices.clone();
    let problems = codes(&validate_survey(&survey));
    assert_eq!(
        problems,
        vec![
            ("title.en".into(), "required"),
            ("questions.1.id".into(), "invalid_value"),
            ("questions.2.choices".into(), "too_short"),
            ("questions.5.id".into(), "duplicate_value"),
            ("questions.6.scale".into(), "required"),
            ("questions.7.choices".into(), "not_applicable"),
        ]
    );
}

#[test]
fn conditions_must_point_back_to_a_choice_or_scale_with_its_values() {
    let mut survey = default_survey();
    survey.questions[0].show_if = Some(Condition {
        question: "recommend".into(),
        any_of: vec!["1".into()],
    });
    survey.questions[3].show_if = Some(Condition {
        question: "getting_started".into(),
        any_of: vec!["9".into()],
    });
    survey.questions[4].show_if = Some(Condition {
        question: "comments".into(),
        any_of: vec!["x".into()],
    });
    assert_eq!(
        codes(&validate_survey(&survey)),
        vec![
            ("questions.0.show_if.question".into(), "invalid_condition"),
            ("questions.3.show_if.any_of".into(), "invalid_value"),
            ("questions.4.show_if.question".into(), "invalid_condition"),
        ]
    );
}

#[test]
fn a_huge_scale_is_refused_without_listing_its_points() {
    // Before, a later condition on this scale listed 10^12 strings.
    let mut survey = default_survey();
    let scale = survey.questions[0].scale.as_mut().unwrap();
    (scale.min, scale.max) = (0, 1_000_000_000_000);
    survey.questions[3].show_if = Some(Condition {
        question: survey.questions[0].id.clone(),
        any_of: vec!["999999999999".into(), "5".into()],
    });
    let problems = codes(&validate_survey(&survey));
    assert!(problems.contains(&("questions.0.scale".into(), "out_of_range")));
    assert!(survey.questions[0].values().is_empty());
    assert!(survey.questions[0].takes_value("999999999999"));
    assert!(!survey.questions[0].takes_value("-1"));
}

#[test]
fn scale_points_are_plain_integers_in_range() {
    let survey = default_survey();
    let scale = survey
        .questions
        .iter()
        .find(|q| q.kind == QuestionType::Scale)
        .unwrap();
    let (min, max) = scale.scale.as_ref().map(|s| (s.min, s.max)).unwrap();
    for n in min..=max {
        assert!(scale.takes_value(&n.to_string()));
    }
    for text in [
        (max + 1).to_string(),
        (min - 1).to_string(),
        format!("+{max}"),
        format!("0{max}"),
        format!(" {max}"),
        String::new(),
    ] {
        assert!(!scale.takes_value(&text), "{text:?}");
    }
}

#[test]
fn condition_values_are_bounded_and_distinct() {
    let mut survey = default_survey();
    let source = survey.questions[0].id.clone();
    let condition = |any_of: Vec<String>| {
        Some(Condition {
            question: source.clone(),
            any_of,
        })
    };
    survey.questions[3].show_if = condition(vec!["1".into(); 5000]);
    survey.questions[4].show_if = condition(vec!["1".into(), "1".into()]);
    survey.questions[5].show_if = condition(vec![]);
    assert_eq!(
        codes(&validate_survey(&survey)),
        vec![
            ("questions.3.show_if.any_of".into(), "too_long"),
            ("questions.4.show_if.any_of".into(), "duplicate_value"),
            ("questions.5.show_if.any_of".into(), "required"),
        ]
    );
}

#[test]
fn too_many_questions_or_choices_stop_the_check_at_their_count() {
    let mut survey = default_survey();
    let many = survey.questions[0].clone();
    survey.questions = vec![many; 10_000];
    assert_eq!(
        codes(&validate_survey(&survey)),
        vec![("questions".into(), "too_long")]
    );
    let mut survey = default_survey();
    let choice = survey
        .questions
        .iter()
        .find_map(|q| q.choices.first().cloned())
        .unwrap();
    let question = survey
        .questions
        .iter_mut()
        .find(|q| q.kind.has_choices())
        .unwrap();
    question.choices = vec![choice; 10_000];
    let problems = validate_survey(&survey);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].code, Code::TooLong);
}

#[test]
fn scales_are_bounded() {
    for (min, max, ok) in [
        (1, 5, true),
        (0, 10, true),
        (0, 11, false),
        (5, 5, false),
        (3, 1, false),
        (-20, -15, false),
    ] {
        let mut survey = default_survey();
        if let Some(scale) = survey.questions[0].scale.as_mut() {
            scale.min = min;
            scale.max = max;
        }
        survey.questions[1].show_if = None;
        assert_eq!(validate_survey(&survey).is_empty(), ok, "{min}..{max}");
    }
}

#[test]
fn unknown_fields_in_a_definition_are_refused() {
    let mut value: serde_json::Value = serde_json::from_str(DEFAULT_SURVEY).unwrap();
    value["questions"][0]["colour"] = json!("red");
    assert!(serde_json::from_value::<Survey>(value).is_err());
}

#[test]
fn the_tally_counts_values_percentages_means_and_texts() {
    let survey = default_survey();
    let responses = vec![
        answers(
            json!({"getting_started": 5, "apps_used": ["files", "office"], "recommend": 10, "comments": "Super"}),
        ),
        answers(
            json!({"getting_started": 2, "hard_parts": "Les partages", "apps_used": ["files"], "recommend": 7}),
        ),
        answers(json!({"getting_started": 4, "apps_used": ["talk"], "recommend": 8})),
    ];
    let results = tally(&survey, &responses);
    assert_eq!(results.responses, 3);
    let by_id = |id: &str| results.questions.iter().find(|q| q.id == id).unwrap();
    let start = by_id("getting_started");
    assert_eq!(start.answered, 3);
    assert_eq!(start.mean, Some(3.67));
    let counts: Vec<u32> = start.values.iter().map(|v| v.count).collect();
    assert_eq!(counts, vec![0, 1, 0, 1, 1]);
    let apps = by_id("apps_used");
    let files = apps.values.iter().find(|v| v.value == "files").unwrap();
    assert_eq!((files.count, files.percent), (2, 66.7));
    assert_eq!(by_id("hard_parts").texts, vec!["Les partages".to_owned()]);
    assert_eq!(by_id("hard_parts").answered, 1);
    assert_eq!(by_id("comments").texts, vec!["Super".to_owned()]);
    assert_eq!(by_id("missing").answered, 0);
    assert!(by_id("missing").values.is_empty());
    assert_eq!(PhaseRate::new(vec![1], 3, 1).percent, 33.3);
    assert_eq!(PhaseRate::new(vec![1], 0, 0).percent, 0.0);
}

#[test]
fn csv_cells_follow_the_question_order() {
    let survey = default_survey();
    let cells = response_cells(&survey, &complete(), Locale::Fr);
    assert_eq!(cells.len(), survey.questions.len());
    assert_eq!(cells[0], "4");
    // Choices by their labels, in the reader's language.
    let apps = &survey.questions[2];
    let label = |value: &str, locale| {
        apps.choices
            .iter()
            .find(|c| c.value == value)
            .unwrap()
            .label
            .get(locale)
            .to_owned()
    };
    assert_eq!(
        cells[2],
        format!(
            "{}; {}",
            label("files", Locale::Fr),
            label("office", Locale::Fr)
        )
    );
    let english = response_cells(&survey, &complete(), Locale::En);
    assert_eq!(
        english[2],
        format!(
            "{}; {}",
            label("files", Locale::En),
            label("office", Locale::En)
        )
    );
    assert_eq!(cells[1], "");
}

fn any_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        any::<i64>().prop_map(Answer::Number),
        ".{0,30}".prop_map(Answer::Text),
        prop::collection::vec("[a-z_]{1,12}", 0..5).prop_map(Answer::Many),
    ]
}

fn any_answers() -> impl Strategy<Value = Answers> {
    let ids = prop_oneof![
        Just("getting_started".to_owned()),
        Just("hard_parts".to_owned()),
        Just("apps_used".to_owned()),
        Just("missing".to_owned()),
        Just("recommend".to_owned()),
        Just("comments".to_owned()),
        "[a-z]{1,8}",
    ];
    prop::collection::btree_map(ids, any_answer(), 0..8)
}

/// Responses the default survey accepts, in all their variety.
fn valid_answers() -> impl Strategy<Value = Answers> {
    let apps = prop::sample::subsequence(
        vec![
            "files",
            "office",
            "calendar_contacts",
            "talk",
            "photos",
            "collectives",
            "deck",
            "notes",
        ],
        1..=8,
    );
    (
        1i64..=5,
        apps,
        0i64..=10,
        prop::option::of("[a-zA-Zéà ,.!?]{1,40}"),
        prop::option::of("[a-z ]{1,20}"),
    )
        .prop_map(|(start, apps, recommend, comments, hard)| {
            let mut given = Answers::new();
            given.insert("getting_started".into(), Answer::Number(start));
            given.insert(
                "apps_used".into(),
                Answer::Many(apps.into_iter().map(String::from).collect()),
            );
            given.insert("recommend".into(), Answer::Number(recommend));
            if let Some(comments) = comments {
                given.insert("comments".into(), Answer::Text(comments));
            }
            if let Some(hard) = hard.filter(|_| start <= 2) {
                given.insert("hard_parts".into(), Answer::Text(hard));
            }
            given
        })
}

proptest! {
    #[test]
    fn generated_valid_responses_pass(given in valid_answers()) {
        prop_assert_eq!(validate_response(&default_survey(), &given), vec![]);
    }

    #[test]
    fn validation_never_panics_and_names_only_answer_fields(given in any_answers()) {
        let survey = default_survey();
        for problem in validate_response(&survey, &given) {
            prop_assert!(problem.field.starts_with("answers."));
        }
    }

    #[test]
    fn a_valid_response_stays_valid_once_cleaned(given in any_answers()) {
        let survey = default_survey();
        if validate_response(&survey, &given).is_empty() {
            let cleaned = clean_answers(&survey, &given);
            prop_assert_eq!(validate_response(&survey, &cleaned), vec![]);
        }
    }

    #[test]
    fn tallies_add_up(responses in prop::collection::vec(valid_answers(), 0..20)) {
        let survey = default_survey();
        let valid: Vec<Answers> = responses.iter().map(|r| clean_answers(&survey, r)).collect();
        let results = tally(&survey, &valid);
        prop_assert_eq!(results.responses as usize, valid.len());
        for (question, result) in survey.questions.iter().zip(&results.questions) {
            prop_assert!(result.answered <= results.responses);
            let total: u32 = result.values.iter().map(|v| v.count).sum();
            match question.kind {
                QuestionType::SingleChoice | QuestionType::Scale => prop_assert_eq!(total, result.answered),
                QuestionType::MultipleChoice => prop_assert!(total >= result.answered),
                _ => prop_assert_eq!(result.texts.len() as u32, result.answered),
            }
            if let (Some(mean), Some(scale)) = (result.mean, &question.scale) {
                prop_assert!(mean >= scale.min as f64 && mean <= scale.max as f64);
            }
        }
    }
}

/// A survey with a ranking and a matrix of scales.
fn ranked_and_rated() -> Survey {
    serde_json::from_value(json!({
        "title": { "fr": "Priorités", "en": "Priorities" },
        "intro": { "fr": "Deux questions.", "en": "Two questions." },
        "questions": [
            { "id": "order", "type": "ranking", "label": { "fr": "Classez", "en": "Rank" }, "required": true,
              "choices": [
                { "value": "files", "label": { "fr": "Fichiers", "en": "Files" } },
                { "value": "talk", "label": { "fr": "Discussion", "en": "Chat" } },
                { "value": "deck", "label": { "fr": "Deck", "en": "Deck" } }
              ] },
            { "id": "ease", "type": "matrix", "label": { "fr": "Facilité", "en": "Ease" }, "required": true,
              "scale": { "min": 1, "max": 5, "min_label": { "fr": "dur", "en": "hard" }, "max_label": { "fr": "facile", "en": "easy" } },
              "rows": [
                { "value": "files", "label": { "fr": "Fichiers", "en": "Files" } },
                { "value": "talk", "label": { "fr": "Discussion", "en": "Chat" } }
              ] }
        ]
    }))
    .unwrap()
}

#[test]
fn rankings_and_matrices_are_valid_definitions() {
    assert_eq!(validate_survey(&ranked_and_rated()), vec![]);
    let mut broken = ranked_and_rated();
    broken.questions[1].rows.truncate(1);
    broken.questions[0].scale = broken.questions[1].scale.clone();
    assert_eq!(
        codes(&validate_survey(&broken)),
        vec![
            ("questions.0.scale".into(), "not_applicable"),
            ("questions.1.rows".into(), "too_short"),
        ]
    );
    // Neither can lead a condition: their answers are not one value.
    let mut led = ranked_and_rated();
    led.questions[1].show_if = Some(Condition {
        question: "order".into(),
        any_of: vec!["files".into()],
    });
    assert_eq!(
        codes(&validate_survey(&led)),
        vec![("questions.1.show_if.question".into(), "invalid_condition")]
    );
}

#[test]
fn a_ranking_places_every_item_once_and_a_matrix_rates_its_rows() {
    let survey = ranked_and_rated();
    let good =
        answers(json!({ "order": ["talk", "files", "deck"], "ease": { "files": 4, "talk": 2 } }));
    assert_eq!(validate_response(&survey, &good), vec![]);
    let bad = answers(json!({ "order": ["talk", "talk", "deck"], "ease": { "files": 9 } }));
    assert_eq!(
        codes(&validate_response(&survey, &bad)),
        vec![
            ("answers.order".into(), "duplicate_value"),
            ("answers.ease".into(), "out_of_range"),
        ]
    );
    let partial = answers(json!({ "order": ["talk"], "ease": { "files": 3, "nope": 2 } }));
    assert_eq!(
        codes(&validate_response(&survey, &partial)),
        vec![
            ("answers.order".into(), "too_short"),
            ("answers.ease".into(), "invalid_choice"),
        ]
    );
    let incomplete = answers(json!({ "order": ["talk", "files", "deck"], "ease": { "files": 3 } }));
    assert_eq!(
        codes(&validate_response(&survey, &incomplete)),
        vec![("answers.ease".into(), "required")]
    );
}

#[test]
fn rankings_and_matrices_are_tallied_per_item() {
    let survey = ranked_and_rated();
    let responses = [
        answers(json!({ "order": ["talk", "files", "deck"], "ease": { "files": 4, "talk": 2 } })),
        answers(json!({ "order": ["files", "talk", "deck"], "ease": { "files": 5 } })),
    ];
    let results = tally(&survey, &responses);
    let order = &results.questions[0];
    let firsts: Vec<u32> = order.values.iter().map(|v| v.count).collect();
    assert_eq!(firsts, vec![1, 1, 0]);
    let means: Vec<Option<f64>> = order.items.iter().map(|i| i.mean).collect();
    assert_eq!(means, vec![Some(1.5), Some(1.5), Some(3.0)]);
    let ease = &results.questions[1];
    assert!(ease.values.is_empty());
    assert_eq!(ease.items[0].mean, Some(4.5));
    assert_eq!((ease.items[1].answered, ease.items[1].mean), (1, Some(2.0)));
    assert_eq!(ease.items[0].values.len(), 5);
    let cells = response_cells(&survey, &responses[0], Locale::Fr);
    assert_eq!(
        cells,
        vec!["Discussion > Fichiers > Deck", "Fichiers: 4; Discussion: 2"]
    );
}

#[test]
fn a_definition_read_from_json_names_the_path_of_what_does_not_fit() {
    let survey = serde_json::to_value(ranked_and_rated()).unwrap();
    let mut wrong_type = survey.clone();
    wrong_type["questions"][1]["type"] = json!("echelle");
    let problem = read_survey(&wrong_type.to_string()).unwrap_err();
    assert_eq!(
        (problem.field.as_str(), problem.code),
        ("questions.1.type", Code::InvalidValue)
    );
    assert_eq!(problem.params["value"], "echelle");
    let mut missing = survey.clone();
    missing["questions"][0]
        .as_object_mut()
        .unwrap()
        .remove("label");
    let problem = read_survey(&missing.to_string()).unwrap_err();
    assert_eq!(
        (problem.field.as_str(), problem.code),
        ("questions.0.label", Code::Required)
    );
    let mut unknown = survey.clone();
    unknown["questions"][0]["colour"] = json!("red");
    let problem = read_survey(&unknown.to_string()).unwrap_err();
    assert_eq!(
        (problem.field.as_str(), problem.code),
        ("questions.0.colour", Code::UnknownField)
    );
    let problem = read_survey("{\n  \"title\": ").unwrap_err();
    assert_eq!(
        (problem.field.as_str(), problem.params["line"].clone()),
        ("", Param::Number(2))
    );
    assert_eq!(
        read_survey(&survey.to_string()).unwrap(),
        ranked_and_rated()
    );
}

#[test]
fn a_draft_reaches_the_last_shown_question_answered_and_is_bounded() {
    let survey = default_survey();
    let given =
        answers(json!({ "getting_started": 4, "hard_parts": "hidden", "apps_used": ["files"] }));
    assert_eq!(reached(&survey, &given).as_deref(), Some("apps_used"));
    assert_eq!(reached(&survey, &Answers::new()), None);
    assert_eq!(check_draft(&survey, "q83+/w==", Some("apps_used")), vec![]);
    let long = "A".repeat(limits::DRAFT_MAX + 1);
    assert_eq!(
        codes(&check_draft(&survey, &long, Some("nope"))),
        vec![
            ("sealed".into(), "too_long"),
            ("reached".into(), "invalid_value")
        ]
    );
    assert_eq!(
        codes(&check_draft(&survey, "not base64!", None)),
        vec![("sealed".into(), "invalid_value")]
    );
}
