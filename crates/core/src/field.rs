//! `Field`: an answer of a request, named by its path in the request
//! (`structure.identifier`). Its problems, the corrections an applicant may
//! make, the wizard's fields and its summary all name answers this way; on
//! the wire it is the path itself, as a `Problem`'s `field` carries it.

use crate::application::ApplicationInput;

macro_rules! fields {
    ($($(#[$doc:meta])* $variant:ident = $path:literal,)+) => {
        /// An answer of a request.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field { $($(#[$doc])* $variant,)+ }

        impl Field {
            pub const ALL: [Field; [$($path),+].len()] = [$(Field::$variant,)+];

            /// The answer's path in the request, as on the wire.
            pub fn as_str(self) -> &'static str {
                match self { $(Field::$variant => $path,)+ }
            }
        }
    };
}

fields! {
    Kind = "structure.kind",
    CooperativeKind = "structure.cooperative_kind",
    /// What an "other" structure is.
    KindDescription = "structure.kind_description",
    FrenchSpeaking = "structure.french_speaking",
    Country = "structure.country",
    PostalCode = "structure.postal_code",
    Accounts = "needs.accounts",
    StorageGb = "needs.storage_gb",
    Apps = "needs.apps",
    Name = "structure.name",
    /// The label of the space's address (`amis-du-velo`).
    Address = "structure.address",
    /// SIREN, RNA or a foreign number.
    Identifier = "structure.identifier",
    /// An Alsace-Moselle association's number at its local court.
    RegisterNumber = "structure.register_number",
    Purpose = "structure.purpose",
    Activities = "structure.activities",
    Website = "structure.website",
    ContactName = "contact.name",
    ContactEmail = "contact.email",
    ContactRole = "contact.role",
    Motivation = "motivation",
    Terms = "consents.terms",
    Surveys = "consents.surveys",
    Notifications = "consents.notifications",
}

impl Field {
    pub fn parse(path: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == path)
    }

    /// The text of a free-text answer in `input` (an optional one not
    /// given reads as empty); none for the answers that are not text.
    pub fn text(self, input: &ApplicationInput) -> Option<&str> {
        fn optional(value: &Option<String>) -> Option<&str> {
            Some(value.as_deref().unwrap_or_default())
        }
        let (s, c) = (&input.structure, &input.contact);
        match self {
            Field::KindDescription => optional(&s.kind_description),
            Field::PostalCode => optional(&s.postal_code),
            Field::Name => Some(&s.name),
            Field::Address => optional(&s.address),
            Field::Identifier => optional(&s.identifier),
            Field::RegisterNumber => optional(&s.register_number),
            Field::Purpose => Some(&s.purpose),
            Field::Activities => Some(&s.activities),
            Field::Website => optional(&s.website),
            Field::ContactName => Some(&c.name),
            Field::ContactEmail => Some(&c.email),
            Field::ContactRole => optional(&c.role),
            Field::Motivation => Some(&input.motivation),
            _ => None,
        }
    }

    /// Puts `value` as the text of a free-text answer of `input`, as typed
    /// (an optional answer is then given, even empty); nothing for the
    /// answers that are not text.
    pub fn set_text(self, input: &mut ApplicationInput, value: String) {
        let (s, c) = (&mut input.structure, &mut input.contact);
        match self {
            Field::KindDescription => s.kind_description = Some(value),
            Field::PostalCode => s.postal_code = Some(value),
            Field::Name => s.name = value,
            Field::Address => s.address = Some(value),
            Field::Identifier => s.identifier = Some(value),
            Field::RegisterNumber => s.register_number = Some(value),
            Field::Purpose => s.purpose = value,
            Field::Activities => s.activities = value,
            Field::Website => s.website = Some(value),
            Field::ContactName => c.name = value,
            Field::ContactEmail => c.email = value,
            Field::ContactRole => c.role = Some(value),
            Field::Motivation => input.motivation = value,
            _ => {}
        }
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<Field> for String {
    fn from(field: Field) -> String {
        field.as_str().to_owned()
    }
}

impl PartialEq<Field> for String {
    fn eq(&self, field: &Field) -> bool {
        self == field.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_reads_back_as_its_field() {
        for field in Field::ALL {
            assert_eq!(Field::parse(field.as_str()), Some(field));
        }
        assert_eq!(Field::parse("structure"), None);
    }

    #[test]
    fn a_text_answer_set_is_read_back_and_others_hold_no_text() {
        let mut input = ApplicationInput::default();
        for field in Field::ALL {
            field.set_text(&mut input, format!("<{field}>"));
        }
        for field in Field::ALL {
            match field.text(&input) {
                Some(text) => assert_eq!(text, format!("<{field}>")),
                None => assert!(matches!(
                    field,
                    Field::Kind
                        | Field::CooperativeKind
                        | Field::FrenchSpeaking
                        | Field::Country
                        | Field::Accounts
                        | Field::StorageGb
                        | Field::Apps
                        | Field::Terms
                        | Field::Surveys
                        | Field::Notifications
                )),
            }
        }
    }
}
