//! The extension's files, read once at start from `static/extension/`, and
//! the two packages made from them: the WebExtension zip and the userscript.
//! Both carry the configured `public_url` as the default Clickline address
//! and the address the userscript updates from (the only thing that differs
//! between deployments).

use std::io::{Cursor, Write};
use std::path::Path;

use zip::write::SimpleFileOptions;

use crate::config::PublicUrl;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// The file holding the default address, rewritten in every package.
const DEFAULTS: &str = "defaults.js";
/// Files of the folder that are not part of the WebExtension.
const NOT_IN_ZIP: [&str; 2] = ["userscript.js", "screenshot.png"];
/// What the userscript is made of, in order, after its header.
const USERSCRIPT_PARTS: [&str; 3] = ["messages.js", "core.js", "userscript.js"];

/// The extension folder, in memory.
#[derive(Debug, Default)]
pub struct Bundle {
    files: Vec<(String, Vec<u8>)>,
}

impl Bundle {
    /// Every file directly in `{static_dir}/extension`, sorted by name; an
    /// empty bundle (and 404s) where the folder is missing.
    pub fn load(static_dir: &str) -> Bundle {
        let dir = Path::new(static_dir).join("extension");
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                Some((name, std::fs::read(entry.path()).ok()?))
            })
            .collect();
        files.sort();
        Bundle { files }
    }

    pub fn is_empty(&self) -> bool {
        !self.files.iter().any(|(name, _)| name == "manifest.json")
    }

    pub fn has(&self, name: &str) -> bool {
        self.files.iter().any(|(file, _)| file == name)
    }

    fn text(&self, name: &str) -> String {
        self.files
            .iter()
            .find(|(file, _)| file == name)
            .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
            .unwrap_or_default()
    }

    /// The WebExtension as a zip, its default address set to `origin`.
    pub fn zip(&self, origin: &PublicUrl) -> zip::result::ZipResult<Vec<u8>> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        // A fixed date keeps the zip the same from one request to the next.
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .last_modified_time(DateTime::default());
        for (name, bytes) in &self.files {
            if NOT_IN_ZIP.contains(&name.as_str()) {
                continue;
            }
            zip.start_file(name.as_str(), options)?;
            if name == DEFAULTS {
                zip.write_all(defaults(origin).as_bytes())?;
            } else {
                zip.write_all(bytes)?;
            }
        }
        Ok(zip.finish()?.into_inner())
    }

    /// The userscript: a header for script managers, then the same code as
    /// the extension, with its styles inlined.
    pub fn userscript(&self, origin: &PublicUrl) -> String {
        let version = serde_json::from_str::<serde_json::Value>(&self.text("manifest.json"))
            .ok()
            .and_then(|m| m["version"].as_str().map(str::to_owned))
            .unwrap_or_else(|| "1.0.0".into());
        let mut script = header(origin, &version);
        script.push_str(&defaults(origin));
        script.push_str(&format!(
            "var CLICKLINE_CSS = {};\n",
            js_string(&self.text("clickline.css"))
        ));
        for part in USERSCRIPT_PARTS {
            script.push('\n');
            script.push_str(&self.text(part));
        }
        script
    }
}

/// A JavaScript string literal (JSON's, with `<` escaped so it can never
/// end a script element).
fn js_string(text: &str) -> String {
    serde_json::to_string(text)
        .expect("a string serialises")
        .replace('<', "\\u003c")
}

fn defaults(origin: &PublicUrl) -> String {
    format!(
        "// The Clickline that served this copy; the options can set another.\n\
         var CLICKLINE_DEFAULT_ADDRESS = {};\n",
        js_string(origin.as_str())
    )
}

fn header(origin: &PublicUrl, version: &str) -> String {
    let mut lines = vec![
        "// ==UserScript==".to_owned(),
        "// @name         Clickline".to_owned(),
        format!("// @version      {version}"),
        "// @description  Worker ratings of requesters beside every task on MTurk, from Clickline. No tracking, no account.".to_owned(),
        "// @match        https://worker.mturk.com/*".to_owned(),
        "// @grant        GM_xmlhttpRequest".to_owned(),
        "// @grant        GM_addStyle".to_owned(),
        "// @run-at       document-idle".to_owned(),
    ];
    let script = origin.join("/extension/clickline.user.js");
    lines.push(format!("// @namespace    {}", origin.as_str()));
    lines.push(format!("// @connect      {}", origin.host()));
    lines.push(format!("// @downloadURL  {script}"));
    lines.push(format!("// @updateURL    {script}"));
    lines.push("// ==/UserScript==".to_owned());
    lines.join("\n") + "\n\n"
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn bundle() -> Bundle {
        Bundle::load(concat!(env!("CARGO_MANIFEST_DIR"), "/static"))
    }

    #[test]
    fn the_zip_holds_the_extension_with_the_serving_address() {
        let bytes = bundle()
            .zip(&PublicUrl::parse("https://clickline.example").unwrap())
            .unwrap();
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut names: Vec<String> = zip
            .file_names()
            .map(|name| name.unwrap().into_owned())
            .collect();
        names.sort();
        for needed in [
            "manifest.json",
            "core.js",
            "content.js",
            "options.html",
            DEFAULTS,
        ] {
            assert!(names.iter().any(|n| n == needed), "{needed} in {names:?}");
        }
        assert!(!names.iter().any(|n| NOT_IN_ZIP.contains(&n.as_str())));
        let mut defaults = String::new();
        zip.by_name(DEFAULTS)
            .unwrap()
            .read_to_string(&mut defaults)
            .unwrap();
        assert!(defaults.contains("= \"https://clickline.example\";"));
        let mut manifest = String::new();
        zip.by_name("manifest.json")
            .unwrap()
            .read_to_string(&mut manifest)
            .unwrap();
        let manifest: serde_json::Value = serde_json::from_str(&manifest).unwrap();
        assert_eq!(manifest["manifest_version"], 3);
        assert_eq!(manifest["permissions"], serde_json::json!(["storage"]));
        assert!(
            manifest.get("host_permissions").is_none(),
            "no host asked for"
        );
    }

    #[test]
    fn the_userscript_is_the_same_code_with_a_header() {
        let script = bundle().userscript(&PublicUrl::parse("http://127.0.0.1:8000").unwrap());
        assert!(script.starts_with("// ==UserScript=="));
        assert!(script.contains("// @connect      127.0.0.1\n"));
        assert!(script.contains("var CLICKLINE_DEFAULT_ADDRESS = \"http://127.0.0.1:8000\";"));
        assert!(script.contains("var Clickline = (function"));
        assert!(script.contains("var CLICKLINE_CSS = \"/* Clickline"));
        assert!(script.contains("GM_xmlhttpRequest({"));
    }
}
