//! The steps of the wizard, their rules (from `portal_core`) and their fields.

use leptos::prelude::*;
use portal_core::{
    AppKind, ApplicationInput, Code, CooperativeKind, Field, Offer, Problem, Spaces, StructureKind,
};

use super::{Wizard, use_wizard};
use crate::components::form::{
    Checkbox, CheckboxGroup, Choice, OptionGroup, RadioGroup, Select, TextField, field_error,
};
use crate::i18n::{I18n, use_i18n};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Kind,
    Origin,
    Needs,
    Identity,
    Contact,
    Motivation,
    Consents,
    Check,
}

pub type ExtraChecks = StoredValue<Option<Box<dyn Fn() -> Vec<Problem> + Send + Sync>>>;

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Kind,
        Step::Origin,
        Step::Needs,
        Step::Identity,
        Step::Contact,
        Step::Motivation,
        Step::Consents,
        Step::Check,
    ];
    /// The steps that hold answers (all but the check).
    pub const ANSWERS: [Step; 7] = [
        Step::Kind,
        Step::Origin,
        Step::Needs,
        Step::Identity,
        Step::Contact,
        Step::Motivation,
        Step::Consents,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Step::Kind => "kind",
            Step::Origin => "origin",
            Step::Needs => "needs",
            Step::Identity => "identity",
            Step::Contact => "contact",
            Step::Motivation => "motivation",
            Step::Consents => "consents",
            Step::Check => "check",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        if slug == "review" {
            // The address of the last step in earlier releases.
            return Some(Step::Check);
        }
        Step::ALL.into_iter().find(|step| step.slug() == slug)
    }

    /// 1-based position, as shown to the applicant.
    pub fn number(self) -> usize {
        Step::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i + 1)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.number()
            .checked_sub(2)
            .and_then(|i| Step::ALL.get(i).copied())
    }

    pub fn title_id(self) -> &'static str {
        match self {
            Step::Kind => "apply-kind-title",
            Step::Origin => "apply-origin-title",
            Step::Needs => "apply-needs-title",
            Step::Identity => "apply-identity-title",
            Step::Contact => "apply-contact-title",
            Step::Motivation => "apply-motivation-title",
            Step::Consents => "apply-consents-title",
            Step::Check => "apply-check-title",
        }
    }

    /// Whether the answers of this step can make the request ineligible.
    pub fn decides_eligibility(self) -> bool {
        matches!(self, Step::Kind | Step::Origin | Step::Needs)
    }

    /// The problems of this step's answers, by the rules of `portal_core`.
    pub fn problems(
        self,
        draft: &ApplicationInput,
        offer: &Offer,
        spaces: &Spaces,
    ) -> Vec<Problem> {
        match self {
            Step::Kind => portal_core::validate_kind(&draft.structure, offer),
            Step::Origin => portal_core::validate_origin(&draft.structure),
            Step::Needs => portal_core::validate_needs(&draft.needs, offer),
            Step::Identity => portal_core::validate_identity(&draft.structure, spaces),
            Step::Contact => portal_core::validate_contact(&draft.contact),
            Step::Motivation => portal_core::validate_motivation(&draft.motivation),
            Step::Consents => portal_core::validate_consents(&draft.consents),
            Step::Check => portal_core::validate_application(draft, offer, spaces),
        }
    }

    /// The step where the answer to `field` is given.
    pub fn of_field(field: Field) -> Step {
        match field {
            Field::Kind | Field::CooperativeKind | Field::KindDescription => Step::Kind,
            Field::FrenchSpeaking | Field::Country | Field::PostalCode => Step::Origin,
            Field::Accounts | Field::StorageGb | Field::Apps => Step::Needs,
            Field::Name
            | Field::Address
            | Field::Identifier
            | Field::RegisterNumber
            | Field::Purpose
            | Field::Activities
            | Field::Website => Step::Identity,
            Field::ContactName | Field::ContactEmail | Field::ContactRole => Step::Contact,
            Field::Motivation => Step::Motivation,
            Field::Terms | Field::Surveys | Field::Notifications => Step::Consents,
        }
    }

    /// The step where the answer a problem is about is given (the check of
    /// the answers when it names none of them).
    pub fn of_problem(problem: &Problem) -> Step {
        Field::parse(&problem.field).map_or(Step::Check, Step::of_field)
    }
}

