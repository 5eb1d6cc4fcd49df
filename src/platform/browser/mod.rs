//! In the browser: `Intl.Segmenter` splits words and `Intl.DateTimeFormat`
//! writes dates (`intl`).

mod intl;

pub(super) use intl::format_dates;
pub use intl::words_of;
