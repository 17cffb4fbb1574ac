//! What a receipt opens on the site: the request's deadline and state, the
//! form to record what came back, the calendar file with the day to check,
//! and once the request is overdue or answered short, the complaint letter
//! to the authority and "I complained". The id and the code travel in form
//! bodies, never in an address, and every answer is `no-store`.

use rocket::http::{ContentType, Status};
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use super::{platform_name, Download, LetterAnswer, PrivatePage};
use crate::data_requests::letters::{category_words, complaint_letter};
use crate::data_requests::model::{AnswerOutcome, Campaign, SentRequest};
use crate::data_requests::parse::{parse_answer, parse_identity};
use crate::data_requests::service::{self, authorized_sent};
use crate::data_requests::tables::Tables;
use crate::data_requests::views::SentView;
use crate::domain::{Choice, Day, FieldErrors, ReceiptCode, SentRequestId};
use crate::error::Error;
use crate::http::fields::RawFields;
use crate::http::guards::ClientAddress;
use crate::http::html_error::HtmlError;
use crate::http::page::{page, Private, View};
use crate::http::page_cache::{KeepsPages, WaitsForBatch};
use crate::i18n::{Lang, Msg};
use crate::App;

pub fn routes() -> Vec<Route> {
    routes![
        receipt_form,
        receipt_open,
        receipt_answer,
        receipt_calendar,
        complaint_letter_page,
        receipt_complaint
    ]
}

fn lookup_page(raw: &RawFields, errors: &FieldErrors, status: Status) -> Private<View> {
    let message = |field: &str| errors.get(field).and_then(|m| m.first().cloned());
    Private(
        status,
        page(
            "data_requests/receipt_form",
            Msg::new("title-request-receipt"),
            json!({ "id": raw.get("id"), "id_error": message("id"), "receipt_error": message("receipt") }),
        ),
    )
}

/// The id and the code from a form, checked against the request.
async fn authorized(app: &App, raw: &RawFields) -> Result<(SentRequest, Campaign), FieldErrors> {
    let mut errors = FieldErrors::new();
    let id = errors.check(
        "id",
        SentRequestId::parse(raw.get("id")).map_err(|_| Msg::new("invalid-sent-id")),
    );
    let receipt = errors.check("receipt", ReceiptCode::parse(raw.get("receipt")));
    let (Some(id), Some(receipt)) = (id, receipt) else {
        return Err(errors);
    };
    authorized_sent(&app.db, &id, &receipt)
        .await
        .map_err(|error| match error {
            Error::NotFound(_) => FieldErrors::single("id", Msg::new("invalid-sent-id")),
            Error::WrongReceipt => FieldErrors::single("receipt", Msg::new("error-wrong-receipt")),
            _ => FieldErrors::single("id", Msg::new("error-503")),
        })
}

/// The request a form's id and code open, or the lookup form again with
/// what was wrong.
async fn opened(app: &App, raw: &RawFields) -> Result<(SentRequest, Campaign), Private<View>> {
    authorized(app, raw)
        .await
        .map_err(|errors| lookup_page(raw, &errors, Status::UnprocessableEntity))
}

/// The receipt's page: the request's state and every form it offers.
fn receipt_page(
    app: &App,
    raw: &RawFields,
    (sent, campaign): (&SentRequest, &Campaign),
    errors: &FieldErrors,
    notice: Option<Msg>,
    lang: Lang,
    status: Status,
) -> Private<View> {
    let view = SentView::of(sent, Day::today());
    let law = Tables::shipped().law_of(sent.country.code());
    let answer = sent.answer.as_ref();
    let chosen_outcome = raw
        .optional("outcome")
        .map(str::to_owned)
        .or_else(|| answer.map(|a| a.outcome.wire().to_owned()));
    let missing_chosen: Vec<String> = match raw.optional("outcome") {
        Some(_) => raw.items("missing").map(str::to_owned).collect(),
        None => answer
            .map(|a| a.missing.iter().map(|c| c.wire().to_owned()).collect())
            .unwrap_or_default(),
    };
    let outcomes: Vec<Value> = AnswerOutcome::ALL
        .iter()
        .map(|o| json!({ "wire": o.wire(), "label": o.label(), "checked": chosen_outcome.as_deref() == Some(o.wire()) }))
        .collect();
    let categories: Vec<Value> = campaign
        .categories
        .iter()
        .map(|c| json!({ "wire": c.wire(), "words": category_words(lang, *c), "checked": missing_chosen.iter().any(|m| m == c.wire()) }))
        .collect();
    let answered_on = raw
        .optional("answered_on")
        .map(str::to_owned)
        .or_else(|| answer.and_then(|a| a.answered_on).map(|d| d.to_string()));
    Private(
        status,
        page(
            "data_requests/receipt",
            Msg::new("title-request-receipt"),
            json!({
                "id": sent.id, "receipt": raw.get("receipt"), "sent": view,
                "campaign": { "id": campaign.id, "title": campaign.title },
                "platform_name": platform_name(app, campaign.platform.as_str()),
                "law": law, "outcomes": outcomes, "categories": categories,
                "answered_on": answered_on, "today": Day::today(),
                "notice": notice, "errors": errors.view(), "values": raw,
                "letter_languages": Lang::ALL.iter().map(|l| json!({ "code": l.code(), "name": l.native_name(), "selected": *l == lang })).collect::<Vec<_>>(),
            }),
        ),
    )
}

#[get("/data-requests/receipt")]
pub fn receipt_form() -> Private<View> {
    lookup_page(&RawFields::default(), &FieldErrors::new(), Status::Ok)
}

