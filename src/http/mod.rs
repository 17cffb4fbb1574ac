//! What every route shares, whatever its domain: request guards, raw
//! fields, pages and their layout, the API's catcher and OpenAPI
//! description, security headers, compression, static assets, conditional
//! requests, the language switch and spreadsheet-safe CSV cells.

pub mod api;
pub mod assets;
pub mod atom;
pub mod change_signal;
pub mod compression;
pub mod conditional;
pub mod cors;
pub mod fields;
pub mod guards;
pub mod headers;
pub mod health;
pub mod html_error;
pub mod language;
pub mod openapi;
pub mod page;
pub mod page_cache;
pub mod query;
pub mod same_origin;
pub mod spreadsheet;