fn choices<T: Copy + 'static>(
    i18n: I18n,
    all: &[T],
    name: impl Fn(T) -> &'static str,
    prefix: &str,
    hints: bool,
) -> Vec<Choice> {
    all.iter()
        .map(|item| {
            let value = name(*item);
            let label_id = format!("{prefix}-{}", value.replace('_', "-"));
            let hint_id = format!("{label_id}-hint");
            Choice {
                value: value.to_owned(),
                label: i18n.t(&label_id),
                hint: (hints && i18n.has(&hint_id)).then(|| i18n.t(&hint_id)),
            }
        })
        .collect()
}

pub fn fields(step: Step, problems: RwSignal<Vec<Problem>>, extra: ExtraChecks) -> AnyView {
    match step {
        Step::Kind => view! { <KindFields problems=problems/> }.into_any(),
        Step::Origin => view! { <OriginFields problems=problems/> }.into_any(),
        Step::Needs => view! { <NeedsFields problems=problems extra=extra/> }.into_any(),
        Step::Identity => view! { <IdentityFields problems=problems/> }.into_any(),
        Step::Contact => view! { <ContactFields problems=problems/> }.into_any(),
        Step::Motivation => view! { <MotivationFields problems=problems/> }.into_any(),
        Step::Consents => view! { <ConsentFields problems=problems/> }.into_any(),
        Step::Check => ().into_any(),
    }
}

/// A likely typo in the contact address, pointed out with a way to fix it.
#[component]
fn EmailSuggestion() -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_wizard().draft;
    let suggestion = Memo::new(move |_| {
        draft.with(|d| portal_core::application::email_suggestion(&d.contact.email))
    });
    view! {
        <div role="status" aria-live="polite">
            {move || suggestion.get().map(|meant| {
                let fix = meant.clone();
                view! {
                    <p class="notice info suggestion">
                        {i18n.t_args("apply-email-suggestion", [("email", meant.into())])} " "
                        <button type="button" class="link-button" on:click=move |_| {
                            let fix = fix.clone();
                            draft.update(|d| d.contact.email = fix);
                        }>{i18n.t("apply-email-suggestion-use")}</button>
                    </p>
                }
            })}
        </div>
    }
}

/// How the wizard asks a free-text answer: its words (message ids) and
/// what the browser may help with.
#[derive(Clone, Copy)]
struct Look {
    label: &'static str,
    hint: Option<&'static str>,
    optional: bool,
    multiline: bool,
    input_type: &'static str,
    autocomplete: Option<&'static str>,
    width: Option<&'static str>,
}

impl Look {
    fn label_and_hint(self) -> (&'static str, Option<&'static str>) {
        (self.label, self.hint)
    }

    fn new(label: &'static str, hint: &'static str) -> Look {
        Look {
            label,
            hint: Some(hint),
            optional: false,
            multiline: false,
            input_type: "text",
            autocomplete: None,
            width: None,
        }
    }

