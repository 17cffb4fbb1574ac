//! The strikes domain's tests against a real database.

mod supporters;
mod translations;
