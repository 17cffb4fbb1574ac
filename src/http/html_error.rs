//! Errors answered as pages of the site: the error page in the reader's
//! language, with the error's status.

use rocket::request::Request;
use rocket::response::{self, Responder, Response};

use crate::error::Error;

/// The site's answer: the error page with the right status.
#[derive(Debug)]
pub struct HtmlError(pub Error);

impl From<Error> for HtmlError {
    fn from(error: Error) -> Self {
        HtmlError(error)
    }
}

impl From<crate::domain::UnknownId> for HtmlError {
    fn from(unknown: crate::domain::UnknownId) -> Self {
        HtmlError(unknown.into())
    }
}

impl From<mongodb::error::Error> for HtmlError {
    fn from(error: mongodb::error::Error) -> Self {
        HtmlError(error.into())
    }
}

impl<'r> Responder<'r, 'static> for HtmlError {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let status = self.0.status();
        let page = super::page::error_page(status).with_message(self.0.message());
        Response::build_from(page.respond_to(request)?)
            .status(status)
            .ok()
    }
}
