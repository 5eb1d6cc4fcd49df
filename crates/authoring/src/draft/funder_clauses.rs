//! Funders named by a clause of their own rather than by a phrase before
//! them: the subject of an active verb of paying ("Norway and the Blue Fund
//! funded the course"), the ones thanked for their money ("thanked Norway
//! for its financial support") and the ones something was received from
//! ("received financial backing for the training from X").

use super::backers::{clause_end, earliest, CLAUSE_ENDS};
use super::funders::{funding_lead, named_items, names_end, FUNDING_NOUNS};
use super::lists::split_list;
use super::organiser_clauses::name_before;
use super::paragraphs::{find_all, starts_with_ci};
use super::span::TextRange;
use super::work::charge;

/// "received financial backing for the training from X": what was received,
/// then who from.
const RECEIVED: [&str; 5] = [
    "received financial backing ",
    "received financial support ",
    "received funding ",
    "received backing ",
    "received support ",
];

/// The most bytes between what was received and its "from".
const MOST_RECEIVED_BYTES: usize = 50;

/// The funders of "received … backing for the training from X".
pub(crate) fn received_from(text: &str, start: usize, core: usize) -> Vec<TextRange> {
    let Some(received) = earliest(&text[start..core], &RECEIVED) else {
        return Vec::new();
    };
    let after = start + received.end;
    let window_end = text.floor_char_boundary((after + MOST_RECEIVED_BYTES).min(core));
    // Right after the noun, "from" is the phrase list's own.
    let Some(from) = find_all(&text[after..window_end], "from ")
        .first()
        .map(|at| after + at + "from ".len())
        .filter(|&from| from > after + "from ".len())
    else {
        return Vec::new();
    };
    if funding_lead(&text[from..core]) != Some(0) {
        return Vec::new();
    }
    let to = clause_end(text, from, core, &CLAUSE_ENDS[1..]);
    let to = names_end(text, from, to);
    named_items(text, split_list(text, from, to))
}

/// Thanks that name who paid: "thanked Norway for its financial support".
const THANKS: [&str; 6] = [
    "thank ",
    "thanks ",
    "thanked ",
    "grateful to ",
    "gratitude to ",
    "appreciation to ",
];

/// "We thank the Government of Finland for its generous contribution":
/// the names thanked for their money, when what they are thanked for is
/// support, funding or a contribution.
pub(crate) fn thanked_funders(text: &str, start: usize, core: usize) -> Vec<TextRange> {
    let sentence = &text[start..core];
    let Some(thanks) = earliest(sentence, &THANKS) else {
        return Vec::new();
    };
    // "gratitude to A for its warm hospitality and to B for the financial
    // support": each one thanked with its own reason, only money kept.
    let mut funders = Vec::new();
    let mut from = start + thanks.end;
    while from < core {
        let joint = earliest(&text[from..core], &[" and to ", ", and to "]);
        let (to, next) = joint.map_or((core, core), |joint| (from + joint.start, from + joint.end));
        funders.extend(thanked_for_money(text, from, to));
        from = next;
    }
    funders
}

/// The names thanked in `from..to` ("A and B for their support"), when
/// what they are thanked for is money.
fn thanked_for_money(text: &str, from: usize, to: usize) -> Vec<TextRange> {
    // "thanked A and B for their support", "thanked A and B, whose
    // funding made the gathering possible".
    // "for the financial support", but not "the Office for the
    // Coordination of Humanitarian Affairs", a name.
    let reasons = [" for its ", " for their ", " for the ", ", whose "];
    let Some(reason) = reasons
        .iter()
        .flat_map(|reason| {
            find_all(&text[from..to], reason)
                .into_iter()
                .map(move |at| TextRange::new(at, at + reason.len()))
        })
        .filter(|found| !text[from + found.end..to].starts_with(char::is_uppercase))
        .min_by_key(|found| found.start)
    else {
        return Vec::new();
    };
    let names_end = from + reason.start;
    let after = &text[from + reason.end..to];
    charge(after.len().min(60));
    let for_money = after
        .split_whitespace()
        .take(4)
        .any(|word| FUNDING_NOUNS.contains(&word.trim_end_matches([',', '.', ';'])));
    if !for_money || funding_lead(&text[from..names_end]) != Some(0) {
        return Vec::new();
    }
    split_list(text, from, names_end)
        .into_iter()
        .filter(|funder| {
            let words = funder.of(text);
            words.starts_with(char::is_uppercase) || starts_with_ci(words, "the ")
        })
        .collect()
}

