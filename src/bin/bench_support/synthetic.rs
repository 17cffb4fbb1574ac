//! The scorecard benchmark's synthetic data: requesters spread over eight
//! platforms, ratings spread over them, 40 countries and the last 540 days.

use std::ops::Range;
use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::Rng;

use clickline::db::Db;
use clickline::domain::{
    Communication, Country, Currency, Money, Paid, PlatformSlug, Rejected, ReportId, ReportKind,
    RequesterId, TaskType,
};
use clickline::platforms::model::Requester;
use clickline::platforms::store::REQUESTERS;
use clickline::reports::{
    model::{Rating, Report},
    store::COLLECTION as REPORTS,
};

pub const COUNTRIES: [&str; 40] = [
    "US", "IN", "PH", "BD", "PK", "NG", "KE", "VE", "BR", "ID", "FR", "DE", "GB", "ES", "IT", "PL",
    "UA", "RU", "EG", "MX", "CO", "AR", "CL", "PE", "ZA", "TR", "TH", "VN", "MY", "LK", "NP", "GH",
    "MA", "RO", "CA", "AU", "JP", "KR", "CN", "RS",
];
pub const PLATFORMS: [&str; 8] = [
    "mturk",
    "clickworker",
    "appen",
    "prolific",
    "toloka",
    "microworkers",
    "remotasks",
    "oneforma",
];

pub fn requester_id(index: usize) -> String {
    format!("BENCH{index:06}")
}

pub fn platform_of(index: usize) -> &'static str {
    PLATFORMS[index % PLATFORMS.len()]
}

pub async fn load_requesters(db: &Db, count: usize) {
    let docs: Vec<Requester> = (0..count)
        .map(|i| {
            let platform = PlatformSlug::parse(platform_of(i)).unwrap();
            let id = RequesterId::parse(&requester_id(i)).unwrap();
            let name = format!("Bench requester {i}");
            Requester {
                key: Requester::key(&platform, &id),
                search_keys: clickline::platforms::search::search_keys(
                    id.as_str(),
                    [name.as_str()],
                ),
                platform,
                requester_id: id,
                names: vec![name],
            }
        })
        .collect();
    for chunk in docs.chunks(10_000) {
        db.raw()
            .collection::<Requester>(REQUESTERS)
            .insert_many(chunk)
            .await
            .expect("insert requesters");
    }
}

/// A rating of one of `requesters` (indexes), picked at random.
pub fn synthetic_rating(rng: &mut StdRng, requesters: Range<usize>) -> Report {
    let index = rng.gen_range(requesters);
    let minutes = rng.gen_range(2..180);
    let usd = Currency::parse("USD").unwrap();
    let amount = (rng.gen_range(0.0..15.0f64) * f64::from(minutes) / 60.0 * 100.0).round() / 100.0;
    let pay = Money {
        amount,
        currency: usd,
    };
    let hourly = pay.hourly(minutes);
    let day = clickline::domain::Day::today().plus_days(-rng.gen_range(0..540));
    Report {
        id: ReportId::generate(),
        kind: ReportKind::Rating,
        platform: PlatformSlug::parse(platform_of(index)).unwrap(),
        requester_id: Some(RequesterId::parse(&requester_id(index)).unwrap()),
        requester_name: None,
        country: Country::parse(COUNTRIES[rng.gen_range(0..COUNTRIES.len())]).unwrap(),
        day,
        edited: false,
        hidden: false,
        flags: 0,
        receipt_hash: String::new(),
        submission_hash: clickline::reports::service::new_submission_key(),
        demo: false,
        published: true,
        publishes_on: None,
        held: false,
        vouched: false,
        suspect: false,
        correction: None,
        rating: Some(Rating {
            task_type: TaskType::Survey,
            pay,
            minutes,
            paid: [
                Paid::Yes,
                Paid::Yes,
                Paid::Yes,
                Paid::Partial,
                Paid::No,
                Paid::Pending,
            ][rng.gen_range(0..6)],
            days_to_payment: rng.gen_bool(0.5).then(|| rng.gen_range(0..30)),
            rejected: [
                Rejected::None,
                Rejected::None,
                Rejected::Some,
                Rejected::All,
            ][rng.gen_range(0..4)],
            communication: [
                Communication::Responsive,
                Communication::Unresponsive,
                Communication::NotTried,
            ][rng.gen_range(0..3)],
            recommend: rng.gen_bool(0.5),
            tos_violation: rng.gen_bool(0.05),
            broken: rng.gen_bool(0.1),
            comment: None,
            hourly_pay_usd: hourly.usd,
            hourly_pay_eur: hourly.eur,
            behind: Default::default(),
        }),
        grievance: None,
    }
}

pub async fn load_ratings(
    db: &Db,
    rng: &mut StdRng,
    count: usize,
    requesters: Range<usize>,
) -> Duration {
    let started = Instant::now();
    // A bulk load is not a worker's report: plain acknowledged writes will do.
    let collection = db.raw().collection_with_options::<Report>(
        REPORTS,
        mongodb::options::CollectionOptions::builder()
            .write_concern(
                mongodb::options::WriteConcern::builder()
                    .w(mongodb::options::Acknowledgment::Nodes(1))
                    .journal(false)
                    .build(),
            )
            .build(),
    );
    let mut done = 0;
    while done < count {
        let batch: Vec<Report> = (0..10_000.min(count - done))
            .map(|_| synthetic_rating(rng, requesters.clone()))
            .collect();
        collection
            .insert_many(&batch)
            .await
            .expect("insert ratings");
        done += batch.len();
        if done % 100_000 == 0 || done == count {
            eprint!("\r  loaded {done}/{count} ratings");
        }
    }
    eprintln!();
    started.elapsed()
}
