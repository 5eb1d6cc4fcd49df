//! A part's scores added up, and printed: the table of fields and, for
//! `--verbose`, each release's misses and wrong findings.

use std::fmt::Write;

use super::corpus::Part;
use super::field::{share, Field, Tally, COMPLETE_TARGET};
use super::score::{NoteKind, ReleaseScore};

/// The scores of every release of one part.
#[derive(Clone, Debug)]
pub struct PartScore {
    /// Which part.
    pub part: Part,
    /// Each release's score, in file-name order.
    pub releases: Vec<ReleaseScore>,
}

impl PartScore {
    /// The tally of `field` over the part's releases.
    pub fn total(&self, field: Field) -> Tally {
        self.releases
            .iter()
            .fold(Tally::default(), |sum, release| sum + release.tally(field))
    }

    /// How many drafts need nothing more.
    pub fn complete(&self) -> usize {
        self.releases
            .iter()
            .filter(|release| release.is_complete())
            .count()
    }

    /// Complete drafts of all releases, in per cent; `None` of no release.
    pub fn complete_share(&self) -> Option<f64> {
        share(self.complete(), self.releases.len())
    }

    /// The table of fields: expected, drafted, correct, precision and
    /// recall, and the held-out target where there is one; then the
    /// line of releases and complete drafts, and a warning for each break
    /// of the corpus's contract (naming keys, not quoting the text).
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Draft accuracy, {} part", self.part.name());
        let _ = writeln!(
            out,
            "{:<13} {:>8} {:>8} {:>8} {:>10} {:>8}   held-out target",
            "field", "expected", "drafted", "correct", "precision", "recall"
        );
        for field in Field::ALL {
            let tally = self.total(field);
            let target = field.target().map_or(String::new(), |target| {
                let verdict = if target.is_met_by(&tally) {
                    "met"
                } else {
                    "not met"
                };
                format!("{} ({verdict})", target.describe())
            });
            let row = format!(
                "{:<13} {:>8} {:>8} {:>8} {:>10} {:>8}   {target}",
                field.name(),
                tally.expected,
                tally.drafted,
                tally.correct,
                percent(tally.precision()),
                percent(tally.recall()),
            );
            let _ = writeln!(out, "{}", row.trim_end());
        }
        let complete = self.complete_share();
        let verdict = if complete.is_some_and(|share| share + 1e-9 >= COMPLETE_TARGET) {
            "met"
        } else {
            "not met"
        };
        let _ = writeln!(
            out,
            "releases: {}, complete drafts: {} ({}; held-out target ≥{COMPLETE_TARGET} %: {verdict})",
            self.releases.len(),
            self.complete(),
            percent(complete),
        );
        for release in &self.releases {
            for problem in &release.contract {
                let _ = writeln!(
                    out,
                    "warning: {}/{}: {problem}",
                    self.part.name(),
                    release.name
                );
            }
        }
        out
    }

    /// Each release's misses and wrong findings, and why a draft is not
    /// complete.
    pub fn details(&self) -> String {
        let mut out = String::new();
        for release in &self.releases {
            let complete = if release.is_complete() {
                "complete"
            } else {
                "not complete"
            };
            let _ = writeln!(out, "{}/{} ({complete})", self.part.name(), release.name);
            for note in &release.notes {
                let kind = match note.kind {
                    NoteKind::Miss => "miss ",
                    NoteKind::Wrong => "wrong",
                };
                let _ = writeln!(out, "  {kind} {:<12} {}", note.field.name(), note.item);
            }
            for missing in &release.draft.missing {
                let _ = writeln!(out, "  missing {}: {}", missing.path, missing.message);
            }
            for problem in &release.problems {
                let _ = writeln!(out, "  invalid {problem}");
            }
        }
        out
    }
}

/// A share as the table prints it: `97.5 %`, or `–` of nothing.
fn percent(share: Option<f64>) -> String {
    share.map_or("–".to_string(), |share| format!("{share:.1} %"))
}
