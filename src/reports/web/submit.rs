//! `/rate` and `/report`: the forms workers file reports with.

use crate::http::page::View;
use crate::http::page_cache::KeepsPages;
use rocket::http::Status;
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use super::form_key;
use super::forms::{sections_for, voucher_section, FormBuilder};
use super::prefill::Prefill;
use crate::domain::{Choice, FieldErrors, ReportKind};
use crate::error::Error;
use crate::http::fields::RawFields;
use crate::http::guards::ClientAddress;
use crate::http::page::{banner_for, page, Private};
use crate::http::query::QueryPairs;
use crate::i18n::Msg;
use crate::reports::parse::ParseContext;
use crate::reports::service::submit;
use crate::reports::service::Filed;
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![rate_form, rate_submit, report_form, report_submit]
}

/// Where a form is posted to and what it is called.
fn form_title(kind: ReportKind) -> (&'static str, &'static str) {
    match kind {
        ReportKind::Rating => ("nav-rate", "/rate"),
        ReportKind::Grievance => ("nav-report", "/report"),
    }
}

/// A report form showing `raw` and its `errors`; `extra` adds to the context
/// (a banner, the edit target).
pub fn form_page(
    app: &App,
    kind: ReportKind,
    raw: &RawFields,
    errors: &FieldErrors,
    extra: Value,
) -> View {
    let mut form = FormBuilder::new(raw, errors);
    let mut sections = sections_for(kind, &mut form, app.platforms().all());
    let editing = extra.get("edit").is_some();
    if !editing {
        sections.push(voucher_section(&mut form));
    }
    let (title, action) = form_title(kind);
    let mut context = json!({
        "kind": kind.wire(),
        "action": action,
        "sections": sections,
        "summary": form.into_summary(),
        // Only a key this server signed is served again; anything else
        // (a key planted by another site) is replaced by a fresh one.
        "submission_key": raw
            .optional("submission_key")
            .and_then(|key| form_key::verify(&app.secrets, key))
            .unwrap_or_else(|| form_key::issue(&app.secrets)),
    });
    if let (Value::Object(context), Value::Object(extra)) = (&mut context, extra) {
        context.extend(extra);
    }
    page("reports/form", Msg::new(title), context)
}

/// The page after filing: the receipt code, shown this once.
pub fn filed_page(filed: &Filed) -> View {
    page(
        "reports/filed",
        Msg::new("title-filed"),
        json!({
            "id": filed.id,
            "receipt": filed.receipt.display(),
            "duplicate": filed.duplicate,
            "redacted": filed.redactions,
        }),
    )
}

async fn submit_form(
    app: &App,
    kind: ReportKind,
    mut raw: RawFields,
    client: ClientAddress,
) -> Private<View> {
    // A form carries the key it was served with, so a double click or a
    // retry after a timeout stores one report and shows the same receipt.
    // A key this server did not sign is never used.
    let key = match form_key::verify(&app.secrets, raw.get("submission_key")) {
        Some(key) => key,
        None => {
            let key = form_key::issue(&app.secrets);
            raw.set("submission_key", &key);
            key
        }
    };
    match submit(app, kind, &raw, Some(&key), &client).await {
        Ok(filed) => Private(Status::Ok, filed_page(&filed)),
        Err(Error::Invalid(errors)) => Private(
            Status::UnprocessableEntity,
            form_page(app, kind, &raw, &errors, json!({})),
        ),
        Err(error) => Private(
            error.status(),
            form_page(
                app,
                kind,
                &raw,
                &FieldErrors::new(),
                json!({ "banner": banner_for(&error) }),
            ),
        ),
    }
}

/// A form filled from its query: links such as "Rate this requester" on a
/// requester page, the browser extension or a link in a channel.
fn linked_form(app: &App, kind: ReportKind, query: &QueryPairs) -> Private<View> {
    let linked = Prefill::from_query(kind, query, &ParseContext::of(app.platforms()));
    Private(
        Status::Ok,
        form_page(
            app,
            kind,
            &linked.raw,
            &linked.refused,
            json!({ "task_title": linked.task_title }),
        ),
    )
}

#[get("/rate")]
pub fn rate_form(app: &State<App>, query: QueryPairs) -> Private<View> {
    linked_form(app, ReportKind::Rating, &query)
}

#[post("/rate", data = "<raw>")]
pub async fn rate_submit(
    app: &State<App>,
    raw: RawFields,
    client: ClientAddress,
    _unpublished: KeepsPages,
) -> Private<View> {
    submit_form(app, ReportKind::Rating, raw, client).await
}

#[get("/report")]
pub fn report_form(app: &State<App>, query: QueryPairs) -> Private<View> {
    linked_form(app, ReportKind::Grievance, &query)
}

