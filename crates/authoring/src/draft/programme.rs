//! The conference's days: it "began … today" (the dateline's date), and
//! sentences that open with "On Friday, the final day of the conference, …"
//! or "On 4 March, …" give a day of the programme and its items.

use std::collections::BTreeMap;

use conference_summary_model::IsoDate;

use super::dateline::{
    date_at, next_weekday, opened_today, weekday_number, Dateline, Opening, WrittenDate,
};
use super::paragraphs::{find_all, sentences, starts_with_ci, trim, trim_end_marks};
use super::span::{Paragraph, Ranges, Span, TextRange};
use super::work::charge;

/// A date of the conference and the words that name it.
#[derive(Clone, Copy)]
pub(crate) struct DateFound {
    pub date: IsoDate,
    pub text: Span,
}

pub(crate) struct DayFound {
    pub date: IsoDate,
    /// How the release names the day.
    pub text: Span,
    pub items: Vec<Span>,
}

#[derive(Default)]
pub(crate) struct Programme {
    pub start: Option<DateFound>,
    pub end: Option<DateFound>,
    pub days: Vec<DayFound>,
    /// Where each date stands in `days` while they are found, before
    /// they are sorted.
    day_of: BTreeMap<IsoDate, usize>,
}

/// A sentence that opens by naming a day of the programme.
struct DayOpening {
    day: DayFound,
    /// Where the day's items begin.
    items_from: usize,
    /// Whether the words call it the final day.
    final_day: bool,
}

/// The first and last day of an explicit range of dates.
struct DateRange {
    first: DateFound,
    last: DateFound,
}

const FINAL_DAY: [&str; 4] = ["final day", "last day", "closing day", "concluding day"];
const ITEM_BREAKS: [&str; 5] = [
    ", and there will be ",
    ", and there will also be ",
    "; and ",
    "; ",
    ", while ",
];

