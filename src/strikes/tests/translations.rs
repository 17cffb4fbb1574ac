//! Strike calls in the languages of the countries they reach: each reader
//! sees the call in their language, else their channel's, else as written.

use rocket::http::{Header, Status};
use serde_json::{json, Value};

use crate::domain::Day;
use crate::testing::{sample_rating, TestApp};

const INDONESIAN_TITLE: &str = "Tidak ada survei di bawah upah minimum";

fn call(translations: Value) -> Value {
    json!({
        "title": "No surveys under minimum wage",
        "demands": "Pay at least the **minimum wage** of the worker's country.",
        "platform": "mturk",
        "requester_ids": "A1B2C3D4E5",
        "called_in": "PH",
        "starts_on": Day::today().to_string(),
        "language": "en",
        "translations": translations,
    })
}

fn indonesian() -> Value {
    json!({ "id": {
        "title": INDONESIAN_TITLE,
        "demands": "Bayar paling sedikit **upah minimum** negara pekerja.",
    }})
}

/// A strike from PH whose work is also done in ID and KE (two ratings
/// each, `min_group_size` 2), so both are alerted.
async fn alerting_id_and_ke(translations: Value) -> (TestApp, String) {
    let app = TestApp::with_settings(&[("min_group_size", 2)]).await;
    for country in ["PH", "ID", "ID", "KE", "KE"] {
        let mut rating = sample_rating();
        rating["country"] = json!(country);
        let filed = app.post_json("/api/v1/ratings", &rating).await;
        assert_eq!(filed.status(), Status::Created);
    }
    app.settle().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let response = app
        .post_json_as(&ana.token, "/api/v1/strikes", &call(translations))
        .await;
    assert_eq!(response.status(), Status::Created);
    let created: Value = response.into_json().await.unwrap();
    assert_eq!(created["solidarity_in"], json!(["ID", "KE"]));
    (app, created["id"].as_str().unwrap().to_owned())
}

/// The page at `path` for a reader whose browser asks for `accept` (or
/// nothing): its `Content-Language` and its body.
async fn read(app: &TestApp, path: &str, accept: Option<&str>) -> (String, String) {
    let mut request = app.client.get(path.to_owned());
    if let Some(accept) = accept {
        request = request.header(Header::new("Accept-Language", accept.to_owned()));
    }
    let response = request.dispatch().await;
    assert_eq!(response.status(), Status::Ok, "GET {path}");
    let language = response
        .headers()
        .get_one("Content-Language")
        .unwrap_or_default()
        .to_owned();
    (language, response.into_string().await.unwrap_or_default())
}

#[rocket::async_test]
async fn an_indonesian_reader_reads_the_call_in_indonesian_everywhere() {
    let (app, id) = alerting_id_and_ke(indonesian()).await;
    let strike: Value = app.get_json(&format!("/api/v1/strikes/{id}")).await;
    assert_eq!(strike["language"], "en");
    assert_eq!(strike["translations"], indonesian());

    // No language asked: the channel speaks Indonesian, and so does the call.
    let (language, channel) = read(&app, "/channels/ID", None).await;
    assert_eq!(language, "id");
    assert!(channel.contains(&format!("lang=\"id\" dir=\"ltr\">{INDONESIAN_TITLE}</a>")));
    // The alert names the struck requester on its platform.
    assert!(channel.contains("A1B2C3D4E5"));

    // A French reader gets French words, and the call in the channel's
    // language, said to be Indonesian, since it has no French text.
    let (language, channel) = read(&app, "/channels/ID", Some("fr")).await;
    assert_eq!(language, "fr");
    assert!(channel.contains("Lire ce canal en"));
    assert!(channel.contains(INDONESIAN_TITLE));
    assert!(channel.contains("(En Bahasa Indonesia)"));

    let (_, feed) = read(&app, "/channels/ID.atom", None).await;
    assert!(feed.contains("xml:lang=\"id\""));
    assert!(feed.contains(INDONESIAN_TITLE));

    let (_, page) = read(&app, &format!("/strikes/{id}"), Some("id-ID")).await;
    assert!(page.contains(&format!(
        "<h1 lang=\"id\" dir=\"ltr\">{INDONESIAN_TITLE}</h1>"
    )));
    assert!(page.contains("upah minimum"));
    // Someone who asks for nothing reads it as written, with a link to the
    // Indonesian text.
    let (_, page) = read(&app, &format!("/strikes/{id}"), None).await;
    assert!(page.contains("<h1 lang=\"en\" dir=\"ltr\">No surveys under minimum wage</h1>"));
    let also = &page[page.find("Also in:").expect("the other languages")..];
    assert!(also[..also.find("</p>").unwrap()].contains(">Bahasa Indonesia</a>"));

    // The requester's scorecard carries the title for the extension.
    app.settle().await;
    let card: Value = app.get_json("/api/v1/requesters/mturk/A1B2C3D4E5").await;
    let banner = &card["active_strikes"][0];
    assert_eq!(banner["translations"]["id"]["title"], INDONESIAN_TITLE);
}

