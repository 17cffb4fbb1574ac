//! Country channels: strikes called there, solidarity alerts from strikes
//! elsewhere, announcements by the channel's organizers, local figures.

use std::collections::BTreeSet;

use mongodb::bson::{doc, Document};

use crate::db::Db;
use crate::domain::Country;
use crate::error::Result;
use crate::i18n::{Arg, Msg};
use crate::reports::store::{visible, COLLECTION as REPORTS};
use crate::strikes::store::COLLECTION as STRIKES;
use crate::strikes::views::StrikeSummary;

/// What a solidarity alert says, in one wording for the API and the pages:
/// it names the target as struck, requesters on a platform, their company,
/// or the whole platform.
pub fn alert_message(strike: &StrikeSummary, date: Arg) -> Msg {
    let message = match (strike.requester_ids.is_empty(), &strike.company) {
        (true, _) => Msg::new("alert-message-platform"),
        (false, Some(company)) => Msg::new("alert-message-company").arg("company", company.clone()),
        (false, None) => {
            Msg::new("alert-message-requesters").arg("requesters", strike.requester_ids.join(", "))
        }
    };
    message
        .arg("countries", strike.called_in.join(", "))
        .arg("platform", strike.platform.clone())
        .arg("date", date)
}

/// What a pressure alert says: the client struck elsewhere is based here.
pub fn pressure_message(strike: &StrikeSummary, date: Arg) -> Msg {
    Msg::new("pressure-message")
        .arg("countries", strike.called_in.join(", "))
        .arg("platform", strike.platform.clone())
        .arg("date", date)
}

/// Countries with any activity: reports, strikes, alerts or announcements.
pub async fn active_countries(db: &Db) -> Result<Vec<Country>> {
    let mut codes: BTreeSet<String> = BTreeSet::new();
    let mut add = |values: Vec<mongodb::bson::Bson>| {
        codes.extend(values.iter().filter_map(|v| v.as_str()).map(str::to_owned));
    };
    add(db
        .collection::<Document>(REPORTS)
        .distinct("country", visible())
        .await?);
    add(db
        .collection::<Document>(STRIKES)
        .distinct("called_in", doc! {})
        .await?);
    add(db
        .collection::<Document>(STRIKES)
        .distinct("solidarity_in", doc! {})
        .await?);
    add(db
        .collection::<Document>(STRIKES)
        .distinct("pressure_in", doc! {})
        .await?);
    add(db
        .collection::<Document>(crate::channels::store::ANNOUNCEMENTS)
        .distinct("country", doc! {})
        .await?);
    Ok(codes
        .iter()
        .filter_map(|code| Country::parse(code).ok())
        .collect())
}
