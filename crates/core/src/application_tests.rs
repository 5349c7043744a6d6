use proptest::prelude::*;

use super::*;
use crate::Spaces;
use crate::problems::Param;

fn valid() -> ApplicationInput {
    ApplicationInput {
        structure: StructureInput {
            kind: Some(StructureKind::Association),
            cooperative_kind: None,
            kind_description: None,
            name: "Les Jardins partagés".into(),
            address: Some("jardins-partages".into()),
            identifier: Some("W751515517".into()),
            register_number: None,
            purpose: "Faire vivre des jardins partagés ouverts à tous.".into(),
            activities: "Ateliers et repas de quartier.".into(),
            website: Some("https://jardins.example.org/accueil".into()),
            country: "FR".into(),
            postal_code: Some("75011".into()),
            french_speaking: Some(true),
        },
        needs: Needs {
            accounts: Some(12),
            storage_gb: Some(10),
            apps: vec![AppKind::Files, AppKind::Office],
        },
        contact: Contact {
            name: "Camille Martin".into(),
            email: "camille@example.org".into(),
            role: None,
        },
        motivation: "Nous perdons des versions de nos documents.".into(),
        consents: Consents {
            terms: true,
            surveys: false,
            notifications: false,
        },
        locale: Locale::Fr,
    }
}

fn codes(problems: &[Problem]) -> Vec<(&str, Code)> {
    problems
        .iter()
        .map(|p| (p.field.as_str(), p.code))
        .collect()
}

#[test]
fn a_complete_application_has_no_problem() {
    assert_eq!(
        validate_application(&valid(), &Offer::default(), &Spaces::default()),
        vec![]
    );
}

#[test]
fn an_empty_draft_reports_every_required_answer_in_form_order() {
    let problems = validate_application(
        &ApplicationInput::default(),
        &Offer::default(),
        &Spaces::default(),
    );
    assert_eq!(
        codes(&problems),
        vec![
            ("structure.kind", Code::Required),
            ("structure.french_speaking", Code::Required),
            ("structure.country", Code::Required),
            ("needs.accounts", Code::Required),
            ("needs.storage_gb", Code::Required),
            ("structure.name", Code::Required),
            ("structure.purpose", Code::Required),
            ("structure.activities", Code::Required),
            ("contact.name", Code::Required),
            ("contact.email", Code::Required),
            ("motivation", Code::Required),
            ("consents.terms", Code::MustAccept),
        ]
    );
}

#[test]
fn cooperatives_need_their_kind_and_others_must_not_have_one() {
    let offer = Offer::default();
    let mut s = valid().structure;
    s.kind = Some(StructureKind::Cooperative);
    assert_eq!(
        codes(&validate_kind(&s, &offer)),
        vec![("structure.cooperative_kind", Code::CooperativeKindRequired)]
    );
    s.cooperative_kind = Some(CooperativeKind::Scop);
    assert_eq!(validate_kind(&s, &offer), vec![]);
    s.kind = Some(StructureKind::Union);
    assert_eq!(
        codes(&validate_kind(&s, &offer)),
        vec![(
            "structure.cooperative_kind",
            Code::CooperativeKindNotApplicable
        )]
    );
}

#[test]
fn countries_and_postal_codes() {
    type Case<'a> = (&'a str, Option<&'a str>, Vec<(&'a str, Code)>);
    let table: &[Case] = &[
        ("FR", Some("75011"), vec![]),
        ("FR", Some("20000"), vec![]),
        (
            "FR",
            Some("7501"),
            vec![("structure.postal_code", Code::InvalidPostalCode)],
        ),
        (
            "FR",
            Some("75O11"),
            vec![("structure.postal_code", Code::InvalidPostalCode)],
        ),
        ("BE", Some("1000"), vec![]),
        (
            "CH",
            Some("12345"),
            vec![("structure.postal_code", Code::InvalidPostalCode)],
        ),
        ("LU", Some("1234"), vec![]),
        ("MC", Some("98000"), vec![]),
        (
            "MC",
            Some("75000"),
            vec![("structure.postal_code", Code::InvalidPostalCode)],
        ),
        ("CA", Some("H2X 1Y4"), vec![]),
        ("CA", Some("h2x1y4"), vec![]),
        (
            "CA",
            Some("12345"),
            vec![("structure.postal_code", Code::InvalidPostalCode)],
        ),
        ("SN", Some("BP 1234"), vec![]),
        ("SN", None, vec![]),
        ("FR", Some("   "), vec![]),
        (
            "XX",
            None,
            vec![("structure.country", Code::InvalidCountry)],
        ),
        (
            "fr",
            None,
            vec![("structure.country", Code::InvalidCountry)],
        ),
        ("", None, vec![("structure.country", Code::Required)]),
    ];
    for (country, postal, expected) in table {
        let mut s = valid().structure;
        s.country = (*country).into();
        s.postal_code = postal.map(str::to_owned);
        assert_eq!(
            codes(&validate_origin(&s)),
            *expected,
            "{country} {postal:?}"
        );
    }
}

