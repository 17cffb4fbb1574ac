//! Where companies and proposals are kept.

use futures::TryStreamExt;
use mongodb::bson::{doc, to_bson, Document};
use mongodb::options::{FindOneAndUpdateOptions, UpdateOptions};

use super::model::{Account, Claim, Company, CompanyProposal, ProposalStatus};
use crate::db::schema::{index, CollectionIndexes};
use crate::db::Db;
use crate::domain::{CompanyProposalId, CompanySlug, Country, PlatformSlug, RequesterId};
use crate::error::{Error, Result};

pub const COMPANIES: &str = "companies";
pub const PROPOSALS: &str = "company_proposals";

pub fn indexes() -> Vec<CollectionIndexes> {
    vec![
        CollectionIndexes {
            collection: COMPANIES,
            indexes: vec![
                index(doc! { "accounts.platform": 1, "accounts.requester_id": 1 }),
                index(doc! { "operates": 1 }),
            ],
        },
        CollectionIndexes {
            collection: PROPOSALS,
            indexes: vec![
                index(doc! { "status": 1, "day": 1 }),
                index(doc! { "dedupe": 1, "status": 1 }),
            ],
        },
    ]
}

fn bson<T: serde::Serialize>(value: &T) -> Result<mongodb::bson::Bson> {
    to_bson(value).map_err(|e| Error::Internal(e.to_string()))
}

fn account_doc(account: &Account) -> Document {
    doc! { "platform": account.platform.as_str(), "requester_id": account.requester_id.as_str() }
}

pub trait CompanyStore {
    async fn find_company(&self, slug: &CompanySlug) -> Result<Option<Company>>;
    async fn list_companies(&self) -> Result<Vec<Company>>;
    /// The company an account belongs to.
    async fn company_of_account(
        &self,
        platform: &PlatformSlug,
        id: &RequesterId,
    ) -> Result<Option<Company>>;
    /// The company that operates a platform.
    async fn operator_of(&self, platform: &PlatformSlug) -> Result<Option<Company>>;
    /// Creates the company unless it exists; `true` when it was created.
    async fn ensure_company(&self, company: &Company) -> Result<bool>;
    /// Links an account to a company, taking it from any other company;
    /// returns the companies it was taken from.
    async fn link_account(&self, slug: &CompanySlug, account: &Account) -> Result<Vec<Company>>;
    async fn set_based_in(&self, slug: &CompanySlug, country: &Country) -> Result<()>;
    async fn insert_proposal(&self, proposal: &CompanyProposal) -> Result<()>;
    /// Stores a pending proposal unless a pending one with the same
    /// `dedupe` key exists; `true` when stored.
    async fn insert_proposal_once(&self, proposal: &CompanyProposal) -> Result<bool>;
    async fn find_proposal(&self, id: &CompanyProposalId) -> Result<Option<CompanyProposal>>;
    async fn pending_proposals(&self, limit: i64) -> Result<Vec<CompanyProposal>>;
    /// Moves a pending proposal to `status`; `false` when it was no longer pending.
    async fn decide_proposal(&self, id: &CompanyProposalId, status: ProposalStatus)
        -> Result<bool>;
    async fn delete_pending_proposal(&self, id: &CompanyProposalId) -> Result<bool>;
}

impl CompanyStore for Db {
    async fn find_company(&self, slug: &CompanySlug) -> Result<Option<Company>> {
        Ok(self
            .collection::<Company>(COMPANIES)
            .find_one(doc! { "_id": slug.as_str() })
            .await?)
    }

    async fn list_companies(&self) -> Result<Vec<Company>> {
        Ok(self
            .collection::<Company>(COMPANIES)
            .find(doc! {})
            .sort(doc! { "_id": 1 })
            .limit(2000)
            .await?
            .try_collect()
            .await?)
    }

    async fn company_of_account(
        &self,
        platform: &PlatformSlug,
        id: &RequesterId,
    ) -> Result<Option<Company>> {
        let account = Account {
            platform: platform.clone(),
            requester_id: id.clone(),
        };
        Ok(self
            .collection::<Company>(COMPANIES)
            .find_one(doc! { "accounts": { "$elemMatch": account_doc(&account) } })
            .await?)
    }

    async fn operator_of(&self, platform: &PlatformSlug) -> Result<Option<Company>> {
        Ok(self
            .collection::<Company>(COMPANIES)
            .find_one(doc! { "operates": platform.as_str() })
            .await?)
    }

