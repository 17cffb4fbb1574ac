//! Clickline's guide: what the code promises and how it is put together,
//! for contributors. Documentation only; nothing here is compiled into the
//! service.
//!
//! - [`architecture`]: the pieces, a request, the work in the background.
//! - [`running`]: the development database, demo data, the test suite, the
//!   browser tests and CI.
//! - [`promises`]: what Clickline promises workers.
//! - [`publication`]: daily batches, screening, vouchers, solidarity alerts.
//! - [`threat_model`]: who can learn what, the hardening after the outside
//!   review and what the review of 2026-12-05 found.
//! - [`api`]: every route, with its fields and JSON shapes.
//! - [`scorecards`]: how scorecards are stored, queued, cached and rebuilt.
//! - [`work_behind`]: the work behind the work (bonus, unpaid time, purpose...).
//! - [`companies`]: companies behind the accounts, proposals, pressure alerts.
//! - [`organizers`]: organizer accounts and the security of their area.
//! - [`tools`]: the Turkopticon-compatible API, the extension, the userscript.
//! - [`caching`]: page weight and caching.
//! - [`languages`]: the 13 languages, channels in their country's language, translated strike calls, and how to add a language.
//! - [`code_map`]: where everything lives.
//! - [`adding_a_domain`]: what to edit to add a domain.
//! - [`licence`]: the data licence.
//!
//! The benchmarks document their targets, latest figures and commands in
//! their own programs: `src/bin/clickline-bench.rs`,
//! `src/bin/clickline-load.rs` and `src/bin/clickline-forge.rs`.

#[doc = include_str!("architecture.md")]
pub mod architecture {}

#[doc = include_str!("running.md")]
pub mod running {}

#[doc = include_str!("promises.md")]
pub mod promises {}

#[doc = include_str!("publication.md")]
pub mod publication {}

#[doc = include_str!("threat_model.md")]
pub mod threat_model {}

#[doc = include_str!("api.md")]
pub mod api {}

#[doc = include_str!("scorecards.md")]
pub mod scorecards {}

#[doc = include_str!("work_behind.md")]
pub mod work_behind {}

#[doc = include_str!("companies.md")]
pub mod companies {}

#[doc = include_str!("organizers.md")]
pub mod organizers {}

#[doc = include_str!("tools.md")]
pub mod tools {}

#[doc = include_str!("caching.md")]
pub mod caching {}

#[doc = include_str!("languages.md")]
pub mod languages {}

#[doc = include_str!("code_map.md")]
pub mod code_map {}

#[doc = include_str!("adding_a_domain.md")]
pub mod adding_a_domain {}

#[doc = include_str!("licence.md")]
pub mod licence {}
