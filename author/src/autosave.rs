//! The work kept in the browser (localStorage) as the editor goes, so that
//! a reload or a closed tab loses nothing: the release, the summary, what
//! the draft could not determine and which fields were touched. The page
//! offers it back on the next visit, never restoring it unasked. Storage
//! can be full or turned off: every failure is an error to show, never a
//! panic.

use std::collections::BTreeSet;

use conference_summary_authoring::draft::Draft;
use serde_json::{Map, Value};
use web_sys::Storage;

use crate::editor::{Editor, Kept};

/// The localStorage key of the kept work.
pub const KEY: &str = "conference-summary-author:work";

/// The form of what is kept; another form is not read back.
const VERSION: u64 = 1;

/// How long the work must rest before it is kept, in milliseconds: a burst
/// of typing costs one write, and a reload right after a pause loses nothing.
pub const SAVE_DELAY_MS: i32 = 600;

/// Work kept from an earlier visit, and when it was kept.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    /// The work.
    pub kept: Kept,
    /// When it was kept, in milliseconds since 1970 (JavaScript's `Date`).
    pub saved_at: f64,
}

/// What the page says when the work cannot be kept, and why.
fn not_kept(why: &str) -> String {
    format!("Your work is not kept in this browser: {why}. Export summary.json to keep it.")
}

/// The page's localStorage, or why there is none.
fn storage() -> Result<Storage, String> {
    let window = web_sys::window().ok_or_else(|| not_kept("there is no window"))?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) | Err(_) => Err(not_kept("its storage is turned off for this page")),
    }
}

/// Keeps `editor`'s work, replacing what was kept; an empty page keeps
/// nothing (and removes what was kept). The error, a sentence for the page,
/// says why it failed.
pub fn save(editor: &Editor) -> Result<(), String> {
    let storage = storage()?;
    if editor.is_empty() {
        return storage
            .remove_item(KEY)
            .map_err(|_| not_kept("its storage refused a change"));
    }
    let draft = Draft {
        summary: (*editor.summary).clone(),
        missing: editor.missing.clone(),
        findings: Vec::new(),
    };
    // Built value by value: json! would serialise the set through serde's
    // generic machinery, code the page has no other use for.
    let mut saved = Map::new();
    saved.insert("version".into(), Value::from(VERSION));
    // Whole milliseconds: a float would bring float formatting into the page.
    saved.insert("savedAt".into(), Value::from(js_sys::Date::now() as u64));
    saved.insert("release".into(), Value::from(editor.release.as_str()));
    saved.insert("drafted".into(), Value::from(editor.drafted));
    let touched = editor.touched.iter().map(|path| Value::from(path.as_str()));
    saved.insert("touched".into(), Value::Array(touched.collect()));
    saved.insert("draft".into(), Value::from(draft.to_message()));
    let text = Value::Object(saved).to_string();
    storage
        .set_item(KEY, &text)
        .map_err(|_| not_kept("its storage is full or refused the work"))
}

/// The work kept by an earlier visit, if any; an error, a sentence for the
/// page, when there is some that cannot be read.
pub fn load() -> Result<Option<Offer>, String> {
    let Some(text) = storage()?
        .get_item(KEY)
        .map_err(|_| not_kept("its storage could not be read"))?
    else {
        return Ok(None);
    };
    read(&text)
        .map(Some)
        .map_err(|error| {
            format!("The work this browser kept could not be read ({error}); your work from now on replaces it.")
        })
}

/// Forgets the kept work.
pub fn discard() -> Result<(), String> {
    storage()?
        .remove_item(KEY)
        .map_err(|_| not_kept("its storage refused a change"))
}

/// The work in `text`, as [`save`] wrote it.
fn read(text: &str) -> Result<Offer, String> {
    let saved: Value = serde_json::from_str(text).map_err(|error| error.to_string())?;
    let version = saved.get("version").and_then(Value::as_u64);
    if version != Some(VERSION) {
        return Err(format!("it is not in form {VERSION} (found {version:?})"));
    }
    let text_at = |key: &str| {
        saved
            .get(key)
            .and_then(Value::as_str)
            .ok_or(format!("no text at {key}"))
    };
    let draft = Draft::from_message(text_at("draft")?)?;
    let touched: BTreeSet<String> = saved
        .get("touched")
        .and_then(Value::as_array)
        .map(|paths| {
            paths
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    Ok(Offer {
        kept: Kept {
            release: text_at("release")?.to_string(),
            summary: draft.summary,
            missing: draft.missing,
            drafted: saved
                .get("drafted")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            touched,
        },
        saved_at: saved.get("savedAt").and_then(Value::as_f64).unwrap_or(0.0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_work_reads_back_and_anything_else_says_what_is_wrong() {
        let draft = Draft {
            summary: conference_summary::model::FormatValue::blank(),
            missing: Vec::new(),
            findings: Vec::new(),
        };
        let text = serde_json::json!({
            "version": VERSION, "savedAt": 5, "release": "Title", "drafted": true,
            "touched": ["headline"], "draft": draft.to_message(),
        })
        .to_string();
        let offer = read(&text).expect("the form save writes");
        assert_eq!(offer.kept.release, "Title");
        assert!(offer.kept.drafted);
        assert!(offer.kept.touched.contains("headline"));
        assert_eq!(offer.saved_at, 5.0);
        assert!(read("{").is_err());
        assert_eq!(
            read(r#"{"version": 99}"#),
            Err("it is not in form 1 (found Some(99))".to_string())
        );
        assert_eq!(
            read(r#"{"version": 1}"#),
            Err("no text at draft".to_string())
        );
    }
}
