//! The built-in summary against the press release it was written from, and
//! validation errors for broken summaries. Native only: `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use conference_summary_model::{
    check_shape, parse_json, parse_summary, validate, words_of, Json, QuoteKind, Summary,
    ValidationError, DEFAULT_SUMMARY_JSON,
};
use serde_json::Value;

const RELEASE: &str = include_str!("../../../assets/press-release-2007-09-20.txt");

fn release_lines() -> Vec<&'static str> {
    RELEASE
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect()
}

fn default_summary() -> Summary {
    match parse_summary(DEFAULT_SUMMARY_JSON) {
        Ok(summary) => summary,
        Err(errors) => panic!("assets/summary.json does not parse: {errors:?}"),
    }
}

/// A summary's JSON as a tree to mutate.
fn json_of(text: &str) -> Value {
    match serde_json::from_str(text) {
        Ok(json) => json,
        Err(error) => panic!("{error}"),
    }
}

/// What validation says of a mutated summary, its shape not checked first.
fn errors_of(json: &Value) -> Vec<String> {
    let summary = match parse_json(&json.to_string()) {
        Ok(document) => Summary::from_checked_json(&document),
        Err(error) => panic!("mutated summary should still parse: {error}"),
    };
    validate(&summary)
        .iter()
        .map(ValidationError::to_string)
        .collect()
}

#[test]
fn the_asset_is_the_shared_press_release() {
    let shared = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/press-release-2007-09-20.txt"
    ));
    // CI lays shared/ beside the clone; elsewhere the copy in assets/ stands alone.
    if let Ok(shared) = shared {
        assert_eq!(shared, RELEASE);
    }
}

/// The built-in summary is valid, in shape (`default_summary` parses it) and
/// meaning: the browser takes this test's word for both
/// (`Summary::from_checked_json`).
#[test]
fn default_summary_is_valid() {
    let errors = validate(&default_summary());
    assert!(errors.is_empty(), "{errors:#?}");
}

/// What the browser builds from the built-in summary, unchecked, is what
/// the full parser (size, shape, meaning) makes of it.
#[test]
fn default_summary_builds_unchecked_as_checked() {
    let document: Json = match parse_json(DEFAULT_SUMMARY_JSON) {
        Ok(document) => document,
        Err(error) => panic!("assets/summary.json does not parse: {error}"),
    };
    assert!(check_shape(&document).is_empty());
    assert_eq!(
        parse_summary(DEFAULT_SUMMARY_JSON),
        Ok(Summary::from_checked_json(&document))
    );
}

#[test]
fn source_is_the_release_paragraph_for_paragraph() {
    let summary = default_summary();
    let lines = release_lines();
    assert_eq!(summary.source.title, lines[0]);
    assert_eq!(summary.headline, lines[0]);
    assert_eq!(summary.source.paragraphs, lines[1..]);
}

#[test]
fn every_quote_occurs_verbatim_in_the_release() {
    let summary = default_summary();
    for quote in &summary.quotes {
        assert!(
            RELEASE.contains(&quote.text),
            "{} not in the release",
            quote.id
        );
        let paragraph = release_lines()[quote.source];
        assert!(
            paragraph.contains(&quote.text),
            "{} not in paragraph {}",
            quote.id,
            quote.source
        );
    }
}

/// Walks the JSON itself, not the Rust types, so that a field the types
/// forgot to check is still caught: every object with a `source` number must
/// cite a paragraph that holds each word of its text fields.
#[test]
fn every_paragraph_reference_holds_the_items_words() {
    let json = json_of(DEFAULT_SUMMARY_JSON);
    let lines = release_lines();
    let mut checked = 0;
    let mut stack = vec![("$".to_string(), &json)];
    while let Some((path, value)) = stack.pop() {
        match value {
            Value::Object(object) => {
                if let Some(number) = object.get("source").and_then(Value::as_u64) {
                    let paragraph = lines[number as usize];
                    let known: Vec<String> = words_of(paragraph);
                    for key in ["text", "name", "role", "place"] {
                        let Some(text) = object.get(key).and_then(Value::as_str) else {
                            continue;
                        };
                        for word in words_of(text) {
                            assert!(
                                known.contains(&word),
                                "{path}.{key}: {word:?} not in paragraph {number}"
                            );
                        }
                        checked += 1;
                    }
                }
                for (key, child) in object {
                    stack.push((format!("{path}.{key}"), child));
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    stack.push((format!("{path}[{index}]"), child));
                }
            }
            _ => {}
        }
    }
    assert!(checked >= 30, "only {checked} cited items found");
}

