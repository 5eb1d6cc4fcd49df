//! Drafts a summary from a press release's plain text, for an editor to
//! finish: what the release states in the genre's usual phrases becomes
//! items that cite their paragraph; what it does not is listed as missing.
//!
//! Plain Rust and serde_json only, no file system and no browser, so that the
//! same code runs in the `draft` command and in a page through WebAssembly.
//!
//! ```
//! use conference_summary::draft::draft;
//!
//! let release = "Forum opens\n\nTALLINN, 3 March 2025 – A forum on online safety opened in Tallinn today.";
//! let draft = draft(release);
//! assert_eq!(draft.summary["dateline"]["date"], "2025-03-03");
//! assert!(draft.missing.iter().any(|missing| missing.path == "dates.end"));
//! ```

mod dateline;
mod facts;
mod json;
mod paragraphs;
mod programme;
mod quotes;

use serde_json::{json, Map, Value};

use dateline::Ymd;
use facts::Span;
use quotes::Quotes;

/// A draft summary made from a press release.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The summary as a JSON object, holding only what the release states;
    /// anything the draft could not determine is left out. serde_json sorts
    /// the keys of its maps: [`Draft::to_json`] writes them in the order of
    /// `assets/summary.json`.
    pub summary: Value,
    /// What the editor must still fill in or check, in document order.
    pub missing: Vec<Missing>,
    /// Where in the paragraphs each found item stands, for highlighting.
    pub findings: Vec<Finding>,
}

/// Something the draft could not determine.
#[derive(Debug, Clone, PartialEq)]
pub struct Missing {
    /// The JSON path to fill in, e.g. `dates.end` or `quotes[3].speaker`.
    pub path: String,
    /// What to fill in, in plain English.
    pub message: String,
}

/// A found item's place in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// 1-based paragraph number, as `source` fields count.
    pub paragraph: usize,
    /// Start of the byte range in `source.paragraphs[paragraph - 1]`.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// The JSON path of the value it became, e.g. `quotes[0].text`.
    pub path: String,
}

impl Draft {
    /// The summary as JSON text, indented by two spaces, keys in the order
    /// of `assets/summary.json`.
    pub fn to_json(&self) -> String {
        json::pretty(&self.summary)
    }
}

/// Drafts a summary of the press release `release`: its first non-blank line
/// is the title, the rest its paragraphs (separated by blank lines, or one a
/// line when there are none). Never panics, whatever the text.
pub fn draft(release: &str) -> Draft {
    let document = paragraphs::split(release);
    let paragraphs = &document.paragraphs;
    let dateline = paragraphs.first().and_then(|first| dateline::dateline(first));
    let quotes = quotes::find(paragraphs);
    let body = dateline.as_ref().map_or(0, |found| found.body);
    let facts = facts::find(paragraphs, &quotes, body);
    let programme = programme::find(paragraphs, dateline.as_ref(), &quotes.covered);

    let mut out = Builder {
        paragraphs,
        summary: Map::new(),
        missing: Vec::new(),
        findings: Vec::new(),
    };
    if is_english(paragraphs) {
        out.set("lang", json!("en"));
    } else {
        out.miss("lang", "the release does not read as English: fill in its language tag, such as \"fr\" or \"de\"");
    }
    match &document.title {
        Some(title) => out.set("headline", json!(title)),
        None => out.miss("headline", "the release is empty: fill in a headline"),
    }
    match &dateline {
        Some(found) => {
            out.find("dateline.place", (0, found.place.0, found.place.1));
            out.set(
                "dateline",
                json!({ "place": found.place_text, "date": found.date.iso(), "source": 1 }),
            );
        }
        None => out.miss(
            "dateline",
            "no dateline (\"PLACE, 20 September 2007 - …\") opens the first paragraph: fill in place, date and source",
        ),
    }
    out.dates(&programme);
    match facts.focus {
        Some(focus) => {
            let item = out.text("focus", focus);
            out.set("focus", item);
        }
        None => out.miss("focus", "no \"… is the focus of …\" found: fill in what the conference is about, in the release's words"),
    }
    let aims = out.texts("aims", &facts.aims);
    out.set("aims", aims);
    let participants = out.texts("participants", &facts.participants);
    out.set("participants", participants);
    let speaker_ids = out.speakers(&quotes);
    out.programme(&programme);
    out.quotes(&quotes, &speaker_ids);
    match facts.organiser {
        Some(organiser) => {
            let item = out.text("organiser", organiser);
            out.set("organiser", item);
        }
        None => out.miss("organiser", "no \"organized by …\" found: fill in who organised the conference"),
    }
    if let Some(chair) = facts.chair {
        let item = out.text("chair", chair);
        out.set("chair", item);
    }
    let funders = out.texts("funders", &facts.funders);
    out.set("funders", funders);
    out.source(document.title.as_deref(), dateline.as_ref().map(|found| found.date));
    Draft {
        summary: Value::Object(out.summary),
        missing: out.missing,
        findings: out.findings,
    }
}

