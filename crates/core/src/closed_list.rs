//! `closed_list!`: an enum of the domain whose values cross the wire and
//! the database as names (snake_case, or dotted for the hosting side's
//! events), with every value (`ALL`), the name
//! (`as_str`) and its reading (`parse`), written once.

macro_rules! closed_list {
    ($(#[$doc:meta])* $name:ident { $($(#[$variant_doc:meta])* $variant:ident = $text:tt,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        pub enum $name { $($(#[$variant_doc])* #[serde(rename = $text)] $variant,)+ }

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

pub(crate) use closed_list;
