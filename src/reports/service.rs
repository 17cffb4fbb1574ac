//! Filing, editing and withdrawing reports: idempotent, acknowledged only
//! after the database has the write, and guarded by receipt codes.

use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::config::Secrets;
use crate::db::Db;
use crate::domain::text::Redaction;
use crate::domain::{Day, ReportKind};
use crate::domain::{ReceiptCode, ReportId};
use crate::error::{Error, Result};
use crate::http::guards::ClientAddress;
use crate::platforms::requesters::RequesterStore;
use crate::reports::parse::{parse_report, Content, NewReport, ParseContext, RawFields};
use crate::reports::store::{Report, ReportStore, Stored};
use crate::scorecards::store::ScorecardStore;
use crate::scorecards::Target;
use crate::App;

/// The report a path names, or 404.
pub fn parse_id(raw: &str) -> Result<ReportId> {
    ReportId::parse(raw).map_err(|_| Error::not_found("No report has this id."))
}

/// A visible report, or why it cannot be shown.
pub async fn find_visible(db: &Db, id: &str) -> Result<Report> {
    match db.find_report(&parse_id(id)?).await? {
        Some(Stored::Live(report)) if !report.hidden => Ok(*report),
        Some(Stored::Live(_)) => Err(Error::not_found(
            "This report is hidden while moderators review it.",
        )),
        Some(Stored::Withdrawn) => Err(Error::Withdrawn),
        None => Err(Error::not_found("No report has this id.")),
    }
}

/// What the worker is told after filing.
#[derive(Debug)]
pub struct Filed {
    pub id: ReportId,
    pub receipt: ReceiptCode,
    /// The same submission had already been stored (a double click, a retry).
    pub duplicate: bool,
    pub redactions: Vec<Redaction>,
}

/// A fresh random submission key, for forms and for API calls without one.
pub fn new_submission_key() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Keys from clients must be long enough that nobody else could guess them.
pub fn parse_submission_key(raw: &str) -> Result<String, crate::i18n::Msg> {
    let key = raw.trim();
    let well_formed = (16..=128).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if well_formed {
        Ok(key.to_owned())
    } else {
        Err(crate::i18n::Msg::new("invalid-submission-key"))
    }
}

fn submission_hash(key: &str) -> String {
    hex::encode(Sha256::digest(format!("clickline submission\0{key}")))
}

/// Today's UTC date: the only time a report carries.
pub fn today() -> Day {
    Day::today()
}

impl Report {
    pub fn new(
        id: ReportId,
        new: NewReport,
        day: Day,
        receipt_hash: String,
        submission_hash: String,
    ) -> Report {
        let kind = new.kind();
        let (rating, grievance) = match new.content {
            Content::Rating(rating) => (Some(rating), None),
            Content::Grievance(grievance) => (None, Some(grievance)),
        };
        Report {
            id,
            kind,
            platform: new.platform,
            requester_id: new.requester_id,
            requester_name: new.requester_name,
            country: new.country,
            day,
            edited: false,
            hidden: false,
            flags: 0,
            receipt_hash,
            submission_hash,
            rating,
            grievance,
            demo: false,
        }
    }

    /// Whether two reports say the same thing (ignoring ids, days and hashes).
    fn same_content(&self, other: &Report) -> bool {
        self.kind == other.kind
            && self.platform == other.platform
            && self.requester_id == other.requester_id
            && self.requester_name == other.requester_name
            && self.country == other.country
            && self.rating == other.rating
            && self.grievance == other.grievance
    }
}

/// Stores a report once, however often the same submission arrives.
pub async fn file(
    db: &Db,
    secrets: &Secrets,
    new: NewReport,
    submission_key: Option<&str>,
) -> Result<Filed> {
    let key = submission_key
        .map(str::to_owned)
        .unwrap_or_else(new_submission_key);
    let receipt = ReceiptCode::derive(&secrets.receipt_key(), &key);
    let redactions = new.redactions.clone();
    let report = Report::new(
        ReportId::generate(),
        new,
        today(),
        receipt.hash(),
        submission_hash(&key),
    );
    // Queued before the write and again after it, so a crash in between
    // still leaves the scorecards queued for recomputation.
    let targets = Target::affected(&report.platform, report.requester_id.as_ref());
    db.enqueue_scorecards(&targets).await?;
    let (id, duplicate) = if db.insert_report(&report).await? {
        (report.id.clone(), false)
    } else {
        (find_retried(db, &report).await?, true)
    };
    record_requester(db, &report).await?;
    db.enqueue_scorecards(&targets).await?;
    if !duplicate {
        crate::strikes::service::alert_new_country(
            db,
            &report.platform,
            report.requester_id.as_ref(),
            &report.country,
        )
        .await?;
    }
    Ok(Filed {
        id,
        receipt,
        duplicate,
        redactions,
    })
}

