//! The languages of the interface and of a request.

use crate::closed_list::closed_list;

closed_list! {
    /// The language of the interface and of the request.
    Locale {
        Fr = "fr",
        En = "en",
    }
}

// closed_list! derives a fixed set of traits, without Default.
#[allow(clippy::derivable_impls)]
impl Default for Locale {
    fn default() -> Self {
        Locale::Fr
    }
}

impl Locale {
    /// A language tag (`fr`, `fr-BE`, `EN-gb`…) → its locale, if supported.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Locale::Fr),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_from_tags() {
        assert_eq!(Locale::from_tag("fr"), Some(Locale::Fr));
        assert_eq!(Locale::from_tag("fr-BE"), Some(Locale::Fr));
        assert_eq!(Locale::from_tag("EN_gb"), Some(Locale::En));
        assert_eq!(Locale::from_tag("de"), None);
        assert_eq!(Locale::from_tag(""), None);
        assert_eq!(
            serde_json::to_value(Locale::En).unwrap(),
            serde_json::json!("en")
        );
    }
}