#[post("/report", data = "<raw>")]
pub async fn report_submit(
    app: &State<App>,
    raw: RawFields,
    client: ClientAddress,
    _unpublished: KeepsPages,
) -> Private<View> {
    submit_form(app, ReportKind::Grievance, raw, client).await
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;

    use crate::testing::TestApp;

    /// The signed submission key the rating form is served with.
    async fn served_key(app: &TestApp) -> String {
        let html = app.get_html("/rate").await;
        let start = html
            .find("name=\"submission_key\" value=\"")
            .expect("a key")
            + 29;
        html[start..start + 57].to_owned()
    }

    fn rating_form<'a>(
        key: &'a str,
        comment: &'a str,
        minutes: &'a str,
    ) -> Vec<(&'a str, &'a str)> {
        vec![
            ("submission_key", key),
            ("platform", "prolific"),
            ("requester_id", "5f8a9c"),
            ("requester_name", "Uni Lab"),
            ("country", "KE"),
            ("task_type", "survey"),
            ("pay.amount", "2.00"),
            ("pay.currency", "GBP"),
            ("minutes", minutes),
            ("paid", "yes"),
            ("rejected", "none"),
            ("communication", "responsive"),
            ("recommend", "true"),
            ("comment", comment),
        ]
    }

    #[rocket::async_test]
    async fn the_forms_render_every_field() {
        let app = TestApp::new().await;
        let rate = app.get_html("/rate?platform=mturk&requester_id=A9").await;
        for name in [
            "platform",
            "requester_id",
            "country",
            "task_type",
            "pay.amount",
            "pay.currency",
            "minutes",
            "paid",
            "days_to_payment",
            "rejected",
            "communication",
            "recommend",
            "tos_violation",
            "broken",
            "comment",
            "submission_key",
        ] {
            assert!(
                rate.contains(&format!("name=\"{name}\"")),
                "{name} missing from /rate"
            );
        }
        assert!(rate.contains("value=\"A9\""));
        let report = app.get_html("/report").await;
        for name in [
            "category",
            "amount_at_stake.amount",
            "month",
            "description",
            "desired_outcome",
        ] {
            assert!(
                report.contains(&format!("name=\"{name}\"")),
                "{name} missing from /report"
            );
        }
    }

    #[rocket::async_test]
    async fn a_mistake_comes_back_with_the_text_intact_and_nothing_stored() {
        let app = TestApp::new().await;
        let comment = "Paid <late> & \"rejected\" half — ¡ojo!";
        let key = served_key(&app).await;
        let response = app
            .post_form("/rate", &rating_form(&key, comment, "0"))
            .await;
        assert_eq!(response.status(), Status::UnprocessableEntity);
        let html = response.into_string().await.unwrap();
        assert!(html.contains("Paid &lt;late&gt; &amp; &quot;rejected&quot; half — ¡ojo!"));
        assert!(html.contains("id=\"minutes-error\""));
        assert!(html.contains("aria-describedby=\"minutes-hint minutes-error\""));
        assert!(
            html.contains("href=\"#minutes\""),
            "error summary links to the field"
        );
        assert!(
            html.contains(&format!("value=\"{key}\"")),
            "the key is kept"
        );
        assert_eq!(app.count("reports").await, 0);
    }

    #[rocket::async_test]
    async fn a_double_submission_stores_one_report_and_shows_the_receipt_twice() {
        let app = TestApp::new().await;
        let key = served_key(&app).await;
        let first = app
            .post_form("/rate", &rating_form(&key, "fine", "20"))
            .await;
        assert_eq!(first.status(), Status::Ok);
        assert_eq!(first.headers().get_one("Cache-Control"), Some("no-store"));
        let first = first.into_string().await.unwrap();
        let second = app
            .post_form("/rate", &rating_form(&key, "fine", "20"))
            .await
            .into_string()
            .await
            .unwrap();
        let receipt = |html: &str| {
            let start = html.find("class=\"receipt-code\"").expect("receipt shown");
            html[start..start + 60].to_owned()
        };
        assert_eq!(receipt(&first), receipt(&second));
        assert_eq!(app.count("reports").await, 1);
    }

    #[rocket::async_test]
    async fn an_outage_keeps_the_workers_text() {
        let app = TestApp::with_unreachable_database().await;
        let response = app
            .post_form(
                "/report",
                &[
                    ("platform", "uber"),
                    ("country", "FR"),
                    ("category", "account_deactivation"),
                    (
                        "description",
                        "Deactivated after a customer complaint I never saw.",
                    ),
                ],
            )
            .await;
        assert_eq!(response.status(), Status::ServiceUnavailable);
        let html = response.into_string().await.unwrap();
        assert!(html.contains("cannot reach its database"));
        assert!(html.contains("Deactivated after a customer complaint I never saw."));
    }
}
