//! Names whose own words are a list ("the Union's Asylum, Migration and
//! Integration Fund") or hold an "and" after their head ("the Foundation
//! for Children and Families"): one item of a list, not two or three.

use super::paragraphs::{find_all, starts_with_ci};
use super::span::TextRange;
use super::work::charge;

/// Words that head an organisation's name: "the Ministry of X and Y" is
/// one name when its "and" joins two capitalised words after one of them.
/// Donors' own heads ("the Fund for Justice and Dignity", "the Foundation
/// for Children and Families") belong here too.
const NAME_HEADS: [&str; 36] = [
    "Ministry",
    "Department",
    "Office",
    "Organization",
    "Organisation",
    "Institute",
    "Centre",
    "Center",
    "Agency",
    "Directorate",
    "Directorate-General",
    "Instrument",
    "Mechanism",
    "Bureau",
    "Division",
    "Unit",
    "Section",
    "Secretariat",
    "Commission",
    "Committee",
    "Academy",
    "Faculty",
    "School",
    "Alliance",
    "Association",
    "Federation",
    "Network",
    "Foundation",
    "Fund",
    "Trust",
    "Council",
    "Programme",
    "Program",
    "Initiative",
    "Partnership",
    "Facility",
];

/// Words after an "and" that open a new item rather than finish a name:
/// "the Fund for Justice and Government of Chile" is two donors.
const NEW_ITEM_WORDS: [&str; 2] = ["Government", "Governments"];

/// How far before its "and" an organisation's name is looked for, in bytes.
const MOST_NAME_BYTES: usize = 120;

/// Last words of names whose own words are a list: "the Union's Asylum,
/// Migration and Integration Fund", "the Water, Sanitation and Hygiene
/// Programme".
const LISTED_NAME_TAILS: [&str; 12] = [
    "Fund",
    "Office",
    "Programme",
    "Program",
    "Facility",
    "Trust",
    "Foundation",
    "Agency",
    "Initiative",
    "Mechanism",
    "Instrument",
    "Partnership",
];

