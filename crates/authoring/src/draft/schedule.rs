//! When the event opens and closes, from the verbs that say so and the time
//! words next to them: "met in Geneva today", "will open on Monday",
//! "opened on Tuesday", "concluded today", "runs until Friday", "was held
//! on 12–13 May", "took place today", and a duration ("a three-day
//! workshop") that gives one end from the other.

use conference_summary_model::IsoDate;

use super::cues::{cues_in, Cue, Role};
use super::dateline::{next_weekday, Dateline};
use super::days::ordinal_of;
use super::focus::{launched_at_an_event, EVENT_NOUNS};
use super::paragraphs::{find_all, sentences};
use super::span::{Paragraph, Ranges, Span, TextRange};
use super::when::{duration, times, TimeWords, When};

/// The most days between the dateline and a date of the event: a release
/// announces or reports an event within months of it.
const MOST_DAYS_AWAY: i32 = 160;

/// Verbs of people meeting that say on which day the whole event is held:
/// "officials met on Wednesday for a round table", "young carers will meet
/// MPs at a round table tomorrow", "are gathering in Stirling today".
const MET: [&str; 16] = [
    "met",
    "gather today",
    "gather in",
    "meet today",
    "meet in",
    "gathered",
    "came together",
    "convened",
    "meets",
    "will meet",
    "are meeting",
    "to meet",
    "gathers",
    "will gather",
    "are gathering",
    "will come together",
];

/// Verbs that report the news, whose time words date the report.
const REPORTED: [&str; 6] = [
    " announced",
    " said",
    " reported",
    " stated",
    " confirmed",
    " said on",
];

/// A date of the event and the words that name it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DateFound {
    pub date: IsoDate,
    pub text: Span,
}

/// A day a verb opens or closes, for the programme: the day, and the
/// sentence and verb that say so.
#[derive(Clone, Copy)]
pub(crate) struct MarkedDay {
    pub day: DateFound,
    /// The paragraph of the sentence.
    pub paragraph: Paragraph,
    pub sentence: TextRange,
    pub verb: usize,
}

/// "closes on Friday": a weekday that ends the event, counted from its
/// first day.
#[derive(Clone, Copy)]
pub(crate) struct ClosingWeekday {
    pub weekday: u8,
    pub text: Span,
    pub sentence: TextRange,
    pub verb: usize,
}

impl ClosingWeekday {
    /// The day it names, on or after `start`, as the programme marks it.
    pub(crate) fn on_or_after(&self, start: IsoDate) -> Option<MarkedDay> {
        Some(MarkedDay {
            day: DateFound {
                date: next_weekday(start, self.weekday)?,
                text: self.text,
            },
            paragraph: self.text.paragraph,
            sentence: self.sentence,
            verb: self.verb,
        })
    }
}

/// What the verbs and time words of the release say of its days.
#[derive(Default)]
pub(crate) struct Schedule {
    /// First days named directly, in document order.
    pub starts: Vec<DateFound>,
    /// Last days named directly, in document order.
    pub ends: Vec<DateFound>,
    /// Days the event was held on, when one date alone is given: a
    /// one-day event unless something says otherwise.
    pub held_on: Option<DateFound>,
    /// The first range of dates, whatever verb it stands with ("the
    /// conference, which runs from 3 to 5 June").
    pub loose_range: Option<(DateFound, DateFound)>,
    /// The first duration ("three-day") and its words.
    pub duration: Option<(i32, Span)>,
    /// Days a verb opens, holds or closes, for the programme.
    pub marked: Vec<MarkedDay>,
    /// Weekdays a verb in the present or future closes the event on.
    pub closing_weekdays: Vec<ClosingWeekday>,
}

/// Reads the schedule of `paragraphs` outside `covered` (quoted) ranges.
pub(crate) fn read(paragraphs: &[String], dateline: &Dateline, covered: &[Ranges]) -> Schedule {
    let mut out = Schedule::default();
    let none = Ranges::default();
    for (para, text) in Paragraph::numbered(paragraphs) {
        let quoted = para.of(covered).unwrap_or(&none);
        // "Last week, the Chamber held …" (and then "The seminar took place
        // on Wednesday"): the weekdays from there on are the week before
        // the dateline's.
        let last_week = find_all(text, "last week").first().copied();
        for sentence in sentences(text) {
            let start = if para == Paragraph::FIRST {
                sentence.start.max(dateline.body)
            } else {
                sentence.start
            };
            // The words before a quotation still count.
            let end = quoted
                .first_overlapping(TextRange::new(start, sentence.end))
                .map_or(sentence.end, |quote| quote.start.min(sentence.end));
            if start >= end {
                continue;
            }
            let last_week = last_week.is_some_and(|at| at < end);
            out.sentence(text, para, TextRange::new(start, end), dateline, last_week);
        }
    }
    out
}

