//! The texts of `locales/` that the server writes itself (the loading
//! pages, the exports), in the reader's language. Only plain messages (one
//! line, no placeable) are read here: the app formats the others.

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
}
