//! The summary, findings and missing list, assembled from what the finders
//! found, in the order of the format.

use std::collections::{HashMap, HashSet};

use conference_summary_model::{
    Day, EventDate, FormatValue, IsoDate, Quote, QuoteKind, Speaker, Summary, Text,
};

use super::programme::Programme;
use super::quotes::{QuoteFound, Quotes};
use super::span::Span;
use super::work::charge;
use super::{Draft, Finding, Missing};

/// The longest identifier [`slug`] makes, in bytes: every quote's id holds
/// its speaker's, and a name of a thousand letters would be in each.
const MOST_SLUG_BYTES: usize = 64;

/// An identifier from a name: lower-case ASCII letters and digits joined by
/// `-`, accents folded ("Zoë Ñúñez" → "zoe-nunez"), cut after
/// [`MOST_SLUG_BYTES`]; `None` when a letter has no simple ASCII form.
pub(crate) fn slug(text: &str) -> Option<String> {
    charge(text.len());
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let folded = match c {
            'a'..='z' | '0'..='9' => c.to_string(),
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'ă' => "a".into(),
            'ç' | 'č' | 'ć' => "c".into(),
            'ď' | 'đ' => "d".into(),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e".into(),
            'ğ' => "g".into(),
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'į' => "i".into(),
            'ł' | 'ľ' => "l".into(),
            'ñ' | 'ń' | 'ň' => "n".into(),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o".into(),
            'ř' => "r".into(),
            'š' | 'ś' | 'ş' | 'ș' => "s".into(),
            'ť' | 'ţ' | 'ț' => "t".into(),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u".into(),
            'ý' | 'ÿ' => "y".into(),
            'ž' | 'ź' | 'ż' => "z".into(),
            'ß' => "ss".into(),
            'æ' => "ae".into(),
            'œ' => "oe".into(),
            _ if c.is_alphanumeric() => return None,
            _ => "-".into(),
        };
        // Only the letters kept are folded; every letter is still checked.
        if out.len() <= MOST_SLUG_BYTES {
            out.push_str(&folded);
        }
    }
    let words: Vec<&str> = out.split('-').filter(|part| !part.is_empty()).collect();
    let mut joined = words.join("-");
    if joined.len() > MOST_SLUG_BYTES {
        joined.truncate(MOST_SLUG_BYTES);
        joined.truncate(joined.trim_end_matches('-').len());
    }
    (!joined.is_empty()).then_some(joined)
}

/// Identifiers given out, each once.
#[derive(Default)]
pub(crate) struct Ids {
    seen: HashSet<String>,
    /// Per base, the number its next `base-N` tries first: those below it
    /// are taken, and stay taken.
    next: HashMap<String, usize>,
}

impl Ids {
    /// `base`, or `base-2`, `base-3` … whichever is not yet given out.
    pub(crate) fn unique(&mut self, base: String) -> String {
        charge(base.len());
        if self.seen.insert(base.clone()) {
            return base;
        }
        let mut n = self.next.get(&base).copied().unwrap_or(2);
        let id = loop {
            charge(1);
            charge(base.len());
            let id = format!("{base}-{n}");
            n += 1;
            if self.seen.insert(id.clone()) {
                break id;
            }
        };
        self.next.insert(base, n);
        id
    }
}

/// Assembles the draft: a summary that starts blank ([`FormatValue::blank`])
/// and is filled with what the finders found, what is missing, path by path,
/// and where each found item stands.
pub(crate) struct Builder<'a> {
    paragraphs: &'a [String],
    /// The summary so far; what no finder found stays blank.
    pub(crate) summary: Summary,
    missing: Vec<Missing>,
    findings: Vec<Finding>,
}

impl<'a> Builder<'a> {
    pub(crate) fn new(paragraphs: &'a [String]) -> Self {
        Builder {
            paragraphs,
            summary: Summary::blank(),
            missing: Vec::new(),
            findings: Vec::new(),
        }
    }

    pub(crate) fn finish(self) -> Draft {
        Draft {
            summary: self.summary,
            missing: self.missing,
            findings: self.findings,
        }
    }

    pub(crate) fn miss(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.missing.push(Missing {
            path: path.into(),
            message: message.into(),
        });
    }

