//! Demo organizing, so a newcomer sees every feature at once: a demo
//! organizer, a company behind accounts on two platforms (confirmed through
//! proposals, as moderators would), a strike against one of its requesters
//! with solidarity and pressure alerts, pledges, supporters and an undercut
//! sighting, an announcement, a channel support page, a proposal waiting
//! for moderators and a data-request campaign with answers. Everything is named "Demo".

use crate::channels::model::{Announcement, SupportPage};
use crate::channels::store::{AnnouncementStore, SupportStore};
use crate::companies::model::{Account, Claim, Decision};
use crate::companies::parse::{parse_company_name, ProposalDraft};
use crate::config::Secrets;
use crate::db::Db;
use crate::domain::Day;
use crate::domain::{
    AnnouncementId, Country, PlatformSlug, RequesterId, StrikeId, StrikeStatus, UndercutId,
};
use crate::error::Result;
use crate::organizers::accounts::create_organizer;
use crate::organizers::{model::Organizer, store::OrganizerStore};
use crate::strikes::service;
use crate::strikes::{
    model::{StatusChange, Strike, StrikeText, Undercut},
    store::StrikeStore,
};

const ORGANIZER_EMAIL: &str = "organizer@demo.clickline.example";
const COMPANY: &str = "Demo Holdout Corp";
/// The company's accounts: the struck requester and one on another platform.
const ACCOUNTS: &[(&str, &str)] = &[("mturk", "A1DEMO9KPL44"), ("clickworker", "cw-demo-118")];

fn country(code: &str) -> Country {
    Country::parse(code).expect("demo country")
}

/// Seeds the demo organizing once: when the database has no strike yet.
pub async fn seed_if_missing(db: &Db, min_group_size: u32) -> Result<()> {
    let organizer = demo_organizer(db).await?;
    super::data_requests::seed_if_missing(db, &organizer.id).await?;
    if !db.list_strikes().await?.is_empty() {
        return Ok(());
    }
    company_behind_two_accounts(db, &organizer, min_group_size).await?;
    let strike = strike_against_the_company(db, &organizer, min_group_size).await?;
    pledges_supporters_and_a_sighting(db, &strike).await?;
    channel_pages(db, &organizer).await?;
    eprintln!(
        "Clickline: added a demo strike, company and channel pages; demo organizer {ORGANIZER_EMAIL}."
    );
    Ok(())
}

/// An admin of the PH channel. Its password is printed once (development
/// only), so a newcomer can look around the organizer area.
async fn demo_organizer(db: &Db) -> Result<Organizer> {
    if let Some(existing) = db.find_organizer_by_email(ORGANIZER_EMAIL).await? {
        return Ok(existing);
    }
    let created = create_organizer(db, ORGANIZER_EMAIL, "Demo Organizer", "PH", "admin").await?;
    eprintln!(
        "Clickline: demo organizer {ORGANIZER_EMAIL}, initial password: {}",
        created.password
    );
    Ok(created.organizer)
}

/// Proposals as anyone could make them, confirmed by the demo organizer (an
/// admin moderates), plus one left waiting in the moderators' queue.
async fn company_behind_two_accounts(db: &Db, moderator: &Organizer, min: u32) -> Result<()> {
    let secret = Secrets::random().receipt_key();
    let (slug, name) = parse_company_name(COMPANY).expect("demo company name");
    let mut claims: Vec<Claim> = ACCOUNTS
        .iter()
        .map(|(platform, id)| {
            Claim::Account(Account {
                platform: PlatformSlug::parse(platform).expect("demo slug"),
                requester_id: RequesterId::parse(id).expect("demo id"),
            })
        })
        .collect();
    claims.push(Claim::BasedIn {
        country: country("DE"),
    });
    for claim in claims {
        let draft = ProposalDraft {
            company: slug.clone(),
            company_name: name.clone(),
            claim,
            evidence: "(Demo data) The task instructions name **Demo Holdout Corp** as the client."
                .to_owned(),
            redactions: Vec::new(),
        };
        let (proposal, _) = crate::companies::service::propose(db, &secret, draft).await?;
        let decision = (
            Decision::Confirm,
            "(Demo data) Instructions seen.".to_owned(),
        );
        crate::companies::service::decide(db, &proposal, decision, &moderator.id, min).await?;
    }
    let waiting = ProposalDraft {
        company: slug,
        company_name: name,
        claim: Claim::Account(Account {
            platform: PlatformSlug::parse("toloka").expect("demo slug"),
            requester_id: RequesterId::parse("demo-toloka-42").expect("demo id"),
        }),
        evidence: "(Demo data) A worker says the same client posts here too.".to_owned(),
        redactions: Vec::new(),
    };
    crate::companies::service::propose(db, &secret, waiting).await?;
    Ok(())
}

