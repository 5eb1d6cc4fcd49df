//! The accuracy the tests hold each part at (`floors.json` in the corpus):
//! per part and field, the least number of correct items and the least
//! precision and recall, in per cent. A part or field without floors is
//! not held; `complete` counts complete drafts (`correct`) and their share
//! of the releases (`recall`).
//!
//! ```json
//! { "tuning": { "quotes": { "correct": 40, "precision": 97.5, "recall": 90.0 },
//!               "complete": { "correct": 3 } } }
//! ```

use std::path::Path;

use conference_summary_model::{parse_json, Json};

use super::corpus::{CorpusError, Part};
use super::field::{Field, Tally};
use super::report::PartScore;

/// The name `floors.json` gives the complete drafts.
pub const COMPLETE: &str = "complete";

/// The floors of one field; each one absent is not held.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Floor {
    /// Least number of correct items.
    pub correct: Option<usize>,
    /// Least precision, per cent.
    pub precision: Option<f64>,
    /// Least recall, per cent.
    pub recall: Option<f64>,
}

/// Every part's floors, as `floors.json` gives them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Floors {
    /// (part, field name, floor); field names as [`Field::name`] or
    /// [`COMPLETE`].
    pub entries: Vec<(Part, String, Floor)>,
}

/// Reads `floors.json`, or says which file and key are wrong.
pub fn read_floors(path: &Path) -> Result<Floors, CorpusError> {
    let error = |problem: String| CorpusError {
        path: path.to_path_buf(),
        problem,
    };
    let text = std::fs::read_to_string(path)
        .map_err(|problem| error(format!("cannot read it: {problem}")))?;
    let root = parse_json(&text).map_err(|problem| error(problem.to_string()))?;
    let Json::Object(parts) = &root else {
        return Err(error("expected an object of parts".to_string()));
    };
    let mut floors = Floors::default();
    for (part_name, fields) in parts {
        let part = Part::ALL
            .into_iter()
            .find(|part| part.name() == part_name)
            .ok_or_else(|| error(format!("key `{part_name}`: not a part (tuning, held-out)")))?;
        let Json::Object(fields) = fields else {
            return Err(error(format!(
                "key `{part_name}`: expected an object of fields"
            )));
        };
        for (field_name, limits) in fields {
            let key = format!("{part_name}.{field_name}");
            let known =
                field_name == COMPLETE || Field::ALL.iter().any(|field| field.name() == field_name);
            if !known {
                return Err(error(format!("key `{key}`: not a field the scorer counts")));
            }
            let number = |name: &str| -> Result<Option<f64>, CorpusError> {
                match limits.member(name) {
                    None => Ok(None),
                    Some(Json::Number(number)) if *number >= 0.0 => Ok(Some(*number)),
                    Some(other) => Err(error(format!(
                        "key `{key}.{name}`: expected a number from 0, found {}",
                        other.kind()
                    ))),
                }
            };
            let Json::Object(_) = limits else {
                return Err(error(format!("key `{key}`: expected an object")));
            };
            let floor = Floor {
                correct: number("correct")?.map(|count| count as usize),
                precision: number("precision")?,
                recall: number("recall")?,
            };
            floors.entries.push((part, field_name.clone(), floor));
        }
    }
    Ok(floors)
}

impl Floors {
    /// Every floor of `score`'s part that it falls below, in words naming
    /// the part, the field and the figures; empty when it holds them all.
    pub fn regressions(&self, score: &PartScore) -> Vec<String> {
        let mut out = Vec::new();
        for (part, name, floor) in &self.entries {
            if *part != score.part {
                continue;
            }
            let tally = match Field::ALL.iter().find(|field| field.name() == name) {
                Some(field) => score.total(*field),
                None => complete_tally(score),
            };
            let figures = format!(
                "{} correct, {} drafted, {} expected",
                tally.correct, tally.drafted, tally.expected
            );
            let part = part.name();
            if let Some(least) = floor.correct.filter(|least| tally.correct < *least) {
                out.push(format!(
                    "{part} {name}: {} correct, below the floor of {least} ({figures})",
                    tally.correct
                ));
            }
            for (measure, least, share) in [
                ("precision", floor.precision, tally.precision()),
                ("recall", floor.recall, tally.recall()),
            ] {
                // Floors are written to one decimal, as the table prints.
                if let (Some(least), Some(share)) = (least, share) {
                    if share + 0.05 < least {
                        out.push(format!(
                            "{part} {name}: {measure} {share:.1} %, below the floor of {least:.1} % ({figures})"
                        ));
                    }
                }
            }
        }
        out
    }
}

