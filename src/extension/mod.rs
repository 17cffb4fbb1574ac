//! Clickline's own browser extension (Manifest V3, `static/extension/`) and
//! the same code as a userscript, offered from `/extension` with the steps
//! to install them.

pub mod bundle;
pub mod web;

pub use bundle::Bundle;
pub use web::routes;
