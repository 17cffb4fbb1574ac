use crate::domain::Day;
#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::domain::{PledgeId, StrikeId, SupporterId, UnknownId};
use crate::error::{ErrorResponse, ValidationErrors};
use crate::http::openapi::ApiPart;
#[allow(unused_imports)] // named by the OpenAPI annotations
use crate::strikes::parse::{
    PledgeInput, StatusInput, StrikeInput, SupportInput, TranslationInput, UndercutInput,
};

use rocket::http::Status;
use rocket::response::status::Created;
use rocket::serde::json::Json;
use rocket::{delete, get, post, routes, State};

use crate::domain::FieldErrors;
use crate::error::{Error, Result};
use crate::http::fields::RawFields;
use crate::http::guards::{ClientAddress, ReceiptAuth};
use crate::http::page_cache::WaitsForBatch;
use crate::i18n::Msg;
use crate::organizers::auth::ApiOrganizer;
use crate::strikes::service::{find_strike, Promise};
use crate::strikes::store::StrikeStore;
use crate::strikes::views::{
    self, forget, PledgeFiled, StrikeListEntry, StrikeSummary, StrikeView, SupportFiled,
    UndercutFiled,
};
use crate::{strikes, App};

/// The strikes' routes and their description.
pub fn api() -> ApiPart {
    ApiPart::v1::<Described>(routes![
        list_strikes,
        get_strike,
        create_strike,
        change_status,
        translate,
        pledge,
        withdraw_pledge,
        support,
        withdraw_support,
        undercut
    ])
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(
    list_strikes,
    get_strike,
    create_strike,
    change_status,
    translate,
    pledge,
    withdraw_pledge,
    support,
    withdraw_support,
    undercut
))]
struct Described;

#[utoipa::path(get, path = "/api/v1/strikes", tag = "strikes", responses((status = 200, body = [StrikeListEntry])))]
#[get("/strikes")]
pub async fn list_strikes(app: &State<App>) -> Result<Json<Vec<StrikeListEntry>>> {
    let today = Day::today();
    let list = app
        .db
        .list_strikes()
        .await?
        .iter()
        .map(|s| StrikeListEntry {
            summary: StrikeSummary::of(s, today),
            solidarity_in: s
                .solidarity_in
                .iter()
                .map(|c| c.code().to_owned())
                .collect(),
            pressure_in: views::codes(&s.pressure_in),
            url: format!("/api/v1/strikes/{}", s.id),
        })
        .collect();
    Ok(Json(list))
}

#[utoipa::path(get, path = "/api/v1/strikes/{id}", tag = "strikes", params(("id" = String, Path)), responses((status = 200, body = StrikeView), (status = 404, body = ErrorResponse)))]
#[get("/strikes/<id>")]
pub async fn get_strike(
    app: &State<App>,
    id: Result<StrikeId, UnknownId>,
) -> Result<Json<StrikeView>> {
    let id = id?;
    let strike = find_strike(&app.db, &id).await?;
    Ok(Json((*views::cached(app, &strike).await?).clone()))
}

/// Organizers call a strike (`Authorization: Bearer <token>`).
#[utoipa::path(post, path = "/api/v1/strikes", tag = "strikes", request_body = StrikeInput, security(("organizer_token" = [])), responses((status = 201, body = StrikeView), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 422, body = ValidationErrors)))]
#[post("/strikes", data = "<raw>")]
pub async fn create_strike(
    app: &State<App>,
    organizer: ApiOrganizer,
    raw: RawFields,
) -> Result<Created<Json<StrikeView>>> {
    let strike = strikes::parse::parse_strike(&raw, &organizer.0, app.platforms())?;
    let strike =
        strikes::service::call_strike(&app.db, strike, app.settings.min_group_size).await?;
    forget(app, &strike);
    let view = views::build(app, &strike).await?;
    Ok(Created::new(format!("/api/v1/strikes/{}", strike.id)).body(Json(view)))
}

/// `{status}`: announced, active, ended, won or called_off.
#[utoipa::path(post, path = "/api/v1/strikes/{id}/status", tag = "strikes", params(("id" = String, Path)), request_body = StatusInput, security(("organizer_token" = [])), responses((status = 200, body = StrikeView), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse), (status = 422, body = ValidationErrors)))]
#[post("/strikes/<id>/status", data = "<raw>")]
pub async fn change_status(
    app: &State<App>,
    organizer: ApiOrganizer,
    id: Result<StrikeId, UnknownId>,
    raw: RawFields,
) -> Result<Json<StrikeView>> {
    let id = id?;
    let strike = find_strike(&app.db, &id).await?;
    raw.unknown_field_errors(strikes::parse::STATUS_FIELDS)
        .into_result()?;
    strikes::service::change_status(&app.db, &strike, &organizer.0, raw.get("status")).await?;
    forget(app, &strike);
    let strike = find_strike(&app.db, &id).await?;
    Ok(Json(views::build(app, &strike).await?))
}

