//! Every page of the site, in every language: it renders, says which
//! language it is in, uses no message that is missing, and (beyond English)
//! shows no English navigation.

use rocket::http::{Header, Status};
use serde_json::json;

use crate::i18n::{Lang, MISSING};
use crate::testing::{sample_grievance, TestApp};

/// Pages anyone can read, once there is a rating, a grievance and a strike.
async fn public_pages(app: &TestApp) -> Vec<String> {
    let (rating, _) = app.file_rating().await;
    let grievance: serde_json::Value = app
        .post_json("/api/v1/grievances", &sample_grievance())
        .await
        .into_json()
        .await
        .expect("JSON");
    let admin = app.organizer("admin@union.example", "PH", "admin").await;
    let strike = json!({ "title": "Strike at MTurk", "demands": "Pay at least the minimum wage.",
                         "platform": "mturk", "called_in": "PH",
                         "starts_on": crate::domain::Day::today().to_string() });
    let strike: serde_json::Value = app
        .post_json_as(&admin.token, "/api/v1/strikes", &strike)
        .await
        .into_json()
        .await
        .expect("JSON");
    let campaign = json!({ "platform": "clickworker", "title": "Our data from Clickworker",
                           "categories": ["ratings", "flags"], "countries": ["DE", "PH"],
                           "explanation": "Ask for the data behind every closed account." });
    let campaign: serde_json::Value = app
        .post_json_as(&admin.token, "/api/v1/data-requests", &campaign)
        .await
        .into_json()
        .await
        .expect("JSON");
    app.settle().await;
    app.login(&admin).await;
    let mut pages: Vec<String> = [
        "/",
        "/?q=Acme",
        "/?q=nobody-like-this",
        "/rate",
        "/report",
        "/platforms",
        "/platforms/mturk",
        "/requesters/mturk/A1B2C3D4E5",
        "/strikes",
        "/channels",
        "/channels/PH",
        "/methodology",
        "/receipt",
        "/extension",
        "/rate?platform=mturk&requester_id=A1&pay=x&title=Tag",
        "/organize/login",
        "/organize",
        "/organize/password",
        "/organize/strikes/new",
        "/organize/moderation",
        "/organize/moderation/log",
        "/organize/grievances",
        "/organize/organizers",
        "/organize/proposals",
        "/companies",
        "/companies/amazon-com-inc",
        "/companies/proposals",
        "/channels/US",
        "/data-requests",
        "/data-requests/receipt",
        "/organize/data-requests",
    ]
    .iter()
    .map(|p| (*p).to_owned())
    .collect();
    pages.push(format!("/reports/{rating}"));
    pages.push(format!("/reports/{}", grievance["id"].as_str().unwrap()));
    pages.push(format!("/strikes/{}", strike["id"].as_str().unwrap()));
    pages.push(format!(
        "/data-requests/{}",
        campaign["id"].as_str().unwrap()
    ));
    pages
}

fn check(lang: Lang, what: &str, html: &str) {
    assert!(
        html.contains(&format!(
            r#"<html lang="{}" dir="{}">"#,
            lang.code(),
            lang.dir()
        )),
        "{what} in {}: no <html lang>",
        lang.code()
    );
    assert!(
        !html.contains(MISSING),
        "{what} in {}: a message is missing",
        lang.code()
    );
    if lang != Lang::En {
        assert!(
            !html.contains(">Rate a requester<") && !html.contains("Skip to content"),
            "{what} in {}: English navigation",
            lang.code()
        );
    }
}

/// What the browser downloads for the stylesheet, compressed.
async fn stylesheet_bytes(app: &TestApp) -> usize {
    let css = app
        .client
        .get(app.stylesheet_href().await)
        .header(Header::new("Accept-Encoding", "gzip"))
        .dispatch()
        .await;
    css.into_bytes().await.expect("the stylesheet").len()
}

/// The budget: the heaviest page with its CSS, as sent.
const PAGE_BUDGET: usize = 60 * 1024;

#[rocket::async_test]
async fn every_page_renders_in_every_language() {
    let app = TestApp::new().await;
    let pages = public_pages(&app).await;
    let css = stylesheet_bytes(&app).await;
    let mut heaviest = (0, String::new());
    // The campaign's page comes last.
    let campaign = pages.last().expect("a campaign page").clone();
    let sent: serde_json::Value = app
        .post_json(
            &format!("/api/v1{campaign}/sent"),
            &json!({ "country": "PH" }),
        )
        .await
        .into_json()
        .await
        .expect("JSON");
    let receipt = format!(
        "id={}&receipt={}",
        sent["id"].as_str().unwrap(),
        sent["receipt"].as_str().unwrap()
    );
    for lang in Lang::ALL {
        for path in &pages {
            let response = app
                .client
                .get(path.clone())
                .header(Header::new("Accept-Language", lang.code()))
                .header(Header::new("Accept-Encoding", "gzip"))
                .dispatch()
                .await;
            let status = response.status();
            assert_eq!(status, Status::Ok, "GET {path} in {}", lang.code());
            let gzipped = response.headers().get_one("Content-Encoding") == Some("gzip");
            let wire = response.into_bytes().await.unwrap();
            if wire.len() + css > heaviest.0 {
                heaviest = (wire.len() + css, format!("{path} in {}", lang.code()));
            }
            let html = if gzipped {
                gunzip(&wire)
            } else {
                String::from_utf8(wire).unwrap()
            };
            check(lang, path, &html);
        }
        // A data-request letter and the receipt's page, both answers to forms.
        for (path, body) in [
            (
                format!("{campaign}/letter"),
                "country=DE&name=Rosa&email=rosa%40example.org".to_owned(),
            ),
            ("/data-requests/receipt".to_owned(), receipt.clone()),
        ] {
            let posted = app
                .client
                .post(path.clone())
                .header(rocket::http::ContentType::Form)
                .header(Header::new("Accept-Language", lang.code()))
                .body(body)
                .dispatch()
                .await;
            assert_eq!(posted.status(), Status::Ok, "POST {path}");
            check(lang, &path, &posted.into_string().await.unwrap());
        }
        // A form sent back with a message on every field, and an error page.
        let invalid = app
            .client
            .post("/rate")
            .header(rocket::http::ContentType::Form)
            .header(Header::new("Accept-Language", lang.code()))
            .body("comment=ok")
            .dispatch()
            .await;
        assert_eq!(invalid.status(), Status::UnprocessableEntity);
        check(
            lang,
            "the rating form with errors",
            &invalid.into_string().await.unwrap(),
        );
        let missing = app
            .client
            .get("/no/such/page")
            .header(Header::new("Accept-Language", lang.code()))
            .dispatch()
            .await;
        assert_eq!(missing.status(), Status::NotFound);
        check(lang, "the 404 page", &missing.into_string().await.unwrap());
    }
    println!(
        "heaviest page with its CSS: {} bytes ({})",
        heaviest.0, heaviest.1
    );
    assert!(
        heaviest.0 < PAGE_BUDGET,
        "{} weighs {} bytes with its CSS",
        heaviest.1,
        heaviest.0
    );
}

fn gunzip(bytes: &[u8]) -> String {
    use std::io::Read;
    let mut html = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut html)
        .expect("gzip");
    html
}
