//! Demo data for the development database, so a newcomer sees a living site.
//! Every demo report is marked `demo: true`, every demo requester is named
//! "Demo ...", and every page says the site is showing demo data.

mod data_requests;
mod organizing;

use mongodb::bson::{doc, Document};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{json, Value};

use crate::db::Db;
use crate::domain::Day;
use crate::domain::{
    Choice, Communication, Country, Currency, ExchangeRates, GrievanceCategory, GrievanceStatus,
    Money, Month, Outcome, Paid, PaymentForm, PlatformSlug, Purpose, ReceiptCode, Rejected,
    ReportId, ReportKind, RequesterId, TaskType,
};
use crate::error::{Error, Result};
use crate::platforms::store::RequesterStore;
use crate::reports::parse::WorkBehind;
use crate::reports::service::new_submission_key;
use crate::reports::{
    model::{Grievance, Rating, Report},
    store::COLLECTION,
};

const REQUESTERS: &[(&str, &str, &str)] = &[
    ("mturk", "A3DEMO1QX7Z2", "Demo Survey Lab"),
    ("mturk", "A1DEMO9KPL44", "Demo Image Tagging Co"),
    ("clickworker", "cw-demo-118", "Demo Search Relevance"),
    ("prolific", "demo-5f2a77", "Demo University Study"),
    ("toloka", "demo-toloka-42", "Demo Moderation Queue"),
    ("appen", "demo-appen-7", "Demo Audio Transcripts"),
    ("microworkers", "demo-mw-300", "Demo Sign-up Campaigns"),
    ("upwork", "~01demo4c0ffee", "Demo Startup Ltd"),
];

/// The demo requester the demo strike is called against.
const STRUCK: &str = "Demo Image Tagging Co";

/// (country, currency) pairs of the demo workers.
const WORKERS: &[(&str, &str)] = &[
    ("PH", "USD"),
    ("IN", "INR"),
    ("KE", "USD"),
    ("VE", "USD"),
    ("US", "USD"),
    ("DE", "EUR"),
    ("FR", "EUR"),
    ("NG", "USD"),
    ("BD", "USD"),
    ("ID", "USD"),
];

/// Whether the database holds any demo data.
pub async fn present(db: &Db) -> Result<bool> {
    let found = db
        .collection::<Document>(COLLECTION)
        .find_one(doc! { "demo": true })
        .await?;
    Ok(found.is_some())
}

/// Fills an empty database with demo data, and a demo database from before
/// demo organizing existed with its strikes and companies; leaves any other
/// alone.
pub async fn seed_if_empty(db: &Db, min_group_size: u32) -> Result<()> {
    let reports = db.collection::<Document>(COLLECTION);
    if reports.estimated_document_count().await? > 0 {
        if present(db).await? {
            organizing::seed_if_missing(db, min_group_size).await?;
        }
        return Ok(());
    }
    let mut rng = StdRng::seed_from_u64(2026);
    let mut documents = Vec::new();
    for index in 0..72 {
        documents.push(demo_rating(&mut rng, index));
    }
    // More ratings of the struck requester (index 1 of `REQUESTERS`).
    for round in 0..16 {
        documents.push(demo_rating(&mut rng, 1 + round * REQUESTERS.len()));
    }
    for index in 0..18 {
        documents.push(demo_grievance(&mut rng, index));
    }
    documents.extend(held_burst(&mut rng));
    for (platform, id, name) in REQUESTERS {
        db.record_requester(&slug(platform), &requester(id), Some(name))
            .await?;
    }
    db.collection::<Report>(COLLECTION)
        .insert_many(&documents)
        .await
        .map_err(Error::from)?;
    eprintln!(
        "Clickline: the development database was empty; added {} demo reports (marked as demo).",
        documents.len()
    );
    organizing::seed_if_missing(db, min_group_size).await
}

fn slug(raw: &str) -> PlatformSlug {
    PlatformSlug::parse(raw).expect("demo slug")
}

fn requester(raw: &str) -> RequesterId {
    RequesterId::parse(raw).expect("demo requester id")
}

fn pick<T: Copy>(rng: &mut StdRng, items: &[T]) -> T {
    items[rng.gen_range(0..items.len())]
}

