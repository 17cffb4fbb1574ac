//! What scorecards need from companies: the company behind a requester or
//! platform, and a company's accounts as a filter over reports.

use futures::TryStreamExt;
use mongodb::bson::{doc, Bson, Document};

use super::model::{Company, CompanyAccount};
use super::store::{account_filter, CompanyStore};
use crate::db::Db;
use crate::error::Result;
use crate::platforms::model::Requester;
use crate::platforms::store::REQUESTERS;
use crate::reports::store::{held_in, COLLECTION as REPORTS};
use crate::scorecards::Target;

/// The confirmed company behind a requester (its owner) or a platform (its operator).
pub async fn company_behind(db: &Db, target: &Target) -> Result<Option<super::model::CompanyRef>> {
    let company = match target {
        Target::Requester(platform, id) => db.company_of_account(platform, id).await?,
        Target::Platform(platform) => db.operator_of(platform).await?,
        Target::Company(slug) => db.find_company(slug).await?,
    };
    Ok(company.map(|c| c.reference()))
}

/// The company a company target names.
pub async fn company_of_target(db: &Db, target: &Target) -> Result<Option<Company>> {
    match target {
        Target::Company(slug) => db.find_company(slug).await,
        _ => Ok(None),
    }
}

/// `{platform, requester_id}` of each of the company's accounts. Reports
/// are read one account at a time, on the report-list index: SecantusDB
/// plans no index for a top-level `$or`, so one query over every account
/// would read every report.
pub fn account_scopes(company: &Company) -> Vec<Document> {
    company.accounts.iter().map(account_filter).collect()
}

/// Reports about the company's accounts held by the pre-publication screening.
pub async fn held_for_review(db: &Db, company: &Company) -> Result<u64> {
    let reports = db.collection::<Document>(REPORTS);
    let mut held = 0;
    for scope in account_scopes(company) {
        held += reports.count_documents(held_in(scope)).await?;
    }
    Ok(held)
}

/// The company's accounts with the names workers gave them.
pub async fn accounts_of(db: &Db, company: &Company) -> Result<Vec<CompanyAccount>> {
    let keys: Vec<Bson> = company
        .accounts
        .iter()
        .map(|a| Bson::String(Requester::key(&a.platform, &a.requester_id)))
        .collect();
    let requesters: Vec<Requester> = if keys.is_empty() {
        Vec::new()
    } else {
        db.collection::<Requester>(REQUESTERS)
            .find(doc! { "_id": { "$in": keys } })
            .await?
            .try_collect()
            .await?
    };
    Ok(company
        .accounts
        .iter()
        .map(|account| {
            let key = Requester::key(&account.platform, &account.requester_id);
            CompanyAccount {
                platform: account.platform.to_string(),
                requester_id: account.requester_id.to_string(),
                name: requesters
                    .iter()
                    .find(|r| r.key == key)
                    .map_or_else(|| account.requester_id.to_string(), |r| r.name().to_owned()),
            }
        })
        .collect())
}

/// The scorecard keys a change to `company` touches: its own, its
/// accounts' and its platforms' (they name it).
pub fn keys_of(company: &Company) -> Vec<String> {
    let mut keys = vec![Target::Company(company.slug.clone()).key()];
    keys.extend(
        company
            .accounts
            .iter()
            .map(|a| Target::Requester(a.platform.clone(), a.requester_id.clone()).key()),
    );
    keys.extend(
        company
            .operates
            .iter()
            .map(|p| Target::Platform(p.clone()).key()),
    );
    keys
}
