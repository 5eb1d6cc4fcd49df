//! The release as title and paragraphs, and the small text helpers the
//! other finders share: sentences, phrases and lists.

use super::span::TextRange;
use super::work::charge;

/// The title line and the paragraphs of a release.
pub(crate) struct Document {
    pub title: Option<String>,
    pub paragraphs: Vec<String>,
}

/// Splits a release: the first non-blank line is the title; the rest is
/// paragraphs separated by blank lines (lines inside one joined with a
/// space) or, when there is no blank line between text, one a line.
pub(crate) fn split(release: &str) -> Document {
    let text = release.strip_prefix('\u{feff}').unwrap_or(release);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let Some(first) = lines.iter().position(|line| !line.is_empty()) else {
        return Document {
            title: None,
            paragraphs: Vec::new(),
        };
    };
    let body = &lines[first + 1..];
    let from = body.iter().position(|line| !line.is_empty());
    let to = body.iter().rposition(|line| !line.is_empty());
    let body = match (from, to) {
        (Some(from), Some(to)) => &body[from..=to],
        _ => &[][..],
    };
    let paragraphs = if body.iter().any(|line| line.is_empty()) {
        body.split(|line| line.is_empty())
            .filter(|group| !group.is_empty())
            .map(join_lines)
            .collect()
    } else {
        body.iter().map(|line| line.to_string()).collect()
    };
    Document {
        title: Some(lines[first].to_string()),
        paragraphs,
    }
}

/// The lines of one paragraph as one line. A short line without an end
/// mark before a capital ("6. Comment" above its text) is a heading: it
/// gets a stop, so that it is a sentence of its own and never read as the
/// start of the next ("Comment Commissioner General of X").
fn join_lines(lines: &[&str]) -> String {
    let mut joined = String::new();
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            let previous = lines[index - 1];
            let heading = previous.split(' ').count() <= MOST_HEADING_WORDS
                && !previous.ends_with(|c: char| !c.is_alphanumeric())
                && line.starts_with(char::is_uppercase);
            joined.push_str(if heading { ". " } else { " " });
        }
        joined.push_str(line);
    }
    joined
}

/// The most words of a heading line inside a paragraph.
const MOST_HEADING_WORDS: usize = 4;

/// Abbreviations whose full stop does not end a sentence.
/// Months as news agencies shorten them ("Oct. 14") and Central European
/// academic titles ("JUDr.") are among them.
const ABBREVIATIONS: [&str; 102] = [
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "art", "gen", "col", "lt", "amb", "rev",
    "jr", "sr", "inc", "ltd", "co", "vs", "hon", "sen", "gov", "insp", "supt", "cllr", "rt",
    "capt", "sgt", "maj", "cmdr", "rep", "eng", "jan", "feb", "mar", "apr", "aug", "sep", "sept",
    "oct", "nov", "dec", "judr", "mudr", "mgr", "phdr", "cst", "const", "det", "cpl", "barr",
    "engr", "mag", "revd", "smt", "ing", "lic", "licda", "licdo", "lcda", "lcdo", "brig", "assoc",
    "asst", "atty", "inż", "ca", "ma", "fr", "sto", "sta", "msgr", "res", "rndr", "paeddr", "mvdr",
    "pharmdr", "thdr", "bc", "prim", "assist", "hab",
    // "Md. NAME": Mohammad, as Bangladeshi names shorten it.
    "md", "drs",
    // "Adv. NAME", an advocate; "MSc. NAME"; "PCol. NAME", a Philippine
    // police rank.
    "adv", "msc", "cr", "mme", "av", "pcol", "pltcol", "pmaj", "pcpt", "pgen", "pltgen", "pmgen",
    "pbgen",
    // "Abg. NAME": a Paraguayan lawyer (abogado); "Mtra. NAME", a Mexican
    // master's degree.
    "abg", "mtra", "mtro", "dkt",
];

