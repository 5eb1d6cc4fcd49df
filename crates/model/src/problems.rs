//! The cap on how many problems a document's verdict lists: the error box,
//! the error event's detail, the console and the `validate` command all get
//! their list from here, so that a document with 80,000 unknown keys costs
//! a reader 50 lines, not 80,000.

use super::validate::ValidationError;

/// The most problems listed for one document, and separately the most
/// ignored fields warned about; what is left over is counted in one last
/// entry, "summary: … and N more".
pub const MAX_PROBLEMS: usize = 50;

/// Problems collected up to a limit; past it they are only counted.
pub(crate) struct Problems {
    listed: Vec<ValidationError>,
    limit: usize,
    more: usize,
}

impl Problems {
    /// A list capped at [`MAX_PROBLEMS`].
    pub(crate) fn capped() -> Problems {
        Problems::up_to(MAX_PROBLEMS)
    }

    /// A list of at most `limit` problems (`usize::MAX`: all of them).
    pub(crate) fn up_to(limit: usize) -> Problems {
        Problems {
            listed: Vec::new(),
            limit,
            more: 0,
        }
    }

    /// Adds `problem`, if the list has room for it.
    pub(crate) fn push(&mut self, problem: ValidationError) {
        if self.listed.len() < self.limit {
            self.listed.push(problem);
        } else {
            self.more += 1;
        }
    }

    /// The list, ending in "… and N more" when some were left out.
    pub(crate) fn into_vec(self) -> Vec<ValidationError> {
        let mut listed = self.listed;
        if self.more > 0 {
            listed.push(ValidationError::of_document(format!(
                "{MORE_PREFIX}{}{MORE_SUFFIX}",
                self.more
            )));
        }
        listed
    }
}

const MORE_PREFIX: &str = "… and ";
const MORE_SUFFIX: &str = " more";

/// How many problems a capped list stands for: its entries, the last one's
/// "… and N more" counted as N. What `validate` reports as the total.
pub fn problem_count(listed: &[ValidationError]) -> usize {
    let left_out = listed.last().and_then(|last| {
        last.message
            .strip_prefix(MORE_PREFIX)?
            .strip_suffix(MORE_SUFFIX)?
            .parse::<usize>()
            .ok()
    });
    match left_out {
        Some(more) => listed.len() - 1 + more,
        None => listed.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn capped(count: usize) -> Vec<ValidationError> {
        let mut problems = Problems::capped();
        for problem in numbered(count) {
            problems.push(problem);
        }
        problems.into_vec()
    }

    fn numbered(count: usize) -> Vec<ValidationError> {
        (0..count)
            .map(|index| ValidationError::of_document(index.to_string()))
            .collect()
    }

    #[test]
    fn a_capped_list_counts_what_it_left_out() {
        assert_eq!(problem_count(&capped(0)), 0);
        assert_eq!(problem_count(&capped(MAX_PROBLEMS)), MAX_PROBLEMS);
        assert_eq!(problem_count(&capped(80_000)), 80_000);
        assert_eq!(capped(80_000).len(), MAX_PROBLEMS + 1);
    }

    /// The error event's documentation (README.md, the manifest, the types)
    /// says the cap in words: it must say this one.
    #[test]
    fn the_error_event_says_the_cap() {
        let about = crate::element_api::Event::Error.entry().detail[0].2;
        assert!(
            about.contains(&format!("at most {MAX_PROBLEMS}, ")),
            "{about}"
        );
    }

    #[test]
    fn a_list_within_the_cap_is_whole() {
        assert_eq!(capped(MAX_PROBLEMS), numbered(MAX_PROBLEMS));
    }

    #[test]
    fn past_the_cap_the_rest_is_counted_in_one_entry() {
        let list = capped(MAX_PROBLEMS + 7);
        assert_eq!(list.len(), MAX_PROBLEMS + 1);
        assert_eq!(list[..MAX_PROBLEMS], numbered(MAX_PROBLEMS)[..]);
        assert_eq!(list[MAX_PROBLEMS].to_string(), "summary: … and 7 more");
    }
}
