//! `/api/v1/data-requests`: campaigns, their figures and CSV, and the
//! anonymous tracker (sent, answer, complaint) opened by a receipt.

#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::data_requests::parse::{AnswerInput, CampaignInput, SentInput};
#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::error::{ErrorResponse, ValidationErrors};
use crate::http::openapi::ApiPart;

use rocket::http::ContentType;
use rocket::response::status::Created;
use rocket::serde::json::Json;
use rocket::{get, patch, post, routes, State};

use crate::data_requests::parse;
use crate::data_requests::service::{self, authorized_sent, find_campaign};
use crate::data_requests::store::DataRequestStore;
use crate::data_requests::views::{
    CampaignEntry, CampaignOpened, CampaignView, SentFiled, SentView,
};
use crate::domain::{DataRequestId, Day, SentRequestId, UnknownId};
use crate::error::{Error, Result};
use crate::http::fields::RawFields;
use crate::http::guards::{ClientAddress, ReceiptAuth};
use crate::http::page::Private;
use crate::http::page_cache::WaitsForBatch;
use crate::organizers::auth::ApiOrganizer;
use crate::App;

/// The data requests' routes and their description.
pub fn api() -> ApiPart {
    ApiPart::v1::<Described>(routes![
        list_campaigns,
        campaigns_csv,
        get_campaign,
        open_campaign,
        record_sent,
        get_sent,
        record_answer,
        record_complaint
    ])
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(
    list_campaigns,
    campaigns_csv,
    get_campaign,
    open_campaign,
    record_sent,
    get_sent,
    record_answer,
    record_complaint
))]
struct Described;

/// Every campaign, newest first.
#[utoipa::path(get, path = "/api/v1/data-requests", tag = "data requests", responses((status = 200, body = [CampaignEntry])))]
#[get("/data-requests")]
pub async fn list_campaigns(app: &State<App>) -> Result<Json<Vec<CampaignEntry>>> {
    Ok(Json(service::campaign_entries(app).await?))
}

/// One line per campaign with its published figures.
#[utoipa::path(get, path = "/api/v1/data-requests.csv", tag = "data requests", responses((status = 200, content_type = "text/csv", body = String)))]
#[get("/data-requests.csv")]
pub async fn campaigns_csv(app: &State<App>) -> Result<(ContentType, String)> {
    let mut rows = Vec::new();
    for campaign in app.db.list_campaigns().await? {
        let figures = service::campaign_figures(app, &campaign).await?;
        rows.push(CampaignView::of(&campaign, figures));
    }
    Ok((
        ContentType::new("text", "csv").with_params(("charset", "utf-8")),
        super::csv::campaigns(&rows)?,
    ))
}

#[utoipa::path(get, path = "/api/v1/data-requests/{id}", tag = "data requests", params(("id" = String, Path)), responses((status = 200, body = CampaignView), (status = 404, body = ErrorResponse)))]
#[get("/data-requests/<id>")]
pub async fn get_campaign(
    app: &State<App>,
    id: Result<DataRequestId, UnknownId>,
) -> Result<Json<CampaignView>> {
    let campaign = find_campaign(&app.db, &id?).await?;
    let figures = service::campaign_figures(app, &campaign).await?;
    Ok(Json(CampaignView::of(&campaign, figures)))
}

/// Organizers open a campaign (`Authorization: Bearer <token>`).
#[utoipa::path(post, path = "/api/v1/data-requests", tag = "data requests", request_body = CampaignInput, security(("organizer_token" = [])), responses((status = 201, body = CampaignOpened), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 422, body = ValidationErrors)))]
#[post("/data-requests", data = "<raw>")]
pub async fn open_campaign(
    app: &State<App>,
    organizer: ApiOrganizer,
    raw: RawFields,
) -> Result<Created<Json<CampaignOpened>>> {
    let campaign = parse::parse_campaign(&raw, &organizer.0, app.platforms())?;
    app.db.insert_campaign(&campaign).await?;
    let url = format!("/api/v1/data-requests/{}", campaign.id);
    Ok(Created::new(url.clone()).body(Json(CampaignOpened {
        id: campaign.id.to_string(),
        url,
    })))
}

