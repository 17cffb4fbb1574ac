//! `/rate`, `/report`, `/receipt` and the page of one report.

mod follow_up;
pub mod form_key;
pub mod forms;
mod page;
pub mod prefill;
mod receipt;
pub mod submit;

use rocket::Route;

pub fn routes() -> Vec<Route> {
    let mut routes = submit::routes();
    routes.extend(receipt::routes());
    routes.extend(follow_up::routes());
    routes.extend(page::routes());
    routes
}
