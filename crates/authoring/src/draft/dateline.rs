//! Dates as releases write them, and the dateline that opens a release:
//! `VIENNA, 20 September 2007 - …`.

use super::paragraphs::{find_all, sentences, title_case_capitals};

/// A calendar date, checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Ymd {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Ymd {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Ymd> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            1..=12 => 31,
            _ => return None,
        };
        ((1..=9999).contains(&year) && (1..=days).contains(&day)).then_some(Ymd {
            year,
            month,
            day,
        })
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    fn days(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5
            + i64::from(self.day)
            - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    fn from_days(days: i64) -> Option<Ymd> {
        let days = days + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Ymd::new(
            i32::try_from(year).ok()?,
            u32::try_from(month).ok()?,
            u32::try_from(day).ok()?,
        )
    }

    /// 0 for Monday … 6 for Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        u32::try_from((self.days() + 3).rem_euclid(7)).unwrap_or(0)
    }

    /// The first day on or after this one that is `weekday` (0 = Monday).
    pub fn next_weekday(self, weekday: u32) -> Option<Ymd> {
        let ahead = (i64::from(weekday) - i64::from(self.weekday())).rem_euclid(7);
        Ymd::from_days(self.days() + ahead)
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The number of an English month name or its abbreviation ("Sept").
fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    let index = MONTHS
        .iter()
        .position(|month| *month == word || (word == "sept" && *month == "september"))
        .or_else(|| {
            (word.len() == 3).then(|| MONTHS.iter().position(|m| m.starts_with(&word)))?
        })?;
    u32::try_from(index + 1).ok()
}

/// 0 for Monday … 6 for Sunday, from an English weekday name.
pub(crate) fn weekday_number(word: &str) -> Option<u32> {
    let word = word.to_ascii_lowercase();
    let index = WEEKDAYS.iter().position(|day| *day == word)?;
    u32::try_from(index).ok()
}

/// The leading run of characters of `text` that satisfy `keep`.
fn run(text: &str, keep: impl Fn(char) -> bool) -> &str {
    let end = text.find(|c: char| !keep(c)).unwrap_or(text.len());
    &text[..end]
}

/// A date at the start of `text` and its length in bytes: `20 September
/// 2007`, `September 20, 2007`, `2007-09-20`; without a year (`4 March`)
/// when `year` supplies one.
pub(crate) fn date_at(text: &str, year: Option<i32>) -> Option<(Ymd, usize)> {
    // "5 March 2025from" is not a date: its words are "5", "march", "2025from".
    date_with_year(text, year).filter(|&(_, used)| {
        text[used..]
            .chars()
            .next()
            .is_none_or(|next| !next.is_alphanumeric())
    })
}

fn date_with_year(text: &str, year: Option<i32>) -> Option<(Ymd, usize)> {
    let first = run(text, |c| c.is_ascii_digit());
    if first.len() == 4 && text[4..].starts_with('-') {
        let month = run(&text[5..], |c| c.is_ascii_digit());
        let day = text
            .get(5 + month.len()..)
            .and_then(|rest| rest.strip_prefix('-'))
            .map(|rest| run(rest, |c| c.is_ascii_digit()))?;
        if month.len() == 2 && day.len() == 2 {
            let date = Ymd::new(first.parse().ok()?, month.parse().ok()?, day.parse().ok()?)?;
            return Some((date, 10));
        }
        return None;
    }
    let year_after = |rest: &str, consumed: usize| -> Option<(i32, usize)> {
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        let digits = run(&rest[spaces..], |c| c.is_ascii_digit());
        if spaces > 0 && digits.len() == 4 {
            Some((digits.parse().ok()?, consumed + spaces + 4))
        } else {
            year.map(|year| (year, consumed))
        }
    };
    if (1..=2).contains(&first.len()) {
        // 20 September 2007
        let rest = text[first.len()..].strip_prefix(' ')?;
        let word = run(rest, |c| c.is_ascii_alphabetic() || c == '.');
        let month = month_number(word)?;
        let consumed = first.len() + 1 + word.len();
        let (year, consumed) = year_after(&text[consumed..], consumed)?;
        return Some((Ymd::new(year, month, first.parse().ok()?)?, consumed));
    }
    // September 20, 2007
    let word = run(text, |c| c.is_ascii_alphabetic() || c == '.');
    let month = month_number(word)?;
    let rest = text[word.len()..].strip_prefix(' ')?;
    let day = run(rest, |c| c.is_ascii_digit());
    if !(1..=2).contains(&day.len()) {
        return None;
    }
    let consumed = word.len() + 1 + day.len();
    let after = &text[consumed..];
    let (year, consumed) = match after.strip_prefix(',') {
        Some(rest) => year_after(rest, consumed + 1)
            .filter(|(_, used)| *used > consumed + 1)
            .or_else(|| year.map(|year| (year, consumed)))?,
        None => year_after(after, consumed)?,
    };
    Some((Ymd::new(year, month, day.parse().ok()?)?, consumed))
}

