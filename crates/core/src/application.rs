//! The pre-registration as it travels (the wizard's draft and the API's body
//! are the same type) and its field rules, one function per wizard step.

use serde::{Deserialize, Serialize};

use crate::countries::COUNTRY_CODES;
use crate::field::Field;
use crate::identifiers::{Identifier, parse_french};
use crate::space::Spaces;
use crate::{AppKind, Code, CooperativeKind, Locale, Offer, Problem, StructureKind, Verdict};

// The bounds of its schema (`schema(...)` takes literals only) are those of
// `limits`: a test of the server compares them.
/// A pre-registration: the answers of the wizard.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ApplicationInput {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub structure: StructureInput,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub needs: Needs,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub contact: Contact,
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(required = true, min_length = 20, max_length = 3000)
    )]
    pub motivation: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub consents: Consents,
    #[serde(default)]
    pub locale: Locale,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StructureInput {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub kind: Option<StructureKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooperative_kind: Option<CooperativeKind>,
    /// What the structure is, in a few words, when its kind is "other" (a
    /// third place, a social club…): people decide from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 120))]
    pub kind_description: Option<String>,
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(required = true, min_length = 2, max_length = 120)
    )]
    pub name: String,
    /// The label of the space's address, before the host's domain
    /// (`amis-du-velo`): 3 to 40 of a-z, 0-9 and hyphens. When absent, the
    /// first free one made of the name is taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 40, pattern = "^[a-z0-9-]{3,40}$")
    )]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// An association of Alsace-Moselle: its number in the register of
    /// associations of its local court (it has no RNA number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 40))]
    pub register_number: Option<String>,
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(required = true, min_length = 20, max_length = 1500)
    )]
    pub purpose: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(required = true, min_length = 10, max_length = 1500)
    )]
    pub activities: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub website: Option<String>,
    /// ISO 3166-1 alpha-2, upper case.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true, pattern = "^[A-Z]{2}$"))]
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub french_speaking: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Needs {
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(required = true, minimum = 1, maximum = 10000)
    )]
    pub accounts: Option<u32>,
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(required = true, minimum = 1, maximum = 100000)
    )]
    pub storage_gb: Option<u32>,
    #[serde(default)]
    pub apps: Vec<AppKind>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(required = true, min_length = 2, max_length = 100)
    )]
    pub name: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true, max_length = 254))]
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 100))]
    pub role: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Consents {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub terms: bool,
    #[serde(default)]
    pub surveys: bool,
    /// An e-mail to the contact when something happens to the request (off
    /// unless chosen; changed later on the status page).
    #[serde(default)]
    pub notifications: bool,
}

/// An optional text, trimmed; empty counts as absent.
pub fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// Limits of the free texts, in characters.
pub mod limits {
    pub const NAME: (usize, usize) = (2, 120);
    pub const KIND_DESCRIPTION: (usize, usize) = (3, 120);
    pub const PURPOSE: (usize, usize) = (20, 1500);
    pub const ACTIVITIES: (usize, usize) = (10, 1500);
    pub const WEBSITE_MAX: usize = 200;
    pub const FOREIGN_IDENTIFIER_MAX: usize = 40;
    pub const REGISTER_NUMBER_MAX: usize = 40;
    pub const FOREIGN_POSTAL_CODE_MAX: usize = 12;
    pub const CONTACT_NAME: (usize, usize) = (2, 100);
    pub const ROLE_MAX: usize = 100;
    pub const EMAIL_MAX: usize = 254;
    pub const MOTIVATION: (usize, usize) = (20, 3000);
    pub const ACCOUNTS: (u32, u32) = (1, 10_000);
    pub const STORAGE_GB: (u32, u32) = (1, 100_000);
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Lines {
    One,
    Many,
}

pub(crate) fn has_control(text: &str, lines: Lines) -> bool {
    text.chars().any(|c| {
        c.is_control() && !(lines == Lines::Many && matches!(c, '\n' | '\r' | '\t'))
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
    })
}

/// A required free text: present, no control characters, within `(min, max)`
/// characters once trimmed.
pub(crate) fn text(
    out: &mut Vec<Problem>,
    field: impl Into<String> + Copy,
    value: &str,
    (min, max): (usize, usize),
    lines: Lines,
) -> bool {
    let value = value.trim();
    let length = value.chars().count();
    let problem = if value.is_empty() {
        Problem::new(field, Code::Required)
    } else if has_control(value, lines) {
        Problem::new(field, Code::ControlCharacters)
    } else if length < min {
        Problem::new(field, Code::TooShort).with("min", min)
    } else if length > max {
        Problem::new(field, Code::TooLong).with("max", max)
    } else {
        return true;
    };
    out.push(problem);
    false
}

/// An optional one-line text: when present, no control characters and at most
/// `max` characters. Returns the trimmed value when it is acceptable.
fn optional_text<'a>(
    out: &mut Vec<Problem>,
    field: Field,
    value: &'a Option<String>,
    max: usize,
) -> Option<&'a str> {
    let value = present(value)?;
    if has_control(value, Lines::One) {
        out.push(Problem::new(field, Code::ControlCharacters));
        None
    } else if value.chars().count() > max {
        out.push(Problem::new(field, Code::TooLong).with("max", max));
        None
    } else {
        Some(value)
    }
}

