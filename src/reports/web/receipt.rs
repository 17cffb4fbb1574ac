//! `/receipt`: correct or withdraw a report with its receipt code.

use crate::http::page::View;
use crate::http::page_cache::KeepsPages;
use rocket::http::Status;
use rocket::{get, post, routes, uri, Route, State};
use serde_json::json;

use super::submit::form_page;
use crate::domain::{FieldErrors, PledgeId, ReceiptCode, ReportId};
use crate::error::Error;
use crate::http::guards::ClientAddress;
use crate::http::page::banner_for;
use crate::http::page::{page, Private};
use crate::i18n::Msg;
use crate::reports::model::Report;
use crate::reports::parse::{raw_fields_of, RawFields};
use crate::reports::service::{self, authorize};
use crate::strikes::service::Promise;
use crate::strikes::{model::Pledge, store::StrikeStore};
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![receipt_form, receipt_open, receipt_edit, receipt_withdraw]
}

fn lookup_page(raw: &RawFields, errors: &FieldErrors, status: Status) -> Private<View> {
    let message = |field: &str| errors.get(field).and_then(|m| m.first().cloned());
    Private(
        status,
        page(
            "reports/receipt",
            Msg::new("title-receipt"),
            json!({
                "id": raw.get("id"),
                "id_error": message("id"),
                "receipt_error": message("receipt"),
            }),
        ),
    )
}

/// Parses the id and code from a form and checks them against the report.
async fn authorized(app: &App, raw: &RawFields) -> Result<Report, FieldErrors> {
    let mut errors = FieldErrors::new();
    let id = errors.check("id", ReportId::parse(raw.get("id")));
    let receipt = errors.check("receipt", ReceiptCode::parse(raw.get("receipt")));
    let (Some(id), Some(receipt)) = (id, receipt) else {
        return Err(errors);
    };
    authorize(&app.db, &id, &receipt)
        .await
        .map_err(|error| match error {
            Error::WrongReceipt => FieldErrors::single("receipt", Msg::new("receipt-wrong-code")),
            Error::NotFound(_) => FieldErrors::single("id", Msg::new("receipt-no-report")),
            other => FieldErrors::single("id", other.message()),
        })
}

/// A pledge, when the id is a pledge's: `Ok` if the code is its receipt.
async fn authorized_pledge(app: &App, raw: &RawFields) -> Option<Result<Pledge, FieldErrors>> {
    let id = PledgeId::parse(raw.get("id")).ok()?;
    let pledge = app.db.find_pledge(&id).await.ok()??;
    Some(match ReceiptCode::parse(raw.get("receipt")) {
        Ok(receipt) if receipt.matches(&pledge.receipt_hash) => Ok(pledge),
        _ => Err(FieldErrors::single(
            "receipt",
            Msg::new("receipt-wrong-pledge-code"),
        )),
    })
}

fn edit_target(raw: &RawFields) -> serde_json::Value {
    json!({ "edit": { "id": raw.get("id").trim(), "receipt": raw.get("receipt").trim() } })
}

#[get("/receipt?<id>")]
pub fn receipt_form(id: Option<&str>) -> Private<View> {
    let raw = RawFields::from_pairs([("id", id.unwrap_or(""))]);
    lookup_page(&raw, &FieldErrors::new(), Status::Ok)
}

/// Opens the report for correcting, or asks to confirm its withdrawal.
#[post("/receipt", data = "<raw>")]
pub async fn receipt_open(app: &State<App>, raw: RawFields, _looks: KeepsPages) -> Private<View> {
    // A pledge cannot be corrected, only withdrawn.
    match authorized_pledge(app, &raw).await {
        Some(Ok(pledge)) => {
            let body =
                json!({ "id": pledge.id, "receipt": raw.get("receipt").trim(), "kind": "pledge" });
            return Private(
                Status::Ok,
                page("reports/withdraw", Msg::new("title-withdraw-pledge"), body),
            );
        }
        Some(Err(errors)) => return lookup_page(&raw, &errors, Status::Forbidden),
        None => {}
    }
    let report = match authorized(app, &raw).await {
        Ok(report) => report,
        Err(errors) => return lookup_page(&raw, &errors, Status::Forbidden),
    };
    if raw.get("action") == "withdraw" {
        let body =
            json!({ "id": report.id, "receipt": raw.get("receipt").trim(), "kind": report.kind });
        return Private(
            Status::Ok,
            page("reports/withdraw", Msg::new("title-withdraw-report"), body),
        );
    }
    let fields = raw_fields_of(&report);
    Private(
        Status::Ok,
        form_page(
            app,
            report.kind,
            &fields,
            &FieldErrors::new(),
            edit_target(&raw),
        ),
    )
}

