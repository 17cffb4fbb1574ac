//! The reminder a worker downloads with their receipt: a calendar file
//! with one all-day event on the day the answer is due. Made on request,
//! `no-store`, and never stored: it names only the request's id.

use icalendar::{Calendar, Component, Event, EventLike};

use crate::data_requests::views::SentView;

pub fn due_day(sent: &SentView, summary: &str, description: &str, public_url: &str) -> String {
    let event = Event::new()
        .uid(&format!("data-request-{}@clickline", sent.id))
        .summary(summary)
        .description(description)
        .url(&format!("{public_url}/data-requests/receipt"))
        .all_day(sent.due_on.date())
        .done();
    Calendar::new()
        .name("Clickline")
        .push(event)
        .done()
        .to_string()
}
