//! What the API shows of stored data.

use serde::Serialize;

use crate::domain::text::{render_markdown, Redaction};
use crate::domain::{Choice, ReportKind};
use crate::i18n::english;
use crate::reports::service::Filed;
use crate::reports::store::{Grievance, Rating, Report};

/// The answer to a successful submission: the receipt is shown this once.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FiledView {
    pub id: String,
    pub receipt: String,
    pub url: String,
    pub duplicate: bool,
    /// Kinds of personal data removed from the free text before storing it.
    pub redacted: Vec<Redaction>,
}

impl From<&Filed> for FiledView {
    fn from(filed: &Filed) -> Self {
        FiledView {
            id: filed.id.to_string(),
            receipt: filed.receipt.display(),
            url: format!("/reports/{}", filed.id),
            duplicate: filed.duplicate,
            redacted: filed.redactions.clone(),
        }
    }
}

/// A report as the public sees it: no hashes, no flags, the day only.
#[derive(Debug, Serialize)]
pub struct PublicReport<'a> {
    pub id: &'a str,
    pub kind: ReportKind,
    pub platform: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester_name: Option<&'a str>,
    pub country: &'a str,
    pub day: crate::domain::Day,
    pub edited: bool,
    pub demo: bool,
    #[serde(flatten)]
    pub rating: Option<RatingView<'a>>,
    #[serde(flatten)]
    pub grievance: Option<GrievanceView<'a>>,
}

#[derive(Debug, Serialize)]
pub struct RatingView<'a> {
    #[serde(flatten)]
    pub rating: &'a Rating,
    /// The comment as sanitised HTML.
    pub comment_html: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct GrievanceView<'a> {
    #[serde(flatten)]
    pub grievance: &'a Grievance,
    pub description_html: String,
    pub desired_outcome_html: Option<String>,
    /// English labels, for API readers; pages translate the wire values.
    pub status_label: String,
    pub category_label: String,
}

impl<'a> From<&'a Report> for PublicReport<'a> {
    fn from(report: &'a Report) -> Self {
        PublicReport {
            id: report.id.as_str(),
            kind: report.kind,
            platform: report.platform.as_str(),
            requester_id: report.requester_id.as_ref().map(|id| id.as_str()),
            requester_name: report.requester_name.as_deref(),
            country: report.country.code(),
            day: report.day,
            edited: report.edited,
            demo: report.demo,
            rating: report.rating.as_ref().map(|rating| RatingView {
                rating,
                comment_html: rating.comment.as_deref().map(render_markdown),
            }),
            grievance: report.grievance.as_ref().map(|grievance| GrievanceView {
                grievance,
                description_html: render_markdown(&grievance.description),
                desired_outcome_html: grievance.desired_outcome.as_deref().map(render_markdown),
                status_label: english(&grievance.status.label()),
                category_label: english(&grievance.category.label()),
            }),
        }
    }
}