impl Schedule {
    fn sentence(
        &mut self,
        text: &str,
        para: Paragraph,
        sentence: TextRange,
        dateline: &Dateline,
        last_week: bool,
    ) {
        let today = dateline.date;
        // Past the first paragraph, a sentence dates the event only when it
        // names it: "the elections held on 3 May" are another matter.
        let lower = sentence.of(text).to_ascii_lowercase();
        // Where the sentence first names the event: its subject when a
        // dating verb comes after ("The seminar opened on Monday"), not when
        // the event is only the purpose ("met on Monday to prepare the seminar").
        let first_named = if para == Paragraph::FIRST || lower.starts_with("it ") {
            Some(0)
        } else {
            // "A press conference will be held on Friday": the news's
            // event, not the release's.
            EVENT_NOUNS
                .iter()
                .filter_map(|noun| {
                    find_all(&lower, noun).into_iter().find(|&at| {
                        !["press ", "news "]
                            .iter()
                            .any(|kind| lower[..at].ends_with(kind))
                    })
                })
                .min()
        };
        let Some(first_named) = first_named else {
            return;
        };
        if self.duration.is_none() {
            self.duration =
                duration(text, sentence).map(|(days, words)| (days, words.in_paragraph(para)));
        }
        // Dates far from the dateline tell of another edition or an earlier
        // meeting, not of this event.
        let near = |date: IsoDate| {
            (date.days_since_epoch() - today.days_since_epoch()).abs() <= MOST_DAYS_AWAY
        };
        let mut words = times(text, sentence, today);
        if !dateline.dates_relative_words {
            // Only dates that carry their day ("8 February") date anything.
            words.retain(|found| {
                matches!(found.when, When::Day(_) | When::Range { .. })
                    && found.text.of(text).contains(|c: char| c.is_ascii_digit())
            });
        }
        // "…, the Agency announced today": the day of the news, not of the
        // event.
        // "X today announced that …" too: the time words before the verb.
        // A release without a dateline whose first date stands where a
        // dateline would ("Bogotá D.C., September 30 of 2025 – The Faculty
        // realized …"): the day of the news, not a time the verb names.
        let stand_in = dateline.date_text;
        words.retain(|found| {
            let in_dateline_place = !dateline.dates_relative_words
                && stand_in.paragraph == para
                && stand_in.start == found.text.start
                && [" – ", " - ", " — "].iter().any(|dash| {
                    let after = &text[found.text.end..];
                    after[..after.floor_char_boundary(DATELINE_TAIL.min(after.len()))]
                        .contains(dash)
                });
            !in_dateline_place
        });
        words.retain(|found| {
            let before = text[..found.text.start].trim_end();
            let after = &text[found.text.end..];
            !REPORTED
                .iter()
                .any(|verb| before.ends_with(verb) || after.starts_with(verb))
        });
        let is_near = |found: &TimeWords| match found.when {
            When::Day(date) => near(date),
            When::Range { first, last, .. } => near(first) && near(last),
            When::Weekday(_) | When::Weekdays { .. } => true,
        };
        if self.loose_range.is_none() {
            self.loose_range = words
                .iter()
                .filter(|found| is_near(found))
                .filter(|found| {
                    !whose_clause_of_something_else(&text[sentence.start..found.text.start])
                })
                .find_map(|found| match found.when {
                    When::Range {
                        first,
                        first_text,
                        last,
                        last_text,
                    } => Some((
                        DateFound {
                            date: first,
                            text: first_text.in_paragraph(para),
                        },
                        DateFound {
                            date: last,
                            text: last_text.in_paragraph(para),
                        },
                    )),
                    _ => None,
                });
        }
        // A day placed in the event ("today, the second day of …") dates
        // it by its place, not as the day a verb names.
        let placed = self.ordinal_days(text, para, &words, sentence.end);
        words.retain(|found| !placed.contains(&found.text.start));
        let cues = cues_in(sentence.of(text));
        let today_named = !find_all(sentence.of(text), "today").is_empty();
        let mut taken_until = sentence.start;
        for (index, (at, cue, past)) in cues.iter().enumerate() {
            let verb = sentence.start + at;
            if *at < first_named
                || relative_of_something_else(&text[sentence.start..verb])
                // "Yusuf Karimi, who arrived on Lesvos alone at fifteen":
                // a person's own arrival, not the event's.
                || (cue.phrase.contains("arrive") && text[..verb].ends_with("who "))
                || whose_clause_of_something_else(&text[sentence.start..verb])
            {
                continue;
            }
            // "a practical exercise will be carried out on Wednesday": an
            // activity of the event, in the passive, not the event.
            let passive = ["be ", "been ", "was ", "were ", "is ", "are "]
                .iter()
                .any(|auxiliary| text[sentence.start..verb].ends_with(auxiliary));
            // "They will be joined on Sunday by councillors": others join
            // the event's people, on one of its days.
            if ["carried out", "joined"].contains(&cue.phrase) && passive {
                continue;
            }
            // "launched a training course", not "launched a report";
            // "is today hosting its symposium", not "will be holding
            // presentations".
            // "launched its flagship “Global Assessment 2025” at an expert
            // panel": the launch dates the event it was launched at, a day.
            let mut launched_at_event = false;
            if cue.phrase.starts_with("launch") || ["hosting", "holding"].contains(&cue.phrase) {
                let object = &text[verb..text.floor_char_boundary((verb + 60).min(sentence.end))];
                let object = object.to_ascii_lowercase();
                if !EVENT_NOUNS
                    .iter()
                    .any(|noun| !find_all(&object, noun).is_empty())
                {
                    launched_at_event = cue.phrase.starts_with("launch")
                        && launched_at_an_event(&text[verb..sentence.end]);
                    if !launched_at_event {
                        continue;
                    }
                }
            }
            let next_verb = cues
                .get(index + 1)
                .map_or(sentence.end, |(next, _, _)| sentence.start + next);
            let previous_verb_end = index
                .checked_sub(1)
                .and_then(|previous| cues.get(previous))
                .map_or(sentence.start, |(at, cue, _)| {
                    sentence.start + at + cue.phrase.len()
                });
            // The time words after the verb, in its clause; else those just before it.
            // Time words are in order and apart: found by halving, not by
            // reading them all for each verb.
            let after = words.partition_point(|time| time.text.start < verb);
            // A time word the verb before has taken ("runs until Thursday,
            // is convened") is not this verb's too.
            let found = words
                .get(after)
                .filter(|time| time.text.start < next_verb)
                // "held a meeting with the volunteers of the census, whose
                // count will take place on 29 January": another thing's date.
                .filter(|time| !text[verb..time.text.start].contains(" whose "))
                .or_else(|| {
                    after
                        .checked_sub(1)
                        .and_then(|before| words.get(before))
                        .filter(|time| {
                            time.text.end <= verb
                                && time.text.start >= previous_verb_end
                                && time.text.start >= taken_until
                                && !opens_relative_clause(&text[time.text.end..verb])
                                && !in_opening_clause(
                                    &text[sentence.start..time.text.start],
                                    &text[time.text.end..verb],
                                )
                        })
                });
            let Some(found) = found.filter(|found| is_near(found)) else {
                continue;
            };
            taken_until = found.text.end;
            // "has been holding since Monday a course", "since yesterday":
            // the day it began, whatever the verb's tense.
            let since = text[..found.text.start]
                .trim_end()
                .to_ascii_lowercase()
                .ends_with("since");
            let past = &(*past || since);
            // "since yesterday and until Wednesday 19 February": its last day.
            if since {
                let until = words
                    .iter()
                    .find(|time| time.text.start >= found.text.end)
                    .filter(|time| {
                        let between = text[found.text.end..time.text.start].trim();
                        ["until", "and until", ", until"].contains(&between)
                    });
                let last = until.and_then(|time| match time.when {
                    When::Day(date) => Some(date),
                    When::Weekday(weekday) => next_weekday(today, weekday),
                    _ => None,
                });
                if let (Some(time), Some(date)) = (until, last) {
                    self.ends.push(DateFound {
                        date,
                        text: time.text.in_paragraph(para),
                    });
                }
            }
            let role = match cue.role {
                Role::Held if since => Role::Opens,
                Role::Opens if launched_at_event => Role::Held,
                role => role,
            };
            // "today" is cited by the dateline's date, which names it.
            let dated = |date: IsoDate, words: TextRange| DateFound {
                date,
                text: if date == today && !words.of(text).starts_with(char::is_numeric) {
                    dateline.date_text
                } else {
                    words.in_paragraph(para)
                },
            };
            let (first, last) = match found.when {
                When::Range {
                    first,
                    first_text,
                    last,
                    last_text,
                } => (dated(first, first_text), Some(dated(last, last_text))),
                When::Day(date) => (dated(date, found.text), None),
                When::Weekdays { first, last } => {
                    let span = (i32::from(last) - i32::from(first)).rem_euclid(7);
                    let today_number = i32::from(today.weekday());
                    let covers_today = (today_number - i32::from(first)).rem_euclid(7) <= span;
                    // "has today started a three-day training …, running from
                    // Monday to Wednesday", dated the Monday: this week's.
                    let (first_date, last_date) = if covers_today && today_named && !last_week {
                        let first_date = previous_weekday(today, first);
                        (first_date, first_date.and_then(|date| date.add_days(span)))
                    } else if *past {
                        // "from Monday to Wednesday of last week": the week
                        // before the dateline's.
                        let base = if last_week {
                            today.add_days(-today_number - 1)
                        } else {
                            Some(today)
                        };
                        let last_date = base.and_then(|base| previous_weekday(base, last));
                        (last_date.and_then(|date| date.add_days(-span)), last_date)
                    } else if ongoing(cue) && covers_today {
                        // "From Monday to Wednesday … a seminar is being
                        // held", dated the Tuesday: this week's.
                        let first_date = previous_weekday(today, first);
                        (first_date, first_date.and_then(|date| date.add_days(span)))
                    } else {
                        // "next Tuesday and Wednesday" on a Tuesday: next week's.
                        let first_date = today.add_days(1).and_then(|day| next_weekday(day, first));
                        (first_date, first_date.and_then(|date| date.add_days(span)))
                    };
                    let (Some(first_date), Some(last_date)) = (first_date, last_date) else {
                        continue;
                    };
                    (
                        dated(first_date, found.text),
                        Some(dated(last_date, found.text)),
                    )
                }
                When::Weekday(weekday) if role == Role::Closes && !*past => {
                    // "closes on Friday": the Friday after the first day,
                    // which is not known yet.
                    self.closing_weekdays.push(ClosingWeekday {
                        weekday,
                        text: found.text.in_paragraph(para),
                        sentence,
                        verb,
                    });
                    continue;
                }
                When::Weekday(weekday) => {
                    // In the past, the dateline's own weekday is today's
                    // ("concluded here on Thursday", dated a Thursday); in
                    // the future it would be "today", so it is next week's.
                    let date = if *past && last_week {
                        today
                            .add_days(-i32::from(today.weekday()) - 1)
                            .and_then(|base| previous_weekday(base, weekday))
                    } else if *past {
                        previous_weekday(today, weekday)
                    } else {
                        today.add_days(1).and_then(|day| next_weekday(day, weekday))
                    };
                    let Some(date) = date else { continue };
                    (dated(date, found.text), None)
                }
            };
            // "gathered today for the close of a three-day conference": the
            // day named is the last.
            let closing_day = CLOSE_OF.iter().any(|phrase| {
                let after = &text[found.text.end..sentence.end];
                after[..after.floor_char_boundary(CLOSE_OF_WINDOW.min(after.len()))]
                    .contains(phrase)
            });
            if closing_day && last.is_none() {
                self.ends.push(first);
                continue;
            }
            let marked = MarkedDay {
                day: first,
                paragraph: para,
                sentence,
                verb,
            };
            match (role, last) {
                (Role::Opens | Role::Held, Some(last)) => {
                    self.starts.push(first);
                    self.ends.push(last);
                }
                // "completed the training on Friday and Saturday": both days.
                (Role::Closes, Some(last)) => {
                    self.starts.push(first);
                    self.ends.push(last);
                }
                (Role::Opens, None) => {
                    self.starts.push(first);
                    // "Officials met on Wednesday for a round table": a
                    // meeting reported on one day was held on that day.
                    if MET.contains(&cue.phrase) {
                        self.held_on.get_or_insert(first);
                    }
                    self.marked.push(marked);
                }
                (Role::Held, None) => {
                    self.starts.push(first);
                    self.held_on.get_or_insert(first);
                    self.marked.push(marked);
                }
                (Role::Closes, None) => {
                    self.ends.push(first);
                    self.marked.push(marked);
                }
            }
        }
    }
}