    /// The look of the free-text answer `field` of `draft` (an identifier's
    /// words depend on the country).
    fn of(field: Field, draft: &ApplicationInput) -> Look {
        let optional = |look: Look| Look {
            optional: true,
            ..look
        };
        let multiline = |look: Look| Look {
            multiline: true,
            ..look
        };
        match field {
            Field::KindDescription => Look::new(
                "apply-kind-description-label",
                "apply-kind-description-hint",
            ),
            Field::PostalCode => Look {
                autocomplete: Some("postal-code"),
                width: Some("10"),
                ..optional(Look::new("apply-postal-label", "apply-postal-hint"))
            },
            Field::Name => Look {
                autocomplete: Some("organization"),
                ..Look::new("apply-name-label", "apply-name-hint")
            },
            Field::Identifier if draft.structure.country == "FR" => Look {
                width: Some("20"),
                ..optional(Look::new(
                    "apply-identifier-label-fr",
                    "apply-identifier-hint-fr",
                ))
            },
            Field::Identifier => Look {
                width: Some("20"),
                ..optional(Look::new("apply-identifier-label", "apply-identifier-hint"))
            },
            Field::RegisterNumber => Look {
                width: Some("20"),
                ..optional(Look::new("apply-register-label", "apply-register-hint"))
            },
            Field::Purpose => multiline(Look::new("apply-purpose-label", "apply-purpose-hint")),
            Field::Activities => {
                multiline(Look::new("apply-activities-label", "apply-activities-hint"))
            }
            Field::Website => Look {
                input_type: "url",
                autocomplete: Some("url"),
                ..optional(Look::new("apply-website-label", "apply-website-hint"))
            },
            Field::ContactName => Look {
                hint: None,
                autocomplete: Some("name"),
                ..Look::new("apply-contact-name-label", "")
            },
            Field::ContactEmail => Look {
                input_type: "email",
                autocomplete: Some("email"),
                ..Look::new("apply-contact-email-label", "apply-contact-email-hint")
            },
            Field::ContactRole => Look {
                autocomplete: Some("organization-title"),
                ..optional(Look::new(
                    "apply-contact-role-label",
                    "apply-contact-role-hint",
                ))
            },
            Field::Motivation => {
                multiline(Look::new("apply-motivation-label", "apply-motivation-hint"))
            }
            _ => Look::new("", ""),
        }
    }
}

/// A free-text answer of the draft, asked as [`Look::of`] says.
#[component]
fn AnswerText(field: Field, problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_wizard().draft;
    let look = Memo::new(move |_| draft.with(|d| Look::of(field, d)).label_and_hint());
    let fixed = draft.with_untracked(|d| Look::of(field, d));
    view! {
        <TextField
            field=field
            label=Signal::derive(move || i18n.t(look.get().0))
            hint=Signal::derive(move || look.get().1.map(|hint| i18n.t(hint)))
            value=Signal::derive(move || draft.with(|d| field.text(d).unwrap_or_default().to_owned()))
            on_input=Callback::new(move |value: String| draft.update(|d| field.set_text(d, value)))
            error=field_error(problems, field)
            optional=fixed.optional
            multiline=fixed.multiline
            input_type=fixed.input_type
            autocomplete=fixed.autocomplete
            width=fixed.width
        />
    }
}

#[component]
fn KindFields(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_wizard().draft;
    let kind_choices = Signal::derive(move || {
        choices(
            i18n,
            &StructureKind::ALL,
            StructureKind::as_str,
            "kind",
            true,
        )
    });
    let cooperative_choices = Signal::derive(move || {
        choices(
            i18n,
            &CooperativeKind::ALL,
            CooperativeKind::as_str,
            "cooperative",
            false,
        )
    });
    // Each follow-up question comes right under the choice it follows.
    let cooperative = ViewFn::from(move || {
        view! {
            <RadioGroup
                field=Field::CooperativeKind
                legend=Signal::derive(move || i18n.t("apply-cooperative-legend"))
                choices=cooperative_choices
                selected=Signal::derive(move || draft.with(|d| d.structure.cooperative_kind.map(|k| k.as_str().to_owned())))
                on_select=Callback::new(move |value: String| {
                    draft.update(|d| d.structure.cooperative_kind = CooperativeKind::ALL.into_iter().find(|k| k.as_str() == value))
                })
                error=field_error(problems, Field::CooperativeKind)
            />
        }
    });
    let described = ViewFn::from(move || {
        view! {
            <AnswerText field=Field::KindDescription problems=problems/>
        }
    });
    view! {
        <RadioGroup
            field=Field::Kind
            legend=Signal::derive(move || i18n.t("apply-kind-legend"))
            hint=Signal::derive(move || i18n.t("apply-kind-hint"))
            choices=kind_choices
            selected=Signal::derive(move || draft.with(|d| d.structure.kind.map(|k| k.as_str().to_owned())))
            on_select=Callback::new(move |value: String| {
                draft.update(|d| {
                    d.structure.kind = StructureKind::ALL.into_iter().find(|k| k.as_str() == value);
                    if d.structure.kind != Some(StructureKind::Cooperative) {
                        d.structure.cooperative_kind = None;
                    }
                    if d.structure.kind != Some(StructureKind::Other) {
                        d.structure.kind_description = None;
                    }
                })
            })
            error=field_error(problems, Field::Kind)
            follow_ups=vec![
                (StructureKind::Cooperative.as_str(), cooperative),
                (StructureKind::Other.as_str(), described),
            ]
        />
    }
}