/// `{language, title, demands}`: the call in one more language (or its
/// text in that language corrected), by an organizer of a country it is
/// called in.
#[utoipa::path(post, path = "/api/v1/strikes/{id}/translations", tag = "strikes", params(("id" = String, Path)), request_body = TranslationInput, security(("organizer_token" = [])), responses((status = 200, body = StrikeView), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse), (status = 422, body = ValidationErrors)))]
#[post("/strikes/<id>/translations", data = "<raw>")]
pub async fn translate(
    app: &State<App>,
    organizer: ApiOrganizer,
    id: Result<StrikeId, UnknownId>,
    raw: RawFields,
) -> Result<Json<StrikeView>> {
    let strike = find_strike(&app.db, &id?).await?;
    strikes::service::translate(&app.db, &strike, &organizer.0, &raw).await?;
    forget(app, &strike);
    let strike = find_strike(&app.db, &strike.id).await?;
    Ok(Json(views::build(app, &strike).await?))
}

/// An anonymous pledge from a country: 201 `{id, receipt}`.
#[utoipa::path(post, path = "/api/v1/strikes/{id}/pledges", tag = "strikes", params(("id" = String, Path)), request_body = PledgeInput, responses((status = 201, body = PledgeFiled), (status = 404, body = ErrorResponse), (status = 422, body = ValidationErrors), (status = 429, body = ErrorResponse)))]
#[post("/strikes/<id>/pledges", data = "<raw>")]
pub async fn pledge(
    app: &State<App>,
    id: Result<StrikeId, UnknownId>,
    raw: RawFields,
    client: ClientAddress,
    _batched: WaitsForBatch,
) -> Result<Created<Json<PledgeFiled>>> {
    let id = id?;
    let strike = find_strike(&app.db, &id).await?;
    let country = strikes::parse::parse_pledge(&raw, &strike, Day::today())?;
    app.count_submission(&client).await?;
    let (pledge, receipt) = strikes::service::pledge(
        &app.db,
        &app.secrets.receipt_key(),
        &strike,
        country,
        Day::today(),
    )
    .await?;
    forget(app, &strike);
    Ok(
        Created::new(format!("/api/v1/strikes/{}", strike.id)).body(Json(PledgeFiled {
            id: pledge.id.to_string(),
            receipt: receipt.display(),
            country: pledge.country.code().to_owned(),
        })),
    )
}

/// Withdraws a pledge with its receipt code.
#[utoipa::path(delete, path = "/api/v1/strikes/{id}/pledges/{pledge_id}", tag = "strikes", params(("id" = String, Path), ("pledge_id" = String, Path), ("Authorization" = String, Header, description = "Receipt <code>")), responses((status = 204, description = "Withdrawn"), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse)))]
#[delete("/strikes/<id>/pledges/<pledge_id>")]
pub async fn withdraw_pledge(
    app: &State<App>,
    id: Result<StrikeId, UnknownId>,
    pledge_id: Result<PledgeId, UnknownId>,
    receipt: ReceiptAuth,
) -> Result<Status> {
    let id = id?;
    let pledge_id = pledge_id?;
    let strike = find_strike(&app.db, &id).await?;
    let not_found = || Error::not_found("No pledge has this id.");
    let pledge = app
        .db
        .find_pledge(&pledge_id)
        .await?
        .filter(|p| p.strike_id == strike.id)
        .ok_or_else(not_found)?;
    if !receipt.0.matches(&pledge.receipt_hash) {
        return Err(Error::WrongReceipt);
    }
    strikes::service::withdraw(app, Promise::Pledge(&pledge)).await?;
    Ok(Status::NoContent)
}

