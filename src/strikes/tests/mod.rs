//! The strikes domain's tests against a real database.

mod cards;
mod supporters;
mod translations;
