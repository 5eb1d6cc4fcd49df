//! Dates as releases write them, and the dateline that opens a release:
//! `VIENNA, 20 September 2007 - …`.

use conference_summary_model::{IsoDate, ENGLISH_MONTHS};

use super::paragraphs::title_case_capitals;
use super::span::{Paragraph, Span, TextRange};
use super::work::charge;

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The number of an English month name or its abbreviation ("Sept"), in
/// any case.
fn month_number(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    let index = ENGLISH_MONTHS
        .iter()
        .position(|month| {
            month.eq_ignore_ascii_case(word)
                || (word.eq_ignore_ascii_case("sept") && *month == "September")
        })
        .or_else(|| {
            let abbreviates =
                |month: &&str| month.get(..3).is_some_and(|m| m.eq_ignore_ascii_case(word));
            (word.len() == 3).then(|| ENGLISH_MONTHS.iter().position(abbreviates))?
        })?;
    u8::try_from(index + 1).ok()
}

/// 0 for Monday … 6 for Sunday (as [`IsoDate::weekday`] counts), from an
/// English weekday name.
pub(crate) fn weekday_number(word: &str) -> Option<u8> {
    let word = word.to_ascii_lowercase();
    let index = WEEKDAYS.iter().position(|day| *day == word)?;
    u8::try_from(index).ok()
}

/// The first day on or after `date` that is `weekday` (0 = Monday).
pub(crate) fn next_weekday(date: IsoDate, weekday: u8) -> Option<IsoDate> {
    let ahead = (i32::from(weekday) - i32::from(date.weekday())).rem_euclid(7);
    date.add_days(ahead)
}

/// The leading run of characters of `text` that satisfy `keep`.
fn run(text: &str, keep: impl Fn(char) -> bool) -> &str {
    let end = text.find(|c: char| !keep(c)).unwrap_or(text.len());
    &text[..end]
}

/// The month's word at the start of `text`, with its stop when it is an
/// abbreviation ("Sept.") and without when the stop ends a sentence
/// ("… 10 March.").
fn month_word(text: &str) -> &str {
    let word = run(text, |c| c.is_ascii_alphabetic() || c == '.');
    let letters = word.trim_end_matches('.');
    if letters.len() <= 3 || letters.eq_ignore_ascii_case("sept") {
        word
    } else {
        letters
    }
}

/// The length of an ordinal's suffix ("st", "nd", "rd", "th") that opens
/// `text`, when it ends a word; 0 otherwise.
pub(crate) fn ordinal_suffix(text: &str) -> usize {
    ["st", "nd", "rd", "th"]
        .iter()
        .find(|suffix| {
            text.starts_with(*suffix) && !text[2..].starts_with(|c: char| c.is_alphanumeric())
        })
        .map_or(0, |suffix| suffix.len())
}

/// A date as a release writes it.
pub(crate) struct WrittenDate {
    pub date: IsoDate,
    /// How many bytes the date's words take.
    pub length: usize,
}

/// The year of a date and where its words end.
struct YearAt {
    year: u16,
    end: usize,
}

/// A date at the start of `text`: `20 September 2007`, `September 20,
/// 2007`, `2007-09-20`; without a year (`4 March`) when `year` supplies one.
pub(crate) fn date_at(text: &str, year: Option<u16>) -> Option<WrittenDate> {
    // "5 March 2025from" is not a date: its words are "5", "march", "2025from".
    date_with_year(text, year).filter(|found| {
        text[found.length..]
            .chars()
            .next()
            .is_none_or(|next| !next.is_alphanumeric())
    })
}

