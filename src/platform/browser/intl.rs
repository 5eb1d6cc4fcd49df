//! The browser's `Intl`, for what Rust would need Unicode tables or locale
//! data for: the words of a text (`Intl.Segmenter`) and the dates of the
//! languages the widget has no table for (`Intl.DateTimeFormat`).
//!
//! Bound with `extern "C"` declarations only: a JavaScript snippet would be
//! one more request, and `Function`/`eval` are what a strict
//! Content-Security-Policy forbids. Options objects come from `JSON.parse`,
//! which the widget imports anyway.

use js_sys::{Array, JsString};
use wasm_bindgen::prelude::*;

use crate::model::{push_segment_words, IsoDate};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl)]
    type Segmenter;

    /// `new Intl.Segmenter(locales, options)`; an error where the engine has
    /// none (Firefox before 125).
    #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
    fn new(locales: &JsValue, options: &JsValue) -> Result<Segmenter, JsValue>;

    /// The segments of `text`: an iterable of [`Segment`]s.
    #[wasm_bindgen(method)]
    fn segment(this: &Segmenter, text: &JsString) -> JsValue;

    /// One segment: `{ segment, isWordLike, … }`.
    type Segment;

    /// The segment's text: a string (as a `JsValue`, which keeps the glue
    /// that copies strings out of this import).
    #[wasm_bindgen(method, getter, js_name = segment)]
    fn text(this: &Segment) -> JsValue;

    #[wasm_bindgen(method, getter, js_name = isWordLike)]
    fn is_word_like(this: &Segment) -> bool;

    #[wasm_bindgen(js_namespace = Intl)]
    type DateTimeFormat;

    /// `new Intl.DateTimeFormat(locales, options)`; an error for a tag the
    /// engine does not accept.
    #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
    fn new(locales: &str, options: &JsValue) -> Result<DateTimeFormat, JsValue>;

    /// `formatRange(start, end)`, both in milliseconds since 1970 (UTC): a
    /// string, one date when they are the same day. It throws only for a
    /// time out of range, and years 1 to 9999 are all within range.
    #[wasm_bindgen(method, js_name = formatRange)]
    fn format_range(this: &DateTimeFormat, start: f64, end: f64) -> JsValue;
}

/// An options object written as JSON.
fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::UNDEFINED)
}

/// The model's native `words_of` rule in the browser: the text lower-cased by
/// `toLowerCase`, cut by `Intl.Segmenter` into segments of which the
/// word-like ones (`isWordLike`: with a letter or a digit) are kept, then
/// the same Rust code as natively ([`push_segment_words`]).
///
/// An engine without `Intl.Segmenter` (Chromium before 87, Safari before
/// 14.1, Firefox before 125) gets no words: the words of items are not
/// checked there, and the summary still shows (`validate` checks them
/// natively). A RegExp fallback cost the wasm more than its byte budget had.
pub fn words_of(text: &str) -> Vec<String> {
    let text = JsString::from(text).to_lower_case();
    let mut words = Vec::new();
    SEGMENTER.with(|segmenter| {
        if let Some(segmenter) = segmenter {
            for item in Array::from(&segmenter.segment(&text)).iter() {
                let item: Segment = item.unchecked_into();
                if item.is_word_like() {
                    push_segment_words(&item.text().as_string().unwrap_or_default(), &mut words);
                }
            }
        }
    });
    words
}

thread_local! {
    /// One word segmenter for the page, in the browser's default locale (the
    /// word rule does not depend on the summary's language): making one
    /// costs more than segmenting a short text, and a summary has hundreds.
    static SEGMENTER: Option<Segmenter> =
        Segmenter::new(&JsValue::UNDEFINED, &options(r#"{"granularity":"word"}"#)).ok();
}

/// `start` to `end` as `Intl.DateTimeFormat` writes them in `lang`, long
/// style: "2007年9月20日～21日" in Japanese. `None` for a tag it refuses.
pub(in crate::platform) fn format_dates(
    start: IsoDate,
    end: IsoDate,
    lang: &str,
) -> Option<String> {
    let format =
        DateTimeFormat::new(lang, &options(r#"{"dateStyle":"long","timeZone":"UTC"}"#)).ok()?;
    format
        .format_range(utc_millis(start), utc_millis(end))
        .as_string()
}

/// Milliseconds from 1970-01-01 to the start of `date`, UTC.
fn utc_millis(date: IsoDate) -> f64 {
    f64::from(date.days_since_epoch()) * 86_400_000.0
}
