//! JSON text in the browser: `JSON.parse` reads it, which keeps a JSON
//! parser out of the wasm, and its value becomes the model's [`Json`] tree.

use wasm_bindgen::{JsCast, JsValue};

use crate::model::Json;
use crate::platform::JsonError;

/// The tree of JSON text.
pub(in crate::platform) fn parse_json(json: &str) -> Result<Json, JsonError> {
    let value = js_sys::JSON::parse(json).map_err(|error| {
        JsonError::Syntax(
            error
                .dyn_ref::<js_sys::Error>()
                .map(|error| String::from(error.message()))
                .unwrap_or_default(),
        )
    })?;
    json_from_js(&value, 0).map_err(JsonError::Shape)
}

/// How deep a document may nest: far beyond any summary, and shallow enough
/// that reading it cannot exhaust the stack.
const MAX_DEPTH: usize = 32;

/// The tree of a value from `JSON.parse`, read by hand: no serde code
/// ships in the wasm. `JSON.parse` has already kept the last of any
/// repeated keys.
fn json_from_js(value: &JsValue, depth: usize) -> Result<Json, String> {
    if depth > MAX_DEPTH {
        return Err(format!("nested deeper than {MAX_DEPTH} levels"));
    }
    // Most values of a summary are strings, then objects and arrays: asked
    // in that order, a value costs the fewest calls into JavaScript.
    if let Some(text) = value.as_string() {
        Ok(Json::String(text))
    } else if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        array
            .iter()
            .map(|item| json_from_js(&item, depth + 1))
            .collect::<Result<_, _>>()
            .map(Json::Array)
    } else if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        js_sys::Object::entries(object)
            .iter()
            .map(|entry| {
                let entry: js_sys::Array = entry.unchecked_into();
                let key = entry.get(0).as_string().unwrap_or_default();
                json_from_js(&entry.get(1), depth + 1).map(|value| (key, value))
            })
            .collect::<Result<_, _>>()
            .map(Json::Object)
    } else if let Some(number) = value.as_f64() {
        Ok(Json::Number(number))
    } else if let Some(flag) = value.as_bool() {
        Ok(Json::Bool(flag))
    } else if value.is_null() || value.is_undefined() {
        Ok(Json::Null)
    } else {
        Err("not a JSON value".to_string())
    }
}
