//! Organizers follow up grievances from their countries.

use crate::domain::{ReportId, UnknownId};
use rocket::response::Redirect;
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use crate::domain::{Choice, FieldErrors, GrievanceStatus};
use crate::error::Error;
use crate::http::fields::RawFields;
use crate::http::html_error::HtmlError;
use crate::http::page::page;
use crate::i18n::Msg;
use crate::organizers::auth::Session;
use crate::organizers::web::{ok, session_context, Page};
use crate::reports::views::PublicReport;
use crate::reports::{model::Stored, store::ReportStore};
use crate::scorecards::store::ScorecardStore;
use crate::scorecards::Target;
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![grievances, grievance_status]
}

#[get("/organize/grievances")]
pub async fn grievances(app: &State<App>, session: Session) -> Page {
    let admin = session.organizer.role == crate::domain::Role::Admin;
    let countries = (!admin).then_some(session.organizer.countries.as_slice());
    let reports = app.db.grievances_from(countries, 200).await?;
    let list: Vec<Value> = reports
        .iter()
        .map(|r| json!(PublicReport::from(r)))
        .collect();
    let statuses: Vec<Value> = GrievanceStatus::ALL
        .iter()
        .map(|s| json!({ "value": s.wire(), "label": s.label() }))
        .collect();
    ok(page(
        "reports/org_grievances",
        Msg::new("title-org-grievances"),
        json!({ "me": session_context(&session), "grievances": list, "statuses": statuses }),
    ))
}

/// How long an organizer's note on a grievance's status may be.
pub const MAX_STATUS_NOTE: usize = 2000;

#[post("/organize/grievances/<id>", data = "<raw>")]
pub async fn grievance_status(
    app: &State<App>,
    session: Session,
    id: Result<ReportId, UnknownId>,
    raw: RawFields,
) -> Result<Redirect, HtmlError> {
    let id = id?;
    session.check_csrf(&raw)?;
    let Some(Stored::Live(report)) = app.db.find_report(&id).await? else {
        return Err(Error::not_found("No report has this id.").into());
    };
    if report.grievance.is_none() {
        return Err(Error::not_found("This report is not a grievance.").into());
    }
    if !session.organizer.can_act_in(&report.country) {
        return Err(Error::Forbidden(
            Msg::new("forbidden-grievance-country").arg("country", report.country.code()),
        )
        .into());
    }
    let status = GrievanceStatus::parse(raw.get("status"))
        .map_err(|m| Error::Invalid(FieldErrors::single("status", m)))?;
    let mut errors = FieldErrors::new();
    let note = raw.free_text("note", MAX_STATUS_NOTE, &mut Vec::new(), &mut errors);
    errors.into_result().map_err(Error::Invalid)?;
    app.db
        .set_grievance_status(&report.id, status, note.as_deref())
        .await?;
    app.db
        .enqueue_scorecards(&Target::affected(
            &report.platform,
            report.requester_id.as_ref(),
        ))
        .await?;
    Ok(Redirect::to("/organize/grievances"))
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;
    use serde_json::Value;

    use crate::testing::{sample_grievance, TestApp};

    #[rocket::async_test]
    async fn organizers_follow_up_grievances_from_their_countries() {
        let app = TestApp::new().await;
        let body: Value = app
            .post_json("/api/v1/grievances", &sample_grievance())
            .await
            .into_json()
            .await
            .unwrap();
        let id = body["id"].as_str().unwrap().to_owned();
        // Organizers see grievances with their batch, like everyone.
        app.settle().await;
        let france = app.organizer("fr@union.example", "FR", "organizer").await;
        app.login(&france).await;
        let csrf = app.csrf().await;
        assert!(!app.get_html("/organize/grievances").await.contains(&id));
        let refused = app
            .post_form(
                &format!("/organize/grievances/{id}"),
                &[("csrf", &csrf), ("status", "taken_up")],
            )
            .await;
        assert_eq!(refused.status(), Status::Forbidden);

        let germany = app.second_instance().await;
        let de = germany
            .organizer("de@union.example", "DE", "organizer")
            .await;
        germany.login(&de).await;
        assert!(germany.get_html("/organize/grievances").await.contains(&id));
        let csrf = germany.csrf().await;
        let saved = germany
            .post_form(
                &format!("/organize/grievances/{id}"),
                &[
                    ("csrf", &csrf),
                    ("status", "taken_up"),
                    ("note", "We wrote to Clickworker."),
                ],
            )
            .await;
        assert_eq!(saved.status(), Status::SeeOther);
        let report: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
        assert_eq!(report["status"], "taken_up");
        assert_eq!(report["status_note"], "We wrote to Clickworker.");
    }
}
