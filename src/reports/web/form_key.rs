//! Submission keys of the report forms: issued by the server and signed, so
//! a key a lure page made up (to replay the worker's report with it later
//! and be shown their receipt) is never used and never served back.

use hmac::{Hmac, Mac};
use rand::RngCore;

use crate::config::Secrets;

fn signature(secrets: &Secrets, random: &str) -> String {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(&secrets.form_key_signing())
        .expect("HMAC takes any key");
    mac.update(random.as_bytes());
    hex::encode(&mac.finalize().into_bytes()[..12])
}

/// A fresh key for a form: 128 random bits and their signature.
pub fn issue(secrets: &Secrets) -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let random = hex::encode(bytes);
    let signed = signature(secrets, &random);
    format!("{random}-{signed}")
}

/// The key if this server issued it; `None` for anything else.
pub fn verify(secrets: &Secrets, raw: &str) -> Option<String> {
    let (random, signed) = raw.trim().split_once('-')?;
    let expected = signature(secrets, random);
    let same = random.len() == 32
        && signed.len() == expected.len()
        && signed
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    same.then(|| raw.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_keys_this_server_signed_verify() {
        let secrets = Secrets::random();
        let key = issue(&secrets);
        assert_eq!(verify(&secrets, &key), Some(key.clone()));
        assert_eq!(verify(&Secrets::random(), &key), None);
        assert_eq!(verify(&secrets, "planted-by-a-lure-page-0123456789"), None);
        let (random, _) = key.split_once('-').unwrap();
        assert_eq!(
            verify(&secrets, &format!("{random}-000000000000000000000000")),
            None
        );
    }
}
