//! Every text of the app comes from the Fluent files in `locales/`, French
//! being the reference. The chosen language is remembered in local storage and
//! set on `<html lang>`.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;
use portal_core::{Field, Locale, messages};

/// Fluent files, as (name, text), in the order they are loaded.
pub type Files = &'static [(&'static str, &'static str)];

/// The Fluent files of one locale, read at build time.
macro_rules! locale_files {
    ($lang:literal: $($name:literal),+) => {
        &[$( ($name, include_str!(concat!("../locales/", $lang, "/", $name, ".ftl"))) ),+]
    };
}

/// A set of Fluent files in both languages. Both locales have the same
/// files and, checked by a test, the same message ids.
#[derive(Clone, Copy)]
pub struct Texts {
    pub fr: Files,
    pub en: Files,
}

impl Texts {
    pub fn of(self, locale: Locale) -> Files {
        match locale {
            Locale::Fr => self.fr,
            Locale::En => self.en,
        }
    }
}

/// The shell and the home page: what the public site starts with, in
/// French (English comes in a chunk, for a reader who chose it).
pub const SITE_TEXTS: Texts = Texts {
    fr: locale_files!("fr": "main", "home"),
    en: locale_files!("en": "main", "home"),
};

/// The texts of the FAQ.
pub const FAQ_TEXTS: Texts = Texts {
    fr: locale_files!("fr": "faq"),
    en: locale_files!("en": "faq"),
};

/// The texts of the pages of prose: eligibility, about, the notices.
pub const PROSE_TEXTS: Texts = Texts {
    fr: locale_files!("fr": "site"),
    en: locale_files!("en": "site"),
};

/// The words of every form: its errors and their summary.
pub const ERROR_TEXTS: Texts = Texts {
    fr: locale_files!("fr": "errors"),
    en: locale_files!("en": "errors"),
};

/// The wizard's texts (the status page names its fields too).
pub const APPLY_TEXTS: Texts = Texts {
    fr: locale_files!("fr": "apply"),
    en: locale_files!("en": "apply"),
};

/// The status page's texts, and the e-mails' choice.
pub const STATUS_TEXTS: Texts = Texts {
    fr: locale_files!("fr": "status"),
    en: locale_files!("en": "status"),
};

/// The surveys' texts.
pub const SURVEY_TEXTS: Texts = Texts {
    fr: locale_files!("fr": "survey"),
    en: locale_files!("en": "survey"),
};

/// Every text: the reviewers' area starts with them all.
pub const ALL_TEXTS: Texts = Texts {
    fr: locale_files!("fr": "main", "home", "errors", "site", "faq", "apply", "status", "survey", "review"),
    en: locale_files!("en": "main", "home", "errors", "site", "faq", "apply", "status", "survey", "review"),
};

/// The groups of texts (`portal_core::chunks`): the public site loads them
/// as its pages need them, one language at a time (`lazy::load_texts`).
pub use portal_core::TextGroup;

/// The first of `group`'s files: a locale that has it has them all.
/// (Only names here: the texts themselves stay in their chunks.)
pub fn group_mark(group: TextGroup) -> &'static str {
    match group {
        TextGroup::Site => "main",
        TextGroup::Faq => "faq",
        TextGroup::Prose => "site",
        TextGroup::Errors => "errors",
        TextGroup::Apply => "apply",
        TextGroup::Status => "status",
        TextGroup::Survey => "survey",
    }
}

/// Whether `locale` has `group`'s texts.
pub fn group_loaded(group: TextGroup, locale: Locale) -> bool {
    has_texts(locale, group_mark(group))
}

const STORAGE_KEY: &str = "portal.locale";

thread_local! {
    /// The files each locale's bundle is made of so far: the app's first
    /// ones, then those that came with chunks.
    static LOADED: RefCell<Loaded> = RefCell::new(initial_texts());
    /// How the app fetches the texts of its other pages, if it has any.
    static FETCH: Cell<Option<Fetch>> = const { Cell::new(None) };
    static BUNDLES: RefCell<Vec<(Locale, FluentBundle<FluentResource>)>> = const { RefCell::new(Vec::new()) };
}

/// Fetches a group of texts in a locale; true once they are there.
pub type Fetch = fn(TextGroup, Locale) -> Pin<Box<dyn Future<Output = bool>>>;

/// The files loaded in French and in English.
type Loaded = (
    Vec<(&'static str, &'static str)>,
    Vec<(&'static str, &'static str)>,
);

