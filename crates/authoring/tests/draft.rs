//! The draft module against the OSCE release (its draft approaches the
//! built-in summary written by hand from it), a fictional release of another
//! shape, and text that is not a release at all. Native only: `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use conference_summary_authoring::draft::{draft, Draft};
use conference_summary_model::{parse_summary, DEFAULT_SUMMARY_JSON};
use proptest::prelude::*;
use serde_json::Value;

const RELEASE: &str = include_str!("../../../assets/press-release-2007-09-20.txt");
const FICTIONAL: &str = include_str!("../../../tests/fixtures/fictional-release.txt");

fn built_in() -> Value {
    match serde_json::from_str(DEFAULT_SUMMARY_JSON) {
        Ok(summary) => summary,
        Err(error) => panic!("assets/summary.json does not parse: {error}"),
    }
}

fn list<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value[key].as_array().map_or(&[], Vec::as_slice)
}

/// The draft as the `draft` command prints it, blanks left out, as a tree.
fn printed(drafted: &Draft) -> Value {
    match serde_json::from_str(&drafted.to_json()) {
        Ok(value) => value,
        Err(error) => panic!("the draft is not JSON: {error}"),
    }
}

/// The errors `validate` finds in the draft; empty when it passes.
fn validation_errors(drafted: &Draft) -> Vec<String> {
    match parse_summary(&drafted.to_json()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// The name of the speaker whose id `quote` names.
fn speaker_name<'a>(summary: &'a Value, quote: &Value) -> Option<&'a str> {
    list(summary, "speakers")
        .iter()
        .find(|speaker| speaker["id"] == quote["speaker"])
        .and_then(|speaker| speaker["name"].as_str())
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every finding lies on character boundaries inside its paragraph, and its
/// text is the value at its path, white space collapsed (the place
/// case-insensitively: the draft title-cases "VIENNA").
fn check_findings(drafted: &Draft) -> Result<(), String> {
    let summary = printed(drafted);
    let paragraphs = list(&summary["source"], "paragraphs");
    for finding in &drafted.findings {
        let paragraph = finding
            .paragraph
            .checked_sub(1)
            .and_then(|index| paragraphs.get(index))
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{finding:?}: no such paragraph"))?;
        let found = paragraph
            .get(finding.start..finding.end)
            .filter(|_| finding.start <= finding.end)
            .ok_or_else(|| format!("{finding:?}: not a range of characters of {paragraph:?}"))?;
        let pointer = format!(
            "/{}",
            finding.path.replace(['.', '['], "/").replace(']', "")
        );
        let value = summary
            .pointer(&pointer)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{finding:?}: no text at {pointer}"))?;
        let same = if finding.path == "dateline.place" {
            found.to_lowercase() == value.to_lowercase()
        } else {
            collapse(found) == collapse(value)
        };
        if !same {
            return Err(format!("{finding:?}: {found:?} is not {value:?}"));
        }
    }
    Ok(())
}

#[test]
fn the_osce_draft_has_the_built_in_paragraphs_headline_and_dateline() {
    let drafted = draft(RELEASE);
    let summary = &printed(&drafted);
    let expected = built_in();
    assert_eq!(
        summary["source"]["paragraphs"],
        expected["source"]["paragraphs"]
    );
    assert_eq!(summary["source"]["title"], expected["source"]["title"]);
    assert_eq!(summary["source"]["date"], expected["source"]["date"]);
    assert_eq!(summary["headline"], expected["headline"]);
    assert_eq!(summary["dateline"], expected["dateline"]);
    assert_eq!(summary["lang"], "en");
}

#[test]
fn the_osce_draft_finds_every_built_in_quote_and_speaker() {
    let drafted = draft(RELEASE);
    let summary = &printed(&drafted);
    let expected = built_in();
    for quote in list(&expected, "quotes") {
        let found = list(summary, "quotes").iter().find(|candidate| {
            candidate["kind"] == quote["kind"]
                && candidate["text"] == quote["text"]
                && candidate["source"] == quote["source"]
        });
        let Some(found) = found else {
            panic!("quote {} not drafted", quote["id"]);
        };
        assert_eq!(
            speaker_name(summary, found),
            speaker_name(&expected, quote),
            "speaker of {}",
            quote["id"]
        );
    }
    assert_eq!(
        list(summary, "quotes").len(),
        list(&expected, "quotes").len()
    );
    for speaker in list(&expected, "speakers") {
        let found = list(summary, "speakers")
            .iter()
            .find(|candidate| candidate["name"] == speaker["name"]);
        let Some(found) = found else {
            panic!("speaker {} not drafted", speaker["name"]);
        };
        assert_eq!(found["role"], speaker["role"]);
        assert_eq!(found["source"], speaker["source"]);
        assert_eq!(found["id"], speaker["id"]);
    }
}

#[test]
fn the_osce_draft_finds_dates_organiser_chair_funders_focus_and_lists() {
    let drafted = draft(RELEASE);
    let summary = &printed(&drafted);
    let expected = built_in();
    for key in [
        "dates",
        "organiser",
        "chair",
        "funders",
        "focus",
        "aims",
        "participants",
    ] {
        assert_eq!(summary[key], expected[key], "{key}");
    }
    // The programme has the built-in days; items are verbatim clauses.
    let days = list(summary, "programme");
    let expected_days = list(&expected, "programme");
    assert_eq!(days.len(), expected_days.len());
    for (day, expected_day) in days.iter().zip(expected_days) {
        assert_eq!(day["date"], expected_day["date"]);
    }
    assert_eq!(list(&days[1], "items").len(), 3);
}

#[test]
fn the_osce_draft_validates_with_nothing_missing() {
    let drafted = draft(RELEASE);
    assert_eq!(validation_errors(&drafted), Vec::<String>::new());
    assert_eq!(drafted.missing, []);
    assert_eq!(check_findings(&drafted), Ok(()));
    assert!(drafted.findings.iter().any(|f| f.path == "quotes[5].text"));
    assert!(drafted
        .findings
        .iter()
        .any(|f| f.path == "speakers[1].role"));
}

#[test]
fn the_json_text_has_the_keys_in_the_order_of_the_built_in_summary() {
    let text = draft(RELEASE).to_json();
    let keys = [
        "\"lang\"",
        "\"headline\"",
        "\"dateline\"",
        "\"dates\"",
        "\"focus\"",
        "\"aims\"",
        "\"participants\"",
        "\"speakers\"",
        "\"programme\"",
        "\"quotes\"",
        "\"organiser\"",
        "\"chair\"",
        "\"funders\"",
        "\"source\": {",
    ];
    let positions: Vec<Option<usize>> = keys.iter().map(|key| text.find(key)).collect();
    assert!(positions.iter().all(Option::is_some), "{positions:?}");
    assert!(positions.windows(2).all(|pair| pair[0] < pair[1]), "{text}");
    assert!(text.starts_with("{\n  \"lang\": \"en\",\n  \"headline\""));
    let reparsed: Result<Value, _> = serde_json::from_str(&text);
    assert_eq!(reparsed.ok(), Some(printed(&draft(RELEASE))));
}

/// (kind, text, paragraph, speaker name) of each drafted quote.
fn quotes_of(summary: &Value) -> Vec<(String, String, u64, Option<String>)> {
    list(summary, "quotes")
        .iter()
        .map(|quote| {
            (
                quote["kind"].as_str().unwrap_or("").to_string(),
                quote["text"].as_str().unwrap_or("").to_string(),
                quote["source"].as_u64().unwrap_or(0),
                speaker_name(summary, quote).map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn the_fictional_release_is_drafted_from_its_own_shape() {
    let drafted = draft(FICTIONAL);
    let summary = &printed(&drafted);
    let paragraphs = list(&summary["source"], "paragraphs");
    assert_eq!(paragraphs.len(), 10);
    assert!(paragraphs
        .iter()
        .all(|p| !p.as_str().unwrap_or("\n").contains('\n')));
    assert!(summary["headline"]
        .as_str()
        .is_some_and(|headline| headline.starts_with("FICTIONAL TEST FIXTURE")));
    assert_eq!(
        summary["dateline"],
        serde_json::json!({ "place": "Tallinn", "date": "2025-03-03", "source": 1 })
    );

    let maria = Some("Maria Example".to_string());
    let jaan = Some("Jaan Testimees".to_string());
    let quote = |kind: &str, text: &str, source: u64, who: &Option<String>| {
        (kind.to_string(), text.to_string(), source, who.clone())
    };
    assert_eq!(
        quotes_of(summary),
        [
            // “…,” said Maria Example, ROLE. “…”: two passages, one speaker.
            quote("quote", "Reports of online abuse reach us faster than ever", 3, &maria),
            quote(
                "quote",
                "What we still lack is a common way to act on them within hours, not weeks.",
                3,
                &maria
            ),
            // « … », she said.
            quote(
                "quote",
                "Every service used by children should make reporting simple and visible",
                4,
                &maria
            ),
            // NAME, ROLE, said: „…“
            quote(
                "quote",
                "Cases cross borders in minutes, so our co-operation has to be just as fast.",
                5,
                &jaan
            ),
            quote(
                "paraphrase",
                "Common reporting standards would help smaller services that cannot afford their own review teams",
                6,
                &jaan
            ),
        ]
    );

    let speakers = list(summary, "speakers");
    assert_eq!(speakers.len(), 2);
    assert_eq!(speakers[0]["id"], "maria-example");
    assert_eq!(
        speakers[0]["role"],
        "Director of the Example Institute for Child Safety"
    );
    assert_eq!(speakers[0]["source"], 3);
    assert_eq!(speakers[1]["id"], "jaan-testimees");
    assert_eq!(
        speakers[1]["role"],
        "Head of the Online Safety Unit of the Example Police Board"
    );
    assert_eq!(speakers[1]["source"], 5);

    let funders: Vec<&str> = list(summary, "funders")
        .iter()
        .filter_map(|funder| funder["text"].as_str())
        .collect();
    assert_eq!(
        funders,
        [
            "the Example Ministry of Social Affairs",
            "the Nordic Example Foundation",
            "the Tallinn Example Trust"
        ]
    );
    assert_eq!(
        summary["organiser"]["text"],
        "Baltic Example Network for Child Online Safety"
    );
    assert_eq!(
        summary["dates"]["start"],
        serde_json::json!({ "date": "2025-03-03", "text": "3 March 2025", "source": 1 })
    );
    assert_eq!(
        summary["dates"]["end"],
        serde_json::json!({ "date": "2025-03-04", "text": "Tuesday, the final day of the forum", "source": 7 })
    );
    assert_eq!(list(summary, "programme").len(), 2);
    assert!(summary["focus"]["text"]
        .as_str()
        .is_some_and(|focus| focus.starts_with("how online platforms")));

    assert_eq!(drafted.missing, []);
    assert_eq!(validation_errors(&drafted), Vec::<String>::new());
    assert_eq!(check_findings(&drafted), Ok(()));
}

#[test]
fn a_release_without_dateline_or_quotes_lists_what_is_missing() {
    let drafted = draft(
        "A meeting on road safety\n\
         Experts from the region met to discuss road safety and the training of drivers.\n\
         The meeting was held in the town hall and will be followed by a report.\n",
    );
    let paths: Vec<&str> = drafted.missing.iter().map(|m| m.path.as_str()).collect();
    for path in [
        "dateline",
        "dates.start",
        "dates.end",
        "focus",
        "organiser",
        "source.date",
    ] {
        assert!(paths.contains(&path), "{path} not in {paths:?}");
    }
    assert!(!paths.contains(&"lang"), "{paths:?}");
    assert!(drafted.missing.iter().all(|m| !m.message.is_empty()));
    assert!(printed(&drafted).get("dateline").is_none());
    assert_eq!(printed(&drafted)["quotes"], serde_json::json!([]));
    assert!(!validation_errors(&drafted).is_empty());
}

#[test]
fn a_quote_without_a_speaker_is_drafted_and_reported() {
    let drafted = draft(
        "Title\n\nVIENNA, 1 June 2020 - The meeting began today.\n\n\
         Someone at the meeting was clear. \"We need to act on this now.\"\n",
    );
    let printed = printed(&drafted);
    let quotes = list(&printed, "quotes");
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0]["text"], "We need to act on this now.");
    assert!(quotes[0].get("speaker").is_none());
    assert!(drafted
        .missing
        .iter()
        .any(|m| m.path == "quotes[0].speaker"));
}

#[test]
fn other_datelines_date_ranges_and_attributions() {
    let drafted = draft(
        "Example workshop on data protection\n\
         GENEVA, September 20, 2007: A workshop on data protection will be held in Geneva from 20 to 22 September 2007.\n\
         According to Anna Muster, Head of the Example Office, the workshop will set common rules for schools.\n\
         'This is a real chance to set common rules,' said Anna Muster. 'We should use it.'\n\
         \"Data is a shared responsibility,\" Muster said.\n\
         Participants also heard from Zoë Ñúñez, who said: \"Protection starts with design.\"\n",
    );
    let summary = &printed(&drafted);
    assert_eq!(summary["dateline"]["date"], "2007-09-20");
    assert_eq!(summary["dateline"]["place"], "Geneva");
    assert_eq!(summary["dates"]["start"]["date"], "2007-09-20");
    assert_eq!(summary["dates"]["end"]["date"], "2007-09-22");
    assert_eq!(summary["dates"]["end"]["text"], "22 September 2007");
    let speakers = list(summary, "speakers");
    assert_eq!(speakers[0]["name"], "Anna Muster");
    assert_eq!(speakers[0]["role"], "Head of the Example Office");
    assert_eq!(speakers[1]["id"], "zoe-nunez");
    let muster = Some("Anna Muster".to_string());
    let nunez = Some("Zoë Ñúñez".to_string());
    let quote = |kind: &str, text: &str, source: u64, who: &Option<String>| {
        (kind.to_string(), text.to_string(), source, who.clone())
    };
    assert_eq!(
        quotes_of(summary),
        [
            quote(
                "paraphrase",
                "the workshop will set common rules for schools",
                2,
                &muster
            ),
            quote(
                "quote",
                "This is a real chance to set common rules",
                3,
                &muster
            ),
            quote("quote", "We should use it.", 3, &muster),
            quote("quote", "Data is a shared responsibility", 4, &muster),
            quote("quote", "Protection starts with design.", 5, &nunez),
        ]
    );
    assert!(drafted.missing.iter().any(|m| m.path == "speakers[1].role"));
    assert_eq!(check_findings(&drafted), Ok(()));
}

#[test]
fn garbage_never_panics() {
    for text in [
        "",
        "\n\n\r\n",
        "one line",
        "\u{0}\u{1}\u{fffd}\u{feff}",
        "Ti\ntle\n\"\n«\n„",
        "X\n, 1 January 2000 -",
        "X\nON FRIDAY, the final day\n\"a b c\", said",
        "X\nA, 29 February 2023 - began today",
        "X\né, 31 December 9999 - opened today. On Sunday, the final day, x y.",
        "\u{202e}ÿ\n“ ” « » ‚ ‘ ' ',' said, \"\" she said: ",
    ] {
        let drafted = draft(text);
        assert_eq!(check_findings(&drafted), Ok(()), "{text:?}");
        let _ = drafted.to_json();
    }
    assert!(draft("").missing.iter().any(|m| m.path == "headline"));
    // A dateline is looked for in the first 120 bytes: "é" straddles byte 120.
    let long = format!("X\n{}é, 1 May 2020 - began today.", "a".repeat(119));
    assert_eq!(check_findings(&draft(&long)), Ok(()));
}

const PIECES: [&str; 29] = [
    "from 3 to 5 March 2025",
    "According to Anna Muster, Head of X, ",
    ", who said: ",
    "VIENNA, ",
    "20 September 2007 - ",
    "2007-09-20 – ",
    "\"",
    "“",
    "”",
    "«",
    "»",
    "„",
    "'",
    " said Jane Doe, Director of X. ",
    " he said. ",
    ", added Doe.",
    "On Friday, the final day of the forum, ",
    "On 4 March, ",
    "began today. ",
    "is the focus of ",
    "brings together A as well as representatives from B, C and D to share E and review F. ",
    "organized by the Unit and funded by Spain, France and the United States.",
    "made possible by contributions from A and B.",
    "on behalf of the Chair, ",
    ": ",
    "\n",
    "\n\n",
    "é ü ß Ω 😀 ",
    "word ",
];

proptest! {
    #[test]
    fn any_text_gives_findings_on_character_boundaries(
        pieces in prop::collection::vec(prop::sample::select(&PIECES[..]), 0..40),
        noise in ".{0,40}",
    ) {
        let text = format!("{}{noise}", pieces.concat());
        let drafted = draft(&text);
        prop_assert_eq!(check_findings(&drafted), Ok(()));
        // Nothing missing means nothing left to fix.
        if drafted.missing.is_empty() {
            prop_assert_eq!(validation_errors(&drafted), Vec::<String>::new(), "{}", text);
        }
        let _ = drafted.to_json();
    }

    /// The fixture with pieces of the genre dropped into it: mostly
    /// drafts with nothing missing, which must then validate.
    #[test]
    fn a_draft_with_nothing_missing_validates(
        inserts in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), prop::sample::select(&PIECES[..])), 0..6),
        base in prop::sample::select(&[RELEASE, FICTIONAL][..]),
    ) {
        let mut text = base.to_string();
        for (at, line, piece) in inserts {
            let lines: Vec<usize> = text.match_indices('\n').map(|(i, _)| i + 1).collect();
            let place = if lines.is_empty() { 0 } else { lines[line.index(lines.len())] };
            let spaces: Vec<usize> = text[place..].match_indices(' ').map(|(i, _)| place + i + 1).take(30).collect();
            let place = if spaces.is_empty() { place } else { spaces[at.index(spaces.len())] };
            text.insert_str(place, piece);
        }
        let drafted = draft(&text);
        prop_assert_eq!(check_findings(&drafted), Ok(()));
        if drafted.missing.is_empty() {
            prop_assert_eq!(validation_errors(&drafted), Vec::<String>::new(), "{}", text);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let drafted = draft(&text);
        prop_assert_eq!(check_findings(&drafted), Ok(()));
    }
}