impl Schedule {
    /// "today, the second day of the assembly", "Friday, the final day":
    /// a dated day's place in the event gives its first or last day.
    fn ordinal_days(
        &mut self,
        text: &str,
        para: Paragraph,
        words: &[TimeWords],
        end: usize,
    ) -> Vec<usize> {
        let mut placed = Vec::new();
        for found in words {
            let When::Day(date) = found.when else {
                continue;
            };
            let after = &text[found.text.end..end];
            let named = [", the ", " – the ", " — the ", ", its "]
                .iter()
                .find_map(|lead| after.strip_prefix(lead))
                .map(|named| &named[..named.floor_char_boundary(ORDINAL_WINDOW.min(named.len()))])
                .or_else(|| entered_day_before(&text[..found.text.start]));
            let Some(named) = named else {
                continue;
            };
            let day = DateFound {
                date,
                text: found.text.in_paragraph(para),
            };
            // "the second and final day" gives both ends.
            let (ordinal, final_day) = ordinal_of(named);
            if ordinal.is_none() && !final_day {
                continue;
            }
            if final_day {
                self.ends.push(day);
            }
            if let Some(first) = ordinal.and_then(|ordinal| date.add_days(1 - ordinal)) {
                self.starts.push(DateFound { date: first, ..day });
            }
            placed.push(found.text.start);
        }
        placed
    }
}

