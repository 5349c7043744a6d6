//! French identifiers of structures: RNA (associations), SIREN and SIRET
//! (every registered organisation), with their checksums.

use crate::Code;

/// Removes what people type between digits (spaces, no-break spaces, dots,
/// dashes) and upper-cases the rest.
pub fn normalize(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '-' | '\u{a0}' | '\u{202f}'))
        .flat_map(char::to_uppercase)
        .collect()
}

/// The Luhn checksum over a string of ASCII digits.
pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identifier {
    /// `W` and 9 digits.
    Rna(String),
    /// 9 digits.
    Siren(String),
    /// 14 digits.
    Siret(String),
}

/// SIRETs of La Poste start with this SIREN and follow another rule.
const LA_POSTE: &str = "356000000";

fn digits(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_digit())
}

fn siren_valid(siren: &str) -> bool {
    siren.len() == 9 && luhn_valid(siren)
}

fn siret_valid(siret: &str) -> bool {
    if siret.len() != 14 || !digits(siret) {
        return false;
    }
    if siret.starts_with(LA_POSTE) {
        let sum: u32 = siret.bytes().map(|b| u32::from(b - b'0')).sum();
        return sum.is_multiple_of(5);
    }
    luhn_valid(siret) && siren_valid(&siret[..9])
}

/// Reads a French identifier as typed (spaces, dots allowed).
pub fn parse_french(input: &str) -> Result<Identifier, Code> {
    let id = normalize(input);
    if let Some(rest) = id.strip_prefix('W') {
        return if rest.len() == 9 && digits(rest) {
            Ok(Identifier::Rna(id))
        } else {
            Err(Code::InvalidRna)
        };
    }
    if !digits(&id) {
        return Err(Code::InvalidIdentifier);
    }
    match id.len() {
        9 if siren_valid(&id) => Ok(Identifier::Siren(id)),
        9 => Err(Code::InvalidSiren),
        14 if siret_valid(&id) => Ok(Identifier::Siret(id)),
        14 => Err(Code::InvalidSiret),
        _ => Err(Code::InvalidIdentifier),
    }
}

impl Identifier {
    /// The identifier without separators.
    pub fn normalized(&self) -> &str {
        match self {
            Identifier::Rna(s) | Identifier::Siren(s) | Identifier::Siret(s) => s,
        }
    }

    /// As people read it: SIREN `XXX XXX XXX`, SIRET `XXX XXX XXX XXXXX`.
    pub fn display(&self) -> String {
        match self {
            Identifier::Rna(s) => s.clone(),
            Identifier::Siren(s) => format!("{} {} {}", &s[..3], &s[3..6], &s[6..]),
            Identifier::Siret(s) => format!("{} {} {} {}", &s[..3], &s[3..6], &s[6..9], &s[9..]),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn examples_of_the_facts() {
        let table: &[(&str, Result<&str, Code>)] = &[
            ("732829320", Ok("732829320")),
            ("732829321", Err(Code::InvalidSiren)),
            ("732 829 320", Ok("732829320")),
            ("732.829.320", Ok("732829320")),
            ("73282932000074", Ok("73282932000074")),
            ("732 829 320 00074", Ok("73282932000074")),
            ("73282932000079", Err(Code::InvalidSiret)),
            ("W751515517", Ok("W751515517")),
            ("w751515517", Ok("W751515517")),
            ("W75151551", Err(Code::InvalidRna)),
            ("W7515155170", Err(Code::InvalidRna)),
            ("WABCDEFGHI", Err(Code::InvalidRna)),
            ("12AB", Err(Code::InvalidIdentifier)),
            ("1234567", Err(Code::InvalidIdentifier)),
            ("", Err(Code::InvalidIdentifier)),
        ];
        for (input, expected) in table {
            let got = parse_french(input).map(|id| id.normalized().to_owned());
            assert_eq!(got, expected.map(str::to_owned), "{input}");
        }
    }

    #[test]
    fn la_poste_sirets_use_the_digit_sum() {
        // 3+5+6+0*6 = 14, +0+0+0+4+1 = 19 → not a multiple of 5.
        assert_eq!(parse_french("35600000000041"), Err(Code::InvalidSiret));
        // 14 + 5 + 1 = 20 → a multiple of 5, though the Luhn check fails.
        assert!(!luhn_valid("35600000000051"));
        assert!(matches!(
            parse_french("356 000 000 00051"),
            Ok(Identifier::Siret(_))
        ));
        // 14 + 4 + 9 + 1 + 4 + 2 = 34 → no.
        assert_eq!(parse_french("35600000049142"), Err(Code::InvalidSiret));
    }

    #[test]
    fn display_groups_digits() {
        assert_eq!(parse_french("732829320").unwrap().display(), "732 829 320");
        assert_eq!(
            parse_french("73282932000074").unwrap().display(),
            "732 829 320 00074"
        );
        assert_eq!(parse_french("W751515517").unwrap().display(), "W751515517");
    }

    #[test]
    fn luhn_rejects_non_digits() {
        assert!(!luhn_valid(""));
        assert!(!luhn_valid("12a4"));
        assert!(luhn_valid("0"));
    }

    /// The digit that completes `body` into a Luhn-valid number.
    fn luhn_digit(body: &str) -> char {
        (0..10u8)
            .map(|d| char::from(b'0' + d))
            .find(|d| luhn_valid(&format!("{body}{d}")))
            .unwrap()
    }

    proptest! {
        #[test]
        fn normalize_is_idempotent(input in "\\PC{0,40}") {
            let once = normalize(&input);
            prop_assert_eq!(normalize(&once), once.clone());
        }

        #[test]
        fn any_luhn_completed_siren_is_valid_and_one_changed_digit_is_not(
            body in "[0-9]{8}", position in 0usize..9, delta in 1u8..10
        ) {
            let siren = format!("{body}{}", luhn_digit(&body));
            prop_assert!(matches!(parse_french(&siren), Ok(Identifier::Siren(_))));
            let mut bytes = siren.into_bytes();
            bytes[position] = b'0' + (bytes[position] - b'0' + delta) % 10;
            let changed = String::from_utf8(bytes).unwrap();
            prop_assert_eq!(parse_french(&changed), Err(Code::InvalidSiren));
        }

        #[test]
        fn a_siret_built_on_a_valid_siren_is_valid(body in "[0-9]{8}", nic in "[0-9]{4}") {
            let siren = format!("{body}{}", luhn_digit(&body));
            prop_assume!(!siren.starts_with(LA_POSTE));
            let stem = format!("{siren}{nic}");
            let siret = format!("{stem}{}", luhn_digit(&stem));
            prop_assert!(matches!(parse_french(&siret), Ok(Identifier::Siret(_))));
            let spaced = format!("{} {} {} {}", &siret[..3], &siret[3..6], &siret[6..9], &siret[9..]);
            prop_assert_eq!(parse_french(&spaced).map(|i| i.normalized().to_owned()), Ok(siret));
        }

        #[test]
        fn parse_never_panics(input in "\\PC{0,60}") {
            let _ = parse_french(&input);
        }
    }
}
