use crate::domain::ReportKind;
use crate::error::{Error, Result};
use crate::filing::{self, Filed};
use crate::guards::ClientAddress;
use crate::input::{parse_report, ParseContext, RawFields};
use crate::App;

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
    filing::file(&app.db, &app.secrets, new, submission_key).await
}
