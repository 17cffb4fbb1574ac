//! Reports: anonymous ratings and grievances. Their model and store, the
//! parser that turns raw fields into a [`parse::NewReport`], the service
//! that files, corrects and withdraws them with receipts, what the public
//! sees of them, and their JSON and HTML routes.

pub mod api;
pub mod group_commit;
pub mod list;
pub mod model;
pub mod parse;
pub mod publication;
#[cfg(test)]
mod publication_tests;
pub mod screening;
#[cfg(test)]
mod screening_tests;
pub mod service;
pub mod store;
pub mod views;
pub mod web;