/// Saves a corrected report.
#[post("/receipt/edit", data = "<raw>")]
pub async fn receipt_edit(
    app: &State<App>,
    raw: RawFields,
    client: ClientAddress,
    _pending: KeepsPages,
) -> Private<View> {
    let answer = save_correction(app, &raw, &client).await;
    answer.on_page(uri!(receipt_form(_)))
}

async fn save_correction(app: &App, raw: &RawFields, client: &ClientAddress) -> Private<View> {
    let report = match authorized(app, raw).await {
        Ok(report) => report,
        Err(errors) => return lookup_page(raw, &errors, Status::Forbidden),
    };
    let kind = report.kind;
    match service::correct(app, report, raw, client).await {
        Ok((report, _)) => Private(
            Status::Ok,
            page(
                "reports/saved",
                Msg::new("title-corrected"),
                json!({ "id": report.id }),
            ),
        ),
        Err(Error::Invalid(errors)) => Private(
            Status::UnprocessableEntity,
            form_page(app, kind, raw, &errors, edit_target(raw)),
        ),
        Err(error) => {
            let mut extra = edit_target(raw);
            extra["banner"] = json!(banner_for(&error));
            Private(
                error.status(),
                form_page(app, kind, raw, &FieldErrors::new(), extra),
            )
        }
    }
}

#[post("/receipt/withdraw", data = "<raw>")]
pub async fn receipt_withdraw(
    app: &State<App>,
    raw: RawFields,
    client: ClientAddress,
    _forgets_itself: KeepsPages,
) -> Private<View> {
    let answer = withdraw_with_receipt(app, &raw, &client).await;
    answer.on_page(uri!(receipt_form(_)))
}

