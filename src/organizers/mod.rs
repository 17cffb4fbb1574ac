//! Organizers: accounts, logins, sessions, API tokens and their area.

pub mod accounts;
pub mod auth;
pub mod model;
pub mod roles;
pub mod store;
pub mod throttle;
pub mod web;

#[cfg(test)]
mod tests;
