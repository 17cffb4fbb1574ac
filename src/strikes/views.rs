//! What the public sees of strike calls, as typed wire views (the API sends
//! them as JSON, the pages render them), and the one-second cache of each
//! strike's view.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::text::render_markdown;
use crate::domain::{Choice, Country, Day, PublishedCount};
use crate::error::Result;
use crate::i18n::{english, Lang};
use crate::reports::service::last_published_day;
use crate::strikes::{
    model::{Strike, StrikeText},
    store::{StrikeStore, PLEDGES, SUPPORTERS, UNDERCUTS},
};
use crate::App;

/// One step of a strike's timeline.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HistoryView {
    pub status: String,
    pub label: String,
    #[schema(value_type = String, format = Date)]
    pub day: Day,
}

/// One country on the strike map: was it asked, did it pledge, is it leaking.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MapRow {
    pub country: String,
    pub name: String,
    /// `called`, `solidarity`, `pressure` or `not_asked`
    pub asked: String,
    pub pledges: PublishedCount,
    pub undercuts: PublishedCount,
    /// Struck work was reported done or re-routed there.
    pub leaking: bool,
}

/// The fields every view of a strike call shares.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StrikeSummary {
    pub id: String,
    pub title: String,
    pub platform: String,
    pub requester_ids: Vec<String>,
    pub called_in: Vec<String>,
    #[schema(value_type = String, format = Date)]
    pub starts_on: Day,
    #[schema(value_type = Option<String>, format = Date)]
    pub ends_on: Option<Day>,
    /// announced, active, ended, won or called_off, as of today
    pub status: String,
    /// The language code the title and demands are written in.
    #[schema(example = "en")]
    pub language: String,
    /// The call in other languages, by language code.
    pub translations: BTreeMap<String, StrikeText>,
    /// The company behind every struck requester, when Clickline knows one.
    pub company: Option<String>,
}

/// A strike call's title and demands as one reader is shown them, and the
/// language they are in (for the `lang` attribute and to say so).
#[derive(Debug, Clone, Serialize)]
pub struct ShownText {
    pub lang: &'static str,
    pub dir: &'static str,
    pub language_name: &'static str,
    pub title: String,
    pub demands_html: String,
    /// Whether this is the text organizers wrote first, not a translation.
    pub original: bool,
}

impl StrikeSummary {
    pub fn of(strike: &Strike, today: Day) -> StrikeSummary {
        StrikeSummary {
            id: strike.id.to_string(),
            title: strike.title.clone(),
            platform: strike.platform.to_string(),
            requester_ids: strike
                .requester_ids
                .iter()
                .map(|id| id.to_string())
                .collect(),
            called_in: codes(&strike.called_in),
            starts_on: strike.starts_on,
            ends_on: strike.ends_on,
            status: strike.status_on(today).wire().to_owned(),
            language: strike.language.clone(),
            translations: strike.translations.clone(),
            company: strike.company.clone(),
        }
    }

    /// The languages the call can be read in: the original's first.
    pub fn languages(&self) -> Vec<Lang> {
        std::iter::once(self.language.as_str())
            .chain(self.translations.keys().map(String::as_str))
            .filter_map(Lang::exact)
            .collect()
    }

    /// The call in the first of `wanted` it is written or translated in,
    /// else as written; `demands` are the original's (the summary carries
    /// only translated ones).
    pub fn shown_in(&self, wanted: &[Lang], demands: &str) -> ShownText {
        let original = Lang::exact(&self.language).unwrap_or(Lang::En);
        // The first wanted language the call can be read in; the original
        // when that comes first, or when none does.
        let translated = wanted
            .iter()
            .copied()
            .find(|lang| *lang == original || self.translations.contains_key(lang.code()))
            .filter(|lang| *lang != original)
            .and_then(|lang| Some((lang, self.translations.get(lang.code())?)));
        let (lang, title, demands) = match translated {
            Some((lang, text)) => (lang, &text.title, text.demands.as_str()),
            None => (original, &self.title, demands),
        };
        ShownText {
            lang: lang.code(),
            dir: lang.dir(),
            language_name: lang.native_name(),
            title: title.clone(),
            demands_html: if demands.is_empty() {
                String::new()
            } else {
                render_markdown(demands)
            },
            original: translated.is_none(),
        }
    }
}

/// A strike in the list of every strike call.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StrikeListEntry {
    #[serde(flatten)]
    pub summary: StrikeSummary,
    pub solidarity_in: Vec<String>,
    pub pressure_in: Vec<String>,
    pub url: String,
}

/// A strike call as the API and its page show it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StrikeView {
    #[serde(flatten)]
    pub summary: StrikeSummary,
    pub demands: String,
    pub demands_html: String,
    pub status_label: String,
    pub history: Vec<HistoryView>,
    /// Countries alerted because the struck work is done there too.
    pub solidarity_in: Vec<String>,
    /// Home countries of the struck client, alerted for pressure: the work
    /// is not done there, but customers, journalists and unions can act.
    pub pressure_in: Vec<String>,
    pub pledges_by_country: BTreeMap<String, PublishedCount>,
    pub undercuts_by_country: BTreeMap<String, PublishedCount>,
    /// Supporters who are not workers, by country; apart from pledges.
    pub supporters_by_country: BTreeMap<String, PublishedCount>,
    pub map: Vec<MapRow>,
}

