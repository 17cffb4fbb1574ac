//! Organizers post announcements in their channels.

use rocket::response::Redirect;
use rocket::{post, routes, Route, State};

use crate::channels::{model::Announcement, store::AnnouncementStore};
use crate::domain::Day;
use crate::domain::{AnnouncementId, FieldErrors};
use crate::error::Error;
use crate::http::fields::RawFields;
use crate::http::html_error::HtmlError;
use crate::i18n::Msg;
use crate::organizers::auth::Session;
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![announce]
}

/// Organizers of a country (or admins) post in its channel.
#[post("/channels/<cc>/announcements", data = "<raw>")]
pub async fn announce(
    app: &State<App>,
    session: Session,
    cc: &str,
    raw: RawFields,
) -> Result<Redirect, HtmlError> {
    session.check_csrf(&raw)?;
    let country = crate::channels::parse::parse_country(cc)?;
    if !session.organizer.can_act_in(&country) {
        return Err(
            Error::Forbidden(Msg::new("forbidden-channel").arg("country", country.code())).into(),
        );
    }
    let body = raw.get("body").trim();
    if !(1..=5000).contains(&body.chars().count()) {
        return Err(
            Error::Invalid(FieldErrors::single("body", Msg::new("announcement-length"))).into(),
        );
    }
    app.db
        .insert_announcement(&Announcement {
            id: AnnouncementId::generate(),
            country: country.clone(),
            body: body.to_owned(),
            organizer_id: session.organizer.id.clone(),
            day: Day::today(),
        })
        .await?;
    app.channel_views.evict(country.code());
    Ok(Redirect::to(format!("/channels/{country}")))
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;
    use serde_json::{json, Value};

    use crate::testing::{sample_rating, TestApp};

    #[rocket::async_test]
    async fn organizers_post_only_in_their_own_channels() {
        let app = TestApp::new().await;
        let ana = app.organizer("ana@union.example", "FR", "organizer").await;
        app.login(&ana).await;
        let csrf = app.csrf().await;
        let posted = app
            .post_form(
                "/channels/FR/announcements",
                &[("csrf", &csrf), ("body", "Meeting **Thursday**")],
            )
            .await;
        assert_eq!(posted.status(), Status::SeeOther);
        let elsewhere = app
            .post_form(
                "/channels/DE/announcements",
                &[("csrf", &csrf), ("body", "hi")],
            )
            .await;
        assert_eq!(elsewhere.status(), Status::Forbidden);
        let channel: Value = app.get_json("/api/v1/channels/FR").await;
        assert!(channel["announcements"][0]["body_html"]
            .as_str()
            .unwrap()
            .contains("<strong>Thursday</strong>"));
        assert!(app.get_html("/channels/FR.atom").await.contains("Thursday"));

        let moderator = app.second_instance().await;
        let mo = moderator
            .organizer("mo@union.example", "", "moderator")
            .await;
        moderator.login(&mo).await;
        let csrf = moderator.csrf().await;
        let refused = moderator
            .post_form(
                "/channels/FR/announcements",
                &[("csrf", &csrf), ("body", "hi")],
            )
            .await;
        assert_eq!(
            refused.status(),
            Status::Forbidden,
            "a moderator without countries"
        );

        let admin = app.second_instance().await;
        let root = admin.organizer("root@union.example", "", "admin").await;
        admin.login(&root).await;
        let csrf = admin.csrf().await;
        let anywhere = admin
            .post_form(
                "/channels/DE/announcements",
                &[("csrf", &csrf), ("body", "hi")],
            )
            .await;
        assert_eq!(anywhere.status(), Status::SeeOther);
        let channels = app.get_html("/channels").await;
        assert!(channels.contains("/channels/DE") && channels.contains("/channels/FR"));
    }

    #[rocket::async_test]
    async fn a_worker_sees_the_alert_in_their_channel_and_pledges_from_the_page() {
        let app = TestApp::with_settings(&[("min_group_size", 1)]).await;
        let mut rating = sample_rating();
        rating["country"] = json!("ID");
        app.post_json("/api/v1/ratings", &rating).await;
        app.settle().await;
        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        app.login(&ana).await;
        let csrf = app.csrf().await;
        let today = crate::domain::Day::today().to_string();
        let mistake = app
            .post_form(
                "/organize/strikes",
                &[
                    ("csrf", &csrf),
                    ("title", "Strike"),
                    ("demands", "short"),
                    ("platform", "mturk"),
                    ("called_in", "PH"),
                    ("starts_on", &today),
                ],
            )
            .await;
        assert_eq!(mistake.status(), Status::UnprocessableEntity);
        assert!(mistake
            .into_string()
            .await
            .unwrap()
            .contains("id=\"demands-error\""));
        let called = app
            .post_form(
                "/organize/strikes",
                &[
                    ("csrf", &csrf),
                    ("title", "MTurk strike in the Philippines"),
                    ("demands", "Stop mass rejections without explanation."),
                    ("platform", "mturk"),
                    ("called_in", "PH"),
                    ("starts_on", &today),
                ],
            )
            .await;
        assert_eq!(called.status(), Status::SeeOther);

        let worker = app.second_instance().await;
        let channel = worker.get_html("/channels/ID").await;
        // Indonesia's channel, in Indonesian; the strike is against the
        // whole platform, and the alert says so.
        assert!(channel.contains("Pekerja di PH mogok mulai"));
        assert!(channel.contains("terhadap seluruh mturk"));
        let start = channel.find("action=\"/strikes/").unwrap() + 17;
        let strike_id = &channel[start..start + 13];
        let pledged = worker
            .post_form(
                &format!("/strikes/{strike_id}/pledge"),
                &[("country", "ID")],
            )
            .await;
        assert_eq!(pledged.status(), Status::Ok);
        assert!(pledged
            .into_string()
            .await
            .unwrap()
            .contains("class=\"receipt-code\""));
        assert_eq!(worker.count("pledges").await, 1);
    }
}
