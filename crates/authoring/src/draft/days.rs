//! The days of a programme as sentences open them: "On Friday, the final
//! day of the conference, …", "On 4 March, …", "On the second day, …",
//! "The final day, 5 June, is …", "Tomorrow, …", each with the items that
//! follow it.

use conference_summary_model::IsoDate;

use super::dateline::{date_at, next_weekday, weekday_number, Dateline, WrittenDate};
use super::focus::EVENT_NOUNS;
use super::paragraphs::{find_all, sentences, starts_with_ci, trim_end_marks};
use super::span::{Paragraph, Ranges, Span, TextRange};

/// A sentence that opens by naming a day of the programme.
pub(crate) struct DayOpening {
    /// The words that name the day.
    pub text: Span,
    /// The date the words give, if they give one.
    pub named: Option<IsoDate>,
    /// The day's place in the event ("the second day": 2).
    pub ordinal: Option<i32>,
    /// Whether the words call it the final day.
    pub final_day: bool,
    /// Where the day's items begin.
    pub items_from: usize,
    pub items: Vec<Span>,
}

const FINAL_DAY: [&str; 5] = [
    "final day",
    "last day",
    "closing day",
    "concluding day",
    "and final day",
];
/// Ordinals of days, from the first.
const ORDINALS: [&str; 7] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
];
const ITEM_BREAKS: [&str; 5] = [
    ", and there will be ",
    ", and there will also be ",
    "; and ",
    "; ",
    ", while ",
];

/// The day openers of `paragraphs` outside quotations, each with the
/// items that follow it in its paragraph; weekdays fall on or after `base`.
pub(crate) fn openings(
    paragraphs: &[String],
    dateline: &Dateline,
    covered: &[Ranges],
    base: IsoDate,
) -> Vec<DayOpening> {
    let none = Ranges::default();
    let mut out = Vec::new();
    for (para, text) in Paragraph::numbered(paragraphs) {
        let quoted = para.of(covered).unwrap_or(&none);
        let mut current: Option<DayOpening> = None;
        for sentence in sentences(text) {
            let TextRange { start, end } = sentence;
            let start = if para == Paragraph::FIRST {
                start.max(dateline.body)
            } else {
                start
            };
            let sentence = TextRange::new(start, end);
            // A sentence that opens inside a quotation is someone's words.
            if sentence.is_empty() || quoted.contains(start) {
                continue;
            }
            if let Some(mut opening) = day_at(text, para, sentence, base)
                .or_else(|| relative_day_at(text, para, sentence, dateline.date))
            {
                opening.items = items(text, para, opening.items_from, end);
                out.extend(current.replace(opening));
            } else if let Some(day) = current.as_mut() {
                day.items.extend(items(text, para, start, end));
            }
        }
        out.extend(current);
    }
    out
}

/// "Tomorrow, …", "Today's sessions …" at the start of `sentence`: the day
/// counted from the dateline's `today`.
fn relative_day_at(
    text: &str,
    para: Paragraph,
    sentence: TextRange,
    today: IsoDate,
) -> Option<DayOpening> {
    let head = sentence.of(text);
    let (days, word) = [(0, "today"), (1, "tomorrow"), (-1, "yesterday")]
        .into_iter()
        .find(|(_, word)| starts_with_ci(head, word))?;
    let after = &head[word.len()..];
    let length = if after.starts_with("'s ") || after.starts_with("’s ") {
        word.len() + after.find(' ')?
    } else if after.starts_with(", ") {
        word.len()
    } else if days == 1 && after.starts_with(' ') && !find_all(after, " will ").is_empty() {
        // "Tomorrow they will draft …": the day, then its subject and verb.
        word.len()
    } else {
        return None;
    };
    let items_from = sentence.start
        + if after.starts_with(", ") {
            length + 2
        } else if after.starts_with(' ') && length == word.len() {
            length + 1
        } else {
            0
        };
    Some(DayOpening {
        text: TextRange::new(sentence.start, sentence.start + length).in_paragraph(para),
        named: Some(today.add_days(days)?),
        ordinal: None,
        final_day: false,
        items_from,
        items: Vec::new(),
    })
}

