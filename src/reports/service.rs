//! Filing, editing and withdrawing reports: idempotent, acknowledged only
//! after the database has the write, and guarded by receipt codes.

use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::db::Db;
use crate::domain::text::Redaction;
use crate::domain::{Day, ReportKind};
use crate::domain::{ReceiptCode, ReportId};
use crate::error::{Error, Result};
use crate::http::guards::ClientAddress;
use crate::limits::Counted;
use crate::platforms::store::RequesterStore;
use crate::reports::parse::{parse_report, Content, NewReport, ParseContext, RawFields};
use crate::reports::screening;
use crate::reports::{
    model::{Correction, Report, Stored},
    store::ReportStore,
};
use crate::scorecards::store::ScorecardStore;
use crate::scorecards::Target;
use crate::vouchers::{self, store::VoucherStore};
use crate::App;

/// A visible report, or why it cannot be shown.
pub async fn find_visible(db: &Db, id: &ReportId) -> Result<Report> {
    match db.find_report(id).await? {
        Some(Stored::Live(report)) if !report.hidden => Ok(*report),
        Some(Stored::Live(_)) => Err(Error::not_found(
            "This report is hidden while moderators review it.",
        )),
        Some(Stored::Withdrawn) => Err(Error::Withdrawn),
        None => Err(Error::not_found("No report has this id.")),
    }
}

/// How a new report enters the daily publication.
pub struct Intake {
    /// The day it is filed: the only time it carries.
    pub day: Day,
    pub publishes_on: Day,
    pub vouched: bool,
    pub suspect: bool,
}

