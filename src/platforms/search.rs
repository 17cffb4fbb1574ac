//! Requester search: names folded to plain lower-case letters, and the
//! prefixes of their words that the search box matches.

use crate::platforms::model::SearchText;
use unicode_normalization::UnicodeNormalization;

/// Text folded for search: lower case, accents and width variants removed,
/// runs of spaces and punctuation made one space ("Ácme-Data" → "acme data").
pub fn fold(text: &str) -> String {
    let folded: String = text
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The longest key kept: search text is at most `SearchText::MAX` long.
const KEY_CHARS: usize = SearchText::MAX;
/// Words of a name that start a key of their own.
const WORD_STARTS: usize = 8;

/// The keys a requester is found by: the folded id, and each folded name
/// from each of its first words, so "fast" finds "Acme Fast Tasks" by a
/// prefix of "fast tasks". A prefix range on an indexed array is what makes
/// search cost the size of the answer, not of the collection.
pub fn search_keys<'a>(id: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut keys = vec![fold(id)];
    for name in names {
        let folded = fold(name);
        let starts = std::iter::once(0).chain(folded.match_indices(' ').map(|(i, _)| i + 1));
        for start in starts.take(WORD_STARTS) {
            keys.push(folded[start..].chars().take(KEY_CHARS).collect());
        }
    }
    keys.retain(|key| !key.is_empty());
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_and_each_word_starts_a_key() {
        assert_eq!(fold("  Ácme-DATA   Ｌｔｄ. "), "acme data ltd");
        let keys = search_keys("A1B2", ["Acme Fast Tasks", "acme fast tasks"]);
        assert_eq!(keys, ["a1b2", "acme fast tasks", "fast tasks", "tasks"]);
        assert!(search_keys("A1", ["?!"]).iter().all(|k| !k.is_empty()));
    }
}
