//! The draft's accuracy on the corpus of fictional releases
//! (`tests/draft-corpus`): drafts each release, compares the draft with the
//! release's hand-written expectations field by field, and adds up
//! precision and recall per part (tuning, held-out) for the
//! `draft-accuracy` command, the benchmark and the tests.
//!
//! ```no_run
//! use conference_summary_tools::draft_accuracy::{default_corpus, load_part, score_part, Part};
//!
//! if let Ok(Some(releases)) = load_part(&default_corpus(), Part::Tuning) {
//!     print!("{}", score_part(Part::Tuning, &releases).table());
//! }
//! ```

mod contract;
mod corpus;
mod expected;
mod field;
mod floors;
mod matching;
mod report;
mod score;

pub use contract::{contract_problems, FICTIONAL_NOTICE};
pub use corpus::{default_corpus, load_part, CorpusError, Part, Release};
pub use expected::{parse_expected, Expected, ExpectedDateline, ExpectedQuote, ExpectedSpeaker};
pub use field::{share, Field, Tally, Target, COMPLETE_TARGET};
pub use floors::{measured_floors, read_floors, Floor, Floors, COMPLETE};
pub use matching::{normalise, same_text, Alternatives};
pub use report::PartScore;
pub use score::{score_release, Note, NoteKind, ReleaseScore};

/// Drafts and scores every release of a part.
pub fn score_part(part: Part, releases: &[Release]) -> PartScore {
    PartScore {
        part,
        releases: releases.iter().map(score_release).collect(),
    }
}
