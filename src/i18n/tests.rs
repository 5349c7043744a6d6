//! The texts: both locales alike, every message the code names defined,
//! and the compiled texts formatting as Fluent's runtime does.

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;

use super::*;

/// The Fluent sources of `locale`'s texts, as (name, text), in the order of
/// `ALL_TEXTS`.
fn sources(locale: Locale) -> Vec<(&'static str, String)> {
    ALL_TEXTS
        .of(locale)
        .iter()
        .map(|(name, _)| {
            let path = format!(
                "{}/locales/{}/{name}.ftl",
                env!("CARGO_MANIFEST_DIR"),
                locale.as_str()
            );
            (*name, std::fs::read_to_string(path).unwrap())
        })
        .collect()
}

/// Every message id of `locale`'s texts.
fn source_ids(locale: Locale) -> BTreeSet<String> {
    sources(locale).iter().flat_map(|(_, s)| ids(s)).collect()
}

fn ids(source: &str) -> BTreeSet<String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("syntax errors: {errors:?}"),
    };
    resource
        .body
        .iter()
        .flat_map(|entry| match entry {
            Entry::Message(m) => {
                let mut ids = vec![m.id.name.to_owned()];
                ids.extend(
                    m.attributes
                        .iter()
                        .map(|a| format!("{}.{}", m.id.name, a.id.name)),
                );
                ids
            }
            Entry::Term(t) => vec![format!("-{}", t.id.name)],
            _ => vec![],
        })
        .collect()
}

#[test]
fn both_locales_have_the_same_files_and_message_ids() {
    let fr: Vec<_> = ALL_TEXTS.fr.iter().map(|(n, _)| *n).collect();
    let en: Vec<_> = ALL_TEXTS.en.iter().map(|(n, _)| *n).collect();
    assert_eq!(fr, en);
    for ((name, fr), (_, en)) in sources(Locale::Fr).iter().zip(sources(Locale::En)) {
        let (fr, en) = (ids(fr), ids(&en));
        let only_fr: Vec<_> = fr.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&fr).collect();
        assert!(
            only_fr.is_empty() && only_en.is_empty(),
            "{name}.ftl: only in fr {only_fr:?}, only in en {only_en:?}"
        );
    }
}

#[test]
fn the_public_groups_hold_every_public_file_once_and_are_known_by_their_first() {
    let groups = [
        (TextGroup::Site, SITE_TEXTS),
        (TextGroup::Faq, FAQ_TEXTS),
        (TextGroup::Prose, PROSE_TEXTS),
        (TextGroup::Errors, ERROR_TEXTS),
        (TextGroup::Apply, APPLY_TEXTS),
        (TextGroup::Status, STATUS_TEXTS),
        (TextGroup::Survey, SURVEY_TEXTS),
    ];
    assert_eq!(groups.map(|(group, _)| group), TextGroup::ALL);
    for locale in [Locale::Fr, Locale::En] {
        let mut names: Vec<&str> = groups
            .iter()
            .flat_map(|(_, texts)| texts.of(locale).iter().map(|(n, _)| *n))
            .collect();
        for (group, texts) in groups {
            assert_eq!(texts.of(locale)[0].0, group_mark(group), "{group:?}");
        }
        names.push("review");
        names.sort();
        let mut all: Vec<&str> = ALL_TEXTS.of(locale).iter().map(|(n, _)| *n).collect();
        all.sort();
        assert_eq!(names, all);
    }
}

#[test]
fn every_locale_file_on_disk_is_loaded() {
    for lang in ["fr", "en"] {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/");
        let mut on_disk: Vec<String> = std::fs::read_dir(format!("{dir}{lang}"))
            .unwrap()
            .map(|e| {
                e.unwrap()
                    .file_name()
                    .to_string_lossy()
                    .trim_end_matches(".ftl")
                    .to_owned()
            })
            // The e-mails' texts are the server's (crates/server/src/texts.rs).
            .filter(|name| name != "mail")
            .collect();
        on_disk.sort();
        let mut loaded: Vec<String> = ALL_TEXTS.fr.iter().map(|(n, _)| (*n).to_owned()).collect();
        loaded.sort();
        assert_eq!(on_disk, loaded, "locales/{lang}");
    }
}