/// Country names in the interface's language, from the browser's own data
/// (`Intl.DisplayNames`): no list to ship.
pub fn country_name(locale: &str, code: &str) -> String {
    use wasm_bindgen::JsValue;
    let name = (|| -> Option<String> {
        let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let constructor: js_sys::Function = js_sys::Reflect::get(&intl, &"DisplayNames".into())
            .ok()?
            .into();
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"type".into(), &"region".into()).ok()?;
        let args = js_sys::Array::of2(&JsValue::from_str(locale), &options);
        let names = js_sys::Reflect::construct(&constructor, &args).ok()?;
        let of: js_sys::Function = js_sys::Reflect::get(&names, &"of".into()).ok()?.into();
        of.call1(&names, &JsValue::from_str(code)).ok()?.as_string()
    })();
    name.unwrap_or_else(|| code.to_owned())
}

/// French-speaking countries where most requests come from, listed first.
const FREQUENT_COUNTRIES: [&str; 6] = ["FR", "BE", "CH", "CA", "LU", "MC"];

#[component]
fn OriginFields(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_wizard().draft;
    let yes_no = Signal::derive(move || {
        vec![
            Choice {
                value: "yes".to_owned(),
                label: i18n.t("apply-yes"),
                hint: None,
            },
            Choice {
                value: "no".to_owned(),
                label: i18n.t("apply-no"),
                hint: None,
            },
        ]
    });
    // What the reader types to find a country.
    let finder = RwSignal::new(String::new());
    let countries = Signal::derive(move || finder.with(|wanted| country_groups(i18n, wanted)));
    let found_count = move || {
        (!finder.with(|f| f.trim().is_empty())).then(|| {
            let n =
                countries.with(|groups| groups.iter().map(|(_, list)| list.len()).sum::<usize>());
            i18n.t_args("apply-country-found-count", [("count", n.into())])
        })
    };
    view! {
        <RadioGroup
            field=Field::FrenchSpeaking
            legend=Signal::derive(move || i18n.t("apply-french-legend"))
            hint=Signal::derive(move || i18n.t("apply-french-hint"))
            choices=yes_no
            selected=Signal::derive(move || draft.with(|d| d.structure.french_speaking.map(|b| if b { "yes" } else { "no" }.to_owned())))
            on_select=Callback::new(move |value: String| draft.update(|d| d.structure.french_speaking = Some(value == "yes")))
            error=field_error(problems, Field::FrenchSpeaking)
        />
        <div class="field country-finder">
            <label for="country-finder">{move || i18n.t("apply-country-finder-label")}</label>
            <p class="hint" id="country-finder-hint">{move || i18n.t("apply-country-finder-hint")}</p>
            <input id="country-finder" type="search" class="control" autocomplete="off" aria-describedby="country-finder-hint"
                prop:value=move || finder.get() on:input=move |ev| finder.set(event_target_value(&ev))/>
            <p role="status" aria-live="polite" class="small">{found_count}</p>
        </div>
        <Select
            field=Field::Country
            label=Signal::derive(move || i18n.t("apply-country-label"))
            hint=Signal::derive(move || i18n.t("apply-country-hint"))
            groups=countries
            placeholder=Signal::derive(move || i18n.t("apply-country-placeholder"))
            value=Signal::derive(move || draft.with(|d| d.structure.country.clone()))
            on_change=Callback::new(move |value: String| draft.update(|d| d.structure.country = value))
            error=field_error(problems, Field::Country)
            autocomplete="country"
        />
        <AnswerText field=Field::PostalCode problems=problems/>
    }
}

