//! The closed lists of the application form: kinds of structure, kinds of
//! cooperative, the tools of a space.

use crate::Offer;
use crate::closed_list::closed_list;

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
}
