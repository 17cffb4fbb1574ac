//! CSV downloads that spreadsheets open safely: every export (scorecards,
//! data-request figures) passes its text cells through here.

/// A text cell a spreadsheet will not run: one that begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP's rule
/// against CSV injection), so a requester named `=HYPERLINK(...)` stays text.
pub fn spreadsheet_safe(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn cells_that_start_a_formula_stay_text() {
        for formula in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(spreadsheet_safe(formula), format!("'{formula}"));
        }
        assert_eq!(spreadsheet_safe("Acme Surveys"), "Acme Surveys");
    }
}
