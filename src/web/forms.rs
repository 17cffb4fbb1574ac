//! Form views: every field of the rating and grievance forms described once,
//! rendered by one generic template with its value, hint and messages, so
//! a form comes back after an error exactly as the worker left it.

use serde::Serialize;

use crate::db::models::platform::Platform;
use crate::domain::{
    Choice, Communication, Country, Currency, FieldErrors, GrievanceCategory, Paid, Rejected,
    ReportKind, TaskType,
};
use crate::input::RawFields;

#[derive(Debug, Serialize)]
pub struct Opt {
    value: String,
    label: String,
    selected: bool,
}

#[derive(Debug, Serialize)]
pub struct FieldView {
    name: &'static str,
    id: String,
    label: &'static str,
    hint: Option<&'static str>,
    control: &'static str,
    value: String,
    errors: Vec<String>,
    options: Vec<Opt>,
    required: bool,
    inputmode: Option<&'static str>,
    maxlength: Option<usize>,
    checked: bool,
}

#[derive(Debug, Serialize)]
pub struct Section {
    legend: &'static str,
    fields: Vec<FieldView>,
}

/// A message in the summary at the top of a form, linking to its field.
#[derive(Debug, Serialize)]
pub struct SummaryItem {
    anchor: String,
    label: String,
    message: String,
}

/// Builds field views from what the worker typed and what was wrong with it.
pub struct FormBuilder<'a> {
    raw: &'a RawFields,
    errors: &'a FieldErrors,
    summary: Vec<SummaryItem>,
}

fn anchor(name: &str) -> String {
    name.replace('.', "-")
}

impl<'a> FormBuilder<'a> {
    pub fn new(raw: &'a RawFields, errors: &'a FieldErrors) -> Self {
        FormBuilder {
            raw,
            errors,
            summary: Vec::new(),
        }
    }

    fn field(
        &mut self,
        name: &'static str,
        label: &'static str,
        control: &'static str,
    ) -> FieldView {
        let errors: Vec<String> = self
            .errors
            .get(name)
            .map(<[String]>::to_vec)
            .unwrap_or_default();
        for message in &errors {
            self.summary.push(SummaryItem {
                anchor: anchor(name),
                label: label.to_owned(),
                message: message.clone(),
            });
        }
        let value = self.raw.get(name).to_owned();
        FieldView {
            name,
            id: anchor(name),
            label,
            hint: None,
            control,
            checked: matches!(value.as_str(), "true" | "on" | "yes"),
            value,
            errors,
            options: Vec::new(),
            required: true,
            inputmode: None,
            maxlength: None,
        }
    }

    pub fn text(&mut self, name: &'static str, label: &'static str) -> FieldView {
        self.field(name, label, "text")
    }

    pub fn textarea(&mut self, name: &'static str, label: &'static str, max: usize) -> FieldView {
        let mut field = self.field(name, label, "textarea");
        field.maxlength = Some(max);
        field
    }

    pub fn number(&mut self, name: &'static str, label: &'static str, decimal: bool) -> FieldView {
        let mut field = self.field(name, label, "text");
        field.inputmode = Some(if decimal { "decimal" } else { "numeric" });
        field
    }

    pub fn checkbox(&mut self, name: &'static str, label: &'static str) -> FieldView {
        let mut field = self.field(name, label, "checkbox");
        field.required = false;
        field
    }

    pub fn select(
        &mut self,
        name: &'static str,
        label: &'static str,
        choices: impl IntoIterator<Item = (String, String)>,
        placeholder: &str,
    ) -> FieldView {
        let mut field = self.field(name, label, "select");
        let current = field.value.trim().to_owned();
        field.options.push(Opt {
            value: String::new(),
            label: placeholder.to_owned(),
            selected: current.is_empty(),
        });
        field
            .options
            .extend(choices.into_iter().map(|(value, label)| Opt {
                selected: value.eq_ignore_ascii_case(&current),
                value,
                label,
            }));
        field
    }

    pub fn radio<C: Choice>(&mut self, name: &'static str, label: &'static str) -> FieldView {
        let mut field = self.field(name, label, "radio");
        let current = field.value.trim().to_owned();
        field.options = C::ALL
            .iter()
            .map(|choice| Opt {
                value: choice.wire().to_owned(),
                label: choice.label().to_owned(),
                selected: choice.wire() == current,
            })
            .collect();
        field
    }

    pub fn yes_no(&mut self, name: &'static str, label: &'static str) -> FieldView {
        let mut field = self.field(name, label, "radio");
        let current = field.value.trim().to_ascii_lowercase();
        field.options = [("true", "Yes"), ("false", "No")]
            .into_iter()
            .map(|(value, label)| Opt {
                value: value.to_owned(),
                label: label.to_owned(),
                selected: value == current,
            })
            .collect();
        field
    }

    pub fn into_summary(self) -> Vec<SummaryItem> {
        self.summary
    }
}

