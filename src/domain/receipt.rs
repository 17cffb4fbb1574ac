use std::fmt;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::i18n::Msg;

/// The secret shown once to whoever filed a report. Only its hash is stored.
///
/// 80 random bits, written as four groups of four characters from an alphabet
/// without look-alikes, so it can be copied from a phone screen onto paper.
#[derive(Clone, PartialEq, Eq)]
pub struct ReceiptCode(String);

pub(super) const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no I, L, O, 0, 1

impl ReceiptCode {
    /// Derives the receipt for a submission from the server secret and the
    /// submission's idempotency key, so that a retried submission (double click,
    /// timeout) shows the same receipt without the code ever being stored.
    pub fn derive(secret: &[u8], submission_key: &str) -> Self {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key");
        mac.update(b"clickline receipt v1\0");
        mac.update(submission_key.as_bytes());
        let digest = mac.finalize().into_bytes();
        let code: String = digest[..16]
            .iter()
            .map(|byte| ALPHABET[*byte as usize % ALPHABET.len()] as char)
            .collect();
        ReceiptCode(code)
    }

    /// Parses what a worker typed: case, spaces and dashes do not matter.
    pub fn parse(raw: &str) -> Result<Self, Msg> {
        normalized_code(raw)
            .map(ReceiptCode)
            .ok_or_else(|| Msg::new("invalid-receipt"))
    }

    /// What is stored: a SHA-256 of the code. The code has 80 random bits, so
    /// the hash cannot be reversed by trying codes.
    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(format!("clickline receipt\0{}", self.0)))
    }

    /// Compares with a stored hash in constant time.
    pub fn matches(&self, stored_hash: &str) -> bool {
        let ours = self.hash();
        ours.len() == stored_hash.len()
            && ours
                .bytes()
                .zip(stored_hash.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }

    /// The code as shown to the worker, `ABCD-EFGH-JKMN-PQRS`.
    pub fn display(&self) -> String {
        grouped(&self.0)
    }
}

/// A code of 16 characters of the alphabet as typed, or `None`: case,
/// spaces and dashes do not matter.
pub(super) fn normalized_code(raw: &str) -> Option<String> {
    let code: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == 16 && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

/// 16 random characters of the alphabet: 80 random bits.
pub(super) fn random_code() -> String {
    use rand::Rng;
    let mut rng = rand::rngs::OsRng;
    (0..16)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// `ABCD-EFGH-JKMN-PQRS`.
pub(super) fn grouped(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|chunk| std::str::from_utf8(chunk).expect("ascii"))
        .collect::<Vec<_>>()
        .join("-")
}

impl fmt::Display for ReceiptCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display())
    }
}

/// Never print a receipt code into logs by accident.
impl fmt::Debug for ReceiptCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ReceiptCode(..)")
    }
}

/// An `Idempotency-Key` (a form's submission key): keys from clients must be long enough that nobody else could guess them.
pub fn parse_submission_key(raw: &str) -> Result<String, crate::i18n::Msg> {
    let key = raw.trim();
    let well_formed = (16..=128).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if well_formed {
        Ok(key.to_owned())
    } else {
        Err(crate::i18n::Msg::new("invalid-submission-key"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_codes_are_stable_per_key_and_parse_back() {
        let a = ReceiptCode::derive(b"secret", "key-1");
        assert_eq!(a, ReceiptCode::derive(b"secret", "key-1"));
        assert_ne!(a, ReceiptCode::derive(b"secret", "key-2"));
        assert_ne!(a, ReceiptCode::derive(b"other", "key-1"));
        let typed = a.display().to_lowercase().replace('-', " ");
        assert_eq!(ReceiptCode::parse(&typed).unwrap(), a);
    }

    #[test]
    fn only_the_right_code_matches_its_hash() {
        let code = ReceiptCode::derive(b"secret", "key");
        let stored = code.hash();
        assert!(code.matches(&stored));
        assert!(!ReceiptCode::derive(b"secret", "other").matches(&stored));
        assert!(!stored.contains(&code.0));
    }

    #[test]
    fn refuses_malformed_codes() {
        assert!(ReceiptCode::parse("ABCD").is_err());
        assert!(ReceiptCode::parse("ABCD-EFGH-JKMN-PQR0").is_err());
    }
}
