//! Checks a parsed summary: every error names the field it is about.

use std::fmt;

use super::date::IsoDate;
use super::problems::Problems;
use super::sorted::{has_word, repeats, word_set};
use super::summary::{EventDate, QuoteKind, Summary, Text};
use super::text::{contains_verbatim, quoted, words_missing_from, Words};

/// A problem with one field of a summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// Where the problem is, as a JSON path: `quotes[2].speaker`.
    pub path: String,
    /// What is wrong there.
    pub message: String,
}

impl ValidationError {
    /// A problem with the whole document (its path is `summary`).
    pub fn of_document(message: String) -> ValidationError {
        ValidationError {
            path: "summary".to_string(),
            message,
        }
    }

    /// The error for text that is not JSON at all; `detail` is the JSON
    /// reader's account: what it expected, and where.
    pub fn not_json(detail: &str) -> ValidationError {
        ValidationError::of_document(format!("not valid JSON: {detail}"))
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem in `summary`, in document order; empty when it is valid.
///
/// Beyond the shape [`check_shape`](crate::check_shape) checks: required text is not blank, dates
/// are real and in order, ids are well formed and unique, quotes name a known
/// speaker, and every item's words stand in the source paragraph it cites
/// (letter for letter for quotes).
#[cfg(feature = "native")]
pub fn validate(summary: &Summary) -> Vec<ValidationError> {
    validate_with(summary, super::words_of)
}

/// [`validate`], splitting texts into lower-cased words with `words`.
pub fn validate_with(summary: &Summary, words: Words) -> Vec<ValidationError> {
    validate_up_to(summary, words, usize::MAX)
}

/// [`validate_with`], listing at most `limit` problems, then how many more.
pub(crate) fn validate_up_to(
    summary: &Summary,
    words: Words,
    limit: usize,
) -> Vec<ValidationError> {
    let mut check = Checker {
        summary,
        words,
        paragraph_words: vec![None; summary.source.paragraphs.len()],
        errors: Problems::up_to(limit),
    };
    check.all();
    check.errors.into_vec()
}

/// Whether `url` may stand in a link: `https:`, `http:` or `mailto:` with
/// something after it. Anything else (`javascript:`, `data:`, relative paths)
/// could run script or mislead on the host page.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len())
        && !url.chars().any(char::is_control)
}

struct Checker<'a> {
    summary: &'a Summary,
    words: Words,
    /// Each source paragraph's words as a [`word_set`], split once: most
    /// items cite a few.
    paragraph_words: Vec<Option<Vec<String>>>,
    errors: Problems,
}

