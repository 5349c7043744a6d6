//! The closed lists of the domain: kinds of structure, kinds of cooperative,
//! the tools of a space, the languages of the interface.

use serde::{Deserialize, Serialize};

use crate::Offer;

macro_rules! closed_list {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant,)+ }

        impl $name {
            pub const ALL: [$name; [$($text),+].len()] = [$($name::$variant,)+];

            /// The snake_case name, as serialised.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)+ }
            }

            pub fn parse(text: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.as_str() == text)
            }
        }
    };
}

closed_list! {
    /// The legal form of the structure applying.
    StructureKind {
        Association = "association",
        Foundation = "foundation",
        Union = "union",
        Club = "club",
        InformalCollective = "informal_collective",
        Cooperative = "cooperative",
        Company = "company",
        School = "school",
        Administration = "administration",
        LocalAuthority = "local_authority",
        PublicService = "public_service",
        Individual = "individual",
        Family = "family",
        Other = "other",
    }
}

closed_list! {
    /// The kind of a cooperative.
    CooperativeKind {
        Scop = "scop",
        Scic = "scic",
        Other = "other",
    }
}

closed_list! {
    /// The tools of a space an applicant expects to use.
    AppKind {
        Files = "files",
        Office = "office",
        CalendarContacts = "calendar_contacts",
        Talk = "talk",
        Photos = "photos",
        Collectives = "collectives",
        Deck = "deck",
        Notes = "notes",
        Forms = "forms",
        Tables = "tables",
    }
}

/// How the offer treats a kind of structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindPolicy {
    Accepted,
    CaseByCase,
    Refused,
}

impl StructureKind {
    /// The offer's policy for this kind (configuration, not code).
    pub fn policy(self, offer: &Offer) -> KindPolicy {
        if offer.accepted_kinds.contains(&self) {
            KindPolicy::Accepted
        } else if offer.case_by_case_kinds.contains(&self) {
            KindPolicy::CaseByCase
        } else {
            KindPolicy::Refused
        }
    }
}

/// The language of the interface and of the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Locale {
    #[default]
    Fr,
    En,
}

impl Locale {
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
        }
    }

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
    fn default_policies_follow_the_facts() {
        let offer = Offer::default();
        use StructureKind::*;
        for kind in [Association, Foundation, Union, Club, InformalCollective] {
            assert_eq!(kind.policy(&offer), KindPolicy::Accepted, "{kind:?}");
        }
        assert_eq!(Cooperative.policy(&offer), KindPolicy::CaseByCase);
        assert_eq!(Other.policy(&offer), KindPolicy::CaseByCase);
        for kind in [
            Company,
            School,
            Administration,
            LocalAuthority,
            PublicService,
            Individual,
            Family,
        ] {
            assert_eq!(kind.policy(&offer), KindPolicy::Refused, "{kind:?}");
        }
    }

    #[test]
    fn names_round_trip() {
        for kind in StructureKind::ALL {
            assert_eq!(StructureKind::parse(kind.as_str()), Some(kind));
            assert_eq!(
                serde_json::to_value(kind).unwrap(),
                serde_json::json!(kind.as_str())
            );
        }
        for app in AppKind::ALL {
            assert_eq!(AppKind::parse(app.as_str()), Some(app));
        }
        assert_eq!(StructureKind::ALL.len(), 14);
        assert_eq!(CooperativeKind::parse("scic"), Some(CooperativeKind::Scic));
        assert_eq!(StructureKind::parse("Association"), None);
    }

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
