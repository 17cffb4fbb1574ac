//! Companies behind the accounts: who requesters (and platforms) really
//! work for, where they are based, and the company scorecards computed over
//! every linked account. Links come from the seed catalogue (documented
//! facts) or from anonymous proposals a moderator confirmed.

pub mod api;
pub mod cards;
pub mod catalogue;
pub mod model;
pub mod parse;
pub mod service;
pub mod store;
pub mod views;
pub mod web;

pub use service::propose_link_from_rating;

#[cfg(test)]
mod tests;
