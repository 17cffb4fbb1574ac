//! The page of one report, and the form readers flag it with.

use crate::domain::{ReportId, UnknownId};
use rocket::http::Status;
use rocket::{get, post, routes, uri, Route, State};
use serde_json::{json, Value};

use crate::domain::Choice;
use crate::domain::Day;
use crate::http::fields::RawFields;
use crate::http::guards::ClientAddress;
use crate::http::html_error::HtmlError;
use crate::http::page::{page, Private, View};
use crate::http::page_cache::KeepsPages;
use crate::i18n::Msg;
use crate::moderation::model::FlagReason;
use crate::moderation::parse::parse_flag;
use crate::moderation::store::FlagStore;
use crate::reports::service::find_visible;
use crate::reports::views::PublicReport;
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![report, flag]
}

type Page = Result<View, HtmlError>;

fn flag_reasons() -> Vec<Value> {
    FlagReason::ALL
        .iter()
        .map(|r| json!({ "value": r.wire(), "label": r.label() }))
        .collect()
}

#[get("/reports/<id>")]
pub async fn report(app: &State<App>, id: Result<ReportId, UnknownId>) -> Page {
    let id = id?;
    let report = find_visible(&app.db, &id).await?;
    let title = Msg::new(format!("title-{}-about", report.kind.wire()))
        .arg("platform", report.platform.as_str());
    Ok(crate::http::page::page(
        "reports/report",
        title,
        json!({ "report": PublicReport::from(&report), "reasons": flag_reasons() }),
    ))
}

/// A reader flags a report for moderators.
#[post("/reports/<id>/flag", data = "<raw>")]
pub async fn flag(
    app: &State<App>,
    id: Result<ReportId, UnknownId>,
    raw: RawFields,
    client: ClientAddress,
    _unseen: KeepsPages,
) -> Result<Private<View>, HtmlError> {
    let id = id?;
    let report = find_visible(&app.db, &id).await?;
    let context = |errors: Value, banner: Option<Msg>| {
        json!({ "report": PublicReport::from(&report), "reasons": flag_reasons(),
                "flag_errors": errors, "banner": banner, "note": raw.get("note") })
    };
    let flag = match parse_flag(&report, &raw, Day::today()) {
        Ok(flag) => flag,
        Err(errors) => {
            let body = context(errors.view(), None);
            return Ok(Private(
                Status::UnprocessableEntity,
                page("reports/report", Msg::new("title-flag"), body).on_page(uri!(report(id))),
            ));
        }
    };
    let stored = async {
        app.count_submission(&client).await?;
        app.db.add_flag(&flag).await
    };
    match stored.await {
        Ok(()) => Ok(Private(
            Status::Ok,
            page(
                "reports/flagged",
                Msg::new("title-thanks"),
                json!({ "id": report.id }),
            )
            .on_page(uri!(report(id))),
        )),
        Err(error) => {
            let body = context(json!({}), Some(crate::http::page::banner_for(&error)));
            Ok(Private(
                error.status(),
                page("reports/report", Msg::new("title-flag"), body).on_page(uri!(report(id))),
            ))
        }
    }
}
