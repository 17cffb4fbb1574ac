//! Targets and their keys.

use crate::scorecards::*;

#[test]
fn keys_round_trip_even_with_colons_in_ids() {
    let target = Target::Requester(
        PlatformSlug::parse("upwork").unwrap(),
        RequesterId::parse("~01:ab").unwrap(),
    );
    assert_eq!(Target::from_key(&target.key()), Some(target));
    assert_eq!(
        Target::from_key("platform:mturk"),
        Some(Target::Platform(PlatformSlug::parse("mturk").unwrap()))
    );
    assert_eq!(Target::from_key("bogus"), None);
    let company = Target::Company(CompanySlug::parse("holdout-corp").unwrap());
    assert_eq!(company.key(), "company:holdout-corp");
    assert_eq!(Target::from_key(&company.key()), Some(company));
}
