//! Public pages: home and search, platforms, requesters, methodology.

use crate::http::page::View;
use rocket::{get, routes, Route, State};
use serde_json::{json, Value};

use super::view::ranked;
use crate::domain::{Choice, Day, ExchangeRates, PlatformSlug, RequesterId};
use crate::error::Error;
use crate::http::html_error::HtmlError;
use crate::http::page::page;
use crate::i18n::{Lang, Msg};
use crate::platforms::model::SearchText;
use crate::platforms::store::RequesterStore;
use crate::reports::list::{self, ListCursor, ReportFilter};
use crate::reports::views::PublicReport;
use crate::scorecards::minimum_wage::MinimumWages;
use crate::scorecards::rankings::rankings;
use crate::scorecards::stars::FORMULAS;
use crate::scorecards::{self, Target};
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![home, platforms, platform, requester, methodology]
}

type Page = Result<View, HtmlError>;

#[get("/?<q>")]
pub async fn home(app: &State<App>, q: Option<&str>) -> Page {
    let query = q.and_then(SearchText::parse);
    let results: Vec<Value> = match &query {
        Some(query) => app
            .db
            .search_requesters(query, 50)
            .await?
            .iter()
            .map(|r| {
                json!({
                    "name": r.name(),
                    "aliases": r.aliases(),
                    "platform": r.platform,
                    "platform_name": app.platforms().get(r.platform.as_str()).map(|p| p.name.as_str()),
                    "requester_id": r.requester_id,
                })
            })
            .collect(),
        None => Vec::new(),
    };
    Ok(crate::http::page::page(
        "scorecards/home",
        Msg::new("title-home"),
        json!({
            "query": query.as_ref().map(SearchText::as_str),
            "searched": query.is_some(),
            "results": results,
            "platforms": app.platforms().all(),
        }),
    ))
}

/// The three worst-first lists as page context.
async fn lists(app: &App, platform: Option<&str>) -> Result<Value, Error> {
    let rankings = rankings(
        &app.db,
        &app.rankings,
        platform,
        app.settings.min_group_size,
    )
    .await?;
    Ok(json!({
        "lowest_pay": ranked(&rankings.lowest_pay),
        "worst_unpaid": ranked(&rankings.worst_unpaid),
        "most_grievances": ranked(&rankings.most_grievances),
        "min_group_size": app.settings.min_group_size,
    }))
}

#[get("/platforms")]
pub async fn platforms(app: &State<App>) -> Page {
    let platforms: Vec<Value> = app.platforms().all()
        .iter()
        .map(|p| json!({ "slug": p.slug, "name": p.name, "kind": p.kind.wire(), "website": p.website }))
        .collect();
    let lists = lists(app, None).await?;
    Ok(crate::http::page::page(
        "scorecards/platforms",
        Msg::new("title-scorecards"),
        json!({ "platforms": platforms, "lists": lists }),
    ))
}

/// A target's scorecard view and one page of its reports. The card is read
/// first: it tells the list on which day its newest page begins, so the
/// list's first read stays a page long however many reports the target has
/// (`scorecards::newest`).
async fn card_and_reports(
    app: &App,
    target: &Target,
    lang: Lang,
    list: ReportList<'_>,
) -> Result<(Option<Value>, ReportsPage), Error> {
    let card = scorecards::load(
        &app.db,
        &app.scorecards,
        target,
        app.settings.min_group_size,
    )
    .await?;
    let wanted = list::reports_read_per_page(app.settings.page_size);
    let newest_from = card
        .as_ref()
        .and_then(|card| card.card.newest.window_for(wanted));
    let reports = reports_of(app, list, newest_from).await?;
    Ok((
        card.map(|card| super::view::view(&card.card, lang)),
        reports,
    ))
}

/// Which list a page shows, and from where.
struct ReportList<'a> {
    filter: ReportFilter<'a>,
    before: Option<&'a str>,
    base: &'a str,
}

/// The report views of one page and its pagination links.
type ReportsPage = (Vec<Value>, Value);

/// Links from one page of a list to the newest page and to the next older one.
fn pagination(from: Option<&ListCursor>, older: Option<&ListCursor>, base: &str) -> Value {
    json!({
        "newest": from.map(|_| base.to_owned()),
        "older": older.map(|cursor| format!("{base}?before={cursor}")),
    })
}

/// One page of a report list, kept a second in memory: requester and
/// platform pages are hot reads. A `before` that is not a cursor, or one
/// past the end of the list, is no page.
async fn reports_of(
    app: &App,
    ReportList {
        filter,
        before,
        base,
    }: ReportList<'_>,
    newest_from: Option<Day>,
) -> Result<ReportsPage, Error> {
    let no_such_page = || Error::not_found("This list has no such page.");
    let from = match before {
        Some(raw) => Some(ListCursor::parse(raw).ok_or_else(no_such_page)?),
        None => None,
    };
    let key = match &from {
        Some(cursor) => format!("reports:{base}?before={cursor}"),
        None => format!("reports:{base}"),
    };
    if let Some(Some(cached)) = app.report_lists.get(&key) {
        return Ok((
            cached["reports"].as_array().cloned().unwrap_or_default(),
            cached["pagination"].clone(),
        ));
    }
    let page = list::page_of(
        &app.db,
        &filter,
        from.as_ref(),
        app.settings.page_size,
        newest_from,
    )
    .await?;
    if from.is_some() && page.reports.is_empty() {
        return Err(no_such_page());
    }
    let views: Vec<Value> = page
        .reports
        .iter()
        .map(|r| json!(PublicReport::from(r)))
        .collect();
    let pagination = pagination(from.as_ref(), page.older.as_ref(), base);
    let cached = json!({ "reports": views, "pagination": pagination });
    app.report_lists
        .put(&key, Some(std::sync::Arc::new(cached)));
    Ok((views, pagination))
}