async fn strike_against_the_company(db: &Db, organizer: &Organizer, min: u32) -> Result<Strike> {
    let starts_on = Day::today().plus_days(-3);
    let strike = Strike {
        id: StrikeId::generate(),
        title: "(Demo) Pay for qualification tests at Demo Image Tagging Co".to_owned(),
        demands: "Pay the **minimum wage** for qualification tests and screeners, and stop \
                  rejecting work without a reason."
            .to_owned(),
        platform: PlatformSlug::parse("mturk").expect("demo slug"),
        requester_ids: vec![RequesterId::parse(ACCOUNTS[0].1).expect("demo id")],
        called_in: vec![country("PH")],
        starts_on,
        ends_on: None,
        status: StrikeStatus::Active,
        history: vec![StatusChange {
            status: StrikeStatus::Active,
            day: starts_on,
        }],
        solidarity_in: Vec::new(),
        pressure_in: Vec::new(),
        created_by: organizer.id.clone(),
        language: "en".to_owned(),
        translations: demo_translations(),
        company: None,
        cards_show: None,
    };
    service::call_strike(db, strike, min).await
}

/// The demo call in the languages of two countries it alerts (ID, IN).
fn demo_translations() -> std::collections::BTreeMap<String, StrikeText> {
    let text = |title: &str, demands: &str| StrikeText {
        title: title.to_owned(),
        demands: demands.to_owned(),
    };
    [
        (
            "id".to_owned(),
            text(
                "(Demo) Bayar tes kualifikasi di Demo Image Tagging Co",
                "Bayar **upah minimum** untuk tes kualifikasi dan penyaringan, dan berhenti \
                 menolak pekerjaan tanpa alasan.",
            ),
        ),
        (
            "hi".to_owned(),
            text(
                "(डेमो) Demo Image Tagging Co में योग्यता परीक्षाओं का भुगतान करो",
                "योग्यता परीक्षाओं और स्क्रीनर के लिए **न्यूनतम मज़दूरी** दो, और बिना कारण \
                 काम अस्वीकार करना बंद करो।",
            ),
        ),
    ]
    .into()
}

/// Enough pledges and supporters in some countries to be counted, and
/// fewer elsewhere: "fewer than" where the strike asked (PH), nothing at
/// all where it did not (KE, FR). Filed on the strike's first day, so they
/// are in a published batch whatever `publish_after_days` is.
async fn pledges_supporters_and_a_sighting(db: &Db, strike: &Strike) -> Result<()> {
    let secret = Secrets::random().receipt_key();
    let day = strike.starts_on;
    for (code, count) in [("ID", 7), ("IN", 6), ("PH", 3), ("KE", 2)] {
        for _ in 0..count {
            service::pledge(db, &secret, strike, country(code), day).await?;
        }
    }
    for (code, count) in [("DE", 6), ("FR", 3)] {
        for _ in 0..count {
            service::support(db, &secret, strike, country(code), day).await?;
        }
    }
    // Enough sightings from one country for the map to call it leaking.
    for _ in 0..5 {
        db.insert_undercut(&Undercut {
            id: UndercutId::generate(),
            strike_id: strike.id.clone(),
            country: country("VE"),
            platform: strike.platform.clone(),
            note: Some(
                "(Demo data) The same tagging batches showed up on another account.".to_owned(),
            ),
            day,
        })
        .await?;
    }
    Ok(())
}

