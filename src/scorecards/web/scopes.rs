//! Which kept pages show one target's scorecard: a requester's page shows
//! its own card, a platform's page its card and its requesters' rankings.
//! Every other page (home, search, lists, strikes...) is shared and is
//! dropped by any change (`http::page_cache`).

use crate::domain::{PlatformSlug, RequesterId};
use crate::http::page_cache::Scoping;
use crate::scorecards::Target;

pub const SCOPING: Scoping = Scoping {
    of_page,
    of_scorecard,
};

/// `/requesters/{platform}/{id}` and `/platforms/{slug}`, by their target's key.
fn of_page(segments: &[&str]) -> Option<String> {
    let target = match segments {
        ["requesters", platform, id] => Target::Requester(
            PlatformSlug::parse(platform).ok()?,
            RequesterId::parse(id).ok()?,
        ),
        ["platforms", slug] => Target::Platform(PlatformSlug::parse(slug).ok()?),
        _ => return None,
    };
    Some(target.key())
}

/// A requester's card shows on its page and on its platform's.
fn of_scorecard(key: &str) -> Vec<String> {
    match Target::from_key(key) {
        Some(Target::Requester(platform, _)) => {
            vec![key.to_owned(), Target::Platform(platform).key()]
        }
        Some(_) => vec![key.to_owned()],
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_requesters_card_scopes_its_page_and_its_platforms() {
        let page = of_page(&["requesters", "mturk", "A1B2C3D4E5"]).unwrap();
        assert_eq!(page, "requester:mturk:A1B2C3D4E5");
        assert_eq!(
            of_scorecard(&page),
            vec![page.clone(), "platform:mturk".to_owned()]
        );
        assert_eq!(of_page(&["platforms", "mturk"]).unwrap(), "platform:mturk");
        assert_eq!(of_page(&["strikes"]), None);
        assert_eq!(of_page(&["requesters", "mturk"]), None);
    }
}