/// "I support this strike", anonymously, from someone who is not a worker:
/// 201 `{id, receipt}`. Counted by country, apart from pledges.
#[utoipa::path(post, path = "/api/v1/strikes/{id}/support", tag = "strikes", params(("id" = String, Path)), request_body = SupportInput, responses((status = 201, body = SupportFiled), (status = 404, body = ErrorResponse), (status = 422, body = ValidationErrors), (status = 429, body = ErrorResponse)))]
#[post("/strikes/<id>/support", data = "<raw>")]
pub async fn support(
    app: &State<App>,
    id: Result<StrikeId, UnknownId>,
    raw: RawFields,
    client: ClientAddress,
    _batched: WaitsForBatch,
) -> Result<Created<Json<SupportFiled>>> {
    let id = id?;
    let strike = find_strike(&app.db, &id).await?;
    let country = strikes::parse::parse_support(&raw, &strike, Day::today())?;
    app.count_submission(&client).await?;
    let (supporter, receipt) = strikes::service::support(
        &app.db,
        &app.secrets.receipt_key(),
        &strike,
        country,
        Day::today(),
    )
    .await?;
    forget(app, &strike);
    Ok(
        Created::new(format!("/api/v1/strikes/{}", strike.id)).body(Json(SupportFiled {
            id: supporter.id.to_string(),
            receipt: receipt.display(),
            country: supporter.country.code().to_owned(),
        })),
    )
}

/// Withdraws a supporter with its receipt code.
#[utoipa::path(delete, path = "/api/v1/strikes/{id}/support/{support_id}", tag = "strikes", params(("id" = String, Path), ("support_id" = String, Path), ("Authorization" = String, Header, description = "Receipt <code>")), responses((status = 204, description = "Withdrawn"), (status = 401, body = ErrorResponse), (status = 403, body = ErrorResponse), (status = 404, body = ErrorResponse)))]
#[delete("/strikes/<id>/support/<support_id>")]
pub async fn withdraw_support(
    app: &State<App>,
    id: Result<StrikeId, UnknownId>,
    support_id: Result<SupporterId, UnknownId>,
    receipt: ReceiptAuth,
) -> Result<Status> {
    let id = id?;
    let support_id = support_id?;
    let strike = find_strike(&app.db, &id).await?;
    let not_found = || Error::not_found("No supporter has this id.");
    let supporter = app
        .db
        .find_supporter(&support_id)
        .await?
        .filter(|s| s.strike_id == strike.id)
        .ok_or_else(not_found)?;
    if !receipt.0.matches(&supporter.receipt_hash) {
        return Err(Error::WrongReceipt);
    }
    strikes::service::withdraw(app, Promise::Support(&supporter)).await?;
    Ok(Status::NoContent)
}

/// `{country, platform, note}`: struck work seen done or re-routed.
#[utoipa::path(post, path = "/api/v1/strikes/{id}/undercuts", tag = "strikes", params(("id" = String, Path)), request_body = UndercutInput, responses((status = 201, body = UndercutFiled), (status = 404, body = ErrorResponse), (status = 422, body = ValidationErrors), (status = 429, body = ErrorResponse)))]
#[post("/strikes/<id>/undercuts", data = "<raw>")]
pub async fn undercut(
    app: &State<App>,
    id: Result<StrikeId, UnknownId>,
    raw: RawFields,
    client: ClientAddress,
    _batched: WaitsForBatch,
) -> Result<Created<Json<UndercutFiled>>> {
    let id = id?;
    let strike = find_strike(&app.db, &id).await?;
    let undercut = strikes::parse::parse_undercut(&raw, &strike).map_err(Error::Invalid)?;
    if app.platforms().get(undercut.platform.as_str()).is_none() {
        return Err(Error::Invalid(FieldErrors::single(
            "platform",
            Msg::new("invalid-platform-unknown-short"),
        )));
    }
    app.count_submission(&client).await?;
    app.db.insert_undercut(&undercut).await?;
    forget(app, &strike);
    Ok(
        Created::new(format!("/api/v1/strikes/{}", strike.id)).body(Json(UndercutFiled {
            id: undercut.id.to_string(),
        })),
    )
}

#[cfg(test)]
mod tests {
    use crate::domain::Day;
    use rocket::http::{Header, Status};
    use serde_json::{json, Value};

    use crate::testing::{sample_rating, TestApp};

    fn strike(called_in: &str) -> Value {
        json!({
            "title": "No surveys under minimum wage",
            "demands": "Pay at least the **minimum wage** of the worker's country.",
            "platform": "mturk",
            "requester_ids": "A1B2C3D4E5",
            "called_in": called_in,
            "starts_on": Day::today().to_string(),
        })
    }

    async fn rate_from(app: &TestApp, country: &str) {
        let mut rating = sample_rating();
        rating["country"] = json!(country);
        assert_eq!(
            app.post_json("/api/v1/ratings", &rating).await.status(),
            Status::Created
        );
    }

