//! The draft on the corpus of fictional releases (`tests/draft-corpus`):
//! every release keeps the corpus's contract, every quote the draft finds
//! stands letter for letter in its paragraph, each part holds the accuracy
//! recorded in `floors.json`, and the corpus keeps its size. Raise a floor after an improvement with
//! `draft-accuracy --part tuning --floors`.

use std::sync::OnceLock;

use conference_summary_model::QuoteKind;
use conference_summary_tools::draft_accuracy::{
    default_corpus, load_part, read_floors, score_part, Part, PartScore,
};

/// Each part that exists, drafted and scored once for all the tests.
fn scores() -> &'static [PartScore] {
    static SCORES: OnceLock<Vec<PartScore>> = OnceLock::new();
    SCORES.get_or_init(|| {
        Part::ALL
            .into_iter()
            .filter_map(|part| match load_part(&default_corpus(), part) {
                Ok(releases) => releases.map(|releases| score_part(part, &releases)),
                Err(error) => panic!("{error}"),
            })
            .collect()
    })
}

#[test]
fn the_corpus_has_sixteen_tuning_and_eight_held_out_releases() {
    let count = |part: Part| {
        scores()
            .iter()
            .find(|score| score.part == part)
            .map(|score| score.releases.len())
    };
    let tuning = count(Part::Tuning).unwrap_or(0);
    assert!(tuning >= 16, "{tuning} tuning releases, fewer than 16");
    // The held-out part is checked once its folder exists.
    if let Some(held_out) = count(Part::HeldOut) {
        assert!(held_out >= 8, "{held_out} held-out releases, fewer than 8");
    }
}

#[test]
fn every_release_keeps_the_corpus_contract() {
    // Only keys are named, so that a failure shows no held-out text.
    let problems: Vec<String> = scores()
        .iter()
        .flat_map(|score| {
            score.releases.iter().flat_map(move |release| {
                release.contract.iter().map(move |problem| {
                    format!("{}/{}: {problem}", score.part.name(), release.name)
                })
            })
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_drafted_quote_stands_letter_for_letter_in_its_paragraph() {
    let mut absent = Vec::new();
    let mut quotes = 0;
    for score in scores() {
        for release in &score.releases {
            let summary = &release.draft.summary;
            for quote in summary
                .quotes
                .iter()
                .filter(|quote| quote.kind == QuoteKind::Quote)
            {
                quotes += 1;
                let stands = !quote.text.is_empty()
                    && summary
                        .paragraph(quote.source)
                        .is_some_and(|paragraph| paragraph.contains(&quote.text));
                if !stands {
                    absent.push(format!(
                        "{}/{}: ¶{} “{}”",
                        score.part.name(),
                        release.name,
                        quote.source,
                        quote.text
                    ));
                }
            }
        }
    }
    assert!(quotes > 0, "the draft found no quote in the whole corpus");
    assert!(
        absent.is_empty(),
        "drafted quotes that are not in their paragraph:\n{}",
        absent.join("\n")
    );
}

#[test]
fn each_part_holds_its_floors() {
    let floors = match read_floors(&default_corpus().join("floors.json")) {
        Ok(floors) => floors,
        Err(error) => panic!("{error}"),
    };
    // A part without floors (the held-out part until they are measured)
    // holds none.
    let regressions: Vec<String> = scores()
        .iter()
        .flat_map(|score| floors.regressions(score))
        .collect();
    assert!(
        regressions.is_empty(),
        "the draft fell below its floors:\n{}",
        regressions.join("\n")
    );
}
