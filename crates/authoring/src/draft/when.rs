//! Time words in a sentence, read against the dateline: "today",
//! "tomorrow", "yesterday", "this morning", "on Monday", "12 May",
//! "Monday, 12 May", and ranges ("12–13 May 2025", "from 3 to 5 June",
//! "12 May to 14 May", "between 3 and 5 June", "May 12–14, 2025"); and
//! durations ("a three-day workshop").

use conference_summary_model::IsoDate;

use super::dateline::{date_at, next_weekday, ordinal_suffix, weekday_number, WrittenDate};
use super::paragraphs::{find_all, starts_with_ci};
use super::span::TextRange;
use super::work::charge;

/// What time words name.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum When {
    /// One day: "today", "12 May", "Monday, 12 May".
    Day(IsoDate),
    /// A weekday (0 = Monday), which the tense places before or after the
    /// dateline.
    Weekday(u8),
    /// Two weekdays, the first and last day: "Monday and Tuesday", "from
    /// Monday to Wednesday".
    Weekdays { first: u8, last: u8 },
    /// The first and last day of a range, each with the words that name it
    /// (a bare day number names its day through the whole range).
    Range {
        first: IsoDate,
        first_text: TextRange,
        last: IsoDate,
        last_text: TextRange,
    },
}

/// Time words and where they stand.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TimeWords {
    pub when: When,
    pub text: TextRange,
}

/// Joiners of a range's two dates, after "from" and elsewhere.
const FROM_JOINERS: [&str; 14] = [
    // "from Tuesday 8 up to and including Thursday 10 April".
    " up to and including ",
    " up to ",
    ", to ",
    ", until ",
    " to ",
    " until ",
    " till ",
    " through ",
    " – ",
    " - ",
    " — ",
    "–",
    "-",
    "—",
];
const DASH_JOINERS: [&str; 7] = [" – ", " - ", " — ", "–", "-", "—", " to "];
/// Joiners of two weekdays: "Monday and Tuesday", "Monday to Wednesday".
const WEEKDAY_JOINERS: [&str; 8] = [
    " and ",
    " to ",
    " until ",
    " through ",
    "–",
    "-",
    " – ",
    " - ",
];

/// The most days between two dates joined by "and" that make one event's
/// first and last day.
const MOST_AND_DAYS: i32 = 2;

/// Number words that open a duration ("two-day").
const NUMBER_WORDS: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// The time words of `range` of `text`, in order; dates without a year take
/// the dateline's.
pub(crate) fn times(text: &str, range: TextRange, dateline: IsoDate) -> Vec<TimeWords> {
    charge(range.end.saturating_sub(range.start));
    let mut out: Vec<TimeWords> = Vec::new();
    let mut consumed = range.start;
    let mut previous: Option<char> = None;
    for (offset, c) in text[range.start..range.end].char_indices() {
        let at = range.start + offset;
        let word_start = c.is_alphanumeric() && !previous.is_some_and(char::is_alphanumeric);
        previous = Some(c);
        if !word_start || at < consumed {
            continue;
        }
        let rest = &text[at..range.end];
        if let Some(found) = time_at(rest, at, dateline) {
            consumed = found.text.end;
            // "on Thursday, November 20 and Friday, November 21, 2025": two
            // dated days joined by "and", one event's first and last.
            if let Some(last) = out.last_mut() {
                if let (When::Day(first), When::Day(second)) = (last.when, found.when) {
                    let gap = second.days_since_epoch() - first.days_since_epoch();
                    if &text[last.text.end..found.text.start] == " and "
                        && (1..=MOST_AND_DAYS).contains(&gap)
                    {
                        *last = TimeWords {
                            when: When::Range {
                                first,
                                first_text: last.text,
                                last: second,
                                last_text: found.text,
                            },
                            text: TextRange::new(last.text.start, found.text.end),
                        };
                        continue;
                    }
                }
            }
            out.push(found);
        }
    }
    out
}