/// The dateline at the start of a paragraph.
pub(crate) struct Dateline {
    /// Byte range of the place, as written.
    pub place: (usize, usize),
    /// The place as the summary shows it ("VIENNA" → "Vienna").
    pub place_text: String,
    pub date: Ymd,
    /// Byte range of the date, as written.
    pub date_range: (usize, usize),
    /// Where the paragraph's own text begins, after the dash.
    pub body: usize,
}

/// `PLACE, DATE -` (or `–`, `—`, `:`) at the start of `paragraph`.
pub(crate) fn dateline(paragraph: &str) -> Option<Dateline> {
    let head = &paragraph[..paragraph.floor_char_boundary(120)];
    for (comma, _) in head.match_indices(',').take(2) {
        let place = &paragraph[..comma];
        let plausible = !place.is_empty()
            && place.chars().next().is_some_and(char::is_alphabetic)
            && place.split_whitespace().count() <= 5
            && !place
                .chars()
                .any(|c| c.is_numeric() || matches!(c, '.' | '!' | '?' | '"'));
        if !plausible {
            return None;
        }
        let rest = &paragraph[comma + 1..];
        let date_start = comma + 1 + (rest.len() - rest.trim_start().len());
        let Some((date, length)) = date_at(&paragraph[date_start..], None) else {
            continue;
        };
        let date_end = date_start + length;
        let after = paragraph[date_end..].trim_start();
        let Some(separator) = after.chars().next() else {
            continue;
        };
        if !matches!(separator, '-' | '–' | '—' | ':') {
            continue;
        }
        let after_separator = after[separator.len_utf8()..].trim_start_matches('-');
        let body = paragraph.len() - after_separator.trim_start().len();
        return Some(Dateline {
            place: (0, comma),
            place_text: title_case_capitals(place),
            date,
            date_range: (date_start, date_end),
            body,
        });
    }
    None
}

const OPENING_VERBS: [&str; 14] = [
    "began",
    "begins",
    "opened",
    "opens",
    "opening",
    "started",
    "starts",
    "kicked off",
    "got under way",
    "gets under way",
    "got underway",
    "commenced",
    "commences",
    "convened",
];

/// Where, in the sentence of `paragraph` that says the event opened today,
/// the opening verb stands: (sentence start, verb offset, sentence end).
pub(crate) fn opened_today(paragraph: &str, from: usize) -> Option<(usize, usize, usize)> {
    sentences(paragraph).into_iter().find_map(|(start, end)| {
        let start = start.max(from);
        let sentence = paragraph.get(start..end)?;
        if find_all(sentence, "today").is_empty() {
            return None;
        }
        let verb = OPENING_VERBS
            .iter()
            .filter_map(|verb| find_all(sentence, verb).first().copied())
            .min()?;
        Some((start, start + verb, end))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_three_forms() {
        let date = |text: &str| date_at(text, None).map(|(date, used)| (date.iso(), used));
        assert_eq!(date("20 September 2007 -"), Some(("2007-09-20".into(), 17)));
        assert_eq!(
            date("September 20, 2007 -"),
            Some(("2007-09-20".into(), 18))
        );
        assert_eq!(date("2007-09-20 -"), Some(("2007-09-20".into(), 10)));
        assert_eq!(date("31 February 2007"), None);
        assert_eq!(date("4 March"), None);
        assert_eq!(
            date_at("4 March,", Some(2025)).map(|(d, used)| (d.iso(), used)),
            Some(("2025-03-04".into(), 7))
        );
    }

    #[test]
    fn weekdays_count_from_monday() {
        let thursday = Ymd::new(2007, 9, 20).map(Ymd::weekday);
        assert_eq!(thursday, Some(3));
        let friday = Ymd::new(2007, 9, 20).and_then(|d| d.next_weekday(4));
        assert_eq!(friday.map(Ymd::iso).as_deref(), Some("2007-09-21"));
        let next_year = Ymd::new(2024, 12, 31).and_then(|d| d.next_weekday(2));
        assert_eq!(next_year.map(Ymd::iso).as_deref(), Some("2025-01-01"));
    }

    #[test]
    fn the_dateline_gives_place_date_and_body() {
        let text = "TALLINN, 3 March 2025 – A forum opened in Tallinn today.";
        let Some(found) = dateline(text) else {
            panic!("no dateline found")
        };
        assert_eq!(found.place_text, "Tallinn");
        assert_eq!(
            &text[found.date_range.0..found.date_range.1],
            "3 March 2025"
        );
        assert_eq!(&text[found.body..], "A forum opened in Tallinn today.");
        assert!(dateline("The forum, held on 3 March 2025, opened.").is_none());
        assert!(opened_today(text, found.body).is_some());
    }
}
