//! What the data-requests domain publishes, as typed JSON: the campaigns,
//! their figures (also the "data rights" block of a platform's scorecard),
//! and a worker's own request as their receipt opens it.
//!
//! RequestFigures count what was published: requests sent on the last published
//! day or before, answers and complaints recorded by then (the same daily
//! batch as reports, so no figure tells when in a day anyone acted).
//! Counts below `min_group_size` are `{"fewer_than": N}`; a rate or a median
//! over fewer requests than that is `null`, as is one with no denominator.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::data_requests::model::{AnswerOutcome, Campaign, Category, SentRequest};
use crate::data_requests::tables::{Controller, Tables};
use crate::domain::{Choice, Country, Day, PublishedCount};

/// A campaign in the list.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CampaignEntry {
    #[schema(example = "k3j9x2m4q8w7z")]
    pub id: String,
    #[schema(example = "clickworker")]
    pub platform: String,
    pub title: String,
    #[schema(example = json!(["DE", "PH"]))]
    pub countries: Vec<String>,
    pub sent: PublishedCount,
    #[schema(value_type = String, format = Date)]
    pub opened_on: Day,
    pub url: String,
}

/// A campaign with its figures.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CampaignView {
    pub id: String,
    pub platform: String,
    /// Who controls the workers' data, for everyone (or the first named).
    pub controller: Option<Controller>,
    /// Every controller the table names for this platform, by region.
    pub controllers: Vec<Controller>,
    pub title: String,
    pub categories: Vec<Category>,
    pub countries: Vec<String>,
    /// Markdown.
    pub explanation: String,
    #[schema(value_type = String, format = Date)]
    pub opened_on: Day,
    #[serde(flatten)]
    pub figures: RequestFigures,
    /// The campaign's Atom feed: reminders of the days answers are due.
    pub feed: String,
}

/// What came of the published requests.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct RequestFigures {
    pub sent: PublishedCount,
    /// Of the requests answered or past their deadline, the share answered
    /// within the legal deadline.
    pub answered_in_time_rate: Option<f64>,
    pub median_days_to_answer: Option<f64>,
    /// By outcome: complete, partial, refused, asked_for_identity, no_answer.
    #[schema(value_type = BTreeMap<String, PublishedCount>)]
    pub outcomes: BTreeMap<&'static str, PublishedCount>,
    /// By category asked for: how many answers left it out.
    #[schema(value_type = BTreeMap<String, PublishedCount>)]
    pub missing: BTreeMap<&'static str, PublishedCount>,
    /// Past the deadline with no answer.
    pub overdue: PublishedCount,
    /// Complaints to an authority that workers recorded.
    pub complaints: PublishedCount,
}

/// The "data rights" block of a platform's scorecard: the figures over
/// every campaign for it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PlatformDataRequests {
    pub campaigns: u64,
    #[serde(flatten)]
    pub figures: RequestFigures,
}

/// A worker's own request, as their receipt opens it (never public).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SentView {
    pub id: String,
    pub campaign: String,
    pub country: String,
    #[schema(value_type = String, format = Date)]
    pub sent_on: Day,
    /// The last day of the legal deadline of the country's law.
    #[schema(value_type = String, format = Date)]
    pub due_on: Day,
    pub overdue: bool,
    pub answer: Option<AnswerView>,
    pub complained: bool,
    /// Whether a complaint to the authority is open to the worker now.
    pub may_complain: bool,
}

/// The answer a worker recorded.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AnswerView {
    pub outcome: AnswerOutcome,
    #[schema(value_type = Option<String>, format = Date)]
    pub answered_on: Option<Day>,
    pub missing: Vec<Category>,
}

/// `201 {id, receipt}` for "I sent my request".
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SentFiled {
    pub id: String,
    /// Shown once: it records the answer later. Only its hash is kept.
    #[schema(example = "ABCD-EFGH-JKMN-PQRS")]
    pub receipt: String,
}

/// `201 {id}` for a new campaign.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CampaignOpened {
    pub id: String,
    pub url: String,
}

/// Where a request stands on `today`: its deadline and whether it is past.
pub struct Standing {
    pub due_on: Day,
    pub overdue: bool,
}

impl Standing {
    /// `answered` is whether a real answer is recorded (of those counted).
    pub fn of(sent: &SentRequest, answered: bool, today: Day) -> Standing {
        let due_on = Tables::shipped()
            .law_of(sent.country.code())
            .map(|law| law.due_on(sent.sent_on))
            .unwrap_or(sent.sent_on.plus_days(30));
        Standing {
            due_on,
            overdue: !answered && today > due_on,
        }
    }
}