/// "On day two, …", "Day 3 will …" at the start of `sentence`: the day's
/// place in the event.
fn day_number_at(text: &str, para: Paragraph, sentence: TextRange) -> Option<DayOpening> {
    let head = sentence.of(text);
    let lead = ["on day ", "day "]
        .into_iter()
        .find(|lead| starts_with_ci(head, lead))?;
    let rest = &head[lead.len()..];
    let word_len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = rest[..word_len].to_ascii_lowercase();
    const NUMBERS: [&str; 7] = ["one", "two", "three", "four", "five", "six", "seven"];
    let ordinal = match NUMBERS.iter().position(|number| *number == word) {
        Some(index) => i32::try_from(index + 1).ok()?,
        None => word.parse().ok().filter(|day| (1..=7).contains(day))?,
    };
    let name_start = sentence.start + lead.len() - "day ".len();
    let name_end = sentence.start + lead.len() + word_len;
    let after = &text[name_end..sentence.end];
    let items_from = name_end + after.len() - after.trim_start_matches([',', ' ']).len();
    Some(DayOpening {
        text: TextRange::new(name_start, name_end).in_paragraph(para),
        named: None,
        ordinal: Some(ordinal),
        final_day: false,
        items_from,
        items: Vec::new(),
    })
}

/// The ordinal ("second" → 2) and finality of the words naming a day:
/// "the second and final day of the meeting".
pub(crate) fn ordinal_of(named: &str) -> (Option<i32>, bool) {
    let lower = named.to_ascii_lowercase();
    let ordinal = ORDINALS.iter().position(|word| {
        ["day", "and final day", "and last day"]
            .iter()
            .any(|tail| !find_all(&lower, &format!("{word} {tail}")).is_empty())
    });
    let final_day = FINAL_DAY
        .iter()
        .any(|phrase| !find_all(&lower, phrase).is_empty());
    (
        ordinal.and_then(|index| i32::try_from(index + 1).ok()),
        final_day,
    )
}

/// A day opener at the start of `sentence`: "On Friday[, the final day of
/// the conference], …", "On 4 March, …", "On the second day[ of the
/// workshop], …", "The second day was …", "The final day, 5 June, is …".
fn day_at(text: &str, para: Paragraph, sentence: TextRange, base: IsoDate) -> Option<DayOpening> {
    let TextRange { start, end } = sentence;
    let head = sentence.of(text);
    if let Some(day) = day_number_at(text, para, sentence) {
        return Some(day);
    }
    if let Some(day) = opening_participle_at(text, para, sentence, base) {
        return Some(day);
    }
    if let Some(day) = dated_line_at(text, para, sentence, base) {
        return Some(day);
    }
    let lead = ["on the ", "on its ", "during the ", "the ", "on "]
        .into_iter()
        .find(|lead| starts_with_ci(head, lead))?;
    let name_start = start + lead.len();
    let word_end = text[name_start..end]
        .find(|c: char| !c.is_alphabetic())
        .map_or(end, |at| name_start + at);
    let word = &text[name_start..word_end];
    let ordinal_lead = lead != "on ";
    let (named, name_end) = if ordinal_lead {
        // "the second day", "the second and final day", "the final day"
        let (ordinal, final_day) =
            ordinal_of(&text[name_start..text.floor_char_boundary(end.min(name_start + 40))]);
        if ordinal.is_none() && !final_day {
            return None;
        }
        let day_end = find_all(&text[name_start..end], "day")
            .first()
            .map(|at| name_start + at + 3)?;
        let is_named_day = ORDINALS.contains(&word.to_ascii_lowercase().as_str())
            || ["final", "last", "closing", "concluding", "opening"]
                .contains(&word.to_ascii_lowercase().as_str());
        if !is_named_day || day_end > name_start + 40 {
            return None;
        }
        (None, day_end)
    } else {
        match weekday_number(word) {
            Some(weekday) => (Some(next_weekday(base, weekday)?), word_end),
            None => {
                let WrittenDate { date, length } =
                    date_at(&text[name_start..end], Some(base.year))?;
                (Some(date), name_start + length)
            }
        }
    };
    let rest = &text[name_end..end];
    // ", the second day of the workshop," or ", 5 June," after the day.
    let appositive = rest.starts_with(", ")
        && (["the ", "which ", "when "]
            .iter()
            .any(|lead| starts_with_ci(&rest[2..], lead))
            || (named.is_none() && date_at(&rest[2..], Some(base.year)).is_some()));
    let (text_end, items_from) = if appositive {
        let comma = find_all(&rest[2..], ", ")
            .first()
            .map(|at| name_end + 2 + at);
        match comma {
            Some(comma) => (comma, comma + 2),
            None => (name_end, name_end + 2),
        }
    } else {
        (
            name_end,
            name_end + rest.len() - rest.trim_start_matches([',', ' ']).len(),
        )
    };
    let named_text = &text[name_start..text_end];
    let (ordinal, final_day) = ordinal_of(named_text);
    let named = named.or_else(|| {
        // "The final day, 5 June, is …": the appositive dates it.
        let comma = named_text.find(", ")?;
        date_at(&named_text[comma + 2..], Some(base.year)).map(|found| found.date)
    });
    // "The second day was …" names its day only at the start of a sentence.
    if lead == "the " && named.is_none() && !rest.starts_with(' ') && !rest.starts_with(',') {
        return None;
    }
    Some(DayOpening {
        text: TextRange::new(name_start - if ordinal_lead { 4 } else { 0 }, text_end)
            .in_paragraph(para),
        named,
        ordinal,
        final_day,
        items_from: items_from.min(end),
        items: Vec::new(),
    })
}

