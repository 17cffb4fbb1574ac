//! Report lists, newest day first, one page at a time by keyset: a page
//! begins after the last report of the page before (its day and id), so
//! reading page 500 costs what page 1 does, and a report published meanwhile
//! does not shift every later page by one.

use futures::TryStreamExt;
use mongodb::bson::{doc, Document};

use super::{
    model::Report,
    store::{on_or_after, visible_in, COLLECTION},
};
use crate::db::Db;
use crate::domain::{Day, PlatformSlug, ReportId, RequesterId};
use crate::error::Result;

/// Which reports a list shows.
pub struct ReportFilter<'a> {
    pub platform: &'a PlatformSlug,
    pub requester_id: Option<&'a RequesterId>,
}

impl ReportFilter<'_> {
    fn scope(&self) -> Document {
        let mut scope = doc! { "platform": self.platform.as_str() };
        if let Some(id) = self.requester_id {
            scope.insert("requester_id", id.as_str());
        }
        scope
    }
}

/// Where a page begins: just after this report in list order (day
/// descending, then id). Written `YYYY-MM-DD.id` in the `before` parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListCursor {
    pub day: Day,
    pub id: ReportId,
}

impl ListCursor {
    /// `None` for anything that is not a day, a dot and a report id, and
    /// for days after tomorrow, which no list reaches (on SecantusDB such a
    /// cursor would make a list read its whole length).
    pub fn parse(raw: &str) -> Option<ListCursor> {
        let (day, id) = raw.split_once('.')?;
        let day = Day::parse(day).ok()?;
        if day > Day::today().plus_days(1) {
            return None;
        }
        Some(ListCursor {
            day,
            id: ReportId::parse(id).ok()?,
        })
    }

    fn after(report: &Report) -> ListCursor {
        ListCursor {
            day: report.day,
            id: report.id.clone(),
        }
    }
}

impl std::fmt::Display for ListCursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.day, self.id)
    }
}

/// One page of a list, and where the next (older) one begins.
pub struct ReportPage {
    pub reports: Vec<Report>,
    pub older: Option<ListCursor>,
}

/// Days of a platform's list read by the first query of a page, multiplied
/// by eight each time a window holds too few reports (8, 64, 512, 4,096 days, then everything
/// left). SecantusDB reads every report its index bounds admit before
/// sorting, so a page of a platform with a million reports reads about a
/// week of them rather than all; MongoDB reads the index in order either way.
const FIRST_WINDOW_DAYS: i64 = 8;
const WINDOWS: u32 = 4;

/// How many reports a page reads: one more than it shows, to know whether
/// an older page exists.
pub fn reports_read_per_page(page_size: u32) -> usize {
    page_size as usize + 1
}

/// A page of `filter`'s visible reports beginning after `from` (the newest
/// when `None`). `newest_from` is the day on which, as last counted, the
/// newest page begins (`scorecards::newest`): the first page reads those
/// days first, and the rest only if reports went since.
pub async fn page_of(
    db: &Db,
    filter: &ReportFilter<'_>,
    from: Option<&ListCursor>,
    page_size: u32,
    newest_from: Option<Day>,
) -> Result<ReportPage> {
    let wanted = reports_read_per_page(page_size);
    let (mut found, mut newer_than_window) = match (from, newest_from) {
        (Some(cursor), _) => (
            same_day_after(db, filter, cursor, wanted).await?,
            Some(cursor.day),
        ),
        (None, Some(day)) => (newest_days(db, filter, day, wanted).await?, Some(day)),
        (None, None) => (Vec::new(), None),
    };
    let mut window_days = FIRST_WINDOW_DAYS;
    // A requester's reports are few and their index holds only theirs: one
    // read with no window costs less than several small ones.
    let windows = if filter.requester_id.is_some() {
        0
    } else {
        WINDOWS
    };
    for window in 0..=windows {
        if found.len() >= wanted {
            break;
        }
        let top = newer_than_window.unwrap_or_else(|| Day::today().plus_days(1));
        let bottom = (window < windows).then(|| top.plus_days(-window_days));
        let mut days = doc! {};
        if let Some(day) = newer_than_window {
            days.insert("$lt", day.to_string());
        }
        if let Some(day) = bottom {
            days.extend(on_or_after(day));
        }
        let mut query = filter.scope();
        if !days.is_empty() {
            query.insert("day", days);
        }
        found.extend(
            read(
                db,
                query,
                doc! { "day": -1, "_id": 1 },
                wanted - found.len(),
            )
            .await?,
        );
        newer_than_window = bottom;
        window_days *= 8;
    }
    let older = (found.len() > page_size as usize).then(|| {
        found.truncate(page_size as usize);
        ListCursor::after(found.last().expect("a full page"))
    });
    Ok(ReportPage {
        reports: found,
        older,
    })
}