/// Whether the paragraphs read as English: enough of its commonest words.
fn is_english(paragraphs: &[String]) -> bool {
    const COMMON: [&str; 16] = [
        "the", "and", "of", "to", "in", "is", "a", "for", "on", "with", "that", "by", "are",
        "will", "be", "from",
    ];
    let mut words = 0usize;
    let mut common = 0usize;
    for paragraph in paragraphs {
        for word in paragraph.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            words += 1;
            if COMMON.contains(&word.to_lowercase().as_str()) {
                common += 1;
            }
        }
    }
    common >= 3 && common * 100 >= words * 12
}

/// An identifier from a name: lower-case ASCII letters and digits joined by
/// `-`, accents folded ("Zoë Ñúñez" → "zoe-nunez"); `None` when a letter
/// has no simple ASCII form.
fn slug(text: &str) -> Option<String> {
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
        out.push_str(&folded);
    }
    let words: Vec<&str> = out.split('-').filter(|part| !part.is_empty()).collect();
    (!words.is_empty()).then(|| words.join("-"))
}

/// `base`, or `base-2`, `base-3` … whichever is not yet in `seen`; kept there.
fn unique(base: String, seen: &mut Vec<String>) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while seen.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    seen.push(id.clone());
    id
}

struct Builder<'a> {
    paragraphs: &'a [String],
    summary: Map<String, Value>,
    missing: Vec<Missing>,
    findings: Vec<Finding>,
}

