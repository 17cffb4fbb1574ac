//! The two letters a worker sends, made in their language under their
//! country's law and never stored: the data-access request to the
//! platform's controller, and the complaint to the authority when the
//! request is overdue or the answer fell short.
//!
//! Each letter is built from Fluent messages (`data_requests.ftl`) and the
//! shipped tables; the worker's details go into the text and nowhere else.

use crate::data_requests::model::{AnswerOutcome, Campaign, Category};
use crate::data_requests::parse::Identity;
use crate::data_requests::tables::{Controller, Law, Period};
use crate::data_requests::views::SentView;
use crate::domain::Choice;
use crate::i18n::{translate, Arg, Lang};

/// A letter: who it goes to, its subject and its text.
pub struct Letter {
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
}

impl Letter {
    /// The letter as one plain-text file.
    pub fn plain_text(&self) -> String {
        let mut text = self.to.join("\n");
        text.push_str("\n\n");
        text.push_str(&self.subject);
        text.push_str("\n\n");
        text.push_str(&self.body);
        text.push('\n');
        text
    }
}

fn say(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    translate(lang, id, args)
}

fn text(value: impl Into<String>) -> Arg {
    Arg::Text(value.into())
}

/// "one month", "15 days": a deadline in words.
pub fn period_words(lang: Lang, period: Period) -> String {
    if period.months > 0 {
        say(
            lang,
            "letter-months",
            &[("n", Arg::Number(f64::from(period.months)))],
        )
    } else {
        say(
            lang,
            "letter-days",
            &[("n", Arg::Number(f64::from(period.days)))],
        )
    }
}

fn controller_lines(controller: Option<&Controller>) -> Vec<String> {
    let Some(controller) = controller else {
        return Vec::new();
    };
    let mut lines = vec![controller.name.clone()];
    if let Some(address) = &controller.postal_address {
        lines.extend(address.split(" / ").map(str::to_owned));
    }
    lines.extend(controller.email.clone());
    lines.extend(controller.web_form.clone());
    lines
}

fn identity_lines(lang: Lang, identity: &Identity) -> String {
    let mut lines = vec![
        say(lang, "letter-name", &[("name", text(&identity.name))]),
        say(lang, "letter-email", &[("email", text(&identity.email))]),
    ];
    if let Some(id) = &identity.worker_id {
        lines.push(say(lang, "letter-worker-id", &[("id", text(id))]));
    }
    lines.join("\n")
}

/// The request to the platform: a copy of all personal data and how it is
/// used, the articles of the law that give more, the campaign's categories,
/// the deadline, and who the worker is on the platform.
pub fn request_letter(
    lang: Lang,
    campaign: &Campaign,
    platform_name: &str,
    controller: Option<&Controller>,
    law: &Law,
    identity: &Identity,
) -> Letter {
    let law_args = |article: &str| vec![("article", text(article)), ("law", text(&law.name))];
    let mut paragraphs = vec![
        say(lang, "letter-greeting", &[]),
        say(
            lang,
            "letter-access",
            &[
                ("platform", text(platform_name)),
                ("article", text(&law.access)),
                ("law", text(&law.name)),
            ],
        ),
    ];
    if let Some(article) = &law.portability {
        paragraphs.push(say(lang, "letter-portability", &law_args(article)));
    }
    if let Some(article) = &law.explanation {
        paragraphs.push(say(lang, "letter-explanation", &law_args(article)));
    }
    let categories: Vec<String> = campaign
        .categories
        .iter()
        .map(|category| format!("- {}", category_words(lang, *category)))
        .collect();
    paragraphs.push(format!(
        "{}\n{}",
        say(lang, "letter-categories", &[]),
        categories.join("\n")
    ));
    paragraphs.push(match law.deadline {
        Some(period) => say(
            lang,
            "letter-deadline",
            &[("deadline", text(period_words(lang, period)))],
        ),
        None => say(lang, "letter-no-deadline", &[]),
    });
    paragraphs.push(format!(
        "{}\n{}",
        say(lang, "letter-identity", &[]),
        identity_lines(lang, identity)
    ));
    paragraphs.push(say(
        lang,
        "letter-authority",
        &[("authority", text(&law.authority))],
    ));
    paragraphs.push(format!(
        "{}\n{}",
        say(lang, "letter-closing", &[]),
        identity.name
    ));
    Letter {
        to: controller_lines(controller),
        subject: say(lang, "letter-subject", &[("law", text(&law.name))]),
        body: paragraphs.join("\n\n"),
    }
}

/// The words for what a campaign asks for, in a letter.
pub fn category_words(lang: Lang, category: Category) -> String {
    say(lang, &format!("letter-{}", category.label()), &[])
}

/// The complaint to the authority about a request that is overdue or was
/// answered short.
pub fn complaint_letter(
    lang: Lang,
    platform_name: &str,
    controller: Option<&Controller>,
    law: &Law,
    sent: &SentView,
    identity: &Identity,
) -> Letter {
    let controller_name = controller.map_or(platform_name, |c| c.name.as_str());
    let mut to = vec![law.authority.clone()];
    if let Some(address) = &law.authority_address {
        to.extend(address.split(" / ").map(str::to_owned));
    }
    to.extend(law.authority_web.clone());
    let what_happened = match sent.answer.as_ref().map(|a| a.outcome) {
        Some(AnswerOutcome::Partial) => "complaint-partial",
        Some(AnswerOutcome::Refused) => "complaint-refused",
        _ => "complaint-no-answer",
    };
    let paragraphs = [
        say(lang, "letter-greeting", &[]),
        say(
            lang,
            "complaint-sent",
            &[
                ("controller", text(controller_name)),
                ("platform", text(platform_name)),
                ("article", text(&law.access)),
                ("law", text(&law.name)),
                ("sent", Arg::Date(sent.sent_on.to_string())),
                ("due", Arg::Date(sent.due_on.to_string())),
            ],
        ),
        say(lang, what_happened, &[]),
        say(lang, "complaint-ask", &[]),
        say(
            lang,
            "complaint-collective",
            &[("platform", text(platform_name))],
        ),
        format!(
            "{}\n{}",
            say(lang, "complaint-identity", &[]),
            identity_lines(lang, identity)
        ),
        format!("{}\n{}", say(lang, "letter-closing", &[]), identity.name),
    ];
    Letter {
        to,
        subject: say(
            lang,
            "complaint-subject",
            &[("controller", text(controller_name))],
        ),
        body: paragraphs.join("\n\n"),
    }
}
