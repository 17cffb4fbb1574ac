//! The strikes domain's tests against a real database.

mod cards;
mod pages;
mod supporters;
mod translations;
