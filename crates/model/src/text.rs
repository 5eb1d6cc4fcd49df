//! Text helpers: words, shared by validation and the view, and the quoting
//! of values in messages.

#[cfg(test)]
use super::sorted::word_set;
use super::sorted::{has_word, repeats};

/// The words of a text, lower-cased, for comparison (see [`words_of`](crate::words_of) for
/// the rule). Natively [`words_of`](crate::words_of); in the browser the same rule with the
/// browser's own segmenter (`Intl.Segmenter`) and `toLowerCase`, which
/// spares the wasm Rust's Unicode tables for both.
pub type Words = fn(&str) -> Vec<String>;

/// `text` in double quotes, as a message shows what it found. Quotes,
/// backslashes, control characters and the invisible formatting characters
/// (bidirectional controls, zero-width spaces) are escaped, so that nothing
/// in `text` can pass for the message's own words or reorder them. Unlike
/// `{:?}`, this keeps Rust's table of printable characters out of the wasm.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            _ if c.is_control() || is_invisible_format(c) => out.extend(c.escape_unicode()),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The format characters that change how text around them shows without
/// showing themselves: soft hyphen, bidirectional marks, embeddings,
/// overrides and isolates, zero-width characters, the byte-order mark.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2069}' | '\u{feff}'
    )
}

/// The words of `text`, lower-cased, by this rule:
///
/// 1. The text, lower-cased, is cut at Unicode's word boundaries (UAX #29);
///    the segments with a letter or a digit are kept. Combining marks stay
///    with their letter (a Devanagari virama does not split a word), and
///    punctuation, spaces and symbols are dropped: "co-operation" is two words.
/// 2. A segment is cut again at the punctuation UAX #29 keeps inside a word
///    ([`IN_WORD_PUNCTUATION`]: apostrophes, full stops, colons, commas, the
///    middle dot, underscores…), so that "l'Europe" holds "europe" and
///    "OSCE's" holds "osce".
/// 3. Every character of a script written without spaces between words
///    ([`UNSPACED`]: Chinese, Japanese, Thai, Lao, Khmer, Myanmar) is a word
///    of its own, its combining marks as characters of their own too. In
///    those scripts an item's characters must each stand in its paragraph:
///    the check is per character, whatever dictionary a segmenter has.
///
/// Steps 2 and 3 are [`push_segment_words`], the same code in the browser,
/// where `Intl.Segmenter` does step 1 (`isWordLike` segments, lower-cased by
/// `toLowerCase`). Natively `unicode-segmentation` does it. `tests/intl.rs`
/// checks that both give the same words; one known difference: a segment
/// of "other numbers" alone (½, ², ①) is a word here, not in the browser.
#[cfg(feature = "native")]
pub fn words_of(text: &str) -> Vec<String> {
    use unicode_segmentation::UnicodeSegmentation;
    words_of_segments(text.to_lowercase().split_word_bounds())
}

/// Steps 2 and 3 of [`words_of`](crate::words_of) on the segments of
/// step 1, as `unicode-segmentation` cuts a lower-cased text: those with a
/// letter or a digit are kept. Natively `words_of` is this; the browser's
/// segmenter marks word-like segments itself (`tests/intl.rs` compares both).
pub fn words_of_segments<'a>(segments: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut words = Vec::new();
    for segment in segments {
        if segment.chars().any(char::is_alphanumeric) {
            push_segment_words(segment, &mut words);
        }
    }
    words
}

/// The punctuation that Unicode's word boundaries (UAX #29) keep inside a
/// word, where the words of an item are split: the apostrophe-like quotes
/// (Single_Quote, MidNumLet), the full stops, colons and middle dots
/// (MidNumLet, MidLetter), the commas and semicolons between digits
/// (MidNum), the connectors (ExtendNumLet: underscore, narrow no-break
/// space…), the double quote of Hebrew abbreviations, and also the modifier
/// letter apostrophe ʼ, a letter to Unicode but an apostrophe to a reader.
pub const IN_WORD_PUNCTUATION: &str = concat!(
    // Single_Quote, Double_Quote, the modifier letter apostrophe.
    "'\"ʼ",
    // MidNumLet.
    ".‘’\u{2024}\u{fe52}\u{ff07}\u{ff0e}",
    // MidLetter.
    ":·\u{387}\u{55f}\u{5f4}\u{2027}\u{fe13}\u{fe55}\u{ff1a}",
    // MidNum.
    ",;\u{37e}\u{589}\u{60c}\u{60d}\u{66c}\u{7f8}\u{2044}\u{fe10}\u{fe14}\u{fe50}\u{fe54}\u{ff0c}\u{ff1b}",
    // ExtendNumLet.
    "_\u{202f}\u{203f}\u{2040}\u{2054}\u{fe33}\u{fe34}\u{fe4d}\u{fe4e}\u{fe4f}\u{ff3f}",
);