impl Checker<'_> {
    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.errors.push(ValidationError {
            path: path.into(),
            message: message.into(),
        });
    }

    fn all(&mut self) {
        let summary = self.summary;
        self.language("lang", &summary.lang);
        self.not_blank("headline", &summary.headline);
        self.source();

        let dateline = &summary.dateline;
        self.words("dateline", "place", &dateline.place, dateline.source);
        self.date("dateline.date", &dateline.date);

        let start = self.event_date("dates.start", &summary.dates.start);
        let end = self.event_date("dates.end", &summary.dates.end);
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                self.error("dates.end", format!("{end} is before the start, {start}"));
            }
        }

        self.text("focus", &summary.focus);
        self.texts("aims", &summary.aims);
        self.texts("participants", &summary.participants);
        self.speakers();
        // Days are checked against the conference only when its dates make sense.
        let conference = start.zip(end).filter(|(start, end)| start <= end);
        self.programme(conference);
        self.quotes();
        self.text("organiser", &summary.organiser);
        if let Some(chair) = &summary.chair {
            self.text("chair", chair);
        }
        self.texts("funders", &summary.funders);
    }

    fn source(&mut self) {
        let source = &self.summary.source;
        self.not_blank("source.title", &source.title);
        self.date("source.date", &source.date);
        if let Some(url) = &source.url {
            if !is_safe_link(url) {
                self.error(
                    "source.url",
                    format!(
                        "expected an https:, http: or mailto: URL, found {}",
                        quoted(url)
                    ),
                );
            }
        }
        if source.paragraphs.is_empty() {
            self.error(
                "source.paragraphs",
                "expected at least one paragraph, found none",
            );
        }
        for (index, paragraph) in source.paragraphs.iter().enumerate() {
            self.not_blank(format!("source.paragraphs[{index}]"), paragraph);
        }
    }

    fn not_blank(&mut self, path: impl Into<String>, value: &str) -> bool {
        let blank = value.trim().is_empty();
        if blank {
            self.error(path, "expected text, found an empty string");
        }
        !blank
    }

    fn language(&mut self, path: &str, tag: &str) {
        let mut subtags = tag.split('-');
        let primary_ok = subtags.next().is_some_and(|primary| {
            (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic())
        });
        let rest_ok = subtags.all(|subtag| {
            (1..=8).contains(&subtag.len()) && subtag.chars().all(|c| c.is_ascii_alphanumeric())
        });
        if !(primary_ok && rest_ok) {
            self.error(
                path,
                format!(
                    "expected a language tag such as \"en\" or \"fr-CA\", found {}",
                    quoted(tag)
                ),
            );
        }
    }

    fn date(&mut self, path: &str, value: &str) -> Option<IsoDate> {
        let date = IsoDate::parse(value);
        if date.is_none() {
            self.error(
                path,
                format!("expected a date as YYYY-MM-DD, found {}", quoted(value)),
            );
        }
        date
    }

    /// Checks an id; `repeated` says whether an earlier one of its list is the same.
    fn identifier(&mut self, path: String, id: &str, repeated: bool) {
        let well_formed = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            self.error(
                path,
                format!(
                    "expected an id of lower-case letters, digits and \"-\", found {}",
                    quoted(id)
                ),
            );
        } else if repeated {
            self.error(path, format!("the id {} is used twice", quoted(id)));
        }
    }

    /// The paragraph `number` points at, or an error at `path`.
    fn paragraph(&mut self, path: &str, number: usize) -> Option<&str> {
        let summary = self.summary;
        let paragraph = summary.paragraph(number);
        // With no paragraphs at all, that one error says it; no need for one per item.
        if paragraph.is_none() && !summary.source.paragraphs.is_empty() {
            let count = summary.source.paragraphs.len();
            self.error(
                path,
                format!("expected a paragraph number from 1 to {count}, found {number}"),
            );
        }
        paragraph
    }

    /// Checks that every word of the item's `field`, `value`, stands in
    /// source paragraph `source`, which the item's `source` field names.
    fn words(&mut self, item: &str, field: &str, value: &str, source: usize) {
        let path = format!("{item}.{field}");
        let words = self.words;
        if !self.not_blank(&path, value) {
            return;
        }
        let Some(paragraph) = self.paragraph(&format!("{item}.source"), source) else {
            return;
        };
        let paragraph = paragraph.to_owned();
        let Some(known) = self.paragraph_words.get_mut(source - 1) else {
            return;
        };
        let known = known.get_or_insert_with(|| word_set(words(&paragraph)));
        let missing = words_missing_from(value, known, words);
        if !missing.is_empty() {
            // Joined as `&str`s: one joining routine in the wasm, not two.
            let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
            let list = missing.join("\", \"");
            self.error(
                path,
                format!("source paragraph {source} does not contain \"{list}\""),
            );
        }
    }

    fn text(&mut self, path: &str, item: &Text) {
        self.words(path, "text", &item.text, item.source);
    }

    fn texts(&mut self, path: &str, items: &[Text]) {
        for (index, item) in items.iter().enumerate() {
            self.text(&format!("{path}[{index}]"), item);
        }
    }

    fn event_date(&mut self, path: &str, day: &EventDate) -> Option<IsoDate> {
        self.words(path, "text", &day.text, day.source);
        self.date(&format!("{path}.date"), &day.date)
    }

    fn speakers(&mut self) {
        let speakers = &self.summary.speakers;
        let ids: Vec<&str> = speakers.iter().map(|speaker| speaker.id.as_str()).collect();
        for ((index, speaker), repeated) in speakers.iter().enumerate().zip(repeats(&ids)) {
            let path = format!("speakers[{index}]");
            self.identifier(format!("{path}.id"), &speaker.id, repeated);
            self.words(&path, "name", &speaker.name, speaker.source);
            self.words(&path, "role", &speaker.role, speaker.source);
        }
    }

    fn programme(&mut self, conference: Option<(IsoDate, IsoDate)>) {
        for (index, day) in self.summary.programme.iter().enumerate() {
            let path = format!("programme[{index}]");
            let date = self.event_date(&format!("{path}.date"), &day.date);
            if let (Some(date), Some((start, end))) = (date, conference) {
                if date < start || date > end {
                    self.error(
                        format!("{path}.date.date"),
                        format!("{date} is outside the conference, {start} to {end}"),
                    );
                }
            }
            self.texts(&format!("{path}.items"), &day.items);
        }
    }

    fn quotes(&mut self) {
        let summary = self.summary;
        let ids: Vec<&str> = summary
            .quotes
            .iter()
            .map(|quote| quote.id.as_str())
            .collect();
        let speakers = word_set(
            summary
                .speakers
                .iter()
                .map(|speaker| speaker.id.clone())
                .collect(),
        );
        for ((index, quote), repeated) in summary.quotes.iter().enumerate().zip(repeats(&ids)) {
            let path = format!("quotes[{index}]");
            self.identifier(format!("{path}.id"), &quote.id, repeated);
            if !has_word(&speakers, &quote.speaker) {
                self.error(
                    format!("{path}.speaker"),
                    format!("no speaker has the id {}", quoted(&quote.speaker)),
                );
            }
            let text_path = format!("{path}.text");
            match quote.kind {
                QuoteKind::Paraphrase => self.words(&path, "text", &quote.text, quote.source),
                QuoteKind::Quote => {
                    if !self.not_blank(&text_path, &quote.text) {
                        continue;
                    }
                    let Some(paragraph) = self.paragraph(&format!("{path}.source"), quote.source)
                    else {
                        continue;
                    };
                    if !contains_verbatim(paragraph, &quote.text) {
                        self.error(
                            text_path,
                            format!(
                                "not found word for word in source paragraph {}",
                                quote.source
                            ),
                        );
                    }
                }
            }
        }
    }
}