/// The unit tests read every text; an app starts with none and is given
/// its own (`start_with`).
fn initial_texts() -> Loaded {
    #[cfg(test)]
    return (ALL_TEXTS.fr.to_vec(), ALL_TEXTS.en.to_vec());
    #[cfg(not(test))]
    (Vec::new(), Vec::new())
}

/// The texts an app starts with, and how it fetches the others (the
/// public site's) if it has any.
pub fn start_with(texts: Texts, fetch: Option<Fetch>) {
    add_texts(Locale::Fr, texts.fr);
    add_texts(Locale::En, texts.en);
    FETCH.set(fetch);
}

/// Fetches `group` in `locale` if the app fetches texts and it is not
/// there yet; true once it is there.
pub async fn fetch_texts(group: TextGroup, locale: Locale) -> bool {
    match FETCH.get() {
        Some(fetch) if !group_loaded(group, locale) => fetch(group, locale).await,
        _ => true,
    }
}

/// The language the reader chose last time, French otherwise.
pub fn stored_locale() -> Locale {
    crate::browser::local_get(STORAGE_KEY)
        .and_then(|tag| Locale::from_tag(&tag))
        .unwrap_or_default()
}

/// Runs `f` on the files `locale`'s bundle is made of so far.
fn with_loaded<R>(
    locale: Locale,
    f: impl FnOnce(&mut Vec<(&'static str, &'static str)>) -> R,
) -> R {
    LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        f(match locale {
            Locale::Fr => &mut loaded.0,
            Locale::En => &mut loaded.1,
        })
    })
}

/// Adds `files` to `locale`'s texts (those not there yet), and to its
/// bundle if it is built.
pub fn add_texts(locale: Locale, files: Files) {
    let added: Vec<(&'static str, &'static str)> = with_loaded(locale, |list| {
        let new: Vec<_> = files
            .iter()
            .filter(|(name, _)| !list.iter().any(|(n, _)| n == name))
            .copied()
            .collect();
        list.extend(new.iter().copied());
        new
    });
    BUNDLES.with(|bundles| {
        if let Some((_, bundle)) = bundles.borrow_mut().iter_mut().find(|(l, _)| *l == locale) {
            for (name, text) in added {
                add_resource(bundle, locale, name, text);
            }
        }
    });
}

/// The text of `locale`'s file `name`, if it has come.
fn loaded_file(locale: Locale, name: &str) -> Option<&'static str> {
    with_loaded(locale, |list| {
        list.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
    })
}

/// Whether `locale` has the file `name`.
pub fn has_texts(locale: Locale, name: &str) -> bool {
    loaded_file(locale, name).is_some()
}

fn add_resource(bundle: &mut FluentBundle<FluentResource>, locale: Locale, name: &str, text: &str) {
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            log_problem(&format!("{}/{name}.ftl: {errors:?}", locale.as_str()));
            resource
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        log_problem(&format!("{}/{name}.ftl: {errors:?}", locale.as_str()));
    }
}

fn bundle(locale: Locale) -> FluentBundle<FluentResource> {
    let lang = match locale {
        Locale::Fr => unic_langid::langid!("fr"),
        Locale::En => unic_langid::langid!("en"),
    };
    let mut bundle = FluentBundle::new(vec![lang]);
    // No Unicode isolation marks around arguments: they would show up in
    // copied text and confuse assistive technologies for no gain here.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match locale {
        Locale::Fr => format_fr,
        Locale::En => format_en,
    }));
    for (name, text) in with_loaded(locale, |list| list.clone()) {
        add_resource(&mut bundle, locale, name, text);
    }
    bundle
}

/// The FAQ file, whose `## FAQ-ORDER:` line orders the questions: the
/// French one, or the English one when only it has come (both have the same
/// line); empty until the FAQ's texts have come.
pub fn faq_source() -> &'static str {
    loaded_file(Locale::Fr, "faq")
        .or_else(|| loaded_file(Locale::En, "faq"))
        .unwrap_or("")
}

/// Every message id of `locale` (for tests and checks).
#[cfg(test)]
pub fn message_ids(locale: Locale) -> std::collections::BTreeSet<String> {
    ALL_TEXTS
        .of(locale)
        .iter()
        .flat_map(|(_, text)| tests::ids(text))
        .collect()
}

fn with_bundle<R>(locale: Locale, f: impl FnOnce(&FluentBundle<FluentResource>) -> R) -> R {
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        let index = match bundles.iter().position(|(l, _)| *l == locale) {
            Some(index) => index,
            None => {
                bundles.push((locale, bundle(locale)));
                bundles.len() - 1
            }
        };
        f(&bundles[index].1)
    })
}