/// Whether `between` a time word and a verb after it a relative clause
/// opens, so that the verb is not the time word's: "sessions today focus on
/// inquests, in which a case is concluded on paper".
/// A "where" clause keeps the time word when its subject is the event:
/// "on Thursday in Letterkenny, where the final hearing will close".
fn opens_relative_clause(between: &str) -> bool {
    if [" which ", " whom ", " whose "]
        .iter()
        .any(|pronoun| between.contains(pronoun))
    {
        return true;
    }
    between.find(" where ").is_some_and(|at| {
        let clause = between[at..].to_ascii_lowercase();
        !EVENT_NOUNS
            .iter()
            .any(|noun| !find_all(&clause, noun).is_empty())
    })
}

/// Whether a time word stands in a clause that opens the sentence with its
/// own verb, set off by a comma before the main one: "As the world marks
/// Women's Day today, the Network concluded …". `before` is the sentence up
/// to the time word, `between` the words from it to the verb.
fn in_opening_clause(before: &str, between: &str) -> bool {
    // "Since yesterday, officers have gathered": the time words themselves.
    ["As ", "While ", "When ", "Since ", "Because "]
        .iter()
        .any(|lead| before.starts_with(lead) && before.len() > lead.len())
        && between.contains(", ")
}

/// Whether the verb after `before` opens a relative clause about a span of
/// time, not the event: "the hurricane season, which begins on 1 June".
fn relative_of_something_else(before: &str) -> bool {
    let Some(antecedent) = [", which ", ", that "]
        .iter()
        .find_map(|pronoun| before.strip_suffix(pronoun))
    else {
        return false;
    };
    // Only a span of time is surely no event: "a conference on people
    // displaced by climate change, which closed" is the conference's.
    let noun = antecedent.rsplit(' ').next().unwrap_or("");
    TIME_SPANS.contains(&noun)
}

/// Whether the verb after `before` is in a "whose" clause about something
/// other than the event: "the census, whose field count will take place
/// on 29 January", but not "the forum, whose second day opens today" or
/// "a seminar, whose works will continue until Thursday".
fn whose_clause_of_something_else(before: &str) -> bool {
    let Some(at) = before.rfind(" whose ") else {
        return false;
    };
    let clause = before[at..].to_ascii_lowercase();
    !clause.contains(" day")
        && !EVENT_PROCEEDINGS
            .iter()
            .any(|noun| clause.split(' ').any(|word| word == *noun))
        && !EVENT_NOUNS
            .iter()
            .any(|noun| !find_all(&clause, noun).is_empty())
}

/// What an event's own business is called in a "whose" clause, as French
/// and Spanish houses translate "dont les travaux".
const EVENT_PROCEEDINGS: [&str; 6] = [
    "work",
    "works",
    "proceedings",
    "sessions",
    "deliberations",
    "discussions",
];

/// The most bytes between a dateline's date and its dash ("of 2025 – ").
const DATELINE_TAIL: usize = 16;

/// Spans of time a relative clause may date besides the event.
const TIME_SPANS: [&str; 7] = [
    "season", "year", "term", "month", "period", "campaign", "semester",
];

/// "as it entered its second and final day in Melbourne today": the
/// words naming the day a verb of entering puts just before a time word.
fn entered_day_before(before: &str) -> Option<&str> {
    let window =
        &before[before.floor_char_boundary(before.len().saturating_sub(ORDINAL_WINDOW + 30))..];
    let lower = window.to_ascii_lowercase();
    let at = [
        "entered its ",
        "enters its ",
        "entered the ",
        "enters the ",
        "into its ",
    ]
    .iter()
    .filter_map(|verb| lower.rfind(verb).map(|at| at + verb.len()))
    .max()?;
    let named = &window[at..];
    // The day's words run up to the place or the time word, not past another clause.
    (named.len() <= ORDINAL_WINDOW + 30 && !named.contains([',', ';'])).then_some(named)
}

/// Words after a day that make it the event's last: "for the close of".
const CLOSE_OF: [&str; 3] = ["the close of", "the closing day of", "the final day of"];