/// Time words at the start of `rest`, which stands at `at` in its text.
fn time_at(rest: &str, at: usize, dateline: IsoDate) -> Option<TimeWords> {
    let found = time_in_year(rest, at, dateline, dateline.year)?;
    // "from 5 to 7 January" in a release of 30 December: the year to come.
    let words = rest.get(..found.text.end - at).unwrap_or("");
    let has_year = words
        .as_bytes()
        .windows(4)
        .any(|window| window.iter().all(u8::is_ascii_digit));
    let first = match found.when {
        When::Day(date) => date,
        When::Range { first, .. } => first,
        When::Weekday(_) | When::Weekdays { .. } => return Some(found),
    };
    let gap = first.days_since_epoch() - dateline.days_since_epoch();
    let other_year = match gap {
        _ if has_year => None,
        gap if gap < -HALF_YEAR => dateline.year.checked_add(1),
        gap if gap > HALF_YEAR => dateline.year.checked_sub(1),
        _ => None,
    };
    other_year
        .and_then(|year| time_in_year(rest, at, dateline, year))
        .or(Some(found))
}

/// Days in half a year: a date without its year is the one nearer the
/// dateline.
const HALF_YEAR: i32 = 183;

/// [`time_at`], dates without a year taking `year`.
fn time_in_year(rest: &str, at: usize, dateline: IsoDate, year: u16) -> Option<TimeWords> {
    if let Some((when, length)) = range_at(rest, at, year) {
        return Some(TimeWords {
            when,
            text: TextRange::new(at, at + length),
        });
    }
    let word_len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    let day = |days: i32, length: usize| {
        Some(TimeWords {
            when: When::Day(dateline.add_days(days)?),
            text: TextRange::new(at, at + length),
        })
    };
    let lower = word.to_ascii_lowercase();
    match lower.as_str() {
        "today" | "tonight" => {
            // "from today until Friday": today, and the weekday it runs to.
            for joiner in [" until ", " to ", " through "] {
                let Some(after) = rest[word_len..].strip_prefix(joiner) else {
                    continue;
                };
                let last_word = after
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                if let Some(weekday) = weekday_number(last_word) {
                    let last = next_weekday(dateline, weekday)?;
                    let last_start = at + word_len + joiner.len();
                    return Some(TimeWords {
                        when: When::Range {
                            first: dateline,
                            first_text: TextRange::new(at, at + word_len),
                            last,
                            last_text: TextRange::new(last_start, last_start + last_word.len()),
                        },
                        text: TextRange::new(at, last_start + last_word.len()),
                    });
                }
            }
            if starts_with_ci(&rest[word_len..], " and tomorrow") {
                let tomorrow = dateline.add_days(1)?;
                let last_start = at + word_len + " and ".len();
                return Some(TimeWords {
                    when: When::Range {
                        first: dateline,
                        first_text: TextRange::new(at, at + word_len),
                        last: tomorrow,
                        last_text: TextRange::new(last_start, last_start + "tomorrow".len()),
                    },
                    text: TextRange::new(at, last_start + "tomorrow".len()),
                });
            }
            return day(0, word_len);
        }
        // "will hold tomorrow and on Friday a seminar": tomorrow, and the
        // weekday after it.
        "tomorrow" => {
            let weekday_at = rest[word_len..].strip_prefix(" and ").map(|words| {
                let words = words.strip_prefix("on ").unwrap_or(words);
                (rest.len() - words.len(), words)
            });
            if let Some((offset, words)) = weekday_at {
                let last_word = words
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                if let Some(weekday) = weekday_number(last_word) {
                    let first = dateline.add_days(1)?;
                    let last = next_weekday(first.add_days(1)?, weekday)?;
                    let last_start = at + offset;
                    return Some(TimeWords {
                        when: When::Range {
                            first,
                            first_text: TextRange::new(at, at + word_len),
                            last,
                            last_text: TextRange::new(last_start, last_start + last_word.len()),
                        },
                        text: TextRange::new(at, last_start + last_word.len()),
                    });
                }
            }
            return day(1, word_len);
        }
        "yesterday" => return day(-1, word_len),
        "this" => {
            for part in [" morning", " afternoon", " evening"] {
                if starts_with_ci(&rest[word_len..], part) {
                    return day(0, word_len + part.len());
                }
            }
            // "this weekend": the Saturday and Sunday of the tense.
            if starts_with_ci(&rest[word_len..], " weekend") {
                return Some(TimeWords {
                    when: When::Weekdays { first: 5, last: 6 },
                    text: TextRange::new(at, at + word_len + " weekend".len()),
                });
            }
            return None;
        }
        // "held a symposium on the 6th": a day of the dateline's month, or
        // of the month next to it, whichever is nearer.
        "the" => {
            if let Some((date, length)) = bare_ordinal_day(&rest[word_len..], dateline) {
                return Some(TimeWords {
                    when: When::Day(date),
                    text: TextRange::new(at, at + word_len + length),
                });
            }
            if starts_with_ci(&rest[word_len..], " weekend") {
                return Some(TimeWords {
                    when: When::Weekdays { first: 5, last: 6 },
                    text: TextRange::new(at, at + word_len + " weekend".len()),
                });
            }
        }
        // "spent the weekend", "last weekend": the tense says which.
        "last" if starts_with_ci(&rest[word_len..], " weekend") => {
            return Some(TimeWords {
                when: When::Weekdays { first: 5, last: 6 },
                text: TextRange::new(at, at + word_len + " weekend".len()),
            });
        }
        _ => {}
    }
    if word.starts_with(char::is_uppercase) {
        if let Some(weekday) = weekday_number(word) {
            // "Monday, 12 May" and "Monday 12 May": the date says which Monday.
            let after = &rest[word_len..];
            // "Tuesday (4 March)": the date in brackets.
            let gap = if after.starts_with(", ") || after.starts_with(" (") {
                2
            } else if after.starts_with(' ') {
                1
            } else {
                0
            };
            if gap > 0 {
                if let Some(WrittenDate { date, length }) = date_at(&after[gap..], Some(year)) {
                    let closing = usize::from(
                        after.starts_with(" (") && after[gap + length..].starts_with(')'),
                    );
                    return Some(TimeWords {
                        when: When::Day(date),
                        text: TextRange::new(at, at + word_len + gap + length + closing),
                    });
                }
            }
            for joiner in WEEKDAY_JOINERS {
                let Some(rest) = after.strip_prefix(joiner) else {
                    continue;
                };
                let next_len = rest
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(rest.len());
                if let Some(last) = weekday_number(&rest[..next_len]) {
                    return Some(TimeWords {
                        when: When::Weekdays {
                            first: weekday,
                            last,
                        },
                        text: TextRange::new(at, at + word_len + joiner.len() + next_len),
                    });
                }
            }
            return Some(TimeWords {
                when: When::Weekday(weekday),
                text: TextRange::new(at, at + word_len),
            });
        }
    }
    let WrittenDate { date, length } = date_at(rest, Some(year))?;
    Some(TimeWords {
        when: When::Day(date),
        text: TextRange::new(at, at + length),
    })
}