/// The countries to choose from, in the reader's language: those found by
/// `wanted` (their name, or a region people name them by: Québec,
/// Wallonie…, from `country-aliases`), or else the frequent ones then all.
fn country_groups(i18n: I18n, wanted: &str) -> Vec<OptionGroup> {
    let locale = i18n.locale().as_str();
    let name = |code: &str| (code.to_owned(), country_name(locale, code));
    let mut all: Vec<_> = portal_core::COUNTRY_CODES.iter().map(|c| name(c)).collect();
    all.sort_by_key(|(_, n)| portal_core::text::folded(n));
    let wanted = portal_core::text::folded(wanted.trim());
    if wanted.is_empty() {
        let frequent: Vec<_> = FREQUENT_COUNTRIES.iter().map(|c| name(c)).collect();
        return vec![
            (Some(i18n.t("apply-country-frequent")), frequent),
            (Some(i18n.t("apply-country-all")), all),
        ];
    }
    let aliases = i18n.t("country-aliases");
    let named = |code: &str| {
        aliases
            .split(';')
            .filter_map(|group| group.split_once(':'))
            .any(|(c, names)| {
                c.trim() == code
                    && names
                        .split(',')
                        .any(|n| portal_core::text::folded(n.trim()).contains(&wanted))
            })
    };
    let found: Vec<_> = all
        .into_iter()
        .filter(|(code, n)| portal_core::text::folded(n).contains(&wanted) || named(code))
        .collect();
    vec![(Some(i18n.t("apply-country-found")), found)]
}

/// A whole number typed in a text box: what was typed is kept as is, the
/// draft gets the number when there is one.
fn number_text(value: Option<u32>) -> String {
    value.map(|n| n.to_string()).unwrap_or_default()
}

/// A number as people type it: with spaces between thousands, and a unit
/// after it if they wish (`10 Go`, `20GB`, `12 comptes`).
fn parse_number(text: &str) -> Option<u32> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{a0}')
        .collect::<String>()
        .to_lowercase();
    let digits = [
        "go", "gb", "gio", "gib", "comptes", "compte", "accounts", "account",
    ]
    .iter()
    .find_map(|unit| compact.strip_suffix(unit))
    .unwrap_or(&compact);
    digits.parse().ok()
}

