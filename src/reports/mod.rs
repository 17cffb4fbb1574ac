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
pub mod screening;
pub mod service;
pub mod store;
#[cfg(test)]
mod tests;
pub mod views;
pub mod web;
