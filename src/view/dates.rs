use yew::prelude::*;

use crate::model::{format_date_range, IsoDate};

/// A `<time>` for the days from `start` to `end`, written the way `lang`
/// writes dates. Left to right whatever the content's direction: every date
/// format the widget has runs that way (Latin or Cyrillic month names, or
/// ISO digits), and in a right-to-left line the bidi algorithm would
/// otherwise put "21–20" for "20–21". HTML has no datetime for a range of
/// days: the element carries the first.
pub fn time_element(start: IsoDate, end: IsoDate, lang: &str) -> Html {
    html! {
        <time datetime={start.to_string()} dir="ltr">{ format_date_range(start, end, lang) }</time>
    }
}