/// A programme's line, "Thursday 10 April – adoption of a plan" or
/// "Friday: field visits", at the start of a paragraph: its day and items.
fn dated_line_at(
    text: &str,
    para: Paragraph,
    sentence: TextRange,
    base: IsoDate,
) -> Option<DayOpening> {
    if sentence.start != 0 {
        return None;
    }
    let head = sentence.of(text);
    let word_end = head
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(head.len());
    let weekday = weekday_number(&head[..word_end]);
    let date_from = if weekday.is_some() {
        word_end + head[word_end..].len() - head[word_end..].trim_start_matches([',', ' ']).len()
    } else {
        0
    };
    let (named, name_end) = match date_at(&head[date_from..], Some(base.year)) {
        Some(WrittenDate { date, length }) => (date, date_from + length),
        None => (next_weekday(base, weekday?)?, word_end),
    };
    let rest = &head[name_end..];
    let separator = [": ", " – ", " — ", " - "]
        .into_iter()
        .find(|separator| rest.starts_with(separator))?;
    Some(DayOpening {
        text: TextRange::new(sentence.start, sentence.start + name_end).in_paragraph(para),
        named: Some(named),
        ordinal: None,
        final_day: false,
        items_from: sentence.start + name_end + separator.len(),
        items: Vec::new(),
    })
}

/// "Opening the conference on Wednesday, the Director said …" at the start
/// of `sentence`: the day the event opened, whose items are the speaker's
/// words, so none are taken.
fn opening_participle_at(
    text: &str,
    para: Paragraph,
    sentence: TextRange,
    base: IsoDate,
) -> Option<DayOpening> {
    let TextRange { start, end } = sentence;
    let head = sentence.of(text);
    let lead = ["opening the ", "to open the "]
        .into_iter()
        .find(|lead| starts_with_ci(head, lead))?;
    let rest = &head[lead.len()..];
    let noun = EVENT_NOUNS
        .iter()
        .filter(|noun| rest.starts_with(*noun) && rest[noun.len()..].starts_with(" on "))
        .max_by_key(|noun| noun.len())?;
    let name_start = start + lead.len() + noun.len() + " on ".len();
    let word_end = text[name_start..end]
        .find(|c: char| !c.is_alphabetic())
        .map_or(end, |at| name_start + at);
    let (named, name_end) = match weekday_number(&text[name_start..word_end]) {
        Some(weekday) => (next_weekday(base, weekday)?, word_end),
        None => {
            let WrittenDate { date, length } = date_at(&text[name_start..end], Some(base.year))?;
            (date, name_start + length)
        }
    };
    Some(DayOpening {
        text: TextRange::new(name_start, name_end).in_paragraph(para),
        named: Some(named),
        ordinal: None,
        final_day: false,
        items_from: end,
        items: Vec::new(),
    })
}

/// The clauses of `from..to`, each an item of the day.
fn items(text: &str, para: Paragraph, from: usize, to: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = from;
    let mut breaks: Vec<TextRange> = ITEM_BREAKS
        .iter()
        .flat_map(|phrase| {
            find_all(&text[from..to], phrase)
                .into_iter()
                .map(move |at| TextRange::new(from + at, from + at + phrase.len()))
        })
        .collect();
    breaks.sort_unstable();
    for item_break in breaks {
        if item_break.start >= start {
            out.push(trim_end_marks(
                text,
                start,
                item_break.start,
                &['.', ',', ';'],
            ));
            start = item_break.end;
        }
    }
    out.push(trim_end_marks(text, start, to, &['.', ',', ';']));
    out.into_iter()
        .filter(|item| item.of(text).split_whitespace().count() >= 2)
        .map(|item| item.in_paragraph(para))
        .collect()
}