/// " 6th" after "the", with no month after it ("the 6th at the Hall", not
/// "the 6th of May", which [`date_at`] reads): the day of that number
/// nearest `dateline`, and the words' length.
fn bare_ordinal_day(after: &str, dateline: IsoDate) -> Option<(IsoDate, usize)> {
    let digits = after.strip_prefix(' ')?;
    let (number, length) = day_number(digits)?;
    let has_suffix = digits[..length].ends_with(|c: char| c.is_alphabetic());
    let rest = digits[length..].trim_start();
    // "the 9th and 10th of March": a range, which the month closes.
    let joined = ["and ", "to ", "& ", "or ", "through ", "until "]
        .iter()
        .any(|joiner| rest.starts_with(joiner))
        || rest.starts_with(['-', '–', '—']);
    // "the 4th edition", "the 10th anniversary": an ordinal before its
    // noun; a day stands alone or before a function word ("the 6th at 9").
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let before_noun = word.starts_with(char::is_lowercase) && !AFTER_A_BARE_DAY.contains(&word);
    if !has_suffix
        || joined
        || before_noun
        || starts_with_ci(rest, "of ")
        || rest.starts_with(char::is_uppercase)
    {
        return None;
    }
    let month_near = |months: i32| {
        let index = i32::from(dateline.year) * 12 + i32::from(dateline.month) - 1 + months;
        IsoDate::new(
            u16::try_from(index / 12).ok()?,
            u8::try_from(index % 12 + 1).ok()?,
            number,
        )
    };
    let nearest = [-1, 0, 1]
        .into_iter()
        .filter_map(month_near)
        .min_by_key(|date| (date.days_since_epoch() - dateline.days_since_epoch()).abs())?;
    Some((nearest, 1 + length))
}

