use yew::prelude::*;

use crate::model::{text_direction, IsoDate};

/// The days from `start` to `end` as `lang` writes them: the model's table
/// for the language, else, in the browser, `Intl.DateTimeFormat`'s long
/// style ("2007年9月20日～21日"), else ISO dates. Natively (the `prerender`
/// command) a language without a table gets ISO dates.
pub fn written_dates(start: IsoDate, end: IsoDate, lang: &str) -> String {
    crate::model::format_date_range_with(start, end, lang, crate::platform::format_dates)
}

/// A `<time>` for the days from `start` to `end`, written the way `lang`
/// writes dates. The widget's own forms run left to right whatever the
/// content's direction (Latin or Cyrillic month names, or ISO digits: in a
/// right-to-left line the bidi algorithm would otherwise put "21–20" for
/// "20–21"). The languages that run right to left have no table here: in
/// the browser `Intl` writes their dates in their own order, and the
/// element's direction comes from that text (`dir="auto"`: its first
/// letter). HTML has no datetime for a range of days: the element carries
/// the first.
pub fn time_element(start: IsoDate, end: IsoDate, lang: &str) -> Html {
    let dir = if cfg!(target_arch = "wasm32") && text_direction(lang) == "rtl" {
        "auto"
    } else {
        "ltr"
    };
    html! {
        <time datetime={start.to_string()} {dir}>{ written_dates(start, end, lang) }</time>
    }
}
