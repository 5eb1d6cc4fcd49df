//! The conference's days: it "began … today" (the dateline's date), and
//! sentences that open with "On Friday, the final day of the conference, …"
//! or "On 4 March, …" give a day of the programme and its items.

use super::dateline::{date_at, opened_today, weekday_number, Dateline, Ymd};
use super::facts::Span;
use super::paragraphs::{find_all, sentences, starts_with_ci, trim, trim_end_marks};

pub(crate) struct DayFound {
    pub date: Ymd,
    /// How the release names the day.
    pub text: Span,
    pub items: Vec<Span>,
}

#[derive(Default)]
pub(crate) struct Programme {
    pub start: Option<(Ymd, Span)>,
    pub end: Option<(Ymd, Span)>,
    pub days: Vec<DayFound>,
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
    covered: &[Vec<(usize, usize)>],
) -> Programme {
    let mut found = Programme::default();
    let Some(dateline) = dateline else {
        return found;
    };
    if let Some(first) = paragraphs.first() {
        if let Some((start, verb, end)) = opened_today(first, dateline.body) {
            let text = (0, dateline.date_range.0, dateline.date_range.1);
            found.start = Some((dateline.date, text));
            let items = opening_item(first, start, verb, end).into_iter().collect();
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
        if let Some((start, end)) =
            range.filter(|(_, (end, _))| found.start.is_none_or(|(start, _)| start <= *end))
        {
            found.start = found.start.or(Some(start));
            found.end = Some(end);
        }
    }
    let base = found.start.map_or(dateline.date, |(date, _)| date);
    for (para, text) in paragraphs.iter().enumerate() {
        let quoted = covered.get(para).map_or(&[][..], Vec::as_slice);
        let mut current: Option<DayFound> = None;
        for (start, end) in sentences(text) {
            let start = if para == 0 {
                start.max(dateline.body)
            } else {
                start
            };
            if start >= end || quoted.iter().any(|&(s, e)| s < end && start < e) {
                continue;
            }
            if let Some((day, items_from, final_day)) = day_at(text, para, start, end, base) {
                if final_day && found.end.is_none() {
                    found.end = Some((day.date, day.text));
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
    found
}

impl Programme {
    /// Adds a day, or its items to a day of the same date.
    fn push(&mut self, day: Option<DayFound>) {
        let Some(day) = day else { return };
        match self.days.iter_mut().find(|known| known.date == day.date) {
            Some(known) => known.items.extend(day.items),
            None => self.days.push(day),
        }
    }
}

/// "On Friday, the final day of the conference, …" or "On 4 March, …" at
/// `start`: the day, where its items begin, and whether it is the final day.
fn day_at(
    text: &str,
    para: usize,
    start: usize,
    end: usize,
    base: Ymd,
) -> Option<(DayFound, usize, bool)> {
    if !starts_with_ci(&text[start..end], "on ") {
        return None;
    }
    let name_start = start + 3;
    let word_end = text[name_start..end]
        .find(|c: char| !c.is_alphabetic())
        .map_or(end, |at| name_start + at);
    let (date, name_end) = match weekday_number(&text[name_start..word_end]) {
        Some(weekday) => (base.next_weekday(weekday)?, word_end),
        None => {
            let (date, length) = date_at(&text[name_start..end], Some(base.year))?;
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
        text: (para, name_start, text_end),
        items: Vec::new(),
    };
    Some((day, items_from, final_day))
}

/// The clauses of `from..to`, each an item of the day.
fn items(text: &str, para: usize, from: usize, to: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = from;
    let mut breaks: Vec<(usize, usize)> = ITEM_BREAKS
        .iter()
        .flat_map(|phrase| {
            find_all(&text[from..to], phrase)
                .into_iter()
                .map(move |at| (from + at, phrase.len()))
        })
        .collect();
    breaks.sort_unstable();
    for (at, length) in breaks {
        if at >= start {
            out.push(trim_end_marks(text, start, at, &['.', ',', ';']));
            start = at + length;
        }
    }
    out.push(trim_end_marks(text, start, to, &['.', ',', ';']));
    out.into_iter()
        .filter(|(a, b)| text[*a..*b].split_whitespace().count() >= 2)
        .map(|(a, b)| (para, a, b))
        .collect()
}

/// "an OSCE conference that began in Vienna" from "… is the focus of an
/// OSCE conference that began in Vienna today.": the clause with the opening
/// verb, from its subject, without "today".
fn opening_item(text: &str, start: usize, verb: usize, end: usize) -> Option<Span> {
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
    let (from, mut to) = trim_end_marks(text, from, end, &['.', '!']);
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
    let (from, to) = trim(text, from, to);
    (text[from..to].split_whitespace().count() >= 2).then_some((0, from, to))
}

/// "from 3 to 5 March 2025" or "from 3 March to 5 March 2025" outside
/// quotations: first and last day, each with the words that name it (a bare
/// day number names its day through the whole range).
fn explicit_range(
    paragraphs: &[String],
    covered: &[Vec<(usize, usize)>],
    year: i32,
) -> Option<((Ymd, Span), (Ymd, Span))> {
    paragraphs.iter().enumerate().find_map(|(para, text)| {
        let quoted = covered.get(para).map_or(&[][..], Vec::as_slice);
        find_all(text, "from ").into_iter().find_map(|at| {
            if quoted.iter().any(|&(s, e)| s <= at && at < e) {
                return None;
            }
            let from = at + "from ".len();
            let rest = &text[from..];
            let digits = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            let first = date_at(rest, Some(year));
            let (first_end, first_date) = match first {
                Some((date, length)) => (from + length, Some(date)),
                None if (1..=2).contains(&digits) => (from + digits, None),
                None => return None,
            };
            let joiner = [" to ", " until ", "–", "-", " – ", " - "]
                .into_iter()
                .find(|joiner| text[first_end..].starts_with(joiner))?;
            let last_start = first_end + joiner.len();
            let (last, length) = date_at(&text[last_start..], Some(year))?;
            let last_end = last_start + length;
            let (first, first_text) = match first_date {
                Some(date) => (
                    Ymd::new(last.year, date.month, date.day)?,
                    (para, from, first_end),
                ),
                None => {
                    let day = text[from..first_end].parse().ok()?;
                    (
                        Ymd::new(last.year, last.month, day)?,
                        (para, from, last_end),
                    )
                }
            };
            (first <= last).then_some(((first, first_text), (last, (para, last_start, last_end))))
        })
    })
}
