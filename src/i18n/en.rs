use super::Strings;

/// English, the fallback for every other language.
pub(super) const STRINGS: Strings = Strings {
    lang: "en",
    widget_label: "Conference summary",
    sections_label: "Sections",
    section_names: ["Overview", "Quotes", "Programme", "Participants", "Funders"],
    focus: "Focus",
    aims: "Aims",
    place: "Place",
    first_day: "First day",
    final_day: "Final day",
    expand_all: "Expand all quotes",
    collapse_all: "Collapse all quotes",
    show_full_quote: "Show full quote",
    show_full_text: "Show full text",
    show_less: "Show less",
    paraphrase: "Paraphrase",
    taking_part: "Taking part",
    speakers: "Speakers",
    organised_by: "Organised by",
    funded_by: "Funded by",
    chairmanship: "Chairmanship",
    source_paragraph: "Source paragraph",
    source: "Source",
    loading: "Loading the summary…",
    error: "This summary cannot be shown.",
};
