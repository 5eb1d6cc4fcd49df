//! Calendar dates as summaries write them (`YYYY-MM-DD`) and as readers see them.

use std::fmt;

/// A valid calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct IsoDate {
    /// Year, 1 to 9999.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

impl IsoDate {
    /// The date `year`-`month`-`day`; `None` for a year outside 1 to 9999 or
    /// a day the calendar lacks.
    pub fn new(year: u16, month: u8, day: u8) -> Option<IsoDate> {
        let date = IsoDate { year, month, day };
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= date.days_in_month();
        valid.then_some(date)
    }

    /// Parses `YYYY-MM-DD`; `None` for any other form or a day the calendar lacks.
    pub fn parse(text: &str) -> Option<IsoDate> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        IsoDate::new(year, month, day)
    }

    /// Days from 1970-01-01 to this date, negative before it: Howard
    /// Hinnant's `days_from_civil`, on the proleptic Gregorian calendar.
    pub fn days_since_epoch(self) -> i32 {
        let (month, day) = (i32::from(self.month), i32::from(self.day));
        // The year counted from March, so that a leap day ends it.
        let year = i32::from(self.year) - i32::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01 (Hinnant's `civil_from_days`);
    /// `None` outside the years 1 to 9999.
    fn from_days_since_epoch(days: i32) -> Option<IsoDate> {
        let days = days.checked_add(719_468)?;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let march_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * march_month + 2) / 5 + 1;
        let month = if march_month < 10 {
            march_month + 3
        } else {
            march_month - 9
        };
        let year = year_of_era + era * 400 + i32::from(month <= 2);
        IsoDate::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// The date `days` later, or earlier when `days` is negative; `None`
    /// past the years 1 to 9999.
    pub fn add_days(self, days: i32) -> Option<IsoDate> {
        IsoDate::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }

    /// The day of the week: 0 for Monday to 6 for Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday; rem_euclid keeps the result in 0..7.
        let weekday = (self.days_since_epoch() + 3).rem_euclid(7);
        u8::try_from(weekday).unwrap_or_default()
    }

    fn days_in_month(self) -> u8 {
        match self.month {
            4 | 6 | 9 | 11 => 30,
            2 if self.is_leap_year() => 29,
            2 => 28,
            _ => 31,
        }
    }

    fn is_leap_year(self) -> bool {
        let year = self.year;
        (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The English month names, January first: how English dates are written,
/// and what the authoring kit's draft reads in a release.
pub const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// How a language writes a date: month names and the order of the parts.
struct DateStyle {
    /// The language's primary subtag, lower-case.
    lang: &'static str,
    months: [&'static str; 12],
    /// `{d}`, `{m}` and `{y}` stand for day, month name and year.
    pattern: &'static str,
    /// Day written before a range's dash when both days share month and year.
    range_day: &'static str,
}

/// Date styles of the content languages the widget knows. The content of a
/// summary is shown in its own language, whatever the UI language is.
/// Statics, not values built per call: the wasm holds each table once, as
/// data, instead of code that fills it in.
fn date_style(lang: &str) -> Option<&'static DateStyle> {
    let primary = lang.split(['-', '_']).next().unwrap_or_default();
    [&EN, &FR, &DE, &IT, &ES, &RU]
        .into_iter()
        .find(|style| style.lang.eq_ignore_ascii_case(primary))
}

static EN: DateStyle = DateStyle {
    lang: "en",
    months: ENGLISH_MONTHS,
    pattern: "{d} {m} {y}",
    range_day: "{d}",
};

static FR: DateStyle = DateStyle {
    lang: "fr",
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    pattern: "{d} {m} {y}",
    range_day: "{d}",
};

static DE: DateStyle = DateStyle {
    lang: "de",
    months: [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    pattern: "{d}. {m} {y}",
    range_day: "{d}.",
};

static IT: DateStyle = DateStyle {
    lang: "it",
    months: [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    pattern: "{d} {m} {y}",
    range_day: "{d}",
};

static ES: DateStyle = DateStyle {
    lang: "es",
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    pattern: "{d} de {m} de {y}",
    range_day: "{d}",
};

static RU: DateStyle = DateStyle {
    lang: "ru",
    months: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    pattern: "{d} {m} {y} г.",
    range_day: "{d}",
};

impl DateStyle {
    fn format(&self, date: IsoDate) -> String {
        // Months come from IsoDate::parse (1 to 12); anything else shows no name.
        let month = usize::from(date.month)
            .checked_sub(1)
            .and_then(|index| self.months.get(index))
            .copied()
            .unwrap_or_default();
        self.pattern
            .replace("{d}", &date.day.to_string())
            .replace("{m}", month)
            .replace("{y}", &date.year.to_string())
    }
}

/// How a language the widget has no table for writes a date or a range of
/// dates: `None` when it does not know. In the browser the view passes one
/// that asks `Intl.DateTimeFormat`; the model calls no JavaScript itself.
pub type LocaleDates = fn(IsoDate, IsoDate, &str) -> Option<String>;

/// A date or a range of dates written the way `lang` writes them:
/// "20–21 September 2007", "30 September 2007 – 1 October 2007" or, for a
/// language without a style here, "2007-09-20 – 2007-09-21".
pub fn format_date_range(start: IsoDate, end: IsoDate, lang: &str) -> String {
    format_date_range_with(start, end, lang, |_, _, _| None)
}

/// [`format_date_range`], asking `locale` for a language without a style
/// here before falling back to ISO dates.
pub fn format_date_range_with(
    start: IsoDate,
    end: IsoDate,
    lang: &str,
    locale: LocaleDates,
) -> String {
    let Some(style) = date_style(lang) else {
        return locale(start, end, lang).unwrap_or_else(|| {
            if start == end {
                start.to_string()
            } else {
                format!("{start} – {end}")
            }
        });
    };
    if start == end {
        style.format(start)
    } else if start.year == end.year && start.month == end.month {
        let first = style.range_day.replace("{d}", &start.day.to_string());
        format!("{first}–{}", style.format(end))
    } else {
        format!("{} – {}", style.format(start), style.format(end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> IsoDate {
        IsoDate::parse(text).unwrap_or_else(|| panic!("{text} should parse"))
    }

    #[test]
    fn parses_only_real_dates_in_iso_form() {
        assert_eq!(
            IsoDate::parse("2007-09-20"),
            Some(IsoDate {
                year: 2007,
                month: 9,
                day: 20
            })
        );
        for bad in [
            "2007-9-20",
            "2007-09-31",
            "2007-02-29",
            "20-09-2007",
            "2007-13-01",
            "２007-09-20",
            "",
        ] {
            assert_eq!(IsoDate::parse(bad), None, "{bad}");
        }
        assert!(IsoDate::parse("2008-02-29").is_some());
    }

    #[test]
    fn new_takes_only_years_1_to_9999() {
        assert_eq!(IsoDate::new(0, 1, 1), None);
        assert_eq!(IsoDate::new(10_000, 1, 1), None);
        assert_eq!(IsoDate::new(9999, 12, 31), Some(date("9999-12-31")));
        assert_eq!(IsoDate::new(2007, 9, 0), None);
    }

    #[test]
    fn days_count_from_1970() {
        for (text, days) in [
            ("1970-01-01", 0),
            ("1969-12-31", -1),
            ("2000-02-29", 11_016),
            ("2007-09-20", 13_776),
            ("0001-01-01", -719_162),
            ("9999-12-31", 2_932_896),
        ] {
            assert_eq!(date(text).days_since_epoch(), days, "{text}");
        }
    }

    #[test]
    fn adding_a_day_walks_the_calendar() {
        // Every day of four centuries in calendar order, leap days and the
        // century rules included, is one day after the one before it.
        let days = (1899..=2301).flat_map(|year| {
            (1..=12).flat_map(move |month| {
                (1..=31).filter_map(move |day| IsoDate::new(year, month, day))
            })
        });
        let mut previous = date("1898-12-31");
        for day in days {
            assert_eq!(previous.add_days(1), Some(day), "after {previous}");
            assert_eq!(day.add_days(-1), Some(previous), "before {day}");
            previous = day;
        }
        assert_eq!(
            date("2007-09-20").add_days(-13_776),
            Some(date("1970-01-01"))
        );
    }

    #[test]
    fn adding_days_stops_at_the_years_a_date_can_have() {
        assert_eq!(date("9999-12-31").add_days(1), None);
        assert_eq!(date("0001-01-01").add_days(-1), None);
        assert_eq!(date("2007-09-20").add_days(i32::MAX), None);
        assert_eq!(date("2007-09-20").add_days(i32::MIN), None);
    }

    #[test]
    fn weekdays_count_from_monday() {
        assert_eq!(date("2007-09-20").weekday(), 3);
        assert_eq!(date("1970-01-01").weekday(), 3);
        assert_eq!(date("2000-02-29").weekday(), 1);
        assert_eq!(date("0001-01-01").weekday(), 0);
        assert_eq!(date("9999-12-31").weekday(), 4);
        assert_eq!(date("1969-12-28").weekday(), 6);
    }

    #[test]
    fn formats_ranges_per_language() {
        let (start, end) = (date("2007-09-20"), date("2007-09-21"));
        assert_eq!(format_date_range(start, end, "en"), "20–21 September 2007");
        assert_eq!(
            format_date_range(start, end, "de-AT"),
            "20.–21. September 2007"
        );
        assert_eq!(
            format_date_range(start, end, "es"),
            "20–21 de septiembre de 2007"
        );
        assert_eq!(format_date_range(start, start, "fr"), "20 septembre 2007");
        assert_eq!(
            format_date_range(date("2007-09-30"), date("2007-10-01"), "en"),
            "30 September 2007 – 1 October 2007"
        );
        assert_eq!(
            format_date_range(start, end, "xx"),
            "2007-09-20 – 2007-09-21"
        );
    }

    #[test]
    fn a_language_without_a_style_asks_the_locale_then_falls_back_to_iso() {
        let (start, end) = (date("2007-09-20"), date("2007-09-21"));
        let locale: LocaleDates = |start, end, lang| {
            (lang == "ja").then(|| {
                format!(
                    "{}年{}月{}日～{}日",
                    start.year, start.month, start.day, end.day
                )
            })
        };
        assert_eq!(
            format_date_range_with(start, end, "ja", locale),
            "2007年9月20日～21日"
        );
        assert_eq!(
            format_date_range_with(start, end, "xx", locale),
            "2007-09-20 – 2007-09-21"
        );
        assert_eq!(
            format_date_range_with(start, start, "xx", locale),
            "2007-09-20"
        );
        // A language with a style here never asks.
        assert_eq!(
            format_date_range_with(start, end, "en", |_, _, _| Some("?".into())),
            "20–21 September 2007"
        );
    }
}
