//! The traits are implemented only for the concrete [`crate::db::Db`] and
//! awaited inside this crate, so the Send bounds of async trait methods are
//! inferred where used.
#![allow(async_fn_in_trait)]

pub mod announcement;
pub mod flag;
pub mod moderation;
pub mod organizer;
pub mod platform;
pub mod rate_limit;
pub mod report;
pub mod requester;
pub mod scorecard;
pub mod strike;
