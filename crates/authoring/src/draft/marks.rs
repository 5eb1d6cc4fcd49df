//! Passages in quotation marks: `"…"`, `“…”`, `«…»` (with or without
//! spaces inside), `„…“`, `”…”`, `‘…’` and `'…'`, the outermost marks only, so
//! that a quotation nested in another stays inside it; apostrophes
//! (children's, don't, the 1990s’) are not taken for marks.

use super::paragraphs::{is_opener, trim};
use super::span::TextRange;
use super::work::charge;

/// The fewest words a passage in marks needs to be someone's words rather
/// than a quoted term, unless an attribution breaks it.
const FEWEST_WORDS: usize = 3;

/// A passage in quotation marks.
pub(crate) struct Quoted {
    /// From the opening mark to after the closing one.
    pub marks: TextRange,
    /// The words inside, trimmed.
    pub words: TextRange,
    /// Fewer than [`FEWEST_WORDS`] words: a quoted term, unless it is the
    /// first part of a quotation broken by its attribution ("“This,” she
    /// said, “is only the start.”").
    pub short: bool,
}

/// The first closing mark of one kind at or after a place, remembered: a
/// release may open thousands of passages that never close, and each would
/// otherwise scan to the paragraph's end.
struct NextCloser {
    /// Where the last search started, and the closer it found.
    searched: Option<(usize, Option<usize>)>,
}

impl NextCloser {
    /// The first `at` from `from` on where `closes(at)`, for `from` that
    /// never decreases between calls.
    fn from(
        &mut self,
        text: &str,
        from: usize,
        closes: impl Fn(usize, char) -> bool,
    ) -> Option<(usize, char)> {
        let found = match self.searched {
            // No closer lies between the last start and what it found.
            Some((start, found)) if start <= from && found.is_none_or(|at| from <= at) => found,
            _ => {
                let found = text[from..]
                    .char_indices()
                    .inspect(|_| charge(1))
                    .find(|&(at, c)| closes(from + at, c))
                    .map(|(at, _)| from + at);
                self.searched = Some((from, found));
                found
            }
        };
        found.and_then(|at| Some((at, text[at..].chars().next()?)))
    }
}

/// The closing marks of an opening mark; `None` for a character that opens
/// nothing.
fn closers(mark: char) -> Option<&'static [char]> {
    Some(match mark {
        '"' => &['"'],
        '“' => &['”'],
        '«' => &['»'],
        '„' => &['“', '”'],
        // Swedish and Finnish open with the closing mark: ”…”.
        '”' => &['”'],
        // German and Slovene books and papers: »…«.
        '»' => &['«'],
        '‚' => &['‘', '’'],
        '\'' | '‘' => &['\'', '’'],
        _ => return None,
    })
}

/// Whether a single mark at `at` closes a passage rather than being an
/// apostrophe: it follows a letter or a stop, and a stop, a comma, a
/// bracket or the end follows it, or it follows a stop or a comma itself.
fn closes_single(text: &str, at: usize, mark: char) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + mark.len_utf8()..].chars().next();
    if before.is_none_or(char::is_whitespace) || after.is_some_and(char::is_alphanumeric) {
        return false;
    }
    before.is_some_and(|c| ",.?!;:…".contains(c)) || after.is_none_or(|c| ",.;:?!)…—–".contains(c))
}

/// For a passage opened by `‘` at `inner`: a `’` after a letter and
/// before a space ("‘bed-space fees’ on top", "‘… not big enough’ and
/// said"), when the sure closer `close` is missing or lies past another
/// `‘` that opens a passage of its own. A plural's apostrophe ("the
/// workers’ rights") closes nothing while a sure closer comes first.
fn loose_closer(text: &str, inner: usize, close: Option<(usize, char)>) -> Option<(usize, char)> {
    let next_open = text[inner..]
        .match_indices('‘')
        .map(|(at, _)| inner + at)
        .find(|&at| text[..at].ends_with(char::is_whitespace));
    let limit = match (close, next_open) {
        (Some((close_at, _)), Some(open_at)) if open_at < close_at => open_at,
        (Some(_), _) => return None,
        (None, open_at) => open_at.unwrap_or(text.len()),
    };
    charge(limit - inner);
    text[inner..limit]
        .match_indices('’')
        .map(|(at, _)| inner + at)
        .find(|&at| {
            let before = text[..at].chars().next_back();
            let after = text[at + '’'.len_utf8()..].chars().next();
            before.is_some_and(char::is_alphabetic) && after.is_none_or(char::is_whitespace)
        })
        .map(|at| (at, '’'))
}

/// Whether a passage opening at `open` starts what someone says: the
/// paragraph's start, or after a stop, a colon or a speech verb's comma.
fn opens_sentence(text: &str, open: usize) -> bool {
    let before = text[..open].trim_end();
    before.is_empty() || before.ends_with(['.', '?', '!', ':', ',', '"', '”', '’', '»', '“'])
}