impl Correction {
    pub fn of(new: NewReport) -> Correction {
        let (rating, grievance) = match new.content {
            Content::Rating(rating) => (Some(rating), None),
            Content::Grievance(grievance) => (None, Some(grievance)),
        };
        Correction {
            platform: new.platform,
            requester_id: new.requester_id,
            requester_name: new.requester_name,
            country: new.country,
            rating,
            grievance,
        }
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

fn submission_hash(key: &str) -> String {
    hex::encode(Sha256::digest(format!("clickline submission\0{key}")))
}

impl Report {
    pub fn new(id: ReportId, new: NewReport, intake: &Intake, hashes: (String, String)) -> Report {
        let kind = new.kind();
        let (receipt_hash, submission_hash) = hashes;
        let mut report = Report {
            id,
            kind,
            platform: new.platform.clone(),
            requester_id: None,
            requester_name: None,
            country: new.country.clone(),
            day: intake.day,
            edited: false,
            hidden: false,
            flags: 0,
            receipt_hash,
            submission_hash,
            rating: None,
            grievance: None,
            demo: false,
            published: false,
            publishes_on: Some(intake.publishes_on),
            held: false,
            vouched: intake.vouched,
            suspect: intake.suspect,
            correction: None,
        };
        report.apply(Correction::of(new));
        report
    }

    /// The report as it will read once its pending correction is published.
    pub fn as_it_will_be(&self) -> Report {
        let mut report = self.clone();
        if let Some(correction) = report.correction.take() {
            report.apply(correction);
            report.edited = true;
        }
        report
    }

    /// Puts a correction's content in place, keeping the organizers'
    /// follow-up of a grievance.
    pub fn apply(&mut self, correction: Correction) {
        self.platform = correction.platform;
        self.requester_id = correction.requester_id;
        self.requester_name = correction.requester_name;
        self.country = correction.country;
        self.rating = correction.rating;
        let mut grievance = correction.grievance;
        if let (Some(new), Some(old)) = (grievance.as_mut(), self.grievance.take()) {
            new.status = old.status;
            new.status_note = old.status_note;
        }
        self.grievance = grievance;
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
    app: &App,
    new: NewReport,
    submission_key: Option<&str>,
    intake: &Intake,
) -> Result<Filed> {
    let key = submission_key
        .map(str::to_owned)
        .unwrap_or_else(new_submission_key);
    let receipt = ReceiptCode::derive(&app.secrets.receipt_key(), &key);
    let redactions = new.redactions.clone();
    let hashes = (receipt.hash(), submission_hash(&key));
    let report = Report::new(ReportId::generate(), new, intake, hashes);
    // Nothing public changes now: the report counts from its batch on
    // (`reports::publication`), so no page can tell when it arrived.
    let id = report.id.clone();
    let (id, duplicate) = match app.report_writer.insert(report.clone()).await? {
        true => (id, false),
        false => (find_retried(&app.db, &report).await?, true),
    };
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

/// Remembers the requester of a report being published, and the end client
/// its rating names as a proposal for moderators: only at publication, so a
/// held or rejected rating proposes nothing and no proposal dates a report.
pub async fn record_requester(db: &Db, report: &Report) -> Result<()> {
    let Some(id) = &report.requester_id else {
        return Ok(());
    };
    db.record_requester(&report.platform, id, report.requester_name.as_deref())
        .await?;
    let end_client = report
        .rating
        .as_ref()
        .and_then(|rating| rating.behind.end_client.as_deref());
    if let Some(end_client) = end_client {
        crate::companies::propose_link_from_rating(db, &report.platform, id, end_client).await?;
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
/// moderation and the organizers' follow-up of a grievance. A report not yet
/// published changes at once; a published one keeps showing what it said
/// until the correction's batch (`publishes_on`) is published.
pub async fn edit(
    db: &Db,
    mut report: Report,
    new: NewReport,
    publishes_on: Day,
) -> Result<Report> {
    let correction = Correction::of(new);
    if report.published {
        report.correction = Some(correction);
        report.publishes_on = Some(publishes_on);
    } else {
        report.apply(correction);
        report.edited = true;
    }
    db.replace_report(&report).await?;
    Ok(report)
}

/// Corrects a report from the fields of a form or a PATCH: the whole report
/// is checked again as if new, and counted against the limits of the
/// client, the report and (for a rating) its requester, as a new rating
/// would be. Returns it with what was redacted.
pub async fn correct(
    app: &App,
    report: Report,
    raw: &crate::http::fields::RawFields,
    client: &ClientAddress,
) -> Result<(Report, Vec<Redaction>)> {
    let context = crate::reports::parse::ParseContext::of(app.platforms());
    let new =
        crate::reports::parse::parse_report(report.kind, raw, &context).map_err(Error::Invalid)?;
    if new.voucher.is_some() {
        let message = crate::i18n::Msg::new("voucher-only-when-filing");
        return Err(Error::Invalid(crate::domain::FieldErrors::single(
            "voucher", message,
        )));
    }
    keeps_its_target(&report, &new)?;
    let suspect = count_change(app, &report, Some(&new), client).await?;
    let redactions = new.redactions.clone();
    let publishes_on = publication_day(app);
    let mut report = report;
    report.suspect = suspect;
    Ok((edit(&app.db, report, new, publishes_on).await?, redactions))
}

/// A correction keeps the platform and requester a report is about: moving
/// published ratings onto another target would get around every limit and
/// the screening of that target. To change them, withdraw and file again.
fn keeps_its_target(report: &Report, new: &NewReport) -> Result<()> {
    let mut errors = crate::domain::FieldErrors::default();
    let message = || crate::i18n::Msg::new("correction-keeps-target");
    if new.platform != report.platform {
        errors.add("platform", message());
    }
    if new.requester_id != report.requester_id {
        errors.add("requester_id", message());
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(errors))
    }
}

/// Counts a correction (`new`) or a withdrawal of `report` against the
/// client's hourly limit and the report's daily limit, and a corrected
/// rating against its requester's limits as a new rating is. Returns
/// whether the correction is one of many from the client's network.
async fn count_change(
    app: &App,
    report: &Report,
    new: Option<&NewReport>,
    client: &ClientAddress,
) -> Result<bool> {
    let per_report = app.limits.allow(
        &app.db,
        &app.secrets,
        Counted::ChangesOf(&report.id),
        &client.0,
        CHANGES_PER_REPORT_PER_DAY,
        Error::ReportChangeLimited,
    );
    let Some(new) = new else {
        let (hourly, per_report) = tokio::join!(app.count_submission(client), per_report);
        hourly?;
        return per_report.map(|()| false);
    };
    let (limits, per_report) = tokio::join!(count_against_limits(app, new, client), per_report);
    let suspect = limits?;
    per_report?;
    Ok(suspect)
}

/// Corrections and withdrawals one report may have in a day.
pub const CHANGES_PER_REPORT_PER_DAY: u32 = 5;

/// The day what is filed or corrected today is published.
pub fn publication_day(app: &App) -> Day {
    Day::today().plus_days(i64::from(app.settings.publish_after_days))
}

/// The last day whose batch is out: what was filed on it or before is
/// public today (the same rule as [`publication_day`], seen from today).
pub fn last_published_day(app: &App) -> Day {
    Day::today().plus_days(-i64::from(app.settings.publish_after_days))
}

/// Withdraws a report: its content is deleted and it leaves every page and
/// figure. Counted against the client's and the report's limits, so nobody
/// can drop every instance's pages at will. A report that was never
/// published changes no page, so no cache forgets anything; a published
/// one leaves this instance's cached lists at once, and others' through
/// the change signal.
pub async fn withdraw(app: &App, report: &Report, client: &ClientAddress) -> Result<()> {
    count_change(app, report, None, client).await?;
    if !report.published {
        return app.db.withdraw_report(report).await;
    }
    let targets = Target::affected(&report.platform, report.requester_id.as_ref());
    app.db.enqueue_scorecards(&targets).await?;
    app.db.withdraw_report(report).await?;
    app.forget_cached_views();
    app.db.enqueue_scorecards(&targets).await
}

/// Files a report from raw fields: parse everything first (nothing is
/// stored for a rejected request), then count it against the client's
/// limits, then store it durably. A retry of a stored submission goes
/// straight to its receipt, without counting again.
pub async fn submit(
    app: &App,
    kind: ReportKind,
    raw: &RawFields,
    submission_key: Option<&str>,
    client: &ClientAddress,
) -> Result<Filed> {
    let mut new =
        parse_report(kind, raw, &ParseContext::of(app.platforms())).map_err(Error::Invalid)?;
    let retried = match submission_key {
        Some(key) => app
            .db
            .find_report_by_submission(&submission_hash(key))
            .await?
            .is_some(),
        None => false,
    };
    // A retry goes straight to the stored report: its voucher was spent by
    // the first try, and it was counted then.
    let voucher = new.voucher.take().filter(|_| !retried);
    if let Some(code) = &voucher {
        if !app.db.voucher_is_usable(code).await? {
            return Err(vouchers::service::not_valid());
        }
    }
    let suspect = !retried && count_against_limits(app, &new, client).await?;
    if let Some(code) = &voucher {
        if !app.db.spend_voucher(code).await? {
            return Err(vouchers::service::not_valid());
        }
    }
    let intake = Intake {
        day: Day::today(),
        publishes_on: publication_day(app),
        vouched: voucher.is_some(),
        suspect,
    };
    let filed = file(app, new, submission_key, &intake).await;
    if let (Err(_), Some(code)) = (&filed, &voucher) {
        // Nothing was stored: the worker keeps the voucher for the retry.
        let _ = app.db.unspend_voucher(code).await;
    }
    filed
}

/// Counts a new report against the hourly limit and, for a rating, against
/// the daily limit per requester. Returns whether the rating is one of many
/// from the client's network for that requester, or for its platform over
/// all its requesters, today (a burst signal).
async fn count_against_limits(app: &App, new: &NewReport, client: &ClientAddress) -> Result<bool> {
    let (Content::Rating(_), Some(requester)) = (&new.content, &new.requester_id) else {
        app.count_submission(client).await?;
        return Ok(false);
    };
    let target = Target::Requester(new.platform.clone(), requester.clone());
    let platform = Target::Platform(new.platform.clone());
    let (db, secrets) = (&app.db, &app.secrets);
    let per_day = app.settings.ratings_per_target_per_day;
    // Four counters, one round trip's wait; the hourly refusal is
    // reported first, whichever answer comes back first.
    let (hourly, per_target, from_network, platform_from_network) = tokio::join!(
        app.count_submission(client),
        app.limits.allow(
            db,
            secrets,
            Counted::RatingsOf(&target),
            &client.0,
            per_day,
            Error::TargetLimited,
        ),
        app.limits
            .count(db, secrets, Counted::NetworkRatingsOf(&target), &client.0),
        app.limits
            .count(db, secrets, Counted::NetworkRatingsOf(&platform), &client.0),
    );
    hourly?;
    per_target?;
    Ok(
        from_network? > i64::from(screening::NETWORK_RATINGS_PER_DAY)
            || platform_from_network? > i64::from(screening::NETWORK_PLATFORM_RATINGS_PER_DAY),
    )
}