#[test]
fn every_message_used_in_the_code_exists() {
    let fr = source_ids(Locale::Fr);
    let mut missing = Vec::new();
    for (path, code) in app_sources() {
        for call in [".t(\"", ".t_args(\""] {
            for (pos, _) in code.match_indices(call) {
                let rest = &code[pos + call.len()..];
                let id = &rest[..rest.find('"').unwrap()];
                if !fr.contains(id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "messages used but not defined: {missing:#?}"
    );
}

/// Every Rust file of the app (`src/`), as (path, code).
fn app_sources() -> Vec<(std::path::PathBuf, String)> {
    let src = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    rust_files(src)
        .into_iter()
        .map(|path| {
            let code = std::fs::read_to_string(&path).unwrap();
            (path, code)
        })
        .collect()
}

fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_faq_is_ordered_the_same_in_both_languages() {
    // An English reader's FAQ is ordered by the English file alone.
    let order = |files: Files| {
        files
            .iter()
            .find(|(name, _)| *name == "faq")
            .and_then(|(_, text)| text.lines().find(|l| l.starts_with("## FAQ-ORDER:")))
            .map(str::to_owned)
    };
    assert!(order(ALL_TEXTS.fr).is_some());
    assert_eq!(order(ALL_TEXTS.fr), order(ALL_TEXTS.en));
}

#[test]
fn every_value_of_the_rules_has_a_message() {
    use portal_core::{
        AppKind, ApplicationStatus, Code, CooperativeKind, DecisionField, DecisionKind, ErrorCode,
        RefusalReason, StructureKind, SurveyState, Verdict,
    };
    let fr = source_ids(Locale::Fr);
    let mut wanted: Vec<&str> = Code::ALL.iter().map(|c| messages::code(*c)).collect();
    wanted.extend(ErrorCode::ALL.iter().map(|c| messages::review_error(*c)));
    wanted.extend(StructureKind::ALL.map(messages::kind));
    wanted.extend(CooperativeKind::ALL.map(messages::cooperative));
    wanted.extend(AppKind::ALL.map(messages::app));
    wanted.extend(ApplicationStatus::ALL.map(messages::status));
    wanted.extend(ApplicationStatus::ALL.map(messages::status_next));
    wanted.extend(RefusalReason::ALL.map(messages::refusal));
    wanted.extend(SurveyState::ALL.map(messages::survey_state));
    for anonymous in [false, true] {
        wanted.extend(SurveyState::ALL.map(|s| messages::survey_state_explained(s, anonymous)));
    }
    wanted.extend(Verdict::ALL.map(messages::verdict));
    wanted.extend(DecisionKind::ALL.map(messages::decision_kind));
    wanted.extend(
        [DecisionField::Phase, DecisionField::Reason].map(messages::decision_field_required),
    );
    let missing: Vec<_> = wanted.iter().filter(|id| !fr.contains(**id)).collect();
    assert!(missing.is_empty(), "no message for {missing:?}");
}

#[test]
fn every_problem_message_is_named_in_the_ids_of_the_rules() {
    // The ids module of core names every message of a field problem:
    // none is defined that no problem can reach, none named is missing.
    let fr = source_ids(Locale::Fr);
    let source = include_str!("../../crates/core/src/messages.rs");
    let named: BTreeSet<&str> = source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|literal| !literal.contains('.') && literal.contains('-'))
        .collect();
    let unnamed: Vec<_> = fr
        .iter()
        .filter(|id| id.starts_with("error-") && !named.contains(id.as_str()))
        .collect();
    assert!(unnamed.is_empty(), "no rule reaches {unnamed:?}");
    let missing: Vec<_> = named.iter().filter(|id| !fr.contains(**id)).collect();
    assert!(missing.is_empty(), "named but not defined: {missing:?}");
}

#[test]
fn every_message_id_written_in_the_code_exists() {
    // Ids passed around as plain strings (titles of steps, labels of rows).
    let fr = source_ids(Locale::Fr);
    let mut missing = Vec::new();
    for (path, code) in app_sources() {
        for literal in code.split('"').skip(1).step_by(2) {
            let is_id = [
                "apply-",
                "status-",
                "common-",
                "home-",
                "nav-",
                "faq-",
                "elig-",
                "about-",
                "survey-",
                "review-survey-",
            ]
            .iter()
            .any(|prefix| literal.starts_with(prefix))
                && literal
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !literal.ends_with('-');
            if is_id && !fr.contains(literal) {
                missing.push(format!("{}: {literal}", path.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "messages named but not defined: {missing:#?}"
    );
}

#[test]
fn the_loading_page_says_what_the_home_page_says() {
    // index.html shows the home page's title and lead while the app loads.
    let index = include_str!("../../index.html");
    for id in ["home-title", "home-lead"] {
        let text = message(Locale::Fr, id, &[]);
        assert!(index.contains(&text), "index.html lacks {id}: {text}");
    }
}

#[test]
fn french_numbers_use_a_narrow_no_break_space() {
    assert_eq!(group_thousands(10_000, "\u{202f}"), "10\u{202f}000");
    assert_eq!(group_thousands(999, ","), "999");
    assert_eq!(group_thousands(1_234_567, ","), "1,234,567");
    assert_eq!(group_thousands(-2500, ","), "-2,500");
}

#[test]
fn french_messages_put_no_plain_space_before_double_punctuation() {
    for (name, text) in sources(Locale::Fr) {
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            for mark in [" :", " ;", " !", " ?", "« ", " »"] {
                assert!(
                    !line.contains(mark),
                    "fr/{name}.ftl line {}: plain space in {mark:?}: {line}",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn messages_format_in_both_locales_with_numbers_grouped() {
    assert!(!message(Locale::Fr, "app-name", &[]).is_empty());
    let args = [("count", Arg::Number(10_000))];
    let fr = message(Locale::Fr, "common-spaces", &args);
    assert!(fr.contains("10\u{202f}000"), "{fr}");
    let en = message(Locale::En, "common-spaces", &args);
    assert!(en.contains("10,000"), "{en}");
}

/// The names of the variables of a Fluent pattern.
fn variables(pattern: &fluent_syntax::ast::Pattern<&str>, names: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(expression: &InlineExpression<&str>, names: &mut BTreeSet<String>) {
        match expression {
            InlineExpression::VariableReference { id } => {
                names.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => placeable(expression, names),
            _ => {}
        }
    }
    fn placeable(expression: &Expression<&str>, names: &mut BTreeSet<String>) {
        match expression {
            Expression::Inline(expression) => inline(expression, names),
            Expression::Select { selector, variants } => {
                inline(selector, names);
                for variant in variants {
                    variables(&variant.value, names);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            placeable(expression, names);
        }
    }
}

/// The number formatter the app gave Fluent's runtime: whole numbers
/// grouped by thousands.
fn fluent_number(value: &fluent_bundle::FluentValue, separator: &str) -> Option<String> {
    match value {
        fluent_bundle::FluentValue::Number(number) if number.value.fract() == 0.0 => {
            Some(group_thousands(number.value as i64, separator))
        }
        _ => None,
    }
}

/// A bundle of Fluent's runtime with `locale`'s sources, set up as the app's was.
fn fluent_bundle(locale: Locale) -> fluent_bundle::FluentBundle<fluent_bundle::FluentResource> {
    use fluent_bundle::{FluentBundle, FluentResource, FluentValue};
    use intl_memoizer::IntlLangMemoizer;
    let mut bundle = FluentBundle::new(vec![locale.as_str().parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match locale {
        Locale::Fr => |v: &FluentValue, _: &IntlLangMemoizer| fluent_number(v, "\u{202f}"),
        Locale::En => |v: &FluentValue, _: &IntlLangMemoizer| fluent_number(v, ","),
    }));
    for (_, source) in sources(locale) {
        bundle
            .add_resource(FluentResource::try_new(source).unwrap())
            .unwrap();
    }
    bundle
}

#[test]
fn compiled_texts_format_as_fluent_does() {
    // Every message of both locales, without arguments and with each of
    // these values given to all its variables: numbers on either side of
    // every plural form and exact key, words that are and are not keys.
    let numbers = [0, 1, 2, 5, 21, 1000, 10_000, 1_000_000, -1];
    let words = ["company", "one", "other", "0", "x"];
    for locale in [Locale::Fr, Locale::En] {
        let bundle = fluent_bundle(locale);
        let mut compared = 0;
        for id in source_ids(locale) {
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                continue;
            };
            let mut names = BTreeSet::new();
            variables(pattern, &mut names);
            let mut values: Vec<Option<Arg>> = vec![None];
            if !names.is_empty() {
                values.extend(numbers.map(|n| Some(Arg::Number(n))));
                values.extend(words.map(|w| Some(Arg::from(w))));
            }
            for value in values {
                let mut fluent_args = fluent_bundle::FluentArgs::new();
                let mut args = Vec::new();
                for name in names.iter().filter(|_| value.is_some()) {
                    match &value {
                        Some(Arg::Number(n)) => fluent_args.set(name.as_str(), *n),
                        Some(Arg::Text(w)) => fluent_args.set(name.as_str(), w.to_string()),
                        None => {}
                    }
                    args.push((name.as_str(), value.clone().unwrap_or(Arg::Number(0))));
                }
                let fluent_args = (!args.is_empty()).then_some(&fluent_args);
                let expected = bundle.format_pattern(pattern, fluent_args, &mut Vec::new());
                let compiled = message(locale, &id, &args);
                assert_eq!(
                    compiled,
                    expected,
                    "{} {id} with {value:?}",
                    locale.as_str()
                );
                compared += 1;
            }
        }
        assert!(compared > 1000, "{compared} formattings compared");
    }
}

#[test]
fn plural_categories_are_the_cldr_ones() {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    for (locale, ours) in [
        (Locale::Fr, plural_fr as fn(i64) -> &'static str),
        (Locale::En, plural_en),
    ] {
        let lang: unic_langid::LanguageIdentifier = locale.as_str().parse().unwrap();
        let cldr = PluralRules::create(lang, PluralRuleType::CARDINAL).unwrap();
        let numbers = (-20..=3000).chain([
            10_000,
            999_999,
            1_000_000,
            1_000_001,
            2_000_000,
            5_000_000_000,
        ]);
        for n in numbers {
            let category = match cldr.select(n).unwrap() {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            assert_eq!(ours(n), category, "{} {n}", locale.as_str());
        }
    }
}
