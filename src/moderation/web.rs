//! The moderation queue: release or reject ratings the screening held, hide
//! or restore flagged reports, each with a reason, into an append-only log.

use crate::domain::{ReportId, UnknownId};
use rocket::response::Redirect;
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use crate::domain::Day;
use crate::domain::{FieldErrors, ModerationEntryId};
use crate::error::Error;
use crate::http::fields::RawFields;
use crate::http::html_error::HtmlError;
use crate::http::page::page;
use crate::i18n::Msg;
use crate::moderation::{
    model::{ModerationAction, ModerationEntry},
    store::ModerationStore,
};
use crate::organizers::roles::Moderator;
use crate::organizers::web::{ok, session_context, Page};
use crate::reports::views::PublicReport;
use crate::reports::{model::Stored, store::ReportStore};
use crate::scorecards::store::ScorecardStore;
use crate::scorecards::Target;
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![moderation, moderate, moderation_log]
}

#[get("/organize/moderation")]
pub async fn moderation(app: &State<App>, moderator: Moderator) -> Page {
    let session = moderator.0;
    let mut queue = Vec::new();
    for report in app.db.flagged_reports(100).await? {
        let flags: Vec<Value> = app
            .db
            .flags_of(&report.id)
            .await?
            .iter()
            .map(|f| json!({ "reason": f.reason, "note": f.note, "day": f.day }))
            .collect();
        // A held correction is shown as it would read once released.
        let correction = report.published && report.held;
        let shown = if correction {
            report.as_it_will_be()
        } else {
            report.clone()
        };
        queue.push(json!({
            "report": PublicReport::from(&shown), "hidden": report.hidden,
            "held": report.held, "correction": correction, "flags": flags,
        }));
    }
    ok(page(
        "moderation/moderation",
        Msg::new("title-moderation"),
        json!({ "me": session_context(&session), "queue": queue }),
    ))
}

#[post("/organize/moderation/<id>", data = "<raw>")]
pub async fn moderate(
    app: &State<App>,
    moderator: Moderator,
    id: Result<ReportId, UnknownId>,
    raw: RawFields,
) -> Result<Redirect, HtmlError> {
    let id = id?;
    let session = moderator.0;
    session.check_csrf(&raw)?;
    let Some(Stored::Live(report)) = app.db.find_report(&id).await? else {
        return Err(Error::not_found("No report has this id.").into());
    };
    let Some(action) = ModerationAction::parse(raw.get("action")) else {
        return Err(Error::Invalid(FieldErrors::single(
            "action",
            Msg::new("moderation-choose-action"),
        ))
        .into());
    };
    let reason = raw.get("reason").trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(Error::Invalid(FieldErrors::single(
            "reason",
            Msg::new("moderation-reason-length"),
        ))
        .into());
    }
    let entry = ModerationEntry {
        id: ModerationEntryId::generate(),
        report_id: Some(report.id.clone()),
        proposal_id: None,
        action,
        reason: reason.to_owned(),
        moderator: session.organizer.name.clone(),
        day: Day::today(),
    };
    let targets = Target::affected(&report.platform, report.requester_id.as_ref());
    app.db.enqueue_scorecards(&targets).await?;
    app.db.moderate(&entry, &report).await?;
    app.forget_cached_views();
    app.db.enqueue_scorecards(&targets).await?;
    Ok(Redirect::to("/organize/moderation"))
}

#[get("/organize/moderation/log")]
pub async fn moderation_log(app: &State<App>, moderator: Moderator) -> Page {
    let session = moderator.0;
    let log = app.db.moderation_log(500).await?;
    ok(page(
        "moderation/moderation_log",
        Msg::new("title-moderation-log"),
        json!({ "me": session_context(&session), "log": log }),
    ))
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;
    use serde_json::{json, Value};

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn moderators_hide_and_restore_with_a_logged_reason() {
        let app = TestApp::new().await;
        let (id, _) = app.file_rating().await;
        app.settle().await;
        app.post_json(
            &format!("/api/v1/reports/{id}/flags"),
            &json!({ "reason": "abusive" }),
        )
        .await;

        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        app.login(&ana).await;
        assert_eq!(
            app.client
                .get("/organize/moderation")
                .dispatch()
                .await
                .status(),
            Status::Forbidden
        );

        let moderators = app.second_instance().await;
        let mo = moderators
            .organizer("mo@union.example", "", "moderator")
            .await;
        moderators.login(&mo).await;
        let queue = moderators.get_html("/organize/moderation").await;
        assert!(queue.contains(&id) && queue.contains("abusive"));
        let csrf = moderators.csrf().await;
        let path = format!("/organize/moderation/{id}");
        let no_reason = moderators
            .post_form(&path, &[("csrf", &csrf), ("action", "hide")])
            .await;
        assert_eq!(no_reason.status(), Status::UnprocessableEntity);
        let hidden = moderators
            .post_form(
                &path,
                &[
                    ("csrf", &csrf),
                    ("action", "hide"),
                    ("reason", "insults a worker"),
                ],
            )
            .await;
        assert_eq!(hidden.status(), Status::SeeOther);
        assert_eq!(
            app.client
                .get(format!("/api/v1/reports/{id}"))
                .dispatch()
                .await
                .status(),
            Status::NotFound
        );
        app.settle().await;
        let card: Value = app.get_json("/api/v1/requesters/mturk/A1B2C3D4E5").await;
        assert_eq!(card["all"]["ratings"], 0);
        assert!(moderators
            .get_html("/organize/moderation/log")
            .await
            .contains("insults a worker"));

        moderators
            .post_form(
                &path,
                &[
                    ("csrf", &csrf),
                    ("action", "restore"),
                    ("reason", "apology received"),
                ],
            )
            .await;
        assert_eq!(
            app.client
                .get(format!("/api/v1/reports/{id}"))
                .dispatch()
                .await
                .status(),
            Status::Ok
        );
        assert_eq!(app.count("moderation_log").await, 2);
    }
}
