//! Whether a release and its expectations keep the corpus's contract
//! (`tests/draft-corpus/README.md`): the fictional notice closes the
//! release, every expected text stands in the release in its own words,
//! every quote in its paragraph, every date is a real ISO date. A slip in
//! hand-written expectations would otherwise count against the draft.

use conference_summary_model::IsoDate;

use super::corpus::Release;
use super::matching::{normalise, Alternatives};

/// The paragraph every release ends with.
pub const FICTIONAL_NOTICE: &str = "This release is fictional, written for the tests of conference-summary; the event, people and organisations in it do not exist.";

/// Where `release` breaks the contract, each naming the key (but not
/// quoting the held-out text); `paragraphs` are the release's paragraphs as
/// the draft splits them.
pub fn contract_problems(release: &Release, paragraphs: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    if paragraphs.last().map(String::as_str) != Some(FICTIONAL_NOTICE) {
        problems.push("the last paragraph is not the fictional notice".to_string());
    }
    let collapse = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let whole = collapse(&release.text);
    let lower = whole.to_lowercase();
    let mut in_release = |key: String, alternatives: &Alternatives| {
        for (index, text) in alternatives.0.iter().enumerate() {
            // The dateline's place may be in capitals: its case is ignored.
            let stands = if key == "dateline.place" {
                lower.contains(&collapse(text).to_lowercase())
            } else {
                whole.contains(&collapse(text))
            };
            if !stands {
                problems.push(format!(
                    "{key} (alternative {index}) is not in the release's words"
                ));
            }
        }
    };
    let expected = &release.expected;
    if let Some(dateline) = &expected.dateline {
        in_release("dateline.place".to_string(), &dateline.place);
    }
    if let Some(focus) = &expected.focus {
        in_release("focus".to_string(), focus);
    }
    if let Some(organiser) = &expected.organiser {
        in_release("organiser".to_string(), organiser);
    }
    for (list, entries) in [
        ("funders", &expected.funders),
        ("participants", &expected.participants),
    ] {
        for (index, entry) in entries.iter().enumerate() {
            in_release(format!("{list}[{index}]"), entry);
        }
    }
    for (index, speaker) in expected.speakers.iter().enumerate() {
        in_release(format!("speakers[{index}].name"), &speaker.name);
        if let Some(role) = &speaker.role {
            in_release(format!("speakers[{index}].role"), role);
        }
    }
    for (index, quote) in expected.quotes.iter().enumerate() {
        let stands = paragraphs
            .get(quote.paragraph.wrapping_sub(1))
            .is_some_and(|paragraph| collapse(paragraph).contains(&collapse(&quote.text)));
        if !stands {
            problems.push(format!(
                "quotes[{index}].text is not in paragraph {}",
                quote.paragraph
            ));
        }
        let named = quote.speaker.as_ref().is_none_or(|name| {
            expected.speakers.iter().any(|speaker| {
                speaker
                    .name
                    .0
                    .iter()
                    .any(|alternative| normalise(alternative) == normalise(name))
            })
        });
        if !named {
            problems.push(format!(
                "quotes[{index}].speaker is not one of the speakers' names"
            ));
        }
    }
    let dates = [
        (
            "dateline.date",
            expected.dateline.as_ref().map(|line| &line.date),
        ),
        ("dates.start", expected.start.as_ref()),
        ("dates.end", expected.end.as_ref()),
    ];
    let programme = expected
        .programme
        .iter()
        .map(|day| ("programme", Some(day)));
    for (key, date) in dates.into_iter().chain(programme) {
        if date.is_some_and(|date| IsoDate::parse(date).is_none()) {
            problems.push(format!("{key} is not a YYYY-MM-DD date"));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::super::parse_expected;
    use super::*;

    #[test]
    fn names_each_break_by_its_key() {
        let expected = parse_expected(
            r#"{ "style": "", "dateline": { "place": "Tallinn", "date": "2025-02-30" },
                 "dates": { "start": null, "end": null }, "focus": ["online safety", "safety online"],
                 "organiser": null, "funders": [], "participants": [],
                 "speakers": [{ "name": "Mari Tamm", "role": null }],
                 "quotes": [{ "text": "Act now", "paragraph": 1, "speaker": "Jaan Tamm" }],
                 "programme": [] }"#,
        );
        let release = Release {
            name: "01-forum".to_string(),
            text: "Forum\n\nTALLINN, 3 March 2025 – A forum on online safety.".to_string(),
            expected: expected.unwrap_or_else(|error| panic!("{error}")),
        };
        let paragraphs = vec!["TALLINN, 3 March 2025 – A forum on online safety.".to_string()];
        assert_eq!(
            contract_problems(&release, &paragraphs),
            [
                "the last paragraph is not the fictional notice",
                "focus (alternative 1) is not in the release's words",
                "speakers[0].name (alternative 0) is not in the release's words",
                "quotes[0].text is not in paragraph 1",
                "quotes[0].speaker is not one of the speakers' names",
                "dateline.date is not a YYYY-MM-DD date",
            ]
        );
    }
}