#[rocket::async_test]
async fn organizers_see_the_alerted_countries_that_cannot_read_the_call() {
    let (app, id) = alerting_id_and_ke(indonesian()).await;
    let ana = app.organizer("ana2@union.example", "PH", "organizer").await;
    app.login(&ana).await;
    let (_, page) = read(&app, &format!("/strikes/{id}"), Some("en")).await;
    let section = &page[page.find("id=\"untranslated-title\"").expect("the list")..];
    let section = &section[..section.find("</section>").unwrap()];
    // Kenya reads Swahili first, and the call has none; Indonesia has its text.
    assert!(section.contains("/channels/KE"), "{section}");
    assert!(section.contains("Kiswahili"));
    assert!(!section.contains("/channels/ID"));
    // Workers who are not organizers see no such list.
    let worker = app.second_instance().await;
    let (_, page) = read(&worker, &format!("/strikes/{id}"), Some("en")).await;
    assert!(!page.contains("untranslated-title"));
}

#[rocket::async_test]
async fn a_translation_into_no_language_of_clickline_or_the_original_is_refused() {
    let app = TestApp::new().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let cases = [
        (
            json!({ "xx": { "title": "Judul mogok", "demands": "Tuntutan kami semua." } }),
            "translations.xx.title",
        ),
        (
            json!({ "en": { "title": "Another title", "demands": "The same in English." } }),
            "translations.en.title",
        ),
        (
            json!({ "id": { "title": "No", "demands": "Bayar upah minimum." } }),
            "translations.id.title",
        ),
        (
            json!({ "id": { "title": "Judul yang cukup", "demands": "" } }),
            "translations.id.demands",
        ),
        (json!({ "id": "Judul" }), "translations.id"),
    ];
    for (translations, field) in cases {
        let response = app
            .post_json_as(&ana.token, "/api/v1/strikes", &call(translations.clone()))
            .await;
        assert_eq!(
            response.status(),
            Status::UnprocessableEntity,
            "{translations}"
        );
        let body: Value = response.into_json().await.unwrap();
        assert!(body["errors"][field].is_array(), "{translations}: {body}");
    }
    let mut unknown = call(json!({}));
    unknown["language"] = json!("pt");
    let response = app
        .post_json_as(&ana.token, "/api/v1/strikes", &unknown)
        .await;
    assert_eq!(response.status(), Status::UnprocessableEntity);
    assert_eq!(app.count("strikes").await, 0, "nothing stored");
}