impl Builder<'_> {
    fn set(&mut self, key: &str, value: Value) {
        self.summary.insert(key.to_string(), value);
    }

    fn miss(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.missing.push(Missing {
            path: path.into(),
            message: message.into(),
        });
    }

    fn find(&mut self, path: impl Into<String>, (para, start, end): Span) {
        self.findings.push(Finding {
            paragraph: para + 1,
            start,
            end,
            path: path.into(),
        });
    }

    fn slice(&self, (para, start, end): Span) -> &str {
        self.paragraphs
            .get(para)
            .and_then(|text| text.get(start..end))
            .unwrap_or("")
    }

    /// `{ text, source }` for the item at `path`, noting where it stands.
    fn text(&mut self, path: &str, span: Span) -> Value {
        self.find(format!("{path}.text"), span);
        json!({ "text": self.slice(span), "source": span.0 + 1 })
    }

    fn texts(&mut self, path: &str, spans: &[Span]) -> Value {
        let items = spans
            .iter()
            .enumerate()
            .map(|(index, &span)| self.text(&format!("{path}[{index}]"), span))
            .collect();
        Value::Array(items)
    }

    fn event_date(&mut self, path: &str, date: Ymd, span: Span) -> Value {
        self.find(format!("{path}.text"), span);
        json!({ "date": date.iso(), "text": self.slice(span), "source": span.0 + 1 })
    }

    fn dates(&mut self, programme: &programme::Programme) {
        let mut dates = Map::new();
        match programme.start {
            Some((date, span)) => {
                dates.insert("start".into(), self.event_date("dates.start", date, span));
            }
            None => self.miss(
                "dates.start",
                "the first paragraph does not say that the conference began today: fill in its first day",
            ),
        }
        match programme.end {
            Some((date, span)) => {
                dates.insert("end".into(), self.event_date("dates.end", date, span));
            }
            None => self.miss(
                "dates.end",
                "no \"On Friday, the final day of the conference\" found: fill in the conference's last day",
            ),
        }
        if !dates.is_empty() {
            self.set("dates", Value::Object(dates));
        }
    }

    fn speakers(&mut self, quotes: &Quotes) -> Vec<String> {
        let mut ids = Vec::new();
        let mut items = Vec::new();
        for (index, speaker) in quotes.speakers.iter().enumerate() {
            let path = format!("speakers[{index}]");
            let base = slug(&speaker.name).unwrap_or_else(|| format!("speaker-{}", index + 1));
            let id = unique(base, &mut ids);
            let mut item = Map::new();
            item.insert("id".into(), json!(id));
            self.find(format!("{path}.name"), (speaker.para, speaker.name_range.0, speaker.name_range.1));
            item.insert("name".into(), json!(speaker.name));
            match speaker.role {
                Some((start, end)) => {
                    let span = (speaker.para, start, end);
                    self.find(format!("{path}.role"), span);
                    item.insert("role".into(), json!(self.slice(span)));
                }
                None => self.miss(
                    format!("{path}.role"),
                    format!("the release does not give {}'s role next to the name: fill it in", speaker.name),
                ),
            }
            item.insert("source".into(), json!(speaker.para + 1));
            items.push(Value::Object(item));
        }
        self.set("speakers", Value::Array(items));
        ids
    }

    fn programme(&mut self, programme: &programme::Programme) {
        let mut days = Vec::new();
        for (index, day) in programme.days.iter().enumerate() {
            let path = format!("programme[{index}]");
            let date = self.event_date(&format!("{path}.date"), day.date, day.text);
            let items = self.texts(&format!("{path}.items"), &day.items);
            days.push(json!({ "date": date, "items": items }));
        }
        self.set("programme", Value::Array(days));
    }

    fn quotes(&mut self, quotes: &Quotes, speaker_ids: &[String]) {
        let mut order: Vec<&quotes::QuoteFound> = quotes.quotes.iter().collect();
        order.sort_by_key(|quote| (quote.para, quote.range.0));
        let mut ids = Vec::new();
        let mut counts = vec![0usize; quotes.speakers.len()];
        let mut items = Vec::new();
        for (index, quote) in order.into_iter().enumerate() {
            let path = format!("quotes[{index}]");
            let span = (quote.para, quote.range.0, quote.range.1);
            let text = self.slice(span).to_string();
            let speaker = quote.speaker.and_then(|s| Some((s, speaker_ids.get(s)?, quotes.speakers.get(s)?)));
            let base = match speaker {
                Some((s, _, found)) => {
                    counts[s] += 1;
                    let surname = found.name.rsplit(' ').next().unwrap_or(&found.name);
                    let surname = slug(surname).unwrap_or_else(|| format!("speaker-{}", s + 1));
                    format!("{surname}-{}", counts[s])
                }
                None => {
                    let opening: Vec<&str> = text.split_whitespace().take(4).collect();
                    slug(&opening.join(" ")).unwrap_or_else(|| format!("quote-{}", index + 1))
                }
            };
            let mut item = Map::new();
            item.insert("id".into(), json!(unique(base, &mut ids)));
            match speaker {
                Some((_, id, _)) => {
                    item.insert("speaker".into(), json!(id));
                }
                None => self.miss(
                    format!("{path}.speaker"),
                    format!("no one is named as saying the passage in paragraph {}: fill in the speaker's id", quote.para + 1),
                ),
            }
            let kind = if quote.paraphrase { "paraphrase" } else { "quote" };
            item.insert("kind".into(), json!(kind));
            self.find(format!("{path}.text"), span);
            item.insert("text".into(), json!(text));
            item.insert("source".into(), json!(quote.para + 1));
            items.push(Value::Object(item));
        }
        self.set("quotes", Value::Array(items));
    }

    fn source(&mut self, title: Option<&str>, date: Option<Ymd>) {
        let mut source = Map::new();
        match title {
            Some(title) => {
                source.insert("title".into(), json!(title));
            }
            None => self.miss("source.title", "the release is empty: fill in its title"),
        }
        match date {
            Some(date) => {
                source.insert("date".into(), json!(date.iso()));
            }
            None => self.miss("source.date", "no dateline gives the release's date: fill it in as YYYY-MM-DD"),
        }
        if self.paragraphs.is_empty() {
            self.miss("source.paragraphs", "the release has no paragraphs after its title: paste its text");
        }
        source.insert("paragraphs".into(), json!(self.paragraphs));
        self.set("source", Value::Object(source));
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
    }

    #[test]
    fn ids_are_made_unique() {
        let mut seen = Vec::new();
        assert_eq!(unique("a".into(), &mut seen), "a");
        assert_eq!(unique("a".into(), &mut seen), "a-2");
    }
}
