//! The steps of the wizard, their rules (from `portal_core`) and their fields.

use leptos::prelude::*;
use portal_core::{
    AppKind, ApplicationInput, Code, CooperativeKind, Offer, Problem, StructureKind,
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
    pub fn problems(self, draft: &ApplicationInput, offer: &Offer) -> Vec<Problem> {
        match self {
            Step::Kind => portal_core::validate_kind(&draft.structure, offer),
            Step::Origin => portal_core::validate_origin(&draft.structure),
            Step::Needs => portal_core::validate_needs(&draft.needs, offer),
            Step::Identity => portal_core::validate_identity(&draft.structure),
            Step::Contact => portal_core::validate_contact(&draft.contact),
            Step::Motivation => portal_core::validate_motivation(&draft.motivation),
            Step::Consents => portal_core::validate_consents(&draft.consents),
            Step::Check => portal_core::validate_application(draft, offer),
        }
    }

    /// The step where the answer to `field` is given.
    pub fn of_field(field: &str) -> Step {
        match field {
            "structure.kind" | "structure.cooperative_kind" | "structure.kind_description" => {
                Step::Kind
            }
            "structure.french_speaking" | "structure.country" | "structure.postal_code" => {
                Step::Origin
            }
            f if f.starts_with("needs.") => Step::Needs,
            f if f.starts_with("contact.") => Step::Contact,
            "motivation" => Step::Motivation,
            f if f.starts_with("consents.") => Step::Consents,
            f if f.starts_with("structure.") => Step::Identity,
            _ => Step::Check,
        }
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
                field="structure.cooperative_kind"
                legend=Signal::derive(move || i18n.t("apply-cooperative-legend"))
                choices=cooperative_choices
                selected=Signal::derive(move || draft.with(|d| d.structure.cooperative_kind.map(|k| k.as_str().to_owned())))
                on_select=Callback::new(move |value: String| {
                    draft.update(|d| d.structure.cooperative_kind = CooperativeKind::ALL.into_iter().find(|k| k.as_str() == value))
                })
                error=field_error(problems, "structure.cooperative_kind")
            />
        }
    });
    let described = ViewFn::from(move || {
        view! {
            <TextField
                field="structure.kind_description"
                label=Signal::derive(move || i18n.t("apply-kind-description-label"))
                hint=Signal::derive(move || i18n.t("apply-kind-description-hint"))
                value=Signal::derive(move || draft.with(|d| d.structure.kind_description.clone().unwrap_or_default()))
                on_input=Callback::new(move |value: String| draft.update(|d| d.structure.kind_description = Some(value)))
                error=field_error(problems, "structure.kind_description")
            />
        }
    });
    view! {
        <RadioGroup
            field="structure.kind"
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
            error=field_error(problems, "structure.kind")
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
            field="structure.french_speaking"
            legend=Signal::derive(move || i18n.t("apply-french-legend"))
            hint=Signal::derive(move || i18n.t("apply-french-hint"))
            choices=yes_no
            selected=Signal::derive(move || draft.with(|d| d.structure.french_speaking.map(|b| if b { "yes" } else { "no" }.to_owned())))
            on_select=Callback::new(move |value: String| draft.update(|d| d.structure.french_speaking = Some(value == "yes")))
            error=field_error(problems, "structure.french_speaking")
        />
        <div class="field country-finder">
            <label for="country-finder">{move || i18n.t("apply-country-finder-label")}</label>
            <p class="hint" id="country-finder-hint">{move || i18n.t("apply-country-finder-hint")}</p>
            <input id="country-finder" type="search" class="control" autocomplete="off" aria-describedby="country-finder-hint"
                prop:value=move || finder.get() on:input=move |ev| finder.set(event_target_value(&ev))/>
            <p role="status" aria-live="polite" class="small">{found_count}</p>
        </div>
        <Select
            field="structure.country"
            label=Signal::derive(move || i18n.t("apply-country-label"))
            hint=Signal::derive(move || i18n.t("apply-country-hint"))
            groups=countries
            placeholder=Signal::derive(move || i18n.t("apply-country-placeholder"))
            value=Signal::derive(move || draft.with(|d| d.structure.country.clone()))
            on_change=Callback::new(move |value: String| draft.update(|d| d.structure.country = value))
            error=field_error(problems, "structure.country")
            autocomplete="country"
        />
        <TextField
            field="structure.postal_code"
            label=Signal::derive(move || i18n.t("apply-postal-label"))
            hint=Signal::derive(move || i18n.t("apply-postal-hint"))
            value=Signal::derive(move || draft.with(|d| d.structure.postal_code.clone().unwrap_or_default()))
            on_input=Callback::new(move |value: String| draft.update(|d| d.structure.postal_code = Some(value)))
            error=field_error(problems, "structure.postal_code")
            optional=true
            autocomplete="postal-code"
            width="10"
        />
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
            ("needs.accounts", accounts_text),
            ("needs.storage_gb", storage_text),
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
            field="needs.accounts"
            label=Signal::derive(move || i18n.t("apply-accounts-label"))
            hint=Signal::derive(move || i18n.t_args("apply-accounts-hint", [("max", max_accounts().into())]))
            value=accounts_text
            on_input=Callback::new(move |value: String| {
                draft.update(|d| d.needs.accounts = parse_number(&value));
                accounts_text.set(value);
            })
            error=field_error(problems, "needs.accounts")
            inputmode="numeric"
            width="5"
        />
        <TextField
            field="needs.storage_gb"
            label=Signal::derive(move || i18n.t("apply-storage-label"))
            hint=Signal::derive(move || i18n.t_args("apply-storage-hint", [("max", max_storage().into())]))
            value=storage_text
            on_input=Callback::new(move |value: String| {
                draft.update(|d| d.needs.storage_gb = parse_number(&value));
                storage_text.set(value);
            })
            error=field_error(problems, "needs.storage_gb")
            inputmode="numeric"
            width="5"
        />
        <CheckboxGroup
            field="needs.apps"
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
            error=field_error(problems, "needs.apps")
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
        <TextField
            field="structure.name"
            label=Signal::derive(move || i18n.t("apply-name-label"))
            hint=Signal::derive(move || i18n.t("apply-name-hint"))
            value=Signal::derive(move || draft.with(|d| d.structure.name.clone()))
            on_input=Callback::new(move |value: String| draft.update(|d| d.structure.name = value))
            error=field_error(problems, "structure.name")
            autocomplete="organization"
        />
        <TextField
            field="structure.identifier"
            label=Signal::derive(move || i18n.t(if in_france() { "apply-identifier-label-fr" } else { "apply-identifier-label" }))
            hint=Signal::derive(move || i18n.t(if in_france() { "apply-identifier-hint-fr" } else { "apply-identifier-hint" }))
            value=Signal::derive(move || draft.with(|d| d.structure.identifier.clone().unwrap_or_default()))
            on_input=Callback::new(move |value: String| draft.update(|d| d.structure.identifier = Some(value)))
            error=field_error(problems, "structure.identifier")
            optional=true
            width="20"
        />
        // An association of Alsace-Moselle has a number of its local court
        // instead of an RNA number.
        <Show when=move || in_france() && draft.with(|d| d.structure.kind == Some(portal_core::StructureKind::Association))>
            <TextField
                field="structure.register_number"
                label=Signal::derive(move || i18n.t("apply-register-label"))
                hint=Signal::derive(move || i18n.t("apply-register-hint"))
                value=Signal::derive(move || draft.with(|d| d.structure.register_number.clone().unwrap_or_default()))
                on_input=Callback::new(move |value: String| draft.update(|d| d.structure.register_number = Some(value)))
                error=field_error(problems, "structure.register_number")
                optional=true
                width="20"
            />
        </Show>
        <TextField
            field="structure.purpose"
            label=Signal::derive(move || i18n.t("apply-purpose-label"))
            hint=Signal::derive(move || i18n.t("apply-purpose-hint"))
            value=Signal::derive(move || draft.with(|d| d.structure.purpose.clone()))
            on_input=Callback::new(move |value: String| draft.update(|d| d.structure.purpose = value))
            error=field_error(problems, "structure.purpose")
            multiline=true
        />
        <TextField
            field="structure.activities"
            label=Signal::derive(move || i18n.t("apply-activities-label"))
            hint=Signal::derive(move || i18n.t("apply-activities-hint"))
            value=Signal::derive(move || draft.with(|d| d.structure.activities.clone()))
            on_input=Callback::new(move |value: String| draft.update(|d| d.structure.activities = value))
            error=field_error(problems, "structure.activities")
            multiline=true
        />
        <TextField
            field="structure.website"
            label=Signal::derive(move || i18n.t("apply-website-label"))
            hint=Signal::derive(move || i18n.t("apply-website-hint"))
            value=Signal::derive(move || draft.with(|d| d.structure.website.clone().unwrap_or_default()))
            on_input=Callback::new(move |value: String| draft.update(|d| d.structure.website = Some(value)))
            error=field_error(problems, "structure.website")
            optional=true
            input_type="url"
            autocomplete="url"
        />
    }
}