#[test]
fn needs_must_be_sensible_numbers_and_apps_unique() {
    let offer = Offer::default();
    let mut needs = valid().needs;
    needs.accounts = Some(0);
    needs.storage_gb = Some(1_000_000);
    let problems = validate_needs(&needs, &offer);
    assert_eq!(
        codes(&problems),
        vec![
            ("needs.accounts", Code::OutOfRange),
            ("needs.storage_gb", Code::OutOfRange)
        ]
    );
    assert_eq!(problems[0].params["min"], 1);
    // Beyond what a space holds: a problem of that field, with the limit
    // (not a verdict on the structure).
    needs.accounts = Some(80);
    needs.storage_gb = Some(500);
    let problems = validate_needs(&needs, &offer);
    assert_eq!(
        codes(&problems),
        vec![
            ("needs.accounts", Code::TooManyAccounts),
            ("needs.storage_gb", Code::TooMuchStorage)
        ]
    );
    assert_eq!(problems[0].params["max"], 50);
    assert_eq!(problems[1].params["max"], 40);
    needs.accounts = Some(50);
    needs.storage_gb = Some(40);
    assert_eq!(validate_needs(&needs, &offer), vec![]);
    needs.apps = vec![AppKind::Deck, AppKind::Deck];
    assert_eq!(
        codes(&validate_needs(&needs, &offer)),
        vec![("needs.apps", Code::DuplicateApp)]
    );
}

#[test]
fn identifiers_depend_on_the_country_and_the_kind() {
    let table: &[(&str, StructureKind, &str, Option<Code>)] = &[
        ("FR", StructureKind::Association, "W751515517", None),
        ("FR", StructureKind::Association, "732 829 320", None),
        (
            "FR",
            StructureKind::Union,
            "W751515517",
            Some(Code::RnaOnlyForAssociations),
        ),
        ("FR", StructureKind::Union, "73282932000074", None),
        (
            "FR",
            StructureKind::Union,
            "73282932000079",
            Some(Code::InvalidSiret),
        ),
        (
            "FR",
            StructureKind::Club,
            "732829321",
            Some(Code::InvalidSiren),
        ),
        ("FR", StructureKind::Club, "W12", Some(Code::InvalidRna)),
        (
            "FR",
            StructureKind::Club,
            "abc",
            Some(Code::InvalidIdentifier),
        ),
        ("BE", StructureKind::Association, "0123.456.789", None),
        ("CH", StructureKind::Association, "CHE-123.456.789", None),
        (
            "BE",
            StructureKind::Association,
            "0123<456>",
            Some(Code::InvalidIdentifier),
        ),
    ];
    for (country, kind, identifier, expected) in table {
        let mut s = valid().structure;
        s.country = (*country).into();
        s.kind = Some(*kind);
        s.identifier = Some((*identifier).into());
        let got: Vec<Code> = validate_identity(&s, &Spaces::default())
            .iter()
            .map(|p| p.code)
            .collect();
        assert_eq!(
            got,
            expected.iter().copied().collect::<Vec<_>>(),
            "{country} {kind:?} {identifier}"
        );
    }
}

#[test]
fn no_identifier_is_needed() {
    let mut s = valid().structure;
    s.identifier = None;
    assert_eq!(validate_identity(&s, &Spaces::default()), vec![]);
    s.identifier = Some("  ".into());
    assert_eq!(validate_identity(&s, &Spaces::default()), vec![]);
}

