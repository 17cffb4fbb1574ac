//! What every route shares, whatever its domain: request guards, raw
//! fields, pages and their layout, the API's catcher and OpenAPI
//! description, security headers, compression, static assets, conditional
//! requests and the language switch.

pub mod api;
pub mod assets;
pub mod change_signal;
pub mod compression;
pub mod conditional;
pub mod cors;
#[cfg(test)]
mod every_page_tests;
pub mod fields;
pub mod guards;
pub mod headers;
pub mod health;
pub mod html_error;
pub mod language;
pub mod openapi;
#[cfg(test)]
mod openapi_inputs_tests;
pub mod page;
pub mod page_cache;
#[cfg(test)]
mod page_cache_tests;
pub mod query;
pub mod same_origin;
