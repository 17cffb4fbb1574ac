//! A demo data-request campaign, so `cargo run` shows the letters, the
//! figures and the platform's data-rights block: workers of a demo
//! campaign asked Clickworker for their data from three countries, weeks
//! ago; some answers came back complete, some short, some not at all (so
//! some are overdue and two workers complained).

use crate::config::Secrets;
use crate::data_requests::model::{AnswerOutcome, Campaign, Category};
use crate::data_requests::parse::ParsedAnswer;
use crate::data_requests::service::{record_answer, record_sent};
use crate::data_requests::store::DataRequestStore;
use crate::db::Db;
use crate::domain::{Country, DataRequestId, Day, PlatformSlug};
use crate::error::Result;

/// Requests by country: how many, sent how many days ago.
const SENT: &[(&str, usize, i64)] = &[("DE", 9, 70), ("PH", 7, 50), ("KE", 5, 40)];

/// What came back for the first requests, in order (the rest got nothing).
const ANSWERS: &[(AnswerOutcome, i64, bool)] = &[
    (AnswerOutcome::Complete, 20, false),
    (AnswerOutcome::Complete, 25, false),
    (AnswerOutcome::Complete, 40, false),
    (AnswerOutcome::Partial, 28, true),
    (AnswerOutcome::Partial, 29, true),
    (AnswerOutcome::Partial, 31, true),
    (AnswerOutcome::Partial, 45, true),
    (AnswerOutcome::Partial, 14, true),
    (AnswerOutcome::Refused, 12, false),
    (AnswerOutcome::Refused, 9, false),
    (AnswerOutcome::AskedForIdentity, 5, false),
];

/// Seeds the demo campaign once: when the database has none.
pub async fn seed_if_missing(db: &Db, opened_by: &str) -> Result<()> {
    if !db.list_campaigns().await?.is_empty() {
        return Ok(());
    }
    let today = Day::today();
    let campaign = Campaign {
        id: DataRequestId::generate(),
        platform: PlatformSlug::parse("clickworker").expect("demo slug"),
        title: "(Demo) What does Clickworker know about us?".to_owned(),
        categories: vec![
            Category::Ratings,
            Category::Flags,
            Category::Rejections,
            Category::Earnings,
        ],
        countries: ["DE", "PH", "KE"]
            .iter()
            .map(|c| Country::parse(c).expect("demo country"))
            .collect(),
        explanation: "(Demo data) Accounts are closed and work rejected **without a reason**. \
                      The law gives each of us the data behind those decisions: let us ask for \
                      it together, and see who answers."
            .to_owned(),
        opened_on: today.plus_days(-75),
        opened_by: opened_by.to_owned(),
    };
    db.insert_campaign(&campaign).await?;
    let secret = Secrets::random().receipt_key();
    let mut answers = ANSWERS.iter();
    for (code, count, days_ago) in SENT {
        let sent_on = today.plus_days(-days_ago);
        for _ in 0..*count {
            let country = Country::parse(code).expect("demo country");
            let (sent, _) = record_sent(db, &secret, &campaign, country, sent_on).await?;
            let Some((outcome, after, flags_missing)) = answers.next() else {
                continue;
            };
            let answered_on = sent_on.plus_days(*after);
            let answer = ParsedAnswer {
                outcome: *outcome,
                answered_on: Some(answered_on),
                missing: if *flags_missing {
                    vec![Category::Flags]
                } else {
                    Vec::new()
                },
            };
            let sent = record_answer(db, &sent, answer, answered_on).await?;
            if *outcome == AnswerOutcome::Refused {
                db.set_complained(&sent.id, answered_on.plus_days(2))
                    .await?;
            }
        }
    }
    eprintln!("Clickline: added a demo data-request campaign.");
    Ok(())
}
