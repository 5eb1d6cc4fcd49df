//! The corpus on disk: its parts, and each part's releases with their
//! expected facts. A file that cannot be read or understood is an error that
//! names the file (and the key).

use std::fmt;
use std::path::{Path, PathBuf};

use conference_summary_authoring::release::release_text;

use super::expected::{parse_expected, Expected};

/// A part of the corpus, in its own folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The releases the draft is tuned on.
    Tuning,
    /// The releases nobody tuning the draft looks at.
    HeldOut,
}

impl Part {
    /// Both parts, in the order they are reported.
    pub const ALL: [Part; 2] = [Part::Tuning, Part::HeldOut];

    /// The part's folder in the corpus, and its name on the command line
    /// and in `floors.json`.
    pub fn name(self) -> &'static str {
        match self {
            Part::Tuning => "tuning",
            Part::HeldOut => "held-out",
        }
    }
}

/// One release of the corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct Release {
    /// The file name without `.txt`: `01-slug`.
    pub name: String,
    /// The release's text.
    pub text: String,
    /// What it states.
    pub expected: Expected,
}

/// A corpus file that cannot be used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusError {
    /// The file (or folder).
    pub path: PathBuf,
    /// What is wrong with it, naming the key where there is one.
    pub problem: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.problem)
    }
}

impl std::error::Error for CorpusError {}

/// The corpus folder of this repository: `tests/draft-corpus`.
pub fn default_corpus() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    // crates/tools → the repository.
    let repository = manifest.ancestors().nth(2).unwrap_or(manifest);
    repository.join("tests/draft-corpus")
}

/// The releases of `part` in `corpus`, in file-name order; `None` when the
/// part's folder does not exist (yet).
pub fn load_part(corpus: &Path, part: Part) -> Result<Option<Vec<Release>>, CorpusError> {
    let folder = corpus.join(part.name());
    if !folder.is_dir() {
        return Ok(None);
    }
    let error = |path: &Path, problem: String| CorpusError {
        path: path.to_path_buf(),
        problem,
    };
    let entries =
        std::fs::read_dir(&folder).map_err(|problem| error(&folder, problem.to_string()))?;
    let mut texts = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|problem| error(&folder, problem.to_string()))?
            .path();
        if path.extension().is_some_and(|extension| extension == "txt") {
            texts.push(path);
        }
    }
    texts.sort();
    texts
        .iter()
        .map(|path| {
            let name = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default();
            let bytes = std::fs::read(path).map_err(|problem| error(path, problem.to_string()))?;
            let text = release_text(&bytes)
                .map_err(|problem| error(path, problem.to_string()))?
                .to_string();
            let expected_path = folder.join(format!("{name}.expected.json"));
            let expected_text = std::fs::read_to_string(&expected_path)
                .map_err(|problem| error(&expected_path, format!("cannot read it: {problem}")))?;
            let expected =
                parse_expected(&expected_text).map_err(|problem| error(&expected_path, problem))?;
            Ok(Release {
                name,
                text,
                expected,
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}