#[test]
fn summary_holds_the_facts_of_the_release() {
    let summary = default_summary();
    assert_eq!(summary.lang, "en");
    assert_eq!(
        (
            summary.dateline.place.as_str(),
            summary.dateline.date.as_str()
        ),
        ("Vienna", "2007-09-20")
    );
    assert_eq!(summary.dates.start.date, "2007-09-20");
    assert_eq!(summary.dates.end.date, "2007-09-21");
    assert!(summary.dates.end.text.contains("Friday"));
    assert!(summary
        .focus
        .text
        .contains("sexual exploitation of children over the Internet"));

    let texts = |items: &[conference_summary_model::Text]| -> Vec<String> {
        items.iter().map(|item| item.text.clone()).collect()
    };
    assert_eq!(
        texts(&summary.funders),
        ["Spain", "France", "the United States", "Belgium"]
    );
    assert_eq!(
        texts(&summary.participants),
        [
            "law enforcement officials",
            "international organizations",
            "civil society",
            "the business community"
        ]
    );
    assert_eq!(summary.aims.len(), 5);
    assert!(summary.aims[4].text.contains("free of charge"));
    assert_eq!(summary.organiser.text, "OSCE Strategic Police Matters Unit");
    assert_eq!(
        summary.chair.as_ref().map(|chair| chair.text.as_str()),
        Some("Spanish OSCE Chairman-in-Office")
    );

    let carty = summary
        .speaker("kevin-carty")
        .map(|s| (s.name.as_str(), s.role.as_str()));
    assert_eq!(
        carty,
        Some((
            "Kevin Carty",
            "Senior Police Adviser to the OSCE Secretary General"
        ))
    );
    let perez = summary
        .speaker("arturo-perez")
        .map(|s| (s.name.as_str(), s.role.as_str()));
    assert_eq!(
        perez,
        Some((
            "Arturo Perez",
            "Deputy Head of the Spanish delegation to the OSCE, speaking on behalf of the Spanish OSCE Chairman-in-Office"
        ))
    );

    let by = |speaker: &str, kind: QuoteKind| {
        summary
            .quotes
            .iter()
            .filter(|q| q.speaker == speaker && q.kind == kind)
            .count()
    };
    assert_eq!(by("kevin-carty", QuoteKind::Quote), 4);
    assert_eq!(by("kevin-carty", QuoteKind::Paraphrase), 1);
    assert_eq!(by("arturo-perez", QuoteKind::Quote), 1);

    let friday = &summary.programme[1];
    assert_eq!(friday.date.date, "2007-09-21");
    let friday_text = texts(&friday.items).join(" ");
    for name in [
        "Austria",
        "Belgium",
        "Russia",
        "Microsoft",
        "VISA",
        "Internet Service Providers",
        "hotline operators",
        "specialized NGOs",
        "private sector",
    ] {
        assert!(friday_text.contains(name), "Friday programme lacks {name}");
    }
}

#[test]
fn every_quoted_passage_of_the_release_is_in_the_summary() {
    // The passages between quotation marks, including Perez's, whose opening
    // mark the release lacks: it starts after "added: ".
    let summary = default_summary();
    let mut passages: Vec<&str> = Vec::new();
    for line in release_lines() {
        let line = line.replace("added: This", "added: \"This");
        let pieces: Vec<&str> = line.split('"').collect();
        for passage in pieces.iter().skip(1).step_by(2) {
            let passage = passage.trim_end_matches(',').to_string();
            passages.push(Box::leak(passage.into_boxed_str()));
        }
    }
    assert_eq!(passages.len(), 5);
    for passage in passages {
        assert!(
            summary
                .quotes
                .iter()
                .any(|quote| quote.text == passage && quote.kind == QuoteKind::Quote),
            "missing quote: {passage}"
        );
    }
}

#[test]
fn validation_names_the_field_of_each_problem() {
    let mut json = json_of(DEFAULT_SUMMARY_JSON);
    json["quotes"][2]["speaker"] = "nobody".into();
    json["quotes"][0]["text"] = "Child pornography is a global crisis".into();
    json["quotes"][3]["id"] = "carty-global-crisis".into();
    json["funders"][1]["text"] = "Portugal".into();
    json["funders"][0]["source"] = 42.into();
    json["dates"]["end"]["date"] = "2007-09-19".into();
    json["programme"][0]["date"]["date"] = "2007-09-18".into();
    json["dateline"]["date"] = "20 September 2007".into();
    json["speakers"][1]["id"] = "Arturo Perez".into();
    json["headline"] = " ".into();
    json["lang"] = "english!".into();

    assert_eq!(
        errors_of(&json),
        [
            "lang: expected a language tag such as \"en\" or \"fr-CA\", found \"english!\"",
            "headline: expected text, found an empty string",
            "dateline.date: expected a date as YYYY-MM-DD, found \"20 September 2007\"",
            "dates.end: 2007-09-19 is before the start, 2007-09-20",
            "speakers[1].id: expected an id of lower-case letters, digits and \"-\", found \"Arturo Perez\"",
            "quotes[0].text: not found word for word in source paragraph 2",
            "quotes[2].speaker: no speaker has the id \"nobody\"",
            "quotes[3].id: the id \"carty-global-crisis\" is used twice",
            "quotes[5].speaker: no speaker has the id \"arturo-perez\"",
            "funders[0].source: expected a paragraph number from 1 to 9, found 42",
            "funders[1].text: source paragraph 9 does not contain \"portugal\"",
        ]
    );
}

