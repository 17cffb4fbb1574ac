//! Forms accept only posts from Clickline's own pages. A lure page on
//! another site could otherwise post to `/rate` (planting a submission key),
//! log an organizer in or out, or act in their name. Browsers say where a
//! request comes from (`Sec-Fetch-Site`, or `Origin`); a cross-site post to
//! any page route is answered with a clear 403 page and does nothing.
//! Requests without either header (curl, old browsers) are not cross-site
//! requests a browser made on someone's behalf, and pass.
//!
//! The JSON API takes no cookies, but a lure page could still make its
//! visitors file ratings, pledges, supports and flags from their own
//! addresses (so past every per-client limit) with a plain form posted to
//! it. So API writes, too, are refused when a browser says they come from
//! another site (403), and take only `application/json` (415): a page
//! elsewhere can send JSON only after a CORS preflight, which Clickline
//! never grants for a write.

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::uri::Origin;
use rocket::http::{Method, Status};
use rocket::{get, routes, Data, Request, Route};

use crate::http::page::{page, Private, View};
use crate::i18n::Msg;

/// Where refused posts are sent.
const REFUSED: &str = "/cross-site-refused";

pub fn routes() -> Vec<Route> {
    routes![cross_site_refused]
}

pub struct SameOriginForms;

#[rocket::async_trait]
impl Fairing for SameOriginForms {
    fn info(&self) -> Info {
        Info {
            name: "refuse cross-site form posts",
            kind: Kind::Request,
        }
    }

    async fn on_request(&self, request: &mut Request<'_>, _: &mut Data<'_>) {
        let safe = matches!(
            request.method(),
            Method::Get | Method::Head | Method::Options
        );
        if safe {
            return;
        }
        if request.uri().path().starts_with("/api/") {
            refuse_api_write(request);
        } else if is_cross_site(request) {
            request.set_method(Method::Get);
            request.set_uri(Origin::parse(REFUSED).expect("a valid path"));
        }
    }
}

/// Why an API write was refused before any route saw it; the API's catcher
/// (`http::api`) answers with its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusedWrite {
    None,
    CrossSite,
    NotJson,
}

/// No route answers this path, so a refused write reaches the API's catcher.
const REFUSED_API: &str = "/api/v1/refused-write";

fn refuse_api_write(request: &mut Request<'_>) {
    // A body is what a form can send; a DELETE carries none, and neither
    // it nor an `Authorization` header can come from a form.
    let has_body = !matches!(request.method(), Method::Delete);
    let why = if is_cross_site(request) {
        RefusedWrite::CrossSite
    } else if has_body && !request.content_type().is_some_and(|ct| ct.is_json()) {
        RefusedWrite::NotJson
    } else {
        return;
    };
    request.local_cache(|| why);
    request.set_method(Method::Get);
    request.set_uri(Origin::parse(REFUSED_API).expect("a valid path"));
}

/// Writes the refusals above into the API's description: every write may
/// be refused as cross-site (403), every write with a body as not JSON (415).
pub fn describe_refusals(openapi: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
    let refusal = |description: &str| {
        let content = ContentBuilder::new()
            .schema(Some(Ref::from_schema_name("ErrorResponse")))
            .build();
        RefOr::T(
            ResponseBuilder::new()
                .description(description)
                .content("application/json", content)
                .build(),
        )
    };
    for item in openapi.paths.paths.values_mut() {
        let writes = [
            (&mut item.post, true),
            (&mut item.put, true),
            (&mut item.patch, true),
            (&mut item.delete, false),
        ];
        for (operation, has_body) in writes {
            let Some(operation) = operation else { continue };
            let responses = &mut operation.responses.responses;
            responses
                .entry("403".to_owned())
                .or_insert_with(|| refusal("Refused: from a page on another site"));
            if has_body {
                responses
                    .entry("415".to_owned())
                    .or_insert_with(|| refusal("Refused: the body is not JSON"));
            }
        }
    }
}

/// The refusal `refuse_api_write` recorded for this request, if any.
pub fn refused_write(request: &Request<'_>) -> RefusedWrite {
    *request.local_cache(|| RefusedWrite::None)
}

/// Whether the browser says the request comes from another site.
fn is_cross_site(request: &Request<'_>) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get_one("Sec-Fetch-Site") {
        return !matches!(site, "same-origin" | "none");
    }
    match (headers.get_one("Origin"), headers.get_one("Host")) {
        (Some(origin), Some(host)) => {
            let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
            !origin_host.eq_ignore_ascii_case(host)
        }
        (Some(_), None) => true,
        (None, _) => false,
    }
}

#[get("/cross-site-refused")]
pub fn cross_site_refused() -> Private<View> {
    Private(
        Status::Forbidden,
        page(
            "layout/notice",
            Msg::new("title-cross-site"),
            serde_json::json!({ "message": Msg::new("cross-site-refused"), "link": "/" }),
        ),
    )
}

