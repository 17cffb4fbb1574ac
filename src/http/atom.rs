//! Atom feeds (RFC 4287) of days, not instants: every public date is a day,
//! so entries are dated at midnight UTC and nothing finer leaks.

use crate::domain::Day;

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
    /// An absolute address: feed readers resolve nothing.
    pub link: String,
    pub day: Day,
    pub html: String,
    /// The language the content is written in, where it differs from the
    /// feed's (a strike call's own text beside the feed's words).
    pub lang: Option<&'static str>,
}

/// What an Atom feed says of itself.
pub struct FeedHead<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// An absolute address.
    pub link: &'a str,
    /// The language of its words (`xml:lang`).
    pub lang: &'static str,
}

/// An Atom feed of `entries`, newest first.
pub fn atom(head: &FeedHead<'_>, entries: &[FeedEntry]) -> String {
    let updated = entries
        .iter()
        .map(|e| e.day.to_string())
        .max()
        .unwrap_or_else(|| "2026-01-01".to_owned());
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n<id>{}</id>\n<title>{}</title>\n<link rel=\"alternate\" href=\"{}\"/>\n<updated>{updated}T00:00:00Z</updated>\n<author><name>Clickline</name></author>\n",
        head.lang, xml_escape(head.id), xml_escape(head.title), xml_escape(head.link)
    );
    for entry in entries {
        let lang = entry
            .lang
            .map(|lang| format!(" xml:lang=\"{lang}\""))
            .unwrap_or_default();
        xml.push_str(&format!(
            "<entry>\n<id>{}</id>\n<title>{}</title>\n<link rel=\"alternate\" href=\"{}\"/>\n<updated>{}T00:00:00Z</updated>\n<content type=\"html\"{lang}>{}</content>\n</entry>\n",
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
        let head = FeedHead {
            id: "urn:x",
            title: "A & B",
            link: "https://example.org/x",
            lang: "id",
        };
        let feed = atom(
            &head,
            &[FeedEntry {
                id: "urn:e".into(),
                title: "<b>".into(),
                link: "https://example.org/e".into(),
                day: Day::parse("2026-11-22").unwrap(),
                html: "<p>hi</p>".into(),
                lang: Some("hi"),
            }],
        );
        assert!(feed.contains("xml:lang=\"id\">"));
        assert!(feed.contains("<content type=\"html\" xml:lang=\"hi\">"));
        assert!(feed.contains("<title>A &amp; B</title>"));
        assert!(feed.contains("<title>&lt;b&gt;</title>"));
        assert!(feed.contains("&lt;p&gt;hi&lt;/p&gt;"));
        assert!(feed.contains("<updated>2026-11-22T00:00:00Z</updated>"));
    }
}