/// Finds the days of the conference in `paragraphs`, outside `covered`
/// (quoted) ranges.
pub(crate) fn find(
    paragraphs: &[String],
    dateline: Option<&Dateline>,
    covered: &[Ranges],
) -> Programme {
    let mut found = Programme::default();
    let Some(dateline) = dateline else {
        return found;
    };
    if let Some(first) = paragraphs.first() {
        if let Some(opening) = opened_today(first, dateline.body) {
            let text = dateline.date_text;
            found.start = Some(DateFound {
                date: dateline.date,
                text,
            });
            let items = opening_item(first, opening).into_iter().collect();
            found.days.push(DayFound {
                date: dateline.date,
                text,
                items,
            });
        }
    }
    if found.start.is_none() || found.end.is_none() {
        let range = explicit_range(paragraphs, covered, dateline.date.year);
        // A range that ends before the day the release says it began is about something else.
        if let Some(range) = range.filter(|range| {
            found
                .start
                .is_none_or(|start| start.date <= range.last.date)
        }) {
            found.start = found.start.or(Some(range.first));
            found.end = Some(range.last);
        }
    }
    let base = found.start.map_or(dateline.date, |start| start.date);
    let none = Ranges::default();
    for (para, text) in Paragraph::numbered(paragraphs) {
        let quoted = para.of(covered).unwrap_or(&none);
        let mut current: Option<DayFound> = None;
        for sentence in sentences(text) {
            let TextRange { start, end } = sentence;
            let start = if para == Paragraph::FIRST {
                start.max(dateline.body)
            } else {
                start
            };
            let sentence = TextRange::new(start, end);
            if sentence.is_empty() || quoted.overlaps(sentence) {
                continue;
            }
            if let Some(opening) = day_at(text, para, sentence, base) {
                let DayOpening {
                    day,
                    items_from,
                    final_day,
                } = opening;
                if final_day && found.end.is_none() {
                    found.end = Some(DateFound {
                        date: day.date,
                        text: day.text,
                    });
                }
                found.push(current.replace(day));
                if let Some(day) = current.as_mut() {
                    day.items.extend(items(text, para, items_from, end));
                }
            } else if let Some(day) = current.as_mut() {
                day.items.extend(items(text, para, start, end));
            }
        }
        found.push(current);
    }
    found.days.sort_by_key(|day| day.date);
    found.day_of.clear();
    found
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

/// "On Friday, the final day of the conference, …" or "On 4 March, …" at
/// the start of `sentence`.
fn day_at(text: &str, para: Paragraph, sentence: TextRange, base: IsoDate) -> Option<DayOpening> {
    let TextRange { start, end } = sentence;
    if !starts_with_ci(sentence.of(text), "on ") {
        return None;
    }
    let name_start = start + 3;
    let word_end = text[name_start..end]
        .find(|c: char| !c.is_alphabetic())
        .map_or(end, |at| name_start + at);
    let (date, name_end) = match weekday_number(&text[name_start..word_end]) {
        Some(weekday) => (next_weekday(base, weekday)?, word_end),
        None => {
            let WrittenDate { date, length } = date_at(&text[name_start..end], Some(base.year))?;
            (date, name_start + length)
        }
    };
    let rest = &text[name_end..end];
    let appositive = rest.starts_with(", ")
        && ["the ", "which ", "when "]
            .iter()
            .any(|lead| starts_with_ci(&rest[2..], lead));
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
    let named = &text[name_start..text_end];
    let final_day = FINAL_DAY
        .iter()
        .any(|phrase| !find_all(named, phrase).is_empty());
    let day = DayFound {
        date,
        text: TextRange::new(name_start, text_end).in_paragraph(para),
        items: Vec::new(),
    };
    Some(DayOpening {
        day,
        items_from,
        final_day,
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
/// OSCE conference that began in Vienna today.": the clause with the opening
/// verb, from its subject, without "today".
fn opening_item(text: &str, opening: Opening) -> Option<Span> {
    let Opening {
        sentence: TextRange { start, end },
        verb,
    } = opening;
    let before = text[start..verb].trim_end();
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
    for tail in [" today", " this week"] {
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
    (item.of(text).split_whitespace().count() >= 2).then_some(item.in_paragraph(Paragraph::FIRST))
}

/// "from 3 to 5 March 2025" or "from 3 March to 5 March 2025" outside
/// quotations: first and last day, each with the words that name it (a bare
/// day number names its day through the whole range).
fn explicit_range(paragraphs: &[String], covered: &[Ranges], year: u16) -> Option<DateRange> {
    let none = Ranges::default();
    Paragraph::numbered(paragraphs).find_map(|(para, text)| {
        let quoted = para.of(covered).unwrap_or(&none);
        find_all(text, "from ").into_iter().find_map(|at| {
            if quoted.contains(at) {
                return None;
            }
            let from = at + "from ".len();
            let rest = &text[from..];
            let digits = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            let first = date_at(rest, Some(year));
            let first_end = match &first {
                Some(found) => from + found.length,
                None if (1..=2).contains(&digits) => from + digits,
                None => return None,
            };
            let joiner = [" to ", " until ", "–", "-", " – ", " - "]
                .into_iter()
                .find(|joiner| text[first_end..].starts_with(joiner))?;
            let last_start = first_end + joiner.len();
            let WrittenDate { date: last, length } = date_at(&text[last_start..], Some(year))?;
            let last_end = last_start + length;
            let first = match first {
                Some(found) => DateFound {
                    date: IsoDate::new(last.year, found.date.month, found.date.day)?,
                    text: TextRange::new(from, first_end).in_paragraph(para),
                },
                None => {
                    let day = text[from..first_end].parse().ok()?;
                    DateFound {
                        date: IsoDate::new(last.year, last.month, day)?,
                        text: TextRange::new(from, last_end).in_paragraph(para),
                    }
                }
            };
            let last = DateFound {
                date: last,
                text: TextRange::new(last_start, last_end).in_paragraph(para),
            };
            (first.date <= last.date).then_some(DateRange { first, last })
        })
    })
}