/// The scripts written without spaces between words, as ranges of code
/// points: every character in them is a word of its own. Their digits are
/// left out (a number stays one word), and so is Tibetan, whose tsheg
/// already separates syllables. Punctuation inside a range does not matter:
/// it is never in a segment with a letter.
pub const UNSPACED: &[(char, char)] = &[
    ('\u{e01}', '\u{e4f}'),     // Thai, without its digits
    ('\u{e81}', '\u{ecf}'),     // Lao, without its digits
    ('\u{edc}', '\u{edf}'),     // Lao
    ('\u{1000}', '\u{103f}'),   // Myanmar, without its digits
    ('\u{1050}', '\u{108f}'),   // Myanmar
    ('\u{109a}', '\u{109f}'),   // Myanmar
    ('\u{1780}', '\u{17dd}'),   // Khmer, without its digits
    ('\u{3005}', '\u{30ff}'),   // ideographic iteration marks, Hiragana, Katakana
    ('\u{31f0}', '\u{9fff}'),   // Katakana extensions, CJK ideographs and extension A
    ('\u{a9e0}', '\u{a9ef}'),   // Myanmar Extended-B
    ('\u{aa60}', '\u{aa7f}'),   // Myanmar Extended-A
    ('\u{f900}', '\u{faff}'),   // CJK compatibility ideographs
    ('\u{ff66}', '\u{ff9f}'),   // halfwidth Katakana
    ('\u{1aff0}', '\u{1b16f}'), // Kana supplements and extensions
    ('\u{20000}', '\u{3ffff}'), // CJK ideographs, extensions B to I and compatibility
];

/// Adds the words of `segment` to `words`: one segment of a text, lower-cased,
/// that holds a letter or a digit, cut at [`IN_WORD_PUNCTUATION`] and around
/// each character of an [`UNSPACED`] script (steps 2 and 3 of [`words_of`](crate::words_of)).
pub fn push_segment_words(segment: &str, words: &mut Vec<String>) {
    let mut start = 0;
    for (index, character) in segment.char_indices() {
        let unspaced = UNSPACED
            .iter()
            .any(|&(first, last)| (first..=last).contains(&character));
        if unspaced || IN_WORD_PUNCTUATION.contains(character) {
            if start < index {
                words.push(segment[start..index].to_string());
            }
            start = index + character.len_utf8();
            if unspaced {
                words.push(segment[index..start].to_string());
            }
        }
    }
    if start < segment.len() {
        words.push(segment[start..].to_string());
    }
}

/// The words of `text` that are not among `known` (a paragraph's words as a
/// [`word_set`]), each once, in order.
pub(crate) fn words_missing_from(text: &str, known: &[String], words: Words) -> Vec<String> {
    let mut missing: Vec<String> = words(text)
        .into_iter()
        .filter(|word| !has_word(known, word))
        .collect();
    let keys: Vec<&str> = missing.iter().map(String::as_str).collect();
    let mut repeated = repeats(&keys).into_iter();
    missing.retain(|_| !repeated.next().unwrap_or(false));
    missing
}

/// Whether `paragraph` contains `passage` letter for letter, runs of white
/// space counting as one space.
pub(crate) fn contains_verbatim(paragraph: &str, passage: &str) -> bool {
    let passage = collapse_whitespace(passage);
    !passage.is_empty() && collapse_whitespace(paragraph).contains(&passage)
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits `text` after its first `count` words: the opening a closed quote
/// shows ("Child pornography has become a global crisis, and is…") and the
/// rest, so that `opening + rest == text`. A comma, colon, semicolon, full
/// stop or dash after the last word kept moves to the rest; an apostrophe
/// ("States'") stays. The rest is empty when the text has `count` words or fewer.
pub fn opening_words(text: &str, count: usize) -> (&str, &str) {
    let mut words = 0;
    let mut in_word = false;
    for (index, character) in text.char_indices() {
        if character.is_whitespace() {
            if in_word {
                words += 1;
                if words == count {
                    let opening =
                        text[..index].trim_end_matches([',', ';', ':', '.', '-', '–', '—']);
                    return (opening, &text[opening.len()..]);
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    (text, "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words_of;

    #[test]
    fn quoted_escapes_what_could_pass_for_the_message_or_reorder_it() {
        assert_eq!(quoted("plain text, été"), "\"plain text, été\"");
        assert_eq!(quoted("say \"hi\" \\ bye"), r#""say \"hi\" \\ bye""#);
        assert_eq!(quoted("a\nb\tc\u{7}"), r#""a\nb\tc\u{7}""#);
        assert_eq!(
            quoted("\u{202e}evil\u{2066}\u{200b}\u{feff}"),
            r#""\u{202e}evil\u{2066}\u{200b}\u{feff}""#
        );
    }

    #[test]
    fn words_split_on_punctuation_and_ignore_case() {
        let words = words_of("Co-operation, the OSCE's aim!");
        assert_eq!(words, ["co", "operation", "the", "osce", "s", "aim"]);
    }

    #[test]
    fn missing_words_are_listed_once_in_order() {
        let missing = words_missing_from(
            "Spain, Portugal and portugal, Italy",
            &word_set(words_of("Spain and France")),
            words_of,
        );
        assert_eq!(missing, ["portugal", "italy"]);
    }

    #[test]
    fn verbatim_ignores_line_breaks_but_not_letters() {
        assert!(contains_verbatim(
            "He said: a  global\ncrisis.",
            "a global crisis"
        ));
        assert!(!contains_verbatim(
            "He said: a global crisis.",
            "a global Crisis"
        ));
        assert!(!contains_verbatim("anything", "  "));
    }

    #[test]
    fn opening_words_cut_at_a_word_and_keep_every_character() {
        assert_eq!(
            opening_words("One, two, three, four.", 2),
            ("One, two", ", three, four.")
        );
        assert_eq!(opening_words("One two.", 5), ("One two.", ""));
        assert_eq!(opening_words("One two", 2), ("One two", ""));
        assert_eq!(
            opening_words("the participating States' commitments", 3),
            ("the participating States'", " commitments")
        );
        assert_eq!(opening_words("a  b\nc d", 3), ("a  b\nc", " d"));
    }
}