/// "I sent my request", anonymously: the country whose law it cites.
/// Only the day is kept; it counts from that day's batch.
#[utoipa::path(post, path = "/api/v1/data-requests/{id}/sent", tag = "data requests", params(("id" = String, Path)), request_body = SentInput, responses((status = 201, body = SentFiled), (status = 404, body = ErrorResponse), (status = 422, body = ValidationErrors), (status = 429, body = ErrorResponse)))]
#[post("/data-requests/<id>/sent", data = "<raw>")]
pub async fn record_sent(
    app: &State<App>,
    id: Result<DataRequestId, UnknownId>,
    raw: RawFields,
    client: ClientAddress,
    _batched: WaitsForBatch,
) -> Result<Private<Created<Json<SentFiled>>>> {
    let campaign = find_campaign(&app.db, &id?).await?;
    let country = parse::parse_sent(&raw, &campaign).map_err(Error::Invalid)?;
    let (sent, receipt) = service::send(app, &client, &campaign, country).await?;
    let created =
        Created::new(format!("/api/v1/data-requests/{}", campaign.id)).body(Json(SentFiled {
            id: sent.id.to_string(),
            receipt: receipt.display(),
        }));
    Ok(Private(rocket::http::Status::Created, created))
}

/// A worker's own request, with its receipt (`Authorization: Receipt <code>`).
#[utoipa::path(get, path = "/api/v1/data-requests/sent/{sent_id}", tag = "data requests", params(("sent_id" = String, Path), ("Authorization" = String, Header, description = "Receipt <code>")), responses((status = 200, body = SentView), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse)))]
#[get("/data-requests/sent/<sent_id>")]
pub async fn get_sent(
    app: &State<App>,
    sent_id: Result<SentRequestId, UnknownId>,
    receipt: ReceiptAuth,
) -> Result<Private<Json<SentView>>> {
    let (sent, _) = authorized_sent(&app.db, &sent_id?, &receipt.0).await?;
    Ok(Private(
        rocket::http::Status::Ok,
        Json(SentView::of(&sent, Day::today())),
    ))
}

/// `{outcome, answered_on, missing}`: what came back, with the receipt.
/// Recorded again, it replaces the earlier answer.
#[utoipa::path(patch, path = "/api/v1/data-requests/sent/{sent_id}", tag = "data requests", params(("sent_id" = String, Path), ("Authorization" = String, Header, description = "Receipt <code>")), request_body = AnswerInput, responses((status = 200, body = SentView), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse), (status = 422, body = ValidationErrors), (status = 429, body = ErrorResponse)))]
#[patch("/data-requests/sent/<sent_id>", data = "<raw>")]
pub async fn record_answer(
    app: &State<App>,
    sent_id: Result<SentRequestId, UnknownId>,
    receipt: ReceiptAuth,
    raw: RawFields,
    client: ClientAddress,
    _batched: WaitsForBatch,
) -> Result<Private<Json<SentView>>> {
    let (sent, campaign) = authorized_sent(&app.db, &sent_id?, &receipt.0).await?;
    let today = Day::today();
    let answer = parse::parse_answer(&raw, &campaign, &sent, today).map_err(Error::Invalid)?;
    service::count_change(app, &client, &sent).await?;
    let sent = service::record_answer(&app.db, &sent, answer, today).await?;
    Ok(Private(
        rocket::http::Status::Ok,
        Json(SentView::of(&sent, today)),
    ))
}

/// "I complained to the authority": counted, anonymously, once the request
/// is overdue or its answer fell short.
#[utoipa::path(post, path = "/api/v1/data-requests/sent/{sent_id}/complaint", tag = "data requests", params(("sent_id" = String, Path), ("Authorization" = String, Header, description = "Receipt <code>")), responses((status = 200, body = SentView), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse), (status = 422, body = ValidationErrors), (status = 429, body = ErrorResponse)))]
#[post("/data-requests/sent/<sent_id>/complaint")]
pub async fn record_complaint(
    app: &State<App>,
    sent_id: Result<SentRequestId, UnknownId>,
    receipt: ReceiptAuth,
    client: ClientAddress,
    _batched: WaitsForBatch,
) -> Result<Private<Json<SentView>>> {
    let (sent, _) = authorized_sent(&app.db, &sent_id?, &receipt.0).await?;
    service::count_change(app, &client, &sent).await?;
    let today = Day::today();
    let sent = service::record_complaint(&app.db, &sent, today).await?;
    Ok(Private(
        rocket::http::Status::Ok,
        Json(SentView::of(&sent, today)),
    ))
}