    pub(crate) fn find(&mut self, path: impl Into<String>, span: Span) {
        self.findings.push(Finding {
            paragraph: span.paragraph.number(),
            start: span.start,
            end: span.end,
            path: path.into(),
        });
    }

    pub(crate) fn slice(&self, span: Span) -> &str {
        span.paragraph
            .of(self.paragraphs)
            .and_then(|text| text.get(span.start..span.end))
            .unwrap_or("")
    }

    /// The item at `path`: the words at `span` and their paragraph, noting
    /// where they stand.
    pub(crate) fn text(&mut self, path: &str, span: Span) -> Text {
        self.find(format!("{path}.text"), span);
        Text {
            text: self.slice(span).to_string(),
            source: span.paragraph.number(),
        }
    }

    pub(crate) fn texts(&mut self, path: &str, spans: &[Span]) -> Vec<Text> {
        spans
            .iter()
            .enumerate()
            .map(|(index, &span)| self.text(&format!("{path}[{index}]"), span))
            .collect()
    }

    fn event_date(&mut self, path: &str, date: IsoDate, span: Span) -> EventDate {
        let Text { text, source } = self.text(path, span);
        EventDate {
            date: date.to_string(),
            text,
            source,
        }
    }

    pub(crate) fn dates(&mut self, programme: &Programme) {
        match programme.start {
            Some(start) => {
                self.summary.dates.start = self.event_date("dates.start", start.date, start.text)
            }
            None => {
                let message = programme.problems.start.clone().unwrap_or_else(|| {
                    "no sentence dates the event's first day (a verb such as \"opened\", \"will meet\" or \"was held\" with \"today\", \"tomorrow\", a weekday or a date, or a range such as \"12–13 May\" or \"from 3 to 5 June\"): fill in its first day".to_string()
                });
                self.miss("dates.start", message)
            }
        }
        match programme.end {
            Some(end) => self.summary.dates.end = self.event_date("dates.end", end.date, end.text),
            None => {
                let message = programme.problems.end.clone().unwrap_or_else(|| {
                    "no last day found (a range of dates, a duration such as \"two-day\" with a first day, \"closes on Friday\", \"runs until\" or \"the final day\" with its date): fill in the event's last day".to_string()
                });
                self.miss("dates.end", message)
            }
        }
    }

    pub(crate) fn speakers(&mut self, quotes: &Quotes) -> Vec<String> {
        let mut ids = Ids::default();
        let mut given = Vec::new();
        let mut speakers = Vec::new();
        for (index, speaker) in quotes.speakers.iter().enumerate() {
            let path = format!("speakers[{index}]");
            let base = slug(&speaker.name).unwrap_or_else(|| format!("speaker-{}", index + 1));
            let id = ids.unique(base);
            given.push(id.clone());
            self.find(format!("{path}.name"), speaker.name_span);
            let role = match speaker.role {
                Some(span) => {
                    self.find(format!("{path}.role"), span);
                    self.slice(span).to_string()
                }
                None => {
                    self.miss(
                        format!("{path}.role"),
                        format!(
                            "the release does not give {}'s role next to the name: fill it in",
                            speaker.name
                        ),
                    );
                    String::blank()
                }
            };
            speakers.push(Speaker {
                id,
                name: speaker.name.clone(),
                role,
                source: speaker.name_span.paragraph.number(),
            });
        }
        self.summary.speakers = speakers;
        given
    }

    pub(crate) fn programme(&mut self, programme: &Programme) {
        let mut days = Vec::new();
        let start = programme.start.map(|start| start.date);
        let end = programme.end.map(|end| end.date);
        for day in &programme.days {
            // A day the drafted dates leave out would fail validation: the
            // dates or the day are wrong, and only the editor can tell which.
            let outside = start.is_some_and(|start| day.date < start)
                || end.is_some_and(|end| day.date > end);
            if outside {
                let named = self.slice(day.text).to_string();
                self.miss(
                    "programme",
                    format!(
                        "\"{named}\" (paragraph {}) falls on {}, outside the drafted dates: check them, and add the day if it belongs",
                        day.text.paragraph.number(),
                        day.date
                    ),
                );
                continue;
            }
            let path = format!("programme[{}]", days.len());
            let date = self.event_date(&format!("{path}.date"), day.date, day.text);
            let items = self.texts(&format!("{path}.items"), &day.items);
            days.push(Day { date, items });
        }
        self.summary.programme = days;
    }

