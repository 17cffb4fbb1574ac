//! Each channel's support page: what a worker exposed to violent, sexual
//! or hateful material can do and whom to reach in their country, written
//! by the channel's organizers. Scorecards with harmful-content reports
//! point readers here.

use crate::channels::model::SupportPage;
use crate::channels::parse::MAX_SUPPORT;
use crate::channels::store::SupportStore;
use mongodb::bson::doc;
use rocket::response::Redirect;
use rocket::{get, post, routes, Either, Route, State};
use serde_json::json;

use crate::channels::parse::parse_country;
use crate::domain::text::render_markdown;
use crate::domain::{Country, Day, FieldErrors};
use crate::error::{Error, Result};
use crate::http::fields::RawFields;
use crate::http::html_error::HtmlError;
use crate::http::page::{page, private_if, Private, View};
use crate::i18n::Msg;
use crate::organizers::auth::Session;
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![support_for, support_page, write_support]
}

/// The reader's choice of country on a scorecard's notice, as a link.
#[get("/support?<country>")]
pub fn support_for(country: Option<&str>) -> Redirect {
    match country.and_then(|code| Country::parse(code).ok()) {
        Some(country) => Redirect::to(format!("/channels/{country}/support")),
        None => Redirect::to("/channels"),
    }
}

type SupportView = Either<View, Private<View>>;

async fn support_view(
    app: &App,
    country: &Country,
    session: Option<&Session>,
    draft: Option<(&str, &FieldErrors)>,
) -> Result<SupportView> {
    let written = app.db.support_page(country).await?;
    let editor = session.filter(|s| s.organizer.can_act_in(country));
    let source = draft
        .map(|(text, _)| text.to_owned())
        .or_else(|| written.as_ref().map(|page| page.body.clone()))
        .unwrap_or_default();
    let context = json!({
        "country": country.code(),
        "body_html": written.as_ref().map(|page| render_markdown(&page.body)),
        "updated": written.as_ref().map(|page| page.updated.to_string()),
        "editor": editor.map(|s| json!({ "csrf": s.csrf, "source": source })),
        "errors": draft.map(|(_, errors)| errors.view()),
        "max": MAX_SUPPORT,
    });
    let title = Msg::new("title-support-page")
        .arg("country", crate::i18n::Arg::Country(country.code().into()));
    Ok(private_if(
        editor.is_some(),
        page("channels/support", title, context),
    ))
}

#[get("/channels/<cc>/support")]
pub async fn support_page(
    app: &State<App>,
    cc: &str,
    session: Option<Session>,
) -> Result<SupportView, HtmlError> {
    let country = parse_country(cc)?;
    Ok(support_view(app, &country, session.as_ref(), None).await?)
}

/// Organizers of the country (or admins) write its support page.
#[post("/channels/<cc>/support", data = "<raw>")]
pub async fn write_support(
    app: &State<App>,
    session: Session,
    cc: &str,
    raw: RawFields,
) -> Result<Either<Redirect, SupportView>, HtmlError> {
    session.check_csrf(&raw)?;
    let country = parse_country(cc)?;
    if !session.organizer.can_act_in(&country) {
        let message = Msg::new("forbidden-channel").arg("country", country.code());
        return Err(Error::Forbidden(message).into());
    }
    let body = raw.get("body").trim();
    if !(1..=MAX_SUPPORT).contains(&body.chars().count()) {
        let errors =
            FieldErrors::single("body", Msg::new("support-length").arg("max", MAX_SUPPORT));
        let view = support_view(app, &country, Some(&session), Some((body, &errors))).await?;
        return Ok(Either::Right(view));
    }
    app.db
        .save_support_page(&SupportPage {
            country: country.clone(),
            body: body.to_owned(),
            updated: Day::today(),
        })
        .await?;
    Ok(Either::Left(Redirect::to(format!(
        "/channels/{country}/support"
    ))))
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn organizers_write_their_channels_support_page_and_readers_find_it() {
        let app = TestApp::new().await;
        let empty = app.get_html("/channels/PH/support").await;
        assert!(empty.contains("not written a support page yet"));
        let to = app.client.get("/support?country=ph").dispatch().await;
        assert_eq!(
            to.headers().get_one("Location"),
            Some("/channels/PH/support")
        );
        let bad = app.client.get("/support?country=%00").dispatch().await;
        assert_eq!(bad.headers().get_one("Location"), Some("/channels"));

        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        app.login(&ana).await;
        let csrf = app.csrf().await;
        let body = "Call the **union hotline**. <script>x</script>";
        let saved = app
            .post_form("/channels/PH/support", &[("csrf", &csrf), ("body", body)])
            .await;
        assert_eq!(saved.status(), Status::SeeOther);
        let empty_body = app
            .post_form("/channels/PH/support", &[("csrf", &csrf), ("body", " ")])
            .await;
        assert_eq!(
            empty_body.status(),
            Status::Ok,
            "shown again with its message"
        );
        let elsewhere = app
            .post_form("/channels/DE/support", &[("csrf", &csrf), ("body", "hi")])
            .await;
        assert_eq!(elsewhere.status(), Status::Forbidden);
        let reader = app.second_instance().await;
        let page = reader.get_html("/channels/PH/support").await;
        assert!(page.contains("<strong>union hotline</strong>"));
        assert!(!page.contains("<script>"));
    }
}