async fn channel_pages(db: &Db, organizer: &Organizer) -> Result<()> {
    db.insert_announcement(&Announcement {
        id: AnnouncementId::generate(),
        country: country("PH"),
        body: "(Demo data) Strike meeting on **Thursday**: bring your rejected-work screenshots."
            .to_owned(),
        organizer_id: organizer.id.clone(),
        day: Day::today(),
    })
    .await?;
    db.save_support_page(&SupportPage {
        country: country("PH"),
        body: "(Demo data) If moderation tasks showed you violent or sexual material, you may \
               stop at once. Talk to the **union's peer-support line** (demo) or to a trusted \
               colleague; the channel's organizers meet weekly."
            .to_owned(),
        updated: Day::today(),
    })
    .await
}

#[cfg(test)]
mod tests {
    use crate::testing::TestApp;

    #[rocket::async_test]
    async fn the_demo_shows_a_company_a_strike_with_alerts_pledges_and_supporters() {
        let app = TestApp::new().await;
        super::super::seed_if_empty(&app.db, 5).await.unwrap();
        app.settle().await;
        let strikes = app.get_json("/api/v1/strikes").await;
        let id = strikes[0]["id"].as_str().unwrap().to_owned();
        let strike = app.get_json(&format!("/api/v1/strikes/{id}")).await;
        assert_eq!(strike["pressure_in"], serde_json::json!(["DE"]));
        assert!(!strike["solidarity_in"].as_array().unwrap().is_empty());
        assert_eq!(strike["pledges_by_country"]["ID"], 7);
        assert_eq!(strike["pledges_by_country"]["PH"]["fewer_than"], 5);
        assert_eq!(strike["pledges_by_country"]["KE"], serde_json::Value::Null);
        assert_eq!(strike["supporters_by_country"]["DE"], 6);
        assert_eq!(strike["undercuts_by_country"]["VE"], 5);
        let company = app.get_json("/api/v1/companies/demo-holdout-corp").await;
        assert_eq!(company["based_in"], "DE");
        assert_eq!(company["accounts"].as_array().unwrap().len(), 2);
        assert!(company["all"]["ratings"].as_u64().unwrap() > 0);
        let channel = app.get_html("/channels/PH/support").await;
        assert!(channel.contains("peer-support line"));
        let card = app
            .get_json("/api/v1/requesters/toloka/demo-toloka-42")
            .await;
        assert!(card["all"]["harmful_content_rate"].as_f64().unwrap() > 0.0);
        let survey = app.get_json("/api/v1/requesters/mturk/A3DEMO1QX7Z2").await;
        assert!(survey["all"]["screened_out_rate"].as_f64().unwrap() > 0.0);
        let campaigns = app.get_json("/api/v1/data-requests").await;
        let campaign = app.get_json(campaigns[0]["url"].as_str().unwrap()).await;
        assert_eq!(campaign["sent"], 21);
        assert_eq!(campaign["outcomes"]["partial"], 5);
        assert_eq!(campaign["missing"]["flags"], 5);
        assert_eq!(campaign["overdue"], 10);
        assert_eq!(
            campaign["complaints"],
            serde_json::json!({ "fewer_than": 5 })
        );
        let platform = app.get_json("/api/v1/platforms/clickworker").await;
        assert_eq!(platform["data_requests"]["campaigns"], 1);
        let again = super::super::seed_if_empty(&app.db, 5).await;
        assert!(again.is_ok());
        assert_eq!(app.count("strikes").await, 1, "seeded once");
        assert_eq!(app.count("data_requests").await, 1, "seeded once");
    }
}
