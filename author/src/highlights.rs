//! Where each item of the summary stands in the release: the spans the
//! paragraph view highlights. Worked out from the summary as it is now, so
//! the highlights follow every edit, not only the draft.

use conference_summary::model::{QuoteKind, Summary};

/// A highlighted span of one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Byte range in the paragraph.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The JSON path of the item's text.
    pub path: String,
    /// What the item is, as a CSS class names it: `quote`, `paraphrase`,
    /// `speaker`, `role`, `date`, `place`, `funder`, `organiser`, `fact`.
    pub kind: &'static str,
}

/// The marks of every paragraph, paragraph 1 first; within a paragraph in
/// order and never overlapping (the first and longest of two overlapping
/// items wins).
pub fn marks(summary: &Summary) -> Vec<Vec<Mark>> {
    let mut found: Vec<(String, String, usize, &'static str)> = Vec::new();
    let mut push = |path: String, text: &str, source: usize, kind: &'static str| {
        found.push((path, text.to_owned(), source, kind));
    };
    push(
        "dateline.place".into(),
        &summary.dateline.place,
        summary.dateline.source,
        "place",
    );
    for (name, day) in [("start", &summary.dates.start), ("end", &summary.dates.end)] {
        push(format!("dates.{name}.text"), &day.text, day.source, "date");
    }
    push(
        "focus.text".into(),
        &summary.focus.text,
        summary.focus.source,
        "fact",
    );
    for (list, items, kind) in [
        ("aims", &summary.aims, "fact"),
        ("participants", &summary.participants, "fact"),
        ("funders", &summary.funders, "funder"),
    ] {
        for (index, item) in items.iter().enumerate() {
            push(
                format!("{list}[{index}].text"),
                &item.text,
                item.source,
                kind,
            );
        }
    }
    for (index, speaker) in summary.speakers.iter().enumerate() {
        push(
            format!("speakers[{index}].name"),
            &speaker.name,
            speaker.source,
            "speaker",
        );
        push(
            format!("speakers[{index}].role"),
            &speaker.role,
            speaker.source,
            "role",
        );
    }
    for (index, day) in summary.programme.iter().enumerate() {
        push(
            format!("programme[{index}].date.text"),
            &day.date.text,
            day.date.source,
            "date",
        );
        for (item_index, item) in day.items.iter().enumerate() {
            push(
                format!("programme[{index}].items[{item_index}].text"),
                &item.text,
                item.source,
                "fact",
            );
        }
    }
    for (index, quote) in summary.quotes.iter().enumerate() {
        let kind = match quote.kind {
            QuoteKind::Quote => "quote",
            QuoteKind::Paraphrase => "paraphrase",
        };
        push(
            format!("quotes[{index}].text"),
            &quote.text,
            quote.source,
            kind,
        );
    }
    push(
        "organiser.text".into(),
        &summary.organiser.text,
        summary.organiser.source,
        "organiser",
    );
    if let Some(chair) = &summary.chair {
        push("chair.text".into(), &chair.text, chair.source, "fact");
    }

    let paragraphs = &summary.source.paragraphs;
    let mut marks: Vec<Vec<Mark>> = vec![Vec::new(); paragraphs.len()];
    for (path, text, source, kind) in found {
        let Some(paragraph) = source
            .checked_sub(1)
            .and_then(|index| paragraphs.get(index))
        else {
            continue;
        };
        if let Some((start, end)) = locate(paragraph, &text) {
            if let Some(list) = marks.get_mut(source - 1) {
                list.push(Mark {
                    start,
                    end,
                    path,
                    kind,
                });
            }
        }
    }
    for list in &mut marks {
        list.sort_by_key(|mark| (mark.start, std::cmp::Reverse(mark.end)));
        let mut kept: Vec<Mark> = Vec::with_capacity(list.len());
        for mark in list.drain(..) {
            if kept.last().is_none_or(|last| mark.start >= last.end) {
                kept.push(mark);
            }
        }
        *list = kept;
    }
    marks
}

/// Where `text` stands in `paragraph`: as it is, or else ignoring case
/// (list items are often capitalised), when lower-casing keeps every byte
/// where it was.
fn locate(paragraph: &str, text: &str) -> Option<(usize, usize)> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Some(start) = paragraph.find(text) {
        return Some((start, start + text.len()));
    }
    let (lower_paragraph, lower_text) = (paragraph.to_lowercase(), text.to_lowercase());
    if lower_paragraph.len() != paragraph.len() || lower_text.len() != text.len() {
        return None;
    }
    let start = lower_paragraph.find(&lower_text)?;
    let end = start + text.len();
    (paragraph.is_char_boundary(start) && paragraph.is_char_boundary(end)).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use conference_summary::model::DEFAULT_SUMMARY_JSON;

    #[test]
    fn the_built_in_summary_is_highlighted_where_its_items_stand() {
        let summary: Summary = match conference_summary::parse_summary(DEFAULT_SUMMARY_JSON) {
            Ok(summary) => summary,
            Err(errors) => panic!("{errors:?}"),
        };
        let marks = marks(&summary);
        let paragraph = |number: usize| summary.source.paragraphs[number - 1].as_str();
        let text_of = |number: usize, mark: &Mark| &paragraph(number)[mark.start..mark.end];
        // Paragraph 9: the organiser and the four funders.
        let nine: Vec<&str> = marks[8].iter().map(|mark| text_of(9, mark)).collect();
        assert_eq!(
            nine,
            [
                "OSCE Strategic Police Matters Unit",
                "Spain",
                "France",
                "the United States",
                "Belgium"
            ]
        );
        // Paragraph 2: the quote, then the speaker's name and role.
        let kinds: Vec<&str> = marks[1].iter().map(|mark| mark.kind).collect();
        assert_eq!(kinds, ["quote", "speaker", "role"]);
        // A capitalised programme item is found ignoring case.
        assert!(marks[7]
            .iter()
            .any(|mark| text_of(8, mark).starts_with("experts from Austria")));
    }
}
