//! Collective data-access requests. Organizers open a campaign for one
//! platform: what its workers should ask for (ratings and quality scores,
//! rejections, flags and deactivations, task allocation, earnings,
//! profiling) and the countries it is for. A worker makes the letter in
//! their language under their country's law, addressed to the platform's
//! controller ([`tables`]); the letter is answered `no-store` and nothing
//! of it is kept or logged ([`letters`]). The worker then records "sent"
//! (a country and the day, with a receipt) and later, with the receipt,
//! what came back; figures per campaign and per platform are published in
//! the daily batch, small groups withheld ([`views`]). An overdue request
//! or a short answer offers the complaint to the authority, and the
//! campaign counts the complaints workers say they filed.
//!
//! Anonymity: a sent request holds a country, days and a receipt hash;
//! no identity, address, time or letter text. The calendar reminder and
//! the Atom feed replace accounts.

pub mod api;
pub mod calendar;
pub mod csv;
pub mod letters;
pub mod model;
pub mod parse;
pub mod service;
pub mod store;
pub mod tables;
#[cfg(test)]
mod tests;
pub mod views;
pub mod web;

pub use web::routes;
