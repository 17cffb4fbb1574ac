//! Country channels: strikes called there, solidarity alerts from strikes
//! elsewhere, announcements by the channel's organizers, local figures.

use std::collections::BTreeSet;

use mongodb::bson::{doc, Document};
use serde_json::{json, Value};

use crate::channels::announcements::AnnouncementStore;
use crate::db::Db;
use crate::domain::text::render_markdown;
use crate::domain::{Choice, Country};
use crate::error::Result;
use crate::i18n::{Arg, Msg};
use crate::reports::service::today;
use crate::reports::store::{visible, COLLECTION as REPORTS};
use crate::strikes::store::{StrikeStore, COLLECTION as STRIKES};

/// A count, or `{"fewer_than": N}` below the publication threshold.
fn published_count(n: u64, min_group_size: u32) -> Value {
    if n < u64::from(min_group_size) {
        json!({ "fewer_than": min_group_size })
    } else {
        json!(n)
    }
}

/// What a solidarity alert says, in one wording for the API and the pages.
pub fn alert_message(called_in: &[&str], platform: &str, date: Arg) -> Msg {
    Msg::new("alert-message")
        .arg("countries", called_in.join(", "))
        .arg("platform", platform.to_owned())
        .arg("date", date)
}

/// The channel of `country` as the API and its page show it.
pub async fn channel_view(db: &Db, country: &Country, min_group_size: u32) -> Result<Value> {
    let today = today();
    let strikes = db.strikes_in(country).await?;
    let summary = |s: &crate::strikes::store::Strike| {
        let status = s.status_on(today);
        json!({
            "strike_id": s.id, "id": s.id, "title": s.title, "platform": s.platform,
            "requester_ids": s.requester_ids, "called_in": s.called_in,
            "starts_on": s.starts_on, "ends_on": s.ends_on,
            "status": status.wire(), "status_label": crate::i18n::english(&status.label()),
        })
    };
    let active: Vec<Value> = strikes
        .iter()
        .filter(|s| s.is_open(today) && s.called_in.contains(country))
        .map(summary)
        .collect();
    let alerts: Vec<Value> = strikes
        .iter()
        .filter(|s| s.is_open(today) && s.solidarity_in.contains(country))
        .map(|s| {
            let mut alert = summary(s);
            let called: Vec<&str> = s.called_in.iter().map(Country::code).collect();
            // The API keeps the date as it writes dates everywhere.
            let message = alert_message(
                &called,
                s.platform.as_str(),
                Arg::from(s.starts_on.as_str()),
            );
            alert["message"] = json!(message.english());
            alert
        })
        .collect();
    let announcements: Vec<Value> = db
        .announcements_in(country, 50)
        .await?
        .iter()
        .map(|a| json!({ "id": a.id, "day": a.day, "body": a.body, "body_html": render_markdown(&a.body) }))
        .collect();
    let reports = db.collection::<Document>(REPORTS);
    let count = |kind: &str| {
        let mut filter = visible();
        filter.insert("country", country.code());
        filter.insert("kind", kind);
        reports.count_documents(filter)
    };
    let ratings = count("rating").await?;
    let grievances = count("grievance").await?;
    Ok(json!({
        "country": country.code(),
        "name": country.name(),
        "active_strikes": active,
        "solidarity_alerts": alerts,
        "announcements": announcements,
        "figures": {
            "ratings": published_count(ratings, min_group_size),
            "grievances": published_count(grievances, min_group_size),
        },
    }))
}

/// Countries with any activity: reports, strikes, alerts or announcements.
pub async fn active_countries(db: &Db) -> Result<Vec<Country>> {
    let mut codes: BTreeSet<String> = BTreeSet::new();
    let mut add = |values: Vec<mongodb::bson::Bson>| {
        codes.extend(values.iter().filter_map(|v| v.as_str()).map(str::to_owned));
    };
    add(db
        .collection::<Document>(REPORTS)
        .distinct("country", visible())
        .await?);
    add(db
        .collection::<Document>(STRIKES)
        .distinct("called_in", doc! {})
        .await?);
    add(db
        .collection::<Document>(STRIKES)
        .distinct("solidarity_in", doc! {})
        .await?);
    add(db
        .collection::<Document>(crate::channels::announcements::COLLECTION)
        .distinct("country", doc! {})
        .await?);
    Ok(codes
        .iter()
        .filter_map(|code| Country::parse(code).ok())
        .collect())
}

/// Escapes text for XML.
pub fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// One Atom entry; times are days (midnight UTC), like every public date.
pub struct FeedEntry {
    pub id: String,
    pub title: String,
    pub link: String,
    pub day: String,
    pub html: String,
}

/// An Atom feed of `entries`, newest first.
pub fn atom(feed_id: &str, title: &str, link: &str, entries: &[FeedEntry]) -> String {
    let updated = entries
        .iter()
        .map(|e| e.day.as_str())
        .max()
        .unwrap_or("2026-01-01");
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<id>{}</id>\n<title>{}</title>\n<link rel=\"alternate\" href=\"{}\"/>\n<updated>{updated}T00:00:00Z</updated>\n<author><name>Clickline</name></author>\n",
        xml_escape(feed_id), xml_escape(title), xml_escape(link)
    );
    for entry in entries {
        xml.push_str(&format!(
            "<entry>\n<id>{}</id>\n<title>{}</title>\n<link rel=\"alternate\" href=\"{}\"/>\n<updated>{}T00:00:00Z</updated>\n<content type=\"html\">{}</content>\n</entry>\n",
            xml_escape(&entry.id), xml_escape(&entry.title), xml_escape(&entry.link), entry.day, xml_escape(&entry.html)
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feeds_escape_everything() {
        let feed = atom(
            "urn:x",
            "A & B",
            "/x",
            &[FeedEntry {
                id: "urn:e".into(),
                title: "<b>".into(),
                link: "/e".into(),
                day: "2026-11-22".into(),
                html: "<p>hi</p>".into(),
            }],
        );
        assert!(feed.contains("<title>A &amp; B</title>"));
        assert!(feed.contains("<title>&lt;b&gt;</title>"));
        assert!(feed.contains("&lt;p&gt;hi&lt;/p&gt;"));
        assert!(feed.contains("<updated>2026-11-22T00:00:00Z</updated>"));
    }
}
