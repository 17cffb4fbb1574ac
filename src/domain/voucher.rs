//! Vouchers: one-time codes organizers hand out in person or in their
//! channels. A report filed with one is marked vouched; the code itself is
//! kept only as a hash, and never with the report.

use std::fmt;

use sha2::{Digest, Sha256};

use super::receipt::{grouped, normalized_code, random_code};
use crate::i18n::Msg;

#[derive(Clone, PartialEq, Eq)]
pub struct VoucherCode(String);

impl VoucherCode {
    pub fn generate() -> VoucherCode {
        VoucherCode(random_code())
    }

    /// Parses what a worker typed: case, spaces and dashes do not matter.
    pub fn parse(raw: &str) -> Result<VoucherCode, Msg> {
        normalized_code(raw)
            .map(VoucherCode)
            .ok_or_else(|| Msg::new("invalid-voucher"))
    }

    /// What is stored: a SHA-256 of the code (80 random bits: it cannot be
    /// reversed by trying codes).
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
        let code = VoucherCode::generate();
        let typed = code.display().to_lowercase().replace('-', " ");
        assert!(VoucherCode::parse(&typed).unwrap() == code);
        assert!(VoucherCode::parse("nope").is_err());
        let receipt = super::super::ReceiptCode::parse(&code.display()).unwrap();
        assert_ne!(receipt.hash(), code.hash());
    }
}
