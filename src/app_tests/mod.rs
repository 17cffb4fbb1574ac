//! Tests of the composed application, across domains: every page in
//! every language, the page cache against real writes, and the OpenAPI
//! description against the routes and the parsers. (Shared plumbing's own
//! tests import no domain; these do, so they live where the domains are
//! composed.)

mod every_page;
mod openapi;
mod openapi_inputs;
mod page_cache;
