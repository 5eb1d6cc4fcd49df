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
                // Complete drafts: correct of all releases; nothing drafted
                // that could be wrong.
                None => Tally {
                    expected: score.releases.len(),
                    drafted: score.complete(),
                    correct: score.complete(),
                },
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
