//! Form views: every field of the rating and grievance forms described once,
//! rendered by one generic template with its value, hint and messages, so
//! a form comes back after an error exactly as the worker left it.

use serde::Serialize;

use crate::domain::{
    Choice, Communication, Country, Currency, FieldErrors, GrievanceCategory, Outcome, Paid,
    PaymentForm, Purpose, Rejected, ReportKind, TaskType,
};
use crate::http::fields::RawFields;
use crate::i18n::Msg;
use crate::platforms::model::Platform;

#[derive(Debug, Serialize)]
pub struct Opt {
    value: String,
    /// What the template shows: a message id (`msg`), the value as a country
    /// or currency named in the page's language, or this text as it is (a
    /// platform's name).
    label: String,
    kind: OptKind,
    selected: bool,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OptKind {
    Msg,
    Country,
    Currency,
    Text,
}

#[derive(Debug, Serialize)]
pub struct FieldView {
    name: &'static str,
    id: String,
    /// Message ids, like every word of a form.
    label: &'static str,
    hint: Option<&'static str>,
    control: &'static str,
    value: String,
    errors: Vec<Msg>,
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
    /// Optional questions folded away (a `<details>`), so the form stays
    /// quick on a phone; shown open when any of them holds a value or an error.
    folded: bool,
    open: bool,
}

impl Section {
    fn new(legend: &'static str, fields: Vec<FieldView>) -> Section {
        Section {
            legend,
            fields,
            folded: false,
            open: true,
        }
    }

