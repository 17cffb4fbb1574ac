//! Moderation's own tests (its pages are tested with the app in `app_tests`).

use super::model::FlagReason;
use crate::i18n::{has_message, Lang};

#[test]
fn every_flag_reason_has_a_label_in_every_language() {
    for reason in FlagReason::ALL.iter() {
        for lang in Lang::ALL {
            assert!(
                has_message(lang, &reason.label(), &[]),
                "{lang:?} {}",
                reason.label()
            );
        }
    }
}