#[component]
fn NeedsFields(problems: RwSignal<Vec<Problem>>, extra: ExtraChecks) -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let draft = wizard.draft;
    let accounts_text = RwSignal::new(draft.with_untracked(|d| number_text(d.needs.accounts)));
    let storage_text = RwSignal::new(draft.with_untracked(|d| number_text(d.needs.storage_gb)));
    // Something typed that is not a whole number is an error of its own,
    // rather than an empty answer.
    extra.set_value(Some(Box::new(move || {
        let mut found = Vec::new();
        for (field, text) in [
            (Field::Accounts, accounts_text),
            (Field::StorageGb, storage_text),
        ] {
            let text = text.get_untracked();
            if !text.trim().is_empty() && parse_number(&text).is_none() {
                found.push(Problem::new(field, Code::InvalidValue));
            }
        }
        found
    })));
    let app_choices =
        Signal::derive(move || choices(i18n, &AppKind::ALL, AppKind::as_str, "app", true));
    let max_accounts = move || wizard.offer.get().max_accounts;
    let max_storage = move || wizard.offer.get().storage_gb;
    view! {
        <TextField
            field=Field::Accounts
            label=Signal::derive(move || i18n.t("apply-accounts-label"))
            hint=Signal::derive(move || i18n.t_args("apply-accounts-hint", [("max", max_accounts().into())]))
            value=accounts_text
            on_input=Callback::new(move |value: String| {
                draft.update(|d| d.needs.accounts = parse_number(&value));
                accounts_text.set(value);
            })
            error=field_error(problems, Field::Accounts)
            inputmode="numeric"
            width="5"
        />
        <TextField
            field=Field::StorageGb
            label=Signal::derive(move || i18n.t("apply-storage-label"))
            hint=Signal::derive(move || i18n.t_args("apply-storage-hint", [("max", max_storage().into())]))
            value=storage_text
            on_input=Callback::new(move |value: String| {
                draft.update(|d| d.needs.storage_gb = parse_number(&value));
                storage_text.set(value);
            })
            error=field_error(problems, Field::StorageGb)
            inputmode="numeric"
            width="5"
        />
        <CheckboxGroup
            field=Field::Apps
            legend=Signal::derive(move || i18n.t("apply-apps-legend"))
            hint=Signal::derive(move || i18n.t("apply-apps-hint"))
            choices=app_choices
            checked=Signal::derive(move || draft.with(|d| d.needs.apps.iter().map(|a| a.as_str().to_owned()).collect()))
            on_toggle=Callback::new(move |(value, on): (String, bool)| {
                draft.update(|d| {
                    d.needs.apps.retain(|a| a.as_str() != value);
                    if on
                        && let Some(app) = AppKind::ALL.into_iter().find(|a| a.as_str() == value) {
                            d.needs.apps.push(app);
                        }
                    d.needs.apps.sort_by_key(|a| AppKind::ALL.iter().position(|x| x == a));
                })
            })
            error=field_error(problems, Field::Apps)
        />
    }
}

#[component]
fn IdentityFields(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let draft = wizard.draft;
    let in_france = move || draft.with(|d| d.structure.country == "FR");
    let eligible = move || matches!(wizard.verdict(), portal_core::Eligibility::Eligible);
    view! {
        <Show when=eligible>
            <div class="notice success" role="note">
                <p>{move || i18n.t("apply-eligible-notice")}</p>
            </div>
        </Show>
        <AnswerText field=Field::Name problems=problems/>
        <super::address::AddressField problems=problems/>
        <AnswerText field=Field::Identifier problems=problems/>
        // An association of Alsace-Moselle has a number of its local court
        // instead of an RNA number.
        <Show when=move || in_france() && draft.with(|d| d.structure.kind == Some(portal_core::StructureKind::Association))>
            <AnswerText field=Field::RegisterNumber problems=problems/>
        </Show>
        <AnswerText field=Field::Purpose problems=problems/>
        <AnswerText field=Field::Activities problems=problems/>
        <AnswerText field=Field::Website problems=problems/>
    }
}

#[component]
fn ContactFields(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let Wizard { trap, .. } = use_wizard();
    view! {
        <p>{move || i18n.t("apply-contact-intro")}</p>
        <AnswerText field=Field::ContactName problems=problems/>
        <AnswerText field=Field::ContactEmail problems=problems/>
        <EmailSuggestion/>
        <AnswerText field=Field::ContactRole problems=problems/>
        // Hidden from people and assistive technologies alike; bots that fill
        // every field fill this one, and the server refuses their request.
        <div class="trap" hidden>
            <label for="contact-fax">{move || i18n.t("apply-trap-label")}</label>
            <input type="text" id="contact-fax" name="fax" tabindex="-1" autocomplete="off"
                prop:value=move || trap.get() on:input=move |ev| trap.set(event_target_value(&ev))/>
        </div>
    }
}