async fn withdraw_with_receipt(
    app: &App,
    raw: &RawFields,
    client: &ClientAddress,
) -> Private<View> {
    match authorized_pledge(app, raw).await {
        Some(Ok(pledge)) => {
            let withdrawn = crate::strikes::service::withdraw(app, Promise::Pledge(&pledge));
            return match withdrawn.await {
                Ok(()) => {
                    let message = json!({ "message": Msg::new("pledge-withdrawn"), "link": format!("/strikes/{}", pledge.strike_id) });
                    Private(
                        Status::Ok,
                        page("layout/notice", Msg::new("title-pledge-withdrawn"), message),
                    )
                }
                Err(error) => Private(
                    error.status(),
                    page(
                        "layout/error",
                        Msg::new("title-not-withdrawn"),
                        json!({ "code": error.status().code, "message": banner_for(&error) }),
                    ),
                ),
            };
        }
        Some(Err(errors)) => return lookup_page(raw, &errors, Status::Forbidden),
        None => {}
    }
    let report = match authorized(app, raw).await {
        Ok(report) => report,
        Err(errors) => return lookup_page(raw, &errors, Status::Forbidden),
    };
    match service::withdraw(app, &report, client).await {
        Ok(()) => Private(
            Status::Ok,
            page("reports/withdrawn", Msg::new("title-withdrawn"), json!({})),
        ),
        Err(error) => Private(
            error.status(),
            page(
                "layout/error",
                Msg::new("title-not-withdrawn"),
                json!({ "code": error.status().code, "message": banner_for(&error) }),
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use rocket::http::Status;
    use serde_json::Value;

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn a_wrong_code_is_refused_with_a_message() {
        let app = TestApp::new().await;
        let (id, _) = app.file_rating().await;
        let response = app
            .post_form(
                "/receipt",
                &[
                    ("id", &id),
                    ("receipt", "AAAA-BBBB-CCCC-DDDD"),
                    ("action", "edit"),
                ],
            )
            .await;
        assert_eq!(response.status(), Status::Forbidden);
        assert!(response
            .into_string()
            .await
            .unwrap()
            .contains("does not belong to that report"));
    }

    #[rocket::async_test]
    async fn a_worker_corrects_then_withdraws_a_rating() {
        let app = TestApp::new().await;
        let (id, receipt) = app.file_rating().await;
        let open = app
            .post_form(
                "/receipt",
                &[("id", &id), ("receipt", &receipt), ("action", "edit")],
            )
            .await;
        assert_eq!(open.status(), Status::Ok);
        let form = open.into_string().await.unwrap();
        assert!(form.contains("action=\"/receipt/edit\""));
        assert!(form.contains("value=\"A1B2C3D4E5\""));

        let mut fields: Vec<(&str, &str)> = vec![
            ("id", &id),
            ("receipt", &receipt),
            ("platform", "mturk"),
            ("requester_id", "A1B2C3D4E5"),
            ("country", "PH"),
            ("task_type", "survey"),
            ("pay.amount", "1.5"),
            ("pay.currency", "USD"),
            ("minutes", "30"),
            ("paid", "yes"),
            ("rejected", "none"),
            ("communication", "responsive"),
            ("recommend", "true"),
        ];
        let saved = app.post_form("/receipt/edit", &fields).await;
        assert_eq!(saved.status(), Status::Ok);
        let report: Value = app.get_json(&format!("/api/v1/reports/{id}")).await;
        assert_eq!(report["rejected"], "none");

        fields.truncate(2);
        let withdrawn = app.post_form("/receipt/withdraw", &fields).await;
        assert_eq!(withdrawn.status(), Status::Ok);
        let gone = app.client.get(format!("/reports/{id}")).dispatch().await;
        assert_eq!(gone.status(), Status::Gone);
    }
}

#[cfg(test)]
mod pledge_tests {
    use rocket::http::Status;
    use serde_json::{json, Value};

    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn a_pledge_is_withdrawn_with_its_receipt_on_the_site() {
        let app = TestApp::new().await;
        let ana = app.organizer("ana@union.example", "PH", "organizer").await;
        let strike = json!({ "title": "Strike at Toloka", "demands": "Pay for qualification tests.", "platform": "toloka",
                             "called_in": "PH", "starts_on": crate::domain::Day::today().to_string() });
        let created: Value = app
            .post_json_as(&ana.token, "/api/v1/strikes", &strike)
            .await
            .into_json()
            .await
            .unwrap();
        let id = created["id"].as_str().unwrap();
        let pledge: Value = app
            .post_json(
                &format!("/api/v1/strikes/{id}/pledges"),
                &json!({ "country": "PH" }),
            )
            .await
            .into_json()
            .await
            .unwrap();
        let (pledge_id, receipt) = (
            pledge["id"].as_str().unwrap(),
            pledge["receipt"].as_str().unwrap(),
        );
        let wrong = app
            .post_form(
                "/receipt",
                &[
                    ("id", pledge_id),
                    ("receipt", "AAAA-BBBB-CCCC-DDDD"),
                    ("action", "withdraw"),
                ],
            )
            .await;
        assert_eq!(wrong.status(), Status::Forbidden);
        let confirm = app
            .post_form(
                "/receipt",
                &[
                    ("id", pledge_id),
                    ("receipt", receipt),
                    ("action", "withdraw"),
                ],
            )
            .await;
        assert_eq!(confirm.status(), Status::Ok);
        let done = app
            .post_form(
                "/receipt/withdraw",
                &[("id", pledge_id), ("receipt", receipt)],
            )
            .await;
        assert_eq!(done.status(), Status::Ok);
        assert_eq!(app.count("pledges").await, 0);
    }
}