    fn folded(legend: &'static str, fields: Vec<FieldView>) -> Section {
        let open = fields
            .iter()
            .any(|f| !f.errors.is_empty() || !f.value.trim().is_empty());
        Section {
            legend,
            fields,
            folded: true,
            open,
        }
    }
}

/// A message in the summary at the top of a form, linking to its field.
#[derive(Debug, Serialize)]
pub struct SummaryItem {
    anchor: String,
    label: &'static str,
    message: Msg,
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
        let errors: Vec<Msg> = self
            .errors
            .get(name)
            .map(<[Msg]>::to_vec)
            .unwrap_or_default();
        for message in &errors {
            self.summary.push(SummaryItem {
                anchor: anchor(name),
                label,
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
        kind: OptKind,
        choices: impl IntoIterator<Item = (String, String)>,
        placeholder: &'static str,
    ) -> FieldView {
        let mut field = self.field(name, label, "select");
        let current = field.value.trim().to_owned();
        field.options.push(Opt {
            value: String::new(),
            label: placeholder.to_owned(),
            kind: OptKind::Msg,
            selected: current.is_empty(),
        });
        field
            .options
            .extend(choices.into_iter().map(|(value, label)| Opt {
                selected: value.eq_ignore_ascii_case(&current),
                value,
                label,
                kind,
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
                label: choice.label(),
                kind: OptKind::Msg,
                selected: choice.wire() == current,
            })
            .collect();
        field
    }

    pub fn yes_no(&mut self, name: &'static str, label: &'static str) -> FieldView {
        let mut field = self.field(name, label, "radio");
        let current = field.value.trim().to_ascii_lowercase();
        field.options = ["true", "false"]
            .into_iter()
            .map(|value| Opt {
                value: value.to_owned(),
                label: format!("yes-no-{value}"),
                kind: OptKind::Msg,
                selected: value == current,
            })
            .collect();
        field
    }

    /// A yes/no that may stay unanswered: "not sure" is a third answer,
    /// since a chosen radio button cannot be unchosen without script.
    pub fn yes_no_unsure(&mut self, name: &'static str, label: &'static str) -> FieldView {
        let mut field = self.yes_no(name, label);
        let current = field.value.trim().to_ascii_lowercase();
        field.options.push(Opt {
            value: "unknown".to_owned(),
            label: "yes-no-unknown".to_owned(),
            kind: OptKind::Msg,
            selected: current == "unknown",
        });
        field.required = false;
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

/// Countries by code; the page names them in its language.
fn country_choices() -> Vec<(String, String)> {
    Country::all()
        .map(|(code, _)| (code.to_owned(), String::new()))
        .collect()
}

/// Currencies Clickline can convert, by code; the page names them.
fn currency_choices() -> Vec<(String, String)> {
    Currency::convertible()
        .map(|(code, _)| (code.to_owned(), String::new()))
        .collect()
}

fn who_and_where(
    form: &mut FormBuilder<'_>,
    platforms: &[Platform],
    requester_required: bool,
) -> Section {
    let requester_id = hint(
        form.text("requester_id", "field-requester_id"),
        "hint-requester_id",
    );
    Section::new(
        "legend-where-who",
        vec![
            form.select(
                "platform",
                "field-platform",
                OptKind::Text,
                platform_choices(platforms),
                "choose-platform-option",
            ),
            if requester_required {
                requester_id
            } else {
                optional(requester_id)
            },
            optional(hint(
                form.text("requester_name", "field-requester_name"),
                "hint-requester_name",
            )),
            hint(
                form.select(
                    "country",
                    "field-country",
                    OptKind::Country,
                    country_choices(),
                    "choose-country-option",
                ),
                "hint-country",
            ),
        ],
    )
}

/// The sections of the rating form.
pub fn rating_sections(form: &mut FormBuilder<'_>, platforms: &[Platform]) -> Vec<Section> {
    vec![
        who_and_where(form, platforms, true),
        Section::new(
            "legend-work-pay",
            vec![
                form.radio::<TaskType>("task_type", "field-task_type"),
                hint(
                    form.number("pay.amount", "field-pay-amount", true),
                    "hint-pay-amount",
                ),
                form.select(
                    "pay.currency",
                    "field-pay-currency",
                    OptKind::Currency,
                    currency_choices(),
                    "choose-currency-option",
                ),
                hint(
                    form.number("minutes", "field-minutes", false),
                    "hint-minutes",
                ),
            ],
        ),
        Section::new(
            "legend-treatment",
            vec![
                form.radio::<Paid>("paid", "field-paid"),
                optional(form.number("days_to_payment", "field-days_to_payment", false)),
                form.radio::<Rejected>("rejected", "field-rejected"),
                form.radio::<Communication>("communication", "field-communication"),
                form.yes_no("recommend", "field-recommend"),
                form.checkbox("tos_violation", "field-tos_violation"),
                form.checkbox("broken", "field-broken"),
            ],
        ),
        Section::new(
            "legend-words",
            vec![optional(hint(
                form.textarea(
                    "comment",
                    "field-comment",
                    crate::reports::parse::MAX_COMMENT,
                ),
                "hint-comment",
            ))],
        ),
        more_about_the_work(form),
    ]
}

/// The optional questions about the work behind the work, folded away.
fn more_about_the_work(form: &mut FormBuilder<'_>) -> Section {
    let bonus_currency = form.select(
        "bonus.currency",
        "field-bonus-currency",
        OptKind::Currency,
        currency_choices(),
        "choose-currency-option",
    );
    let purposes = Purpose::ALL
        .iter()
        .map(|p| (p.wire().to_owned(), p.label()));
    Section::folded(
        "legend-more-work",
        vec![
            optional(hint(
                form.number("bonus.amount", "field-bonus-amount", true),
                "hint-bonus-amount",
            )),
            optional(bonus_currency),
            optional(hint(
                form.number("unpaid_minutes", "field-unpaid_minutes", false),
                "hint-unpaid_minutes",
            )),
            optional(form.radio::<Outcome>("outcome", "field-outcome")),
            optional(form.radio::<PaymentForm>("payment_form", "field-payment_form")),
            optional(form.select(
                "purpose",
                "field-purpose",
                OptKind::Msg,
                purposes,
                "choose-purpose-option",
            )),
            form.checkbox("harmful_content", "field-harmful_content"),
            form.yes_no_unsure("end_client_disclosed", "field-end_client_disclosed"),
            form.yes_no_unsure("evaluation_explained", "field-evaluation_explained"),
            optional(hint(
                form.text("end_client", "field-end_client"),
                "hint-end_client",
            )),
        ],
    )
}

/// The sections of the grievance form.
pub fn grievance_sections(form: &mut FormBuilder<'_>, platforms: &[Platform]) -> Vec<Section> {
    vec![
        who_and_where(form, platforms, false),
        Section::new(
            "legend-what-happened",
            vec![
                form.radio::<GrievanceCategory>("category", "field-category"),
                optional(hint(
                    form.number(
                        "amount_at_stake.amount",
                        "field-amount_at_stake-amount",
                        true,
                    ),
                    "hint-amount_at_stake-amount",
                )),
                optional(form.select(
                    "amount_at_stake.currency",
                    "field-amount_at_stake-currency",
                    OptKind::Currency,
                    currency_choices(),
                    "choose-currency-option",
                )),
                optional(hint(form.text("month", "field-month"), "hint-month")),
                hint(
                    form.textarea("description", "field-description", 10_000),
                    "hint-description",
                ),
                optional(form.textarea(
                    "desired_outcome",
                    "field-desired_outcome",
                    crate::reports::parse::MAX_DESIRED_OUTCOME,
                )),
            ],
        ),
    ]
}

/// The voucher field: only when filing, since a voucher is spent then.
pub fn voucher_section(form: &mut FormBuilder<'_>) -> Section {
    Section::new(
        "legend-voucher",
        vec![optional(hint(
            form.text("voucher", "field-voucher"),
            "hint-voucher",
        ))],
    )
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