fn date_with_year(text: &str, year: Option<u16>) -> Option<WrittenDate> {
    let first = run(text, |c| c.is_ascii_digit());
    if first.len() == 4 && text[4..].starts_with('-') {
        let month = run(&text[5..], |c| c.is_ascii_digit());
        let day = text
            .get(5 + month.len()..)
            .and_then(|rest| rest.strip_prefix('-'))
            .map(|rest| run(rest, |c| c.is_ascii_digit()))?;
        if month.len() == 2 && day.len() == 2 {
            let date = IsoDate::new(first.parse().ok()?, month.parse().ok()?, day.parse().ok()?)?;
            return Some(WrittenDate { date, length: 10 });
        }
        return None;
    }
    let in_context = |end: usize| year.map(|year| YearAt { year, end });
    let year_after = |rest: &str, consumed: usize| -> Option<YearAt> {
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        let digits = run(&rest[spaces..], |c| c.is_ascii_digit());
        if spaces > 0 && digits.len() == 4 {
            Some(YearAt {
                year: digits.parse().ok()?,
                end: consumed + spaces + 4,
            })
        } else {
            in_context(consumed)
        }
    };
    if (1..=2).contains(&first.len()) {
        // 20 September 2007, 20th September 2007
        let suffix = ordinal_suffix(&text[first.len()..]);
        let rest = text[first.len() + suffix..].strip_prefix(' ')?;
        // "the 14th of October"
        let of = if suffix > 0 && rest.starts_with("of ") {
            3
        } else {
            0
        };
        let word = month_word(&rest[of..]);
        let month = month_number(word)?;
        let consumed = first.len() + suffix + 1 + of + word.len();
        // "27th February, 2025": a comma before the year, as in the US order.
        let found = text[consumed..]
            .strip_prefix(',')
            .and_then(|rest| year_after(rest, consumed + 1))
            .filter(|found| found.end > consumed + 1)
            .or_else(|| year_after(&text[consumed..], consumed))?;
        let date = IsoDate::new(found.year, month, first.parse().ok()?)?;
        return Some(WrittenDate {
            date,
            length: found.end,
        });
    }
    // September 20, 2007
    let word = month_word(text);
    let month = month_number(word)?;
    let rest = text[word.len()..].strip_prefix(' ')?;
    let day = run(rest, |c| c.is_ascii_digit());
    if !(1..=2).contains(&day.len()) {
        return None;
    }
    // September 20th, 2007
    let suffix = ordinal_suffix(&rest[day.len()..]);
    let consumed = word.len() + 1 + day.len() + suffix;
    let after = &text[consumed..];
    let found = match after.strip_prefix(',') {
        Some(rest) => year_after(rest, consumed + 1)
            .filter(|found| found.end > consumed + 1)
            .or_else(|| in_context(consumed))?,
        None => year_after(after, consumed)?,
    };
    let date = IsoDate::new(found.year, month, day.parse().ok()?)?;
    Some(WrittenDate {
        date,
        length: found.end,
    })
}

/// The dateline at the start of the first paragraph.
pub(crate) struct Dateline {
    /// The place, as written.
    pub place: Span,
    /// The place as the summary shows it ("VIENNA" → "Vienna").
    pub place_text: String,
    pub date: IsoDate,
    /// The date, as written.
    pub date_text: Span,
    /// Where the paragraph's own text begins, after the dash.
    pub body: usize,
    /// Whether "today", "tomorrow" and weekdays can be read against the
    /// date: not when the date is only the first one a release without a
    /// dateline gives ([`first_date`]).
    pub dates_relative_words: bool,
}