/// How far after the day they are read.
const CLOSE_OF_WINDOW: usize = 40;

/// How far after a day's date its place in the event is read ("the second
/// and final day of").
const ORDINAL_WINDOW: usize = 40;

/// The last day on or before `date` that is `weekday` (0 = Monday).
/// Whether a verb tells of an event going on as the release is written
/// ("is being held", "is taking place").
fn ongoing(cue: &Cue) -> bool {
    (cue.phrase.starts_with("is ") || cue.phrase.starts_with("are "))
        && (cue.phrase.ends_with("ing") || cue.phrase.contains(" being "))
}

pub(crate) fn previous_weekday(date: IsoDate, weekday: u8) -> Option<IsoDate> {
    let behind = (i32::from(date.weekday()) - i32::from(weekday)).rem_euclid(7);
    date.add_days(-behind)
}

#[cfg(test)]
mod tests {
    use super::super::dateline::dateline;
    use super::*;

    /// (starts, ends, held on, duration) of a one-paragraph release.
    fn schedule(text: &str) -> (Vec<String>, Vec<String>, Option<String>, Option<i32>) {
        let paragraphs = [text.to_string()];
        let Some(found) = dateline(text) else {
            panic!("no dateline in {text}")
        };
        let read = read(&paragraphs, &found, &[]);
        let dates = |days: &[DateFound]| days.iter().map(|day| day.date.to_string()).collect();
        (
            dates(&read.starts),
            dates(&read.ends),
            read.held_on.map(|day| day.date.to_string()),
            read.duration.map(|(days, _)| days),
        )
    }

    // 2026-02-11 is a Wednesday.
    #[test]
    fn opening_verbs_with_relative_days() {
        let (starts, _, _, days) = schedule(
            "OSLO, 11 February 2026 – Nurses met in Oslo today for a four-day course on triage.",
        );
        assert_eq!((starts, days), (vec!["2026-02-11".to_string()], Some(4)));
        let (starts, ..) =
            schedule("OSLO, 11 February 2026 – Nurses will meet in Oslo tomorrow for a course.");
        assert_eq!(starts, ["2026-02-12"]);
        let (starts, ..) = schedule("OSLO, 11 February 2026 – The course opened on Monday.");
        assert_eq!(starts, ["2026-02-09"], "opened: the Monday before");
        let (starts, ..) = schedule("OSLO, 11 February 2026 – The course will open on Monday.");
        assert_eq!(starts, ["2026-02-16"], "will open: the Monday after");
    }

    #[test]
    fn a_closing_event_and_the_close_of_an_event_date_its_last_day() {
        let (starts, ends, ..) = schedule(
            "OSLO, 11 February 2026 – The Office will on Monday, 16 February, begin a week-long school tour, which will culminate in a Youth Forum on Friday, 20 February.",
        );
        assert_eq!(
            (starts, ends),
            (
                vec!["2026-02-16".to_string()],
                vec!["2026-02-20".to_string()]
            )
        );
        let (_, ends, _, days) = schedule(
            "OSLO, 11 February 2026 – The Council called on chiefs to act, at the close of a two-day county dialogue forum yesterday.",
        );
        assert_eq!((ends, days), (vec!["2026-02-10".to_string()], Some(2)));
    }

    #[test]
    fn arranges_holds_the_event_on_its_days() {
        let (starts, ends, ..) = schedule(
            "OSLO, 9 February 2026 – The Child Welfare Service arranges on Tuesday and Wednesday this week the conference «Together early».",
        );
        assert_eq!(
            (starts, ends),
            (
                vec!["2026-02-10".to_string()],
                vec!["2026-02-11".to_string()]
            )
        );
    }

    #[test]
    fn launched_dates_an_event_but_not_a_report() {
        let (starts, ..) =
            schedule("OSLO, 11 February 2026 – The Academy today launched a course for pilots.");
        assert_eq!(starts, ["2026-02-11"]);
        let (starts, ..) =
            schedule("OSLO, 11 February 2026 – The Academy today launched its yearly report.");
        assert_eq!(starts, Vec::<String>::new());
        let (_, _, held_on, _) = schedule("OSLO, 11 February 2026 – The Academy today launched its flagship “Global Synthetic Drugs Assessment 2025” at an expert panel.");
        assert_eq!(held_on.as_deref(), Some("2026-02-11"));
    }

    #[test]
    fn closing_verbs_and_ranges() {
        let text = "OSLO, 11 February 2026 – A seminar that opens on Monday runs until Friday.";
        let paragraphs = [text.to_string()];
        let Some(found) = dateline(text) else {
            panic!("no dateline")
        };
        let read = read(&paragraphs, &found, &[]);
        let closing: Vec<String> = read
            .closing_weekdays
            .iter()
            .filter_map(|closing| {
                IsoDate::parse("2026-02-16").and_then(|start| closing.on_or_after(start))
            })
            .map(|day| day.day.date.to_string())
            .collect();
        assert_eq!(closing, ["2026-02-20"], "the Friday after the first day");
        let (_, ends, ..) =
            schedule("OSLO, 11 February 2026 – A seminar on ethics concluded today.");
        assert_eq!(ends, ["2026-02-11"]);
        let (_, ends, ..) = schedule(
            "OSLO, 11 February 2026 – Its sessions today focus on paper hearings, in which a case is concluded on written evidence.",
        );
        assert!(ends.is_empty(), "{ends:?}");
        let (starts, ..) = schedule(
            "OSLO, 11 February 2026 – Crews trained today as the storm season, which begins on 1 March, nears.",
        );
        assert!(!starts.contains(&"2026-03-01".to_string()), "{starts:?}");
        let (starts, ends, ..) = schedule(
            "OSLO, 11 February 2026 – Chaplains gathered today for the close of a three-day conference.",
        );
        assert_eq!((starts, ends), (vec![], vec!["2026-02-11".to_string()]));
        let (_, ends, ..) = schedule(
            "OSLO, 11 February 2026 – Clinics move to Bergen on Friday, where police will run drills.",
        );
        assert!(ends.is_empty(), "{ends:?}");
        let (_, ends, ..) = schedule(
            "OSLO, 11 February 2026 – Hearings sit in Bergen on 13 February, where the final hearing will close at noon.",
        );
        assert_eq!(ends, ["2026-02-13"]);
        let (starts, ends, held, _) =
            schedule("OSLO, 11 February 2026 – A seminar was held on 9-10 February.");
        assert_eq!(
            (starts, ends, held),
            (
                vec!["2026-02-09".to_string()],
                vec!["2026-02-10".to_string()],
                None
            )
        );
    }

