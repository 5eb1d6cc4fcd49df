//! The conference's days: its first and last day, from the verbs and time
//! words that date it ([`super::schedule`]), and the days of its programme:
//! sentences that open with "On Friday, the final day of the conference,
//! …", "On 4 March, …", "On the second day, …" or "The final day, 5 June,
//! is …" give a day and its items.

use std::collections::BTreeMap;

use conference_summary_model::IsoDate;

use super::dateline::{date_at, next_weekday, weekday_number, Dateline, WrittenDate};
use super::paragraphs::{find_all, sentences, starts_with_ci, trim, trim_end_marks};
pub(crate) use super::schedule::DateFound;
use super::schedule::{self, MarkedDay};
use super::span::{Paragraph, Ranges, Span, TextRange};
use super::work::charge;

pub(crate) struct DayFound {
    pub date: IsoDate,
    /// How the release names the day.
    pub text: Span,
    pub items: Vec<Span>,
}

/// Why a day was left blank when two readings compete.
#[derive(Default)]
pub(crate) struct Problems {
    pub start: Option<String>,
    pub end: Option<String>,
}

#[derive(Default)]
pub(crate) struct Programme {
    pub start: Option<DateFound>,
    pub end: Option<DateFound>,
    pub days: Vec<DayFound>,
    /// Why the first or last day is blank, when readings compete.
    pub problems: Problems,
    /// Where each date stands in `days` while they are found, before
    /// they are sorted.
    day_of: BTreeMap<IsoDate, usize>,
}

