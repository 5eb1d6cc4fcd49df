//! The conference's days: its first and last day, from the verbs and time
//! words that date it ([`super::schedule`]), and the days of its programme:
//! sentences that open with "On Friday, the final day of the conference,
//! …", "On 4 March, …", "On the second day, …" or "The final day, 5 June,
//! is …" give a day and its items.

use std::collections::BTreeMap;

use conference_summary_model::IsoDate;

use super::dateline::{weekday_number, Dateline};
use super::days::openings;
use super::paragraphs::{find_all, trim, trim_end_marks};
pub(crate) use super::schedule::DateFound;
use super::schedule::{self, MarkedDay};
use super::span::{Ranges, Span, TextRange};
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
    let mut ends = schedule.ends.clone();
    // "on Tuesday 10 and Wednesday 11 March", "On Thursday, participants
    // will …": a weekday alone is a day of the dated event, not a first day
    // that competes with it.
    let written =
        |found: &DateFound| words_of(paragraphs, *found).contains(|c: char| c.is_ascii_digit());
    let dated_days = schedule
        .duration
        .map(|(days, _)| days)
        .or_else(|| {
            let (first, last) = schedule.loose_range?;
            Some(last.date.days_since_epoch() - first.date.days_since_epoch() + 1)
        })
        .or_else(|| {
            // "opened today …, which will run until Thursday, May 22": the
            // written first and last days give the length.
            let first = schedule.starts.iter().find(|found| written(found))?;
            let last = agreed(&schedule.ends).ok().flatten().filter(written)?;
            let days = last.date.days_since_epoch() - first.date.days_since_epoch() + 1;
            (2..=MOST_WRITTEN_DAYS).contains(&days).then_some(days)
        });
    let mut starts = weekdays_within_dated_event(
        paragraphs,
        schedule.starts.clone(),
        schedule.loose_range.map(|(first, _)| first),
        dated_days,
    );
    if let Some((first, last)) = schedule.loose_range {
        if starts.iter().all(|start| start.date == first.date) {
            starts.push(first);
        }
        if ends.iter().all(|end| end.date == last.date) {
            ends.push(last);
        }
    }
    // Weekdays of the programme fall on or after the first day: named, or
    // counted back from an agreed last day by the duration.
    let duration = schedule.duration;
    let counted_back = || {
        let (days, _) = duration?;
        agreed(&ends).ok().flatten()?.date.add_days(1 - days)
    };
    let base = agreed(&starts)
        .ok()
        .flatten()
        .map(|start| start.date)
        .or_else(counted_back)
        .unwrap_or(dateline.date);
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
    // Readings that all fall within one event of the stated length read
    // its days ("opened today a two-day training … Tomorrow, participants
    // will meet"): the earliest is its first day, the latest its last.
    let span = duration.map(|(days, _)| days);
    let starts = within_one_event(starts, span, false);
    let ends = within_one_event(ends, span, true);
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
        if !is_edge || only_bounds(paragraphs, marked) {
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

/// `starts` without the days read from a weekday alone ("On Thursday,
/// participants will work in groups") that another start written as a
/// date, or else the first range of dates (`range_start`: "from Wednesday 9
/// to Friday 11 April"), puts within the event's `days`: the weekday is one
/// of the event's days, read against the dateline's week when it is the
/// event's.
fn weekdays_within_dated_event(
    paragraphs: &[String],
    starts: Vec<DateFound>,
    range_start: Option<DateFound>,
    days: Option<i32>,
) -> Vec<DateFound> {
    let words = |found: &DateFound| words_of(paragraphs, *found);
    let weekday_alone = |found: &DateFound| weekday_number(words(found)).is_some();
    let Some(dated) = starts
        .iter()
        .find(|found| words(found).contains(|c: char| c.is_ascii_digit()))
        .copied()
        .or(range_start)
    else {
        return starts;
    };
    let Some(days) = days else { return starts };
    let within = |found: &DateFound| {
        (0..days).any(|offset| {
            dated
                .date
                .add_days(offset)
                .is_some_and(|day| day.weekday() == found.date.weekday())
        })
    };
    starts
        .clone()
        .into_iter()
        .filter(|found| found.date == dated.date || !(weekday_alone(found) && within(found)))
        .collect()
}

/// The longest event whose length its written first and last days give.
const MOST_WRITTEN_DAYS: i32 = 31;

/// `found` as one reading when its dates all lie within `days` days of
/// each other: the earliest (or with `last`, the latest); else as found.
fn within_one_event(found: Vec<DateFound>, days: Option<i32>, last: bool) -> Vec<DateFound> {
    let (Some(days), Some(earliest), Some(latest)) = (
        days,
        found.iter().min_by_key(|day| day.date),
        found.iter().max_by_key(|day| day.date),
    ) else {
        return found;
    };
    let apart = latest.date.days_since_epoch() - earliest.date.days_since_epoch();
    if apart == 0 || apart >= days {
        return found;
    }
    vec![if last { *latest } else { *earliest }]
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

/// The words that give `found`.
fn words_of(paragraphs: &[String], found: DateFound) -> &str {
    found
        .text
        .paragraph
        .of(paragraphs)
        .and_then(|text| text.get(found.text.start..found.text.end))
        .unwrap_or("")
}

/// What the editor is told when two readings of a day compete.
fn competing(which: &str, paragraphs: &[String], a: DateFound, b: DateFound) -> String {
    let words = |found: DateFound| words_of(paragraphs, found);
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

/// Verbs that only say how long the event lasts: "continues until Thursday"
/// names its last day, not anything done on it.
const LASTS_UNTIL: [&str; 7] = [
    "continues until",
    "continue until",
    "runs until",
    "run until",
    "lasts until",
    "runs through",
    "run through",
];

/// Whether `marked` dates its day only with a verb of [`LASTS_UNTIL`].
fn only_bounds(paragraphs: &[String], marked: &MarkedDay) -> bool {
    marked
        .paragraph
        .of(paragraphs)
        .and_then(|text| text.get(marked.verb..))
        .is_some_and(|at_verb| LASTS_UNTIL.iter().any(|verb| at_verb.starts_with(verb)))
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

#[cfg(test)]
mod tests {
    use super::super::dateline::dateline;
    use super::*;

    fn programme_days(text: &str) -> Vec<String> {
        let paragraphs = [text.to_string()];
        let found = dateline(text);
        find(&paragraphs, found.as_ref(), &[])
            .days
            .iter()
            .map(|day| day.date.to_string())
            .collect()
    }

    // 2026-02-11 is a Wednesday.
    #[test]
    fn lasting_until_a_day_puts_nothing_on_it() {
        let text = "OSLO, 11 February 2026 – A course on triage, which opened on Monday, continues until Friday.";
        assert_eq!(programme_days(text), ["2026-02-09"]);
        let text = "OSLO, 11 February 2026 – A course on triage opened on Monday and closes on Friday with an exam.";
        assert_eq!(programme_days(text), ["2026-02-09", "2026-02-13"]);
    }

    #[test]
    fn a_weekday_alone_is_a_day_of_the_dated_event() {
        let paragraphs = [
            "OSLO, 11 February 2026 – Pilots will gather in Bergen next week for a forum, which takes place from Tuesday 17 to Thursday 19 February.".to_string(),
            "On Wednesday, participants will work in groups led by harbour masters.".to_string(),
        ];
        let found = find(&paragraphs, dateline(&paragraphs[0]).as_ref(), &[]);
        assert_eq!(
            found.start.map(|day| day.date.to_string()).as_deref(),
            Some("2026-02-17")
        );
        assert_eq!(found.problems.start, None);
        // A weekday before a day of a range is the range's.
        let paragraphs = ["OSLO, 9 February 2026 – The Board will hold a two-day forum on Tuesday 17 and Wednesday 18 February.".to_string()];
        let found = find(&paragraphs, dateline(&paragraphs[0]).as_ref(), &[]);
        assert_eq!(
            found.start.map(|day| day.date.to_string()).as_deref(),
            Some("2026-02-17")
        );
        assert_eq!(
            found.end.map(|day| day.date.to_string()).as_deref(),
            Some("2026-02-18")
        );
    }

    #[test]
    fn a_programme_line_opens_with_its_day() {
        let paragraphs = [
            "OSLO, 11 February 2026 – A three-day forum on tides opens in Bergen on Tuesday 17 February.".to_string(),
            "Wednesday 18 February – field visits to the harbour.".to_string(),
            "Thursday: adoption of a community-led plan.".to_string(),
        ];
        let found = find(&paragraphs, dateline(&paragraphs[0]).as_ref(), &[]);
        let days: Vec<String> = found.days.iter().map(|day| day.date.to_string()).collect();
        assert_eq!(days, ["2026-02-17", "2026-02-18", "2026-02-19"]);
    }

    #[test]
    fn written_first_and_last_days_hold_a_weekday_between_them() {
        let paragraphs = [
            "LIMA, 20 May 2025 – The Chamber inaugurated today a forum on dust, which will run until Thursday, May 22.".to_string(),
            "On Wednesday, the forum will hold a panel on women in mining.".to_string(),
        ];
        let found = find(&paragraphs, dateline(&paragraphs[0]).as_ref(), &[]);
        let day = |found: Option<DateFound>| found.map(|day| day.date.to_string());
        assert_eq!(
            (day(found.start), day(found.end)),
            (
                Some("2025-05-20".to_string()),
                Some("2025-05-22".to_string())
            )
        );
    }
}
