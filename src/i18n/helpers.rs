//! Handlebars helpers that write in the reader's language, which the page
//! puts at the root of every template context as `lang`:
//!
//! - `{{t "message-id" name=value}}` or `{{t msg}}` for a [`super::Msg`]
//!   (`{"id", "args"}`) built in Rust; `{{t paid prefix="paid"}}` shows the
//!   label `paid-<value>` of a wire value. Messages may hold markup (they
//!   are ours); arguments are escaped.
//! - `{{number n}}` / `{{number n decimals=1}}`, `{{money amount "USD"}}`,
//!   `{{percent share}}`, `{{date "2026-11-22"}}` (a day or a month),
//!   `{{country_name "PH"}}` and `{{currency_name "EUR"}}` (names in the
//!   language; not `country`, which would hide fields of that name).

use rocket_dyn_templates::handlebars::{
    html_escape, Context, Handlebars, Helper, HelperResult, Output, RenderContext,
    RenderErrorReason,
};
use serde_json::Value;

use super::{format, names, translate, Arg, Lang, Msg};

pub fn register(handlebars: &mut Handlebars<'_>) {
    handlebars.register_helper("t", Box::new(t));
    handlebars.register_helper("number", Box::new(number));
    handlebars.register_helper("money", Box::new(money));
    handlebars.register_helper("percent", Box::new(percent));
    handlebars.register_helper("date", Box::new(date));
    handlebars.register_helper("country_name", Box::new(country));
    handlebars.register_helper("currency_name", Box::new(currency));
}

fn lang_of(ctx: &Context) -> Lang {
    ctx.data()
        .get("lang")
        .and_then(Value::as_str)
        .and_then(Lang::parse)
        .unwrap_or(Lang::En)
}

fn escaped_arg(value: &Value) -> Arg {
    match value {
        // A message inside a message: {"id", "args"}.
        Value::Object(msg) if msg.contains_key("id") => {
            let id = msg.get("id").and_then(Value::as_str).unwrap_or_default();
            let mut inner = Msg::new(id.to_owned());
            if let Some(Value::Object(args)) = msg.get("args") {
                for (name, value) in args {
                    inner = inner.arg(name.clone(), escaped_arg(value));
                }
            }
            Arg::Msg(Box::new(inner))
        }
        // Escaped too: a value that is not a date or a country is shown as given.
        Value::Object(date) if date.contains_key("date") => {
            Arg::Date(html_escape(date["date"].as_str().unwrap_or_default()))
        }
        Value::Object(country) if country.contains_key("country") => {
            Arg::Country(html_escape(country["country"].as_str().unwrap_or_default()))
        }
        Value::Number(n) => Arg::Number(n.as_f64().unwrap_or(0.0)),
        Value::String(s) => Arg::Text(html_escape(s)),
        Value::Null => Arg::Text(String::new()),
        other => Arg::Text(html_escape(&other.to_string())),
    }
}

fn missing(helper: &str, what: &str) -> RenderErrorReason {
    RenderErrorReason::Other(format!("{helper}: {what}"))
}

fn t(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    ctx: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let param = h
        .param(0)
        .map(|p| p.value())
        .ok_or_else(|| missing("t", "a message id"))?;
    let mut args: Vec<(String, Arg)> = h
        .hash()
        .iter()
        .filter(|(name, _)| **name != "prefix")
        .map(|(name, value)| ((*name).to_owned(), escaped_arg(value.value())))
        .collect();
    let prefix = h.hash_get("prefix").and_then(|p| p.value().as_str());
    let id = match (param, prefix) {
        (Value::String(wire), Some(prefix)) => format!("{prefix}-{wire}"),
        (Value::Bool(yes), Some(prefix)) => format!("{prefix}-{yes}"),
        (Value::String(id), None) => id.clone(),
        (Value::Object(msg), _) => {
            if let Some(Value::Object(msg_args)) = msg.get("args") {
                args.extend(
                    msg_args
                        .iter()
                        .map(|(name, value)| (name.clone(), escaped_arg(value))),
                );
            }
            msg.get("id")
                .and_then(Value::as_str)
                .ok_or_else(|| missing("t", "a message without an id"))?
                .to_owned()
        }
        // An empty value (an absent hint, say) renders nothing.
        (Value::Null, _) => return Ok(()),
        (other, _) => return Err(missing("t", &format!("not a message: {other}")).into()),
    };
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(name, value)| (name.as_str(), value.clone()))
        .collect();
    out.write(&translate(lang_of(ctx), &id, &args))?;
    Ok(())
}