    async fn ensure_company(&self, company: &Company) -> Result<bool> {
        let document =
            mongodb::bson::to_document(company).map_err(|e| Error::Internal(e.to_string()))?;
        let result = self
            .collection::<Company>(COMPANIES)
            .update_one(
                doc! { "_id": company.slug.as_str() },
                doc! { "$setOnInsert": document },
            )
            .with_options(UpdateOptions::builder().upsert(true).build())
            .await?;
        Ok(result.upserted_id.is_some())
    }

    async fn link_account(&self, slug: &CompanySlug, account: &Account) -> Result<Vec<Company>> {
        let companies = self.collection::<Company>(COMPANIES);
        let filter = doc! {
            "_id": { "$ne": slug.as_str() },
            "accounts": { "$elemMatch": account_doc(account) },
        };
        let previous: Vec<Company> = companies.find(filter.clone()).await?.try_collect().await?;
        companies
            .update_many(
                filter,
                doc! { "$pull": { "accounts": account_doc(account) } },
            )
            .await?;
        companies
            .update_one(
                doc! { "_id": slug.as_str() },
                doc! { "$addToSet": { "accounts": account_doc(account) } },
            )
            .await?;
        Ok(previous)
    }

    async fn set_based_in(&self, slug: &CompanySlug, country: &Country) -> Result<()> {
        self.collection::<Company>(COMPANIES)
            .update_one(
                doc! { "_id": slug.as_str() },
                doc! { "$set": { "based_in": country.code() } },
            )
            .await?;
        Ok(())
    }

    async fn insert_proposal(&self, proposal: &CompanyProposal) -> Result<()> {
        self.collection::<CompanyProposal>(PROPOSALS)
            .insert_one(proposal)
            .await?;
        Ok(())
    }

    async fn insert_proposal_once(&self, proposal: &CompanyProposal) -> Result<bool> {
        let Some(key) = &proposal.dedupe else {
            self.insert_proposal(proposal).await?;
            return Ok(true);
        };
        let mut document =
            mongodb::bson::to_document(proposal).map_err(|e| Error::Internal(e.to_string()))?;
        // Those two come from the filter when the proposal is inserted.
        document.remove("dedupe");
        document.remove("status");
        let before = self
            .collection::<Document>(PROPOSALS)
            .find_one_and_update(
                doc! { "dedupe": key, "status": bson(&ProposalStatus::Pending)? },
                doc! { "$setOnInsert": document },
            )
            .with_options(FindOneAndUpdateOptions::builder().upsert(true).build())
            .await?;
        Ok(before.is_none())
    }

    async fn find_proposal(&self, id: &CompanyProposalId) -> Result<Option<CompanyProposal>> {
        Ok(self
            .collection::<CompanyProposal>(PROPOSALS)
            .find_one(doc! { "_id": id.as_str() })
            .await?)
    }

    async fn pending_proposals(&self, limit: i64) -> Result<Vec<CompanyProposal>> {
        Ok(self
            .collection::<CompanyProposal>(PROPOSALS)
            .find(doc! { "status": "pending" })
            .sort(doc! { "day": 1, "_id": 1 })
            .limit(limit)
            .await?
            .try_collect()
            .await?)
    }

    async fn decide_proposal(
        &self,
        id: &CompanyProposalId,
        status: ProposalStatus,
    ) -> Result<bool> {
        let result = self
            .collection::<CompanyProposal>(PROPOSALS)
            .update_one(
                doc! { "_id": id.as_str(), "status": "pending" },
                doc! { "$set": { "status": status.wire() }, "$unset": { "dedupe": "" } },
            )
            .await?;
        Ok(result.modified_count == 1)
    }

    async fn delete_pending_proposal(&self, id: &CompanyProposalId) -> Result<bool> {
        let result = self
            .collection::<CompanyProposal>(PROPOSALS)
            .delete_one(doc! { "_id": id.as_str(), "status": "pending" })
            .await?;
        Ok(result.deleted_count == 1)
    }
}

/// The filter of one claim's account, for queries over reports.
pub fn account_filter(account: &Account) -> Document {
    account_doc(account)
}

/// Whether a claim is already a fact of the company.
pub fn already_true(company: Option<&Company>, claim: &Claim) -> bool {
    company.is_some_and(|company| match claim {
        Claim::Account(account) => company.accounts.contains(account),
        Claim::BasedIn { country } => company.based_in.as_ref() == Some(country),
    })
}