/// The reports of `day` and the days after it, newest first.
async fn newest_days(
    db: &Db,
    filter: &ReportFilter<'_>,
    day: Day,
    limit: usize,
) -> Result<Vec<Report>> {
    let mut query = filter.scope();
    query.insert("day", on_or_after(day));
    read(db, query, doc! { "day": -1, "_id": 1 }, limit).await
}

/// The reports of the cursor's own day that come after it.
async fn same_day_after(
    db: &Db,
    filter: &ReportFilter<'_>,
    cursor: &ListCursor,
    limit: usize,
) -> Result<Vec<Report>> {
    let mut query = filter.scope();
    query.insert("day", cursor.day.to_string());
    query.insert("_id", doc! { "$gt": cursor.id.as_str() });
    read(db, query, doc! { "_id": 1 }, limit).await
}

async fn read(db: &Db, scope: Document, sort: Document, limit: usize) -> Result<Vec<Report>> {
    Ok(db
        .collection::<Report>(COLLECTION)
        .find(visible_in(scope))
        .sort(sort)
        .limit(i64::try_from(limit).unwrap_or(i64::MAX))
        .await?
        .try_collect()
        .await?)
}

#[cfg(test)]
mod tests {
    use super::{page_of, ListCursor, ReportFilter};
    use crate::domain::{Day, PlatformSlug, RequesterId};
    use crate::testing::TestApp;

    /// Walks the whole list one report per page, as a reader following
    /// "Older" would.
    async fn walk(app: &TestApp, filter: &ReportFilter<'_>) -> Vec<(String, String)> {
        let mut seen = Vec::new();
        let mut from: Option<ListCursor> = None;
        loop {
            let page = page_of(&app.app().db, filter, from.as_ref(), 1, None)
                .await
                .unwrap();
            seen.extend(
                page.reports
                    .iter()
                    .map(|r| (r.day.to_string(), r.id.to_string())),
            );
            match page.older {
                Some(cursor) => from = Some(cursor),
                None => return seen,
            }
        }
    }

    #[rocket::async_test]
    async fn pages_follow_day_then_id_across_every_window() {
        let app = TestApp::new().await;
        // Today, 7 days ago (the first window's oldest day), 20 days ago (the
        // second window), two 3,000 days ago (the fourth) and one 9,000 days
        // ago (past every window).
        let today = Day::today();
        let days = [0, -7, -20, -3000, -3000, -9000].map(|d| today.plus_days(d));
        let ids = app.ratings_published_on(&days).await;
        let platform = PlatformSlug::parse("mturk").unwrap();
        let requester = RequesterId::parse("A1B2C3D4E5").unwrap();
        let filter = ReportFilter {
            platform: &platform,
            requester_id: Some(&requester),
        };
        let mut expected: Vec<(String, String)> = days
            .iter()
            .map(Day::to_string)
            .zip(ids.iter().cloned())
            .collect();
        expected.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        assert_eq!(walk(&app, &filter).await, expected);
        let platform_only = ReportFilter {
            platform: &platform,
            requester_id: None,
        };
        assert_eq!(walk(&app, &platform_only).await, expected);
        let whole = page_of(&app.app().db, &filter, None, 10, None)
            .await
            .unwrap();
        assert_eq!(whole.reports.len(), 6);
        assert!(whole.older.is_none(), "no older page after the last report");
        // Whichever day the scorecard last counted the newest page from (right,
        // too late after a withdrawal, too early, in the future), the first
        // page is the same: a stale count costs a read, never a report.
        let db = &app.app().db;
        let newest_two: Vec<String> = expected.iter().take(2).map(|(_, id)| id.clone()).collect();
        let ids = |page: &super::ReportPage| {
            page.reports
                .iter()
                .map(|r| r.id.to_string())
                .collect::<Vec<_>>()
        };
        for filter in [&filter, &platform_only] {
            let hints = [0, -7, -20, -3000, -9000, 5].map(|d| Some(today.plus_days(d)));
            for hint in [None].into_iter().chain(hints) {
                let page = page_of(db, filter, None, 2, hint).await.unwrap();
                assert_eq!(ids(&page), newest_two, "from {hint:?}");
                assert!(page.older.is_some(), "from {hint:?}");
            }
        }
    }

    #[test]
    fn cursors_are_a_day_a_dot_and_a_report_id() {
        let cursor = ListCursor::parse("2026-10-03.abcdefghijkmn").unwrap();
        assert_eq!(cursor.to_string(), "2026-10-03.abcdefghijkmn");
        for bad in [
            "",
            "2026-10-03",
            "2026-13-03.abcdefghijkmn",
            "2026-10-03.ABC",
            "x.y.z",
        ] {
            assert!(ListCursor::parse(bad).is_none(), "{bad}");
        }
    }
}
