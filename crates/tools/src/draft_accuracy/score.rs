//! Scores one release: runs the draft on it, validates the draft as the
//! `draft` command does, and compares each field with the expectations.

use conference_summary_authoring::draft::{draft, Draft};
use conference_summary_model::{parse_summary, QuoteKind, Summary};

use super::contract::contract_problems;
use super::corpus::Release;
use super::expected::Expected;
use super::field::{Field, Tally};
use super::matching::{normalise, pair_up, Alternatives};

/// What the draft made of one release, and how it compares.
#[derive(Clone, Debug)]
pub struct ReleaseScore {
    /// The release's name, `01-slug`.
    pub name: String,
    /// The draft.
    pub draft: Draft,
    /// What the validator says of the draft as JSON; empty when it is valid.
    pub problems: Vec<String>,
    /// The tally of each field, in [`Field::ALL`]'s order.
    pub tallies: Vec<(Field, Tally)>,
    /// Each miss and each wrong finding, for `--verbose`.
    pub notes: Vec<Note>,
    /// Where the release or its expectations break the corpus's contract.
    pub contract: Vec<String>,
}

impl ReleaseScore {
    /// Whether the draft needs nothing more: nothing missing, and valid.
    pub fn is_complete(&self) -> bool {
        self.draft.missing.is_empty() && self.problems.is_empty()
    }

    /// The tally of `field`.
    pub fn tally(&self, field: Field) -> Tally {
        self.tallies
            .iter()
            .find(|(counted, _)| *counted == field)
            .map(|(_, tally)| *tally)
            .unwrap_or_default()
    }
}

/// A difference between the draft and the expectations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// The field it concerns.
    pub field: Field,
    /// Whether the draft missed an expected item or found a wrong one.
    pub kind: NoteKind,
    /// The item, in words.
    pub item: String,
}

/// Which way a draft differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteKind {
    /// Expected and not (rightly) found.
    Miss,
    /// Found and not expected (or found wrong).
    Wrong,
}

/// Drafts `release` and scores the draft against its expectations.
pub fn score_release(release: &Release) -> ReleaseScore {
    let drafted = draft(&release.text);
    let problems = parse_summary(&drafted.to_json())
        .err()
        .unwrap_or_default()
        .iter()
        .map(ToString::to_string)
        .collect();
    let contract = contract_problems(release, &drafted.summary.source.paragraphs);
    let mut scorer = Scorer::default();
    scorer.compare(&release.expected, &drafted.summary);
    ReleaseScore {
        name: release.name.clone(),
        draft: drafted,
        problems,
        tallies: scorer.tallies,
        notes: scorer.notes,
        contract,
    }
}

#[derive(Default)]
struct Scorer {
    tallies: Vec<(Field, Tally)>,
    notes: Vec<Note>,
}

impl Scorer {
    fn compare(&mut self, expected: &Expected, summary: &Summary) {
        let dateline = &summary.dateline;
        let drafted_dateline = (!dateline.place.is_empty() || !dateline.date.is_empty())
            .then(|| (dateline.place.clone(), dateline.date.clone()));
        self.single(
            Field::Dateline,
            expected
                .dateline
                .as_ref()
                .map(|line| format!("{} {}", line.place.first(), line.date)),
            drafted_dateline
                .as_ref()
                .map(|(place, date)| format!("{place} {date}")),
            drafted_dateline.as_ref().is_some_and(|(place, date)| {
                expected
                    .dateline
                    .as_ref()
                    .is_some_and(|line| line.place.matches(place) && line.date == *date)
            }),
        );
        self.date(Field::Start, &expected.start, &summary.dates.start.date);
        self.date(Field::End, &expected.end, &summary.dates.end.date);
        self.text(Field::Focus, &expected.focus, &summary.focus.text);
        self.text(
            Field::Organiser,
            &expected.organiser,
            &summary.organiser.text,
        );
        let texts = |items: &[conference_summary_model::Text]| -> Vec<String> {
            items
                .iter()
                .filter(|item| !item.text.is_empty())
                .map(|item| item.text.clone())
                .collect()
        };
        self.list(Field::Funders, &expected.funders, &texts(&summary.funders));
        self.list(
            Field::Participants,
            &expected.participants,
            &texts(&summary.participants),
        );
        self.speakers(expected, summary);
        self.quotes(expected, summary);
        self.programme(expected, summary);
    }

    fn record(&mut self, field: Field, tally: Tally) {
        self.tallies.push((field, tally));
    }

    fn note(&mut self, field: Field, kind: NoteKind, item: String) {
        self.notes.push(Note { field, kind, item });
    }

    /// A field with at most one value: counted once, right or wrong.
    fn single(
        &mut self,
        field: Field,
        expected: Option<String>,
        drafted: Option<String>,
        correct: bool,
    ) {
        if !correct {
            if let Some(expected) = &expected {
                self.note(field, NoteKind::Miss, expected.clone());
            }
            if let Some(drafted) = &drafted {
                self.note(field, NoteKind::Wrong, drafted.clone());
            }
        }
        self.record(
            field,
            Tally {
                expected: usize::from(expected.is_some()),
                drafted: usize::from(drafted.is_some()),
                correct: usize::from(correct),
            },
        );
    }

    fn date(&mut self, field: Field, expected: &Option<String>, drafted: &str) {
        let drafted = (!drafted.is_empty()).then(|| drafted.to_string());
        let correct = drafted.is_some() && *expected == drafted;
        self.single(field, expected.clone(), drafted, correct);
    }