#[get("/platforms/<slug>?<before>")]
pub async fn platform(app: &State<App>, slug: &str, before: Option<&str>, lang: Lang) -> Page {
    let platform = app
        .platforms()
        .get(slug)
        .ok_or_else(|| Error::not_found("Clickline does not know this platform."))?
        .clone();
    let base = format!("/platforms/{slug}");
    let filter = ReportFilter {
        platform: &platform.slug,
        requester_id: None,
    };
    let target = Target::Platform(platform.slug.clone());
    let list = ReportList {
        filter,
        before,
        base: &base,
    };
    let (card_and_reports, lists) = tokio::join!(
        card_and_reports(app, &target, lang, list),
        lists(app, Some(platform.slug.as_str())),
    );
    let ((scorecard, (reports, pagination)), lists) = (card_and_reports?, lists?);
    let data_requests = crate::data_requests::service::platform_figures(app, &platform.slug)
        .await?
        .map(|block| crate::data_requests::views::figures_context(&block.figures, block.campaigns));
    Ok(crate::http::page::page(
        "scorecards/platform",
        platform.name.clone(),
        json!({ "platform": platform, "kind": platform.kind.wire(), "reports": reports,
                "pagination": pagination, "scorecard": scorecard, "lists": lists,
                "data_requests": data_requests }),
    ))
}

#[get("/requesters/<platform>/<requester_id>?<before>")]
pub async fn requester(
    app: &State<App>,
    platform: &str,
    requester_id: &str,
    before: Option<&str>,
    lang: Lang,
) -> Page {
    let not_found = || Error::not_found("Nobody has reported this requester yet.");
    let slug = PlatformSlug::parse(platform).map_err(|_| not_found())?;
    let id = RequesterId::parse(requester_id).map_err(|_| not_found())?;
    let base = format!("/requesters/{slug}/{id}");
    let filter = ReportFilter {
        platform: &slug,
        requester_id: Some(&id),
    };
    let target = Target::Requester(slug.clone(), id.clone());
    let list = ReportList {
        filter,
        before,
        base: &base,
    };
    // The requester is read while the card and then the list are.
    let (requester, card_and_reports) = tokio::join!(
        app.db.find_requester(&slug, &id),
        card_and_reports(app, &target, lang, list),
    );
    let requester = requester?.ok_or_else(not_found)?;
    let (scorecard, (reports, pagination)) = card_and_reports?;
    Ok(crate::http::page::page(
        "scorecards/requester",
        requester.name().to_owned(),
        json!({
            "name": requester.name(),
            "aliases": requester.aliases(),
            "platform": slug,
            "platform_name": app.platforms().get(slug.as_str()).map(|p| p.name.clone()),
            "requester_id": id,
            "reports": reports,
            "pagination": pagination,
            "scorecard": scorecard,
        }),
    ))
}

