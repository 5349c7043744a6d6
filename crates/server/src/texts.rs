//! The texts of `locales/` that the server writes itself (the loading
//! pages, the exports, the e-mails), in the reader's language. Plain
//! messages (one line, no placeable) are read as they are (`message`); the
//! e-mails' are formatted by Fluent (`mail`), the app formats the others.

use portal_core::Locale;

macro_rules! texts {
    ($lang:literal) => {
        &[
            include_str!(concat!("../../../locales/", $lang, "/main.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/home.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/site.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/faq.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/apply.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/status.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/review.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/survey.ftl")),
        ]
    };
}
const FRENCH: &[&str] = texts!("fr");
const ENGLISH: &[&str] = texts!("en");

/// A plain message of `locale`, or `None`.
pub fn message(locale: Locale, id: &str) -> Option<&'static str> {
    let files = match locale {
        Locale::Fr => FRENCH,
        Locale::En => ENGLISH,
    };
    let prefix = format!("{id} = ");
    files
        .iter()
        .flat_map(|file| file.lines())
        .find_map(|line| line.strip_prefix(&prefix))
        .map(str::trim)
        .filter(|text| !text.is_empty() && !text.contains('{'))
}

/// A plain message of `locale`, or its id when there is none (a value this
/// version has no name for shows as it is).
pub fn label(locale: Locale, id: &str) -> String {
    message(locale, id).map_or_else(|| id.to_owned(), str::to_owned)
}

type Bundle = fluent_bundle::concurrent::FluentBundle<fluent_bundle::FluentResource>;

fn mail_bundle(lang: unic_langid::LanguageIdentifier, text: &'static str) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![lang]);
    // Plain-text e-mails: no bidi isolation marks around the values.
    bundle.set_use_isolating(false);
    let resource = fluent_bundle::FluentResource::try_new(text.to_owned())
        .unwrap_or_else(|(resource, _)| resource);
    // Both files are checked by the tests below: nothing is overridden.
    let _ = bundle.add_resource(resource);
    bundle
}

static MAIL: std::sync::LazyLock<[Bundle; 2]> = std::sync::LazyLock::new(|| {
    [
        mail_bundle(
            unic_langid::langid!("fr"),
            include_str!("../../../locales/fr/mail.ftl"),
        ),
        mail_bundle(
            unic_langid::langid!("en"),
            include_str!("../../../locales/en/mail.ftl"),
        ),
    ]
});

/// A message of the e-mails in `locale`, with its values; its id when the
/// file has none.
pub fn mail(locale: Locale, id: &str, args: &[(&str, &str)]) -> String {
    let bundle = &MAIL[match locale {
        Locale::Fr => 0,
        Locale::En => 1,
    }];
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut values = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        values.set(*name, *value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&values), &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_messages_are_found_in_both_languages() {
        assert_eq!(message(Locale::Fr, "status-received"), Some("Reçue"));
        assert!(message(Locale::En, "status-received").is_some());
        // A message with a placeable is the app's to format.
        assert_eq!(message(Locale::Fr, "home-trust-p1"), None);
        assert_eq!(label(Locale::Fr, "no-such-message"), "no-such-message");
    }

    #[test]
    fn the_mails_have_the_same_messages_in_both_languages_and_take_their_values() {
        let ids = |text: &str| {
            let mut ids: Vec<String> = text
                .lines()
                .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.to_owned()))
                .collect();
            ids.sort();
            ids
        };
        let french = include_str!("../../../locales/fr/mail.ftl");
        let english = include_str!("../../../locales/en/mail.ftl");
        assert_eq!(ids(french), ids(english));
        for text in [french, english] {
            assert!(fluent_bundle::FluentResource::try_new(text.to_owned()).is_ok());
        }
        let subject = mail(
            Locale::Fr,
            "mail-decision-subject",
            &[("reference", "FS-AAAA-BBBB"), ("status", "Acceptée")],
        );
        assert_eq!(subject, "Votre demande FS-AAAA-BBBB\u{a0}: Acceptée");
        assert_eq!(mail(Locale::En, "mail-nothing", &[]), "mail-nothing");
    }
}
