use crate::reports::model::{Report, Stored};
use futures::TryStreamExt;
use mongodb::bson::{doc, Document};

use crate::db::schema::{index, unique, CollectionIndexes, Migration};
use crate::db::Db;
use crate::domain::{Day, ReportId};
use crate::error::{Error, Result};

pub const COLLECTION: &str = "reports";

/// The reports' indexes. Lists of visible reports: the equalities first
/// (SecantusDB uses a compound index only when its leading fields are
/// exactly the filter's), then the list order, day then id, so MongoDB
/// reads a page in index order.
pub fn indexes() -> Vec<CollectionIndexes> {
    vec![CollectionIndexes {
        collection: COLLECTION,
        indexes: vec![
            unique(doc! { "submission_hash": 1 }),
            index(
                doc! { "platform": 1, "requester_id": 1, "published": 1, "hidden": 1, "day": -1, "_id": 1 },
            ),
            index(doc! { "platform": 1, "published": 1, "hidden": 1, "day": -1, "_id": 1 }),
            index(doc! { "flags": -1 }),
            index(doc! { "published": 1, "publishes_on": 1 }),
            index(doc! { "held": 1 }),
            index(doc! { "country": 1, "kind": 1 }),
        ],
    }]
}

/// Changes of stored reports, each run once per database.
pub fn migrations() -> Vec<Migration> {
    vec![
        Migration {
            number: 1,
            name: "reports stored before daily batches stay public",
            run: |db| Box::pin(publish_reports_from_before_batches(db)),
        },
        Migration {
            number: 2,
            name: "drop the report indexes the keyset lists replaced",
            run: |db| Box::pin(drop_replaced_indexes(db)),
        },
    ]
}

/// Reports stored before daily publication existed were public at once.
async fn publish_reports_from_before_batches(db: &Db) -> Result<()> {
    db.collection::<Document>(COLLECTION)
        .update_many(
            doc! { "published": { "$exists": false }, "withdrawn": { "$exists": false } },
            doc! { "$set": { "published": true, "held": false, "vouched": false } },
        )
        .await?;
    Ok(())
}

async fn drop_replaced_indexes(db: &Db) -> Result<()> {
    let reports = db.collection::<Document>(COLLECTION);
    for replaced in [
        "platform_1_requester_id_1_day_-1",
        "platform_1_day_-1",
        "platform_1_requester_id_1_day_-1__id_1",
        "platform_1_day_-1__id_1",
    ] {
        // Absent on databases made since: nothing to drop.
        let _ = reports.drop_index(replaced).await;
    }
    Ok(())
}

/// Fields of a report that no page shows: an update that changes only
/// these changes nothing public (a flag, the screening's marks).
const UNSEEN_FIELDS: [&str; 3] = ["flags", "held", "suspect"];

/// Whether a write to a report, as the change stream tells it (the whole
/// new document of a replace, or the fields an update set and removed),
/// changes anything public. Reports filed or corrected before their batch
/// are seen by nobody but their author, so they must not drop every
/// instance's pages. Anything unknown counts as public.
pub fn is_public_write(replaced_by: Option<&Document>, updated: Option<Vec<&str>>) -> bool {
    if let Some(fields) = updated {
        return fields.iter().any(|field| !UNSEEN_FIELDS.contains(field));
    }
    let Some(document) = replaced_by else {
        return true;
    };
    if document.get_bool("withdrawn").unwrap_or(false) {
        return document.get_bool("was_published").unwrap_or(true);
    }
    // Published with a correction pending: the public still sees the old text.
    document.get_bool("published").unwrap_or(true) && !document.contains_key("correction")
}

/// Reports the public may see: published, not withdrawn (a tombstone has
/// neither field) and not hidden by moderation.
pub fn visible() -> Document {
    doc! { "published": true, "hidden": false }
}

/// `visible()` checked on a report already read, by a pass that reads every
/// report anyway: SecantusDB spends more on a filter, per report, than the
/// few reports it leaves out would cost to read.
pub fn is_visible(published: Option<bool>, hidden: Option<bool>) -> bool {
    published == Some(true) && hidden == Some(false)
}

/// `day` and every later day, as a bound on a report's `day`, written as
/// "after the day before": SecantusDB 0.7.0b3 reads an inclusive bound at
/// the far end of an index range as exclusive when another key follows in
/// the index (`_id` after the descending `day`), so `$gte` left out that
/// day's reports. Days are whole dates: on MongoDB both read the same.
pub fn on_or_after(day: Day) -> Document {
    doc! { "$gt": day.plus_days(-1).to_string() }
}

