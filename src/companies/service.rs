//! Proposals about companies and the moderators' decisions on them; the
//! home countries a strike puts pressure on. The API and the pages both
//! call these.

use super::cards::keys_of;
use super::model::{Account, Claim, Company, CompanyProposal, Decision, ProposalStatus};
use super::parse::{parse_company_name, ProposalDraft};
use super::store::{already_true, CompanyStore};
use crate::db::Db;
use crate::domain::Day;
use crate::domain::{
    CompanyProposalId, FieldErrors, ModerationEntryId, PlatformSlug, ReceiptCode, RequesterId,
};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::moderation::model::{ModerationAction, ModerationEntry};
use crate::moderation::store::ModerationStore;
use crate::reports::service::new_submission_key;
use crate::scorecards::store::ScorecardStore;
use crate::scorecards::Target;

/// The evidence of a proposal made from a rating's `end_client`.
pub const FROM_RATING_EVIDENCE: &str = "named by a worker in a rating";

/// Files a proposal; the receipt (shown once) lets its author withdraw it
/// while it waits.
pub async fn propose(
    db: &Db,
    secret: &[u8],
    draft: ProposalDraft,
) -> Result<(CompanyProposal, ReceiptCode)> {
    let receipt = ReceiptCode::derive(secret, &new_submission_key());
    let proposal = CompanyProposal {
        id: CompanyProposalId::generate(),
        company: draft.company,
        company_name: draft.company_name,
        claim: draft.claim,
        evidence: draft.evidence,
        from_rating: false,
        status: ProposalStatus::Pending,
        day: Day::today(),
        receipt_hash: Some(receipt.hash()),
        dedupe: None,
    };
    db.insert_proposal(&proposal).await?;
    Ok((proposal, receipt))
}

/// A rating named the end client it was really for: that becomes a
/// proposal that the account belongs to it. A name that cannot be a
/// company, a link already confirmed, or one already waiting makes none,
/// so many ratings naming the same client do not flood the queue.
/// Returns whether a proposal was made.
pub async fn propose_link_from_rating(
    db: &Db,
    platform: &PlatformSlug,
    requester_id: &RequesterId,
    end_client_name: &str,
) -> Result<bool> {
    let Ok((company, company_name)) = parse_company_name(end_client_name) else {
        return Ok(false);
    };
    let claim = Claim::Account(Account {
        platform: platform.clone(),
        requester_id: requester_id.clone(),
    });
    if already_true(db.find_company(&company).await?.as_ref(), &claim) {
        return Ok(false);
    }
    let proposal = CompanyProposal {
        id: CompanyProposalId::generate(),
        dedupe: Some(format!("account:{company}:{platform}:{requester_id}")),
        company,
        company_name,
        claim,
        evidence: FROM_RATING_EVIDENCE.to_owned(),
        from_rating: true,
        status: ProposalStatus::Pending,
        day: Day::today(),
        receipt_hash: None,
    };
    db.insert_proposal_once(&proposal).await
}

/// The proposal a path names, or 404.
pub async fn find_proposal(db: &Db, id: &CompanyProposalId) -> Result<CompanyProposal> {
    let not_found = || Error::not_found("No proposal has this id.");
    db.find_proposal(id).await?.ok_or_else(not_found)
}

/// Withdraws a pending proposal with its receipt.
pub async fn withdraw(db: &Db, proposal: &CompanyProposal, receipt: &ReceiptCode) -> Result<()> {
    let matches = proposal
        .receipt_hash
        .as_ref()
        .is_some_and(|hash| receipt.matches(hash));
    if !matches {
        return Err(Error::WrongReceipt);
    }
    if !db.delete_pending_proposal(&proposal.id).await? {
        return Err(already_decided());
    }
    Ok(())
}

fn already_decided() -> Error {
    Error::Invalid(FieldErrors::single(
        "decision",
        Msg::new("proposal-already-decided"),
    ))
}

/// A moderator confirms or rejects a pending proposal; the decision and its
/// reason go into the moderation log. A confirmed claim becomes a fact of
/// the company: the scorecards that show it are queued, and open strikes
/// against its accounts alert its home country.
pub async fn decide(
    db: &Db,
    proposal: &CompanyProposal,
    (decision, reason): (Decision, String),
    moderator: &str,
    min_group_size: u32,
) -> Result<()> {
    let status = match decision {
        Decision::Confirm => ProposalStatus::Confirmed,
        Decision::Reject => ProposalStatus::Rejected,
    };
    if !db.decide_proposal(&proposal.id, status).await? {
        return Err(already_decided());
    }
    db.log_decision(&ModerationEntry {
        id: ModerationEntryId::generate(),
        report_id: None,
        proposal_id: Some(proposal.id.clone()),
        action: match decision {
            Decision::Confirm => ModerationAction::ConfirmProposal,
            Decision::Reject => ModerationAction::RejectProposal,
        },
        reason,
        moderator: moderator.to_owned(),
        day: Day::today(),
    })
    .await?;
    if decision == Decision::Confirm {
        apply(db, proposal, min_group_size).await?;
    }
    Ok(())
}

/// Makes a confirmed proposal a fact of its company.
async fn apply(db: &Db, proposal: &CompanyProposal, min_group_size: u32) -> Result<()> {
    db.ensure_company(&Company {
        slug: proposal.company.clone(),
        name: proposal.company_name.clone(),
        based_in: None,
        accounts: Vec::new(),
        operates: Vec::new(),
        sources: Vec::new(),
    })
    .await?;
    let mut keys = Vec::new();
    match &proposal.claim {
        Claim::Account(account) => {
            for previous in db.link_account(&proposal.company, account).await? {
                keys.extend(keys_of(&previous));
            }
        }
        Claim::BasedIn { country } => db.set_based_in(&proposal.company, country).await?,
    }
    let Some(company) = db.find_company(&proposal.company).await? else {
        return Ok(());
    };
    keys.extend(keys_of(&company));
    db.enqueue_scorecards(&keys).await?;
    // The company's own card at once, so its page exists from now on.
    crate::scorecards::recompute(db, &Target::Company(company.slug.clone()), min_group_size)
        .await?;
    // A company's home country newly known: open strikes against it alert it.
    crate::strikes::service::refresh_pressure(db, &company).await
}