/// How every figure is computed, from which tables, and what is withheld.
#[get("/methodology")]
pub fn methodology(app: &State<App>) -> View {
    let rates = ExchangeRates::shipped();
    let wages = MinimumWages::shipped();
    let wage_rows: Vec<Value> = wages
        .rows()
        .map(|w| {
            json!({
                "country": w.country, "currency": w.currency, "amount": w.amount, "hours": w.hours,
                "hourly": w.hourly, "hourly_usd": w.hourly_usd,
                "effective_from": w.effective_from, "source": w.source,
            })
        })
        .collect();
    let formulas: Vec<Value> = FORMULAS
        .iter()
        .map(|(area, formula)| json!({ "area": area, "formula": formula }))
        .collect();
    page(
        "scorecards/methodology",
        Msg::new("title-methodology"),
        json!({
            "min_group_size": app.settings.min_group_size,
            "publish_after_days": app.settings.publish_after_days,
            "ratings_per_target_per_day": app.settings.ratings_per_target_per_day,
            "screening": crate::reports::screening::THRESHOLDS,
            "rates_as_of": rates.as_of,
            "rates_source": rates.source,
            "rates_count": rates.len(),
            "wages_as_of": wages.as_of,
            "wages": wage_rows,
            "formulas": formulas,
            "data_laws": crate::data_requests::tables::Tables::shipped().laws().collect::<Vec<_>>(),
            "data_controllers": crate::data_requests::tables::Tables::shipped().controllers(),
        }),
    )
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;
    use serde_json::json;

    use crate::testing::{sample_grievance, sample_rating, TestApp};

    #[rocket::async_test]
    async fn requester_pages_list_rendered_and_sanitised_comments() {
        let app = TestApp::new().await;
        let mut rating = sample_rating();
        rating["comment"] = json!("**late** <script>alert(1)</script>");
        app.post_json("/api/v1/ratings", &rating).await;
        let mut renamed = sample_rating();
        renamed["requester_name"] = json!("Acme Research");
        app.post_json("/api/v1/ratings", &renamed).await;
        app.settle().await;

        let html = app.get_html("/requesters/mturk/A1B2C3D4E5").await;
        assert!(html.contains("<strong>late</strong>"));
        assert!(!html.contains("<script>alert"));
        assert!(html.contains("Acme Surveys"));
        assert!(
            html.contains("Acme Research"),
            "the new name is kept as an alias"
        );
        let missing = app.client.get("/requesters/mturk/NOBODY").dispatch().await;
        assert_eq!(missing.status(), Status::NotFound);
    }

    #[rocket::async_test]
    async fn lists_are_paginated_newest_first() {
        let app = TestApp::with_settings(&[("page_size", 2)]).await;
        for _ in 0..3 {
            app.post_json("/api/v1/ratings", &sample_rating()).await;
        }
        app.settle().await;
        let first = app.get_html("/requesters/mturk/A1B2C3D4E5").await;
        assert_eq!(first.matches("class=\"report-card").count(), 2);
        assert!(!first.contains("rel=\"first\""));
        let older = first
            .split("?before&#x3D;")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("a link to the older page");
        let second = app
            .get_html(&format!("/requesters/mturk/A1B2C3D4E5?before={older}"))
            .await;
        assert_eq!(second.matches("class=\"report-card").count(), 1);
        assert!(second.contains("rel=\"first\""));
        assert!(!second.contains("rel=\"next\""));
    }

    #[rocket::async_test]
    async fn platform_pages_show_grievances_and_search_finds_aliases() {
        let app = TestApp::new().await;
        app.post_json("/api/v1/grievances", &sample_grievance())
            .await;
        app.post_json("/api/v1/ratings", &sample_rating()).await;
        app.settle().await;
        let html = app.get_html("/platforms/clickworker").await;
        assert!(html.contains("Account deactivation"));
        let search = app.get_html("/?q=acme").await;
        assert!(search.contains("/requesters/mturk/A1B2C3D4E5"));
        let search = app.get_html("/?q=.*").await;
        assert!(
            !search.contains("/requesters/mturk/A1B2C3D4E5"),
            "search text is not a pattern"
        );
    }

    #[rocket::async_test]
    async fn a_reader_flags_a_report_from_its_page() {
        let app = TestApp::new().await;
        let (id, _) = app.file_rating().await;
        let page = app.get_html(&format!("/reports/{id}")).await;
        assert!(page.contains(&format!("action=\"/reports/{id}/flag\"")));
        let response = app
            .post_form(&format!("/reports/{id}/flag"), &[("reason", "spam")])
            .await;
        assert_eq!(response.status(), Status::Ok);
        assert_eq!(app.count("flags").await, 1);
    }

    #[rocket::async_test]
    async fn scorecard_pages_show_figures_chart_and_methodology() {
        let app = TestApp::with_settings(&[("min_group_size", 2)]).await;
        for _ in 0..2 {
            app.post_json("/api/v1/ratings", &sample_rating()).await;
        }
        app.settle().await;
        let html = app.get_html("/requesters/mturk/A1B2C3D4E5").await;
        assert!(html.contains("US$3.00 (middle half US$3.00–US$3.00)"));
        assert!(html.contains("<svg"), "the trend chart is drawn inline");
        assert!(
            html.contains("too few to show"),
            "empty months are withheld"
        );
        assert!(
            html.contains("Workers in"),
            "a country group of 2 is shown with min_group_size 2"
        );
        let platforms = app.get_html("/platforms").await;
        assert!(platforms.contains("Lowest paying"));
        assert!(
            platforms.contains("Acme Surveys"),
            "listed once it has enough ratings"
        );
        let methodology = app.get_html("/methodology").await;
        assert!(
            methodology.contains("2 January 2025"),
            "dates are written out"
        );
        assert!(methodology.contains("Fair Labor Standards Act"));
        assert!(methodology.contains("1 + 4 × (1 − unpaid_rate)"));
    }

    #[rocket::async_test]
    async fn the_stylesheet_is_served_and_pages_load_nothing_from_elsewhere() {
        let app = TestApp::new().await;
        let css = app.client.get("/static/clickline.css").dispatch().await;
        assert_eq!(css.status(), Status::Ok);
        let home = app.client.get("/").dispatch().await;
        let csp = home
            .headers()
            .get_one("Content-Security-Policy")
            .unwrap()
            .to_owned();
        assert!(csp.contains("default-src 'none'") && !csp.contains("http"));
        let html = home.into_string().await.unwrap();
        assert!(!html.contains("<script"));
        assert!(
            !html.contains("src=\"http") && !html.contains("href=\"http"),
            "no request to another host"
        );
    }
}
