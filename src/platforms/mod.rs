//! Platforms and the requesters on them: the catalogue, requester names,
//! aliases and search.

pub mod api;
pub mod catalogue;
pub mod model;
pub mod search;
pub mod store;
#[cfg(test)]
mod tests;
