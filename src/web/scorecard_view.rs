//! A scorecard as a page shows it: every figure formatted, "not enough
//! data" where a figure is null, and the trend chart drawn.

use serde_json::{json, Value};

use crate::domain::{Choice, GrievanceCategory, GrievanceStatus};
use crate::scorecards::figures::{Figures, Spread};
use crate::scorecards::{trend, Scorecard};

pub const NOT_ENOUGH: &str = "not enough data";

fn percent(rate: Option<f64>) -> String {
    rate.map(|r| format!("{:.0}%", r * 100.0))
        .unwrap_or_else(|| NOT_ENOUGH.into())
}

fn money(symbol: &str, spread: Option<Spread>) -> String {
    spread
        .map(|s| {
            format!(
                "{symbol}{:.2} (middle half {symbol}{:.2}–{symbol}{:.2})",
                s.median, s.p25, s.p75
            )
        })
        .unwrap_or_else(|| NOT_ENOUGH.into())
}

fn rows(all: &Figures, recent: &Figures) -> Vec<Value> {
    let row = |label: &str, a: String, r: String| json!({ "label": label, "all": a, "recent": r });
    let days = |f: &Figures| {
        f.median_days_to_payment
            .map(|d| format!("{d:.0} days"))
            .unwrap_or_else(|| NOT_ENOUGH.into())
    };
    vec![
        row(
            "Ratings",
            all.ratings.to_string(),
            recent.ratings.to_string(),
        ),
        row(
            "Hourly pay (US$)",
            money("US$", all.hourly_pay_usd),
            money("US$", recent.hourly_pay_usd),
        ),
        row(
            "Hourly pay (€)",
            money("€", all.hourly_pay_eur),
            money("€", recent.hourly_pay_eur),
        ),
        row(
            "Paid below the worker's legal minimum wage",
            percent(all.below_minimum_wage_rate),
            percent(recent.below_minimum_wage_rate),
        ),
        row(
            "Not paid or paid in part",
            percent(all.unpaid_rate),
            percent(recent.unpaid_rate),
        ),
        row(
            "Work rejected",
            percent(all.rejection_rate),
            percent(recent.rejection_rate),
        ),
        row("Median wait for payment", days(all), days(recent)),
        row(
            "Answered workers' messages",
            percent(all.response_rate),
            percent(recent.response_rate),
        ),
        row(
            "Workers recommend",
            percent(all.recommend_rate),
            percent(recent.recommend_rate),
        ),
        row(
            "Tasks broke platform rules",
            percent(all.tos_violation_rate),
            percent(recent.tos_violation_rate),
        ),
        row(
            "Broken tasks",
            percent(all.broken_rate),
            percent(recent.broken_rate),
        ),
    ]
}

fn stars(card: &Scorecard) -> Vec<Value> {
    let s = &card.stars;
    [
        ("Pay", s.pay),
        ("Payment reliability", s.payment_reliability),
        ("Evaluation and rejections", s.evaluation),
        ("Communication", s.communication),
        ("Task quality", s.task_quality),
    ]
    .into_iter()
    .map(|(area, value)| {
        json!({
            "area": area,
            "text": value.map(|v| format!("{v} of 5")).unwrap_or_else(|| NOT_ENOUGH.into()),
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

pub fn view(card: &Scorecard) -> Value {
    let by_country: Vec<Value> = card
        .all
        .by_country
        .iter()
        .map(|c| {
            json!({
                "country": if c.country == "other" { "Other countries together".to_owned() } else { c.country.clone() },
                "ratings": c.ratings,
                "median": c.hourly_pay_usd.median.map(|m| format!("US${m:.2}")).unwrap_or_else(|| NOT_ENOUGH.into()),
                "unpaid": percent(c.unpaid_rate),
            })
        })
        .collect();
    let trend_rows: Vec<Value> = card
        .trend
        .iter()
        .map(|p| {
            json!({
                "month": p.month,
                "ratings": p.ratings.map(|r| r.to_string()).unwrap_or_else(|| "too few to show".into()),
                "median": p.median_hourly_usd.map(|m| format!("US${m:.2}")).unwrap_or_else(|| "–".into()),
                "unpaid": p.unpaid_rate.map(|r| format!("{:.0}%", r * 100.0)).unwrap_or_else(|| "–".into()),
            })
        })
        .collect();
    json!({
        "rows": rows(&card.all, &card.last_90_days),
        "stars": stars(card),
        "by_country": by_country,
        "grievances": grievances(card),
        "trend_svg": trend::svg(&card.trend, &format!("Median hourly pay per month: {}", card.name)),
        "trend_rows": trend_rows,
        "active_strikes": card.active_strikes,
        "updated": card.updated,
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
                "median": card.all.hourly_pay_usd.map(|s| format!("US${:.2}", s.median)).unwrap_or_else(|| NOT_ENOUGH.into()),
                "unpaid": percent(card.all.unpaid_rate),
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
        assert_eq!(percent(None), NOT_ENOUGH);
        assert_eq!(percent(Some(0.0)), "0%");
        assert_eq!(money("US$", None), NOT_ENOUGH);
    }
}