#[rocket::async_test]
async fn the_strike_form_keeps_every_translation_typed_when_it_is_refused() {
    let app = TestApp::new().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    app.login(&ana).await;
    let csrf = app.csrf().await;
    let form = app.get_html("/organize/strikes/new").await;
    assert!(form.contains("name=\"translations.hi.demands\""), "{form}");
    let refused = app
        .post_form(
            "/organize/strikes",
            &[
                ("csrf", &csrf),
                ("title", "No surveys under minimum wage"),
                ("demands", "Pay at least the minimum wage."),
                ("platform", "mturk"),
                ("called_in", "PH"),
                ("starts_on", &Day::today().to_string()),
                ("language", "en"),
                ("translations.hi.title", "न्यूनतम मज़दूरी से कम पर सर्वे नहीं"),
                ("translations.hi.demands", ""),
            ],
        )
        .await;
    assert_eq!(refused.status(), Status::UnprocessableEntity);
    let page = refused.into_string().await.unwrap();
    assert!(page.contains("न्यूनतम मज़दूरी से कम पर सर्वे नहीं"));
    assert!(page.contains("id=\"translations.hi.demands-error\""));
    // The original's fields are kept too.
    assert!(page.contains("value=\"No surveys under minimum wage\""));
    assert!(page.contains(">Pay at least the minimum wage.</textarea>"));
    assert_eq!(app.count("strikes").await, 0);
}

#[rocket::async_test]
async fn organizers_add_a_translation_after_the_call_and_kenya_reads_it() {
    let (app, id) = alerting_id_and_ke(indonesian()).await;
    let ana = app.organizer("ana2@union.example", "PH", "organizer").await;
    let swahili = json!({
        "language": "sw",
        "title": "Hakuna tafiti chini ya mshahara wa chini",
        "demands": "Lipeni angalau **mshahara wa chini** wa nchi ya mfanyakazi.",
    });
    let path = format!("/api/v1/strikes/{id}/translations");
    // Only organizers of a country where it is called; only real languages.
    let kenyan = app.organizer("kip@union.example", "KE", "organizer").await;
    let refused = app.post_json_as(&kenyan.token, &path, &swahili).await;
    assert_eq!(refused.status(), Status::Forbidden);
    let mut english = swahili.clone();
    english["language"] = json!("en");
    let refused = app.post_json_as(&ana.token, &path, &english).await;
    assert_eq!(refused.status(), Status::UnprocessableEntity);
    let added = app.post_json_as(&ana.token, &path, &swahili).await;
    assert_eq!(added.status(), Status::Ok);
    let strike: Value = added.into_json().await.unwrap();
    assert_eq!(strike["translations"]["sw"]["title"], swahili["title"]);
    assert_eq!(strike["translations"]["id"]["title"], INDONESIAN_TITLE);
    let (_, channel) = read(&app, "/channels/KE", None).await;
    assert!(channel.contains("Hakuna tafiti chini ya mshahara wa chini"));

    // From the strike page's form: refused with its messages, text kept.
    app.login(&ana).await;
    let csrf = app.csrf().await;
    let form = format!("/organize/strikes/{id}/translation");
    let refused = app
        .post_form(
            &form,
            &[
                ("csrf", &csrf),
                ("language", "hi"),
                ("title", "हड़ताल"),
                ("demands", ""),
            ],
        )
        .await;
    assert_eq!(refused.status(), Status::UnprocessableEntity);
    let page = refused.into_string().await.unwrap();
    assert!(page.contains("id=\"translation-demands-error\""));
    assert!(page.contains("value=\"हड़ताल\""));
    let added = app
        .post_form(
            &form,
            &[
                ("csrf", &csrf),
                ("language", "hi"),
                ("title", "न्यूनतम मज़दूरी से कम पर सर्वे नहीं"),
                ("demands", "मज़दूर के देश की **न्यूनतम मज़दूरी** दो।"),
            ],
        )
        .await;
    assert_eq!(added.status(), Status::SeeOther);
    let strike: Value = app.get_json(&format!("/api/v1/strikes/{id}")).await;
    assert_eq!(
        strike["translations"]["hi"]["title"],
        "न्यूनतम मज़दूरी से कम पर सर्वे नहीं"
    );
}
