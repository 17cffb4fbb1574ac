//! Moderation: readers' flags, the moderators' queue and its append-only log.

pub mod flags;
pub mod log;
pub mod web;

pub use web::routes;
