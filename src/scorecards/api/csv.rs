#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::error::{ErrorResponse, ValidationErrors};
use futures::TryStreamExt;
use rocket::http::ContentType;
use rocket::{get, routes, Route, State};

use crate::error::{Error, Result};
use crate::http::conditional::{Body, Conditional};
use crate::http::spreadsheet::spreadsheet_safe;
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
    // The work behind the work, after the older columns so scripts that
    // read columns by position keep working.
    "unpaid_time_share",
    "screened_out_rate",
    "not_money_rate",
    "harmful_content_rate",
    "end_client_disclosed_rate",
    "evaluation_explained_rate",
    "purposes",
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

fn work_behind_columns(f: &Figures) -> Vec<String> {
    let mut columns: Vec<String> = [
        f.unpaid_time_share,
        f.screened_out_rate,
        f.not_money_rate,
        f.harmful_content_rate,
        f.end_client_disclosed_rate,
        f.evaluation_explained_rate,
    ]
    .into_iter()
    .map(number)
    .collect();
    // `ai_training:3; research:1`
    let purposes: Vec<String> = f
        .purposes
        .iter()
        .map(|(purpose, count)| format!("{purpose}:{count}"))
        .collect();
    columns.push(purposes.join("; "));
    columns
}

/// Every requester scorecard, one row each, all-time figures. An empty cell
/// means "not enough data" (never 0). Data under CC BY 4.0. Built once and
/// kept until a scorecard changes, so a conditional request is answered
/// from the kept ETag without building anything.
#[utoipa::path(get, path = "/api/v1/scorecards.csv", tag = "scorecards", responses((status = 200, description = "Every requester scorecard, one row each (CC BY 4.0)", content_type = "text/csv", body = String), (status = 304, description = "Not modified (If-None-Match)")))]
#[get("/scorecards.csv")]
pub async fn scorecards_csv(app: &State<App>) -> Result<Conditional> {
    let export = match app.scorecards.export() {
        Some(export) => export,
        None => app.scorecards.put_export(build_export(app).await?),
    };
    Ok(Conditional {
        etag: export.etag.clone(),
        body: Body::Deferred(Box::new(move || export.body.clone())),
        content_type: ContentType::new("text", "csv").with_params(("charset", "utf-8")),
    })
}

async fn build_export(app: &App) -> Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let csv_error = |e: csv::Error| Error::Internal(e.to_string());
    writer.write_record(HEADER).map_err(csv_error)?;
    let mut cursor = app.db.requester_scorecards().await?;
    while let Some(doc) = cursor.try_next().await? {
        let card = doc.card;
        let mut row = vec![
            spreadsheet_safe(&card.platform),
            spreadsheet_safe(&card.requester_id.clone().unwrap_or_default()),
            spreadsheet_safe(&card.name),
            spreadsheet_safe(&card.aliases.join("; ")),
        ];
        row.extend(figures_columns(&card.all));
        row.push(card.grievances.total.to_string());
        row.push(card.updated.clone());
        row.extend(work_behind_columns(&card.all));
        writer.write_record(&row).map_err(csv_error)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| Error::Internal(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| Error::Internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::testing::{sample_rating, TestApp};

    #[rocket::async_test]
    async fn a_requester_named_like_a_formula_is_not_one_in_the_csv() {
        let app = TestApp::new().await;
        let mut rating = sample_rating();
        rating["requester_name"] = json!("=HYPERLINK(\"http://evil.example\",\"Click\")");
        app.post_json("/api/v1/ratings", &rating).await;
        app.settle().await;
        let csv = app
            .client
            .get("/api/v1/scorecards.csv")
            .dispatch()
            .await
            .into_string()
            .await
            .unwrap();
        assert!(csv.contains("\"'=HYPERLINK("), "{csv}");
        assert!(!csv.contains(",=HYPERLINK") && !csv.contains(",\"=HYPERLINK"));
    }

    #[rocket::async_test]
    async fn the_export_is_built_once_answers_304_from_memory_and_follows_changes() {
        use rocket::http::{Header, Status};
        use std::sync::atomic::Ordering;
        let app = TestApp::new().await;
        let (id, receipt) = app.file_rating().await;
        app.settle().await;
        let first = app.client.get("/api/v1/scorecards.csv").dispatch().await;
        let etag = first.headers().get_one("ETag").unwrap().to_owned();
        let before = first.into_string().await.unwrap();
        assert!(before.contains("A1B2C3D4E5,"));
        let again = app
            .client
            .get("/api/v1/scorecards.csv")
            .header(Header::new("If-None-Match", etag.clone()))
            .dispatch()
            .await;
        assert_eq!(again.status(), Status::NotModified);
        let built = &app.app().scorecards.exports_built;
        assert_eq!(built.load(Ordering::Relaxed), 1, "the 304 built nothing");

        app.withdraw(&id, &receipt).await;
        app.settle().await;
        let after = app
            .client
            .get("/api/v1/scorecards.csv")
            .header(Header::new("If-None-Match", etag.clone()))
            .dispatch()
            .await;
        assert_eq!(
            after.status(),
            Status::Ok,
            "the withdrawal changed the export"
        );
        assert_ne!(after.into_string().await.unwrap(), before);
    }
}
