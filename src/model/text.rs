//! Text helpers: words, shared by validation and the view, and the quoting
//! of values in messages.

/// The words of a text, lower-cased, for comparison: runs of letters and
/// digits (Unicode's Alphabetic and Numeric). Natively [`words_of`]; the
/// browser passes the same split and `toLowerCase` done by JavaScript, which
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

/// The words of `text`, lower-cased: runs of letters and digits. Punctuation,
/// hyphens and apostrophes separate words, so "co-operation" is two words.
pub fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The words of `text` that are not among `known` (a paragraph's words), in order.
pub(crate) fn words_missing_from(text: &str, known: &[String], words: Words) -> Vec<String> {
    let mut missing: Vec<String> = Vec::new();
    for word in words(text) {
        if !known.contains(&word) && !missing.contains(&word) {
            missing.push(word);
        }
    }
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
            &words_of("Spain and France"),
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
