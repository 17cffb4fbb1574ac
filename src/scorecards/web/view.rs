//! A scorecard as a page shows it: every figure formatted, "not enough
//! data" where a figure is null, and the trend chart drawn.

use serde_json::{json, Value};

use crate::domain::{Choice, GrievanceCategory, GrievanceStatus};
use crate::i18n::{format, names, text, translate, Lang};
use crate::scorecards::figures::{Figures, Spread};
use crate::scorecards::{trend, Scorecard};

/// Formats figures for one reader, with "not enough data" for a null.
struct Fmt(Lang);

impl Fmt {
    fn not_enough(&self) -> String {
        text(self.0, "not-enough-data")
    }

    fn percent(&self, rate: Option<f64>) -> String {
        rate.map(|r| format::percent(self.0, r))
            .unwrap_or_else(|| self.not_enough())
    }

    fn money(&self, currency: &str, spread: Option<Spread>) -> String {
        spread
            .map(|s| {
                translate(
                    self.0,
                    "scorecard-spread",
                    &[
                        ("median", format::money(self.0, s.median, currency).into()),
                        ("low", format::money(self.0, s.p25, currency).into()),
                        ("high", format::money(self.0, s.p75, currency).into()),
                    ],
                )
            })
            .unwrap_or_else(|| self.not_enough())
    }

    fn days(&self, days: Option<f64>) -> String {
        days.map(|d| translate(self.0, "scorecard-days", &[("days", d.round().into())]))
            .unwrap_or_else(|| self.not_enough())
    }
}

fn rows(all: &Figures, recent: &Figures, fmt: &Fmt) -> Vec<Value> {
    // Each row shows one figure for all time and for the last 90 days.
    let row = |label: &str, show: &dyn Fn(&Figures) -> String| json!({ "label": text(fmt.0, label), "all": show(all), "recent": show(recent) });
    let share = |label: &str, rate: fn(&Figures) -> Option<f64>| {
        row(label, &|f: &Figures| fmt.percent(rate(f)))
    };
    vec![
        row("figure-ratings", &|f| {
            format::number(fmt.0, f.ratings as f64, 0)
        }),
        row("figure-vouched", &|f| {
            format::number(fmt.0, f.vouched as f64, 0)
        }),
        row("figure-hourly-usd", &|f| fmt.money("USD", f.hourly_pay_usd)),
        row("figure-hourly-eur", &|f| fmt.money("EUR", f.hourly_pay_eur)),
        // Unpaid time and screen-outs explain hourly pay: shown beside it.
        share("figure-unpaid-time", |f| f.unpaid_time_share),
        share("figure-screened-out", |f| f.screened_out_rate),
        share("figure-below-minimum-wage", |f| f.below_minimum_wage_rate),
        share("figure-unpaid", |f| f.unpaid_rate),
        share("figure-rejected", |f| f.rejection_rate),
        row("figure-wait", &|f| fmt.days(f.median_days_to_payment)),
        share("figure-answered", |f| f.response_rate),
        share("figure-recommend", |f| f.recommend_rate),
        share("figure-tos", |f| f.tos_violation_rate),
        share("figure-broken", |f| f.broken_rate),
        share("figure-not-money", |f| f.not_money_rate),
        share("figure-harmful", |f| f.harmful_content_rate),
        share("figure-end-client-disclosed", |f| {
            f.end_client_disclosed_rate
        }),
        share("figure-evaluation-explained", |f| {
            f.evaluation_explained_rate
        }),
    ]
}

/// What the work was for, most named first, as `purpose-*` labels.
fn purposes(figures: &Figures) -> Vec<Value> {
    let mut counts: Vec<(&String, &u64)> = figures.purposes.iter().collect();
    counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    counts
        .into_iter()
        .map(|(purpose, count)| json!({ "label": format!("purpose-{purpose}"), "count": count }))
        .collect()
}

fn stars(card: &Scorecard, fmt: &Fmt) -> Vec<Value> {
    let s = &card.stars;
    [
        ("stars-pay", s.pay),
        ("stars-payment-reliability", s.payment_reliability),
        ("stars-evaluation", s.evaluation),
        ("stars-communication", s.communication),
        ("stars-task-quality", s.task_quality),
    ]
    .into_iter()
    .map(|(area, value)| {
        json!({
            "area": text(fmt.0, area),
            "text": value
                .map(|v| translate(fmt.0, "stars-of-five", &[("stars", format::number(fmt.0, v, usize::from(v.fract() > 0.0)).into())]))
                .unwrap_or_else(|| fmt.not_enough()),
            "glyphs": value.map(|v| "★".repeat(v.floor() as usize) + if v.fract() > 0.0 { "½" } else { "" }),
        })
    })
    .collect()
}