/// Step "kind of structure".
pub fn validate_kind(structure: &StructureInput, _offer: &Offer) -> Vec<Problem> {
    let mut out = Vec::new();
    match (structure.kind, structure.cooperative_kind) {
        (None, _) => out.push(Problem::new(Field::Kind, Code::Required)),
        (Some(StructureKind::Cooperative), None) => out.push(Problem::new(
            Field::CooperativeKind,
            Code::CooperativeKindRequired,
        )),
        (Some(kind), Some(_)) if kind != StructureKind::Cooperative => out.push(Problem::new(
            Field::CooperativeKind,
            Code::CooperativeKindNotApplicable,
        )),
        _ => {}
    }
    let field = Field::KindDescription;
    if structure.kind == Some(StructureKind::Other) {
        let description = structure.kind_description.as_deref().unwrap_or_default();
        text(
            &mut out,
            field,
            description,
            limits::KIND_DESCRIPTION,
            Lines::One,
        );
    } else if present(&structure.kind_description).is_some() {
        out.push(Problem::new(field, Code::NotApplicable));
    }
    out
}

fn postal_code_valid(country: &str, code: &str) -> bool {
    let compact: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let all_digits = |n: usize| compact.len() == n && compact.bytes().all(|b| b.is_ascii_digit());
    match country {
        // Corsica too: its postal codes are digits (20000-20999).
        "FR" => all_digits(5),
        "BE" | "CH" | "LU" => all_digits(4),
        "MC" => all_digits(5) && compact.starts_with("980"),
        "CA" => {
            let b = compact.to_ascii_uppercase().into_bytes();
            b.len() == 6
                && b.iter().enumerate().all(|(i, c)| {
                    if i % 2 == 0 {
                        c.is_ascii_alphabetic()
                    } else {
                        c.is_ascii_digit()
                    }
                })
        }
        _ => {
            code.chars().count() <= limits::FOREIGN_POSTAL_CODE_MAX
                && code
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
        }
    }
}

/// Step "language and country".
pub fn validate_origin(structure: &StructureInput) -> Vec<Problem> {
    let mut out = Vec::new();
    if structure.french_speaking.is_none() {
        out.push(Problem::new(Field::FrenchSpeaking, Code::Required));
    }
    let country = structure.country.trim();
    let country_known = COUNTRY_CODES.contains(&country);
    if country.is_empty() {
        out.push(Problem::new(Field::Country, Code::Required));
    } else if !country_known {
        out.push(Problem::new(Field::Country, Code::InvalidCountry));
    }
    if let Some(code) = optional_text(
        &mut out,
        Field::PostalCode,
        &structure.postal_code,
        limits::FOREIGN_POSTAL_CODE_MAX,
    ) && country_known
        && !postal_code_valid(country, code)
    {
        out.push(Problem::new(Field::PostalCode, Code::InvalidPostalCode));
    }
    out
}