impl SentView {
    pub fn of(sent: &SentRequest, today: Day) -> SentView {
        let answered = sent.answer.as_ref().is_some_and(|a| a.outcome.is_answer());
        let standing = Standing::of(sent, answered, today);
        let may_complain = sent.complained_on.is_none()
            && (standing.overdue
                || sent
                    .answer
                    .as_ref()
                    .is_some_and(|a| a.outcome.warrants_complaint() && a.outcome.is_answer()));
        SentView {
            id: sent.id.to_string(),
            campaign: sent.campaign_id.to_string(),
            country: sent.country.code().to_owned(),
            sent_on: sent.sent_on,
            due_on: standing.due_on,
            overdue: standing.overdue,
            answer: sent.answer.as_ref().map(|a| AnswerView {
                outcome: a.outcome,
                answered_on: a.answered_on,
                missing: a.missing.clone(),
            }),
            complained: sent.complained_on.is_some(),
            may_complain,
        }
    }
}

/// What the figures are counted over and how they are published.
pub struct Publication {
    /// Answers and complaints recorded after this day wait for its batch.
    pub through: Day,
    pub today: Day,
    pub min_group_size: u32,
}

impl RequestFigures {
    /// The figures of published requests `sent`, asking for `categories`.
    pub fn of(
        sent: &[SentRequest],
        categories: &[Category],
        rules: &Publication,
    ) -> RequestFigures {
        let count = |n: usize| PublishedCount::of(n as u64, rules.min_group_size);
        let published = |day: Day| day <= rules.through;
        let answers: Vec<_> = sent
            .iter()
            .map(|s| (s, s.answer.as_ref().filter(|a| published(a.recorded_on))))
            .collect();
        let mut decided = 0;
        let mut in_time = 0;
        let mut days_to_answer = Vec::new();
        let mut overdue = 0;
        for (request, answer) in &answers {
            let real = answer.filter(|a| a.outcome.is_answer());
            let standing = Standing::of(request, real.is_some(), rules.today);
            overdue += usize::from(standing.overdue);
            if let Some(day) = real.and_then(|a| a.answered_on) {
                decided += 1;
                in_time += usize::from(day <= standing.due_on);
                days_to_answer.push((day.date() - request.sent_on.date()).num_days() as f64);
            } else if standing.overdue {
                decided += 1;
            }
        }
        let enough = |n: usize| n > 0 && n >= rules.min_group_size as usize;
        let outcomes = AnswerOutcome::ALL
            .iter()
            .map(|outcome| {
                let n = answers
                    .iter()
                    .filter(|(_, a)| a.is_some_and(|a| a.outcome == *outcome))
                    .count();
                (outcome.wire(), count(n))
            })
            .collect();
        let missing = categories
            .iter()
            .map(|category| {
                let n = answers
                    .iter()
                    .filter(|(_, a)| a.is_some_and(|a| a.missing.contains(category)))
                    .count();
                (category.wire(), count(n))
            })
            .collect();
        let complaints = sent
            .iter()
            .filter(|s| s.complained_on.is_some_and(published))
            .count();
        RequestFigures {
            sent: count(sent.len()),
            answered_in_time_rate: enough(decided).then(|| in_time as f64 / decided as f64),
            median_days_to_answer: enough(days_to_answer.len())
                .then(|| median(&mut days_to_answer)),
            outcomes,
            missing,
            overdue: count(overdue),
            complaints: count(complaints),
        }
    }
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[middle - 1] + values[middle]) / 2.0
    } else {
        values[middle]
    }
}

impl CampaignEntry {
    pub fn of(campaign: &Campaign, sent: PublishedCount) -> CampaignEntry {
        CampaignEntry {
            id: campaign.id.to_string(),
            platform: campaign.platform.to_string(),
            title: campaign.title.clone(),
            countries: codes(&campaign.countries),
            sent,
            opened_on: campaign.opened_on,
            url: format!("/api/v1/data-requests/{}", campaign.id),
        }
    }
}

impl CampaignView {
    pub fn of(campaign: &Campaign, figures: RequestFigures) -> CampaignView {
        let tables = Tables::shipped();
        let platform = campaign.platform.as_str();
        CampaignView {
            id: campaign.id.to_string(),
            platform: platform.to_owned(),
            controller: tables.controller_for(platform, None).cloned(),
            controllers: tables
                .controllers_of(platform)
                .into_iter()
                .cloned()
                .collect(),
            title: campaign.title.clone(),
            categories: campaign.categories.clone(),
            countries: codes(&campaign.countries),
            explanation: campaign.explanation.clone(),
            opened_on: campaign.opened_on,
            figures,
            feed: format!("/data-requests/{}/feed.atom", campaign.id),
        }
    }
}