/// The report stored by an earlier try of the same submission. A key reused
/// for different content is refused: the receipt must only go to its author.
async fn find_retried(db: &Db, attempt: &Report) -> Result<ReportId> {
    let id = db
        .find_report_by_submission(&attempt.submission_hash)
        .await?
        .ok_or_else(|| Error::Internal("duplicate submission without its report".into()))?;
    match db.find_report(&id).await? {
        Some(Stored::Live(existing)) if existing.same_content(attempt) => Ok(id),
        Some(Stored::Withdrawn) => Err(Error::Withdrawn),
        _ => Err(Error::KeyReused),
    }
}

async fn record_requester(db: &Db, report: &Report) -> Result<()> {
    if let Some(id) = &report.requester_id {
        db.record_requester(&report.platform, id, report.requester_name.as_deref())
            .await?;
    }
    Ok(())
}

/// The report, if the receipt code is its own.
pub async fn authorize(db: &Db, id: &ReportId, receipt: &ReceiptCode) -> Result<Report> {
    match db.find_report(id).await? {
        None => Err(Error::not_found("No report has this id.")),
        Some(Stored::Withdrawn) => Err(Error::Withdrawn),
        Some(Stored::Live(report)) if receipt.matches(&report.receipt_hash) => Ok(*report),
        Some(Stored::Live(_)) => Err(Error::WrongReceipt),
    }
}

/// Replaces what a report says, keeping its id, day, receipt, flags,
/// moderation and the organizers' follow-up of a grievance.
pub async fn edit(db: &Db, mut report: Report, new: NewReport) -> Result<Report> {
    let mut targets = Target::affected(&report.platform, report.requester_id.as_ref());
    targets.extend(Target::affected(&new.platform, new.requester_id.as_ref()));
    targets.sort();
    targets.dedup();
    db.enqueue_scorecards(&targets).await?;
    report.platform = new.platform;
    report.requester_id = new.requester_id;
    report.requester_name = new.requester_name;
    report.country = new.country;
    match new.content {
        Content::Rating(rating) => report.rating = Some(rating),
        Content::Grievance(mut grievance) => {
            if let Some(old) = report.grievance.take() {
                grievance.status = old.status;
                grievance.status_note = old.status_note;
            }
            report.grievance = Some(grievance);
        }
    }
    report.edited = true;
    db.replace_report(&report).await?;
    record_requester(db, &report).await?;
    db.enqueue_scorecards(&targets).await?;
    Ok(report)
}

/// Corrects a report from the fields of a form or a PATCH: the whole report
/// is checked again as if new. Returns it with what was redacted.
pub async fn correct(
    db: &Db,
    report: Report,
    raw: &crate::http::fields::RawFields,
) -> Result<(Report, Vec<Redaction>)> {
    let context = crate::reports::parse::ParseContext::of(db);
    let new =
        crate::reports::parse::parse_report(report.kind, raw, &context).map_err(Error::Invalid)?;
    let redactions = new.redactions.clone();
    Ok((edit(db, report, new).await?, redactions))
}

/// Withdraws a report: its content is deleted and it leaves every page and figure.
pub async fn withdraw(db: &Db, report: &Report) -> Result<()> {
    let targets = Target::affected(&report.platform, report.requester_id.as_ref());
    db.enqueue_scorecards(&targets).await?;
    db.withdraw_report(report).await?;
    db.enqueue_scorecards(&targets).await
}

/// Files a report from raw fields: parse everything first (nothing is
/// stored for a rejected request), then count it against the client's
/// hourly limit, then store it durably.
pub async fn submit(
    app: &App,
    kind: ReportKind,
    raw: &RawFields,
    submission_key: Option<&str>,
    client: &ClientAddress,
) -> Result<Filed> {
    let new = parse_report(kind, raw, &ParseContext::of(&app.db)).map_err(Error::Invalid)?;
    app.count_submission(client).await?;
    file(&app.db, &app.secrets, new, submission_key).await
}
