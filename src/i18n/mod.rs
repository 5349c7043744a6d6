//! Every text of the app comes from the Fluent files in `locales/`, French
//! being the reference, compiled by `build.rs` into the form `compiled`
//! formats. The chosen language is remembered in local storage and set on
//! `<html lang>`.

mod compiled;
#[cfg(test)]
mod tests;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use portal_core::{Field, Locale, messages};

pub use compiled::Arg;

/// Compiled Fluent files, as (name, text), in the order they are loaded.
pub type Files = &'static [(&'static str, &'static str)];

/// The compiled Fluent files of one locale (`build.rs`).
macro_rules! locale_files {
    ($lang:literal: $($name:literal),+) => {
        &[$( ($name, include_str!(concat!(env!("OUT_DIR"), "/", $lang, "/", $name, ".txt"))) ),+]
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
    /// The files each locale's texts are made of so far: the app's first
    /// ones, then those that came with chunks.
    static LOADED: RefCell<Loaded> = RefCell::new(initial_texts());
    /// How the app fetches the texts of its other pages, if it has any.
    static FETCH: Cell<Option<Fetch>> = const { Cell::new(None) };
    /// Each locale's messages so far, by id (built when first needed).
    static CATALOGS: RefCell<Vec<(Locale, Catalog)>> = const { RefCell::new(Vec::new()) };
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

/// Runs `f` on the files `locale`'s texts are made of so far.
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

/// A locale's messages: their patterns by id.
type Catalog = HashMap<&'static str, &'static str>;

/// Adds `files` to `locale`'s texts (those not there yet), and to its
/// catalog if it is built.
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
    CATALOGS.with(|catalogs| {
        if let Some((_, catalog)) = catalogs.borrow_mut().iter_mut().find(|(l, _)| *l == locale) {
            for (_, text) in added {
                catalog.extend(compiled::read(text).1);
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

fn catalog(locale: Locale) -> Catalog {
    with_loaded(locale, |list| {
        list.iter()
            .flat_map(|(_, text)| compiled::read(text).1)
            .collect()
    })
}

/// The comments the compilation kept of the FAQ file, whose
/// `## FAQ-ORDER:` line orders the questions: the French one's, or the
/// English one's when only it has come (both have the same line); empty
/// until the FAQ's texts have come.
pub fn faq_source() -> &'static str {
    loaded_file(Locale::Fr, "faq")
        .or_else(|| loaded_file(Locale::En, "faq"))
        .map_or("", |file| compiled::read(file).0)
}

/// Every message id of `locale` (for tests and checks).
#[cfg(test)]
pub fn message_ids(locale: Locale) -> std::collections::BTreeSet<String> {
    with_catalog(locale, |catalog| {
        catalog.keys().map(|id| (*id).to_owned()).collect()
    })
}

fn with_catalog<R>(locale: Locale, f: impl FnOnce(&Catalog) -> R) -> R {
    CATALOGS.with(|catalogs| {
        let mut catalogs = catalogs.borrow_mut();
        let index = match catalogs.iter().position(|(l, _)| *l == locale) {
            Some(index) => index,
            None => {
                catalogs.push((locale, catalog(locale)));
                catalogs.len() - 1
            }
        };
        f(&catalogs[index].1)
    })
}

/// Formats message `id` in `locale`: in French when `locale` lacks it (its
/// texts could not be fetched), the id itself when French lacks it too, so a
/// gap shows instead of breaking the page.
pub fn message(locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
    if locale != Locale::Fr && !has_message(locale, id) && has_message(Locale::Fr, id) {
        log_problem(&format!("missing message {id} in {}", locale.as_str()));
        return message(Locale::Fr, id, args);
    }
    let Some(pattern) = with_catalog(locale, |catalog| catalog.get(id).copied()) else {
        log_problem(&format!("missing message {id} in {}", locale.as_str()));
        return id.to_owned();
    };
    let mut missing = Vec::new();
    let text = compiled::format(pattern, args, &number_rules(locale), &mut missing);
    if !missing.is_empty() {
        log_problem(&format!(
            "message {id} in {}: no {missing:?}",
            locale.as_str()
        ));
    }
    text
}

fn has_message(locale: Locale, id: &str) -> bool {
    with_catalog(locale, |catalog| catalog.contains_key(id))
}

/// How `locale` writes numbers and chooses plural forms.
fn number_rules(locale: Locale) -> compiled::NumberRules {
    match locale {
        Locale::Fr => compiled::NumberRules {
            number: |n| group_thousands(n, "\u{202f}"),
            plural: plural_fr,
        },
        Locale::En => compiled::NumberRules {
            number: |n| group_thousands(n, ","),
            plural: plural_en,
        },
    }
}

/// The plural category of a whole number in French: `one` for 0 and 1,
/// `other` otherwise. Two locales, whole numbers only: these lines instead
/// of a plural rules library and its data in every page (a test checks them
/// against `intl_pluralrules`, which Fluent's runtime uses).
fn plural_fr(n: i64) -> &'static str {
    if n.unsigned_abs() <= 1 {
        "one"
    } else {
        "other"
    }
}

/// The plural category of a whole number in English.
fn plural_en(n: i64) -> &'static str {
    if n.unsigned_abs() == 1 {
        "one"
    } else {
        "other"
    }
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
        message(self.locale.get(), id, &[])
    }

    /// The message `id` with arguments, in the current language (reactive).
    pub fn t_args<'a>(
        &self,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, Arg<'a>)>,
    ) -> String {
        let args: Vec<_> = args.into_iter().collect();
        message(self.locale.get(), id, &args)
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
