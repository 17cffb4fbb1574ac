//! Nothing below `min_group_size` is recovered by differencing nested
//! cards: a platform or company card and each of its requesters', or a
//! card's two windows, on the demo data (whose requester `cw-demo-118`
//! has a few ratings from each of three countries).

use std::collections::BTreeMap;

use serde_json::Value;

use crate::testing::TestApp;

const K: i64 = 5;
const WINDOWS: [&str; 2] = ["all", "last_90_days"];

/// A platform or company card, by key, with the `(platform, requester)`
/// accounts inside it (`*`: every requester of the platform).
type Outer = (String, Value, Vec<(String, String)>);

/// A card's countries in one window, "other" apart.
fn countries(card: &Value, window: &str) -> BTreeMap<String, i64> {
    card[window]["by_country"]
        .as_array()
        .expect("by_country")
        .iter()
        .filter(|row| row["country"] != "other")
        .map(|row| {
            (
                row["country"].as_str().unwrap().to_owned(),
                row["ratings"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn assert_no_small_difference(difference: i64, what: &str) {
    assert!(
        difference == 0 || difference >= K,
        "{what}: a difference of {difference}, below {K}"
    );
}

/// Each outer card's country minus what its members show there.
fn check_nesting(outer_name: &str, outer: &Value, members: &[(String, Value)]) {
    for window in WINDOWS {
        for (country, total) in countries(outer, window) {
            let mut residual = total;
            for (member_name, member) in members {
                if let Some(part) = countries(member, window).get(&country) {
                    let what = format!("{outer_name} minus {member_name}, {country} in {window}");
                    assert_no_small_difference(total - part, &what);
                    residual -= part;
                }
            }
            let what = format!("{outer_name} minus all its requesters, {country} in {window}");
            assert_no_small_difference(residual, &what);
        }
    }
}

/// A card's whole history minus its last 90 days.
fn check_windows(name: &str, card: &Value) {
    let recent = countries(card, "last_90_days");
    for (country, total) in countries(card, "all") {
        let what = format!("{name}: all minus last 90 days, {country}");
        assert_no_small_difference(total - recent.get(&country).copied().unwrap_or(0), &what);
    }
}

#[rocket::async_test]
async fn no_difference_of_nested_cards_is_a_group_below_k() {
    let app = TestApp::new().await;
    crate::demo::seed_if_empty(&app.db, K as u32).await.unwrap();
    app.settle().await;
    let keys: Vec<String> = app
        .every_document()
        .await
        .into_iter()
        .filter(|(collection, _)| collection == crate::scorecards::store::COLLECTION)
        .filter_map(|(_, doc)| doc.get_str("_id").ok().map(str::to_owned))
        .collect();
    let mut requesters: Vec<(String, String, Value)> = Vec::new();
    let mut outers: Vec<Outer> = Vec::new();
    for key in &keys {
        let parts: Vec<&str> = key.split(':').collect();
        match parts.as_slice() {
            ["requester", platform, id] => {
                let card = app
                    .get_json(&format!("/api/v1/requesters/{platform}/{id}"))
                    .await;
                requesters.push((platform.to_string(), id.to_string(), card));
            }
            ["platform", slug] => {
                let card = app.get_json(&format!("/api/v1/platforms/{slug}")).await;
                outers.push((key.clone(), card, vec![(slug.to_string(), "*".to_owned())]));
            }
            ["company", slug] => {
                let card = app.get_json(&format!("/api/v1/companies/{slug}")).await;
                let accounts = card["accounts"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| {
                        let platform = a["platform"].as_str().unwrap().to_owned();
                        (platform, a["requester_id"].as_str().unwrap().to_owned())
                    })
                    .collect();
                outers.push((key.clone(), card, accounts));
            }
            _ => {}
        }
    }
    assert!(
        outers.iter().any(|(key, ..)| key.starts_with("company:")),
        "the demo has companies"
    );
    assert!(
        requesters.iter().any(|(_, id, _)| id == "cw-demo-118"),
        "and cw-demo-118"
    );
    for (name, outer, scope) in &outers {
        let members: Vec<(String, Value)> = requesters
            .iter()
            .filter(|(platform, id, _)| {
                scope
                    .iter()
                    .any(|(p, r)| p == platform && (r == "*" || r == id))
            })
            .map(|(platform, id, card)| (format!("{platform}/{id}"), card.clone()))
            .collect();
        check_nesting(name, outer, &members);
        check_windows(name, outer);
    }
    for (platform, id, card) in &requesters {
        check_windows(&format!("{platform}/{id}"), card);
    }
}
