//! Every string the widget's interface shows, in one place per language.
//!
//! Content (the summary) stays in the language it was written in; these are
//! the words around it: section names, buttons and accessible names.

mod de;
mod en;
mod es;
mod fr;
mod it;
mod ru;

/// The interface strings of one language.
#[derive(Debug)]
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
    /// Shown when the summary cannot be shown; the reason follows.
    pub error: &'static str,
    /// Label of the technical details under an error, for the page's maintainers.
    pub technical_details: &'static str,
    /// Reason: the server answered with an HTTP error; `{status}` is its code.
    pub error_http: &'static str,
    /// Reason: the server's answer was not JSON.
    pub error_type: &'static str,
    /// Reason: no answer before the timeout.
    pub error_timeout: &'static str,
    /// Reason: the request failed (offline, refused, blocked).
    pub error_network: &'static str,
    /// Reason: `src` is not a URL.
    pub error_url: &'static str,
    /// Reason: the document is over 1 MiB.
    pub error_size: &'static str,
    /// Reason: the text is not JSON.
    pub error_json: &'static str,
    /// Reason: the JSON is not a valid summary.
    pub error_invalid: &'static str,
    /// Reason: a bug in the widget.
    pub error_internal: &'static str,
}

/// Every language the interface speaks, English first.
pub const LANGUAGES: [&Strings; 6] = [
    &en::STRINGS,
    &fr::STRINGS,
    &de::STRINGS,
    &it::STRINGS,
    &ru::STRINGS,
    &es::STRINGS,
];

/// The strings for a language tag: `fr-CA` and `FR` find French; a language
/// the interface does not speak falls back to English.
pub fn strings(lang: &str) -> &'static Strings {
    let primary = lang.trim().split(['-', '_']).next().unwrap_or_default();
    LANGUAGES
        .into_iter()
        .find(|strings| strings.lang.eq_ignore_ascii_case(primary))
        .unwrap_or(&en::STRINGS)
}

/// There is one table per language, so its tag tells two apart. Comparing
/// every field, as a derived `PartialEq` would each time the view's
/// properties are compared, costs code in the wasm and time for nothing.
impl PartialEq for Strings {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl Eq for Strings {}

impl Strings {
    /// `"ltr"` or `"rtl"`, set as `dir` on the elements that show these
    /// strings: the interface runs its own way, whatever the content does.
    pub fn dir(&self) -> &'static str {
        crate::model::text_direction(self.lang)
    }

    /// The tab name of `section`.
    pub fn section_name(&self, section: crate::model::Section) -> &'static str {
        self.section_names[section.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field of a language, in declaration order. Listing them here by
    /// name is the check that no language lacks a key: `Strings` has no
    /// optional fields, and a field missing from this list fails the count.
    fn all(strings: &Strings) -> Vec<(&'static str, &'static str)> {
        let mut fields = vec![
            ("widget_label", strings.widget_label),
            ("sections_label", strings.sections_label),
            ("focus", strings.focus),
            ("aims", strings.aims),
            ("place", strings.place),
            ("first_day", strings.first_day),
            ("final_day", strings.final_day),
            ("expand_all", strings.expand_all),
            ("collapse_all", strings.collapse_all),
            ("show_full_quote", strings.show_full_quote),
            ("show_full_text", strings.show_full_text),
            ("show_less", strings.show_less),
            ("paraphrase", strings.paraphrase),
            ("taking_part", strings.taking_part),
            ("speakers", strings.speakers),
            ("organised_by", strings.organised_by),
            ("funded_by", strings.funded_by),
            ("chairmanship", strings.chairmanship),
            ("source_paragraph", strings.source_paragraph),
            ("source", strings.source),
            ("loading", strings.loading),
            ("error", strings.error),
            ("technical_details", strings.technical_details),
            ("error_http", strings.error_http),
            ("error_type", strings.error_type),
            ("error_timeout", strings.error_timeout),
            ("error_network", strings.error_network),
            ("error_url", strings.error_url),
            ("error_size", strings.error_size),
            ("error_json", strings.error_json),
            ("error_invalid", strings.error_invalid),
            ("error_internal", strings.error_internal),
        ];
        fields.extend(
            strings
                .section_names
                .iter()
                .map(|name| ("section_names", *name)),
        );
        fields
    }

    #[test]
    fn every_language_has_every_string_and_no_blank_one() {
        let english = all(&en::STRINGS);
        for strings in LANGUAGES {
            let fields = all(strings);
            assert_eq!(fields.len(), english.len(), "{}", strings.lang);
            for (key, value) in &fields {
                assert!(!value.trim().is_empty(), "{}: {key} is blank", strings.lang);
            }
            assert!(
                strings.error_http.contains("{status}"),
                "{}: error_http lacks {{status}}",
                strings.lang
            );
        }
        // The struct literal of each language must name every field, so the
        // compiler refuses a missing key or an extra one; this guards the count.
        assert_eq!(
            std::mem::size_of::<Strings>(),
            (english.len() + 1) * std::mem::size_of::<&str>()
        );
    }

    #[test]
    fn translations_are_not_english_left_over() {
        // Words that are the same in a language and in English.
        let same = [
            ("fr", "Sections"),
            ("fr", "Programme"),
            ("fr", "Participants"),
            ("fr", "Paraphrase"),
            ("fr", "Source"),
        ];
        let english = all(&en::STRINGS);
        for strings in &LANGUAGES[1..] {
            for ((key, value), (_, english_value)) in all(strings).iter().zip(&english) {
                if value == english_value {
                    assert!(
                        same.contains(&(strings.lang, value)),
                        "{}: {key} is still English",
                        strings.lang
                    );
                }
            }
        }
    }

    #[test]
    fn languages_are_found_by_primary_subtag() {
        assert_eq!(strings("fr-CA").lang, "fr");
        assert_eq!(strings("RU").lang, "ru");
        assert_eq!(strings("es_419").lang, "es");
        assert_eq!(strings("pt-BR").lang, "en");
        assert_eq!(strings("").lang, "en");
    }
}
