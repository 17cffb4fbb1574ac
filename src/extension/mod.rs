//! Clickline's own browser extension (Manifest V3, `static/extension/`) and
//! the same code as a userscript, offered from `/extension` with the steps
//! to install them.

pub mod bundle;
pub mod web;

pub use bundle::Bundle;
pub use web::routes;

/// The scorecard fields the extension asks the bulk lookup for, as
/// `core.js` names them (the load benchmark asks for the same).
pub fn fields_asked() -> &'static str {
    include_str!("../../static/extension/core.js")
        .split("var FIELDS = \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("core.js names its FIELDS")
}

#[cfg(test)]
mod tests {
    use crate::scorecards::parse::FieldSelection;

    #[test]
    fn the_extension_asks_for_fields_scorecards_have() {
        let selection = FieldSelection::parse(super::fields_asked())
            .expect("every field the extension asks for is a scorecard's")
            .expect("some fields");
        assert!(selection.key().contains("all.ratings"));
    }
}