    pub(crate) fn quotes(&mut self, quotes: &Quotes, speaker_ids: &[String]) {
        let mut order: Vec<&QuoteFound> = quotes.quotes.iter().collect();
        order.sort_by_key(|quote| (quote.span.paragraph, quote.span.start));
        let mut ids = Ids::default();
        let mut counts = vec![0usize; quotes.speakers.len()];
        // A speaker quoted a thousand times has the one surname.
        let mut surnames: Vec<Option<String>> = vec![None; quotes.speakers.len()];
        let mut items = Vec::new();
        for (index, quote) in order.into_iter().enumerate() {
            let path = format!("quotes[{index}]");
            let span = quote.span;
            let text = self.slice(span).to_string();
            let speaker = quote
                .speaker
                .and_then(|s| Some((s, speaker_ids.get(s)?, quotes.speakers.get(s)?)));
            let base = match speaker {
                Some((s, _, found)) => {
                    counts[s] += 1;
                    let surname = surnames[s].get_or_insert_with(|| {
                        let surname = found.name.rsplit(' ').next().unwrap_or(&found.name);
                        slug(surname).unwrap_or_else(|| format!("speaker-{}", s + 1))
                    });
                    format!("{surname}-{}", counts[s])
                }
                None => {
                    let opening: Vec<&str> = text.split_whitespace().take(4).collect();
                    slug(&opening.join(" ")).unwrap_or_else(|| format!("quote-{}", index + 1))
                }
            };
            let id = ids.unique(base);
            let speaker = match speaker {
                Some((_, id, _)) => id.clone(),
                None => {
                    self.miss(format!("{path}.speaker"), open_speaker(quote));
                    String::blank()
                }
            };
            self.find(format!("{path}.text"), span);
            items.push(Quote {
                id,
                speaker,
                kind: if quote.paraphrase {
                    QuoteKind::Paraphrase
                } else {
                    QuoteKind::Quote
                },
                text,
                source: span.paragraph.number(),
            });
        }
        self.summary.quotes = items;
    }

    pub(crate) fn source(&mut self, title: Option<&str>, date: Option<IsoDate>) {
        match title {
            Some(title) => self.summary.source.title = title.to_string(),
            None => self.miss("source.title", "the release is empty: fill in its title"),
        }
        match date {
            Some(date) => self.summary.source.date = date.to_string(),
            None => self.miss(
                "source.date",
                "no dateline gives the release's date: fill it in as YYYY-MM-DD",
            ),
        }
        if self.paragraphs.is_empty() {
            self.miss(
                "source.paragraphs",
                "the release has no paragraphs after its title: paste its text",
            );
        }
        self.summary.source.paragraphs = self.paragraphs.to_vec();
    }
}

/// Why the speaker of `quote` is left open, and what to fill in.
fn open_speaker(quote: &QuoteFound) -> String {
    let paragraph = quote.span.paragraph.number();
    match quote.could_be.as_slice() {
        [] => format!(
            "no one is named as saying the passage in paragraph {paragraph}: fill in the speaker's id"
        ),
        names => {
            let count = match names.len() {
                2 => "two".to_string(),
                3 => "three".to_string(),
                n => n.to_string(),
            };
            format!(
                "{count} people could have said the passage in paragraph {paragraph} ({}): fill in the speaker's id",
                names.join(", ")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_simple_accents_only() {
        assert_eq!(slug("Kevin Carty").as_deref(), Some("kevin-carty"));
        assert_eq!(slug("Zoë Ñúñez-Łęk").as_deref(), Some("zoe-nunez-lek"));
        assert_eq!(slug("Ольга"), None);
        assert_eq!(slug(" - "), None);
        let long = slug(&format!("Jane {}", "W".repeat(100)));
        assert_eq!(long.as_deref().map(str::len), Some(MOST_SLUG_BYTES));
        assert_eq!(slug(&format!("{} Ольга", "W".repeat(100))), None);
    }

    #[test]
    fn ids_are_made_unique() {
        let mut ids = Ids::default();
        assert_eq!(ids.unique("a".into()), "a");
        assert_eq!(ids.unique("a-3".into()), "a-3");
        assert_eq!(ids.unique("a".into()), "a-2");
        assert_eq!(ids.unique("a".into()), "a-4");
        assert_eq!(ids.unique("a-2".into()), "a-2-2");
    }
}