#[test]
fn texts_have_bounds_in_characters() {
    let mut s = valid().structure;
    s.name = "é".repeat(limits::NAME.1);
    assert_eq!(
        validate_identity(&s, &Spaces::default()),
        vec![],
        "120 accented characters are 240 bytes but fit"
    );
    s.name = "é".repeat(limits::NAME.1 + 1);
    let problems = validate_identity(&s, &Spaces::default());
    assert_eq!(codes(&problems), vec![("structure.name", Code::TooLong)]);
    assert_eq!(problems[0].params["max"], Param::from(limits::NAME.1));
    s.name = "  A  ".into();
    assert_eq!(
        codes(&validate_identity(&s, &Spaces::default())),
        vec![("structure.name", Code::TooShort)]
    );
    let problems = validate_motivation("trop court");
    assert_eq!(problems[0].params["min"], Param::from(limits::MOTIVATION.0));
}

#[test]
fn control_characters_are_refused_but_long_texts_keep_their_lines() {
    let mut s = valid().structure;
    s.name = "Jardins\u{0}partagés".into();
    assert_eq!(
        codes(&validate_identity(&s, &Spaces::default())),
        vec![("structure.name", Code::ControlCharacters)]
    );
    s.name = "Jardins\npartagés".into();
    assert_eq!(
        codes(&validate_identity(&s, &Spaces::default())),
        vec![("structure.name", Code::ControlCharacters)]
    );
    s.name = "Jardins\u{202e}partagés".into();
    assert_eq!(
        codes(&validate_identity(&s, &Spaces::default())),
        vec![("structure.name", Code::ControlCharacters)]
    );
    s.name = "Jardins partagés".into();
    s.purpose = "Première ligne de notre objet.\nSeconde ligne\tavec une tabulation.".into();
    assert_eq!(validate_identity(&s, &Spaces::default()), vec![]);
}

#[test]
fn websites() {
    for (url, ok) in [
        ("https://jardins.example.org", true),
        ("http://jardins.example.org/page?x=1#top", true),
        ("https://collectif.fr:8443/", true),
        ("https://exemple-été.fr", true),
        ("jardins.example.org", false),
        ("https://localhost", false),
        ("https://jardins example.org", false),
        ("ftp://jardins.example.org", false),
        ("https://.example.org", false),
        ("javascript:alert(1)", false),
    ] {
        assert_eq!(url_valid(url), ok, "{url}");
    }
}

#[test]
fn emails() {
    for (email, ok) in [
        ("camille@example.org", true),
        ("camille.martin+asso@sous.domaine.fr", true),
        ("élodie@exemple.fr", true),
        ("camille@", false),
        ("@example.org", false),
        ("camille@example", false),
        ("camille@@example.org", false),
        ("camille martin@example.org", false),
        ("camille@exa mple.org", false),
        ("camille@-example.org", false),
        ("camille..martin@example.org", false),
        (".camille@example.org", false),
        ("camille@example..org", false),
    ] {
        assert_eq!(email_valid(email), ok, "{email}");
    }
    let mut contact = valid().contact;
    contact.email = format!("{}@example.org", "a".repeat(250));
    assert_eq!(
        codes(&validate_contact(&contact)),
        vec![("contact.email", Code::TooLong)]
    );
}

#[test]
fn terms_must_be_accepted_surveys_are_free() {
    assert_eq!(
        codes(&validate_consents(&Consents {
            terms: false,
            surveys: true,
            notifications: true,
        })),
        vec![("consents.terms", Code::MustAccept)]
    );
    assert_eq!(
        validate_consents(&Consents {
            terms: true,
            surveys: false,
            notifications: false,
        }),
        vec![]
    );
}

