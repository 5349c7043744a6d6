//! References and secrets, made from random bytes the caller draws. The
//! alphabet has no 0/O, 1/I/L or U: easy to read aloud and to copy by hand.

pub const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";
const BASE: u64 = ALPHABET.len() as u64;

fn symbols(mut value: u64, count: usize) -> Vec<u8> {
    (0..count)
        .map(|_| {
            let symbol = ALPHABET[(value % BASE) as usize];
            value /= BASE;
            symbol
        })
        .collect()
}

fn grouped(symbols: &[u8], prefix: &str) -> String {
    let groups: Vec<String> = symbols
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    if prefix.is_empty() {
        groups.join("-")
    } else {
        format!("{prefix}-{}", groups.join("-"))
    }
}

/// `FS-XXXX-XXXX`: 8 symbols, about 39 bits, from 8 random bytes (64 bits, so
/// the modulo bias is negligible). Not sequential, not guessable.
pub fn reference_from_bytes(bytes: &[u8; 8]) -> String {
    grouped(&symbols(u64::from_be_bytes(*bytes), 8), "FS")
}

/// The canonical form of a typed reference: case, spaces and dashes do not
/// matter; `None` when it cannot be one.
pub fn normalize_reference(input: &str) -> Option<String> {
    let compact: Vec<u8> = input
        .bytes()
        .filter(|b| !b.is_ascii_whitespace() && *b != b'-')
        .map(|b| b.to_ascii_uppercase())
        .collect();
    let body = compact.strip_prefix(b"FS")?;
    (body.len() == 8 && body.iter().all(|b| ALPHABET.contains(b))).then(|| grouped(body, "FS"))
}

/// A status secret: 32 symbols in groups of 4 (about 157 bits) from 20 random
/// bytes.
pub fn secret_from_bytes(bytes: &[u8; 20]) -> String {
    let mut out = Vec::with_capacity(32);
    for chunk in bytes.chunks(5) {
        let mut value = [0u8; 8];
        value[3..].copy_from_slice(chunk);
        // 40 bits → 8 symbols of a 30-symbol alphabet (30^8 ≈ 6.6e11 < 2^40 ≈ 1.1e12):
        // the first symbol carries a small bias, the secret stays above 150 bits.
        out.extend(symbols(u64::from_be_bytes(value), 8));
    }
    grouped(&out, "")
}

/// The canonical form of a typed secret, or `None`.
pub fn normalize_secret(input: &str) -> Option<String> {
    let compact: Vec<u8> = input
        .bytes()
        .filter(|b| !b.is_ascii_whitespace() && *b != b'-')
        .map(|b| b.to_ascii_uppercase())
        .collect();
    (compact.len() == 32 && compact.iter().all(|b| ALPHABET.contains(b)))
        .then(|| grouped(&compact, ""))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_alphabet_avoids_lookalikes() {
        for confusing in b"01ILOU" {
            assert!(!ALPHABET.contains(confusing));
        }
        assert_eq!(ALPHABET.len(), 30);
    }

    #[test]
    fn references_have_their_format() {
        assert_eq!(reference_from_bytes(&[0; 8]), "FS-2222-2222");
        assert_eq!(
            normalize_reference("fs 7k3m q9td"),
            Some("FS-7K3M-Q9TD".into())
        );
        assert_eq!(normalize_reference("FS-7K3M-Q9T0"), None);
        assert_eq!(normalize_reference("FS-7K3M-Q9T"), None);
        assert_eq!(normalize_reference("XX-7K3M-Q9TD"), None);
        assert_eq!(normalize_reference(""), None);
    }

    proptest! {
        #[test]
        fn references_round_trip(bytes in any::<[u8; 8]>()) {
            let reference = reference_from_bytes(&bytes);
            prop_assert_eq!(reference.len(), 12);
            prop_assert!(reference.starts_with("FS-"));
            prop_assert_eq!(normalize_reference(&reference), Some(reference.clone()));
            prop_assert_eq!(normalize_reference(&reference.to_lowercase()), Some(reference.clone()));
            prop_assert_eq!(normalize_reference(&reference.replace('-', " ")), Some(reference.clone()));
        }

        #[test]
        fn secrets_round_trip(bytes in any::<[u8; 20]>()) {
            let secret = secret_from_bytes(&bytes);
            prop_assert_eq!(secret.len(), 39);
            prop_assert_eq!(normalize_secret(&secret), Some(secret.clone()));
            prop_assert_eq!(normalize_secret(&secret.to_lowercase().replace('-', "")), Some(secret.clone()));
        }

        #[test]
        fn different_bytes_give_different_secrets(a in any::<[u8; 20]>(), b in any::<[u8; 20]>()) {
            prop_assume!(a != b);
            prop_assert_ne!(secret_from_bytes(&a), secret_from_bytes(&b));
        }

        #[test]
        fn normalizers_never_panic(input in "\\PC{0,60}") {
            let _ = normalize_reference(&input);
            let _ = normalize_secret(&input);
        }
    }
}
