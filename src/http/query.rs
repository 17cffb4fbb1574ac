//! The query string as decoded pairs, for routes whose parameter names
//! Rocket's own query parsing would read differently (`fields[requesters]`,
//! sent unencoded by Turkopticon clients) or that take any field by name
//! (forms that fill themselves). Names and values are percent-decoded once
//! here; routes parse them into typed values.

use rocket::request::{FromRequest, Outcome, Request};

/// Every `name=value` pair of the query, decoded, in order.
#[derive(Debug, Default, Clone)]
pub struct QueryPairs(pub Vec<(String, String)>);

impl QueryPairs {
    pub fn parse(query: &str) -> QueryPairs {
        QueryPairs(
            form_urlencoded::parse(query.as_bytes())
                .map(|(name, value)| (name.into_owned(), value.into_owned()))
                .collect(),
        )
    }

    /// The first value given for `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for QueryPairs {
    type Error = std::convert::Infallible;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let query = request.uri().query().map(|q| q.as_str()).unwrap_or("");
        Outcome::Success(QueryPairs::parse(query))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_and_escapes_are_decoded_alike() {
        let raw = QueryPairs::parse("rids=A1,B2&fields[requesters]=rid,name");
        let encoded = QueryPairs::parse("rids=A1%2CB2&fields%5Brequesters%5D=rid%2Cname");
        for pairs in [raw, encoded] {
            assert_eq!(pairs.get("rids"), Some("A1,B2"));
            assert_eq!(pairs.get("fields[requesters]"), Some("rid,name"));
            assert_eq!(pairs.get("missing"), None);
        }
    }
}