/// A sentence that opens by naming a day of the programme.
struct DayOpening {
    /// The words that name the day.
    text: Span,
    /// The date the words give, if they give one.
    named: Option<IsoDate>,
    /// The day's place in the event ("the second day": 2).
    ordinal: Option<i32>,
    /// Whether the words call it the final day.
    final_day: bool,
    /// Where the day's items begin.
    items_from: usize,
    items: Vec<Span>,
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

/// Finds the days of the conference in `paragraphs`, outside `covered`
/// (quoted) ranges: its first and last day from the verbs and time words
/// that date it ([`schedule`]) and from the days of its programme.
pub(crate) fn find(
    paragraphs: &[String],
    dateline: Option<&Dateline>,
    covered: &[Ranges],
) -> Programme {
    let mut found = Programme::default();
    let Some(dateline) = dateline else {
        return found;
    };
    let schedule = schedule::read(paragraphs, dateline, covered);
    let mut starts = schedule.starts.clone();
    let mut ends = schedule.ends.clone();
    if let Some((first, last)) = schedule.loose_range {
        if starts.iter().all(|start| start.date == first.date) {
            starts.push(first);
        }
        if ends.iter().all(|end| end.date == last.date) {
            ends.push(last);
        }
    }
    let base = agreed(&starts)
        .ok()
        .flatten()
        .map_or(dateline.date, |start| start.date);
    let mut marked = schedule.marked.clone();
    for closing in &schedule.closing_weekdays {
        if let Some(day) = closing.on_or_after(base) {
            ends.push(day.day);
            marked.push(day);
        }
    }
    let openings = openings(paragraphs, dateline, covered, base);
    let mut derived_starts = Vec::new();
    for opening in &openings {
        if let Some(named) = opening.named {
            if opening.final_day {
                ends.push(DateFound {
                    date: named,
                    text: opening.text,
                });
            }
            if let Some(ordinal) = opening.ordinal {
                if let Some(date) = named.add_days(1 - ordinal) {
                    derived_starts.push(DateFound {
                        date,
                        text: opening.text,
                    });
                }
            }
        }
    }
    let duration = schedule.duration;
    match agreed(&starts) {
        Ok(Some(start)) => found.start = Some(start),
        Ok(None) => found.start = agreed(&derived_starts).ok().flatten(),
        Err((a, b)) => found.problems.start = Some(competing("first", paragraphs, a, b)),
    }
    match agreed(&ends) {
        Ok(Some(end)) => found.end = Some(end),
        Ok(None) => {
            found.end = match (found.start, duration) {
                (Some(start), Some((days, words))) => start
                    .date
                    .add_days(days - 1)
                    .map(|date| DateFound { date, text: words }),
                _ => schedule.held_on.filter(|_| duration.is_none()),
            }
        }
        Err((a, b)) => found.problems.end = Some(competing("last", paragraphs, a, b)),
    }
    if let (None, Some(end), Some((days, words))) = (found.start, found.end, duration) {
        if found.problems.start.is_none() {
            found.start = end
                .date
                .add_days(1 - days)
                .map(|date| DateFound { date, text: words });
        }
    }
    if let (Some(start), Some(end)) = (found.start, found.end) {
        let lasts = duration.and_then(|(days, _)| start.date.add_days(days - 1));
        if end.date < start.date || lasts.is_some_and(|last| last != end.date) {
            found.problems.end = Some(format!(
                "the release's days do not fit together: it gives {} as the first day and {} as the last{}: fill in the last day",
                start.date,
                end.date,
                duration.map_or(String::new(), |(days, _)| format!(", for an event of {days} days")),
            ));
            found.end = None;
        }
    }
    for marked in &marked {
        let date = marked.day.date;
        let is_edge = [found.start, found.end]
            .iter()
            .flatten()
            .any(|edge| edge.date == date);
        if !is_edge {
            continue;
        }
        let items = opening_item(paragraphs, marked).into_iter().collect();
        let text = [found.start, found.end]
            .into_iter()
            .flatten()
            .find(|edge| edge.date == date)
            .map_or(marked.day.text, |edge| edge.text);
        found.push(Some(DayFound { date, text, items }));
    }
    for opening in openings {
        let date = opening.named.or_else(|| {
            let start = found.start?.date;
            match opening.ordinal {
                Some(ordinal) => start.add_days(ordinal - 1),
                None if opening.final_day => found.end.map(|end| end.date),
                None => None,
            }
        });
        if let Some(date) = date {
            found.push(Some(DayFound {
                date,
                text: opening.text,
                items: opening.items,
            }));
        }
    }
    found.days.sort_by_key(|day| day.date);
    found.day_of.clear();
    found
}

/// The one date all of `found` give (`None` when there are none), or the
/// first two that differ.
fn agreed(found: &[DateFound]) -> Result<Option<DateFound>, (DateFound, DateFound)> {
    let Some(first) = found.first() else {
        return Ok(None);
    };
    match found.iter().find(|other| other.date != first.date) {
        Some(other) => Err((*first, *other)),
        None => Ok(Some(*first)),
    }
}

/// What the editor is told when two readings of a day compete.
fn competing(which: &str, paragraphs: &[String], a: DateFound, b: DateFound) -> String {
    let words = |found: DateFound| {
        found
            .text
            .paragraph
            .of(paragraphs)
            .and_then(|text| text.get(found.text.start..found.text.end))
            .unwrap_or("")
            .to_string()
    };
    format!(
        "two readings of the {which} day compete, {} (\"{}\", paragraph {}) and {} (\"{}\", paragraph {}): fill in the right one",
        a.date,
        words(a),
        a.text.paragraph.number(),
        b.date,
        words(b),
        b.text.paragraph.number(),
    )
}

impl Programme {
    /// Adds a day, or its items to a day of the same date.
    fn push(&mut self, day: Option<DayFound>) {
        let Some(day) = day else { return };
        charge(1);
        match self
            .day_of
            .get(&day.date)
            .and_then(|&at| self.days.get_mut(at))
        {
            Some(known) => known.items.extend(day.items),
            None => {
                self.day_of.insert(day.date, self.days.len());
                self.days.push(day);
            }
        }
    }
}

/// The day openers of `paragraphs` outside quotations, each with the
/// items that follow it in its paragraph; weekdays fall on or after `base`.
fn openings(
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
    } else {
        return None;
    };
    let items_from = sentence.start
        + if after.starts_with(", ") {
            length + 2
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

/// The ordinal ("second" → 2) and finality of the words naming a day:
/// "the second and final day of the meeting".
fn ordinal_of(named: &str) -> (Option<i32>, bool) {
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
    let lead = ["on the ", "on its ", "the ", "on "]
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

/// "an OSCE conference that began in Vienna" from "… is the focus of an
/// OSCE conference that began in Vienna today.": the clause with the verb
/// that dates the day, from its subject, without "today".
fn opening_item(paragraphs: &[String], marked: &MarkedDay) -> Option<Span> {
    let para = marked.paragraph;
    let text = para.of(paragraphs)?;
    let TextRange { start, end } = marked.sentence;
    let verb = marked.verb;
    let before = text.get(start..verb)?.trim_end();
    let relative = ["that", "which"].iter().any(|word| {
        before.len() > word.len()
            && before.ends_with(word)
            && before[..before.len() - word.len()].ends_with(' ')
    });
    let mut from = start;
    if relative {
        let articles = [" a ", " an ", " the "];
        if let Some(at) = articles
            .iter()
            .filter_map(|article| find_all(before, article).last().map(|&at| at + 1))
            .max()
        {
            from = start + at;
        }
    }
    let TextRange {
        start: from,
        end: mut to,
    } = trim_end_marks(text, from, end, &['.', '!']);
    let clause = &text[from..to];
    for tail in [" today", " this week", " this morning"] {
        let ends = clause
            .len()
            .checked_sub(tail.len())
            .and_then(|at| clause.get(at..))
            .is_some_and(|end| end.eq_ignore_ascii_case(tail));
        if ends {
            to -= tail.len();
        }
    }
    let item = trim(text, from, to);
    (item.of(text).split_whitespace().count() >= 2).then_some(item.in_paragraph(para))
}
