//! The scorecards domain's tests against a real database.

mod http;
mod nesting;
mod queue;
mod target;
mod work_behind;
