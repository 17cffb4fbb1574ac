//! Forms accept only posts from Clickline's own pages. A lure page on
//! another site could otherwise post to `/rate` (planting a submission key),
//! log an organizer in or out, or act in their name. Browsers say where a
//! request comes from (`Sec-Fetch-Site`, or `Origin`); a cross-site post to
//! any page route is answered with a clear 403 page and does nothing.
//! Requests without either header (curl, old browsers) are not cross-site
//! requests a browser made on someone's behalf, and pass.

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
        // The JSON API takes no cookies and cannot be read across sites.
        let api = request.uri().path().starts_with("/api/");
        if safe || api || !is_cross_site(request) {
            return;
        }
        request.set_method(Method::Get);
        request.set_uri(Origin::parse(REFUSED).expect("a valid path"));
    }
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
            "notice",
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