#[test]
fn the_wire_format_round_trips_and_refuses_unknown_fields() {
    let input = valid();
    let json = serde_json::to_string(&input).unwrap();
    assert_eq!(
        serde_json::from_str::<ApplicationInput>(&json).unwrap(),
        input
    );
    let mut value = serde_json::to_value(&input).unwrap();
    value["structure"]["colour"] = serde_json::json!("green");
    assert!(serde_json::from_value::<ApplicationInput>(value).is_err());
    let mut value = serde_json::to_value(&input).unwrap();
    value["extra"] = serde_json::json!(1);
    assert!(serde_json::from_value::<ApplicationInput>(value).is_err());
    // A partial draft is read, its gaps are validation problems.
    let draft: ApplicationInput = serde_json::from_str(r#"{"structure":{"kind":"club"}}"#).unwrap();
    assert_eq!(draft.structure.kind, Some(StructureKind::Club));
}

proptest! {
    #[test]
    fn validation_never_panics(
        name in "\\PC{0,200}", purpose in ".{0,300}", email in "\\PC{0,80}", identifier in "\\PC{0,30}",
        country in "[A-Z]{0,3}", postal in "\\PC{0,14}", website in "\\PC{0,60}", accounts in any::<Option<u32>>(),
    ) {
        let mut input = valid();
        input.structure.name = name;
        input.structure.purpose = purpose;
        input.structure.identifier = Some(identifier);
        input.structure.country = country;
        input.structure.postal_code = Some(postal);
        input.structure.website = Some(website);
        input.contact.email = email;
        input.needs.accounts = accounts;
        let _ = validate_application(&input, &Offer::default(), &Spaces::default());
    }

    #[test]
    fn name_length_errors_match_the_character_count(name in "[a-zé ]{0,200}") {
        let mut s = valid().structure;
        s.name = name.clone();
        let problems = validate_identity(&s, &Spaces::default());
        let length = name.trim().chars().count();
        let code = problems.iter().find(|p| p.field == "structure.name").map(|p| p.code);
        let expected = if length == 0 { Some(Code::Required) }
            else if length < limits::NAME.0 { Some(Code::TooShort) }
            else if length > limits::NAME.1 { Some(Code::TooLong) }
            else { None };
        prop_assert_eq!(code, expected);
    }

    #[test]
    fn any_valid_input_round_trips_through_json(accounts in 1u32..10_000, storage in 1u32..100_000, surveys in any::<bool>()) {
        let mut input = valid();
        input.needs.accounts = Some(accounts);
        input.needs.storage_gb = Some(storage);
        input.consents.surveys = surveys;
        let back: ApplicationInput = serde_json::from_str(&serde_json::to_string(&input).unwrap()).unwrap();
        prop_assert_eq!(back, input);
    }
}

/// Any JSON value, with the application's own field names and enum values
/// mixed into the keys and strings so that deep parts of the form are
/// reached, not only rejected at the top.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let words = prop::sample::select(vec![
        "structure",
        "needs",
        "contact",
        "consents",
        "kind",
        "association",
        "cooperative_kind",
        "name",
        "identifier",
        "country",
        "FR",
        "BE",
        "postal_code",
        "french_speaking",
        "accounts",
        "storage_gb",
        "apps",
        "files",
        "email",
        "terms",
        "surveys",
        "motivation",
        "locale",
        "fr",
        "W751515517",
        "",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        words.clone().prop_map(Value::from),
        "\\PC{0,20}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((words.clone(), inner), 0..6).prop_map(|pairs| Value::Object(
                pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
            )),
        ]
    })
}

proptest! {
    /// The parser and every rule behind it, over arbitrary documents: a
    /// document is refused or judged, never a panic.
    #[test]
    fn any_json_document_is_refused_or_judged(document in any_json()) {
        let text = document.to_string();
        if let Ok(input) = serde_json::from_str::<ApplicationInput>(&text) {
            let offer = Offer::default();
            let _ = crate::eligibility(&crate::EligibilityAnswers::from(&input), &offer);
            let _ = validate_application(&input, &offer, &Spaces::default());
        }
    }

    /// Valid answers embedded in arbitrary extra structure are refused
    /// (unknown fields), never half-read.
    #[test]
    fn unknown_fields_are_refused(key in "[a-z]{1,12}", value in any_json()) {
        prop_assume!(!["structure", "needs", "contact", "consents", "motivation", "locale"].contains(&key.as_str()));
        let mut document = serde_json::to_value(valid()).unwrap();
        document.as_object_mut().unwrap().insert(key, value);
        prop_assert!(serde_json::from_value::<ApplicationInput>(document).is_err());
    }
}

#[test]
fn an_other_kind_is_described_in_a_few_words() {
    let offer = Offer::default();
    let mut input = valid();
    input.structure.kind = Some(StructureKind::Other);
    assert_eq!(
        codes(&validate_kind(&input.structure, &offer)),
        vec![("structure.kind_description", Code::Required)]
    );
    input.structure.kind_description = Some("Un tiers-lieu associatif".into());
    assert_eq!(validate_kind(&input.structure, &offer), vec![]);
    input.structure.kind_description = Some("x".repeat(121));
    assert_eq!(
        codes(&validate_kind(&input.structure, &offer)),
        vec![("structure.kind_description", Code::TooLong)]
    );
    // Said of another kind, it has no place.
    input.structure.kind = Some(StructureKind::Association);
    input.structure.kind_description = Some("Un tiers-lieu".into());
    assert_eq!(
        codes(&validate_kind(&input.structure, &offer)),
        vec![("structure.kind_description", Code::NotApplicable)]
    );
}