/// Names in `start..end` of `text` made of single capitalised words joined
/// by ", " and " and " and closed by one of [`LISTED_NAME_TAILS`]: from the
/// word before the first comma to the tail.
pub(crate) fn comma_names(text: &str, start: usize, end: usize) -> Vec<TextRange> {
    let slice = &text[start..end];
    let mut out = Vec::new();
    let is_word = |word: &str| {
        word.starts_with(char::is_uppercase) && word.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    for and in find_all(slice, " and ") {
        // After the "and": capitalised words, the last one a tail.
        let after = &slice[and + 5..];
        let mut tail_end = None;
        let mut offset = 0;
        // "… and Values programme (CERV)": a tail in lower case too; "…
        // and Innovation (SERI)": an acronym closes a name whose head came
        // first ("the State Secretariat for Education, Research and …").
        let mut head_first = false;
        for word in after.split(' ').take(3) {
            let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            let tail = LISTED_NAME_TAILS
                .iter()
                .any(|tail| tail.eq_ignore_ascii_case(bare));
            if !is_word(bare) && !tail {
                break;
            }
            offset += bare.len();
            if tail {
                tail_end = Some(offset + acronym_after(&after[offset..]));
                break;
            }
            let acronym = acronym_after(&after[offset..]);
            if acronym > 0 {
                // "… and Values (CERV) programme": a tail after the acronym.
                let next = after[offset + acronym..].strip_prefix(' ').unwrap_or("");
                let next_word = next.split(' ').next().unwrap_or("");
                let next_bare = next_word.trim_end_matches(|c: char| !c.is_alphanumeric());
                if LISTED_NAME_TAILS
                    .iter()
                    .any(|tail| tail.eq_ignore_ascii_case(next_bare))
                {
                    tail_end = Some(offset + acronym + 1 + next_bare.len());
                } else {
                    tail_end = Some(offset + acronym);
                    head_first = true;
                }
                break;
            }
            if bare.len() != word.len() {
                break;
            }
            offset += 1;
        }
        let Some(tail_end) = tail_end else { continue };
        // Before it: ", Word" pieces, each a single capitalised word, and the
        // word before the first comma.
        let mut name_start = and;
        let mut pieces = 0;
        loop {
            let before = &slice[..name_start];
            let Some(space) = before.rfind(' ') else {
                break;
            };
            let word = &before[space + 1..];
            let word = word.strip_suffix(',').unwrap_or(word);
            if !is_word(word) {
                break;
            }
            let word_start = space + 1;
            pieces += 1;
            name_start = word_start;
            // The piece before needs its comma, or this word opened the name.
            if !slice[..word_start].ends_with(", ") {
                break;
            }
            name_start = word_start - 2;
            // Step over the comma onto the word before it.
            let before = &slice[..name_start];
            let from = before.rfind(' ').map_or(0, |space| space + 1);
            if !is_word(&before[from..]) {
                name_start = word_start;
                break;
            }
        }
        if head_first {
            match head_before(slice, name_start) {
                Some(head_start) => name_start = head_start,
                None => continue,
            }
        }
        if pieces >= 2 {
            out.push(TextRange::new(
                start + name_start,
                start + and + 5 + tail_end,
            ));
        }
    }
    out
}

/// Firms named after their partners, "Hamdy, Nassar & Partners Law Firm":
/// single capitalised words joined by ", " up to an "&", and the
/// capitalised words after it. A list of funders joins with "and", a firm's
/// name with "&".
pub(crate) fn firm_names(text: &str, start: usize, end: usize) -> Vec<TextRange> {
    let slice = &text[start..end];
    let is_word = |word: &str| {
        word.starts_with(char::is_uppercase) && word.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let mut out = Vec::new();
    for and in find_all(slice, " & ") {
        let mut name_start = and;
        let mut pieces = 0;
        loop {
            let before = &slice[..name_start];
            let word_start = before.rfind(' ').map_or(0, |space| space + 1);
            if !is_word(&before[word_start..]) {
                break;
            }
            pieces += 1;
            name_start = word_start;
            match slice[..word_start].strip_suffix(", ") {
                Some(rest) => name_start = rest.len(),
                None => break,
            }
        }
        // A comma with no word before it is not the name's.
        if slice[name_start..].starts_with(", ") {
            name_start += 2;
            pieces -= 1;
        }
        let after = &slice[and + 3..];
        let tail: usize = after
            .split(' ')
            .take_while(|word| is_word(word.trim_end_matches([',', '.', ';'])))
            .map(|word| word.len() + 1)
            .sum();
        if pieces >= 2 && tail > 0 {
            let tail = after[..tail - 1].trim_end_matches([',', '.', ';']).len();
            out.push(TextRange::new(start + name_start, start + and + 3 + tail));
        }
    }
    out
}

/// The length of " (ACRONYM)" at the start of `text`, or 0.
fn acronym_after(text: &str) -> usize {
    let Some(inside) = text.strip_prefix(" (") else {
        return 0;
    };
    let acronym = inside.split(')').next().unwrap_or("");
    let is_acronym = acronym.len() >= 2
        && acronym.len() < inside.len()
        && acronym
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if is_acronym {
        " (".len() + acronym.len() + ")".len()
    } else {
        0
    }
}

/// Where the name starts whose head and "for" or "of" stand just before
/// `at` in `slice` ("State Secretariat for " before "Education, …"): the
/// capitalised words around the head.
fn head_before(slice: &str, at: usize) -> Option<usize> {
    let before = slice[..at]
        .strip_suffix(" for ")
        .or_else(|| slice[..at].strip_suffix(" of "))?;
    let mut start = before.len();
    let mut has_head = false;
    for word in before.rsplit(' ').take(MOST_HEAD_WORDS) {
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        has_head |= NAME_HEADS.contains(&word);
        start -= word.len();
        start = start.saturating_sub(1);
    }
    let start = if slice[start..].starts_with(' ') {
        start + 1
    } else {
        start
    };
    has_head.then_some(start)
}

/// The most capitalised words read back for a name's head.
const MOST_HEAD_WORDS: usize = 5;

/// Whether the " and " at `and` (an offset in `text`) joins two parts of
/// one organisation's name: "Ministry of Justice and Legal Affairs",
/// "Organization for Security and Co-operation in Europe".
pub(crate) fn inside_organisation_name(text: &str, piece_start: usize, and: usize) -> bool {
    let after = &text[and + 5..];
    let next_capital = after.chars().next().is_some_and(char::is_uppercase);
    if !next_capital || starts_with_ci(after, "the ") {
        return false;
    }
    if head_comes_last(text, piece_start, and) {
        return true;
    }
    // What follows the "and" finishes the name only when it is capitalised
    // words with no head of their own: "and Dignity" does, "and Irish Aid
    // Agency" or "and Government of Chile" opens a second item.
    let opens_item = after
        .split_whitespace()
        .take(8)
        .take_while(|word| word.starts_with(char::is_uppercase) || matches!(*word, "of" | "for"))
        .map(|word| word.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .any(|word| NAME_HEADS.contains(&word) || NEW_ITEM_WORDS.contains(&word));
    if opens_item {
        return false;
    }
    // A name's head stands within a few words of its "and".
    let window = text.ceil_char_boundary(and.saturating_sub(MOST_NAME_BYTES).max(piece_start));
    let before = &text[window..and];
    charge(before.len());
    let words: Vec<&str> = before.split_whitespace().collect();
    // "Head of X and Y" or "Head for X and Y", every word from the head on
    // capitalised or a linking word.
    let Some(head) = words.iter().rposition(|word| NAME_HEADS.contains(word)) else {
        return false;
    };
    let tail = &words[head + 1..];
    matches!(tail.first(), Some(&"of") | Some(&"for") | Some(&"on"))
        && tail.iter().skip(1).all(|word| {
            word.starts_with(char::is_uppercase) || matches!(*word, "of" | "for" | "the" | "in")
        })
}

/// The most words after an "and" up to the head of the name it is inside
/// ("the Harriet and Leon Baptiste Family Foundation").
const MOST_WORDS_TO_HEAD: usize = 5;

/// Whether the " and " at `and` stands inside a name whose head comes last:
/// "the EU Justice and Rights Programme". Before the "and", "the" and then
/// only capitalised words with no head among them; after it, up to three
/// capitalised words ending in a head.
fn head_comes_last(text: &str, piece_start: usize, and: usize) -> bool {
    // "Children's" belongs to a name as much as "Children".
    let is_word = |word: &str| {
        word.starts_with(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'))
    };
    let window = text.ceil_char_boundary(and.saturating_sub(MOST_NAME_BYTES).max(piece_start));
    let before = &text[window..and];
    charge(before.len());
    let mut words = before.split(' ').rev();
    let mut capitalised = 0;
    let opened_by_the = loop {
        match words.next() {
            Some(word) if is_word(word) && !NAME_HEADS.contains(&word) => capitalised += 1,
            Some(word) => break word == "the" || word == "The",
            None => break false,
        }
    };
    if !opened_by_the || capitalised == 0 || capitalised > 3 {
        return false;
    }
    for word in text[and + 5..].split(' ').take(MOST_WORDS_TO_HEAD) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !is_word(bare) || NEW_ITEM_WORDS.contains(&bare) {
            return false;
        }
        if NAME_HEADS.contains(&bare) {
            return true;
        }
        if bare.len() != word.len() {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::lists::split_list;
    use super::super::span::texts;

    fn items(text: &str) -> Vec<&str> {
        texts(text, &split_list(text, 0, text.len()))
    }

    #[test]
    fn donor_names_holding_and_after_for_or_of_stay_whole() {
        assert_eq!(
            items("Chile, the Velasco Trust for Rivers and Wetlands and the Blue Fund"),
            [
                "Chile",
                "the Velasco Trust for Rivers and Wetlands",
                "the Blue Fund"
            ]
        );
        assert_eq!(
            items("the Oduya Foundation for Girls and Young Women and Peru"),
            ["the Oduya Foundation for Girls and Young Women", "Peru"]
        );
        assert_eq!(
            items("the Fund for Water and Sanitation"),
            ["the Fund for Water and Sanitation"]
        );
        assert_eq!(
            items("the Council of Elders and Chiefs"),
            ["the Council of Elders and Chiefs"]
        );
    }

    #[test]
    fn names_whose_head_comes_after_their_and_stay_whole() {
        assert_eq!(
            items("Chile, the Civic Justice and Rights Programme and Peru"),
            ["Chile", "the Civic Justice and Rights Programme", "Peru"]
        );
        assert_eq!(
            items("the Coastal Aid and Justice Trust"),
            ["the Coastal Aid and Justice Trust"]
        );
        assert_eq!(
            items("the Children's Relief and Recovery Fund"),
            ["the Children's Relief and Recovery Fund"]
        );
        // Two names, each with its own head, still split.
        assert_eq!(
            items("the Peace Fund and the Justice Trust"),
            ["the Peace Fund", "the Justice Trust"]
        );
        assert_eq!(
            items("Norway and the Rights Programme"),
            ["Norway", "the Rights Programme"]
        );
        assert_eq!(
            items("the Peace Fund and Justice Trust"),
            ["the Peace Fund", "Justice Trust"]
        );
    }

    #[test]
    fn names_holding_commas_closed_by_a_tail_or_an_acronym() {
        assert_eq!(
            items("the Citizens, Equality, Rights and Values programme (CERV) and Norway"),
            [
                "the Citizens, Equality, Rights and Values programme (CERV)",
                "Norway"
            ]
        );
        assert_eq!(
            items("the Swiss State Secretariat for Education, Research and Innovation (SERI)"),
            ["the Swiss State Secretariat for Education, Research and Innovation (SERI)"]
        );
        assert_eq!(
            items("Chile, Peru and Norway (NO)"),
            ["Chile", "Peru", "Norway (NO)"]
        );
    }

    #[test]
    fn an_acronym_before_a_tail() {
        assert_eq!(
            items("the Union's Citizens, Equality, Rights and Values (CERV) programme"),
            ["the Union's Citizens, Equality, Rights and Values (CERV) programme"]
        );
    }

    #[test]
    fn a_head_or_a_government_after_and_opens_a_new_donor() {
        assert_eq!(
            items("the Fund for Rivers and Government of Ghana"),
            ["the Fund for Rivers", "Government of Ghana"]
        );
        assert_eq!(
            items("the Foundation for Peace and Lakeside Development Agency"),
            ["the Foundation for Peace", "Lakeside Development Agency"]
        );
        assert_eq!(
            items("the Trust for Oceans and the Blue Fund"),
            ["the Trust for Oceans", "the Blue Fund"]
        );
        // A donor name with no "for"/"of" after its head is not joined.
        assert_eq!(items("the Arlo Trust and Peru"), ["the Arlo Trust", "Peru"]);
    }
}
