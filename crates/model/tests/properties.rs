//! Property tests of the model: generated summaries that are valid by
//! construction survive a round trip; any mutation of one either still
//! validates or yields errors that name a path. Native only.
#![cfg(not(target_arch = "wasm32"))]

use conference_summary_model::{
    parse_summary, validate, Dateline, Day, EventDate, EventDates, Quote, QuoteKind, Source,
    Speaker, Summary, Text,
};
use proptest::prelude::*;
use serde_json::Value;

const WORDS: [&str; 16] = [
    "conference",
    "police",
    "children",
    "online",
    "Vienna",
    "experts",
    "cases",
    "co-operation",
    "private",
    "sector",
    "training",
    "free",
    "charge",
    "crime",
    "States'",
    "2007",
];

/// Paragraphs of random words, and for each a few word-aligned excerpts.
fn paragraphs() -> impl Strategy<Value = Vec<Vec<&'static str>>> {
    prop::collection::vec(
        prop::collection::vec(prop::sample::select(&WORDS[..]), 4..16),
        1..6,
    )
}

/// An excerpt of paragraph `index % len`: words `from..to` of it, joined.
fn excerpt(paragraphs: &[Vec<&str>], index: usize, from: usize, span: usize) -> Text {
    let number = index % paragraphs.len();
    let words = &paragraphs[number];
    let start = from % words.len();
    let end = (start + 1 + span % 4).min(words.len());
    Text {
        text: words[start..end].join(" "),
        source: number + 1,
    }
}

prop_compose! {
    fn summaries()(
        paragraphs in paragraphs(),
        picks in prop::collection::vec((any::<usize>(), any::<usize>(), any::<usize>()), 8..30),
        speakers in 1usize..4,
        quote_count in 0usize..6,
        day in 1u8..20,
        length in 0u8..3,
        kinds in prop::collection::vec(any::<bool>(), 6),
    ) -> Summary {
        let mut pick = picks.iter().cycle().map(|(index, from, span)| excerpt(&paragraphs, *index, *from, *span));
        let mut next = move || pick.next().unwrap_or_else(|| Text { text: String::new(), source: 1 });
        let date = |day: u8| format!("2007-09-{day:02}");
        let first = next();
        let last = next();
        let speakers: Vec<Speaker> = (0..speakers)
            .map(|index| {
                let words = next();
                Speaker { id: format!("speaker-{index}"), name: words.text.clone(), role: words.text, source: words.source }
            })
            .collect();
        let quotes = (0..quote_count)
            .map(|index| {
                let words = next();
                Quote {
                    id: format!("quote-{index}"),
                    speaker: format!("speaker-{}", index % speakers.len()),
                    kind: if kinds[index] { QuoteKind::Quote } else { QuoteKind::Paraphrase },
                    text: words.text,
                    source: words.source,
                }
            })
            .collect();
        let place = next();
        Summary {
            schema: None,
            format: None,
            lang: "en".into(),
            headline: "A generated summary".into(),
            dateline: Dateline { place: place.text, date: date(day), source: place.source },
            dates: EventDates {
                start: EventDate { date: date(day), text: first.text, source: first.source },
                end: EventDate { date: date(day + length), text: last.text.clone(), source: last.source },
            },
            focus: next(),
            aims: vec![next(), next()],
            participants: vec![next()],
            programme: vec![Day {
                date: EventDate { date: date(day + length), text: last.text, source: last.source },
                items: vec![next()],
            }],
            speakers,
            quotes,
            organiser: next(),
            chair: Some(next()),
            funders: vec![next(), next()],
            source: Source {
                title: "A generated source".into(),
                date: date(day),
                url: Some("https://example.org/release".into()),
                paragraphs: paragraphs.iter().map(|words| words.join(" ")).collect(),
            },
        }
    }
}

/// A mutation: replace the value at a random place with another value,
/// remove a key, or add an unknown one.
#[derive(Clone, Debug)]
enum Mutation {
    Replace(usize, Value),
    Remove(usize),
    Add(usize, String),
}

fn json_values() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        "[a-zA-Z0-9 :<>/-]{0,12}".prop_map(Value::from),
        Just(Value::Array(vec![])),
        Just(serde_json::json!({ "text": "x", "source": 1 })),
    ]
}

fn mutations() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), json_values()).prop_map(|(at, value)| Mutation::Replace(at, value)),
        any::<usize>().prop_map(Mutation::Remove),
        (any::<usize>(), "[a-z]{1,8}").prop_map(|(at, key)| Mutation::Add(at, key)),
    ]
}

/// Every object and array in `value`, depth first, as JSON pointers.
fn places(value: &Value, pointer: String, out: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            out.push(pointer.clone());
            for (key, child) in object {
                places(child, format!("{pointer}/{key}"), out);
            }
        }
        Value::Array(items) => {
            out.push(pointer.clone());
            for (index, child) in items.iter().enumerate() {
                places(child, format!("{pointer}/{index}"), out);
            }
        }
        _ => out.push(pointer),
    }
}

fn mutate(document: &mut Value, mutation: &Mutation) {
    let mut all = Vec::new();
    places(document, String::new(), &mut all);
    let pick = |at: usize| all[at % all.len()].clone();
    match mutation {
        Mutation::Replace(at, value) => {
            if let Some(slot) = document.pointer_mut(&pick(*at)) {
                *slot = value.clone();
            }
        }
        Mutation::Remove(at) => {
            let pointer = pick(*at);
            let (parent, key) = pointer.rsplit_once('/').unwrap_or(("", ""));
            if let Some(Value::Object(object)) = document.pointer_mut(parent) {
                object.remove(key);
            }
        }
        Mutation::Add(at, key) => {
            if let Some(Value::Object(object)) = document.pointer_mut(&pick(*at)) {
                object.insert(key.clone(), Value::from(1));
            }
        }
    }
}

/// `quotes[2].speaker`, `source.paragraphs[0]`, or `summary` for the whole.
fn is_path(path: &str) -> bool {
    path == "summary"
        || path.split('.').all(|part| {
            let name = part.split('[').next().unwrap_or_default();
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                && part[name.len()..].split_terminator(']').all(|index| {
                    index
                        .strip_prefix('[')
                        .is_some_and(|digits| digits.parse::<usize>().is_ok())
                })
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn a_valid_summary_survives_a_round_trip(summary in summaries()) {
        prop_assert_eq!(validate(&summary), vec![]);
        let text = summary.to_json().to_pretty();
        let parsed = parse_summary(&text).map_err(|errors| TestCaseError::fail(format!("{errors:?}")))?;
        prop_assert_eq!(parsed, summary);
    }

    #[test]
    fn a_mutated_summary_validates_or_names_each_problem(summary in summaries(), changes in prop::collection::vec(mutations(), 1..4)) {
        let mut document: serde_json::Value = serde_json::from_str(&summary.to_json().to_pretty()).map_err(|error| TestCaseError::fail(error.to_string()))?;
        for change in &changes {
            mutate(&mut document, change);
        }
        if let Err(errors) = parse_summary(&document.to_string()) {
            prop_assert!(!errors.is_empty());
            for error in errors {
                prop_assert!(is_path(&error.path), "not a path: {:?}", error.path);
                prop_assert!(!error.message.is_empty());
            }
        }
    }
}

#[test]
fn paths_are_recognised() {
    assert!(is_path("quotes[2].speaker"));
    assert!(is_path("summary"));
    assert!(is_path("source.paragraphs[0]"));
    assert!(!is_path("quotes[x].speaker"));
    assert!(!is_path(""));
}