/// Verbs of paying in the active voice, with what follows them: "Norway
/// funded the workshop".
const FUNDED_ACTIVE: [&str; 33] = [
    " funded the ",
    " funds the ",
    " financed the ",
    " finances the ",
    " sponsored the ",
    " sponsors the ",
    " co-funded the ",
    " co-financed the ",
    " supported the ",
    " support the ",
    " supports the ",
    " is covering ",
    " provided the venue",
    " paid for ",
    " covered travel costs",
    " covered the costs",
    " covered the cost",
    " covers the travel costs",
    " covers the costs",
    " covers travel costs",
    " provided funding for the ",
    " provides funding for the ",
    " provided financial support for the ",
    " provided financial support to the ",
    " is sponsoring ",
    " are sponsoring ",
    " is funding ",
    " are funding ",
    " is financing ",
    " is contributing ",
    " are contributing ",
    " contributed ",
    " has contributed ",
];
/// Whether a verb of contributing is followed by something other than money:
/// "Officers contributed to the sessions", though "Norway contributed to
/// the costs" pays.
fn contributes_no_money(verb: &str, after: &str) -> bool {
    let Some(object) = after.strip_prefix("to ") else {
        return false;
    };
    let object = object.strip_prefix("the ").unwrap_or(object);
    verb.contains("contribut")
        && !["cost", "funding", "financing", "budget", "expenses"]
            .iter()
            .any(|money| object.starts_with(money))
}

/// Subjects that are no funder's name.
const NOT_NAMES: [&str; 8] = ["It", "They", "This", "That", "We", "He", "She", "Which"];

/// Funders named as the sentence's subject before an active verb of
/// paying ("Norway and the Blue Fund funded the course"): only when every
/// item of the subject is a name.
pub(crate) fn active_funders(text: &str, start: usize, core: usize) -> Vec<TextRange> {
    let sentence = &text[start..core];
    let Some(at) = FUNDED_ACTIVE
        .iter()
        .filter_map(|verb| {
            find_all(sentence, verb)
                .into_iter()
                .find(|&at| !contributes_no_money(verb, &sentence[at + verb.len()..]))
        })
        .min()
    else {
        return Vec::new();
    };
    let mut subject_end = start + at;
    for auxiliary in [
        " has",
        " have",
        " also",
        " jointly",
        " generously",
        " kindly",
    ] {
        if text[start..subject_end].ends_with(auxiliary) {
            subject_end -= auxiliary.len();
        }
    }
    // "The Friends of Holy Cross, a UK charity, paid for …"
    if let Some(apposition) = earliest(&text[start..subject_end], &[", a ", ", an ", ", the "]) {
        subject_end = start + apposition.start;
    }
    let items = split_list(text, start, subject_end);
    let all_names = !items.is_empty()
        && items.iter().all(|item| {
            let words = item.of(text);
            let bare = words
                .strip_prefix("the ")
                .or_else(|| words.strip_prefix("The "));
            let bare = bare.unwrap_or(words);
            bare.starts_with(char::is_uppercase)
                && !NOT_NAMES.contains(&words)
                && !words.contains(", ")
                && words.split_whitespace().all(|word| {
                    word.starts_with(char::is_uppercase)
                        || ["of", "for", "the", "and", "on", "in", "to"].contains(&word)
                })
                && words.split_whitespace().count() <= 8
        });
    if all_names {
        items
    } else {
        Vec::new()
    }
}

/// Funders named before a relative clause of paying ("among them the
/// Nordic Midwifery Partnership, which finances the event"): the body's
/// name right before ", which", read as an organiser's is.
pub(crate) fn relative_funders(text: &str, start: usize, core: usize) -> Vec<TextRange> {
    let sentence = &text[start..core];
    let mut out = Vec::new();
    for at in find_all(sentence, ", which") {
        let after = &sentence[at + ", which".len()..];
        // "X, which has financed the edition of the materials".
        let after = [" has", " have", " had"]
            .iter()
            .find_map(|auxiliary| after.strip_prefix(auxiliary))
            .unwrap_or(after);
        let pays = FUNDED_ACTIVE.iter().any(|verb| {
            after.starts_with(verb) && !contributes_no_money(verb, &after[verb.len()..])
        });
        if pays {
            // "the Nordic …": the article goes with the name, as funders
            // keep it elsewhere.
            out.extend(name_before(text, start, start + at).map(|name| {
                let article = text[start..name.start].ends_with("the ");
                TextRange::new(name.start - if article { 4 } else { 0 }, name.end)
            }));
        }
    }
    out
}

/// The funders a sentence names as a sponsor's predicate ("The general
/// sponsor of the conference is X"), its first words naming the sponsor.
pub(crate) fn predicate_funders(text: &str, start: usize, core: usize) -> Vec<TextRange> {
    let opening = &text[start..text.floor_char_boundary((start + OPENING_BYTES).min(core))];
    let sponsor_of = ["sponsor of the ", "funder of the ", "donor of the "]
        .iter()
        .any(|noun| !find_all(opening, noun).is_empty());
    if !sponsor_of {
        return Vec::new();
    }
    let sentence = &text[start..core];
    let Some(is) = earliest(sentence, &[" is ", " was "]) else {
        return Vec::new();
    };
    let from = start + is.end;
    if funding_lead(&text[from..core]).is_none() {
        return Vec::new();
    }
    let to = clause_end(text, from, core, &CLAUSE_ENDS[1..]);
    // "…, and the conference is supported by …": a clause of its own.
    let to = earliest(&text[from..to], &[", and "]).map_or(to, |joint| from + joint.start);
    let to = names_end(text, from, to);
    named_items(text, split_list(text, from, to))
}

/// How far into a sentence its opening words are read for a sponsor.
const OPENING_BYTES: usize = 40;