#[cfg(test)]
mod tests {
    use rocket::http::{ContentType, Header, Status};

    use crate::testing::TestApp;

    const RATING_FORM: &str = "platform=mturk&requester_id=A1&country=PH&task_type=survey\
        &pay.amount=1&pay.currency=USD&minutes=30&paid=yes&rejected=none\
        &communication=not_tried&recommend=false";

    #[rocket::async_test]
    async fn posts_from_other_sites_are_refused_and_store_nothing() {
        let app = TestApp::new().await;
        let lures = [
            Header::new("Sec-Fetch-Site", "cross-site"),
            Header::new("Sec-Fetch-Site", "same-site"),
            Header::new("Origin", "https://lure.example"),
            Header::new("Origin", "null"),
        ];
        for lure in lures {
            let response = app
                .client
                .post("/rate")
                .header(ContentType::Form)
                .header(lure.clone())
                .body(RATING_FORM)
                .dispatch()
                .await;
            assert_eq!(response.status(), Status::Forbidden, "{lure}");
            let body = response.into_string().await.unwrap();
            assert!(body.contains("another site"), "{body}");
        }
        assert_eq!(app.count("reports").await, 0);
        let own = app
            .client
            .post("/rate")
            .header(ContentType::Form)
            .header(Header::new("Sec-Fetch-Site", "same-origin"))
            .header(Header::new("Origin", "http://localhost"))
            .body(RATING_FORM)
            .dispatch()
            .await;
        assert_eq!(own.status(), Status::Ok);
        assert_eq!(app.count("reports").await, 1);
    }

    /// A lure page's plain form, or a cross-site request a browser marks as
    /// such, files nothing through the JSON API.
    #[rocket::async_test]
    async fn api_writes_take_only_json_and_never_from_other_sites() {
        let app = TestApp::new().await;
        let writes = [
            "/api/v1/ratings",
            "/api/v1/grievances",
            "/api/v1/strikes/s0000000000000/pledges",
            "/api/v1/strikes/s0000000000000/support",
            "/api/v1/reports/r0000000000000/flags",
            "/api/v1/companies/proposals",
        ];
        for path in writes {
            for content_type in [ContentType::Form, ContentType::Plain, ContentType::FormData] {
                let response = app
                    .client
                    .post(path)
                    .header(content_type.clone())
                    .body(RATING_FORM)
                    .dispatch()
                    .await;
                assert_eq!(response.status(), Status::UnsupportedMediaType, "{path}");
                let body: serde_json::Value = response.into_json().await.unwrap();
                assert!(body["error"].as_str().unwrap().contains("application/json"));
            }
            let lured = app
                .client
                .post(path)
                .header(ContentType::JSON)
                .header(Header::new("Sec-Fetch-Site", "cross-site"))
                .body(crate::testing::sample_rating().to_string())
                .dispatch()
                .await;
            assert_eq!(lured.status(), Status::Forbidden, "{path}");
        }
        let json = app
            .client
            .post("/api/v1/ratings")
            .header(ContentType::JSON)
            .header(Header::new("Sec-Fetch-Site", "same-origin"))
            .body(crate::testing::sample_rating().to_string())
            .dispatch()
            .await;
        assert_eq!(json.status(), Status::Created);
        assert_eq!(app.count("reports").await, 1, "only the JSON one");
    }

    #[rocket::async_test]
    async fn a_key_the_server_did_not_sign_is_never_served_or_used() {
        let app = TestApp::new().await;
        let planted = "planted0by0a0lure0page0000000000";
        let form = format!("submission_key={planted}&platform=mturk");
        let response = app
            .client
            .post("/rate")
            .header(ContentType::Form)
            .body(form)
            .dispatch()
            .await;
        assert_eq!(response.status(), Status::UnprocessableEntity);
        let page = response.into_string().await.unwrap();
        assert!(page.contains("name=\"submission_key\""));
        assert!(!page.contains(planted), "the planted key came back");
        let filed = app
            .client
            .post("/rate")
            .header(ContentType::Form)
            .body(format!("submission_key={planted}&{RATING_FORM}"))
            .dispatch()
            .await;
        assert_eq!(filed.status(), Status::Ok);
        // Replaying the same report with the planted key gets a new report
        // and a new receipt, never the first one's.
        let replay = app
            .client
            .post("/rate")
            .header(ContentType::Form)
            .body(format!("submission_key={planted}&{RATING_FORM}"))
            .dispatch()
            .await;
        let first = filed.into_string().await.unwrap();
        let second = replay.into_string().await.unwrap();
        let receipt = |html: &str| {
            let start = html.find("class=\"receipt-code\"").unwrap();
            html[start..start + 60].to_owned()
        };
        assert_ne!(receipt(&first), receipt(&second));
        assert_eq!(app.count("reports").await, 2);
    }
}