/// Words that may follow a bare ordinal day ("on the 6th at the Hall").
const AFTER_A_BARE_DAY: [&str; 16] = [
    "at", "in", "on", "from", "with", "for", "when", "by", "as", "that", "will", "was", "is",
    "the", "a", "there",
];

/// The leading run of ASCII digits of `text`, when it is a day's number.
fn day_number(text: &str) -> Option<(u8, usize)> {
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    if !(1..=2).contains(&digits) {
        return None;
    }
    // "the 14th and 15th of October": a day's ordinal suffix goes with it.
    Some((
        text[..digits].parse().ok()?,
        digits + ordinal_suffix(&text[digits..]),
    ))
}

/// A range of dates at the start of `rest` (standing at `at`): its [`When`]
/// and length in bytes.
fn range_at(rest: &str, at: usize, year: u16) -> Option<(When, usize)> {
    let (lead, joiners): (usize, &[&str]) = if starts_with_ci(rest, "from the past ") {
        // "from the past 3 until 5 June", as Spanish "desde el pasado 3".
        ("from the past ".len(), &FROM_JOINERS)
    } else if starts_with_ci(rest, "from ") {
        (5, &FROM_JOINERS)
    } else if starts_with_ci(rest, "between ") {
        (8, &[" and "])
    } else {
        (0, &DASH_JOINERS)
    };
    // "from Monday 17 to Friday 21 November", "from tomorrow, 8 July, to
    // …": the weekdays and relative days say nothing more than the dates.
    let lead = lead
        + if lead > 0 {
            weekday_before(&rest[lead..]) + relative_day_before(&rest[lead..])
        } else {
            0
        };
    // "from the 14th to the 16th of October"
    let lead = lead
        + if lead > 0 && rest[lead..].starts_with("the ") {
            4
        } else {
            0
        };
    let body = &rest[lead..];
    let first = date_at(body, Some(year));
    let (first_month, first_len) = match &first {
        Some(found) => (Some(found.date), found.length),
        None => (None, day_number(body)?.1),
    };
    // "on 12 and 13 March": two bare days joined by "and" are a range.
    // "on October 9 and 10": the month first, then two days; "on 30 June
    // and 1 July": two dates a day or two apart.
    let month_first = first.is_some() && body.starts_with(|c: char| c.is_alphabetic());
    let next_days = first.as_ref().is_some_and(|found| {
        body[first_len..]
            .strip_prefix(" and ")
            .and_then(|after| date_at(after, Some(year)))
            .is_some_and(|next| {
                let gap = next.date.days_since_epoch() - found.date.days_since_epoch();
                (1..=MOST_AND_DAYS).contains(&gap)
            })
    });
    let and_joined = (first.is_none() || month_first || next_days)
        && lead == 0
        && body[first_len..].starts_with(" and ");
    let joiner = if and_joined {
        &" and "
    } else {
        joiners
            .iter()
            .find(|joiner| body[first_len..].starts_with(**joiner))?
    };
    let last_start = first_len + joiner.len();
    let last_start = last_start + weekday_before(&body[last_start..]);
    let last_start = last_start
        + if lead > 0 && body[last_start..].starts_with("the ") {
            4
        } else {
            0
        };
    let after = &body[last_start..];
    let (last, last_len) = match date_at(after, Some(year)) {
        Some(WrittenDate { date, length }) => (date, length),
        None => {
            // "May 12–14, 2025": the month is the first date's.
            let month_day =
                first_month.filter(|_| !body.starts_with(|c: char| c.is_ascii_digit()))?;
            let (day, digits) = day_number(after)?;
            let year_text = after[digits..].strip_prefix(", ").and_then(|tail| {
                let end = tail
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(tail.len());
                (end == 4).then(|| tail[..4].parse::<u16>().ok())?
            });
            let length = digits + year_text.map_or(0, |_| 6);
            let last_year = year_text.unwrap_or(month_day.year);
            (IsoDate::new(last_year, month_day.month, day)?, length)
        }
    };
    let first_written = first.is_some();
    let first_date = match first {
        Some(found) => IsoDate::new(last.year, found.date.month, found.date.day)
            .filter(|date| *date <= last)
            .unwrap_or(found.date),
        None => IsoDate::new(last.year, last.month, day_number(body)?.0)?,
    };
    if first_date > last {
        return None;
    }
    let end = at + lead + last_start + last_len;
    let first_text = if first_written {
        TextRange::new(at + lead, at + lead + first_len)
    } else {
        TextRange::new(at + lead, end)
    };
    let when = When::Range {
        first: first_date,
        first_text,
        last,
        last_text: TextRange::new(at + lead + last_start, end),
    };
    Some((when, end - at))
}