/// `PLACE, DATE -` (or `–`, `—`, `:`), `PLACE (DATE) -` or `PLACE,
/// WEEKDAY DATE -` at the start of `paragraph`, the release's first.
pub(crate) fn dateline(paragraph: &str) -> Option<Dateline> {
    let head = &paragraph[..paragraph.floor_char_boundary(120)];
    // In order: a later opener's place holds an earlier one's.
    let mut openers: Vec<(usize, &str)> = head
        .match_indices(',')
        .take(2)
        .chain(head.match_indices(" (").take(1))
        .chain(head.match_indices(" – ").take(1))
        .chain(head.match_indices(" — ").take(1))
        .chain(head.match_indices(" - ").take(1))
        .collect();
    openers.sort_unstable();
    // "(Pemba, 27 February 2025) – …": the whole dateline in brackets.
    let in_brackets = paragraph.starts_with('(');
    let place_start = usize::from(in_brackets);
    for (place_end, opener) in openers {
        if place_end <= place_start {
            continue;
        }
        let place = &paragraph[place_start..place_end];
        // A stop only inside an abbreviation ("D.C.", "ST. JOHN'S").
        let sentence_stop = place
            .match_indices(". ")
            .any(|(at, _)| place[at + 2..].starts_with(char::is_lowercase));
        // "Bangkok (Thailand), 2 December 2025": the country in brackets.
        let bracketed_country = place.split_once(" (").is_some_and(|(city, country)| {
            !city.contains('(')
                && country.strip_suffix(')').is_some_and(|country| {
                    country.starts_with(char::is_uppercase) && !country.contains(['(', ')'])
                })
        });
        let plausible = !place.is_empty()
            && place.chars().next().is_some_and(char::is_alphabetic)
            && place.split_whitespace().count() <= MOST_PLACE_WORDS
            && !sentence_stop
            && !place.chars().any(|c| {
                c.is_numeric() || matches!(c, '!' | '?' | '"') || (c == '(' && !bracketed_country)
            });
        if !plausible {
            return None;
        }
        let mut bracketed = opener == " (" || in_brackets;
        let rest = &paragraph[place_end + opener.len()..];
        let mut rest = without_weekday(rest.trim_start());
        // "Lembang, Thursday (18 September 2025) –": the date in brackets
        // after its weekday.
        if let Some(inner) = rest.strip_prefix('(').filter(|_| !bracketed) {
            bracketed = true;
            rest = inner.trim_start();
        }
        // "Kathmandu, 15 Poush 2081 (30 December 2024) –": a date of the
        // house's own calendar, then the Gregorian one in brackets.
        if !bracketed && date_at(rest, None).is_none() {
            if let Some(open) = other_calendar_before_bracket(rest) {
                bracketed = true;
                rest = rest[open + 1..].trim_start();
            }
        }
        let date_start = paragraph.len() - rest.len();
        let Some(WrittenDate { date, length }) = date_at(&paragraph[date_start..], None) else {
            continue;
        };
        let date_end = date_start + length;
        let mut after = paragraph[date_end..].trim_start();
        // "SUDBURY, ON, May 6, 2025 /CNW/ -": a newswire's mark after the date.
        if let Some(wire) = after.strip_prefix('/') {
            if let Some(close) = wire.find('/').filter(|&close| close <= MOST_WIRE_BYTES) {
                after = wire[close + 1..].trim_start();
            }
        }
        if bracketed {
            let Some(closed) = after.strip_prefix(')') else {
                continue;
            };
            after = closed.trim_start();
        }
        // "ABU DHABI, 2nd September 2025 (WAM) –": a news agency's letters
        // in brackets after the date.
        if let Some(agency) = after.strip_prefix('(') {
            if let Some(close) = agency.find(')').filter(|&close| {
                (2..=MOST_WIRE_BYTES).contains(&close)
                    && agency[..close].chars().all(|c| c.is_ascii_uppercase())
            }) {
                after = agency[close + 1..].trim_start();
            }
        }
        let Some(separator) = after.chars().next() else {
            continue;
        };
        if !matches!(separator, '-' | '–' | '—' | ':' | '.' | '|') {
            continue;
        }
        let after_separator = after[separator.len_utf8()..].trim_start_matches('-');
        let body = paragraph.len() - after_separator.trim_start().len();
        return Some(Dateline {
            place: TextRange::new(place_start, place_end).in_paragraph(Paragraph::FIRST),
            // "VIENNA, Austria": each part as it would be written in a sentence.
            // A state or province's two letters stay as they are ("ON").
            place_text: place
                .split(',')
                .map(|part| {
                    if part.trim().chars().count() <= 2 {
                        part.to_string()
                    } else {
                        title_case_capitals(part)
                    }
                })
                .collect::<Vec<_>>()
                .join(","),
            date,
            date_text: TextRange::new(date_start, date_end).in_paragraph(Paragraph::FIRST),
            body,
            dates_relative_words: true,
        });
    }
    None
}

/// The most bytes of a newswire's mark between slashes ("/PRNewswire/").
const MOST_WIRE_BYTES: usize = 20;

/// For a release without a dateline, the first date with its year in its
/// first two paragraphs, standing in for the dateline when the event's days
/// are read: dates without a year take its year, and relative words
/// ("today", "on Monday") date nothing.
pub(crate) fn first_date(paragraphs: &[String]) -> Option<Dateline> {
    first_date_in_year(paragraphs, None).or_else(|| {
        // "From March 18 to 20, 2025, in …": a range whose year ends it;
        // the first paragraph's year, then, for its first date.
        let first = paragraphs.first()?;
        let year = first
            .split(|c: char| !c.is_ascii_digit())
            .find(|digits| digits.len() == 4)
            .and_then(|digits| digits.parse().ok());
        // "… today (June 5) held a seminar …" and, at the foot, "Ends/
        // Thursday, June 5, 2025": the year of the date the release was
        // issued on, as government press offices sign it off.
        let year = year.or_else(|| {
            let foot = paragraphs.len().saturating_sub(FOOT_PARAGRAPHS);
            paragraphs[foot..]
                .iter()
                .find_map(|text| first_date_in_year(std::slice::from_ref(text), None))
                .map(|found| found.date.year)
        })?;
        first_date_in_year(&paragraphs[..1], Some(year))
    })
}

/// The last paragraphs read for the date a release was signed off on.
const FOOT_PARAGRAPHS: usize = 3;

