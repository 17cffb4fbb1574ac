//! Moderation: readers' flags, the moderators' queue and its append-only log.

pub mod model;
pub mod parse;
pub mod store;
#[cfg(test)]
mod tests;
pub mod web;

pub use web::routes;
