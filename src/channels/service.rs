//! Country channels: strikes called there, solidarity alerts from strikes
//! elsewhere, announcements by the channel's organizers, local figures.

use std::collections::BTreeSet;

use mongodb::bson::{doc, Document};

use crate::db::Db;
use crate::domain::{Country, Day};
use crate::error::Result;
use crate::i18n::{Arg, Msg};
use crate::reports::store::{visible, COLLECTION as REPORTS};
use crate::strikes::store::COLLECTION as STRIKES;

/// What a solidarity alert says, in one wording for the API and the pages.
pub fn alert_message(called_in: &[&str], platform: &str, date: Arg) -> Msg {
    Msg::new("alert-message")
        .arg("countries", called_in.join(", "))
        .arg("platform", platform.to_owned())
        .arg("date", date)
}

/// What a pressure alert says: the client struck elsewhere is based here.
pub fn pressure_message(called_in: &[&str], platform: &str, date: Arg) -> Msg {
    Msg::new("pressure-message")
        .arg("countries", called_in.join(", "))
        .arg("platform", platform.to_owned())
        .arg("date", date)
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
        .collection::<Document>(STRIKES)
        .distinct("pressure_in", doc! {})
        .await?);
    add(db
        .collection::<Document>(crate::channels::store::ANNOUNCEMENTS)
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
    pub day: Day,
    pub html: String,
}

/// An Atom feed of `entries`, newest first.
pub fn atom(feed_id: &str, title: &str, link: &str, entries: &[FeedEntry]) -> String {
    let updated = entries
        .iter()
        .map(|e| e.day.to_string())
        .max()
        .unwrap_or_else(|| "2026-01-01".to_owned());
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
                day: Day::parse("2026-11-22").unwrap(),
                html: "<p>hi</p>".into(),
            }],
        );
        assert!(feed.contains("<title>A &amp; B</title>"));
        assert!(feed.contains("<title>&lt;b&gt;</title>"));
        assert!(feed.contains("&lt;p&gt;hi&lt;/p&gt;"));
        assert!(feed.contains("<updated>2026-11-22T00:00:00Z</updated>"));
    }
}
