//! What the public sees of a country channel, as a typed wire view (the API
//! sends it as JSON, the page renders it), and its one-second cache.

use std::sync::Arc;

use mongodb::bson::Document;
use serde::Serialize;
use utoipa::ToSchema;

use crate::channels::service::{alert_message, pressure_message};
use crate::channels::store::AnnouncementStore;
use crate::domain::text::render_markdown;
use crate::domain::{Choice, Country, Day, PublishedCount};
use crate::error::Result;
use crate::i18n::{english, Arg};
use crate::reports::store::{visible_in, COLLECTION as REPORTS};
use crate::strikes::views::StrikeSummary;
use crate::strikes::{model::Strike, store::StrikeStore};
use crate::App;

/// A strike as a channel lists it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChannelStrike {
    pub strike_id: String,
    #[serde(flatten)]
    pub summary: StrikeSummary,
    pub status_label: String,
}

/// A strike called elsewhere against work that is done in this country too.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SolidarityAlert {
    #[serde(flatten)]
    pub strike: ChannelStrike,
    /// In English; the page says it in its reader's language.
    pub message: String,
}

/// A strike against a client based in this country: the struck work is
/// not done here, but customers, journalists and unions here can put
/// pressure on the client. Distinct from a solidarity alert.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PressureAlert {
    #[serde(flatten)]
    pub strike: ChannelStrike,
    /// In English; the page says it in its reader's language.
    pub message: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AnnouncementView {
    pub id: String,
    #[schema(value_type = String, format = Date)]
    pub day: Day,
    /// Markdown, and the same as sanitised HTML.
    pub body: String,
    pub body_html: String,
}

/// Reports from the country, published only as "fewer than" below
/// `min_group_size`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChannelFigures {
    pub ratings: PublishedCount,
    pub grievances: PublishedCount,
}

/// A country channel as the API and its page show it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChannelView {
    pub country: String,
    pub name: String,
    pub active_strikes: Vec<ChannelStrike>,
    pub solidarity_alerts: Vec<SolidarityAlert>,
    pub pressure_alerts: Vec<PressureAlert>,
    pub announcements: Vec<AnnouncementView>,
    pub figures: ChannelFigures,
}

fn channel_strike(strike: &Strike, today: Day) -> ChannelStrike {
    ChannelStrike {
        strike_id: strike.id.to_string(),
        summary: StrikeSummary::of(strike, today),
        status_label: english(&strike.status_on(today).label()),
    }
}

fn solidarity_alert(strike: &Strike, today: Day) -> SolidarityAlert {
    let strike = channel_strike(strike, today);
    // The API keeps the date as it writes dates everywhere.
    let date = Arg::from(strike.summary.starts_on.to_string());
    SolidarityAlert {
        message: alert_message(&strike.summary, date).english(),
        strike,
    }
}

fn pressure_alert(strike: &Strike, today: Day) -> PressureAlert {
    let strike = channel_strike(strike, today);
    let date = Arg::from(strike.summary.starts_on.to_string());
    PressureAlert {
        message: pressure_message(&strike.summary, date).english(),
        strike,
    }
}

/// Builds the view of the channel of `country`.
pub async fn build(app: &App, country: &Country) -> Result<ChannelView> {
    let (db, min_group_size) = (&app.db, app.settings.min_group_size);
    let today = Day::today();
    let strikes = db.strikes_in(country).await?;
    let open = || strikes.iter().filter(|s| s.is_open(today));
    let active_strikes = open()
        .filter(|s| s.called_in.contains(country))
        .map(|s| channel_strike(s, today))
        .collect();
    let solidarity_alerts = open()
        .filter(|s| s.solidarity_in.contains(country))
        .map(|s| solidarity_alert(s, today))
        .collect();
    let pressure_alerts = open()
        .filter(|s| s.pressure_in.contains(country))
        .map(|s| pressure_alert(s, today))
        .collect();
    let announcements = db
        .announcements_in(country, 50)
        .await?
        .into_iter()
        .map(|a| AnnouncementView {
            id: a.id.to_string(),
            day: a.day,
            body_html: render_markdown(&a.body),
            body: a.body,
        })
        .collect();
    let reports = db.collection::<Document>(REPORTS);
    let count = |kind: &str| {
        reports.count_documents(visible_in(
            mongodb::bson::doc! { "country": country.code(), "kind": kind },
        ))
    };
    let figures = ChannelFigures {
        ratings: PublishedCount::of(count("rating").await?, min_group_size),
        grievances: PublishedCount::of(count("grievance").await?, min_group_size),
    };
    Ok(ChannelView {
        country: country.code().to_owned(),
        name: country.name().to_owned(),
        active_strikes,
        solidarity_alerts,
        pressure_alerts,
        announcements,
        figures,
    })
}

/// The channel's view, from a one-second cache.
pub async fn cached(app: &App, country: &Country) -> Result<Arc<ChannelView>> {
    if let Some(Some(view)) = app.channel_views.get(country.code()) {
        return Ok(view);
    }
    let view = Arc::new(build(app, country).await?);
    app.channel_views.put(country.code(), Some(view.clone()));
    Ok(view)
}