/// A year to complete a date with when only its form matters.
const ANY_YEAR: u16 = 2000;

/// The length of a weekday and its space that open `text` when a day's
/// number follows ("Monday 17 "), else 0.
fn weekday_before(text: &str) -> usize {
    let word = text.split([' ', ',']).next().unwrap_or("");
    if weekday_number(word).is_none() {
        return 0;
    }
    let rest = &text[word.len()..];
    let rest_trimmed = rest.trim_start_matches([' ', ',']);
    // "Tuesday 20 May", "Tuesday, May 20": a date follows, in either order
    // (the year only completes it).
    let date_follows = rest_trimmed.starts_with(|c: char| c.is_ascii_digit())
        || date_at(rest_trimmed, Some(ANY_YEAR)).is_some();
    if date_follows {
        text.len() - rest_trimmed.len()
    } else {
        0
    }
}

/// The length of "today, " or "tomorrow, " that opens `text` before a
/// date's number, else 0.
fn relative_day_before(text: &str) -> usize {
    ["tomorrow, ", "today, "]
        .iter()
        .find(|lead| {
            starts_with_ci(text, lead)
                && text[lead.len()..].starts_with(|c: char| c.is_ascii_digit())
        })
        .map_or(0, |lead| lead.len())
}

/// The first duration in `range` of `text`: "two-day", "3-day", "half-day"
/// as days, with its words.
pub(crate) fn duration(text: &str, range: TextRange) -> Option<(i32, TextRange)> {
    let sentence = &text[range.start..range.end];
    // "after three days of debate", "over two days"
    for lead in [
        "after ",
        "over ",
        "for ",
        "during ",
        "concluded ",
        "completed ",
        "held ",
        // "a seminar of three days", "which will last ten days", "lasting
        // two days", as houses translating French or Albanian write it.
        "of ",
        "last ",
        "lasting ",
    ] {
        for at in find_all(sentence, lead) {
            let from = at + lead.len();
            let rest = &sentence[from..];
            let word_len = rest.find(' ').unwrap_or(rest.len());
            let word = rest[..word_len].to_ascii_lowercase();
            if !rest[word_len..].starts_with(" days") {
                continue;
            }
            // "the campaign of 16 days of activism" names a campaign; "the
            // last two days of the programme" are some of its days.
            let named = lead == "of " && rest[word_len..].starts_with(" days of ");
            let verb = lead != "last "
                || ["will ", "to ", "would ", "shall "]
                    .iter()
                    .any(|before| sentence[..at].ends_with(before));
            if named || !verb {
                continue;
            }
            let days = match NUMBER_WORDS.iter().position(|number| *number == word) {
                Some(index) => i32::try_from(index + 1).ok(),
                None => word.parse().ok().filter(|days| (2..=31).contains(days)),
            };
            if let Some(days) = days {
                let end = from + word_len + " days".len();
                return Some((days, TextRange::new(range.start + from, range.start + end)));
            }
        }
    }
    // "a day-long workshop", "a full-day seminar": one day.
    for one_day in ["day-long", "full-day", "all-day"] {
        if let Some(&at) = find_all(sentence, one_day).first() {
            return Some((
                1,
                TextRange::new(range.start + at, range.start + at + one_day.len()),
            ));
        }
    }
    find_all(sentence, "-day").into_iter().find_map(|at| {
        let before = &sentence[..at];
        // The character before the word may take more than one byte ("”").
        let word_start = before
            .char_indices()
            .rfind(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(at, c)| at + c.len_utf8());
        let word = before[word_start..].to_ascii_lowercase();
        let days = match NUMBER_WORDS.iter().position(|number| *number == word) {
            Some(index) => i32::try_from(index + 1).ok()?,
            None if word == "half" => 1,
            None => word.parse().ok().filter(|days| (1..=31).contains(days))?,
        };
        let end = at + "-day".len();
        Some((
            days,
            TextRange::new(range.start + word_start, range.start + end),
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, &str)> {
        let Some(dateline) = IsoDate::parse("2026-02-11") else {
            panic!("a date")
        };
        times(text, TextRange::new(0, text.len()), dateline)
            .into_iter()
            .map(|found| {
                let when = match found.when {
                    When::Day(date) => date.to_string(),
                    When::Weekday(day) => format!("weekday {day}"),
                    When::Weekdays { first, last } => format!("weekdays {first}..{last}"),
                    When::Range { first, last, .. } => format!("{first}..{last}"),
                };
                (when, found.text.of(text))
            })
            .collect()
    }

    #[test]
    fn a_bare_ordinal_is_a_day_only_when_no_noun_follows_it() {
        assert_eq!(
            read("It opened on the 6th at the Hall."),
            [("2026-02-06".into(), "the 6th")]
        );
        assert!(read("The 4th edition will take place in 2027.").is_empty());
        assert!(read("They marked the 10th anniversary of the law.").is_empty());
    }

    #[test]
    fn relative_days_count_from_the_dateline() {
        assert_eq!(
            read("It ends tomorrow, began yesterday and meets today."),
            [
                ("2026-02-12".into(), "tomorrow"),
                ("2026-02-10".into(), "yesterday"),
                ("2026-02-11".into(), "today")
            ]
        );
        assert_eq!(
            read("this morning"),
            [("2026-02-11".into(), "this morning")]
        );
        assert_eq!(
            read("today and tomorrow"),
            [("2026-02-11..2026-02-12".into(), "today and tomorrow")]
        );
        // 11 February 2026 is a Wednesday: tomorrow, and the Friday after.
        assert_eq!(
            read("tomorrow and on Friday"),
            [("2026-02-12..2026-02-13".into(), "tomorrow and on Friday")]
        );
        assert_eq!(
            read("tomorrow and Monday"),
            [("2026-02-12..2026-02-16".into(), "tomorrow and Monday")]
        );
    }

    #[test]
    fn from_today_to_a_weekday_and_this_weekend() {
        assert_eq!(
            read("meeting from today until Friday"),
            [("2026-02-11..2026-02-13".into(), "today until Friday")]
        );
        assert_eq!(
            read("this weekend"),
            [("weekdays 5..6".into(), "this weekend")]
        );
    }

    #[test]
    fn weekdays_wait_for_a_tense_unless_a_date_follows() {
        assert_eq!(read("on Thursday"), [("weekday 3".into(), "Thursday")]);
        assert_eq!(
            read("on Thursday, 19 February"),
            [("2026-02-19".into(), "Thursday, 19 February")]
        );
    }

    #[test]
    fn ranges_in_their_usual_forms() {
        for (text, words) in [
            ("held on 9–10 March 2026.", "9–10 March 2026"),
            ("held 9-10 March.", "9-10 March"),
            ("runs from 9 to 10 March", "from 9 to 10 March"),
            (
                "held from the past 9 until 10 March",
                "from the past 9 until 10 March",
            ),
            ("from 9 March to 10 March", "from 9 March to 10 March"),
            ("between 9 and 10 March", "between 9 and 10 March"),
            ("on March 9–10, 2026", "March 9–10, 2026"),
            ("9 March – 10 March 2026", "9 March – 10 March 2026"),
            ("on March 9 and 10", "March 9 and 10"),
            ("on 9 March and 10 March", "9 March and 10 March"),
            (
                "from Monday 9 to Tuesday 10 March",
                "from Monday 9 to Tuesday 10 March",
            ),
            (
                "from tomorrow, 9 March, to Tuesday, 10 March",
                "from tomorrow, 9 March, to Tuesday, 10 March",
            ),
            ("on the 9th and 10th of March", "9th and 10th of March"),
            ("on 9th and 10th March", "9th and 10th March"),
            (
                "from the 9th to the 10th of March",
                "from the 9th to the 10th of March",
            ),
            (
                "will host, from Monday, March 9, to Tuesday, March 10, a workshop",
                "from Monday, March 9, to Tuesday, March 10",
            ),
        ] {
            assert_eq!(
                read(text),
                [("2026-03-09..2026-03-10".to_string(), words)],
                "{text}"
            );
        }
        assert_eq!(read("from 12 countries to 40"), []);
        assert_eq!(
            read("on 9 March and 20 April"),
            [
                ("2026-03-09".to_string(), "9 March"),
                ("2026-04-20".to_string(), "20 April")
            ],
            "dates weeks apart are two dates"
        );
        assert_eq!(
            read("on March 9 and 40 judges"),
            [("2026-03-09".to_string(), "March 9")],
            "a number after 'and' that is no day"
        );
        assert_eq!(
            read("from 5 to 7 December"),
            [("2025-12-05..2025-12-07".to_string(), "from 5 to 7 December")],
            "the December before a February dateline"
        );
        assert_eq!(
            read("on 9 and 10 March"),
            [("2026-03-09..2026-03-10".to_string(), "9 and 10 March")]
        );
        assert_eq!(
            read("met on Monday and Tuesday"),
            [("weekdays 0..1".to_string(), "Monday and Tuesday")]
        );
    }

    #[test]
    fn a_mark_inside_a_duration_is_no_duration_and_no_panic() {
        let text = "A thre”e-day forum";
        assert_eq!(
            duration(text, TextRange::new(0, text.len())).map(|(days, _)| days),
            None
        );
    }

    #[test]
    fn durations_count_days() {
        fn duration_of(text: &str) -> Option<(i32, &str)> {
            duration(text, TextRange::new(0, text.len()))
                .map(|(days, words)| (days, words.of(text)))
        }
        let duration = duration_of;
        assert_eq!(duration("a four-day course"), Some((4, "four-day")));
        assert_eq!(duration("a 2-day visit"), Some((2, "2-day")));
        assert_eq!(duration("a one-day seminar"), Some((1, "one-day")));
        assert_eq!(duration("a many-day event"), None);
        assert_eq!(
            duration("closed after five days of talks"),
            Some((5, "five days"))
        );
    }
}