    fn text(&mut self, field: Field, expected: &Option<Alternatives>, drafted: &str) {
        let drafted = (!drafted.is_empty()).then(|| drafted.to_string());
        let correct = drafted.as_ref().is_some_and(|text| {
            expected
                .as_ref()
                .is_some_and(|alternatives| alternatives.matches(text))
        });
        let expected = expected
            .as_ref()
            .map(|alternatives| alternatives.first().to_string());
        self.single(field, expected, drafted, correct);
    }

    fn list(&mut self, field: Field, expected: &[Alternatives], drafted: &[String]) {
        let pairs = pair_up(expected, drafted, |entry, text| entry.matches(text));
        for (index, entry) in expected.iter().enumerate() {
            if !pairs.iter().any(|(paired, _)| *paired == index) {
                self.note(field, NoteKind::Miss, entry.first().to_string());
            }
        }
        for (index, text) in drafted.iter().enumerate() {
            if !pairs.iter().any(|(_, paired)| *paired == index) {
                self.note(field, NoteKind::Wrong, text.clone());
            }
        }
        self.record(
            field,
            Tally {
                expected: expected.len(),
                drafted: drafted.len(),
                correct: pairs.len(),
            },
        );
    }

    fn speakers(&mut self, expected: &Expected, summary: &Summary) {
        let describe = |name: &str, role: &str| {
            if role.is_empty() {
                format!("{name} (no role)")
            } else {
                format!("{name}, {role}")
            }
        };
        let pairs = pair_up(&expected.speakers, &summary.speakers, |entry, speaker| {
            entry.name.matches(&speaker.name)
                && match &entry.role {
                    Some(role) => role.matches(&speaker.role),
                    None => speaker.role.trim().is_empty(),
                }
        });
        for (index, entry) in expected.speakers.iter().enumerate() {
            if !pairs.iter().any(|(paired, _)| *paired == index) {
                let role = entry.role.as_ref().map_or("", Alternatives::first);
                self.note(
                    Field::Speakers,
                    NoteKind::Miss,
                    describe(entry.name.first(), role),
                );
            }
        }
        for (index, speaker) in summary.speakers.iter().enumerate() {
            if !pairs.iter().any(|(_, paired)| *paired == index) {
                let item = describe(&speaker.name, &speaker.role);
                self.note(Field::Speakers, NoteKind::Wrong, item);
            }
        }
        self.record(
            Field::Speakers,
            Tally {
                expected: expected.speakers.len(),
                drafted: summary.speakers.len(),
                correct: pairs.len(),
            },
        );
    }

    /// Quotes (text and paragraph) and, over the quotes found, attribution:
    /// drafted counts the speakers the draft named plus the quotes it
    /// rightly left open, so that a wrong speaker lowers precision and a
    /// speaker left open only lowers recall.
    fn quotes(&mut self, expected: &Expected, summary: &Summary) {
        let drafted: Vec<_> = summary
            .quotes
            .iter()
            .filter(|quote| quote.kind == QuoteKind::Quote)
            .collect();
        let pairs = pair_up(&expected.quotes, &drafted, |entry, quote| {
            entry.paragraph == quote.source && normalise(&entry.text) == normalise(&quote.text)
        });
        let describe = |paragraph: usize, text: &str| format!("¶{paragraph} “{text}”");
        for (index, entry) in expected.quotes.iter().enumerate() {
            if !pairs.iter().any(|(paired, _)| *paired == index) {
                let item = describe(entry.paragraph, &entry.text);
                self.note(Field::Quotes, NoteKind::Miss, item);
            }
        }
        for (index, quote) in drafted.iter().enumerate() {
            if !pairs.iter().any(|(_, paired)| *paired == index) {
                let item = describe(quote.source, &quote.text);
                self.note(Field::Quotes, NoteKind::Wrong, item);
            }
        }
        self.record(
            Field::Quotes,
            Tally {
                expected: expected.quotes.len(),
                drafted: drafted.len(),
                correct: pairs.len(),
            },
        );

        let mut attribution = Tally {
            expected: expected.quotes.len(),
            ..Tally::default()
        };
        for (expected_index, drafted_index) in pairs {
            let entry = &expected.quotes[expected_index];
            let quote = drafted[drafted_index];
            let speaker = summary.speaker(&quote.speaker).map(|speaker| &speaker.name);
            let right = match (&entry.speaker, speaker) {
                (None, None) => true,
                (Some(name), Some(drafted_name)) => expected.names_of(name).matches(drafted_name),
                _ => false,
            };
            attribution.drafted += usize::from(speaker.is_some() || right);
            attribution.correct += usize::from(right);
            if !right {
                fn said(name: Option<&String>) -> &str {
                    name.map_or("no one", String::as_str)
                }
                let item = format!(
                    "{}: expected {}, drafted {}",
                    describe(entry.paragraph, &entry.text),
                    said(entry.speaker.as_ref()),
                    said(speaker)
                );
                let kind = if speaker.is_some() {
                    NoteKind::Wrong
                } else {
                    NoteKind::Miss
                };
                self.note(Field::Attribution, kind, item);
            }
        }
        self.record(Field::Attribution, attribution);
    }

    fn programme(&mut self, expected: &Expected, summary: &Summary) {
        let mut expected_days = expected.programme.clone();
        expected_days.sort();
        expected_days.dedup();
        let mut drafted_days: Vec<String> = summary
            .programme
            .iter()
            .map(|day| day.date.date.clone())
            .filter(|date| !date.is_empty())
            .collect();
        drafted_days.sort();
        drafted_days.dedup();
        let expected_days: Vec<Alternatives> = expected_days
            .into_iter()
            .map(|day| Alternatives(vec![day]))
            .collect();
        self.list(Field::Programme, &expected_days, &drafted_days);
    }
}