/// Formats message `id` in `locale`: in French when `locale` lacks it (its
/// texts could not be fetched), the id itself when French lacks it too, so a
/// gap shows instead of breaking the page.
pub fn message(locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
    if locale != Locale::Fr && !has_message(locale, id) && has_message(Locale::Fr, id) {
        log_problem(&format!("missing message {id} in {}", locale.as_str()));
        return message(Locale::Fr, id, args);
    }
    with_bundle(locale, |bundle| {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            log_problem(&format!("missing message {id} in {}", locale.as_str()));
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            log_problem(&format!("message {id} in {}: {errors:?}", locale.as_str()));
        }
        text.into_owned()
    })
}

fn has_message(locale: Locale, id: &str) -> bool {
    with_bundle(locale, |bundle| bundle.has_message(id))
}

/// Integers with the thousands separator of the locale: a narrow no-break
/// space in French (`10 000`), a comma in English (`10,000`).
pub fn group_thousands(n: i64, separator: &str) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    if n < 0 { format!("-{out}") } else { out }
}

fn format_integer(value: &FluentValue, separator: &str) -> Option<String> {
    match value {
        FluentValue::Number(number) if number.value.fract() == 0.0 && number.value.abs() < 1e15 => {
            Some(group_thousands(number.value as i64, separator))
        }
        _ => None,
    }
}

fn format_fr(value: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    format_integer(value, "\u{202f}")
}

fn format_en(value: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    format_integer(value, ",")
}

fn log_problem(text: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&text.into());
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("{text}");
}

/// The language of the interface, shared by every component.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
}

impl I18n {
    /// The remembered choice, French otherwise.
    pub fn from_storage() -> Self {
        let locale = stored_locale();
        crate::browser::set_html_lang(locale.as_str());
        I18n {
            locale: RwSignal::new(locale),
        }
    }

    pub fn locale(&self) -> Locale {
        self.locale.get()
    }

    pub fn locale_untracked(&self) -> Locale {
        self.locale.get_untracked()
    }

    pub fn set_locale(&self, locale: Locale) {
        crate::browser::local_set(STORAGE_KEY, locale.as_str());
        crate::browser::set_html_lang(locale.as_str());
        self.locale.set(locale);
    }

    /// Switches to `locale` once the texts of the pages seen so far are
    /// there in it (fetched if need be): the page is never shown half in
    /// the other language. If they cannot be fetched, nothing changes.
    pub fn choose(&self, locale: Locale) {
        let from = self.locale_untracked();
        let missing: Vec<TextGroup> = TextGroup::ALL
            .into_iter()
            .filter(|group| group_loaded(*group, from) && !group_loaded(*group, locale))
            .collect();
        if missing.is_empty() {
            return self.set_locale(locale);
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            for group in missing {
                if !fetch_texts(group, locale).await {
                    return;
                }
            }
            this.set_locale(locale);
        });
    }

    /// Whether message `id` exists (a test keeps the locales in step: the
    /// current one answers, being the one whose texts are there).
    pub fn has(&self, id: &str) -> bool {
        has_message(self.locale.get(), id)
    }

    /// The message `id` in the current language (reactive).
    pub fn t(&self, id: &str) -> String {
        message(self.locale.get(), id, None)
    }

    /// The message `id` with arguments, in the current language (reactive).
    pub fn t_args<'a>(
        &self,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>,
    ) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(name, value);
        }
        message(self.locale.get(), id, Some(&fluent_args))
    }
}

/// The label of an answer a correction may change (one of
/// `Corrections::FIELDS`), as the wizard words it.
pub fn correction_label(field: Field) -> &'static str {
    match field {
        Field::Identifier => "apply-identifier-label-fr",
        Field::Website => "apply-website-label",
        Field::Purpose => "apply-purpose-label",
        _ => "apply-activities-label",
    }
}