    #[rocket::async_test]
    async fn a_strike_alerts_every_other_country_where_the_work_is_done() {
        let app = TestApp::with_settings(&[("min_group_size", 2)]).await;
        for country in ["PH", "ID", "ID", "KE", "KE", "FR"] {
            rate_from(&app, country).await;
        }
        app.settle().await;
        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        let response = app
            .post_json_as(&ana.token, "/api/v1/strikes", &strike("PH"))
            .await;
        assert_eq!(response.status(), Status::Created);
        let created: Value = response.into_json().await.unwrap();
        assert_eq!(created["status"], "active", "it starts today");
        // One published report from France is fewer than min_group_size:
        // France is not named.
        assert_eq!(created["solidarity_in"], json!(["ID", "KE"]));
        let id = created["id"].as_str().unwrap().to_owned();

        let channel: Value = app.get_json("/api/v1/channels/ID").await;
        assert_eq!(channel["solidarity_alerts"][0]["strike_id"], json!(id));
        let called: Value = app.get_json("/api/v1/channels/PH").await;
        assert_eq!(called["active_strikes"][0]["id"], json!(id));

        // Work for the target now also comes from Nigeria: Nigeria is
        // alerted once enough of its reports are published.
        rate_from(&app, "NG").await;
        app.settle().await;
        let before: Value = app.get_json(&format!("/api/v1/strikes/{id}")).await;
        assert_eq!(before["solidarity_in"], json!(["ID", "KE"]));
        rate_from(&app, "NG").await;
        app.settle().await;
        app.app().forget_cached_views();
        let strike: Value = app.get_json(&format!("/api/v1/strikes/{id}")).await;
        assert_eq!(strike["solidarity_in"], json!(["ID", "KE", "NG"]));

        // The struck requester's scorecard carries the strike.
        app.settle().await;
        let card: Value = app.get_json("/api/v1/requesters/mturk/A1B2C3D4E5").await;
        assert_eq!(card["active_strikes"][0]["id"], json!(id));
        let page = app.get_html("/requesters/mturk/A1B2C3D4E5").await;
        assert!(page.contains("On strike:"));
        let feed = app.get_html("/strikes.atom").await;
        assert!(feed.contains("No surveys under minimum wage"));
        // Kenya's feed is in Swahili, its first language, with absolute links.
        let channel_feed = app.get_html("/channels/KE.atom").await;
        assert!(channel_feed.contains("xml:lang=\"sw\""));
        assert!(channel_feed.contains("Wafanyakazi wa PH wako kwenye mgomo"));
        assert!(channel_feed.contains("href=\"http"));
        assert!(!channel_feed.contains("href=\"/"));
    }

    #[rocket::async_test]
    async fn pledges_and_undercuts_are_counted_by_country_with_small_counts_withheld() {
        let app = TestApp::new().await;
        rate_from(&app, "PH").await;
        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        let created: Value = app
            .post_json_as(&ana.token, "/api/v1/strikes", &strike("PH"))
            .await
            .into_json()
            .await
            .unwrap();
        let id = created["id"].as_str().unwrap();
        let mut receipts = Vec::new();
        for _ in 0..5 {
            let response = app
                .post_json(
                    &format!("/api/v1/strikes/{id}/pledges"),
                    &json!({ "country": "ID" }),
                )
                .await;
            assert_eq!(response.status(), Status::Created);
            let body: Value = response.into_json().await.unwrap();
            receipts.push((
                body["id"].as_str().unwrap().to_owned(),
                body["receipt"].as_str().unwrap().to_owned(),
            ));
        }
        app.post_json(
            &format!("/api/v1/strikes/{id}/pledges"),
            &json!({ "country": "KE" }),
        )
        .await;
        let bad = app
            .post_json(
                &format!("/api/v1/strikes/{id}/pledges"),
                &json!({ "country": "ZZ" }),
            )
            .await;
        assert_eq!(bad.status(), Status::UnprocessableEntity);
        let undercut = app
            .post_json(&format!("/api/v1/strikes/{id}/undercuts"), &json!({ "country": "BD", "platform": "toloka", "note": "same surveys posted there" }))
            .await;
        assert_eq!(undercut.status(), Status::Created);

        let strike: Value = app.get_json(&format!("/api/v1/strikes/{id}")).await;
        // The country the strike is called in always shows, its count
        // withheld below five (none at all included); others only once
        // five pledged: KE's one pledge and BD's one undercut do not show.
        assert_eq!(
            strike["pledges_by_country"],
            json!({ "ID": 5, "PH": { "fewer_than": 5 } })
        );
        assert_eq!(
            strike["undercuts_by_country"],
            json!({ "PH": { "fewer_than": 5 } })
        );

        let (pledge, receipt) = &receipts[0];
        let wrong = app
            .client
            .delete(format!("/api/v1/strikes/{id}/pledges/{pledge}"))
            .header(Header::new(
                "Authorization",
                format!("Receipt {}", receipts[1].1),
            ))
            .dispatch()
            .await;
        assert_eq!(wrong.status(), Status::Forbidden);
        let withdrawn = app
            .client
            .delete(format!("/api/v1/strikes/{id}/pledges/{pledge}"))
            .header(Header::new("Authorization", format!("Receipt {receipt}")))
            .dispatch()
            .await;
        assert_eq!(withdrawn.status(), Status::NoContent);
        app.client
            .rocket()
            .state::<crate::App>()
            .unwrap()
            .forget_cached_views();
        let strike: Value = app.get_json(&format!("/api/v1/strikes/{id}")).await;
        assert_eq!(
            strike["pledges_by_country"]["ID"],
            Value::Null,
            "four, not shown"
        );
        // One undercut from Bangladesh is not enough to call it leaking.
        let page = app.get_html(&format!("/strikes/{id}")).await;
        assert!(!page.contains("(leaking)"));
    }

