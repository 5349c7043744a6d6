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

// What is kept of each secret: a fingerprint, each kind under its own
// label so that no two kinds can ever match.

/// The fingerprint stored for a request's status secret.
pub fn status_fingerprint(secret: &str) -> [u8; 32] {
    hash(&[b"status-secret", secret.as_bytes()])
}

/// The fingerprint stored for a reviewer's sign-in token.
/// A new member's sign-in token (`fsr_` and 64 hex digits), drawn at
/// random: shown once, kept as its fingerprint.
pub fn member_token() -> Result<String, RandomError> {
    Ok(format!("fsr_{}", random_token()?))
}

/// The prefix of a session's credential (a token starts `fsr_`).
pub const SESSION_PREFIX: &str = "fss_";

/// A new session's credential, drawn at random: kept as its fingerprint.
pub fn session_credential() -> Result<String, RandomError> {
    Ok(format!("{SESSION_PREFIX}{}", random_token()?))
}

pub fn session_fingerprint(credential: &str) -> [u8; 32] {
    hash(&[b"review-session", credential.as_bytes()])
}

pub fn token_fingerprint(token: &str) -> [u8; 32] {
    hash(&[b"reviewer-token", token.as_bytes()])
}

/// The invitation secret of a request for a survey, derived from its status
/// secret (normalised): the same every time the applicant looks it up, and
/// never stored.
pub fn invitation_secret(status_secret: &str, survey_id: i64) -> String {
    let digest = hash(&[
        b"survey-invitation",
        status_secret.as_bytes(),
        &survey_id.to_be_bytes(),
    ]);
    let mut bytes = [0u8; 20];
    bytes.copy_from_slice(&digest[..20]);
    portal_core::secret_from_bytes(&bytes)
}

/// The fingerprint stored for an invitation secret.
pub fn invitation_fingerprint(secret: &str) -> [u8; 32] {
    hash(&[b"invitation-token", secret.as_bytes()])
}

/// The key a response is found again by: a second fingerprint of the
/// invitation secret, which nothing ties to the invitation.
pub fn response_key(secret: &str) -> [u8; 32] {
    hash(&[b"survey-response", secret.as_bytes()])
}

/// The key a draft is found again by: a third fingerprint of the invitation
/// secret, tied to neither the invitation nor the response.
pub fn draft_key(secret: &str) -> [u8; 32] {
    hash(&[b"survey-draft", secret.as_bytes()])
}

/// The fingerprint of a submission's `Idempotency-Key`.
pub fn idempotency_fingerprint(key: &str) -> [u8; 32] {
    hash(&[b"idempotency-key", key.as_bytes()])
}

/// The fingerprint of a submission's answers, to tell a repeat from a
/// change, keyed by its `Idempotency-Key` (which the server does not keep):
/// the stored fingerprint cannot be matched against guessed answers.
pub fn request_fingerprint(idempotency_key: &str, answers_json: &str) -> [u8; 32] {
    hash(&[
        b"request",
        idempotency_key.as_bytes(),
        answers_json.as_bytes(),
    ])
}

/// A long random value written in hexadecimal, for a link.
pub fn random_token() -> Result<String, RandomError> {
    let bytes: [u8; 32] = random_bytes()?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The digest an e-mail address is known by (trimmed, in lower case).
pub fn address_digest(address: &str) -> [u8; 32] {
    hash(&[b"mail-address", address.trim().to_lowercase().as_bytes()])
}

/// The fingerprint stored for the single-use link that confirms an address.
pub fn confirm_fingerprint(token: &str) -> [u8; 32] {
    hash(&[b"confirm-address", token.trim().as_bytes()])
}

type HmacSha256 = hmac::Hmac<Sha256>;

fn stop_signature(key: &[u8], reference: &str) -> Option<HmacSha256> {
    use hmac::Mac;
    let mut mac = HmacSha256::new_from_slice(key).ok()?;
    mac.update(b"stop-emails:");
    mac.update(reference.as_bytes());
    Some(mac)
}

/// The token of the link that stops the e-mails of request `reference`
/// without its secret: the reference, a dot, and their signature by the
/// server's `key` (128 bits, in hexadecimal). Every e-mail of the request
/// carries the same.
pub fn stop_token(key: &[u8], reference: &str) -> String {
    use hmac::Mac;
    let tag = stop_signature(key, reference)
        .map(|mac| mac.finalize().into_bytes())
        .unwrap_or_default();
    let hex: String = tag[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("{reference}.{hex}")
}

/// The reference a stop token was made for, if the server's `key` signed it.
pub fn stop_reference(key: &[u8], token: &str) -> Option<String> {
    use hmac::Mac;
    let (reference, hex) = token.trim().split_once('.')?;
    if hex.len() != 32 || reference.len() > 64 {
        return None;
    }
    let tag: Vec<u8> = (0..16)
        .map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
        .collect::<Option<_>>()?;
    stop_signature(key, reference)?
        .verify_truncated_left(&tag)
        .ok()
        .map(|()| reference.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stop_token_names_its_request_and_cannot_be_made_without_the_key() {
        let key = [7u8; 32];
        let token = stop_token(&key, "FS-2345-6789");
        assert!(token.starts_with("FS-2345-6789."), "{token}");
        assert_eq!(
            stop_reference(&key, &token).as_deref(),
            Some("FS-2345-6789")
        );
        // Another request's, another key's, a changed one: nothing.
        let other = token.replace("6789", "6788");
        assert_eq!(stop_reference(&key, &other), None);
        assert_eq!(stop_reference(&[8u8; 32], &token), None);
        let mut tampered = token.clone();
        tampered.pop();
        tampered.push('0');
        if tampered != token {
            assert_eq!(stop_reference(&key, &tampered), None);
        }
        for junk in ["", ".", "FS-2345-6789", "FS-2345-6789.zz", "a.é"] {
            assert_eq!(stop_reference(&key, junk), None, "{junk}");
        }
        assert_eq!(
            address_digest(" Camille@Example.org "),
            address_digest("camille@example.org")
        );
    }

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
    fn each_kind_of_secret_has_its_own_fingerprint() {
        let secret = "ABCD-EFGH-JKMN-PQRS";
        let all = [
            status_fingerprint(secret),
            token_fingerprint(secret),
            invitation_fingerprint(secret),
            response_key(secret),
            idempotency_fingerprint(secret),
            request_fingerprint(secret, ""),
        ];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(invitation_secret(secret, 1), invitation_secret(secret, 1));
        assert_ne!(invitation_secret(secret, 1), invitation_secret(secret, 2));
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