    #[test]
    fn weekday_ranges_by_tense_and_other_events_left_out() {
        let (starts, ends, ..) =
            schedule("OSLO, 11 February 2026 – Mayors met on Monday and Tuesday to plan.");
        assert_eq!(
            (starts, ends),
            (
                vec!["2026-02-09".to_string()],
                vec!["2026-02-10".to_string()]
            )
        );
        let (starts, ends, ..) =
            schedule("OSLO, 11 February 2026 – Mayors will meet from Thursday to Saturday.");
        assert_eq!(
            (starts, ends),
            (
                vec!["2026-02-12".to_string()],
                vec!["2026-02-14".to_string()]
            )
        );
    }

    #[test]
    fn another_event_past_the_first_paragraph_is_left_out() {
        let first = "OSLO, 11 February 2026 – A seminar on ethics opened in Oslo today.";
        let paragraphs = [
            first.to_string(),
            "Voters elected a new council in a ballot held on 3 May.".to_string(),
            "The board met on Monday to prepare the seminar.".to_string(),
        ];
        let Some(found) = dateline(first) else {
            panic!("no dateline")
        };
        let read = read(&paragraphs, &found, &[]);
        let starts: Vec<String> = read.starts.iter().map(|day| day.date.to_string()).collect();
        assert_eq!(starts, ["2026-02-11"]);
    }

    #[test]
    fn taking_part_on_a_day_dates_a_one_day_event() {
        let (starts, _, held, _) =
            schedule("OSLO, 11 February 2026 – Pilots took part on Monday in a seminar on tides.");
        assert_eq!(
            (starts, held),
            (
                vec!["2026-02-09".to_string()],
                Some("2026-02-09".to_string())
            )
        );
    }

    #[test]
    fn this_week_and_next_week_are_no_dates() {
        for sentence in [
            "OSLO, 11 February 2026 – Pilots will meet next week for a seminar on tides.",
            "OSLO, 11 February 2026 – A seminar on tides is held this week in Oslo.",
        ] {
            let (starts, ends, held, _) = schedule(sentence);
            assert!(
                starts.is_empty() && ends.is_empty() && held.is_none(),
                "{sentence}"
            );
        }
    }

    #[test]
    fn met_on_one_day() {
        let (_, _, held, _) = schedule(
            "WARSAW, 10 April 2025 – Officials met at the Institute on Wednesday for a round table.",
        );
        assert_eq!(held.as_deref(), Some("2025-04-09"));
        // A meeting to come on one named day is held on it, unless a
        // duration or a range says otherwise (the draft's dates prefer them).
        let (_, _, held, _) =
            schedule("WARSAW, 10 April 2025 – Officials will meet on Monday for a round table.");
        assert_eq!(held.as_deref(), Some("2025-04-14"));
        let (_, _, held, _) = schedule(
            "WARSAW, 10 April 2025 – Nurses are gathering in Gdańsk today for their annual congress.",
        );
        assert_eq!(held.as_deref(), Some("2025-04-10"));
        let (_, _, held, _) = schedule(
            "WARSAW, 10 April 2025 – The Pilots' Guild will tomorrow convene a round table on tides.",
        );
        assert_eq!(held.as_deref(), Some("2025-04-11"));
    }

    #[test]
    fn verbs_apart_from_their_will_and_what_opens_besides_the_event() {
        // 2025-04-10 is a Thursday.
        let (starts, ..) = schedule(
            "WARSAW, 10 April 2025 – The Guild will next Monday begin a five-day course for pilots.",
        );
        assert_eq!(starts, ["2025-04-14"]);
        let (starts, ..) =
            schedule("WARSAW, 10 April 2025 – Disputes begin on Monday as quarrels over moorings.");
        assert!(starts.is_empty(), "{starts:?}");
        let (starts, ..) = schedule(
            "WARSAW, 10 April 2025 – The Guild opens applications today for its summer workshop.",
        );
        assert!(starts.is_empty(), "{starts:?}");
        let (_, _, held, _) = schedule(
            "WARSAW, 10 April 2025 – Pilots testified Wednesday at a day-long public hearing.",
        );
        assert_eq!(held.as_deref(), Some("2025-04-09"));
        let (starts, ..) = schedule(
            "WARSAW, 10 April 2025 – The Guild today announced that it will host a round table on Monday.",
        );
        assert_eq!(starts, ["2025-04-14"]);
    }

    #[test]
    fn a_participle_in_a_sentence_about_the_future_tells_no_past() {
        // 2025-04-10 is a Thursday.
        let (starts, ..) = schedule(
            "WARSAW, 10 April 2025 – Pilots will describe their work at a summit hosted by the Guild on Monday.",
        );
        assert_eq!(starts, ["2025-04-14"]);
        let (starts, ..) = schedule(
            "WARSAW, 10 April 2025 – Pilots described their work at a summit hosted by the Guild on Monday.",
        );
        assert_eq!(starts, ["2025-04-07"]);
        let (_, ends, _, _) = schedule(
            "VIENNA, 12 March 2025 – Prosecutors today completed a two-day course in Vienna.",
        );
        assert_eq!(ends, ["2025-03-12"]);
    }