fn hint(mut field: FieldView, hint: &'static str) -> FieldView {
    field.hint = Some(hint);
    field
}

fn optional(mut field: FieldView) -> FieldView {
    field.required = false;
    field
}

fn platform_choices(platforms: &[Platform]) -> Vec<(String, String)> {
    platforms
        .iter()
        .map(|p| (p.slug.to_string(), p.name.clone()))
        .collect()
}

fn country_choices() -> Vec<(String, String)> {
    Country::all()
        .map(|(code, name)| (code.to_owned(), format!("{name} ({code})")))
        .collect()
}

fn currency_choices() -> Vec<(String, String)> {
    Currency::convertible()
        .map(|(code, name)| (code.to_owned(), format!("{code} – {name}")))
        .collect()
}

fn who_and_where(
    form: &mut FormBuilder<'_>,
    platforms: &[Platform],
    requester_required: bool,
) -> Section {
    let requester_id = hint(
        form.text("requester_id", "Requester id"),
        "As the platform shows it, e.g. A1B2C3D4E5F6 on MTurk. Letters, digits and - _ . ~ @ + : only.",
    );
    Section {
        legend: "Where and who",
        fields: vec![
            form.select(
                "platform",
                "Platform",
                platform_choices(platforms),
                "Choose a platform",
            ),
            if requester_required {
                requester_id
            } else {
                optional(requester_id)
            },
            optional(hint(
                form.text("requester_name", "Requester name"),
                "The name the requester uses; a new name for a known id is kept as an alias.",
            )),
            hint(
                form.select(
                    "country",
                    "Your country",
                    country_choices(),
                    "Choose your country",
                ),
                "Only used for figures by country, published for groups of several workers.",
            ),
        ],
    }
}

/// The sections of the rating form.
pub fn rating_sections(form: &mut FormBuilder<'_>, platforms: &[Platform]) -> Vec<Section> {
    vec![
        who_and_where(form, platforms, true),
        Section {
            legend: "The work and the pay",
            fields: vec![
                form.radio::<TaskType>("task_type", "Kind of task"),
                hint(
                    form.number("pay.amount", "Pay for this work", true),
                    "What the requester paid (or offered), e.g. 1.50. Write 0 if nothing.",
                ),
                form.select("pay.currency", "Currency", currency_choices(), "Choose a currency"),
                hint(
                    form.number("minutes", "Minutes it took", false),
                    "Everything included: reading instructions, qualification, set-up and waiting.",
                ),
            ],
        },
        Section {
            legend: "How you were treated",
            fields: vec![
                form.radio::<Paid>("paid", "Were you paid?"),
                optional(form.number("days_to_payment", "Days until you were paid", false)),
                form.radio::<Rejected>("rejected", "Was work rejected?"),
                form.radio::<Communication>("communication", "Communication"),
                form.yes_no("recommend", "Would you recommend this requester to other workers?"),
                form.checkbox("tos_violation", "The task broke the platform's rules (for example it asked for personal data or off-platform work)"),
                form.checkbox("broken", "The task was broken or could not be completed"),
            ],
        },
        Section {
            legend: "In your words",
            fields: vec![optional(hint(
                form.textarea("comment", "Comment", crate::input::MAX_COMMENT),
                "Markdown allowed. Do not write names, emails or worker ids: we remove those we find.",
            ))],
        },
    ]
}

/// The sections of the grievance form.
pub fn grievance_sections(form: &mut FormBuilder<'_>, platforms: &[Platform]) -> Vec<Section> {
    vec![
        who_and_where(form, platforms, false),
        Section {
            legend: "What happened",
            fields: vec![
                form.radio::<GrievanceCategory>("category", "What kind of problem?"),
                optional(hint(
                    form.number("amount_at_stake.amount", "Money at stake", true),
                    "If you lost pay, how much.",
                )),
                optional(form.select(
                    "amount_at_stake.currency",
                    "Currency of that amount",
                    currency_choices(),
                    "Choose a currency",
                )),
                optional(hint(
                    form.text("month", "Month it happened"),
                    "YYYY-MM, for example 2026-10.",
                )),
                hint(
                    form.textarea("description", "Describe what happened", 10_000),
                    "20 to 10000 characters, Markdown allowed. Leave out names, emails and worker ids: we remove those we find.",
                ),
                optional(form.textarea(
                    "desired_outcome",
                    "What would put it right?",
                    crate::input::MAX_DESIRED_OUTCOME,
                )),
            ],
        },
    ]
}

/// The sections for a report of this kind.
pub fn sections_for(
    kind: ReportKind,
    form: &mut FormBuilder<'_>,
    platforms: &[Platform],
) -> Vec<Section> {
    match kind {
        ReportKind::Rating => rating_sections(form, platforms),
        ReportKind::Grievance => grievance_sections(form, platforms),
    }
}
