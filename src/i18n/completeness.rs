//! Every language has every message English has, and every message id the
//! templates and the code use exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use regex::Regex;

use super::{has_message, Lang, LOCALES};
use crate::domain::{
    Choice, Communication, GrievanceCategory, GrievanceStatus, Outcome, Paid, PaymentForm,
    PlatformKind, Purpose, Rejected, ReportKind, Role, StrikeStatus, TaskType,
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The messages an `.ftl` file defines, each with the variables it uses.
fn messages_in_ftl(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    files_under(
        &root().join("src/locales").join(lang.code()),
        ".ftl",
        &mut files,
    );
    assert!(!files.is_empty(), "{} has no .ftl file", lang.code());
    let text: String = files
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("a .ftl file") + "\n")
        .collect();
    let id = Regex::new(r"^([a-zA-Z][a-zA-Z0-9_-]*)\s*=").unwrap();
    let variable = Regex::new(r"\$([a-zA-Z][a-zA-Z0-9_-]*)").unwrap();
    let mut messages: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in text.lines() {
        if let Some(capture) = id.captures(line) {
            current = Some(capture[1].to_owned());
        } else if !line.starts_with(' ') {
            // A comment or a blank line ends a multi-line message.
            current = None;
        }
        if let Some(message) = &current {
            let variables = messages.entry(message.clone()).or_default();
            variables.extend(variable.captures_iter(line).map(|c| c[1].to_owned()));
        }
    }
    messages
}

fn ids_in_ftl(lang: Lang) -> BTreeSet<String> {
    messages_in_ftl(lang).into_keys().collect()
}

fn files_under(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, extension, out);
        } else if path.to_string_lossy().ends_with(extension) {
            out.push(path);
        }
    }
}

/// Literal ids the code and the templates ask for.
fn ids_used() -> BTreeSet<(String, String)> {
    let mut used = BTreeSet::new();
    let mut templates = Vec::new();
    files_under(&root().join("templates"), ".hbs", &mut templates);
    let in_template = Regex::new(r#"\{\{t "([^"]+)""#).unwrap();
    for path in templates {
        let text = std::fs::read_to_string(&path).unwrap();
        for capture in in_template.captures_iter(&text) {
            used.insert((capture[1].to_owned(), path.display().to_string()));
        }
    }
    let mut sources = Vec::new();
    files_under(&root().join("src"), ".rs", &mut sources);
    let in_code =
        Regex::new(r#"(?:^|[^a-z_.])(?:Msg::new|text|translate|english)\(\s*(?:[a-z.0-9]+,\s*)?"([a-z][a-z0-9_-]*)""#)
            .unwrap();
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap();
        for capture in in_code.captures_iter(&text) {
            used.insert((capture[1].to_owned(), path.display().to_string()));
        }
    }
    used
}

fn labels<C: Choice>() -> Vec<String> {
    let mut ids: Vec<String> = C::ALL.iter().map(|c| c.label()).collect();
    ids.push(format!("choose-{}", C::KIND));
    ids.push(format!("unknown-{}", C::KIND));
    ids
}

#[test]
fn every_language_has_every_english_message_and_no_other() {
    let english_variables = messages_in_ftl(Lang::En);
    let english = ids_in_ftl(Lang::En);
    assert!(
        english.len() > 300,
        "English has {} messages",
        english.len()
    );
    for lang in Lang::ALL {
        let theirs = ids_in_ftl(lang);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{} has unknown ids {extra:?}",
            lang.code()
        );
        for (id, variables) in &english_variables {
            // Parsed, loaded and formatted, not just present in the file.
            let variables: Vec<&str> = variables.iter().map(String::as_str).collect();
            assert!(
                has_message(lang, id, &variables),
                "{}: {id} does not format",
                lang.code()
            );
        }
    }
    // A translation uses only the arguments the English message is given.
    let english = messages_in_ftl(Lang::En);
    for lang in Lang::ALL {
        for (id, variables) in messages_in_ftl(lang) {
            let known = &english[&id];
            let unknown: Vec<_> = variables.difference(known).collect();
            assert!(unknown.is_empty(), "{}: {id} uses {unknown:?}", lang.code());
        }
    }
    let _ = &*LOCALES;
}

#[test]
fn templates_and_code_use_only_messages_that_exist() {
    let english = ids_in_ftl(Lang::En);
    let unknown: Vec<_> = ids_used()
        .into_iter()
        .filter(|(id, _)| !english.contains(id))
        .collect();
    assert!(unknown.is_empty(), "unknown message ids: {unknown:?}");
}

#[test]
fn every_closed_vocabulary_has_labels() {
    let english = ids_in_ftl(Lang::En);
    let mut wanted = Vec::new();
    wanted.extend(labels::<TaskType>());
    wanted.extend(labels::<Paid>());
    wanted.extend(labels::<Rejected>());
    wanted.extend(labels::<Communication>());
    wanted.extend(labels::<GrievanceCategory>());
    wanted.extend(labels::<GrievanceStatus>());
    wanted.extend(labels::<PlatformKind>());
    wanted.extend(labels::<ReportKind>());
    wanted.extend(labels::<Role>());
    wanted.extend(labels::<StrikeStatus>());
    wanted.extend(labels::<Outcome>());
    wanted.extend(labels::<PaymentForm>());
    wanted.extend(labels::<Purpose>());
    for field in ["recommend", "tos_violation", "broken"] {
        wanted.push(format!("say-whether-{field}"));
    }
    let missing: Vec<_> = wanted.iter().filter(|id| !english.contains(*id)).collect();
    assert!(missing.is_empty(), "missing labels: {missing:?}");
}

/// The extension carries its own words (it runs on other sites, without
/// Fluent): every language Clickline has, with the keys English has.
#[test]
fn the_extension_speaks_every_language_with_every_word() {
    let script = std::fs::read_to_string(root().join("static/extension/messages.js"))
        .expect("static/extension/messages.js");
    let language = Regex::new(r#"(?m)^  "?([a-zA-Z-]+)"?: \{$"#).unwrap();
    let key = Regex::new(r"(?m)^    ([a-z_]+):").unwrap();
    let starts: Vec<(String, usize)> = language
        .captures_iter(&script)
        .map(|c| (c[1].to_owned(), c.get(0).unwrap().end()))
        .collect();
    let keys_of = |index: usize| -> BTreeSet<String> {
        let end = starts.get(index + 1).map_or(script.len(), |(_, at)| *at);
        key.captures_iter(&script[starts[index].1..end])
            .map(|c| c[1].to_owned())
            .collect()
    };
    let codes: BTreeSet<&str> = starts.iter().map(|(code, _)| code.as_str()).collect();
    let wanted: BTreeSet<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    assert_eq!(codes, wanted);
    let english = keys_of(0);
    assert!(english.contains("strike"), "{english:?}");
    for (index, (code, _)) in starts.iter().enumerate().skip(1) {
        assert_eq!(keys_of(index), english, "{code}");
    }
}