const CLOSING_MARKS: [char; 8] = ['"', '”', '»', '’', '\'', ')', '“', '‘'];

/// The sentences of `text` as byte ranges, each trimmed, end marks and
/// closing quotation marks included.
pub(crate) fn sentences(text: &str) -> Vec<TextRange> {
    charge(text.len());
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut end = index + c.len_utf8();
        while let Some(&(next, mark)) = chars.peek() {
            if CLOSING_MARKS.contains(&mark) || matches!(mark, '.' | '!' | '?') {
                end = next + mark.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        // "… vite. » He": a closing mark after a space still closes the sentence.
        let spaced_closer = text[end..]
            .trim_start_matches(' ')
            .strip_prefix(['»', '”'])
            .filter(|after| after.is_empty() || after.starts_with(char::is_whitespace));
        if let Some(after) = spaced_closer {
            end = text.len() - after.len();
            while chars.peek().is_some_and(|&(next, _)| next < end) {
                chars.next();
            }
        }
        let rest = &text[end..];
        let after = rest.trim_start();
        let spaced = after.len() < rest.len();
        // "… a sign. ”More reports …”": Swedish and Finnish open with the
        // closing mark, right before a word.
        let swedish_opener = after
            .strip_prefix('”')
            .is_some_and(|word| word.starts_with(char::is_alphanumeric));
        let opens = swedish_opener
            || after
                .chars()
                .next()
                .is_none_or(|next| next.is_uppercase() || next.is_numeric() || is_opener(next));
        if after.is_empty() || (spaced && opens && !(c == '.' && is_abbreviation(&text[..index]))) {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The sentence of `sentences` (as [`sentences`] gives them, in order) that
/// holds byte `at`.
pub(crate) fn sentence_at(sentences: &[TextRange], at: usize) -> Option<TextRange> {
    charge(1);
    let after = sentences.partition_point(|sentence| sentence.end <= at);
    sentences
        .get(after)
        .filter(|sentence| sentence.contains(at))
        .copied()
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<TextRange>) {
    let range = trim(text, start, end);
    if !range.is_empty() {
        out.push(range);
    }
}

/// Whether the word before a full stop is an initial or a known abbreviation.
pub(crate) fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    charge(word.len());
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters == 1
        || word.contains('.')
        || ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str())
}

/// Opening quotation marks.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '«' | '„' | '‚' | '\'' | '‘')
}

/// `start..end` of `text` without white space at either end; empty when
/// the range is (a finder's mistake must cost a finding, not the draft).
pub(crate) fn trim(text: &str, start: usize, end: usize) -> TextRange {
    let Some(slice) = text.get(start..end) else {
        return TextRange::new(start, start);
    };
    let left = slice.len() - slice.trim_start().len();
    let right = slice.len() - slice.trim_end().len();
    if left == slice.len() {
        return TextRange::new(start, start);
    }
    TextRange::new(start + left, end - right)
}

/// `start..end` of `text` trimmed, without the trailing characters in `marks`.
pub(crate) fn trim_end_marks(text: &str, start: usize, end: usize, marks: &[char]) -> TextRange {
    let trimmed = trim(text, start, end);
    let kept = trimmed.of(text).trim_end_matches(marks).trim_end();
    TextRange::new(trimmed.start, trimmed.start + kept.len())
}

/// The last `count` words of `text` as it stands, spaces included ("a
/// round table" of "… at a round table"): a multi-word phrase read in the
/// release's order.
pub(crate) fn last_words(text: &str, count: usize) -> &str {
    let start = match count.checked_sub(1) {
        Some(spaces) => text
            .rmatch_indices(' ')
            .nth(spaces)
            .map_or(0, |(space, _)| space + 1),
        None => text.len(),
    };
    &text[start..]
}

/// Byte offsets where `phrase` (ASCII, lower case) occurs in `text`,
/// ignoring ASCII case, on word boundaries.
pub(crate) fn find_all(text: &str, phrase: &str) -> Vec<usize> {
    charge(text.len());
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = lower.get(from..).and_then(|rest| rest.find(phrase)) {
        let at = from + found;
        let end = at + phrase.len();
        let before_ok = !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            || phrase.starts_with(|c: char| !c.is_alphanumeric());
        let after_ok = !text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
            || phrase.ends_with(|c: char| !c.is_alphanumeric());
        if before_ok && after_ok {
            out.push(at);
        }
        from = at + phrase.chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Whether `text` starts with `phrase` (ASCII, lower case), ignoring ASCII case.
pub(crate) fn starts_with_ci(text: &str, phrase: &str) -> bool {
    text.get(..phrase.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(phrase))
}

/// `text` with its words title-cased when it is written all in capitals
/// ("VIENNA" → "Vienna"); otherwise as it is.
pub(crate) fn title_case_capitals(text: &str) -> String {
    if text.chars().any(char::is_lowercase) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut word_start = true;
    for c in text.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphanumeric() && c != '\'';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::span::texts;
    use super::*;

    #[test]
    fn a_heading_line_above_its_text_is_a_sentence_of_its_own() {
        let document = split("Title\n\n6. Comment\nThe Commissioner, Mr. Tanabe, commented:\n\nA line\nwrapped here.");
        assert_eq!(
            document.paragraphs,
            [
                "6. Comment. The Commissioner, Mr. Tanabe, commented:",
                "A line wrapped here."
            ]
        );
        // A line that ends in a mark, or that wraps a sentence, is joined.
        let document = split(
            "Title\n\nThe Minister said on Monday that the\nplan is ready.\n\nHeld in:\nVienna",
        );
        assert_eq!(
            document.paragraphs,
            [
                "The Minister said on Monday that the plan is ready.",
                "Held in: Vienna"
            ]
        );
    }

    #[test]
    fn the_last_words_in_the_releases_order() {
        assert_eq!(last_words("met at a round table", 3), "a round table");
        assert_eq!(last_words("a round table", 6), "a round table");
        assert_eq!(last_words("a round table", 0), "");
    }

    #[test]
    fn paragraphs_by_line_or_by_blank_line() {
        let by_line = split("Title\r\nOne.\r\n Two. \r\n");
        assert_eq!(by_line.title.as_deref(), Some("Title"));
        assert_eq!(by_line.paragraphs, ["One.", "Two."]);
        let by_blank = split("\n\nTitle\n\nOne\nwrapped.\n\n\nTwo.\n");
        assert_eq!(by_blank.paragraphs, ["One wrapped.", "Two."]);
        assert!(split(" \n ").title.is_none());
    }

    #[test]
    fn sentences_end_at_stops_but_not_abbreviations() {
        let text = "Dr. J. Doe spoke. \"It works.\" Then 3 more? Yes.";
        assert_eq!(
            texts(text, &sentences(text)),
            ["Dr. J. Doe spoke.", "\"It works.\"", "Then 3 more?", "Yes."]
        );
        let titled = "It works, added RNDr. Katarína Vargová. Prim. Dr. Andreas Gruber agreed.";
        assert_eq!(
            texts(titled, &sentences(titled)),
            [
                "It works, added RNDr. Katarína Vargová.",
                "Prim. Dr. Andreas Gruber agreed."
            ]
        );
        let spaced = "« Nous agirons. » Then we left.";
        assert_eq!(
            texts(spaced, &sentences(spaced)),
            ["« Nous agirons. »", "Then we left."]
        );
        let swedish = "It is a sign. ”More reports”, she says.";
        assert_eq!(
            texts(swedish, &sentences(swedish)),
            ["It is a sign.", "”More reports”, she says."]
        );
    }

    #[test]
    fn capitals_become_title_case() {
        assert_eq!(title_case_capitals("NEW YORK"), "New York");
        assert_eq!(title_case_capitals("Vienna"), "Vienna");
    }
}
