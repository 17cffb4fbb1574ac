//! Proposals and decisions as they arrive, parsed once into typed values:
//! the API answers 422 with messages by field, forms come back with them.

use super::model::{Account, Claim, Decision};
use crate::domain::text::Redaction;
use crate::domain::{Choice, CompanySlug, Country, FieldErrors, PlatformSlug, RequesterId};
use crate::http::fields::RawFields;
use crate::i18n::Msg;
use crate::platforms::catalogue::Catalogue;

pub const PROPOSAL_FIELDS: &[&str] = &[
    "platform",
    "requester_id",
    "company",
    "based_in",
    "evidence",
];
pub const MAX_COMPANY_NAME: usize = 120;
pub const MIN_EVIDENCE: usize = 10;
pub const MAX_EVIDENCE: usize = 5000;
pub const DECISION_FIELDS: &[&str] = &["decision", "reason"];
pub const MAX_REASON: usize = 500;

/// A proposal: either `{platform, requester_id, company, evidence}` (the
/// account belongs to the company) or `{company, based_in, evidence}`
/// (where the company is based).
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ProposalInput {
    /// With `requester_id`: the account's platform.
    #[schema(example = "mturk")]
    pub platform: Option<String>,
    #[schema(max_length = 64)]
    pub requester_id: Option<String>,
    /// The company's name.
    #[schema(example = "Holdout Corp", max_length = 120)]
    pub company: String,
    /// Instead of an account: the company's home country (ISO 3166).
    #[schema(example = "DE", min_length = 2, max_length = 2)]
    pub based_in: Option<String>,
    /// Markdown; personal data in it is removed before it is stored.
    #[schema(min_length = 10, max_length = 5000)]
    pub evidence: String,
}

/// A moderator's decision on a proposal.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct DecisionInput {
    pub decision: Decision,
    #[schema(min_length = 1, max_length = 500)]
    pub reason: String,
}

/// A proposal, parsed.
#[derive(Debug, Clone)]
pub struct ProposalDraft {
    pub company: CompanySlug,
    pub company_name: String,
    pub claim: Claim,
    pub evidence: String,
    pub redactions: Vec<Redaction>,
}

/// The company name: trimmed, at most 120 characters, with a slug.
pub fn parse_company_name(raw: &str) -> Result<(CompanySlug, String), Msg> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(Msg::new("invalid-company-empty"));
    }
    if name.chars().count() > MAX_COMPANY_NAME {
        return Err(Msg::new("invalid-company-name-long").arg("max", MAX_COMPANY_NAME));
    }
    Ok((CompanySlug::of_name(&name)?, name))
}

fn parse_claim(raw: &RawFields, platforms: &Catalogue, errors: &mut FieldErrors) -> Option<Claim> {
    let account = raw.optional("platform").is_some() || raw.optional("requester_id").is_some();
    match (account, raw.optional("based_in")) {
        (true, Some(_)) => {
            errors.add("based_in", Msg::new("invalid-proposal-both"));
            None
        }
        (false, None) => {
            errors.add("requester_id", Msg::new("invalid-proposal-neither"));
            None
        }
        (false, Some(code)) => errors
            .check("based_in", Country::parse(code))
            .map(|country| Claim::BasedIn { country }),
        (true, None) => {
            let platform = errors.check(
                "platform",
                PlatformSlug::parse(raw.get("platform")).and_then(|slug| {
                    platforms
                        .get(slug.as_str())
                        .map(|_| slug.clone())
                        .ok_or_else(|| Msg::new("invalid-platform-unknown-short"))
                }),
            );
            let id = errors.check("requester_id", RequesterId::parse(raw.get("requester_id")));
            Some(Claim::Account(Account {
                platform: platform?,
                requester_id: id?,
            }))
        }
    }
}

/// Parses a proposal; the evidence is cleaned of personal data.
pub fn parse_proposal(
    raw: &RawFields,
    platforms: &Catalogue,
) -> Result<ProposalDraft, FieldErrors> {
    let mut errors = raw.unknown_field_errors(PROPOSAL_FIELDS);
    let company = errors.check("company", parse_company_name(raw.get("company")));
    let claim = parse_claim(raw, platforms, &mut errors);
    let mut redactions = Vec::new();
    let evidence = raw.free_text("evidence", MAX_EVIDENCE, &mut redactions, &mut errors);
    let long_enough = evidence
        .as_ref()
        .is_some_and(|e| e.trim().chars().count() >= MIN_EVIDENCE);
    if !long_enough && !errors.contains("evidence") {
        errors.add(
            "evidence",
            Msg::new("invalid-evidence-short").arg("min", MIN_EVIDENCE),
        );
    }
    errors.clone().into_result()?;
    match (company, claim, evidence) {
        (Some((company, company_name)), Some(claim), Some(evidence)) => Ok(ProposalDraft {
            company,
            company_name,
            claim,
            evidence,
            redactions,
        }),
        _ => Err(errors),
    }
}

/// Parses a decision and its reason, which the moderation log keeps.
pub fn parse_decision(raw: &RawFields) -> Result<(Decision, String), FieldErrors> {
    let mut errors = raw.unknown_field_errors(DECISION_FIELDS);
    let decision = errors.check("decision", Decision::parse(raw.get("decision")));
    let reason = raw.get("reason").trim().to_owned();
    if reason.is_empty() || reason.chars().count() > MAX_REASON {
        errors.add("reason", Msg::new("moderation-reason-length"));
    }
    errors.clone().into_result()?;
    decision.map(|d| (d, reason)).ok_or(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn company_names_are_trimmed_and_bounded() {
        let (slug, name) = parse_company_name("  Holdout   Corp ").unwrap();
        assert_eq!(
            (slug.as_str(), name.as_str()),
            ("holdout-corp", "Holdout Corp")
        );
        assert!(parse_company_name("").is_err());
        assert!(parse_company_name(&"x".repeat(121)).is_err());
    }

    #[test]
    fn decisions_need_a_known_choice_and_a_reason() {
        let ok = RawFields::from_json(r#"{"decision": "confirm", "reason": "annual report"}"#);
        assert_eq!(parse_decision(&ok).unwrap().0, Decision::Confirm);
        let bad = RawFields::from_json(r#"{"decision": "maybe", "reason": ""}"#);
        let errors = parse_decision(&bad).unwrap_err();
        assert!(errors.contains("decision") && errors.contains("reason"));
    }
}