/// [`first_date`], dates without their year taking `year` when given.
fn first_date_in_year(paragraphs: &[String], year: Option<u16>) -> Option<Dateline> {
    for (para, text) in Paragraph::numbered(paragraphs).take(2) {
        let mut previous: Option<char> = None;
        for (at, c) in text.char_indices() {
            let word_start = c.is_alphanumeric() && !previous.is_some_and(char::is_alphanumeric);
            previous = Some(c);
            if !word_start {
                continue;
            }
            charge(1);
            if let Some(WrittenDate { date, length }) = date_at(&text[at..], year) {
                let at_date = TextRange::new(at, at + length).in_paragraph(para);
                return Some(Dateline {
                    place: TextRange::new(0, 0).in_paragraph(Paragraph::FIRST),
                    place_text: String::new(),
                    date,
                    date_text: at_date,
                    body: 0,
                    dates_relative_words: false,
                });
            }
        }
    }
    None
}

/// `text` without a weekday that opens it ("Monday, 12 May", "Monday 12 May").
fn without_weekday(text: &str) -> &str {
    let word = run(text, |c| c.is_ascii_alphabetic());
    if weekday_number(word).is_none() {
        return text;
    }
    let rest = &text[word.len()..];
    rest.strip_prefix(',').unwrap_or(rest).trim_start()
}

/// The most words of a dateline's place ("Port of Spain, Trinidad and
/// Tobago").
const MOST_PLACE_WORDS: usize = 6;

/// Where the bracket opens after a date of another calendar at the start
/// of `rest` ("15 Poush 2081 (30 December 2024)"): a few words with a
/// number and nothing else before it.
fn other_calendar_before_bracket(rest: &str) -> Option<usize> {
    let window = &rest[..rest.floor_char_boundary(MOST_OTHER_CALENDAR_BYTES.min(rest.len()))];
    let open = window.find('(')?;
    let written = &window[..open];
    let plain = written
        .chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == ',');
    (plain && written.chars().any(|c| c.is_ascii_digit())).then_some(open)
}

