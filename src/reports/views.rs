//! What the API shows of stored data.

use serde::Serialize;

use crate::domain::text::{render_markdown, Redaction};
use crate::domain::{Choice, Day, ReportKind};
use crate::i18n::english;
use crate::reports::model::{Grievance, Rating, Report};
use crate::reports::service::Filed;

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

/// A report as the public sees it: no hashes, no flags, the day only. A
/// rating carries the rating fields, a grievance the grievance fields.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PublicReport {
    pub id: String,
    pub kind: ReportKind,
    pub platform: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester_name: Option<String>,
    pub country: String,
    /// Reports are published by the day: no finer time exists.
    #[schema(value_type = String, format = Date)]
    pub day: Day,
    pub edited: bool,
    pub demo: bool,
    /// Filed with an organizer's voucher.
    pub vouched: bool,
    /// Counted in public figures. Reports are published in daily batches.
    pub published: bool,
    /// When the report, or its pending correction, will be published.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = Date)]
    pub publishes_on: Option<Day>,
    /// Held by the screening until a moderator decides.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub held_for_review: bool,
    /// A rating's fields (`RatingView`), beside the ones above. Described
    /// as an open object: a flattened `Option` would otherwise be described
    /// as "null or a rating", which a grievance is neither.
    #[serde(flatten)]
    #[schema(value_type = Object)]
    pub rating: Option<RatingView>,
    /// A grievance's fields (`GrievanceView`), beside the ones above.
    #[serde(flatten)]
    #[schema(value_type = Object)]
    pub grievance: Option<GrievanceView>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RatingView {
    #[serde(flatten)]
    pub rating: Rating,
    /// The comment as sanitised HTML.
    pub comment_html: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct GrievanceView {
    #[serde(flatten)]
    pub grievance: Grievance,
    pub description_html: String,
    pub desired_outcome_html: Option<String>,
    /// English labels, for API readers; pages translate the wire values.
    pub status_label: String,
    pub category_label: String,
}

impl From<&Report> for PublicReport {
    fn from(report: &Report) -> Self {
        PublicReport {
            id: report.id.to_string(),
            kind: report.kind,
            platform: report.platform.as_str().to_owned(),
            requester_id: report
                .requester_id
                .as_ref()
                .map(|id| id.as_str().to_owned()),
            requester_name: report.requester_name.clone(),
            country: report.country.code().to_owned(),
            day: report.day,
            edited: report.edited,
            demo: report.demo,
            vouched: report.vouched,
            published: report.published,
            publishes_on: report.publishes_on,
            // A published report that is held has a held correction: it
            // stays public as it was.
            held_for_review: report.held && !report.published,
            rating: report.rating.as_ref().map(|rating| RatingView {
                comment_html: rating.comment.as_deref().map(render_markdown),
                rating: rating.clone(),
            }),
            grievance: report.grievance.as_ref().map(|grievance| GrievanceView {
                description_html: render_markdown(&grievance.description),
                desired_outcome_html: grievance.desired_outcome.as_deref().map(render_markdown),
                status_label: english(&grievance.status.label()),
                category_label: english(&grievance.category.label()),
                grievance: grievance.clone(),
            }),
        }
    }
}

/// A corrected report, with what was removed from its new text.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CorrectedReport {
    #[serde(flatten)]
    pub report: PublicReport,
    /// Kinds of personal data removed from the free text before storing it.
    pub redacted: Vec<Redaction>,
}

/// The answer to a flag: moderators will look at the report.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FlagFiled {
    /// Always `flagged`.
    #[schema(example = "flagged")]
    pub status: &'static str,
    pub report: String,
}
