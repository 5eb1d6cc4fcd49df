//! Sets by sorting, for the checks that compare every string of a list with
//! every other: repeated keys and ids, and the words of an item against its
//! paragraph's. Sorting costs n log n comparisons whatever the input, where
//! a hash set's worst case can be forced by whoever writes the keys.

use super::work::tick;

/// `keys` with their positions, sorted by key, then position: the first of
/// equal keys comes first. The one sort of the crate, so that the wasm
/// carries one.
fn sorted<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<(&'a str, usize)> {
    let mut order: Vec<(&str, usize)> = keys.zip(0..).collect();
    order.sort_unstable_by(|a, b| {
        tick();
        a.cmp(b)
    });
    order
}

/// For each of `keys`, whether an earlier one is the same.
pub(crate) fn repeats(keys: &[&str]) -> Vec<bool> {
    let mut repeated = vec![false; keys.len()];
    for pair in sorted(keys.iter().copied()).windows(2) {
        if pair[0].0 == pair[1].0 {
            repeated[pair[1].1] = true;
        }
    }
    repeated
}

/// Words sorted, each once, to look up with [`has_word`].
pub(crate) fn word_set(words: Vec<String>) -> Vec<String> {
    let mut set: Vec<String> = Vec::with_capacity(words.len());
    for (word, _) in sorted(words.iter().map(String::as_str)) {
        if set.last().is_none_or(|last| last != word) {
            set.push(word.to_string());
        }
    }
    set
}

/// Whether `set` (a [`word_set`]) holds `word`.
pub(crate) fn has_word(set: &[String], word: &str) -> bool {
    set.binary_search_by(|probe| {
        tick();
        probe.as_str().cmp(word)
    })
    .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_mark_every_later_copy_of_a_key() {
        assert_eq!(
            repeats(&["b", "a", "b", "c", "a", "b"]),
            [false, false, true, false, true, true]
        );
        assert_eq!(repeats(&[]), Vec::<bool>::new());
    }

    #[test]
    fn a_word_set_finds_its_words_only() {
        let set = word_set(vec!["b".into(), "a".into(), "b".into()]);
        assert_eq!(set, ["a", "b"]);
        assert!(has_word(&set, "a") && has_word(&set, "b") && !has_word(&set, "c"));
    }
}
