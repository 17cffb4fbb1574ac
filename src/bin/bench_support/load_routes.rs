//! The public routes the load benchmark drives, with their targets.

use crate::load_data::Fixture;

/// Pages must serve at least this share of `/healthz`'s requests per second.
const PAGE_TARGET: f64 = 0.5;
/// Bulk lookups of 100 ids (the extension's, Turkopticon's) must serve at
/// least this share of `/healthz`'s requests per second.
const LOOKUP_TARGET: f64 = 0.3;

/// A public route the benchmark drives with `oha`.
pub struct Route {
    /// For `--only`.
    pub key: &'static str,
    pub label: &'static str,
    pub path: String,
    pub headers: &'static [&'static str],
    /// `path` is a regular expression: every request asks another address.
    pub varied: bool,
    /// The least share of `/healthz`'s requests per second it must serve.
    pub target: Option<f64>,
}

/// Every route the benchmark drives, `/healthz` first.
pub fn routes(f: &Fixture) -> Vec<Route> {
    let card = format!("{}/{}", f.platform, f.requester);
    assert_eq!(
        f.platform,
        clickline::turkopticon::service::PLATFORM,
        "the bulk requesters are on the platform Turkopticon knows"
    );
    let bulk = format!(
        "/api/v1/requesters?platform={}&ids={}",
        f.platform,
        f.bulk_ids.join(",")
    );
    let route = |key, label, path, target| Route {
        key,
        label,
        path,
        headers: &[],
        varied: false,
        target,
    };
    let page = Some(PAGE_TARGET);
    vec![
        route("healthz", "GET /healthz", "/healthz".into(), None),
        route(
            "json",
            "GET /api/v1/requesters/{p}/{id}",
            format!("/api/v1/requesters/{card}"),
            page,
        ),
        route(
            "page",
            "GET /requesters/{p}/{id} (en)",
            format!("/requesters/{card}"),
            page,
        ),
        Route {
            headers: &["Accept-Language: ar"],
            ..route(
                "page-ar",
                "GET /requesters/{p}/{id} (ar)",
                format!("/requesters/{card}"),
                page,
            )
        },
        route(
            "platform",
            "GET /platforms/{p}",
            format!("/platforms/{}", f.platform),
            page,
        ),
        route(
            "strike",
            "GET /strikes/{id}",
            format!("/strikes/{}", f.strike),
            page,
        ),
        route(
            "channel",
            "GET /channels/{cc}",
            format!("/channels/{}", f.channel),
            page,
        ),
        route(
            "search",
            "GET /?q={word} (search)",
            format!("/?q={}", f.search),
            page,
        ),
        route(
            "bulk",
            "GET /api/v1/requesters?fields= (100)",
            format!("{bulk}&fields={}", clickline::extension::fields_asked()),
            Some(LOOKUP_TARGET),
        ),
        Route {
            varied: true,
            ..route(
                "bulk-varied",
                "GET /api/v1/requesters?fields= (varied)",
                // 100 ids drawn at random among the bench requesters: each
                // list new, its answer joined and compressed afresh.
                format!(
                    "/api/v1/requesters\\?platform={}&ids=(BENCH0[0-9]{{2}},){{99}}BENCH0[0-9]{{2}}&fields={}",
                    f.platform,
                    clickline::extension::fields_asked()
                ),
                None,
            )
        },
        route(
            "bulk-whole",
            "GET /api/v1/requesters (100, whole)",
            bulk,
            None,
        ),
        route(
            "to2",
            "GET /turkopticon/v2/requesters (100)",
            format!("/turkopticon/v2/requesters?rids={}", f.bulk_ids.join(",")),
            Some(LOOKUP_TARGET),
        ),
        route(
            "csv",
            "GET /api/v1/scorecards.csv",
            "/api/v1/scorecards.csv".into(),
            None,
        ),
    ]
}