#[post("/data-requests/receipt", data = "<raw>")]
pub async fn receipt_open(
    app: &State<App>,
    raw: RawFields,
    lang: Lang,
    _kept: KeepsPages,
) -> Private<View> {
    match authorized(app, &raw).await {
        Ok((sent, campaign)) => receipt_page(
            app,
            &raw,
            (&sent, &campaign),
            &FieldErrors::new(),
            None,
            lang,
            Status::Ok,
        ),
        Err(errors) => lookup_page(&raw, &errors, Status::UnprocessableEntity),
    }
}

#[post("/data-requests/receipt/answer", data = "<raw>")]
pub async fn receipt_answer(
    app: &State<App>,
    raw: RawFields,
    client: ClientAddress,
    lang: Lang,
    _batched: WaitsForBatch,
) -> PrivatePage {
    let (sent, campaign) = match opened(app, &raw).await {
        Ok(found) => found,
        Err(lookup) => return Ok(lookup),
    };
    let mut fields = raw.clone();
    for name in ["id", "receipt"] {
        fields.remove(name);
    }
    let today = Day::today();
    match parse_answer(&fields, &campaign, &sent, today) {
        Ok(answer) => {
            service::count_change(app, &client, &sent).await?;
            let sent = service::record_answer(&app.db, &sent, answer, today).await?;
            Ok(receipt_page(
                app,
                &RawFields::from_pairs([("receipt", raw.get("receipt"))]),
                (&sent, &campaign),
                &FieldErrors::new(),
                Some(Msg::new("answer-recorded")),
                lang,
                Status::Ok,
            ))
        }
        Err(errors) => Ok(receipt_page(
            app,
            &raw,
            (&sent, &campaign),
            &errors,
            None,
            lang,
            Status::UnprocessableEntity,
        )),
    }
}

/// A calendar file with one all-day event: the day the answer is due.
#[post("/data-requests/receipt/calendar", data = "<raw>")]
pub async fn receipt_calendar(
    app: &State<App>,
    raw: RawFields,
    lang: Lang,
    _kept: KeepsPages,
) -> Result<rocket::Either<Private<Download>, Private<View>>, HtmlError> {
    let (sent, campaign) = match opened(app, &raw).await {
        Ok(found) => found,
        Err(lookup) => return Ok(rocket::Either::Right(lookup)),
    };
    let view = SentView::of(&sent, Day::today());
    let summary = crate::i18n::translate(
        lang,
        "calendar-summary",
        &[(
            "platform",
            crate::i18n::Arg::Text(platform_name(app, campaign.platform.as_str())),
        )],
    );
    let description = crate::i18n::text(lang, "calendar-description");
    let calendar = super::super::calendar::due_day(
        &view,
        &summary,
        &description,
        app.settings.public_url.as_str(),
    );
    Ok(rocket::Either::Left(Private(
        Status::Ok,
        Download::new(ContentType::Calendar, "data-request-due.ics", calendar),
    )))
}

#[post("/data-requests/receipt/complaint-letter", data = "<raw>")]
pub async fn complaint_letter_page(
    app: &State<App>,
    raw: RawFields,
    lang: Lang,
    _kept: KeepsPages,
) -> Result<rocket::Either<LetterAnswer, Private<View>>, HtmlError> {
    let (sent, campaign) = match opened(app, &raw).await {
        Ok(found) => found,
        Err(lookup) => return Ok(rocket::Either::Right(lookup)),
    };
    let view = SentView::of(&sent, Day::today());
    let mut errors = FieldErrors::new();
    if !view.may_complain {
        errors.add("complaint", Msg::new("complaint-not-open"));
    }
    let language = raw.optional("language").map_or(Some(lang), Lang::exact);
    if language.is_none() {
        errors.add("language", Msg::new("invalid-letter-language"));
    }
    let identity = parse_identity(&raw, &mut errors);
    let law = Tables::shipped().law_of(sent.country.code());
    let (Some(identity), Some(language), Some(law), true) =
        (identity, language, law, errors.is_empty())
    else {
        return Ok(rocket::Either::Right(receipt_page(
            app,
            &raw,
            (&sent, &campaign),
            &errors,
            None,
            lang,
            Status::UnprocessableEntity,
        )));
    };
    let controller =
        Tables::shipped().controller_for(campaign.platform.as_str(), Some(sent.country.code()));
    let letter = complaint_letter(
        language,
        &platform_name(app, campaign.platform.as_str()),
        controller,
        law,
        &view,
        &identity,
    );
    Ok(rocket::Either::Left(LetterAnswer::of(
        letter,
        &raw,
        language,
        "data-request-complaint.txt",
        Msg::new("title-complaint-letter"),
        "/data-requests/receipt/complaint-letter".to_owned(),
        json!({ "receipt": true }),
    )))
}

#[post("/data-requests/receipt/complaint", data = "<raw>")]
pub async fn receipt_complaint(
    app: &State<App>,
    raw: RawFields,
    client: ClientAddress,
    lang: Lang,
    _batched: WaitsForBatch,
) -> PrivatePage {
    let (sent, campaign) = match opened(app, &raw).await {
        Ok(found) => found,
        Err(lookup) => return Ok(lookup),
    };
    service::count_change(app, &client, &sent).await?;
    match service::record_complaint(&app.db, &sent, Day::today()).await {
        Ok(sent) => Ok(receipt_page(
            app,
            &RawFields::from_pairs([("receipt", raw.get("receipt"))]),
            (&sent, &campaign),
            &FieldErrors::new(),
            Some(Msg::new("complaint-recorded")),
            lang,
            Status::Ok,
        )),
        Err(Error::Invalid(errors)) => Ok(receipt_page(
            app,
            &raw,
            (&sent, &campaign),
            &errors,
            None,
            lang,
            Status::UnprocessableEntity,
        )),
        Err(other) => Err(other.into()),
    }
}