fn number_param(h: &Helper<'_>, helper: &str) -> Result<Option<f64>, RenderErrorReason> {
    match h.param(0).map(|p| p.value()) {
        Some(Value::Number(n)) => Ok(n.as_f64()),
        Some(Value::Null) => Ok(None),
        _ => Err(missing(helper, "a number")),
    }
}

fn write_or_dash(out: &mut dyn Output, text: Option<String>) -> HelperResult {
    out.write(&html_escape(text.as_deref().unwrap_or("–")))?;
    Ok(())
}

fn number(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    ctx: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let decimals = h
        .hash_get("decimals")
        .and_then(|d| d.value().as_u64())
        .unwrap_or(0) as usize;
    let value = number_param(h, "number")?;
    write_or_dash(
        out,
        value.map(|v| format::number(lang_of(ctx), v, decimals)),
    )
}

fn money(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    ctx: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let currency = h
        .param(1)
        .and_then(|p| p.value().as_str())
        .ok_or_else(|| missing("money", "a currency"))?;
    let value = number_param(h, "money")?;
    write_or_dash(out, value.map(|v| format::money(lang_of(ctx), v, currency)))
}

fn percent(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    ctx: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let value = number_param(h, "percent")?;
    write_or_dash(out, value.map(|v| format::percent(lang_of(ctx), v)))
}

/// Writes what `show` makes of the helper's text argument in the page's language.
fn text_param(
    h: &Helper<'_>,
    ctx: &Context,
    out: &mut dyn Output,
    show: fn(Lang, &str) -> String,
) -> HelperResult {
    let text = h.param(0).and_then(|p| p.value().as_str());
    write_or_dash(out, text.map(|t| show(lang_of(ctx), t)))
}

/// A helper that shows its one text argument in the page's language.
macro_rules! text_helper {
    ($name:ident, $show:expr) => {
        fn $name(
            h: &Helper<'_>,
            _: &Handlebars<'_>,
            ctx: &Context,
            _: &mut RenderContext<'_, '_>,
            out: &mut dyn Output,
        ) -> HelperResult {
            text_param(h, ctx, out, $show)
        }
    };
}

text_helper!(date, format::date_text);
text_helper!(country, names::country);
text_helper!(currency, names::currency);

#[cfg(test)]
mod tests {
    use rocket_dyn_templates::handlebars::Handlebars;
    use serde_json::json;

    fn render(template: &str, data: serde_json::Value) -> String {
        let mut handlebars = Handlebars::new();
        super::register(&mut handlebars);
        handlebars.render_template(template, &data).unwrap()
    }

    #[test]
    fn messages_take_arguments_plurals_and_formatted_values() {
        let template = r#"{{t "lists-median-hourly" median=(money m "USD") ratings=n}}"#;
        assert_eq!(
            render(template, json!({ "lang": "en", "m": 1.5, "n": 1 })),
            "median US$1.50 an hour, 1 rating"
        );
        assert_eq!(
            render(template, json!({ "lang": "de", "m": 1234.5, "n": 7 })),
            "Median 1.234,50\u{a0}US$ pro Stunde, 7 Bewertungen"
        );
    }

    #[test]
    fn arguments_are_escaped_and_messages_from_rust_render() {
        let out = render(
            r#"{{t "home-no-results" query=q}} {{t msg}} {{t paid prefix="paid"}} {{date d}}"#,
            json!({
                "lang": "fr", "q": "<b>x</b>", "paid": "partial", "d": "2026-03",
                "msg": { "id": "invalid-text-long", "args": { "max": 10, "chars": 12 } },
            }),
        );
        assert_eq!(
            out,
            "Personne n’a encore signalé de donneur d’ordre correspondant à « &lt;b&gt;x&lt;/b&gt; ». \
             10 caractères au plus, s’il vous plaît ; ce texte en compte 12. En partie mars 2026"
        );
    }

    #[test]
    fn names_do_not_hide_fields_of_the_same_name() {
        let out = render(
            "{{#each rows}}{{country_name country}} ({{country}}) {{currency_name currency}}{{/each}}",
            json!({ "lang": "de", "rows": [{ "country": "PH", "currency": "EUR" }] }),
        );
        assert_eq!(out, "Philippinen (PH) Euro");
    }
}
