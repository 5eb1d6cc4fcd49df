//! The draft never panics on a release an editor has half pasted or
//! mistyped: every tuning release of the corpus, cut at places and with
//! quotation marks, dashes, apostrophes and names' pieces dropped in at
//! others, drafts to a summary whose quotes still stand in their
//! paragraphs. The places come from a fixed seed, so a failure repeats.

use conference_summary_authoring::draft::draft;
use conference_summary_model::QuoteKind;
use conference_summary_tools::draft_accuracy::{default_corpus, load_part, Part};

/// Pieces the genre's texts are made of, to drop into a release.
const PIECES: [&str; 24] = [
    "\"", "“", "”", "«", "»", "'", "’", "„", ",", " (", ")", ". ", "\n\n", " and ", "'s ", " – ",
    "—", ":", " of the ", " by ", " today", "-day", " (ABC)", "é",
];

/// Variants of each release: cuts and insertions. Two of each keep the
/// test command's warm run within its budget as the corpus grows.
const VARIANTS: usize = 2;

/// A small generator of places (xorshift): no dependency for a test.
struct Places(u64);

impl Places {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % u64::try_from(below.max(1)).unwrap_or(1)).unwrap_or(0)
    }

    /// A char boundary of `text`, at or before a random byte.
    fn boundary(&mut self, text: &str) -> usize {
        text.floor_char_boundary(self.next(text.len() + 1))
    }
}

fn variants(text: &str, places: &mut Places) -> Vec<String> {
    let mut out = Vec::new();
    for _ in 0..VARIANTS {
        let (a, b) = (places.boundary(text), places.boundary(text));
        let (from, to) = (a.min(b), a.max(b));
        out.push(format!("{}{}", &text[..from], &text[to..]));
        let mut marked = text.to_string();
        for _ in 0..4 {
            let at = places.boundary(&marked);
            marked.insert_str(at, PIECES[places.next(PIECES.len())]);
        }
        out.push(marked);
    }
    out
}

#[test]
fn cut_and_marked_releases_draft_without_panic_and_quote_verbatim() {
    let releases = match load_part(&default_corpus(), Part::Tuning) {
        Ok(Some(releases)) => releases,
        Ok(None) => panic!("no tuning part in the corpus"),
        Err(error) => panic!("{error}"),
    };
    let mut places = Places(0x5eed_cafe_f00d_d00d);
    let mut problems = Vec::new();
    for release in &releases {
        for variant in variants(&release.text, &mut places) {
            let summary = draft(&variant).summary;
            for quote in summary
                .quotes
                .iter()
                .filter(|quote| quote.kind == QuoteKind::Quote)
            {
                let stands = summary
                    .paragraph(quote.source)
                    .is_some_and(|paragraph| paragraph.contains(&quote.text));
                if !stands {
                    problems.push(format!(
                        "{}: a quote not in paragraph {}",
                        release.name, quote.source
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
