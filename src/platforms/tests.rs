//! The requester store against a real database: names, aliases and search.

use crate::domain::PlatformSlug;
use crate::domain::RequesterId;
use crate::platforms::model::SearchText;
use crate::platforms::store::*;
use crate::testing::TestApp;
use mongodb::bson::doc;

#[rocket::async_test]
async fn search_finds_word_prefixes_of_names_aliases_and_ids_through_its_index() {
    let app = TestApp::new().await;
    let platform = PlatformSlug::parse("mturk").unwrap();
    let id = RequesterId::parse("A1B2").unwrap();
    app.db
        .record_requester(&platform, &id, Some("Ácme Fast Tasks"))
        .await
        .unwrap();
    app.db
        .record_requester(&platform, &id, Some("Data Labs"))
        .await
        .unwrap();
    let other = RequesterId::parse("Z9").unwrap();
    app.db
        .record_requester(&platform, &other, None)
        .await
        .unwrap();
    for query in ["fast", "ACME", "acme fast t", "a1b", "labs", "Tâsks"] {
        let found = app
            .db
            .search_requesters(&SearchText::parse(query).unwrap(), 10)
            .await
            .unwrap();
        assert_eq!(found.len(), 1, "{query}");
        assert_eq!(found[0].name(), "Ácme Fast Tasks");
    }
    let none = app
        .db
        .search_requesters(&SearchText::parse("ast").unwrap(), 10)
        .await
        .unwrap();
    assert!(none.is_empty(), "a prefix of a word, not any substring");

    let plan = app
        .db
        .raw()
        .run_command(doc! { "explain": {
            "find": REQUESTERS,
            "filter": { "search_keys": { "$gte": "fast", "$lt": format!("fast{}", char::MAX) } },
        } })
        .await
        .unwrap();
    assert!(plan.to_string().contains("IXSCAN"), "{plan}");
}
