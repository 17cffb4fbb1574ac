//! `GET /api/v1/channels/{cc}`.

#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::error::{ErrorResponse, ValidationErrors};
use crate::http::openapi::ApiPart;

use rocket::serde::json::Json;
use rocket::{get, routes, State};

use crate::channels::{
    parse::parse_country,
    views::{self, ChannelView},
};
use crate::error::Result;
use crate::App;

/// The channels' routes and their description.
pub fn api() -> ApiPart {
    ApiPart::v1::<Described>(routes![get_channel])
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(get_channel))]
struct Described;

#[utoipa::path(get, path = "/api/v1/channels/{cc}", tag = "strikes", params(("cc" = String, Path, description = "ISO 3166-1 alpha-2, upper case")), responses((status = 200, body = ChannelView), (status = 404, body = ErrorResponse)))]
#[get("/channels/<cc>")]
pub async fn get_channel(app: &State<App>, cc: &str) -> Result<Json<ChannelView>> {
    let country = parse_country(cc)?;
    Ok(Json((*views::cached(app, &country).await?).clone()))
}
