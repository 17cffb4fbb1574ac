//! Vouchers: one-time codes organizers hand out in person or in their
//! channels. A report filed with one is marked vouched; the code itself is
//! kept only as a hash, and never with the report.

use std::fmt;

use sha2::{Digest, Sha256};

use super::receipt::{grouped, random_code, ALPHABET};
use crate::i18n::Msg;

/// Characters of the batch tag that begins every voucher of a batch.
const TAG_CHARS: usize = 4;
/// A voucher: its batch's tag, then 16 random characters (80 bits).
const CODE_CHARS: usize = TAG_CHARS + 16;
/// Vouchers issued before tags: 16 random characters, no tag.
const UNTAGGED_CHARS: usize = 16;

/// What a worker types in. The code itself says which batch it is from
/// (its first four characters), so the stored voucher need not: the
/// database keeps only the code's hash, and a database holder cannot count
/// how many of a batch were spent. The server reads the tag only while a
/// report is filed, to refuse vouchers of a voided batch.
#[derive(Clone, PartialEq, Eq)]
pub struct VoucherCode(String);

/// The tag shared by the vouchers of one batch (the batch's id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchTag(String);

impl BatchTag {
    pub fn generate() -> BatchTag {
        BatchTag(random_code()[..TAG_CHARS].to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl VoucherCode {
    pub fn generate(tag: &BatchTag) -> VoucherCode {
        VoucherCode(format!("{}{}", tag.0, random_code()))
    }

    /// Parses what a worker typed: case, spaces and dashes do not matter.
    pub fn parse(raw: &str) -> Result<VoucherCode, Msg> {
        let code: String = raw
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let length_known = [CODE_CHARS, UNTAGGED_CHARS].contains(&code.len());
        if length_known && code.bytes().all(|b| ALPHABET.contains(&b)) {
            Ok(VoucherCode(code))
        } else {
            Err(Msg::new("invalid-voucher"))
        }
    }

    /// Its batch, unless it was issued before batches had tags (such a
    /// voucher's stored record still names its batch until it is spent).
    pub fn batch(&self) -> Option<BatchTag> {
        (self.0.len() == CODE_CHARS).then(|| BatchTag(self.0[..TAG_CHARS].to_owned()))
    }

    /// What is stored: a SHA-256 of the code (80 random bits besides the
    /// tag: it cannot be reversed by trying codes).
    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(format!("clickline voucher\0{}", self.0)))
    }

    pub fn display(&self) -> String {
        grouped(&self.0)
    }
}

/// Never print a voucher into logs by accident.
impl fmt::Debug for VoucherCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("VoucherCode(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vouchers_parse_back_as_typed_and_hash_apart_from_receipts() {
        let code = VoucherCode::generate(&BatchTag::generate());
        let typed = code.display().to_lowercase().replace('-', " ");
        assert!(VoucherCode::parse(&typed).unwrap() == code);
        assert!(VoucherCode::parse("nope").is_err());
        let as_receipt = code.display()[5..].to_owned();
        let receipt = super::super::ReceiptCode::parse(&as_receipt).unwrap();
        assert_ne!(
            receipt.hash(),
            VoucherCode::parse(&as_receipt).unwrap().hash()
        );
    }

    #[test]
    fn a_voucher_names_its_batch_and_an_untagged_one_none() {
        let tag = BatchTag::generate();
        let code = VoucherCode::generate(&tag);
        assert_eq!(code.display().len(), 24);
        assert_eq!(code.batch(), Some(tag));
        let untagged = VoucherCode::parse("ABCD-EFGH-JKMN-PQRS").unwrap();
        assert_eq!(untagged.batch(), None);
    }
}