fn grievances(card: &Scorecard) -> Value {
    let categories: Vec<Value> = GrievanceCategory::ALL
        .iter()
        .filter_map(|c| {
            card.grievances
                .by_category
                .get(c.wire())
                .map(|n| json!({ "label": c.label(), "count": n }))
        })
        .collect();
    let statuses: Vec<Value> = GrievanceStatus::ALL
        .iter()
        .filter_map(|s| {
            card.grievances
                .by_status
                .get(s.wire())
                .map(|n| json!({ "label": s.label(), "count": n }))
        })
        .collect();
    json!({ "total": card.grievances.total, "categories": categories, "statuses": statuses })
}

/// The scorecard as `lang` writes its figures.
pub fn view(card: &Scorecard, lang: Lang) -> Value {
    let fmt = Fmt(lang);
    let usd = |m: f64| format::money(lang, m, "USD");
    let by_country: Vec<Value> = card
        .all
        .by_country
        .iter()
        .map(|c| {
            json!({
                "country": if c.country == "other" { text(lang, "scorecard-other-countries") } else { names::country(lang, &c.country) },
                "ratings": c.ratings,
                "median": c.hourly_pay_usd.median.map(usd).unwrap_or_else(|| fmt.not_enough()),
                "unpaid": fmt.percent(c.unpaid_rate),
            })
        })
        .collect();
    let trend_rows: Vec<Value> = card
        .trend
        .iter()
        .map(|p| {
            json!({
                "month": format::date_text(lang, &p.month),
                "ratings": p.ratings.map(|r| r.to_string()).unwrap_or_else(|| text(lang, "scorecard-too-few")),
                "median": p.median_hourly_usd.map(usd).unwrap_or_else(|| "–".into()),
                "unpaid": p.unpaid_rate.map(|r| format::percent(lang, r)).unwrap_or_else(|| "–".into()),
            })
        })
        .collect();
    // Workers who may take this work should know what it may show them, and
    // where their country's organizers say to find help.
    let harmful = card.all.harmful_content_rate.is_some_and(|rate| rate > 0.0);
    let support_countries: Vec<&str> = if harmful {
        crate::domain::Country::all()
            .map(|(code, _)| code)
            .collect()
    } else {
        Vec::new()
    };
    let chart = trend::Labels {
        title: translate(lang, "trend-title", &[("name", card.name.clone().into())]),
        description: text(lang, "trend-description"),
    };
    json!({
        "rows": rows(&card.all, &card.last_90_days, &fmt),
        "purposes": purposes(&card.all),
        "harmful": harmful,
        "support_countries": support_countries,
        "stars": stars(card, &fmt),
        "by_country": by_country,
        "grievances": grievances(card),
        "trend_svg": trend::svg(&card.trend, &chart),
        "trend_rows": trend_rows,
        "active_strikes": card.active_strikes,
        // The page says what the JSON says: ratings held by the screening.
        "held_for_review": card.held_for_review,
        "updated": card.updated,
        "company": card.company,
    })
}

/// A ranked list as rows.
pub fn ranked(cards: &[Scorecard]) -> Vec<Value> {
    cards
        .iter()
        .map(|card| {
            json!({
                "name": card.name,
                "url": format!("/requesters/{}/{}", card.platform, card.requester_id.as_deref().unwrap_or("")),
                "platform": card.platform,
                "ratings": card.all.ratings,
                "median": card.all.hourly_pay_usd.map(|s| s.median),
                "unpaid": card.all.unpaid_rate,
                "grievances": card.grievances.total,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nulls_read_as_not_enough_data() {
        let fmt = Fmt(Lang::En);
        assert_eq!(fmt.percent(None), "not enough data");
        assert_eq!(fmt.percent(Some(0.0)), "0%");
        assert_eq!(fmt.money("USD", None), "not enough data");
        assert_eq!(Fmt(Lang::De).days(Some(3.0)), "3 Tage");
    }
}