    #[test]
    fn a_dated_day_with_its_place_in_the_event() {
        let (starts, ..) = schedule(
            "MANILA, 10 July 2025 – Teachers spoke today, the second day of the National Assembly.",
        );
        assert!(starts.contains(&"2025-07-09".to_string()), "{starts:?}");
        let (_, ends, ..) = schedule(
            "MANILA, 10 July 2025 – Teachers spoke today, the final day of the National Assembly.",
        );
        assert_eq!(ends, ["2025-07-10"]);
        let (starts, ends, ..) = schedule(
            "MANILA, 10 July 2025 – Teachers spoke as the Assembly entered its second and final day in Manila today.",
        );
        assert_eq!(
            (starts, ends),
            (
                vec!["2025-07-09".to_string()],
                vec!["2025-07-10".to_string()]
            )
        );
    }

    #[test]
    fn held_on_one_day() {
        let (starts, ..) = schedule(
            "OSLO, 11 February 2026 – A seminar opened today; the first was held on 3 March 2024.",
        );
        assert_eq!(starts, ["2026-02-11"], "another edition's date is left out");
        let (starts, ends, held, _) =
            schedule("OSLO, 11 February 2026 – A hearing on ethics took place in Oslo today.");
        assert_eq!(
            (starts, ends, held),
            (
                vec!["2026-02-11".to_string()],
                vec![],
                Some("2026-02-11".to_string())
            )
        );
    }

    #[test]
    fn bringing_together_training_a_bare_ordinal_and_a_whose_clause() {
        let held = |text: &str| schedule(text).2;
        assert_eq!(
            held("OSLO, 11 February 2026 – The Association is bringing pharmacists and nurses together next Tuesday for a meeting on shortages."),
            Some("2026-02-17".to_string())
        );
        assert_eq!(
            held("OSLO, 11 February 2026 – The Network trained 60 health workers Monday in recognizing heat illness."),
            Some("2026-02-09".to_string())
        );
        assert_eq!(
            held("OSLO, 11 February 2026 – The Council announced that it held a symposium on access to justice on the 6th at the Hall."),
            Some("2026-02-06".to_string())
        );
        assert_eq!(
            held("OSLO, 2 March 2026 – The Council held a symposium on the 27th at the Hall."),
            Some("2026-02-27".to_string()),
            "the nearer month"
        );
        let (starts, ends, held, _) = schedule(
            "OSLO, 11 February 2026 – The Institute today held a meeting with the volunteers of the census, whose count will take place on the night of 19 to 20 February 2026.",
        );
        assert_eq!(
            (starts, ends, held),
            (
                vec!["2026-02-11".to_string()],
                vec![],
                Some("2026-02-11".to_string())
            ),
            "the census's count is another thing's date"
        );
        let (starts, ends, _, _) = schedule(
            "OSLO, 11 February 2026 – The Institute opened yesterday a seminar on births, whose works will continue until Thursday 12 February 2026.",
        );
        assert_eq!(
            (starts, ends),
            (
                vec!["2026-02-10".to_string()],
                vec!["2026-02-12".to_string()]
            ),
            "the seminar's works are its own"
        );
    }

    #[test]
    fn dated_days_joined_up_to_and_including_participated_and_an_opening_clause() {
        let days = |text: &str| {
            let (starts, ends, ..) = schedule(text);
            (starts, ends)
        };
        let both = |first: &str, last: &str| (vec![first.to_string()], vec![last.to_string()]);
        assert_eq!(
            days("OSLO, 11 February 2026 – The Trust will hold the National Meeting on Thursday, February 19 and Friday, February 20, 2026, at its centre."),
            both("2026-02-19", "2026-02-20")
        );
        assert_eq!(
            days("OSLO, 11 February 2026 – The Bureau organizes from Tuesday 17 up to and including Thursday 19 February 2026 a training for legal aid workers."),
            both("2026-02-17", "2026-02-19")
        );
        assert_eq!(
            days("OSLO, 11 February 2026 – More than 120 representatives participated on Sunday and Monday in the First National Forum."),
            both("2026-02-08", "2026-02-09")
        );
        assert_eq!(
            days("OSLO, 14 February 2026 – As the world marks the day today, the Network concluded a two-day workshop, held on Thursday and Friday."),
            both("2026-02-12", "2026-02-13")
        );
    }

    #[test]
    fn graduating_and_lasting_until_tell_the_last_day() {
        let (starts, ends, ..) = schedule(
            "OSLO, 14 February 2026 – Twenty officers on Friday graduated from a two-week course.",
        );
        assert_eq!((starts, ends), (Vec::new(), vec!["2026-02-13".to_string()]));
        let (starts, ends, ..) = schedule(
            "OSLO, 11 February 2026 – The seminar is being held with the support of the Centre and will last until 13 February.",
        );
        assert_eq!((starts, ends), (Vec::new(), vec!["2026-02-13".to_string()]));
    }

