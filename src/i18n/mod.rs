//! Languages. Every word a page shows is a Fluent message under
//! `src/locales/<language>/<domain>.ftl` (one file per domain, the same files
//! in every language), compiled into the binary. Rust code and templates
//! refer to messages by id; the language is chosen per request (cookie, then
//! `Accept-Language`) by [`Lang`]'s request guard, and a page may choose
//! another default for readers who ask for none (a channel speaks its
//! country's languages, [`spoken`]). Numbers, money and dates follow CLDR per
//! language ([`format`]); country and currency names are CLDR's ([`names`]).

pub mod format;
pub mod helpers;
pub mod lang;
mod msg;
pub mod names;
pub mod spoken;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::Loader;

pub use lang::{Asked, Lang};
pub use msg::{Arg, Msg};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./src/locales",
        fallback_language: "en",
        // Unicode isolation marks would surround every argument; pages
        // isolate user text with <bdi> where direction matters instead.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Shown in place of a message that exists in no language, so a missing id
/// is visible (and caught by the page tests) instead of rendering blank.
pub const MISSING: &str = "⟦missing⟧";

fn fluent_args(
    lang: Lang,
    args: &[(&str, Arg)],
) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
    args.iter()
        .map(|(name, value)| (Cow::Owned((*name).to_owned()), value.to_fluent(lang)))
        .collect()
}

/// The message `id` in `lang`, falling back to English, with its arguments.
pub fn translate(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let args = fluent_args(lang, args);
    let args = (!args.is_empty()).then_some(&args);
    LOCALES
        .try_lookup_complete(lang.id(), id, args)
        .or_else(|| LOCALES.try_lookup_complete(Lang::En.id(), id, args))
        .unwrap_or_else(|| {
            tracing::error!(id, "no such message");
            format!("{MISSING} {id}")
        })
}

/// A message without arguments.
pub fn text(lang: Lang, id: &str) -> String {
    translate(lang, id, &[])
}

/// A message in English, for the JSON API and logs.
pub fn english(id: &str) -> String {
    text(Lang::En, id)
}

/// Whether `lang` itself (not its fallback) formats message `id` without
/// an error when given `variables` (each set to 1).
pub fn has_message(lang: Lang, id: &str, variables: &[&str]) -> bool {
    let args: HashMap<&str, FluentValue> = variables
        .iter()
        .map(|name| (*name, FluentValue::from(1)))
        .collect();
    LOCALES
        .lookup_single_language(lang.id(), id, Some(&args))
        .is_ok()
}

#[cfg(test)]
mod completeness;
