#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::http::openapi::schemas::*;
use futures::TryStreamExt;
use rocket::http::ContentType;
use rocket::{get, routes, Route, State};

use crate::error::{Error, Result};
use crate::http::conditional::Conditional;
use crate::scorecards::figures::{Figures, Spread};
use crate::scorecards::store::ScorecardStore;
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![scorecards_csv]
}

const HEADER: &[&str] = &[
    "platform",
    "requester_id",
    "name",
    "aliases",
    "ratings",
    "hourly_pay_usd_median",
    "hourly_pay_usd_p25",
    "hourly_pay_usd_p75",
    "hourly_pay_eur_median",
    "hourly_pay_eur_p25",
    "hourly_pay_eur_p75",
    "unpaid_rate",
    "rejection_rate",
    "median_days_to_payment",
    "response_rate",
    "recommend_rate",
    "tos_violation_rate",
    "broken_rate",
    "below_minimum_wage_rate",
    "grievances",
    "updated",
];

fn number(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn spread(spread: Option<Spread>) -> [String; 3] {
    [
        number(spread.map(|s| s.median)),
        number(spread.map(|s| s.p25)),
        number(spread.map(|s| s.p75)),
    ]
}

fn figures_columns(f: &Figures) -> Vec<String> {
    let mut columns = vec![f.ratings.to_string()];
    columns.extend(spread(f.hourly_pay_usd));
    columns.extend(spread(f.hourly_pay_eur));
    for rate in [
        f.unpaid_rate,
        f.rejection_rate,
        f.median_days_to_payment,
        f.response_rate,
        f.recommend_rate,
        f.tos_violation_rate,
        f.broken_rate,
        f.below_minimum_wage_rate,
    ] {
        columns.push(number(rate));
    }
    columns
}

/// Every requester scorecard, one row each, all-time figures. An empty cell
/// means "not enough data" (never 0). Data under CC BY 4.0.
#[utoipa::path(get, path = "/api/v1/scorecards.csv", tag = "scorecards", responses((status = 200, description = "Every requester scorecard, one row each (CC BY 4.0)", content_type = "text/csv", body = String), (status = 304, description = "Not modified (If-None-Match)")))]
#[get("/scorecards.csv")]
pub async fn scorecards_csv(app: &State<App>) -> Result<Conditional> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let csv_error = |e: csv::Error| Error::Internal(e.to_string());
    writer.write_record(HEADER).map_err(csv_error)?;
    let mut cursor = app.db.requester_scorecards().await?;
    while let Some(doc) = cursor.try_next().await? {
        let card = doc.card;
        let mut row = vec![
            card.platform.clone(),
            card.requester_id.clone().unwrap_or_default(),
            card.name.clone(),
            card.aliases.join("; "),
        ];
        row.extend(figures_columns(&card.all));
        row.push(card.grievances.total.to_string());
        row.push(card.updated.clone());
        writer.write_record(&row).map_err(csv_error)?;
    }
    let body = String::from_utf8(
        writer
            .into_inner()
            .map_err(|e| Error::Internal(e.to_string()))?,
    )
    .map_err(|e| Error::Internal(e.to_string()))?;
    Ok(Conditional::new(
        body,
        ContentType::new("text", "csv").with_params(("charset", "utf-8")),
    ))
}