    #[test]
    fn verbs_and_durations_as_translations_write_them() {
        // 2025-09-08 is a Monday.
        let (starts, ends, ..) = schedule(
            "SAN JOSÉ, 8 September 2025 – The Agency initiated this Monday 8 September 2025 a course on sexual crimes, which will extend until Friday 12 September.",
        );
        assert_eq!(
            (starts, ends),
            (
                vec!["2025-09-08".to_string()],
                vec!["2025-09-12".to_string()]
            )
        );
        let (starts, ..) = schedule(
            "PORTO-NOVO, 4 December 2025 – The Minister has proceeded yesterday, Wednesday 3 December 2025, to the opening of the works of the seminar.",
        );
        assert_eq!(starts, ["2025-12-03"]);
        let duration =
            |text: &str| duration(text, TextRange::new(0, text.len())).map(|(days, _)| days);
        assert_eq!(
            duration("this seminar of three days gathers judges"),
            Some(3)
        );
        assert_eq!(
            duration("the course started, which will last ten days"),
            Some(10)
        );
        assert_eq!(duration("within the campaign of 16 days of activism"), None);
        assert_eq!(duration("the last two days of the programme"), None);
        let (starts, ..) = schedule(
            "KAMPALA, 22 October 2025 – Delegates from 18 districts yesterday converged at the Hall for a one-day national dialogue on inclusion.",
        );
        assert_eq!(starts, ["2025-10-21"]);
    }

    #[test]
    fn carried_out_last_week_and_a_range_going_on_today() {
        // 2026-02-11 is a Wednesday.
        let (starts, ends, ..) = schedule(
            "OSLO, 11 February 2026 – The Institute carried out, from Monday to Wednesday of last week, a seminar on defence.",
        );
        assert_eq!(
            (starts, ends),
            (
                vec!["2026-02-02".to_string()],
                vec!["2026-02-04".to_string()]
            )
        );
        let (starts, ends, ..) = schedule(
            "OSLO, 11 February 2026 – From Monday to Thursday, a training seminar on triage is being held at the Station.",
        );
        assert_eq!(
            (starts, ends),
            (
                vec!["2026-02-09".to_string()],
                vec!["2026-02-12".to_string()]
            )
        );
        let (starts, ..) = schedule(
            "OSLO, 11 February 2026 – The Institute will carry out tomorrow a round table on labour rights.",
        );
        assert_eq!(starts, ["2026-02-12"]);
        let (starts, ..) = schedule(
            "OSLO, 11 February 2026 – Last week, the Chamber held a seminar on medicines. The seminar took place on Wednesday.",
        );
        assert_eq!(starts, ["2026-02-04"]);
        let (starts, ends, ..) = schedule(
            "OSLO, 9 February 2026 – The Ministry has today started a three-day training, running from Monday to Wednesday at its hall.",
        );
        assert_eq!(
            (starts, ends),
            (
                vec!["2026-02-09".to_string()],
                vec!["2026-02-11".to_string()]
            )
        );
        // An activity carried out in the passive is not the event.
        let (starts, ..) = schedule(
            "OSLO, 11 February 2026 – On Friday, an exercise will be carried out at the pier.",
        );
        assert!(starts.is_empty(), "{starts:?}");
    }
    #[test]
    fn since_a_day_is_the_first_day_whatever_the_tense() {
        // 2026-02-11 is a Wednesday.
        let (starts, ..) = schedule(
            "OSLO, 11 February 2026 – The District organises, since Monday, a formation of five days on nutrition.",
        );
        assert_eq!(starts, ["2026-02-09"]);
        let (starts, ends, ..) = schedule(
            "OSLO, 11 February 2026 – The Association organizes, since yesterday and until Friday 13 February 2026, a training session on asylum.",
        );
        assert_eq!(
            (starts, ends),
            (
                vec!["2026-02-10".to_string()],
                vec!["2026-02-13".to_string()]
            )
        );
        let (starts, ..) = schedule(
            "OSLO, 11 February 2026 – Since yesterday, 140 managers have gathered in Oslo for a training.",
        );
        assert_eq!(starts, ["2026-02-10"]);
    }

    #[test]
    fn presiding_an_opening_dates_it_and_holding_until_a_day_closes() {
        let (starts, ends, ..) = schedule(
            "OSLO, 10 February 2026 – The Minister has presided this Tuesday, at the Centre, the opening ceremony of a seminar on cybercrime, which holds until Thursday 12 February 2026.",
        );
        assert_eq!(
            (starts, ends),
            (
                vec!["2026-02-10".to_string()],
                vec!["2026-02-12".to_string()]
            )
        );
        // Presiding a closing dates no opening.
        let (starts, ..) = schedule(
            "OSLO, 10 February 2026 – The Minister presided on Tuesday over the closing ceremony of the seminar.",
        );
        assert!(starts.is_empty(), "{starts:?}");
    }

    #[test]
    fn a_persons_own_arrival_dates_nothing() {
        let (starts, ..) = schedule(
            "OSLO, 11 February 2026 – The session was led by Yusuf Karimi, who arrived on Lesvos alone at fifteen and today works with the organisation.",
        );
        assert!(starts.is_empty(), "{starts:?}");
    }
    #[test]
    fn commence_after_will_and_a_closing_verb_over_two_days() {
        // 2026-02-11 is a Wednesday.
        let (starts, ..) = schedule(
            "OSLO, 11 February 2026 – The Department will on Tuesday, 17th February 2026, commence a three-day training.",
        );
        assert_eq!(starts, ["2026-02-17"]);
        let (starts, ends, ..) = schedule(
            "OSLO, 11 February 2026 – Forty students completed the training on Monday and Tuesday.",
        );
        assert_eq!(
            (starts, ends),
            (
                vec!["2026-02-09".to_string()],
                vec!["2026-02-10".to_string()]
            )
        );
    }
    #[test]
    fn an_adverb_after_will_be_a_passive_join_and_a_press_conference() {
        // 2026-02-11 is a Wednesday.
        let (starts, ..) = schedule(
            "OSLO, 11 February 2026 – The training will be officially opened on Monday by the Director.",
        );
        assert_eq!(starts, ["2026-02-16"]);
        let (starts, ..) = schedule(
            "OSLO, 11 February 2026 – Members will be joined on Sunday by six councillors at the sitting.",
        );
        assert!(starts.is_empty(), "{starts:?}");
    }
}