/// A report shell on a day within the last year.
fn demo_report(rng: &mut StdRng, kind: ReportKind, requester_index: usize) -> Report {
    let (platform, id, name) = REQUESTERS[requester_index % REQUESTERS.len()];
    // The tagging company's work is done mostly in Indonesia and India, so
    // the demo strike against it (called in PH) asks for solidarity there.
    let country = if name == STRUCK {
        pick(rng, &["ID", "IN", "ID", "IN", "PH"])
    } else {
        pick(rng, WORKERS).0
    };
    let day = Day::today().plus_days(-rng.gen_range(0..365));
    let key = new_submission_key();
    let mut report = Report {
        id: ReportId::generate(),
        kind,
        platform: slug(platform),
        requester_id: Some(requester(id)),
        requester_name: Some(name.to_owned()),
        country: Country::parse(country).expect("demo country"),
        day,
        edited: false,
        hidden: false,
        flags: 0,
        // Nobody holds the receipt of a demo report.
        receipt_hash: ReceiptCode::derive(key.as_bytes(), "demo").hash(),
        submission_hash: key,
        rating: None,
        grievance: None,
        demo: true,
        // Backdated and published, so the demo shows a living site at once.
        published: true,
        publishes_on: None,
        held: false,
        vouched: rng.gen_bool(0.2),
        suspect: false,
        correction: None,
    };
    if kind == ReportKind::Grievance && rng.gen_bool(0.3) {
        report.requester_id = None;
        report.requester_name = None;
    }
    report
}

fn demo_rating(rng: &mut StdRng, index: usize) -> Report {
    let mut report = demo_report(rng, ReportKind::Rating, index);
    let currency_code = WORKERS
        .iter()
        .find(|(country, _)| *country == report.country.code())
        .map(|(_, currency)| *currency)
        .unwrap_or("USD");
    let currency = Currency::parse(currency_code).expect("demo currency");
    let minutes: u32 = rng.gen_range(3..120);
    // Each demo requester pays around its own rate, from poor to fair.
    let usd_per_hour = 1.0 + (index % REQUESTERS.len()) as f64 * 1.6 + rng.gen_range(-0.8..0.8f64);
    let rates = ExchangeRates::shipped();
    let local_per_usd = 1.0 / rates.usd_per_unit(currency.code()).expect("rate");
    let amount = ((usd_per_hour.max(0.2) * f64::from(minutes) / 60.0 * local_per_usd) * 100.0)
        .round()
        / 100.0;
    let pay = Money { amount, currency };
    let behind = demo_work_behind(rng, index, minutes, &pay);
    let hourly = pay.hourly_with(behind.bonus.as_ref(), minutes);
    let paid = pick(
        rng,
        &[
            Paid::Yes,
            Paid::Yes,
            Paid::Yes,
            Paid::Partial,
            Paid::No,
            Paid::Pending,
        ],
    );
    report.rating = Some(Rating {
        task_type: pick(rng, TaskType::ALL),
        hourly_pay_usd: hourly.usd,
        hourly_pay_eur: hourly.eur,
        pay,
        minutes,
        paid,
        days_to_payment: matches!(paid, Paid::Yes | Paid::Partial).then(|| rng.gen_range(0..30)),
        rejected: pick(
            rng,
            &[
                Rejected::None,
                Rejected::None,
                Rejected::Some,
                Rejected::All,
            ],
        ),
        communication: pick(rng, Communication::ALL),
        recommend: rng.gen_bool(0.5),
        tos_violation: rng.gen_bool(0.1),
        broken: rng.gen_bool(0.15),
        comment: rng.gen_bool(0.6).then(|| {
            pick(
                rng,
                &[
                    "(Demo data) Instructions were **unclear** and the timer ran out twice.",
                    "(Demo data) Fair pay, paid within a day. Would take again.",
                    "(Demo data) Half my HITs were rejected with no explanation.",
                    "(Demo data) Qualification test took 20 unpaid minutes.",
                    "(Demo data) Answered my message in a few hours and reversed a rejection.",
                ],
            )
            .to_owned()
        }),
        behind,
    });
    report
}

