//! What a channel keeps: its organizers' announcements and its support page.

use crate::domain::{AnnouncementId, Country, Day};
use mongodb::bson::doc;
use serde::{Deserialize, Serialize};

/// A post by a channel's organizers (Markdown, sanitised when shown).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Announcement {
    #[serde(rename = "_id")]
    pub id: AnnouncementId,
    pub country: Country,
    pub body: String,
    pub organizer_id: String,
    pub day: Day,
}

/// A channel's support page as its organizers wrote it (Markdown).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SupportPage {
    /// The country code.
    #[serde(rename = "_id")]
    pub country: Country,
    pub body: String,
    pub updated: Day,
}
