//! Platforms and the requesters on them: the catalogue, requester names,
//! aliases and search.

pub mod api;
pub mod catalogue;
pub mod requesters;
