//! Scorecard pages: home and search, platforms, requesters, methodology.

pub mod pages;
pub mod scopes;
pub mod view;
