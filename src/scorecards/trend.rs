//! Month-by-month trend of the last 12 months, and its SVG chart.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::figures::{quantile, rate, Sample};
use crate::domain::Paid;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MonthPoint {
    pub month: String,
    /// Absent when the month has fewer than `min_group_size` ratings: a
    /// month's figures could otherwise point at one worker.
    pub ratings: Option<u64>,
    pub median_hourly_usd: Option<f64>,
    pub unpaid_rate: Option<f64>,
}

/// The last twelve months up to the month of `today`, oldest first.
pub fn months(today: NaiveDate) -> Vec<String> {
    let mut year = today.year();
    let mut month = today.month() as i32;
    let mut out = Vec::with_capacity(12);
    for _ in 0..12 {
        out.push(format!("{year:04}-{month:02}"));
        month -= 1;
        if month == 0 {
            month = 12;
            year -= 1;
        }
    }
    out.reverse();
    out
}

pub fn compute(samples: &[&Sample], today: NaiveDate, min_group_size: u32) -> Vec<MonthPoint> {
    let mut by_month: BTreeMap<String, Vec<&Sample>> = BTreeMap::new();
    for sample in samples {
        by_month
            .entry(sample.day.format("%Y-%m").to_string())
            .or_default()
            .push(sample);
    }
    months(today)
        .into_iter()
        .map(|month| {
            let group = by_month.remove(&month).unwrap_or_default();
            if group.len() < min_group_size.max(1) as usize {
                return MonthPoint {
                    month,
                    ratings: None,
                    median_hourly_usd: None,
                    unpaid_rate: None,
                };
            }
            let mut pay: Vec<f64> = group.iter().map(|s| s.hourly_usd).collect();
            pay.sort_by(f64::total_cmp);
            let settled: Vec<&&Sample> = group.iter().filter(|s| s.paid != Paid::Pending).collect();
            MonthPoint {
                month,
                ratings: Some(group.len() as u64),
                median_hourly_usd: quantile(&pay, 0.5),
                unpaid_rate: rate(
                    settled.iter().filter(|s| s.paid != Paid::Yes).count(),
                    settled.len(),
                ),
            }
        })
        .collect()
}

/// An SVG line chart of median hourly pay per month, drawn by Clickline
/// itself (no script, no outside service). Months without enough ratings
/// leave a gap. Presentation attributes only: the CSP forbids inline styles.
/// The chart's words, in the reader's language.
pub struct Labels {
    pub title: String,
    pub description: String,
}

pub fn svg(points: &[MonthPoint], labels: &Labels) -> String {
    const W: f64 = 640.0;
    const H: f64 = 240.0;
    const LEFT: f64 = 48.0;
    const BOTTOM: f64 = 28.0;
    let max = points
        .iter()
        .filter_map(|p| p.median_hourly_usd)
        .fold(1.0f64, f64::max)
        * 1.15;
    let x = |i: usize| LEFT + (W - LEFT - 12.0) * i as f64 / (points.len().max(2) - 1) as f64;
    let y = |v: f64| (H - BOTTOM) - (H - BOTTOM - 12.0) * v / max;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" role="img" aria-labelledby="trend-title trend-desc" class="trend"><title id="trend-title">{}</title><desc id="trend-desc">{}</desc>"#,
        escape(&labels.title),
        escape(&labels.description)
    );
    for tick in 0..=4 {
        let value = max / 4.0 * f64::from(tick);
        svg.push_str(&format!(
            r##"<line x1="{LEFT}" x2="{}" y1="{y:.1}" y2="{y:.1}" stroke="#ccc"/><text x="{}" y="{:.1}" font-size="11" text-anchor="end" fill="#333">${value:.2}</text>"##,
            W - 12.0,
            LEFT - 4.0,
            y(value) + 4.0,
            y = y(value),
        ));
    }
    let mut path = String::new();
    let mut pen_down = false;
    for (i, point) in points.iter().enumerate() {
        if i % 2 == 0 {
            svg.push_str(&format!(
                r##"<text x="{:.1}" y="{}" font-size="11" text-anchor="middle" fill="#333">{}</text>"##,
                x(i),
                H - 8.0,
                &point.month[2..]
            ));
        }
        match point.median_hourly_usd {
            Some(value) => {
                path.push_str(&format!(
                    "{}{:.1},{:.1} ",
                    if pen_down { "L" } else { "M" },
                    x(i),
                    y(value)
                ));
                svg.push_str(&format!(
                    r##"<circle cx="{:.1}" cy="{:.1}" r="3.5" fill="#0b5cad"/>"##,
                    x(i),
                    y(value)
                ));
                pen_down = true;
            }
            None => pen_down = false,
        }
    }
    if !path.is_empty() {
        svg.push_str(&format!(
            r##"<path d="{}" fill="none" stroke="#0b5cad" stroke-width="2.5"/>"##,
            path.trim()
        ));
    }
    svg.push_str("</svg>");
    svg
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_months_ending_this_month() {
        let months = months(NaiveDate::from_ymd_opt(2026, 2, 10).unwrap());
        assert_eq!(months.len(), 12);
        assert_eq!(months[0], "2025-03");
        assert_eq!(months[11], "2026-02");
    }

    #[test]
    fn the_chart_is_plain_svg_with_a_title() {
        let points = vec![
            MonthPoint {
                month: "2026-01".into(),
                ratings: Some(5),
                median_hourly_usd: Some(3.0),
                unpaid_rate: Some(0.2),
            },
            MonthPoint {
                month: "2026-02".into(),
                ratings: None,
                median_hourly_usd: None,
                unpaid_rate: None,
            },
        ];
        let svg = svg(
            &points,
            &Labels {
                title: "Pay <by> month".into(),
                description: "Median hourly pay".into(),
            },
        );
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("<title id=\"trend-title\">Pay &lt;by&gt; month</title>"));
        assert!(!svg.contains("style="));
        assert!(!svg.contains("<script"));
    }
}