#[test]
fn unknown_fields_are_refused_natively() {
    let mut json = json_of(DEFAULT_SUMMARY_JSON);
    json["quotes"][0]["speeker"] = "kevin-carty".into();
    let errors = parse_summary(&json.to_string()).err().unwrap_or_default();
    assert!(
        errors
            .iter()
            .any(|error| error.path == "quotes[0].speeker"
                && error.message.starts_with("unknown field")),
        "{errors:?}"
    );
}

/// The Japanese fixture: fictional, every item's characters in its paragraph.
const CJK_SUMMARY: &str = include_str!("../../../tests/fixtures/summary-cjk.ja.json");

#[test]
fn words_in_scripts_with_spaces_are_whole_words_marks_included() {
    // Greek, lower-cased with its final sigma.
    assert_eq!(
        words_of("Η ΟΔΟΣ της Αθήνας."),
        ["η", "οδος", "της", "αθήνας"]
    );
    assert_eq!(
        words_of("Сотрудничество — ключ к успеху, сказала Мария."),
        ["сотрудничество", "ключ", "к", "успеху", "сказала", "мария"]
    );
    // Hindi: a virama (U+094D) and a nukta (U+093C) stay inside their words.
    assert_eq!(
        words_of("नमस्ते, सहयोग ज\u{93c}रूरी है।"),
        ["नमस्ते", "सहयोग", "ज\u{93c}रूरी", "है"]
    );
    // Arabic, with its vowel marks and its comma.
    assert_eq!(
        words_of("قالت مريم، «المُؤْتَمَرُ مفتاح النجاح»."),
        ["قالت", "مريم", "المُؤْتَمَرُ", "مفتاح", "النجاح"]
    );
}

#[test]
fn words_split_at_apostrophes_and_other_in_word_punctuation() {
    assert_eq!(
        words_of("l'Europe, l’Europe"),
        ["l", "europe", "l", "europe"]
    );
    assert_eq!(
        words_of("OSCEʼs co-operation"),
        ["osce", "s", "co", "operation"]
    );
    assert_eq!(
        words_of("3.14 or 1,000 e.g."),
        ["3", "14", "or", "1", "000", "e", "g"]
    );
    assert_eq!(words_of("snake_case a:b"), ["snake", "case", "a", "b"]);
}

#[test]
fn words_in_scripts_without_spaces_are_characters() {
    assert_eq!(
        words_of("国际合作很重要。"),
        ["国", "际", "合", "作", "很", "重", "要"]
    );
    assert_eq!(
        words_of("東京で2030年、ベータ社々"),
        ["東", "京", "で", "2030", "年", "ベ", "ー", "タ", "社", "々"]
    );
    assert_eq!(words_of("OSCEの会議"), ["osce", "の", "会", "議"]);
    // Thai, each code point (its vowel marks too); its digits stay a number.
    assert_eq!(
        words_of("ประชุม ๒๕๗๓"),
        ["ป", "ร", "ะ", "ช", "ุ", "ม", "๒๕๗๓"]
    );
}

#[test]
fn a_chinese_item_inside_a_sentence_passes_and_a_foreign_character_is_named() {
    let paragraph = words_of("各国专家在维也纳讨论如何保护儿童免受网络剥削。");
    let missing = |item: &str| -> Vec<String> {
        words_of(item)
            .into_iter()
            .filter(|word| !paragraph.contains(word))
            .collect()
    };
    assert!(missing("保护儿童").is_empty());
    assert!(missing("维也纳").is_empty());
    assert_eq!(missing("保护妇女"), ["妇", "女"]);
}

#[test]
fn the_japanese_fixture_is_valid_and_its_words_are_checked_per_character() {
    let summary = match parse_summary(CJK_SUMMARY) {
        Ok(summary) => summary,
        Err(errors) => panic!("{errors:?}"),
    };
    assert_eq!(summary.lang, "ja");
    let mut json = json_of(CJK_SUMMARY);
    let mut errors = |focus: &str| -> Vec<String> {
        json["focus"]["text"] = focus.into();
        match parse_summary(&json.to_string()) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    };
    // A part of a sentence, no spaces around it: its characters are all there.
    assert_eq!(errors("子どもの保護"), Vec::<String>::new());
    // 教 and 育 are nowhere in paragraph 1.
    assert_eq!(
        errors("子どもの教育"),
        ["focus.text: source paragraph 1 does not contain \"教\", \"育\""]
    );
}