/// The answer to a supporter: the receipt code is shown this once.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SupportFiled {
    pub id: String,
    pub receipt: String,
    pub country: String,
}

/// The answer to a pledge: its receipt code is shown this once.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PledgeFiled {
    pub id: String,
    pub receipt: String,
    pub country: String,
}

/// The answer to an undercut report.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct UndercutFiled {
    pub id: String,
}

pub fn codes(countries: &[Country]) -> Vec<String> {
    countries.iter().map(|c| c.code().to_owned()).collect()
}

/// A strike's counts by country as published. Every country the strike
/// asks (called, alerted, pressed) shows, a group below `min_group_size`
/// (none at all included) as "fewer than"; any other country shows only
/// once its group is that large. So nothing tells 0 from 1-4, not even a
/// country's presence.
fn published(
    counts: &BTreeMap<String, u64>,
    asked: &BTreeSet<&str>,
    min_group_size: u32,
) -> BTreeMap<String, PublishedCount> {
    let large = counts
        .iter()
        .filter(|(_, n)| **n >= u64::from(min_group_size))
        .map(|(country, _)| country.as_str());
    asked
        .iter()
        .copied()
        .chain(large)
        .map(|country| {
            let n = counts.get(country).copied().unwrap_or(0);
            (country.to_owned(), PublishedCount::of(n, min_group_size))
        })
        .collect()
}

/// Builds the view of `strike` from its pledges, supporters and undercut
/// reports, each counted in daily batches like reports (those of days whose
/// batch is out), so no count moves when one person acts.
pub async fn build(app: &App, strike: &Strike) -> Result<StrikeView> {
    let min_group_size = app.settings.min_group_size;
    let through = last_published_day(app);
    let pledges = app
        .db
        .counts_by_country(PLEDGES, &strike.id, through)
        .await?;
    let undercuts = app
        .db
        .counts_by_country(UNDERCUTS, &strike.id, through)
        .await?;
    let supporters = app
        .db
        .counts_by_country(SUPPORTERS, &strike.id, through)
        .await?;
    let asked: BTreeSet<&str> = strike.asked_countries().map(Country::code).collect();
    let pledges_by_country = published(&pledges, &asked, min_group_size);
    let undercuts_by_country = published(&undercuts, &asked, min_group_size);
    let countries: BTreeSet<&String> = pledges_by_country
        .keys()
        .chain(undercuts_by_country.keys())
        .collect();
    let map = countries
        .iter()
        .map(|country| {
            let asked = if strike.called_in.iter().any(|c| c.code() == *country) {
                "called"
            } else if strike.solidarity_in.iter().any(|c| c.code() == *country) {
                "solidarity"
            } else if strike.pressure_in.iter().any(|c| c.code() == *country) {
                "pressure"
            } else {
                "not_asked"
            };
            let count = |counts: &BTreeMap<String, u64>| {
                PublishedCount::of(counts.get(*country).copied().unwrap_or(0), min_group_size)
            };
            MapRow {
                country: (*country).to_owned(),
                name: Country::parse(country)
                    .map(|c| c.name().to_owned())
                    .unwrap_or_default(),
                asked: asked.to_owned(),
                pledges: count(&pledges),
                undercuts: count(&undercuts),
                // "Leaking" is a fact about a country: only once undercuts
                // from it make a group of `min_group_size`.
                leaking: undercuts
                    .get(*country)
                    .is_some_and(|n| *n >= u64::from(min_group_size)),
            }
        })
        .collect();
    let status = strike.status_on(Day::today());
    Ok(StrikeView {
        summary: StrikeSummary::of(strike, Day::today()),
        demands: strike.demands.clone(),
        demands_html: render_markdown(&strike.demands),
        status_label: english(&status.label()),
        history: strike
            .history
            .iter()
            .map(|h| HistoryView {
                status: h.status.wire().to_owned(),
                label: english(&h.status.label()),
                day: h.day,
            })
            .collect(),
        solidarity_in: codes(&strike.solidarity_in),
        pressure_in: codes(&strike.pressure_in),
        supporters_by_country: published(&supporters, &asked, min_group_size),
        pledges_by_country,
        undercuts_by_country,
        map,
    })
}

/// The strike's view, from a one-second cache.
pub async fn cached(app: &App, strike: &Strike) -> Result<Arc<StrikeView>> {
    let key = strike.id.to_string();
    if let Some(Some(view)) = app.strike_views.get(&key) {
        return Ok(view);
    }
    let view = Arc::new(build(app, strike).await?);
    app.strike_views.put(&key, Some(view.clone()));
    Ok(view)
}

/// Forgets cached views a change to this strike affects: its own and those
/// of the channels it is called or alerted in.
pub fn forget(app: &App, strike: &Strike) {
    app.strike_views.evict(strike.id.as_str());
    for country in strike.asked_countries() {
        app.channel_views.evict(country.code());
    }
}
