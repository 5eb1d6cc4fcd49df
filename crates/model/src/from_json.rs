//! Builds a [`Summary`] from a [`Json`] tree whose shape has been checked.
//!
//! By hand rather than through serde: in the browser this is the only path,
//! and serde's generated deserializers cost the wasm many kilobytes that
//! every reader downloads. After [`check_shape`] every field read here is
//! known to exist with the right type; the fallbacks only keep the code
//! free of panics.

use super::json::Json;
use super::shape::check_shape;
use super::summary::{
    Dateline, Day, EventDate, EventDates, Quote, QuoteKind, Source, Speaker, Summary, Text,
};
use super::text::Words;
use super::validate::{validate_with, ValidationError};

impl Summary {
    /// A valid summary from a parsed document, or every problem with it:
    /// first its shape, then its meaning.
    #[cfg(feature = "native")]
    pub fn from_json(document: &Json) -> Result<Summary, Vec<ValidationError>> {
        Summary::from_json_with(document, super::words_of)
    }

    /// A summary from a document whose shape and meaning the project's own
    /// tests have checked (the built-in one, `tests/model.rs`): neither is
    /// checked again in every reader's browser.
    pub fn from_checked_json(document: &Json) -> Summary {
        summary(document)
    }

    /// [`Summary::from_json`], splitting texts into lower-cased words with `words`.
    pub fn from_json_with(document: &Json, words: Words) -> Result<Summary, Vec<ValidationError>> {
        let errors = check_shape(document);
        if !errors.is_empty() {
            return Err(errors);
        }
        let summary = summary(document);
        let errors = validate_with(&summary, words);
        if errors.is_empty() {
            Ok(summary)
        } else {
            Err(errors)
        }
    }
}

fn field<'a>(object: &'a Json, key: &str) -> Option<&'a Json> {
    object.member(key)
}

fn string(object: &Json, key: &str) -> String {
    match field(object, key) {
        Some(Json::String(text)) => text.clone(),
        _ => String::new(),
    }
}

fn number(object: &Json, key: &str) -> usize {
    match field(object, key) {
        // The shape check admits only whole numbers from 1 up to u32::MAX.
        Some(Json::Number(number)) => *number as usize,
        _ => 0,
    }
}

fn list<'a>(object: &'a Json, key: &str) -> &'a [Json] {
    match field(object, key) {
        Some(Json::Array(items)) => items,
        _ => &[],
    }
}

fn cited(value: &Json) -> Text {
    Text {
        text: string(value, "text"),
        source: number(value, "source"),
    }
}

fn cited_field(object: &Json, key: &str) -> Text {
    field(object, key).map(cited).unwrap_or(Text {
        text: String::new(),
        source: 0,
    })
}

fn cited_list(object: &Json, key: &str) -> Vec<Text> {
    list(object, key).iter().map(cited).collect()
}

fn event_date(value: Option<&Json>) -> EventDate {
    let value = value.unwrap_or(&Json::Null);
    EventDate {
        date: string(value, "date"),
        text: string(value, "text"),
        source: number(value, "source"),
    }
}

fn summary(document: &Json) -> Summary {
    let dateline = field(document, "dateline").unwrap_or(&Json::Null);
    let dates = field(document, "dates").unwrap_or(&Json::Null);
    let source = field(document, "source").unwrap_or(&Json::Null);
    Summary {
        lang: string(document, "lang"),
        headline: string(document, "headline"),
        dateline: Dateline {
            place: string(dateline, "place"),
            date: string(dateline, "date"),
            source: number(dateline, "source"),
        },
        dates: EventDates {
            start: event_date(field(dates, "start")),
            end: event_date(field(dates, "end")),
        },
        focus: cited_field(document, "focus"),
        aims: cited_list(document, "aims"),
        participants: cited_list(document, "participants"),
        speakers: list(document, "speakers")
            .iter()
            .map(|speaker| Speaker {
                id: string(speaker, "id"),
                name: string(speaker, "name"),
                role: string(speaker, "role"),
                source: number(speaker, "source"),
            })
            .collect(),
        programme: list(document, "programme")
            .iter()
            .map(|day| Day {
                date: event_date(field(day, "date")),
                items: cited_list(day, "items"),
            })
            .collect(),
        quotes: list(document, "quotes")
            .iter()
            .map(|quote| Quote {
                id: string(quote, "id"),
                speaker: string(quote, "speaker"),
                kind: if string(quote, "kind") == "paraphrase" {
                    QuoteKind::Paraphrase
                } else {
                    QuoteKind::Quote
                },
                text: string(quote, "text"),
                source: number(quote, "source"),
            })
            .collect(),
        organiser: cited_field(document, "organiser"),
        chair: field(document, "chair").map(cited),
        funders: cited_list(document, "funders"),
        source: Source {
            title: string(source, "title"),
            date: string(source, "date"),
            url: field(source, "url").map(|_| string(source, "url")),
            paragraphs: list(source, "paragraphs")
                .iter()
                .map(|paragraph| match paragraph {
                    Json::String(text) => text.clone(),
                    _ => String::new(),
                })
                .collect(),
        },
    }
}
