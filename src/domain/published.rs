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
    }
}