#[component]
fn ContactFields(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let Wizard { draft, trap, .. } = use_wizard();
    view! {
        <p>{move || i18n.t("apply-contact-intro")}</p>
        <TextField
            field="contact.name"
            label=Signal::derive(move || i18n.t("apply-contact-name-label"))
            value=Signal::derive(move || draft.with(|d| d.contact.name.clone()))
            on_input=Callback::new(move |value: String| draft.update(|d| d.contact.name = value))
            error=field_error(problems, "contact.name")
            autocomplete="name"
        />
        <TextField
            field="contact.email"
            label=Signal::derive(move || i18n.t("apply-contact-email-label"))
            hint=Signal::derive(move || i18n.t("apply-contact-email-hint"))
            value=Signal::derive(move || draft.with(|d| d.contact.email.clone()))
            on_input=Callback::new(move |value: String| draft.update(|d| d.contact.email = value))
            error=field_error(problems, "contact.email")
            input_type="email"
            autocomplete="email"
        />
        <EmailSuggestion/>
        <TextField
            field="contact.role"
            label=Signal::derive(move || i18n.t("apply-contact-role-label"))
            hint=Signal::derive(move || i18n.t("apply-contact-role-hint"))
            value=Signal::derive(move || draft.with(|d| d.contact.role.clone().unwrap_or_default()))
            on_input=Callback::new(move |value: String| draft.update(|d| d.contact.role = Some(value)))
            error=field_error(problems, "contact.role")
            optional=true
            autocomplete="organization-title"
        />
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
    let i18n = use_i18n();
    let draft = use_wizard().draft;
    view! {
        <TextField
            field="motivation"
            label=Signal::derive(move || i18n.t("apply-motivation-label"))
            hint=Signal::derive(move || i18n.t("apply-motivation-hint"))
            value=Signal::derive(move || draft.with(|d| d.motivation.clone()))
            on_input=Callback::new(move |value: String| draft.update(|d| d.motivation = value))
            error=field_error(problems, "motivation")
            multiline=true
        />
    }
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
            field="consents.terms"
            label=Signal::derive(move || i18n.t("apply-terms-label"))
            checked=Signal::derive(move || draft.with(|d| d.consents.terms))
            on_change=Callback::new(move |on: bool| draft.update(|d| d.consents.terms = on))
            error=field_error(problems, "consents.terms")
        />
        <Checkbox
            field="consents.surveys"
            label=Signal::derive(move || i18n.t("apply-surveys-label"))
            hint=Signal::derive(move || i18n.t("apply-surveys-hint"))
            checked=Signal::derive(move || draft.with(|d| d.consents.surveys))
            on_change=Callback::new(move |on: bool| draft.update(|d| d.consents.surveys = on))
            error=field_error(problems, "consents.surveys")
        />
        <Show when=move || crate::offer::use_site().get().emails>
            <Checkbox
                field="consents.notifications"
                label=Signal::derive(move || i18n.t("apply-notifications-label"))
                hint=Signal::derive(move || i18n.t("apply-notifications-hint"))
                checked=Signal::derive(move || draft.with(|d| d.consents.notifications))
                on_change=Callback::new(move |on: bool| {
                    draft.update(|d| d.consents.notifications = on)
                })
                error=field_error(problems, "consents.notifications")
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
        assert_eq!(Step::of_field("structure.kind"), Step::Kind);
        assert_eq!(Step::of_field("structure.country"), Step::Origin);
        assert_eq!(Step::of_field("needs.apps"), Step::Needs);
        assert_eq!(Step::of_field("structure.identifier"), Step::Identity);
        assert_eq!(Step::of_field("contact.email"), Step::Contact);
        assert_eq!(Step::of_field("motivation"), Step::Motivation);
        assert_eq!(Step::of_field("consents.terms"), Step::Consents);
    }

    #[test]
    fn each_step_reports_only_its_own_fields() {
        let draft = ApplicationInput::default();
        let offer = Offer::default();
        for step in Step::ANSWERS {
            for problem in step.problems(&draft, &offer) {
                assert_eq!(Step::of_field(&problem.field), step, "{problem:?}");
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