/// Step "needs": numbers in their range, and within what a space holds
/// (the offer's limit is told with the problem).
pub fn validate_needs(needs: &Needs, offer: &Offer) -> Vec<Problem> {
    let mut out = Vec::new();
    for (field, value, (min, max), (offered, beyond)) in [
        (
            Field::Accounts,
            needs.accounts,
            limits::ACCOUNTS,
            (offer.max_accounts, Code::TooManyAccounts),
        ),
        (
            Field::StorageGb,
            needs.storage_gb,
            limits::STORAGE_GB,
            (offer.storage_gb, Code::TooMuchStorage),
        ),
    ] {
        match value {
            None => out.push(Problem::new(field, Code::Required)),
            Some(n) if !(min..=max).contains(&n) => out.push(
                Problem::new(field, Code::OutOfRange)
                    .with("min", min)
                    .with("max", max),
            ),
            Some(n) if n > offered => out.push(Problem::new(field, beyond).with("max", offered)),
            Some(_) => {}
        }
    }
    let mut seen = Vec::new();
    for app in &needs.apps {
        if seen.contains(app) {
            out.push(Problem::new(Field::Apps, Code::DuplicateApp).with("app", app.as_str()));
            break;
        }
        seen.push(*app);
    }
    out
}

fn url_valid(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or_default();
    !url.chars().any(char::is_whitespace)
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

/// Step "identity".
pub fn validate_identity(structure: &StructureInput, spaces: &Spaces) -> Vec<Problem> {
    let mut out = Vec::new();
    text(
        &mut out,
        Field::Name,
        &structure.name,
        limits::NAME,
        Lines::One,
    );
    if let Some(address) = &structure.address
        && let Err(problem) = spaces.check(address.trim())
    {
        out.push(problem);
    }
    if let Some(identifier) = optional_text(
        &mut out,
        Field::Identifier,
        &structure.identifier,
        limits::FOREIGN_IDENTIFIER_MAX,
    ) {
        if structure.country.trim() == "FR" {
            match parse_french(identifier) {
                Ok(Identifier::Rna(_))
                    if structure
                        .kind
                        .is_some_and(|k| k != StructureKind::Association) =>
                {
                    out.push(Problem::new(
                        Field::Identifier,
                        Code::RnaOnlyForAssociations,
                    ))
                }
                Ok(_) => {}
                Err(code) => out.push(Problem::new(Field::Identifier, code)),
            }
        } else if !identifier
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '/'))
        {
            out.push(Problem::new(Field::Identifier, Code::InvalidIdentifier));
        }
    }
    text(
        &mut out,
        Field::Purpose,
        &structure.purpose,
        limits::PURPOSE,
        Lines::Many,
    );
    text(
        &mut out,
        Field::Activities,
        &structure.activities,
        limits::ACTIVITIES,
        Lines::Many,
    );
    if optional_text(
        &mut out,
        Field::RegisterNumber,
        &structure.register_number,
        limits::REGISTER_NUMBER_MAX,
    )
    .is_some()
        && (structure.country.trim() != "FR" || structure.kind != Some(StructureKind::Association))
    {
        out.push(Problem::new(Field::RegisterNumber, Code::NotApplicable));
    }
    if let Some(website) = optional_text(
        &mut out,
        Field::Website,
        &structure.website,
        limits::WEBSITE_MAX,
    ) && !url_valid(website)
    {
        out.push(Problem::new(Field::Website, Code::InvalidUrl));
    }
    out
}

impl ApplicationInput {
    /// The name and the purpose, folded (`text::folded`), that reviewers
    /// search.
    pub fn search_text(&self) -> String {
        crate::text::folded(&format!(
            "{}\n{}",
            self.structure.name.trim(),
            self.structure.purpose.trim()
        ))
    }

    /// The answers as they are kept: a French identifier in its one written
    /// form (`w 751 515 517` becomes `W751515517`), the country code in
    /// capitals. Only what validation accepted is rewritten.
    pub fn normalized(mut self) -> Self {
        let structure = &mut self.structure;
        structure.country = structure.country.trim().to_ascii_uppercase();
        structure.address = present(&structure.address).map(str::to_owned);
        if structure.country == "FR"
            && let Some(identifier) = present(&structure.identifier)
            && let Ok(parsed) = parse_french(identifier)
        {
            structure.identifier = Some(parsed.normalized().to_owned());
        }
        self
    }
}

