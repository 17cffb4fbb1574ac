//! The reports domain's tests against a real database.

mod publication;
mod screening;
