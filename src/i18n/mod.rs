//! Every string the widget's interface shows, in one place per language.
//!
//! Content (the summary) stays in the language it was written in; these are
//! the words around it: section names, buttons and accessible names.

mod en;

/// The interface strings of one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Strings {
    /// BCP 47 tag of these strings, set as `lang` on the elements that show them.
    pub lang: &'static str,
    /// Kicker above the headline, and the widget's accessible name.
    pub widget_label: &'static str,
    /// Accessible name of the tab list.
    pub sections_label: &'static str,
    /// Tab names, in [`crate::model::Section::ALL`] order.
    pub section_names: [&'static str; 5],
    /// Overview: heading of the focus.
    pub focus: &'static str,
    /// Overview: heading of the aims.
    pub aims: &'static str,
    /// Overview: label of the place.
    pub place: &'static str,
    /// Overview: label of the opening day.
    pub first_day: &'static str,
    /// Overview: label of the closing day.
    pub final_day: &'static str,
    /// Quotes: button that opens every quote.
    pub expand_all: &'static str,
    /// Quotes: button that closes every quote.
    pub collapse_all: &'static str,
    /// Quote toggle while closed; the speaker's name follows for screen readers.
    pub show_full_quote: &'static str,
    /// Paraphrase toggle while closed; the speaker's name follows for screen readers.
    pub show_full_text: &'static str,
    /// Quote toggle while open; the speaker's name follows for screen readers.
    pub show_less: &'static str,
    /// Badge on a passage that reports what someone said instead of quoting it.
    pub paraphrase: &'static str,
    /// Participants: heading of the groups taking part.
    pub taking_part: &'static str,
    /// Participants: heading of the people quoted.
    pub speakers: &'static str,
    /// Funders: label of the organiser.
    pub organised_by: &'static str,
    /// Funders: label of the funders.
    pub funded_by: &'static str,
    /// Funders: label of the chairmanship.
    pub chairmanship: &'static str,
    /// Source button, read before its paragraph number: "Source paragraph 4".
    pub source_paragraph: &'static str,
    /// Footer: read before the source's title.
    pub source: &'static str,
    /// Shown while a summary is loading.
    pub loading: &'static str,
    /// Shown when the summary cannot be shown; the details follow.
    pub error: &'static str,
}

/// The strings for a UI language tag such as `fr-CA`, falling back to English.
pub fn strings(_lang: &str) -> &'static Strings {
    &en::STRINGS
}

impl Strings {
    /// The tab name of `section`.
    pub fn section_name(&self, section: crate::model::Section) -> &'static str {
        self.section_names[section.index()]
    }
}