/// The work behind the work, as demo workers describe it: the moderation
/// queue exposes workers to harmful material, the survey lab screens many
/// out unpaid, the tagging company trains AI without naming its client.
fn demo_work_behind(rng: &mut StdRng, index: usize, minutes: u32, pay: &Money) -> WorkBehind {
    let (_, _, name) = REQUESTERS[index % REQUESTERS.len()];
    let screening = name.contains("Survey") || name.contains("Study");
    let purpose = match name {
        n if n.contains("Moderation") => Purpose::ContentModeration,
        n if n.contains("Tagging") || n.contains("Transcripts") => Purpose::AiTraining,
        n if n.contains("Sign-up") => Purpose::FakeEngagement,
        n if n.contains("Survey") || n.contains("Study") => Purpose::Research,
        _ => pick(rng, Purpose::ALL),
    };
    WorkBehind {
        bonus: rng.gen_bool(0.15).then(|| Money {
            amount: (pay.amount * 0.2 * 100.0).round() / 100.0,
            currency: pay.currency.clone(),
        }),
        unpaid_minutes: rng.gen_bool(0.7).then(|| rng.gen_range(0..=minutes / 2)),
        // Every third rating of the survey lab and the study screened out,
        // every other one of the moderation queue harmful: always in the demo.
        outcome: if screening && (index / REQUESTERS.len()).is_multiple_of(3) {
            Outcome::ScreenedOut
        } else {
            pick(
                rng,
                &[Outcome::Completed, Outcome::Completed, Outcome::NotFinished],
            )
        },
        payment_form: if name.contains("Sign-up") && rng.gen_bool(0.5) {
            PaymentForm::Points
        } else {
            PaymentForm::Money
        },
        purpose: rng.gen_bool(0.8).then_some(purpose),
        harmful_content: name.contains("Moderation")
            && (index / REQUESTERS.len()).is_multiple_of(2),
        end_client_disclosed: rng.gen_bool(0.7).then(|| rng.gen_bool(0.2)),
        evaluation_explained: rng.gen_bool(0.7).then(|| rng.gen_bool(0.4)),
        end_client: None,
    }
}

/// A burst of glowing ratings of the first demo requester, held by the
/// screening: the moderators' queue and `held_for_review` show it.
fn held_burst(rng: &mut StdRng) -> Vec<Report> {
    (0..12)
        .map(|_| {
            let mut report = demo_rating(rng, 0);
            report.day = Day::today();
            report.published = false;
            report.held = true;
            report.vouched = false;
            if let Some(rating) = report.rating.as_mut() {
                rating.recommend = true;
                rating.comment = Some("(Demo data) Best requester ever, pays great!!!".into());
            }
            report
        })
        .collect()
}

fn demo_grievance(rng: &mut StdRng, index: usize) -> Report {
    let mut report = demo_report(rng, ReportKind::Grievance, index * 3);
    let category = pick(rng, GrievanceCategory::ALL);
    let month = report.day.to_string()[..7].to_owned();
    report.grievance = Some(Grievance {
        category,
        amount_at_stake: rng.gen_bool(0.5).then(|| Money {
            amount: f64::from(rng.gen_range(5..400)),
            currency: Currency::parse("USD").expect("USD"),
        }),
        month: Month::parse(&month, Day::today().date()).ok(),
        description: format!(
            "(Demo data) A made-up example of a {} grievance, so the pages have something to show.",
            crate::i18n::english(&category.label()).to_lowercase()
        ),
        desired_outcome: Some("(Demo data) Payment of the work done.".into()),
        status: pick(rng, GrievanceStatus::ALL),
        status_note: None,
    });
    report
}

/// A valid rating as the API takes it (the README's example), for tests
/// and the load benchmark.
pub fn sample_rating() -> Value {
    json!({
        "platform": "mturk",
        "requester_id": "A1B2C3D4E5",
        "requester_name": "Acme Surveys",
        "country": "PH",
        "task_type": "survey",
        "pay": { "amount": 1.5, "currency": "USD" },
        "minutes": 30,
        "paid": "yes",
        "days_to_payment": 3,
        "rejected": "some",
        "communication": "unresponsive",
        "recommend": false,
        "tos_violation": false,
        "broken": true,
        "comment": "Paid **late**, and the survey crashed twice."
    })
}

/// A valid grievance as the API takes it (the README's example).
pub fn sample_grievance() -> Value {
    json!({
        "platform": "clickworker",
        "country": "DE",
        "category": "account_deactivation",
        "amount_at_stake": { "amount": 120, "currency": "EUR" },
        "month": "2026-10",
        "description": "My account was closed the day before payout, with no reason given.",
        "desired_outcome": "Pay what I earned and reopen the account."
    })
}
