//! `/organize/vouchers`: organizers issue a batch and print it.

use rocket::http::Status;
use rocket::{post, routes, Route, State};
use serde_json::json;

use crate::http::fields::RawFields;
use crate::http::page::{page, Private};
use crate::i18n::Msg;
use crate::organizers::auth::Session;
use crate::organizers::web::{ok, session_context, Page};
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![issue_vouchers]
}

/// Issues a batch and shows its codes once, ready to print and cut.
#[post("/organize/vouchers", data = "<raw>")]
pub async fn issue_vouchers(app: &State<App>, session: Session, raw: RawFields) -> Page {
    session.check_csrf(&raw)?;
    let count = match super::parse::parse_count(raw.get("count")) {
        Ok(count) => count,
        Err(errors) => {
            let context = json!({
                "me": session_context(&session),
                "voucher_errors": errors.view(),
                "count": raw.get("count"),
                "platforms": crate::organizers::web::follow_choices(app, &session),
            });
            return Ok(Private(
                Status::UnprocessableEntity,
                page("organizers/organize", Msg::new("title-organize"), context),
            ));
        }
    };
    let codes = super::service::issue(
        &app.db,
        &session.organizer,
        count,
        app.settings.vouchers_per_day,
    )
    .await?;
    let codes: Vec<String> = codes.iter().map(|code| code.display()).collect();
    ok(page(
        "vouchers/vouchers",
        Msg::new("title-vouchers"),
        json!({ "me": session_context(&session), "vouchers": codes }),
    ))
}
