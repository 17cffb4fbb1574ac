//! The data-requests rules: opening a campaign, recording a request, its
//! answer and a complaint, and the published figures.

use crate::data_requests::model::{Answer, Campaign, SentRequest};
use crate::data_requests::parse::ParsedAnswer;
use crate::data_requests::store::DataRequestStore;
use crate::data_requests::views::{
    CampaignEntry, PlatformDataRequests, Publication, RequestFigures,
};
use crate::db::Db;
use crate::domain::{
    Country, DataRequestId, Day, FieldErrors, PlatformSlug, PublishedCount, ReceiptCode,
    SentRequestId,
};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::App;

pub async fn find_campaign(db: &Db, id: &DataRequestId) -> Result<Campaign> {
    db.find_campaign(id)
        .await?
        .ok_or_else(|| Error::not_found("No data-request campaign has this id."))
}

/// The sent request `id`, if `receipt` is its own.
pub async fn authorized_sent(
    db: &Db,
    id: &SentRequestId,
    receipt: &ReceiptCode,
) -> Result<(SentRequest, Campaign)> {
    let sent = db
        .find_sent(id)
        .await?
        .ok_or_else(|| Error::not_found("No sent request has this id."))?;
    if !receipt.matches(&sent.receipt_hash) {
        return Err(Error::WrongReceipt);
    }
    let campaign = find_campaign(db, &sent.campaign_id).await?;
    Ok((sent, campaign))
}

/// The publication rule of `app`, seen from today.
pub fn publication(app: &App) -> Publication {
    Publication {
        through: crate::reports::service::last_published_day(app),
        today: Day::today(),
        min_group_size: app.settings.min_group_size,
    }
}

/// A campaign's published figures.
pub async fn campaign_figures(app: &App, campaign: &Campaign) -> Result<RequestFigures> {
    let rules = publication(app);
    let sent = app.db.sent_through(&[&campaign.id], rules.through).await?;
    Ok(RequestFigures::of(&sent, &campaign.categories, &rules))
}

/// Every campaign, newest first, with its published count of requests.
pub async fn campaign_entries(app: &App) -> Result<Vec<CampaignEntry>> {
    let campaigns = app.db.list_campaigns().await?;
    let rules = publication(app);
    let ids: Vec<&DataRequestId> = campaigns.iter().map(|c| &c.id).collect();
    let sent = app.db.sent_through(&ids, rules.through).await?;
    Ok(campaigns
        .iter()
        .map(|campaign| {
            let n = sent.iter().filter(|s| s.campaign_id == campaign.id).count();
            CampaignEntry::of(campaign, PublishedCount::of(n as u64, rules.min_group_size))
        })
        .collect())
}

/// The figures over every campaign for a platform (its scorecard's "data
/// rights"), or `None` when it has had none.
pub async fn platform_figures(
    app: &App,
    platform: &PlatformSlug,
) -> Result<Option<PlatformDataRequests>> {
    let campaigns = app.db.campaigns_for(platform).await?;
    if campaigns.is_empty() {
        return Ok(None);
    }
    let rules = publication(app);
    let ids: Vec<&DataRequestId> = campaigns.iter().map(|c| &c.id).collect();
    let sent = app.db.sent_through(&ids, rules.through).await?;
    let mut categories = Vec::new();
    for category in campaigns.iter().flat_map(|c| &c.categories) {
        if !categories.contains(category) {
            categories.push(*category);
        }
    }
    Ok(Some(PlatformDataRequests {
        campaigns: campaigns.len() as u64,
        figures: RequestFigures::of(&sent, &categories, &rules),
    }))
}

/// Counts one anonymous act of this client about `subject` (a campaign, a
/// request) against its hourly limit and against `per_day` a day, so that
/// nobody can inflate a campaign's figures from one connection.
pub async fn count_act(
    app: &App,
    client: &crate::http::guards::ClientAddress,
    subject: &str,
    per_day: u32,
) -> Result<()> {
    let daily = crate::limits::Counted::DailyOf(subject);
    let (hourly, daily) = tokio::join!(
        app.count_submission(client),
        app.limits.allow(
            &app.db,
            &app.secrets,
            daily,
            &client.0,
            per_day,
            Error::DailyLimited
        ),
    );
    hourly?;
    daily
}

/// "Sent" for one campaign from one connection, per day: a worker sends one
/// request; a few more leave room for a shared connection.
pub fn sent_per_day(app: &App) -> u32 {
    app.settings.ratings_per_target_per_day.max(3)
}

/// Answers and complaints recorded for one request, per day.
pub const CHANGES_PER_REQUEST_PER_DAY: u32 = 5;

/// "I sent it" from `client`: counted against its limits, then recorded
/// today. The one way the API and the campaign page record a request.
pub async fn send(
    app: &App,
    client: &crate::http::guards::ClientAddress,
    campaign: &Campaign,
    country: Country,
) -> Result<(SentRequest, ReceiptCode)> {
    let subject = format!("data-request-sent {}", campaign.id);
    count_act(app, client, &subject, sent_per_day(app)).await?;
    let secret = app.secrets.receipt_key();
    record_sent(&app.db, &secret, campaign, country, Day::today()).await
}

/// Counts an answer or a complaint about `sent` from `client`.
pub async fn count_change(
    app: &App,
    client: &crate::http::guards::ClientAddress,
    sent: &SentRequest,
) -> Result<()> {
    let subject = format!("data-request-answer {}", sent.id);
    count_act(app, client, &subject, CHANGES_PER_REQUEST_PER_DAY).await
}

/// Records a request sent on `day` (counted with that day's batch) and the
/// receipt that records its answer.
pub async fn record_sent(
    db: &Db,
    secret: &[u8],
    campaign: &Campaign,
    country: Country,
    day: Day,
) -> Result<(SentRequest, ReceiptCode)> {
    let receipt = ReceiptCode::derive(secret, &crate::reports::service::new_submission_key());
    let sent = SentRequest {
        id: SentRequestId::generate(),
        campaign_id: campaign.id.clone(),
        country,
        sent_on: day,
        receipt_hash: receipt.hash(),
        answer: None,
        complained_on: None,
    };
    db.insert_sent(&sent).await?;
    Ok((sent, receipt))
}

/// Records (or corrects) what came back, published with `today`'s batch.
pub async fn record_answer(
    db: &Db,
    sent: &SentRequest,
    answer: ParsedAnswer,
    today: Day,
) -> Result<SentRequest> {
    let answer = Answer {
        outcome: answer.outcome,
        answered_on: answer.answered_on,
        missing: answer.missing,
        recorded_on: today,
    };
    db.set_answer(&sent.id, &answer).await?;
    Ok(SentRequest {
        answer: Some(answer),
        ..sent.clone()
    })
}

/// Records that the worker complained to the authority: once, and only
/// when the request is overdue or the answer fell short.
pub async fn record_complaint(db: &Db, sent: &SentRequest, today: Day) -> Result<SentRequest> {
    let view = crate::data_requests::views::SentView::of(sent, today);
    if !view.may_complain {
        return Err(Error::Invalid(FieldErrors::single(
            "complaint",
            Msg::new("complaint-not-open"),
        )));
    }
    db.set_complained(&sent.id, today).await?;
    Ok(SentRequest {
        complained_on: Some(today),
        ..sent.clone()
    })
}