/// The figures as the `data_requests/figures` partial shows them: the
/// figures, and the outcomes and missing categories in a fixed order.
pub fn figures_context(figures: &RequestFigures, campaigns: u64) -> serde_json::Value {
    let outcomes: Vec<serde_json::Value> = AnswerOutcome::ALL
        .iter()
        .map(|o| serde_json::json!({ "wire": o.wire(), "count": figures.outcomes.get(o.wire()) }))
        .collect();
    let missing: Vec<serde_json::Value> = Category::ALL
        .iter()
        .filter_map(|c| figures.missing.get(c.wire()).map(|n| (c, n)))
        .map(|(c, n)| serde_json::json!({ "label": c.label(), "count": n }))
        .collect();
    let mut block = serde_json::json!(figures);
    block["campaigns"] = serde_json::json!(campaigns);
    serde_json::json!({ "block": block, "outcomes": outcomes, "missing": missing })
}

pub fn codes(countries: &[Country]) -> Vec<String> {
    countries.iter().map(|c| c.code().to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::{Publication, RequestFigures};
    use crate::data_requests::model::{Answer, AnswerOutcome, Category, SentRequest};
    use crate::domain::{Country, DataRequestId, Day, SentRequestId};
    use serde_json::json;

    fn sent(on: &str, answer: Option<(AnswerOutcome, &str)>) -> SentRequest {
        SentRequest {
            id: SentRequestId::generate(),
            campaign_id: DataRequestId::generate(),
            country: Country::parse("DE").unwrap(),
            sent_on: Day::parse(on).unwrap(),
            receipt_hash: String::new(),
            answer: answer.map(|(outcome, day)| Answer {
                outcome,
                answered_on: Day::parse(day).ok(),
                missing: vec![Category::Flags],
                recorded_on: Day::parse(day).unwrap(),
            }),
            complained_on: None,
        }
    }

    #[test]
    fn figures_count_deadlines_medians_and_small_groups() {
        let rules = Publication {
            through: Day::parse("2026-06-30").unwrap(),
            today: Day::parse("2026-07-01").unwrap(),
            min_group_size: 2,
        };
        let rows = vec![
            // Answered in 10 days, partial, flags missing.
            sent("2026-03-01", Some((AnswerOutcome::Partial, "2026-03-11"))),
            // Answered after the month (due 2026-04-01).
            sent("2026-03-01", Some((AnswerOutcome::Complete, "2026-04-20"))),
            // Never answered: overdue.
            sent("2026-03-01", None),
            // Sent recently: not due yet, not decided.
            sent("2026-06-20", None),
        ];
        let figures = RequestFigures::of(&rows, &[Category::Flags, Category::Ratings], &rules);
        let value = json!(figures);
        assert_eq!(value["sent"], 4);
        assert_eq!(value["answered_in_time_rate"], json!(1.0 / 3.0));
        assert_eq!(value["median_days_to_answer"], json!(30.0));
        assert_eq!(value["overdue"], json!({ "fewer_than": 2 }));
        assert_eq!(value["outcomes"]["partial"], json!({ "fewer_than": 2 }));
        assert_eq!(value["missing"]["flags"], 2);
        assert_eq!(value["missing"]["ratings"], json!({ "fewer_than": 2 }));
        assert_eq!(value["complaints"], json!({ "fewer_than": 2 }));
    }

    #[test]
    fn nothing_is_a_rate_below_the_group_size_or_without_a_denominator() {
        let rules = Publication {
            through: Day::parse("2026-06-30").unwrap(),
            today: Day::parse("2026-07-01").unwrap(),
            min_group_size: 5,
        };
        let rows = vec![sent(
            "2026-03-01",
            Some((AnswerOutcome::Complete, "2026-03-05")),
        )];
        let figures = RequestFigures::of(&rows, &[], &rules);
        assert_eq!(figures.answered_in_time_rate, None);
        assert_eq!(figures.median_days_to_answer, None);
        assert!(RequestFigures::of(&[], &[], &rules)
            .answered_in_time_rate
            .is_none());
    }

    #[test]
    fn an_answer_recorded_after_the_batch_waits_for_the_next() {
        let rules = Publication {
            through: Day::parse("2026-03-10").unwrap(),
            today: Day::parse("2026-03-11").unwrap(),
            min_group_size: 1,
        };
        let rows = vec![sent(
            "2026-03-01",
            Some((AnswerOutcome::Refused, "2026-03-11")),
        )];
        let figures = RequestFigures::of(&rows, &[], &rules);
        assert_eq!(
            json!(figures)["outcomes"]["refused"],
            json!({ "fewer_than": 1 })
        );
    }
}