/// The names of the answers a correction changed, as the wizard labels them.
pub fn corrected_fields(i18n: I18n, fields: &[String]) -> String {
    fields
        .iter()
        .map(|field| match Field::parse(field) {
            Some(field) => i18n.t(correction_label(field)),
            None => field.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A whole number as the current language writes it (`10 000`, `10,000`).
pub fn format_count(i18n: I18n, n: u32) -> String {
    let separator = match i18n.locale() {
        Locale::Fr => "\u{202f}",
        Locale::En => ",",
    };
    group_thousands(i64::from(n), separator)
}

/// `date` as the browser's Intl writes it in the reader's language, with
/// these `Intl.DateTimeFormat` options.
fn locale_string(i18n: I18n, date: &js_sys::Date, options: &[(&str, &str)]) -> String {
    let object = js_sys::Object::new();
    for (key, value) in options {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
    }
    date.to_locale_string(i18n.locale().as_str(), &object)
        .into()
}

/// A date (and, with `time`, the time) of the server, in the reader's language.
pub fn format_date(i18n: I18n, rfc3339: &str, time: bool) -> String {
    let date = js_sys::Date::new(&rfc3339.into());
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    if time {
        locale_string(
            i18n,
            &date,
            &[("dateStyle", "long"), ("timeStyle", "short")],
        )
    } else {
        locale_string(i18n, &date, &[("dateStyle", "medium")])
    }
}

/// A period of months (`2022-11`, `2022-12`) in the reader's language:
/// "nov. 2022 – déc. 2022", or one month when both ends are the same.
pub fn format_months(i18n: I18n, start: &str, end: &str) -> String {
    let month = |year_month: &str| {
        let date = js_sys::Date::new(&format!("{year_month}-01T00:00:00Z").into());
        if date.get_time().is_nan() {
            return year_month.to_owned();
        }
        let options = [("month", "short"), ("year", "numeric"), ("timeZone", "UTC")];
        // One month never breaks across lines; the range does, at the dash.
        locale_string(i18n, &date, &options).replace(' ', "\u{a0}")
    };
    if start == end {
        month(start)
    } else {
        format!("{}\u{a0}– {}", month(start), month(end))
    }
}

/// The name of a status, as applicants and reviewers read it.
pub fn status_label(i18n: I18n, status: portal_core::ApplicationStatus) -> String {
    i18n.t(messages::status(status))
}

/// The sentence of a refusal reason.
pub fn refusal_label(i18n: I18n, reason: portal_core::RefusalReason) -> String {
    i18n.t(messages::refusal(reason))
}

/// The name of a kind of structure.
pub fn kind_label(i18n: I18n, kind: portal_core::StructureKind) -> String {
    i18n.t(messages::kind(kind))
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_syntax::ast::Entry;

    use super::*;

    pub fn ids(source: &str) -> BTreeSet<String> {
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
        for ((name, fr), (_, en)) in ALL_TEXTS.fr.iter().zip(ALL_TEXTS.en) {
            let (fr, en) = (ids(fr), ids(en));
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
            let mut loaded: Vec<String> =
                ALL_TEXTS.fr.iter().map(|(n, _)| (*n).to_owned()).collect();
            loaded.sort();
            assert_eq!(on_disk, loaded, "locales/{lang}");
        }
    }

    #[test]
    fn every_message_used_in_the_code_exists() {
        let fr: BTreeSet<String> = ALL_TEXTS.fr.iter().flat_map(|(_, s)| ids(s)).collect();
        let mut missing = Vec::new();
        for path in rust_files(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))) {
            let code = std::fs::read_to_string(&path).unwrap();
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
            AppKind, ApplicationStatus, Code, CooperativeKind, DecisionField, DecisionKind,
            ErrorCode, RefusalReason, StructureKind, SurveyState, Verdict,
        };
        let fr: BTreeSet<String> = ALL_TEXTS.fr.iter().flat_map(|(_, s)| ids(s)).collect();
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
        let fr: BTreeSet<String> = ALL_TEXTS.fr.iter().flat_map(|(_, s)| ids(s)).collect();
        let source = include_str!("../crates/core/src/messages.rs");
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
        let fr: BTreeSet<String> = ALL_TEXTS.fr.iter().flat_map(|(_, s)| ids(s)).collect();
        let mut missing = Vec::new();
        for path in rust_files(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))) {
            let code = std::fs::read_to_string(&path).unwrap();
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
        let index = include_str!("../index.html");
        for id in ["home-title", "home-lead"] {
            let text = message(Locale::Fr, id, None);
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
        for (name, text) in ALL_TEXTS.fr {
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
        assert!(!message(Locale::Fr, "app-name", None).is_empty());
        let mut args = FluentArgs::new();
        args.set("count", 10_000);
        let fr = message(Locale::Fr, "common-spaces", Some(&args));
        assert!(fr.contains("10\u{202f}000"), "{fr}");
        let en = message(Locale::En, "common-spaces", Some(&args));
        assert!(en.contains("10,000"), "{en}");
    }
}
