//! Country channels: strikes called there, solidarity alerts, announcements,
//! and each channel's support page (help for workers exposed to harmful
//! content; not the supporters of a strike, who belong to `strikes`).

pub mod api;
pub mod model;
pub mod parse;
pub mod service;
pub mod store;
pub mod views;
pub mod web;

pub use web::routes;