#[test]
fn answers_are_kept_in_one_written_form() {
    let mut input = valid();
    input.structure.identifier = Some("w 751.515.517".into());
    input.structure.country = " fr".into();
    let kept = input.normalized();
    assert_eq!(kept.structure.identifier.as_deref(), Some("W751515517"));
    assert_eq!(kept.structure.country, "FR");
    let mut foreign = valid();
    foreign.structure.country = "BE".into();
    foreign.structure.identifier = Some("be 0123.456.789".into());
    assert_eq!(
        foreign.normalized().structure.identifier.as_deref(),
        Some("be 0123.456.789")
    );
}

#[test]
fn a_register_number_belongs_to_an_association_in_france() {
    let mut input = valid();
    input.structure.identifier = None;
    input.structure.register_number = Some("Volume 23 n° 1542".into());
    assert_eq!(
        validate_identity(&input.structure, &Spaces::default()),
        vec![]
    );
    input.structure.kind = Some(StructureKind::Club);
    assert_eq!(
        codes(&validate_identity(&input.structure, &Spaces::default())),
        vec![("structure.register_number", Code::NotApplicable)]
    );
}

#[test]
fn a_likely_typo_in_an_address_is_pointed_out() {
    assert_eq!(
        email_suggestion("camille@gmial.com").as_deref(),
        Some("camille@gmail.com")
    );
    assert_eq!(
        email_suggestion("a.b@hotmial.fr").as_deref(),
        Some("a.b@hotmail.fr")
    );
    assert_eq!(
        email_suggestion("x@orange.rf").as_deref(),
        Some("x@orange.fr")
    );
    assert_eq!(email_suggestion("camille@gmail.com"), None);
    assert_eq!(email_suggestion("camille@jardins.example.org"), None);
    assert_eq!(email_suggestion("no-at-sign"), None);
}

#[test]
fn admission_tells_ineligibility_first_and_reads_out_what_the_rules_require() {
    let offer = Offer::default();
    let mut input = valid();
    input.structure.identifier = Some("w 751 515 517".into());
    let admitted = admit(input, &offer, &Spaces::default()).unwrap();
    assert_eq!(
        (
            admitted.verdict,
            admitted.kind,
            admitted.accounts,
            admitted.storage_gb
        ),
        (Verdict::Eligible, StructureKind::Association, 12, 10)
    );
    assert_eq!(
        admitted.answers.structure.identifier.as_deref(),
        Some("W751515517"),
        "normalised once admitted"
    );

    let mut company = valid();
    company.structure.kind = Some(StructureKind::Company);
    company.contact.email = "not an address".into();
    assert!(
        matches!(admit(company, &offer, &Spaces::default()), Err(Rejection::Ineligible(reasons)) if reasons[0].code == Code::RefusedKind),
        "an ineligible structure is not asked to correct its e-mail"
    );

    let mut incomplete = valid();
    incomplete.needs.accounts = None;
    assert!(matches!(
        admit(incomplete, &offer, &Spaces::default()),
        Err(Rejection::Invalid(problems)) if codes(&problems) == vec![("needs.accounts", Code::Required)]
    ));

    let mut cooperative = valid();
    cooperative.structure.kind = Some(StructureKind::Cooperative);
    cooperative.structure.cooperative_kind = Some(CooperativeKind::Scop);
    cooperative.structure.identifier = None;
    assert_eq!(
        admit(cooperative, &offer, &Spaces::default()).map(|a| a.verdict),
        Ok(Verdict::CaseByCase)
    );
}

#[test]
fn corrections_replace_the_answers_given_and_are_checked_as_in_the_wizard() {
    let answers = valid();
    let corrections = Corrections {
        identifier: Some(" W751234567 ".into()),
        website: Some("  ".into()),
        ..Corrections::default()
    };
    let (corrected, fields) = corrections.apply(&answers).unwrap();
    assert_eq!(
        corrected.structure.identifier.as_deref(),
        Some("W751234567")
    );
    assert_eq!(
        corrected.structure.website, answers.structure.website,
        "blank keeps the answer"
    );
    assert_eq!(fields, [crate::Field::Identifier]);
    assert_eq!(
        Corrections::default().apply(&answers).map(|(_, f)| f),
        Ok(vec![])
    );
    let wrong = Corrections {
        identifier: Some("W12".into()),
        ..Corrections::default()
    };
    let problems = wrong.apply(&answers).unwrap_err();
    assert_eq!(problems[0].field, "structure.identifier");
}
