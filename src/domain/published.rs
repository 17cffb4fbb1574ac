//! The publication rule for counts: a group smaller than `min_group_size`
//! is never published as a number, so nothing public speaks for a handful
//! of people. Every per-country count (pledges, undercuts, channel figures)
//! goes through [`PublishedCount::of`].

use serde::Serialize;

/// A count as published: the number, or `{"fewer_than": N}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(untagged)]
pub enum PublishedCount {
    Count(u64),
    FewerThan { fewer_than: u32 },
}

impl PublishedCount {
    pub fn of(n: u64, min_group_size: u32) -> PublishedCount {
        if n < u64::from(min_group_size) {
            PublishedCount::FewerThan {
                fewer_than: min_group_size,
            }
        } else {
            PublishedCount::Count(n)
        }
    }

    /// A count of a group that may be absent: nobody at all is a plain 0.
    pub fn of_known(n: Option<u64>, min_group_size: u32) -> PublishedCount {
        n.map_or(PublishedCount::Count(0), |n| {
            PublishedCount::of(n, min_group_size)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::PublishedCount;
    use serde_json::json;

    #[test]
    fn small_groups_are_only_fewer_than() {
        assert_eq!(json!(PublishedCount::of(4, 5)), json!({ "fewer_than": 5 }));
        assert_eq!(json!(PublishedCount::of(0, 5)), json!({ "fewer_than": 5 }));
        assert_eq!(json!(PublishedCount::of(5, 5)), json!(5));
        assert_eq!(json!(PublishedCount::of_known(None, 5)), json!(0));
        assert_eq!(
            json!(PublishedCount::of_known(Some(2), 5)),
            json!({ "fewer_than": 5 })
        );
    }
}