/// The visible reports among those `scope` selects, the scope's fields
/// first: SecantusDB plans a query on the index of the filter's first field
/// (the indexes lead with the platform, the country...), so a filter that
/// began with `published` would read every published report. MongoDB's
/// planner does not mind the order.
pub fn visible_in(mut scope: Document) -> Document {
    scope.extend(visible());
    scope
}

/// The reports among those `scope` selects that the screening holds for a
/// moderator. `held` comes first: SecantusDB plans on the first field with
/// an index, and the `held` index holds the few held reports where a
/// platform's or an account's index holds them all.
pub fn held_in(scope: Document) -> Document {
    let mut filter = doc! { "held": true };
    filter.extend(scope);
    filter.extend(doc! { "hidden": false, "published": false });
    filter
}

pub trait ReportStore {
    /// The report stored for a submission key (new reports are stored by
    /// `reports::group_commit`).
    async fn find_report_by_submission(&self, submission_hash: &str) -> Result<Option<ReportId>>;
    async fn find_report(&self, id: &ReportId) -> Result<Option<Stored>>;
    /// Saves an edited report in place.
    async fn replace_report(&self, report: &Report) -> Result<()>;
    /// Deletes the report's content, keeping a tombstone so its id answers 410
    /// and a retried submission does not bring it back.
    async fn withdraw_report(&self, report: &Report) -> Result<()>;
    /// Organizers' follow-up of a grievance.
    async fn set_grievance_status(
        &self,
        id: &ReportId,
        status: crate::domain::GrievanceStatus,
        note: Option<&str>,
    ) -> Result<()>;
    /// Visible grievances from these countries (all countries when `None`), newest first.
    async fn grievances_from(
        &self,
        countries: Option<&[crate::domain::Country]>,
        limit: i64,
    ) -> Result<Vec<Report>>;
}

impl ReportStore for Db {
    async fn find_report_by_submission(&self, submission_hash: &str) -> Result<Option<ReportId>> {
        let found = self
            .collection::<Document>(COLLECTION)
            .find_one(doc! { "submission_hash": submission_hash })
            .projection(doc! { "_id": 1 })
            .await?;
        Ok(found
            .and_then(|d| d.get_str("_id").ok().map(str::to_owned))
            .and_then(|id| ReportId::parse(&id).ok()))
    }

    async fn find_report(&self, id: &ReportId) -> Result<Option<Stored>> {
        let Some(document) = self
            .collection::<Document>(COLLECTION)
            .find_one(doc! { "_id": id.as_str() })
            .await?
        else {
            return Ok(None);
        };
        if document.get_bool("withdrawn").unwrap_or(false) {
            return Ok(Some(Stored::Withdrawn));
        }
        let report = mongodb::bson::from_document(document)
            .map_err(|e| Error::Internal(format!("report {id} does not parse: {e}")))?;
        Ok(Some(Stored::Live(Box::new(report))))
    }

    async fn replace_report(&self, report: &Report) -> Result<()> {
        self.collection::<Report>(COLLECTION)
            .replace_one(doc! { "_id": report.id.as_str() }, report)
            .await?;
        Ok(())
    }

    async fn withdraw_report(&self, report: &Report) -> Result<()> {
        self.collection::<Document>(COLLECTION)
            .replace_one(
                doc! { "_id": report.id.as_str() },
                doc! {
                    "_id": report.id.as_str(),
                    "withdrawn": true,
                    "submission_hash": &report.submission_hash,
                    // Tells the change signal whether any page showed it.
                    "was_published": report.published,
                },
            )
            .await?;
        Ok(())
    }

    async fn set_grievance_status(
        &self,
        id: &ReportId,
        status: crate::domain::GrievanceStatus,
        note: Option<&str>,
    ) -> Result<()> {
        use crate::domain::Choice;
        self.collection::<Report>(COLLECTION)
            .update_one(
                doc! { "_id": id.as_str(), "kind": "grievance" },
                doc! { "$set": { "grievance.status": status.wire(), "grievance.status_note": note } },
            )
            .await?;
        Ok(())
    }

    async fn grievances_from(
        &self,
        countries: Option<&[crate::domain::Country]>,
        limit: i64,
    ) -> Result<Vec<Report>> {
        let mut scope = Document::new();
        if let Some(countries) = countries {
            let codes: Vec<&str> = countries.iter().map(|c| c.code()).collect();
            scope.insert("country", doc! { "$in": codes });
        }
        scope.insert("kind", "grievance");
        Ok(self
            .collection::<Report>(COLLECTION)
            .find(visible_in(scope))
            .sort(doc! { "day": -1, "_id": 1 })
            .limit(limit)
            .await?
            .try_collect()
            .await?)
    }
}
