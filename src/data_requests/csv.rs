//! `/api/v1/data-requests.csv`: one line per campaign with its published
//! figures, for researchers and journalists. A count withheld as too small
//! is written `<N`; a rate or median that is `null` in JSON is empty.

use crate::data_requests::model::AnswerOutcome;
use crate::data_requests::views::CampaignView;
use crate::domain::{Choice, PublishedCount};
use crate::error::{Error, Result};
use crate::http::spreadsheet::spreadsheet_safe;

fn count(value: PublishedCount) -> String {
    match value {
        PublishedCount::Count(n) => n.to_string(),
        PublishedCount::FewerThan { fewer_than } => format!("<{fewer_than}"),
    }
}

fn number(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.3}")).unwrap_or_default()
}

pub fn campaigns(rows: &[CampaignView]) -> Result<String> {
    let csv_error = |e: csv::Error| Error::Internal(e.to_string());
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "id".to_owned(),
        "platform".to_owned(),
        "title".to_owned(),
        "countries".to_owned(),
        "opened_on".to_owned(),
        "sent".to_owned(),
        "answered_in_time_rate".to_owned(),
        "median_days_to_answer".to_owned(),
    ];
    header.extend(
        AnswerOutcome::ALL
            .iter()
            .map(|o| format!("outcome_{}", o.wire())),
    );
    header.extend([
        "overdue".to_owned(),
        "complaints".to_owned(),
        "missing".to_owned(),
    ]);
    writer.write_record(&header).map_err(csv_error)?;
    for view in rows {
        let figures = &view.figures;
        let mut row = vec![
            view.id.clone(),
            view.platform.clone(),
            spreadsheet_safe(&view.title),
            view.countries.join(" "),
            view.opened_on.to_string(),
            count(figures.sent),
            number(figures.answered_in_time_rate),
            number(figures.median_days_to_answer),
        ];
        row.extend(AnswerOutcome::ALL.iter().map(|o| {
            figures
                .outcomes
                .get(o.wire())
                .copied()
                .map(count)
                .unwrap_or_default()
        }));
        row.push(count(figures.overdue));
        row.push(count(figures.complaints));
        let missing: Vec<String> = figures
            .missing
            .iter()
            .map(|(category, n)| format!("{category}={}", count(*n)))
            .collect();
        row.push(missing.join(" "));
        writer.write_record(&row).map_err(csv_error)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| Error::Internal(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| Error::Internal(e.to_string()))
}
