//! Random values and their fingerprints. Secrets are long random values; only
//! their SHA-256 is stored, and comparisons are constant-time.

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

#[derive(Debug, thiserror::Error)]
#[error("the system random source failed")]
pub struct RandomError;

pub fn random_bytes<const N: usize>() -> Result<[u8; N], RandomError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|_| RandomError)?;
    Ok(bytes)
}

/// SHA-256 of `parts`, each prefixed with its length so that no two
/// different lists hash alike.
pub fn hash(parts: &[&[u8]]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part);
    }
    hasher.finalize().into()
}

pub fn same(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

/// Encrypts or decrypts (the same operation) `data` with a keystream derived
/// from a high-entropy `key` that the server never stores.
pub fn xor_keystream(key: &[u8], data: &[u8]) -> Vec<u8> {
    data.chunks(32)
        .enumerate()
        .flat_map(|(block, chunk)| {
            let pad = hash(&[b"portal-keystream", key, &(block as u64).to_be_bytes()]);
            chunk
                .iter()
                .zip(pad)
                .map(|(byte, pad)| byte ^ pad)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keystream_round_trips_and_hides_the_data() {
        let data = b"{\"reference\":\"FS-2345-6789\",\"secret\":\"ABCD-EFGH-JKMN-PQRS\"} and more than one block";
        let sealed = xor_keystream(b"key-0123456789abcdef", data);
        assert_ne!(&sealed[..], &data[..]);
        assert_eq!(
            xor_keystream(b"key-0123456789abcdef", &sealed),
            data.to_vec()
        );
        assert_ne!(
            xor_keystream(b"key-0123456789abcdeg", &sealed),
            data.to_vec()
        );
    }

    #[test]
    fn hash_separates_parts() {
        assert_ne!(hash(&[b"ab", b"c"]), hash(&[b"a", b"bc"]));
        assert!(same(&hash(&[b"x"]), &hash(&[b"x"])));
        assert!(!same(&hash(&[b"x"]), &hash(&[b"y"])));
    }

    #[test]
    fn random_bytes_differ() {
        let a: [u8; 16] = random_bytes().unwrap();
        let b: [u8; 16] = random_bytes().unwrap();
        assert_ne!(a, b);
    }
}
