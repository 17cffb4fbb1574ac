use std::sync::Arc;

#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::http::openapi::schemas::*;
use rocket::serde::json::{Json, Value};
use rocket::{get, routes, Route, State};

use crate::domain::Country;
use crate::error::{Error, Result};
use crate::{channels, App};

pub fn routes() -> Vec<Route> {
    routes![get_channel]
}

/// The channel's public view, from a one-second cache.
pub async fn channel_view(app: &App, country: &Country) -> Result<Arc<Value>> {
    let key = format!("channel:{country}");
    if let Some(Some(view)) = app.views.get(&key) {
        return Ok(view);
    }
    let view = Arc::new(
        channels::service::channel_view(&app.db, country, app.settings.min_group_size).await?,
    );
    app.views.put(&key, Some(view.clone()));
    Ok(view)
}

pub fn parse_country(cc: &str) -> Result<Country> {
    match Country::parse(cc) {
        Ok(country) if country.code() == cc => Ok(country),
        _ => Err(Error::not_found(
            "No channel: use an upper-case ISO country code, like /channels/PH.",
        )),
    }
}

#[utoipa::path(get, path = "/api/v1/channels/{cc}", tag = "strikes", params(("cc" = String, Path, description = "ISO 3166-1 alpha-2, upper case")), responses((status = 200, body = serde_json::Value), (status = 404, body = ErrorResponse)))]
#[get("/channels/<cc>")]
pub async fn get_channel(app: &State<App>, cc: &str) -> Result<Json<Value>> {
    let country = parse_country(cc)?;
    Ok(Json((*channel_view(app, &country).await?).clone()))
}