#[component]
fn MotivationFields(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    view! { <AnswerText field=Field::Motivation problems=problems/> }
}

#[component]
fn ConsentFields(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_wizard().draft;
    view! {
        <h2>{move || i18n.t("apply-terms-title")}</h2>
        <ul class="bullets">
            <li>{move || i18n.t("apply-terms-item1")}</li>
            <li>{move || i18n.t("apply-terms-item2")}</li>
            <li>{move || i18n.t("apply-terms-item3")}</li>
            <li>{move || i18n.t("apply-terms-item4")}</li>
        </ul>
        <Checkbox
            field=Field::Terms
            label=Signal::derive(move || i18n.t("apply-terms-label"))
            checked=Signal::derive(move || draft.with(|d| d.consents.terms))
            on_change=Callback::new(move |on: bool| draft.update(|d| d.consents.terms = on))
            error=field_error(problems, Field::Terms)
        />
        <Checkbox
            field=Field::Surveys
            label=Signal::derive(move || i18n.t("apply-surveys-label"))
            hint=Signal::derive(move || i18n.t("apply-surveys-hint"))
            checked=Signal::derive(move || draft.with(|d| d.consents.surveys))
            on_change=Callback::new(move |on: bool| draft.update(|d| d.consents.surveys = on))
            error=field_error(problems, Field::Surveys)
        />
        <Show when=move || crate::offer::use_site().get().emails>
            <Checkbox
                field=Field::Notifications
                label=Signal::derive(move || i18n.t("apply-notifications-label"))
                hint=Signal::derive(move || i18n.t("apply-notifications-hint"))
                checked=Signal::derive(move || draft.with(|d| d.consents.notifications))
                on_change=Callback::new(move |on: bool| {
                    draft.update(|d| d.consents.notifications = on)
                })
                error=field_error(problems, Field::Notifications)
            />
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_chain_in_order() {
        assert_eq!(Step::Kind.number(), 1);
        assert_eq!(Step::Check.number(), 8);
        assert_eq!(Step::Kind.previous(), None);
        assert_eq!(Step::Kind.next(), Some(Step::Origin));
        assert_eq!(Step::Check.next(), None);
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
    }

    #[test]
    fn every_field_belongs_to_the_step_that_asks_it() {
        assert_eq!(Step::of_field(Field::Kind), Step::Kind);
        assert_eq!(Step::of_field(Field::Country), Step::Origin);
        assert_eq!(Step::of_field(Field::Apps), Step::Needs);
        assert_eq!(Step::of_field(Field::Identifier), Step::Identity);
        assert_eq!(Step::of_field(Field::ContactEmail), Step::Contact);
        assert_eq!(Step::of_field(Field::Motivation), Step::Motivation);
        assert_eq!(Step::of_field(Field::Terms), Step::Consents);
        assert_eq!(
            Step::of_problem(&Problem::new("name", Code::Required)),
            Step::Check
        );
    }

    #[test]
    fn each_step_reports_only_its_own_fields() {
        let draft = ApplicationInput::default();
        let offer = Offer::default();
        for step in Step::ANSWERS {
            for problem in step.problems(&draft, &offer, &Spaces::default()) {
                assert_eq!(Step::of_problem(&problem), step, "{problem:?}");
            }
        }
    }

    #[test]
    fn typed_numbers_tolerate_spaces() {
        assert_eq!(parse_number("1 000"), Some(1000));
        assert_eq!(parse_number(" 12 "), Some(12));
        assert_eq!(parse_number("douze"), None);
        assert_eq!(parse_number("10 Go"), Some(10));
        assert_eq!(parse_number("20GB"), Some(20));
        assert_eq!(parse_number("12 comptes"), Some(12));
        assert_eq!(parse_number("Go"), None);
        assert_eq!(parse_number("-3"), None);
    }
}
