//! `Access-Control-Allow-Origin: *` on the public, read-only JSON that
//! browser extensions and other sites read (scorecards, platforms, strikes,
//! channels, companies, the Turkopticon-compatible API), and on nothing else: no route
//! that reads a cookie or an `Authorization` header, no form, no page.
//! A wildcard never carries credentials, so a page elsewhere can read what
//! anyone could read, never what a signed-in organizer sees.

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::{Header, Method};
use rocket::{Request, Response};

pub struct PublicReadCors;

/// Path prefixes of the public read-only routes. Each matches itself and
/// what lies below it (`/api/v1/strikes` and `/api/v1/strikes/{id}`).
const PUBLIC_READS: [&str; 9] = [
    "/api/v1/requesters",
    "/api/v1/companies",
    "/api/v1/scorecards.csv",
    "/api/v1/platforms",
    "/api/v1/strikes",
    "/api/v1/channels",
    "/api/v1/openapi.json",
    "/turkopticon/v2/requesters",
    "/turkopticon/api/multi-attrs.php",
];

/// Whether a response to `method path` may be read from any origin.
pub fn is_public_read(method: Method, path: &str) -> bool {
    matches!(method, Method::Get | Method::Head)
        && PUBLIC_READS.iter().any(|prefix| {
            path.strip_prefix(prefix)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        })
}

#[rocket::async_trait]
impl Fairing for PublicReadCors {
    fn info(&self) -> Info {
        Info {
            name: "CORS on public reads",
            kind: Kind::Response,
        }
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        if is_public_read(request.method(), request.uri().path().as_str()) {
            response.set_header(Header::new("Access-Control-Allow-Origin", "*"));
        }
    }
}

#[cfg(test)]
mod tests {
    use rocket::http::{Header, Method};

    use super::is_public_read;
    use crate::testing::TestApp;

    #[test]
    fn only_public_reads_are_shared() {
        for path in [
            "/api/v1/requesters",
            "/api/v1/requesters/mturk/A1",
            "/api/v1/platforms/mturk",
            "/api/v1/strikes/abc",
            "/api/v1/channels/PH",
            "/api/v1/companies/demo-holdout-corp",
            "/turkopticon/v2/requesters/A1",
            "/turkopticon/api/multi-attrs.php",
        ] {
            assert!(is_public_read(Method::Get, path), "{path}");
        }
        for (method, path) in [
            (Method::Post, "/api/v1/strikes"),
            (Method::Post, "/api/v1/ratings"),
            (Method::Get, "/api/v1/reports/abc"),
            (Method::Delete, "/api/v1/reports/abc"),
            (Method::Get, "/api/v1/requesters-and-more"),
            (Method::Get, "/organize"),
            (Method::Get, "/rate"),
            (Method::Post, "/api/v1/vouchers"),
            (Method::Post, "/api/v1/companies/proposals"),
            (Method::Get, "/api/v1/moderation/proposals"),
        ] {
            assert!(!is_public_read(method, path), "{method} {path}");
        }
    }

    #[rocket::async_test]
    async fn public_json_is_readable_from_any_origin_and_the_rest_is_not() {
        let app = TestApp::new().await;
        let allow = |response: &rocket::local::asynchronous::LocalResponse<'_>| {
            response
                .headers()
                .get_one("Access-Control-Allow-Origin")
                .map(str::to_owned)
        };
        for path in [
            "/api/v1/platforms",
            "/api/v1/requesters?platform=mturk&ids=A1",
            "/api/v1/strikes",
            "/turkopticon/v2/requesters?rids=A1",
            "/turkopticon/api/multi-attrs.php?ids=A1",
        ] {
            let response = app
                .client
                .get(path)
                .header(Header::new("Origin", "https://worker.mturk.com"))
                .dispatch()
                .await;
            assert_eq!(allow(&response).as_deref(), Some("*"), "{path}");
        }
        let bearer = app
            .client
            .post("/api/v1/vouchers")
            .header(Header::new("Authorization", "Bearer nope"))
            .header(Header::new("Origin", "https://worker.mturk.com"))
            .dispatch()
            .await;
        assert_eq!(allow(&bearer), None, "a route taking a token is not shared");
        let report = app
            .client
            .delete("/api/v1/reports/abc")
            .header(Header::new("Authorization", "Receipt nope"))
            .dispatch()
            .await;
        assert_eq!(allow(&report), None);
        for page in ["/", "/rate", "/organize", "/extension"] {
            let response = app.client.get(page).dispatch().await;
            assert_eq!(allow(&response), None, "{page}");
        }
    }
}