    #[rocket::async_test]
    async fn a_strike_read_back_can_be_sent_back_with_its_lists() {
        let app = TestApp::new().await;
        let ana = app
            .organizer("ana@union.example", "PH,ID", "organizer")
            .await;
        let mut call = strike("PH,ID");
        call["requester_ids"] = json!(["A1B2C3D4E5", "Z9Y8"]);
        call["called_in"] = json!(["PH", "ID"]);
        let created = app.post_json_as(&ana.token, "/api/v1/strikes", &call).await;
        assert_eq!(created.status(), Status::Created);
        let created: Value = created.into_json().await.unwrap();
        assert_eq!(created["called_in"], json!(["PH", "ID"]));
        assert_eq!(created["requester_ids"], json!(["A1B2C3D4E5", "Z9Y8"]));

        let mut again = json!({});
        for field in [
            "title",
            "demands",
            "platform",
            "requester_ids",
            "called_in",
            "starts_on",
        ] {
            again[field] = created[field].clone();
        }
        let resent = app
            .post_json_as(&ana.token, "/api/v1/strikes", &again)
            .await;
        assert_eq!(resent.status(), Status::Created);
    }

    #[rocket::async_test]
    async fn strikes_need_an_organizer_of_the_called_countries_and_valid_fields() {
        let app = TestApp::new().await;
        let anonymous = app.post_json("/api/v1/strikes", &strike("PH")).await;
        assert_eq!(anonymous.status(), Status::Unauthorized);
        let bogus = app
            .post_json_as("clk_not-a-token", "/api/v1/strikes", &strike("PH"))
            .await;
        assert_eq!(bogus.status(), Status::Unauthorized);

        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        let outside = app
            .post_json_as(&ana.token, "/api/v1/strikes", &strike("PH,FR"))
            .await;
        assert_eq!(outside.status(), Status::Forbidden);

        let mut bad = strike("PH,XX");
        bad["demands"] = json!("");
        bad["platform"] = json!("nowhere");
        bad["ends_on"] = json!("2000-01-01");
        let response = app.post_json_as(&ana.token, "/api/v1/strikes", &bad).await;
        assert_eq!(response.status(), Status::UnprocessableEntity);
        let body: Value = response.into_json().await.unwrap();
        for field in ["called_in", "demands", "platform", "ends_on"] {
            assert!(body["errors"][field][0].is_string(), "{field}: {body}");
        }
        assert_eq!(app.count("strikes").await, 0);

        let admin = app.organizer("root@union.example", "", "admin").await;
        let anywhere = app
            .post_json_as(&admin.token, "/api/v1/strikes", &strike("FR,DE"))
            .await;
        assert_eq!(anywhere.status(), Status::Created);
        let id = anywhere.into_json::<Value>().await.unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();

        // Ana (PH) cannot end a strike called in FR and DE; the admin can.
        let refused = app
            .post_json_as(
                &ana.token,
                &format!("/api/v1/strikes/{id}/status"),
                &json!({ "status": "won" }),
            )
            .await;
        assert_eq!(refused.status(), Status::Forbidden);
        let won = app
            .post_json_as(
                &admin.token,
                &format!("/api/v1/strikes/{id}/status"),
                &json!({ "status": "won" }),
            )
            .await;
        assert_eq!(won.status(), Status::Ok);
        let body: Value = won.into_json().await.unwrap();
        assert_eq!(body["status"], "won");
        assert_eq!(body["history"].as_array().unwrap().len(), 2);
        let pledge = app
            .post_json(
                &format!("/api/v1/strikes/{id}/pledges"),
                &json!({ "country": "FR" }),
            )
            .await;
        assert_eq!(
            pledge.status(),
            Status::UnprocessableEntity,
            "a won strike takes no pledges"
        );
    }
}
