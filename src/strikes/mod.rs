//! Strike calls, solidarity alerts, pledges and undercut reports.

pub mod api;
pub mod model;
pub mod parse;
pub mod service;
pub mod store;
pub mod views;
pub mod web;

pub use web::routes;

#[cfg(test)]
mod tests;
