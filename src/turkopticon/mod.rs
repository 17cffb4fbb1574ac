//! Turkopticon compatibility: the TO2 and TO1 read APIs that workers'
//! browser scripts (MTurk Suite, HIT Forker, Turkopticon's own) already call,
//! answered from Clickline's published MTurk requester scorecards, from
//! memory. A client only needs Clickline's address instead of Turkopticon's.

pub mod api;
pub mod model;
pub mod service;

#[cfg(test)]
mod tests;

pub use api::api;