/// Answers of the request its applicant corrects with the answer to a
/// reviewers' question (a missing RNA number, a clearer purpose): each one
/// given replaces the answer; one absent or blank leaves it as it was.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Corrections {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activities: Option<String>,
}

impl Corrections {
    /// `answers` with these corrections, checked by the rules of the step
    /// they belong to (the problems name the answers' fields, as in the
    /// wizard), and the fields that changed, in the order of the form.
    pub fn apply(
        &self,
        answers: &ApplicationInput,
    ) -> Result<(ApplicationInput, Vec<Field>), Vec<Problem>> {
        let mut corrected = answers.clone();
        let structure = &mut corrected.structure;
        let given = |value: &Option<String>| present(value).map(str::to_owned);
        if let Some(identifier) = given(&self.identifier) {
            structure.identifier = Some(identifier);
        }
        if let Some(website) = given(&self.website) {
            structure.website = Some(website);
        }
        if let Some(purpose) = given(&self.purpose) {
            structure.purpose = purpose;
        }
        if let Some(activities) = given(&self.activities) {
            structure.activities = activities;
        }
        let problems: Vec<Problem> = validate_identity(&corrected.structure, &Spaces::default())
            .into_iter()
            .filter(|p| Self::FIELDS.iter().any(|field| p.field == *field))
            .collect();
        if !problems.is_empty() {
            return Err(problems);
        }
        let corrected = corrected.normalized();
        let (before, after) = (&answers.structure, &corrected.structure);
        let changed = [
            before.identifier != after.identifier,
            before.website != after.website,
            before.purpose != after.purpose,
            before.activities != after.activities,
        ];
        let fields = Self::FIELDS
            .into_iter()
            .zip(changed)
            .filter_map(|(field, changed)| changed.then_some(field))
            .collect();
        Ok((corrected, fields))
    }

    /// The answers a correction may change.
    pub const FIELDS: [Field; 4] = [
        Field::Identifier,
        Field::Website,
        Field::Purpose,
        Field::Activities,
    ];

    /// The correction of one of [`Corrections::FIELDS`]; none for another
    /// answer.
    pub fn slot(&mut self, field: Field) -> Option<&mut Option<String>> {
        match field {
            Field::Identifier => Some(&mut self.identifier),
            Field::Website => Some(&mut self.website),
            Field::Purpose => Some(&mut self.purpose),
            Field::Activities => Some(&mut self.activities),
            _ => None,
        }
    }
}

/// The addresses people mean most often, for `email_suggestion`.
const COMMON_MAIL_DOMAINS: &[&str] = &[
    "gmail.com",
    "yahoo.fr",
    "yahoo.com",
    "hotmail.fr",
    "hotmail.com",
    "outlook.fr",
    "outlook.com",
    "live.fr",
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "sfr.fr",
    "laposte.net",
    "neuf.fr",
    "bbox.fr",
    "icloud.com",
    "gmx.fr",
    "protonmail.com",
    "proton.me",
    "riseup.net",
];

/// A likely typo in the domain of an address (`camille@gmial.com`): the
/// address the person probably meant. Advice only: the address stays valid.
pub fn email_suggestion(email: &str) -> Option<String> {
    let (local, domain) = email.trim().rsplit_once('@')?;
    let domain = domain.to_ascii_lowercase();
    if local.is_empty() || domain.len() > 40 || COMMON_MAIL_DOMAINS.contains(&domain.as_str()) {
        return None;
    }
    COMMON_MAIL_DOMAINS
        .iter()
        .map(|known| (strsim::damerau_levenshtein(&domain, known), *known))
        .filter(|(n, _)| *n > 0 && *n <= 2)
        .min_by_key(|(n, _)| *n)
        .map(|(_, known)| format!("{local}@{known}"))
}

/// A pragmatic check of an e-mail address: what people mistype, not RFC 5322.
pub fn email_valid(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let label_ok = |label: &str| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    email.len() <= limits::EMAIL_MAX
        && !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c))
        && domain.contains('.')
        && domain.split('.').all(label_ok)
}