/// The floors `scores` would set, as `floors.json` text: each field's
/// correct count, precision and recall (rounded down to one decimal, as
/// the check allows), and the complete drafts.
pub fn measured_floors(scores: &[PartScore]) -> String {
    let number = |value: f64| Json::Number(value);
    let percent = |share: Option<f64>| share.map(|share| number((share * 10.0).floor() / 10.0));
    let floor = |tally: Tally| {
        let mut members = vec![("correct".to_string(), number(tally.correct as f64))];
        for (name, share) in [("precision", tally.precision()), ("recall", tally.recall())] {
            if let Some(share) = percent(share) {
                members.push((name.to_string(), share));
            }
        }
        Json::Object(members)
    };
    let parts = scores
        .iter()
        .map(|score| {
            let mut fields: Vec<(String, Json)> = Field::ALL
                .iter()
                .map(|field| (field.name().to_string(), floor(score.total(*field))))
                .collect();
            fields.push((COMPLETE.to_string(), floor(complete_tally(score))));
            (score.part.name().to_string(), Json::Object(fields))
        })
        .collect();
    Json::Object(parts).to_pretty()
}

/// Complete drafts as a tally: correct of all releases, nothing drafted
/// that could be wrong.
fn complete_tally(score: &PartScore) -> Tally {
    Tally {
        expected: score.releases.len(),
        drafted: score.complete(),
        correct: score.complete(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{parse_expected, score_part, Release};
    use super::*;

    fn scored() -> PartScore {
        let expected = parse_expected(
            r#"{ "style": "", "dateline": { "place": "Tallinn", "date": "2025-03-03" },
                 "dates": { "start": "2025-03-03", "end": null }, "focus": null,
                 "organiser": null, "funders": [], "participants": [], "speakers": [],
                 "quotes": [], "programme": [] }"#,
        );
        let release = Release {
            name: "01-forum".to_string(),
            text: "Forum opens\n\nTALLINN, 3 March 2025 – A forum on online safety opened in Tallinn today.".to_string(),
            expected: expected.unwrap_or_else(|error| panic!("{error}")),
        };
        score_part(Part::Tuning, &[release])
    }

    #[test]
    fn a_part_below_a_floor_is_named_with_its_field_and_figures() {
        let score = scored();
        assert_eq!(score.total(Field::Dateline).correct, 1);
        let floor = |correct, recall| Floor {
            correct,
            precision: None,
            recall,
        };
        let floors = Floors {
            entries: vec![
                (
                    Part::Tuning,
                    "dateline".to_string(),
                    floor(Some(1), Some(100.0)),
                ),
                (Part::Tuning, "start".to_string(), floor(Some(2), None)),
                (Part::Tuning, COMPLETE.to_string(), floor(None, Some(100.0))),
                (Part::HeldOut, "dateline".to_string(), floor(Some(9), None)),
            ],
        };
        let regressions = floors.regressions(&score);
        assert_eq!(regressions.len(), 2, "{regressions:?}");
        assert!(regressions[0].starts_with("tuning start: 1 correct, below the floor of 2"));
        assert!(
            regressions[1].starts_with("tuning complete: recall 0.0 %, below the floor of 100.0 %")
        );
    }

    #[test]
    fn measured_floors_hold() {
        let score = scored();
        let path = std::env::temp_dir().join(format!("floors-{}.json", std::process::id()));
        let written = std::fs::write(&path, measured_floors(std::slice::from_ref(&score)));
        assert!(written.is_ok());
        let floors = read_floors(&path);
        let _ = std::fs::remove_file(&path);
        let floors = floors.unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(floors.entries.len(), Field::ALL.len() + 1);
        assert_eq!(floors.regressions(&score), Vec::<String>::new());
    }
}