/// The passages of `text` in quotation marks. A passage left open at the
/// paragraph's end runs on to it when it opens the paragraph, or when it
/// opens a sentence and `runs_on` says the next paragraph opens with a mark.
pub(crate) fn quoted_spans(text: &str, runs_on: bool) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut remembered: Vec<(char, NextCloser)> = Vec::new();
    while let Some(offset) = text[from..].find(|c| is_opener(c) || c == '”' || c == '»') {
        let open = from + offset;
        let Some(mark) = text[open..].chars().next() else {
            break;
        };
        let inner = open + mark.len_utf8();
        from = inner;
        let after_space = text[..open]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "([—–-:/".contains(c));
        let starts_words = text[inner..]
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace() || !matches!(mark, '\'' | '‘' | '”' | '»'));
        let Some(closer_set) = closers(mark) else {
            continue;
        };
        if !after_space || !starts_words {
            continue;
        }
        let single = matches!(mark, '\'' | '‘');
        let closes =
            |at: usize, c: char| closer_set.contains(&c) && (!single || closes_single(text, at, c));
        let index = match remembered.iter().position(|(known, _)| *known == mark) {
            Some(index) => index,
            None => {
                remembered.push((mark, NextCloser { searched: None }));
                remembered.len() - 1
            }
        };
        let mut close = remembered[index].1.from(text, inner, closes);
        if mark == '‘' {
            close = loose_closer(text, inner, close).or(close);
        }
        let (text_end, outer_end) = match close {
            Some((at, c)) => (at, at + c.len_utf8()),
            None if open == 0 && !single => (text.len(), text.len()),
            None if runs_on && opens_sentence(text, open) => (text.len(), text.len()),
            None => continue,
        };
        let TextRange { start, end } = trim(text, inner, text_end);
        let end = start
            + text[start..end]
                .trim_end_matches([',', ';'])
                .trim_end()
                .len();
        let words = text[start..end].split_whitespace().count();
        if words > 0 {
            out.push(Quoted {
                marks: TextRange::new(open, outer_end),
                words: TextRange::new(start, end),
                short: words < FEWEST_WORDS,
            });
        }
        from = outer_end.max(from);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str, runs_on: bool) -> Vec<&str> {
        quoted_spans(text, runs_on)
            .into_iter()
            .filter(|found| !found.short)
            .map(|found| found.words.of(text))
            .collect()
    }

    #[test]
    fn the_houses_marks() {
        assert_eq!(
            quoted("“We start today,” she said.", false),
            ["We start today"]
        );
        assert_eq!(
            quoted("«We start today» she said.", false),
            ["We start today"]
        );
        assert_eq!(
            quoted("« We start today » she said.", false),
            ["We start today"]
        );
        assert_eq!(
            quoted("„We start today“, she said.", false),
            ["We start today"]
        );
        assert_eq!(
            quoted("»We start today,« she said.", false),
            ["We start today"]
        );
        assert_eq!(
            quoted("\"We start today,\" she said.", false),
            ["We start today"]
        );
        assert_eq!(
            quoted("‘We start today,’ she said.", false),
            ["We start today"]
        );
        assert_eq!(
            quoted("‘We start today’, she said.", false),
            ["We start today"]
        );
        assert_eq!(
            quoted("”We start today”, she said. ”It is time.”", false),
            ["We start today", "It is time."]
        );
        // A closing mark after its words opens nothing.
        assert_eq!(
            quoted("“We start today” and ends here.", false),
            ["We start today"]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(quoted("The States' duties and the children's rights.", false).is_empty());
        assert_eq!(
            quoted(
                "‘It was the teachers’ idea, and it didn’t cost the 1990s’ budget a penny,’ she said.",
                false
            ),
            ["It was the teachers’ idea, and it didn’t cost the 1990s’ budget a penny"]
        );
        // A curly opening mark with no sure closer closes at a letter's
        // mark before a space: whether the words are someone's is the
        // passage finder's to tell.
        assert_eq!(
            quoted("Staff who are ‘hard to reach’ and others.", false),
            ["hard to reach"]
        );
        assert_eq!(
            quoted(
                "She paid so-called ‘bed-space fees’ on top of rent. ‘I work 20 hours a week,’ she said.",
                false
            ),
            ["I work 20 hours a week"]
        );
    }

    #[test]
    fn a_nested_quotation_stays_inside() {
        assert_eq!(
            quoted(
                "‘A nurse called it “the long wait”, and she was right.’",
                false
            ),
            ["A nurse called it “the long wait”, and she was right."]
        );
        assert_eq!(
            quoted(
                "\"They told us 'never again', and we believed them,\" he said.",
                false
            ),
            ["They told us 'never again', and we believed them"]
        );
    }

    #[test]
    fn a_passage_left_open_runs_on_only_into_a_reopened_paragraph() {
        let text = "She said it first. ‘We have more to do.";
        assert_eq!(quoted(text, true), ["We have more to do."]);
        assert!(quoted(text, false).is_empty());
        assert!(quoted("The ‘left open and more", true).is_empty());
    }
}