/// The most bytes of a date in another calendar before its bracket.
const MOST_OTHER_CALENDAR_BYTES: usize = 32;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_three_forms() {
        let date =
            |text: &str| date_at(text, None).map(|found| (found.date.to_string(), found.length));
        assert_eq!(date("20 September 2007 -"), Some(("2007-09-20".into(), 17)));
        assert_eq!(
            date("September 20, 2007 -"),
            Some(("2007-09-20".into(), 18))
        );
        assert_eq!(date("2007-09-20 -"), Some(("2007-09-20".into(), 10)));
        // The corpus's contract reads 20.09.2007 as no dateline.
        assert_eq!(date("20.09.2007 -"), None);
        assert_eq!(date("20th September 2007"), Some(("2007-09-20".into(), 19)));
        assert_eq!(
            date("20th of September 2007"),
            Some(("2007-09-20".into(), 22))
        );
        assert_eq!(date("20 of September 2007"), None);
        assert_eq!(
            date("September 20th, 2007 –"),
            Some(("2007-09-20".into(), 20))
        );
        assert_eq!(
            date("27th February, 2025 –"),
            Some(("2025-02-27".into(), 19))
        );
        assert_eq!(date("1st May"), None);
        assert_eq!(date("31 February 2007"), None);
        assert_eq!(date("4 March"), None);
        assert_eq!(
            date_at("4 March,", Some(2025)).map(|found| (found.date.to_string(), found.length)),
            Some(("2025-03-04".into(), 7))
        );
        assert_eq!(
            date("Sept. 20, 2007").map(|(date, _)| date),
            Some("2007-09-20".into())
        );
        assert_eq!(
            date("20 SEP 2007").map(|(date, _)| date),
            Some("2007-09-20".into())
        );
        assert_eq!(date("20 Se 2007"), None);
    }

    #[test]
    fn without_a_dateline_the_first_date_stands_in_even_in_a_range() {
        let paragraphs = |text: &str| vec![text.to_string()];
        let first = |text: &str| first_date(&paragraphs(text)).map(|found| found.date.to_string());
        assert_eq!(
            first(
                "From March 18 to 20, 2025, in Quy Nhon City, the Cooperative organized a course."
            ),
            Some("2025-03-18".to_string())
        );
        assert_eq!(
            first("On 4 May 2025 the Cooperative organized a course."),
            Some("2025-05-04".to_string())
        );
        assert_eq!(first("The Cooperative organized a course on 4 May."), None);
        // The year of the date the release is signed off on, at its foot.
        let signed_off = [
            "The Department today (June 5) held a seminar for social workers.".to_string(),
            "About the Department: founded in 1998.".to_string(),
            "Ends/Thursday, June 5, 2025".to_string(),
        ];
        assert_eq!(
            first_date(&signed_off).map(|found| found.date.to_string()),
            Some("2025-06-05".to_string())
        );
    }

    #[test]
    fn a_named_weekday_is_the_next_such_day() {
        let on = |date: &str, weekday: &str| {
            let date = IsoDate::parse(date)?;
            next_weekday(date, weekday_number(weekday)?).map(|day| day.to_string())
        };
        assert_eq!(on("2007-09-20", "Friday").as_deref(), Some("2007-09-21"));
        assert_eq!(on("2007-09-20", "thursday").as_deref(), Some("2007-09-20"));
        assert_eq!(on("2024-12-31", "Wednesday").as_deref(), Some("2025-01-01"));
        assert_eq!(on("2007-09-20", "Fri"), None);
    }

    #[test]
    fn the_dateline_gives_place_date_and_body() {
        let text = "TALLINN, 3 March 2025 – A forum opened in Tallinn today.";
        let Some(found) = dateline(text) else {
            panic!("no dateline found")
        };
        assert_eq!(found.place_text, "Tallinn");
        assert_eq!(&text[found.place.start..found.place.end], "TALLINN");
        assert_eq!(
            &text[found.date_text.start..found.date_text.end],
            "3 March 2025"
        );
        assert_eq!(&text[found.body..], "A forum opened in Tallinn today.");
        assert!(dateline("The forum, held on 3 March 2025, opened.").is_none());
        fn place_and_date(text: &str) -> Option<(String, String, &str)> {
            dateline(text).map(|found| {
                (
                    found.place_text,
                    found.date.to_string(),
                    &text[found.body..],
                )
            })
        }
        assert_eq!(
            place_and_date("ABU DHABI, 2nd September 2025 (WAM) – The Authority met."),
            Some((
                "Abu Dhabi".into(),
                "2025-09-02".into(),
                "The Authority met."
            ))
        );
        assert_eq!(
            place_and_date("GHENT (14 July 2025) - The city meets."),
            Some(("Ghent".into(), "2025-07-14".into(), "The city meets."))
        );
        assert_eq!(
            place_and_date("GHENT (14 July 2025) – States, cities and towns met."),
            Some((
                "Ghent".into(),
                "2025-07-14".into(),
                "States, cities and towns met."
            ))
        );
        assert_eq!(
            place_and_date("Oslo, Monday, 3 March 2025 – A forum opened."),
            Some(("Oslo".into(), "2025-03-03".into(), "A forum opened."))
        );
        assert_eq!(
            place_and_date("Bergen, Thursday (18 September 2025) – Officers graduated."),
            Some(("Bergen".into(), "2025-09-18".into(), "Officers graduated."))
        );
        assert_eq!(
            place_and_date("Bangkok (Thailand), 2 December 2025 – A workshop opened."),
            Some((
                "Bangkok (Thailand)".into(),
                "2025-12-02".into(),
                "A workshop opened."
            ))
        );
        assert_eq!(
            place_and_date(
                "Port of Spain, Trinidad and Tobago, February 18, 2025 – A workshop opened."
            ),
            Some((
                "Port of Spain, Trinidad and Tobago".into(),
                "2025-02-18".into(),
                "A workshop opened."
            ))
        );
        assert_eq!(
            place_and_date("Kathmandu, 15 Poush 2081 (30 December 2024) – A consultation closed."),
            Some((
                "Kathmandu".into(),
                "2024-12-30".into(),
                "A consultation closed."
            ))
        );
        assert_eq!(
            place_and_date("SUDBURY, ON, May 6, 2025 /CNW/ - Midwives met."),
            Some(("Sudbury, ON".into(), "2025-05-06".into(), "Midwives met."))
        );
        assert_eq!(
            place_and_date("(Pemba, 27 February 2025) – Partners met."),
            Some(("Pemba".into(), "2025-02-27".into(), "Partners met."))
        );
        assert!(dateline("Experts (20 of them) met.").is_none());
        for (text, place) in [
            (
                "WASHINGTON, D.C., May 12, 2025 – It opened.",
                "Washington, D.C.",
            ),
            (
                "VIENNA, Austria – May 12, 2025 – It opened.",
                "Vienna, Austria",
            ),
            ("Vienna, 12 May 2025. It opened.", "Vienna"),
            ("PARIS, May 12th, 2025 – It opened.", "Paris"),
        ] {
            assert_eq!(
                place_and_date(text).map(|(place, date, _)| (place, date)),
                Some((place.to_string(), "2025-05-12".to_string())),
                "{text}"
            );
        }
    }
}
