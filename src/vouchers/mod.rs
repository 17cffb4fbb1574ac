//! Vouchers: organizers issue batches of one-time codes to hand out in
//! person or in their channels; a worker adds one to a rating or grievance,
//! which is then marked vouched and spared the burst hold.
//!
//! Unlinkable by construction: a report keeps only `vouched: true`; a
//! voucher is stored as a hash and `spent`, nothing else. Its batch is
//! written in the code itself (`domain::VoucherCode`), so the server learns
//! it only while a report is filed, to refuse the vouchers of a batch voided
//! when its organizer was disabled. (Vouchers issued before codes named
//! their batch keep it stored until they are spent.) Each organizer may
//! issue at most `vouchers_per_day` vouchers a day.

pub mod api;
pub mod model;
pub mod parse;
pub mod service;
pub mod store;
#[cfg(test)]
mod tests;
pub mod web;
