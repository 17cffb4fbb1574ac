//! Admins manage organizers.

use rocket::http::Status;
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use crate::domain::Choice;
use crate::error::Error;
use crate::http::fields::RawFields;
use crate::http::page::{page, Private};
use crate::i18n::Msg;
use crate::organizers::accounts;
use crate::organizers::auth::Session;
use crate::organizers::roles::Admin;
use crate::organizers::store::OrganizerStore;
use crate::organizers::web::{session_context, Page};
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![organizers, add_organizer, change_access]
}

async fn organizers_page(app: &App, session: &Session, extra: Value, status: Status) -> Page {
    let list: Vec<Value> = app
        .db
        .list_organizers()
        .await?
        .iter()
        .map(|o| {
            let countries: Vec<&str> = o.countries.iter().map(|c| c.code()).collect();
            json!({
                "email": o.email, "name": o.name, "role": o.role.wire(), "role_label": o.role.label(),
                "countries": countries.join(", "), "disabled": o.disabled,
                "must_change_password": o.must_change_password,
            })
        })
        .collect();
    let mut context = json!({ "me": session_context(session), "organizers": list });
    if let (Value::Object(context), Value::Object(extra)) = (&mut context, extra) {
        context.extend(extra);
    }
    Ok(Private(
        status,
        page(
            "organizers/organizers",
            Msg::new("title-organizers"),
            context,
        ),
    ))
}

#[get("/organize/organizers")]
pub async fn organizers(app: &State<App>, admin: Admin) -> Page {
    let session = admin.0;
    organizers_page(app, &session, json!({}), Status::Ok).await
}

/// Admins add organizers; the password and token are shown once.
#[post("/organize/organizers", data = "<raw>")]
pub async fn add_organizer(app: &State<App>, admin: Admin, raw: RawFields) -> Page {
    let session = admin.0;
    session.check_csrf(&raw)?;
    let created = accounts::create_organizer(
        &app.db,
        raw.get("email"),
        raw.get("name"),
        raw.get("countries"),
        raw.get("role"),
    )
    .await;
    match created {
        Ok(created) => {
            let extra = json!({ "created": { "email": created.organizer.email, "password": created.password, "token": created.token } });
            organizers_page(app, &session, extra, Status::Ok).await
        }
        Err(Error::Invalid(errors)) => {
            let extra = json!({ "errors": errors.view(), "values": raw });
            organizers_page(app, &session, extra, Status::UnprocessableEntity).await
        }
        Err(other) => Err(other.into()),
    }
}

/// Admins change an organizer's role and countries, or disable the
/// account (which ends its sessions and API tokens at once).
#[post("/organize/organizers/access", data = "<raw>")]
pub async fn change_access(app: &State<App>, admin: Admin, raw: RawFields) -> Page {
    let session = admin.0;
    session.check_csrf(&raw)?;
    let email = raw.get("email").trim().to_lowercase();
    if email == session.organizer.email {
        // An admin who demoted or disabled themselves could leave no admin.
        return Err(Error::Forbidden(Msg::new("forbidden-own-access")).into());
    }
    let disabled = raw.get("disabled") == "on";
    let access = match accounts::parse_access(raw.get("countries"), raw.get("role"), disabled) {
        Ok(access) => access,
        Err(errors) => {
            let extra = json!({ "access_errors": { "email": email, "errors": errors.view() } });
            return organizers_page(app, &session, extra, Status::UnprocessableEntity).await;
        }
    };
    let changed = accounts::change_access(&app.db, &email, &access).await?;
    let extra = json!({ "changed": changed.email });
    organizers_page(app, &session, extra, Status::Ok).await
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;
    use serde_json::json;

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn admins_add_organizers_and_tokens_can_be_revoked() {
        let app = TestApp::new().await;
        let root = app.organizer("root@union.example", "", "admin").await;
        app.login(&root).await;
        let csrf = app.csrf().await;
        let bad = app
            .post_form(
                "/organize/organizers",
                &[
                    ("csrf", &csrf),
                    ("email", "nope"),
                    ("name", "X"),
                    ("countries", "PH"),
                ],
            )
            .await;
        assert_eq!(bad.status(), Status::UnprocessableEntity);
        let added = app
            .post_form(
                "/organize/organizers",
                &[
                    ("csrf", &csrf),
                    ("email", "pia@union.example"),
                    ("name", "Pia"),
                    ("countries", "PH"),
                    ("role", "organizer"),
                ],
            )
            .await;
        assert_eq!(added.status(), Status::Ok);
        let html = added.into_string().await.unwrap();
        assert!(html.contains("pia@union.example") && html.contains("token: <code>clk_"));

        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        let strike = json!({ "title": "Strike at Toloka", "demands": "Pay for qualification tests.", "platform": "toloka",
                             "called_in": "PH", "starts_on": crate::domain::Day::today().to_string() });
        assert_eq!(
            app.post_json_as(&ana.token, "/api/v1/strikes", &strike)
                .await
                .status(),
            Status::Created
        );
        let other = app.second_instance().await;
        other.login(&ana).await;
        assert_eq!(
            other
                .client
                .get("/organize/organizers")
                .dispatch()
                .await
                .status(),
            Status::Forbidden
        );
        let csrf = other.csrf().await;
        assert_eq!(
            other
                .post_form("/organize/tokens/revoke", &[("csrf", &csrf)])
                .await
                .status(),
            Status::Ok
        );
        assert_eq!(
            app.post_json_as(&ana.token, "/api/v1/strikes", &strike)
                .await
                .status(),
            Status::Unauthorized
        );
    }
}