/// Step "contact person".
pub fn validate_contact(contact: &Contact) -> Vec<Problem> {
    let mut out = Vec::new();
    text(
        &mut out,
        Field::ContactName,
        &contact.name,
        limits::CONTACT_NAME,
        Lines::One,
    );
    let email = contact.email.trim();
    if email.is_empty() {
        out.push(Problem::new(Field::ContactEmail, Code::Required));
    } else if has_control(email, Lines::One) {
        out.push(Problem::new(Field::ContactEmail, Code::ControlCharacters));
    } else if email.chars().count() > limits::EMAIL_MAX {
        out.push(Problem::new(Field::ContactEmail, Code::TooLong).with("max", limits::EMAIL_MAX));
    } else if !email_valid(email) {
        out.push(Problem::new(Field::ContactEmail, Code::InvalidEmail));
    }
    optional_text(
        &mut out,
        Field::ContactRole,
        &contact.role,
        limits::ROLE_MAX,
    );
    out
}

/// Step Field::Motivation.
pub fn validate_motivation(motivation: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    text(
        &mut out,
        Field::Motivation,
        motivation,
        limits::MOTIVATION,
        Lines::Many,
    );
    out
}

/// Step "commitments": the terms must be accepted; surveys are free.
pub fn validate_consents(consents: &Consents) -> Vec<Problem> {
    if consents.terms {
        Vec::new()
    } else {
        vec![Problem::new(Field::Terms, Code::MustAccept)]
    }
}

/// Every field rule, in the order of the form.
pub fn validate_application(
    input: &ApplicationInput,
    offer: &Offer,
    spaces: &Spaces,
) -> Vec<Problem> {
    let mut out = validate_kind(&input.structure, offer);
    out.extend(validate_origin(&input.structure));
    out.extend(validate_needs(&input.needs, offer));
    out.extend(validate_identity(&input.structure, spaces));
    out.extend(validate_contact(&input.contact));
    out.extend(validate_motivation(&input.motivation));
    out.extend(validate_consents(&input.consents));
    out
}

/// A request whose answers passed every rule, normalised: what is stored.
/// The values the rules require are read out once here, so that nothing
/// after validation has to assume them.
#[derive(Debug, Clone, PartialEq)]
pub struct Admitted {
    pub answers: ApplicationInput,
    /// `eligible` or `case_by_case`.
    pub verdict: Verdict,
    pub kind: StructureKind,
    pub accounts: u32,
    pub storage_gb: u32,
}

/// Why a request is not admitted.
#[derive(Debug, Clone, PartialEq)]
pub enum Rejection {
    /// The structure cannot apply: one reason each. Told first, rather
    /// than asking to correct answers that would not change the outcome.
    Ineligible(Vec<Problem>),
    /// The answers break rules: one problem each.
    Invalid(Vec<Problem>),
}

/// Judges a submitted request with the rules the wizard applies.
pub fn admit(
    input: ApplicationInput,
    offer: &Offer,
    spaces: &Spaces,
) -> Result<Admitted, Rejection> {
    let eligibility = crate::eligibility(&crate::EligibilityAnswers::from(&input), offer);
    if let crate::Eligibility::Ineligible(reasons) = eligibility {
        return Err(Rejection::Ineligible(reasons));
    }
    let problems = validate_application(&input, offer, spaces);
    if !problems.is_empty() {
        return Err(Rejection::Invalid(problems));
    }
    let required = |field: Field| Rejection::Invalid(vec![Problem::new(field, Code::Required)]);
    let answers = input.normalized();
    Ok(Admitted {
        verdict: eligibility.verdict(),
        kind: answers
            .structure
            .kind
            .ok_or_else(|| required(Field::Kind))?,
        accounts: answers
            .needs
            .accounts
            .ok_or_else(|| required(Field::Accounts))?,
        storage_gb: answers
            .needs
            .storage_gb
            .ok_or_else(|| required(Field::StorageGb))?,
        answers,
    })
}

#[cfg(test)]
#[path = "application_tests.rs"]
mod tests;
