//! Whatever a worker types, the stored text is redacted and the page shows
//! inert HTML: no script, no image or frame, no javascript: link.

#![no_main]

use clickline::domain::text::{redact_personal_data, render_markdown};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let (clean, found) = redact_personal_data(text);
    if found.is_empty() {
        assert_eq!(clean, text, "nothing found, nothing changed");
    }
    let html = render_markdown(&clean).to_lowercase();
    // Text never carries a raw `<`, so every `<` opens a real tag.
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        for forbidden in ["script", "img", "iframe", "style", "object", "embed"] {
            assert!(!tag.starts_with(forbidden), "<{tag}> from {text:?}");
        }
        assert!(!tag.contains("href=\"javascript:"), "<{tag}> from {text:?}");
    }
});
