//! Who pays: "funded/financed/sponsored by", "with the support of",
//! "supported by the governments of", "thanks to contributions from", "made
//! possible by", "support … came from", each phrase and sentence in turn.

use super::backers::{clause_end, earliest, CLAUSE_ENDS};
use super::focus::EVENT_NOUNS;
use super::funder_clauses::{
    active_funders, predicate_funders, received_from, relative_funders, thanked_funders,
};
use super::lists::split_list;
use super::paragraphs::{find_all, is_opener, starts_with_ci};
use super::role_words::is_body_word;
use super::span::TextRange;
use super::work::charge;

const FUNDED: [&str; 111] = [
    "funded by ",
    "with additional support from ",
    "with financial assistance from ",
    "with the financial assistance of ",
    "with assistance from ",
    "co-funded by ",
    "funded under ",
    "funded through ",
    "financed by ",
    // "The seminar was financed from the Nordic-Baltic Fund": a fund's
    // money, as Baltic and Nordic houses write it; not "measures financed
    // from EU resources".
    "was financed from ",
    "was funded from ",
    "co-financed from ",
    "co-funded from ",
    "co-financed by ",
    "financed under ",
    "sponsored by ",
    "with financial support from ",
    "with the financial support of ",
    "with the generous support of ",
    "with support from ",
    "with the support of ",
    "with funding from ",
    "with contributions from ",
    "with a contribution from ",
    "supported by ",
    "made possible by ",
    "thanks to ",
    "receives funding from ",
    "received funding from ",
    "is funded through ",
    "through the support of ",
    "through contributions from ",
    "through a contribution from ",
    "with a grant from ",
    "with grants from ",
    "funding was provided by ",
    "funding is provided by ",
    "support was provided by ",
    "support is provided by ",
    "funding provided by ",
    "support provided by ",
    "funding from ",
    "funding came from ",
    "made possible through ",
    "through funding from ",
    "support came from ",
    "financed in part by ",
    "funded in part by ",
    "by contributions from ",
    "by a contribution from ",
    "with co-financing from ",
    "covered by a grant from ",
    "a contribution from ",
    "generosity of ",
    "support from ",
    "contributions from ",
    "contribution of ",
    "financed through ",
    "through a grant from ",
    "paid for by ",
    "backing of ",
    "sponsored in part by ",
    "donated by ",
    "costs were covered by ",
    "costs are covered by ",
    "costs covered by ",
    "further grant from ",
    "support of ",
    "donations from ",
    "a donation from ",
    "logistical support from ",
    "in-kind support from ",
    "technical support from ",
    "underwritten by ",
    "financial backing from ",
    "with backing from ",
    "additional support from ",
    "additional funding from ",
    "benefited from ",
    "benefits from ",
    "received a grant from ",
    "receives a grant from ",
    "with co-funding from ",
    "received financial support from ",
    "receives financial support from ",
    "received support from ",
    "voluntary contribution from ",
    "voluntary contributions from ",
    "financial contribution from ",
    "financial contributions from ",
    "with financing from ",
    "financing from ",
    "additional sponsorship from ",
    "sponsorship from ",
    "are provided by ",
    "is provided by ",
    "were provided by ",
    // Spanish and French turns in English: "with the sponsorship of X",
    // "realised with the financing of X".
    "with the sponsorship of ",
    "with the financing of ",
    // "had the sponsorship of X", "with the accompaniment of X" (the
    // French "accompagnement").
    "the sponsorship of ",
    "with the accompaniment of ",
    // "thanks to the conference sponsors, foremost among them A and B".
    "sponsors, foremost among them ",
    "sponsors, among them ",
    // "with the financial support of A and the technical accompaniment of
    // B", "and with the technical support of B": each backer in turn.
    "with the technical support of ",
    "the technical accompaniment of ",
    "technical assistance from ",
    // "A and the technical support of B"; "with the technical and financial
    // accompaniment of X"; "with the assistance of X"; "implemented with
    // funds granted by X".
    "the technical support of ",
    "financial accompaniment of ",
    "with the assistance of ",
    "funds granted by ",
    "with funds from ",
];
/// What may stand between a funding phrase and the funders: "made possible
/// by (a voluntary contribution from) Liechtenstein".
pub(crate) const FUNDING_NOUNS: [&str; 10] = [
    "backing",
    "contribution",
    "contributions",
    "support",
    "funding",
    "grant",
    "grants",
    "donation",
    // "made possible by a $250,000 gift from X".
    "gift",
    "gifts",
];
/// The funders the sentence `start..core` of `text` names, one each.
pub(crate) fn funders_in(text: &str, start: usize, core: usize) -> Vec<TextRange> {
    let mut out = Vec::new();
    // "Financial support for the seminar came from Chile": the sentence
    // opens with the support, and its source follows.
    let opening = &text[start..text.floor_char_boundary((start + 40).min(core))];
    let opens_with_support = [
        "support",
        "funding",
        "financing",
        "contributions",
        "donors",
        "sponsors",
        "funders",
    ]
    .iter()
    .any(|noun| !find_all(opening, noun).is_empty());
    if opens_with_support {
        let sentence = &text[start..core];
        if let Some(source) = earliest(
            sentence,
            &[
                " came from ",
                " comes from ",
                " was provided by ",
                " were provided by ",
                " is provided by ",
                " are provided by ",
                " has been provided by ",
                " include ",
                " included ",
            ],
        ) {
            let from = start + source.end;
            if funding_lead(&text[from..core]).is_some() {
                let to = clause_end(text, from, core, &CLAUSE_ENDS[1..]);
                let to = names_end(text, from, to);
                out.extend(named_items(text, split_list(text, from, to)));
            }
        }
    }
    out.extend(predicate_funders(text, start, core));
    // "Canada is contributing $180,000, and the Bureau is sponsoring …":
    // each clause has its own subject.
    let mut joints: Vec<TextRange> = [", and ", "; ", ", while ", ", whereas "]
        .iter()
        .flat_map(|joint| {
            find_all(&text[start..core], joint)
                .into_iter()
                .map(move |at| TextRange::new(start + at, start + at + joint.len()))
        })
        .collect();
    joints.sort_unstable();
    joints.push(TextRange::new(core, core));
    let mut clause_start = start;
    for joint in joints {
        if joint.start < clause_start {
            continue;
        }
        out.extend(active_funders(text, clause_start, joint.start));
        clause_start = joint.end;
    }
    out.extend(thanked_funders(text, start, core));
    out.extend(received_from(text, start, core));
    // "funded by A and co-funded by B": each phrase in turn. Phrases and
    // clause ends are found once, so that many of them cost no square.
    let sentence = &text[start..core];
    let mut phrases: Vec<TextRange> = FUNDED
        .iter()
        .flat_map(|phrase| {
            find_all(sentence, phrase)
                .into_iter()
                .map(move |at| TextRange::new(start + at, start + at + phrase.len()))
        })
        .collect();
    phrases.sort_by_key(|phrase| (phrase.start, std::cmp::Reverse(phrase.end)));
    let mut ends: Vec<usize> = CLAUSE_ENDS[1..]
        .iter()
        .flat_map(|end| find_all(sentence, end).into_iter().map(|at| start + at))
        .collect();
    ends.sort_unstable();
    let starts: Vec<usize> = phrases.iter().map(|phrase| phrase.start).collect();
    let mut at = start;
    for phrase in phrases {
        if phrase.start < at {
            continue;
        }
        let mut from = phrase.end;
        at = from;
        // "the Centre of Operational Support of Childhood": the words of a
        // name in capitals, not a phrase of paying.
        let in_a_name = text[phrase.start..].starts_with(char::is_uppercase)
            && text[start..phrase.start]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|before| before.starts_with(char::is_uppercase));
        if in_a_name || funds_something_else(text, start, phrase.start) {
            continue;
        }
        // "supported by evidence" is no funder: a name, "the" or a funding noun follows.
        let Some(lead) = funding_lead(&text[from..core]) else {
            continue;
        };
        from += lead;
        let to = ends
            .get(ends.partition_point(|&end| end < from))
            .copied()
            .unwrap_or(core);
        // "a grant from A and by contributions from B": the next phrase
        // opens its own funders.
        let to = starts
            .get(starts.partition_point(|&next| next < from))
            .map_or(to, |&next| {
                let before = text[from..next.max(from)].trim_end();
                let before = before.strip_suffix(" and to").unwrap_or(before);
                let before = before.strip_suffix(" and").unwrap_or(before);
                let before = before.trim_end_matches([',', ';', ' ']);
                to.min(from + before.len())
            });
        // "the Fondation X and in partnership with …": the "and" that
        // joins the next phrase is none of the names.
        let kept = text[from..to].trim_end();
        let kept = kept.strip_suffix(" and").unwrap_or(kept);
        let to = from + kept.trim_end_matches([',', ';', ' ']).len();
        let to = names_end(text, from, to);
        // "A and with the accompaniment of B": the "and" names_end leaves.
        let to = from
            + text[from..to]
                .trim_end()
                .strip_suffix(" and")
                .map_or(to - from, str::len);
        out.extend(named_items(text, split_list(text, from, to)));
        at = to.max(at);
    }
    // "supported by the Fund, which paid for …": named once.
    for funder in relative_funders(text, start, core) {
        if !out.iter().any(|found: &TextRange| found.overlaps(funder)) {
            out.push(funder);
        }
    }
    // Two phrases may name the same funder ("Funding … was provided by").
    out.sort_unstable();
    out.dedup();
    out
}

/// The items of a list of funders that are names. A lower-case item after
/// a name belongs to it: "the Union's Horizon Europe research and
/// innovation programme" is one name, though its "and" splits it.
pub(crate) fn named_items(text: &str, items: Vec<TextRange>) -> Vec<TextRange> {
    let mut out: Vec<TextRange> = Vec::new();
    let count = items.len();
    for (index, mut item) in items.into_iter().enumerate() {
        // "financed by A and by B": the second item's own "by".
        for lead in ["by ", "from ", "of "] {
            if item.of(text).starts_with(lead) {
                item.start += lead.len();
            }
        }
        // "A, and the Trust covered the travel of volunteers": a clause of
        // its own after the name, at its verb.
        if let Some(verb) = verb_after_name(item.of(text)) {
            item.end = item.start + verb;
        }
        // "Al Sidra Telecom as Platinum Sponsor": the sponsor's tier is no
        // part of its name.
        if let Some(tier) = item.of(text).rfind(" as ") {
            let rest = &item.of(text)[tier + " as ".len()..];
            if rest.starts_with(char::is_uppercase)
                && ["Sponsor", "Partner", "Donor", "Supporter"]
                    .iter()
                    .any(|kind| rest.ends_with(kind))
            {
                item.end = item.start + tier;
            }
        }
        // "SunGrid Inverters (Platinum Partner)": so is a tier in brackets.
        if let Some(open) = item.of(text).rfind(" (") {
            let inner = item.of(text)[open + 2..].trim_end_matches(')');
            if item.of(text).ends_with(')')
                && ["Sponsor", "Partner", "Donor", "Supporter"]
                    .iter()
                    .any(|kind| inner.ends_with(kind))
            {
                item.end = item.start + open;
            }
        }
        // "the Kalinga Bata Foundation, Inc.", "Fundación Mar Vivo, A.C.",
        // "the Himalayan Hope Foundation, UK": a company's form or a
        // country after the comma belongs to the name before it.
        let suffix = item.of(text).trim_end_matches('.');
        // "the Sahyog Women's Trust, Cuttack": a last word after a comma,
        // with no "and" to make a list, is where the body sits.
        let seat = count == 2
            && index == 1
            && !suffix.contains(' ')
            && suffix.starts_with(char::is_uppercase)
            && !is_body_word(suffix);
        if let Some(last) = out.last_mut() {
            if (NAME_SUFFIXES.contains(&suffix) || seat) && text[last.end..item.start] == *", " {
                last.end = item.end;
                continue;
            }
        }
        let words = item.of(text);
        // "with support from CRDB technical staff": people, not a funder.
        let people = words
            .rsplit(' ')
            .next()
            .is_some_and(|last| PEOPLE_WHO_HELP.contains(&last));
        if people {
            continue;
        }
        let named = words.starts_with(char::is_uppercase)
            || starts_with_ci(words, "the ")
            || described_name(words).is_some();
        // Only a few words that end with a name's kind: "… and innovation
        // programme", not "… and brings together judges".
        let kind = words.split(' ').count() <= MOST_KIND_WORDS
            && words
                .rsplit(' ')
                .next()
                .is_some_and(|last| NAME_KINDS.contains(&last));
        match out.last_mut() {
            Some(last) if !named && kind && text[last.end..item.start].trim() == "and" => {
                last.end = item.end;
            }
            _ if named => out.push(item),
            _ => {}
        }
    }
    out
}

/// A company's legal form or a country's letters after a name and its
/// comma ("Foundation, Inc.", "Fundación Mar Vivo, A.C.", "Foundation, UK").
const NAME_SUFFIXES: [&str; 14] = [
    "Inc", "Ltd", "LLC", "A.C", "S.A", "S.L", "GmbH", "AG", "plc", "PLC", "Co", "UK", "USA",
    "U.S.A",
];

/// Where a verb in the past ("covered", "provided") follows a capitalised
/// word in `words`: the space before it.
fn verb_after_name(words: &str) -> Option<usize> {
    let mut at: usize = 0;
    let mut previous_capitalised = false;
    for word in words.split(' ') {
        if previous_capitalised && word.ends_with("ed") && word.starts_with(char::is_lowercase) {
            return Some(at.saturating_sub(1));
        }
        previous_capitalised = word.starts_with(char::is_uppercase);
        at += word.len() + 1;
    }
    None
}

/// People whose help is no funding ("technical staff", "volunteers").
const PEOPLE_WHO_HELP: [&str; 6] = [
    "staff",
    "experts",
    "officials",
    "trainers",
    "volunteers",
    "specialists",
];

/// What a fund is called when it is named by its kind ("the federal
/// disaster fund").
const FUND_KINDS: [&str; 4] = ["fund", "programme", "program", "facility"];

/// Lower-case last words of a funder's name ("research and innovation
/// programme").
const NAME_KINDS: [&str; 5] = ["programme", "program", "fund", "facility", "initiative"];

/// The most words of such a lower-case end of a name.
const MOST_KIND_WORDS: usize = 3;

/// Bodies a funder pays for besides the event, before "funded by".
const FUNDED_BODIES: [&str; 16] = [
    "organisations",
    "organizations",
    "charities",
    "groups",
    "schools",
    "clinics",
    "shelters",
    "services",
    "centres",
    "centers",
    // "young people supported by the service", "facilities funded by the
    // government": whom it pays for, not the event.
    "people",
    "families",
    "facilities",
    "persons",
    "households",
    "children",
];

/// Whether the participle at `phrase_start` ("funded by") pays for a thing
/// other than the event: "a school funded by the programme", though "a
/// project funded by the Union" pays for the work the event belongs to.
fn funds_something_else(text: &str, start: usize, phrase_start: usize) -> bool {
    let before = text[start..phrase_start].trim_end();
    let mut words = before.rsplit(' ');
    let noun = words.next().unwrap_or("");
    let article = words.next().unwrap_or("");
    charge(before.len().min(40));
    // "38 community organisations supported by the Trust": other things.
    // "took place on 30 May and was supported by": "was" is no plural.
    let counted_things = noun.ends_with('s')
        && !["was", "has", "is", "this", "its", "does", "as", "us"].contains(&noun)
        && noun.chars().all(|c| c.is_ascii_lowercase())
        && before
            .rsplit(' ')
            .take(4)
            .any(|word| word.starts_with(|c: char| c.is_ascii_digit()));
    // "organisations funded by the Board": bodies it pays for, not the event.
    let funded_bodies = FUNDED_BODIES.contains(&noun);
    counted_things
        || funded_bodies
        || ["a", "an"].contains(&article)
            && noun.chars().all(|c| c.is_ascii_lowercase())
            && !EVENT_NOUNS.contains(&noun)
            && !["project", "programme", "program", "initiative", "series"].contains(&noun)
}

/// Where a list of funders' names from `from` ends, before `to`: at a
/// comma followed by a lower-case word other than "and" or "the" ("…, which
/// was made possible …").
pub(crate) fn names_end(text: &str, from: usize, to: usize) -> usize {
    let comma = find_all(&text[from..to], ", ")
        .into_iter()
        .find(|&at| {
            let next = &text[from + at + 2..to];
            next.starts_with(char::is_lowercase)
                && !["and ", "the ", "as well as "]
                    .iter()
                    .any(|word| next.starts_with(word))
        })
        .map_or(to, |at| from + at);
    // "the Government of Luxembourg for participants' travel", "Sweden to
    // the regional project …": what the money is for.
    let purpose = [
        " for ",
        " to ",
        " toward ",
        " towards ",
        " under ",
        " within ",
    ]
    .iter()
    .flat_map(|link| {
        find_all(&text[from..comma], link)
            .into_iter()
            .map(move |at| (at, link.len()))
    })
    .filter(|&(at, length)| {
        let next = &text[from + at + length..comma];
        let next = next.strip_prefix("the ").unwrap_or(next);
        // "to UNCAF's programme": an owner's programme, not a funder; but
        // "the Foundation for Children's Justice" is a name.
        let possessive = length != " for ".len()
            && next
                .split(' ')
                .next()
                .is_some_and(|word| word.ends_with("'s") || word.ends_with("’s"));
        next.starts_with(char::is_lowercase) || next.starts_with(['"', '“', '‘', '«']) || possessive
    })
    .map(|(at, _)| from + at)
    .min();
    // "the Ashworth Trust met in Leeds": a verb ends the name.
    let verb = [
        " met ",
        " gathered ",
        " will ",
        " is ",
        " are ",
        " was ",
        " were ",
        " has ",
        " have ",
        " covers ",
        " pays ",
    ]
    .iter()
    .filter_map(|verb| find_all(&text[from..comma], verb).first().copied())
    .chain(
        // "Minera Huaylas S.A.A. and Andes Copper": a stop before a
        // lower-case word closes an abbreviation, not the name.
        find_all(&text[from..comma], ". ")
            .into_iter()
            .filter(|&at| !text[from + at + 2..comma].starts_with(char::is_lowercase)),
    )
    .chain(
        // "the European Union … and held with the support of": a verb of
        // the event after "and".
        find_all(&text[from..comma], " and ")
            .into_iter()
            .filter(|&at| {
                let next = text[from + at + " and ".len()..comma]
                    .split(' ')
                    .next()
                    .unwrap_or("");
                next.chars().all(|c| c.is_ascii_lowercase())
                    && ((next.len() > 3 && next.ends_with("ed"))
                        || ["held", "run", "led", "met", "given", "taken"].contains(&next))
            }),
    )
    .min()
    .map(|at| from + at);
    // "the Friends of Rosehill, the hospital's fundraising charity": an
    // apposition that says what the funder is.
    let apposition = find_all(&text[from..comma.max(from)], ", the ")
        .into_iter()
        .find(|&at| {
            let next = text[from + at + ", the ".len()..]
                .split(' ')
                .next()
                .unwrap_or("");
            next.starts_with(char::is_lowercase) || next.ends_with("'s") || next.ends_with("’s")
        })
        .map(|at| from + at);
    // "the European Union with EUR 4.2 million": the amount.
    let amount = find_all(&text[from..comma], " with ")
        .into_iter()
        .find(|&at| {
            let next = &text[from + at + " with ".len()..comma];
            // "with a grant of 18,000 euros", "with its own funds".
            next.starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase() || "€$£".contains(c))
                || ["EUR ", "USD ", "CHF ", "GBP "]
                    .iter()
                    .any(|code| next.starts_with(code))
        })
        .map(|at| from + at);
    [purpose, amount, verb, apposition]
        .into_iter()
        .flatten()
        .fold(comma, usize::min)
}

/// How many bytes of `rest` to skip before the funders' names ("a
/// voluntary contribution from "), or `None` when no funder follows.
pub(crate) fn funding_lead(rest: &str) -> Option<usize> {
    charge(rest.len().min(80));
    let window = &rest[..rest.floor_char_boundary(80)];
    // "funded under the Court's partnership with the European Union".
    let partnership = std::iter::once(("partnership", " with "));
    let funding = FUNDING_NOUNS
        .iter()
        .flat_map(|noun| [(*noun, " from "), (*noun, " of ")]);
    for (noun, link) in funding.chain(partnership) {
        {
            let phrase = format!("{noun}{link}");
            if let Some(&at) = find_all(window, &phrase).first() {
                // Only a few words before it: "(the) (generous) (financial) …"
                if window[..at].split_whitespace().count() <= 3 {
                    return Some(at + phrase.len());
                }
            }
        }
    }
    let mut words = rest.split_whitespace();
    let first = words.next().unwrap_or("");
    // "the federal disaster fund": a fund named by what it is.
    let kind_named = first == "the"
        && rest
            .split_whitespace()
            .skip(1)
            .take(4)
            .map(|word| word.trim_end_matches([',', '.', ';']))
            .any(|word| FUND_KINDS.contains(&word));
    let named = kind_named
        || first.starts_with(char::is_uppercase)
        || (first == "the"
            && words.next().is_some_and(|next| {
                // "the Trust’s partners in the sector" are no name.
                (next.starts_with(char::is_uppercase)
                    && !((next.ends_with("'s") || next.ends_with("’s"))
                        && rest
                            .split_whitespace()
                            .nth(2)
                            .is_some_and(|owned| owned.starts_with(char::is_lowercase))))
                    || ["government", "governments"].contains(&next)
                    // "the federal government", "the regional government".
                    || rest.split_whitespace().nth(2).is_some_and(|third| {
                        ["government", "governments"]
                            .contains(&third.trim_end_matches([',', '.', ';']))
                    })
                    // "the city's Office to End …": an owner, then the name.
                    || ((next.ends_with("'s") || next.ends_with("’s"))
                        && words.next().is_some_and(|name| name.starts_with(char::is_uppercase)))
            }));
    named.then_some(0).or_else(|| described_name(rest))
}

/// "the outdoor equipment maker Summitcraft", "the charity Blue Harbour",
/// "law firm Hartwell LLP": a name after a few words that say what kind
/// of body it is.
fn described_name(rest: &str) -> Option<usize> {
    // "law firm NAME", "cloud provider NAME": the article may be left out.
    let article = usize::from(rest.starts_with("the "));
    let mut words = rest.split_whitespace().skip(article);
    let descriptor: Vec<&str> = words
        .by_ref()
        .take_while(|word| word.starts_with(char::is_lowercase))
        .take(MOST_DESCRIPTOR_WORDS + 1)
        .collect();
    let described = descriptor.len() <= MOST_DESCRIPTOR_WORDS
        && descriptor
            .last()
            .is_some_and(|last| DESCRIPTORS.contains(last));
    // The name follows: `take_while` has consumed its first word, so
    // the text after the descriptor must open with a capital.
    let after = rest
        .split_whitespace()
        .nth(article + descriptor.len())
        // "the charity foundation «Kind Hearts»": a name in marks.
        .is_some_and(|name| {
            name.trim_start_matches(is_opener)
                .starts_with(char::is_uppercase)
        });
    (described && after).then_some(0)
}

/// Nouns that say what kind of body a name is, after "the" and before the
/// name ("the equipment maker X").
const DESCRIPTORS: [&str; 16] = [
    "maker",
    "manufacturer",
    "company",
    "firm",
    "charity",
    "foundation",
    "trust",
    "bank",
    "group",
    "insurer",
    "retailer",
    "provider",
    "operator",
    "publisher",
    "developer",
    "philanthropist",
];

/// The most words of a descriptor before a funder's name.
const MOST_DESCRIPTOR_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use super::super::span::texts;
    use super::*;

    fn funders(sentence: &str) -> Vec<&str> {
        texts(sentence, &funders_in(sentence, 0, sentence.len()))
    }

    #[test]
    fn a_seat_after_the_comma_is_the_names() {
        assert_eq!(
            funders("The workshop was conducted with financial assistance from the Sahyog Women's Trust, Cuttack"),
            ["the Sahyog Women's Trust, Cuttack"]
        );
        assert_eq!(
            funders("The workshop was funded by the Sahyog Trust, Oxfam and the Fund"),
            ["the Sahyog Trust", "Oxfam", "the Fund"]
        );
    }

    #[test]
    fn each_one_thanked_with_its_own_reason() {
        assert_eq!(
            funders("The Commission expresses its gratitude to the Government of Malawi for its warm hospitality and to the Kingdom of Belgium for the financial support which made the seminar possible"),
            ["the Kingdom of Belgium"]
        );
        assert_eq!(
            funders("We thank the Office for the Coordination of Humanitarian Affairs for its financial support"),
            ["the Office for the Coordination of Humanitarian Affairs"]
        );
    }

    #[test]
    fn a_company_form_a_country_or_a_tier_after_the_name() {
        assert_eq!(
            funders(
                "The workshop had the support of the Fjord Foundation, Inc. and was held in Bergen"
            ),
            ["the Fjord Foundation, Inc"]
        );
        assert_eq!(
            funders("It was carried out with the support of the Fjord Fund and Fundación Mar Vivo, A.C."),
            ["the Fjord Fund", "Fundación Mar Vivo, A.C"]
        );
        assert_eq!(
            funders("The conclave was supported by Fjord Inverters (Platinum Partner) and Fjord Cables (Associate Partner)."),
            ["Fjord Inverters", "Fjord Cables"]
        );
        assert_eq!(
            funders("The training is funded by the Government of Fjordland through the Agency’s Project Safe Horizon."),
            ["the Government of Fjordland"]
        );
    }

    #[test]
    fn whom_a_funder_pays_for_and_words_of_a_name() {
        assert!(funders("Each year, some 230 young people supported by the Fjord Service reach the age of majority").is_empty());
        assert!(funders("The standards are to become binding for all facilities funded by the federal government from 2027").is_empty());
        assert!(funders("The Ministry, through the Centre of Operational Support of Childhood and Youth (COS), promotes a seminar").is_empty());
    }

    #[test]
    fn sponsorship_accompaniment_a_partnership_thanks_and_a_relative_clause() {
        assert_eq!(
            funders("It is organised with the financial support of the Fondation Fjord Solidarité and with the accompaniment of the Tide Child Rights Fund"),
            ["the Fondation Fjord Solidarité", "the Tide Child Rights Fund"]
        );
        assert_eq!(
            funders("The journeys had the sponsorship of the Fjord Pharmaceutical Company and the support of the Tide Health Foundation"),
            ["the Fjord Pharmaceutical Company", "the Tide Health Foundation"]
        );
        assert_eq!(
            funders("The mission is funded under the Court's partnership with the European Union"),
            ["the European Union"]
        );
        assert_eq!(
            funders("The conference has counted on the collaboration of the Fundació Mar i Terra, which has financed the edition of the materials"),
            ["the Fundació Mar i Terra"]
        );
        assert_eq!(
            funders("She thanked the Government of Fjordland and the Government of Tideland, whose funding made the gathering possible"),
            ["the Government of Fjordland", "the Government of Tideland"]
        );
        // Contributions to a programme by the body's partners pay for nothing.
        assert!(funders("The second day concentrated on abuse, with contributions from the Trust’s partners in the voluntary sector").is_empty());
    }

    #[test]
    fn translated_turns_of_paying() {
        assert_eq!(
            funders("It is organized with the financial support of the Tide Partnership (TP) and the technical support of the Fjord Foundation"),
            ["the Tide Partnership (TP)", "the Fjord Foundation"]
        );
        assert_eq!(
            funders("Organised by the Direction, with the technical and financial accompaniment of the Gulf Justice Partnership, this seminar gathers judges"),
            ["the Gulf Justice Partnership"]
        );
        assert_eq!(
            funders("The event was organized jointly with the Ministry and with the assistance of the public foundation «Safe Childhood»"),
            ["the public foundation «Safe Childhood»"]
        );
        assert_eq!(
            funders("The conference was financed by a project implemented with funds granted by the Danube Foundation"),
            ["the Danube Foundation"]
        );
    }

    #[test]
    fn firms_abbreviations_grants_and_what_else_is_funded() {
        assert_eq!(
            funders("The seminar was sponsored by Hamdy, Nassar & Partners Law Firm."),
            ["Hamdy, Nassar & Partners Law Firm"]
        );
        assert_eq!(
            funders("The event is sponsored by Minera Huaylas S.A.A. and Andes Copper Logistics."),
            ["Minera Huaylas S.A.A.", "Andes Copper Logistics"]
        );
        assert_eq!(
            funders("It was financed by the Airport Fund with a grant of 18,000 euros."),
            ["the Airport Fund"]
        );
        assert_eq!(
            funders("It was co-financed by the European Union and held with the support of the City of Split."),
            ["the European Union", "the City of Split"]
        );
        assert!(funders("Places are free for organisations funded by the Board.").is_empty());
        assert_eq!(
            funders(
                "The summit is made possible by a $250,000 gift from the Harlow Family Foundation."
            ),
            ["the Harlow Family Foundation"]
        );
        assert_eq!(
            funders("It is held with the financial support of the Nordic Foundation for Children’s Justice."),
            ["the Nordic Foundation for Children’s Justice"]
        );
        assert!(funders("Officers of the Federal Police contributed to the sessions.").is_empty());
        assert_eq!(
            funders("Norway contributed to the costs of the course."),
            ["Norway"]
        );
    }

    #[test]
    fn voluntary_contributions_descriptors_and_a_clause_after_the_name() {
        assert_eq!(
            funders("It was organised with a voluntary contribution from the Principality of Monaco and with the support of the Tide Ministry"),
            ["the Principality of Monaco", "the Tide Ministry"]
        );
        assert_eq!(
            funders("It is sponsored by the Fjord Foundation, with additional support from the outdoor equipment maker Summitcraft"),
            ["the Fjord Foundation", "the outdoor equipment maker Summitcraft"]
        );
        assert_eq!(
            funders("It was made possible by a grant from the Tide Trust, and the Pellow Family Trust covered the travel of volunteers"),
            ["the Tide Trust", "the Pellow Family Trust"]
        );
        assert!(funders("It is supported by the local community in Oslo").is_empty());
        assert_eq!(
            funders("The hackathon took place on 30 May and was supported by law firm Tide LLP and cloud provider Nimbus Data"),
            ["law firm Tide LLP", "cloud provider Nimbus Data"]
        );
        assert!(
            funders("It trained 38 community organisations supported by the Tide Trust").is_empty()
        );
    }

    #[test]
    fn a_government_by_its_level_and_helpers_who_are_people() {
        assert_eq!(
            funders("It is offered with the support of the federal government, the Province of Tide and the European Union"),
            ["the federal government", "the Province of Tide", "the European Union"]
        );
        assert!(
            funders("Participants will draft plans with support from CRDB technical staff")
                .is_empty()
        );
    }

    #[test]
    fn financing_sponsorship_and_a_clause_that_has_support() {
        assert_eq!(
            funders("It was convened with financing from the Federal Republic of Germany and the Kingdom of the Netherlands"),
            ["the Federal Republic of Germany", "the Kingdom of the Netherlands"]
        );
        assert_eq!(
            funders("It is sponsored by the Tide Institute and has institutional support from the Harbour Foundation"),
            ["the Tide Institute", "the Harbour Foundation"]
        );
    }

    #[test]
    fn funders_in_the_active_voice_and_with_a_purpose() {
        assert_eq!(
            funders("Canada is contributing $180,000 toward the forum, and the Prairie Insurance Bureau is sponsoring its exercises"),
            ["Canada", "the Prairie Insurance Bureau"]
        );
        assert_eq!(
            funders("It is co-financed by the Hallström Trust, with additional funding from the Government of Luxembourg for participants’ travel"),
            ["the Hallström Trust", "the Government of Luxembourg"]
        );
        assert_eq!(
            funders("It was financed thanks to contributions from Sweden and the United Kingdom to the regional project \"Safe Online\""),
            ["Sweden", "the United Kingdom"]
        );
        assert_eq!(
            funders("It is funded by the European Union's Horizon Europe research and innovation programme"),
            ["the European Union's Horizon Europe research and innovation programme"]
        );
        assert_eq!(
            funders("Financial support for the consultation is provided by Denmark and the European Union"),
            ["Denmark", "the European Union"]
        );
        assert_eq!(
            funders("It was held with logistical support from the City of Montreuil, which provided the venue"),
            ["the City of Montreuil"]
        );
        assert_eq!(
            funders("The training was underwritten by the Merriman Family Foundation"),
            ["the Merriman Family Foundation"]
        );
        assert_eq!(
            funders("It is funded by the Fund for Justice and Peace"),
            ["the Fund for Justice and Peace"]
        );
    }

    #[test]
    fn funds_amounts_and_donations() {
        assert_eq!(
            funders("It is funded by the European Union with EUR 4.2 million over three years"),
            ["the European Union"]
        );
        assert_eq!(
            funders(
                "It is held with funding from the federal disaster fund and the Interreg programme"
            ),
            ["the federal disaster fund", "the Interreg programme"]
        );
        assert_eq!(
            funders("The round table had the institutional support of the Regional Ministry of Family Affairs"),
            ["the Regional Ministry of Family Affairs"]
        );
        assert_eq!(
            funders("It took place thanks to a grant from the St Aidan Trust and to donations from the Oak Fund"),
            ["the St Aidan Trust", "the Oak Fund"]
        );
        assert!(funders("Lawyers spoke in support of the victims").is_empty());
    }

    #[test]
    fn funders_in_more_phrasings() {
        assert_eq!(
            funders("Funding for the workshop came from the Governance Facility, a multi-donor trust fund administered by the Bank"),
            ["the Governance Facility"]
        );
        assert_eq!(
            funders("It is held with the backing of the Resilience Trust and is sponsored in part by the Seed Co-operative"),
            ["the Resilience Trust", "the Seed Co-operative"]
        );
        assert_eq!(
            funders("It is held with financial support from the Green Trust Fund; the identifiers were donated by the Government of Finland"),
            ["the Green Trust Fund", "the Government of Finland"]
        );
        assert_eq!(
            funders("Its costs were covered by the Raíces Fund, with a further grant from the Ministry of Foreign Affairs of Denmark"),
            ["the Raíces Fund", "the Ministry of Foreign Affairs of Denmark"]
        );
        assert_eq!(
            funders("The Network received financial backing for the training from the Ubuntu Justice Trust, while the Irish Embassy covered travel costs"),
            ["the Ubuntu Justice Trust", "the Irish Embassy"]
        );
        assert_eq!(
            funders("The consultation is financed by the Dutch foundation Samen Delen and by the Government of Luxembourg"),
            ["the Dutch foundation Samen Delen", "the Government of Luxembourg"]
        );
        assert_eq!(
            funders("It is made possible by a grant from the Harriet and Leon Baptiste Family Foundation"),
            ["the Harriet and Leon Baptiste Family Foundation"]
        );
        assert!(
            funders("They visited a school funded by the company's community programme").is_empty()
        );
        assert_eq!(
            funders("The workshop is part of a project funded by the European Union"),
            ["the European Union"]
        );
    }

    #[test]
    fn funders_in_yet_more_phrasings() {
        assert_eq!(
            funders("It was made possible thanks to contributions from the governments of Ireland and Norway to UNCAF's programme in Malawi"),
            ["Ireland", "Norway"]
        );
        assert_eq!(
            funders("The Network gratefully acknowledges the financial contribution of the Government of Norway to the conference"),
            ["the Government of Norway"]
        );
        assert_eq!(
            funders("Representatives of 38 community organisations supported by the Ashworth Trust met in Leeds"),
            Vec::<&str>::new()
        );
        assert_eq!(
            funders("Funding has been provided by the Doblhoff Fund, with additional support from the Kranz Foundation"),
            ["the Doblhoff Fund", "the Kranz Foundation"]
        );
        assert_eq!(
            funders("Ireland and the Republic of Korea supported the meeting"),
            ["Ireland", "the Republic of Korea"]
        );
        assert_eq!(
            funders("It was sponsored by the Friends of Rosehill, the hospital's fundraising charity, and supported by an educational grant from the Care Trust"),
            ["the Friends of Rosehill", "the Care Trust"]
        );
        assert_eq!(
            funders(
                "The course is being paid for by a £48,000 grant from the Flood Resilience Fund"
            ),
            ["the Flood Resilience Fund"]
        );
        assert_eq!(
            funders("It is co-financed by the Commission's Directorate-General for Health and Food Safety under the EU4Health programme"),
            ["the Commission's Directorate-General for Health and Food Safety"]
        );
        assert_eq!(
            funders("The course is financed under the Border Management and Visa Instrument"),
            ["the Border Management and Visa Instrument"]
        );
    }

    #[test]
    fn thanks_for_money_name_a_funder() {
        assert_eq!(
            funders(
                "We thank the Government of Finland for its generous contribution to the seminar"
            ),
            ["the Government of Finland"]
        );
        assert_eq!(
            funders("The Minister thanked Chile and Peru for their financial support"),
            ["Chile", "Peru"]
        );
        assert!(funders("She thanked the speakers for their insights").is_empty());
    }

    #[test]
    fn active_and_shared_funding_phrasings() {
        assert_eq!(
            funders("The Government of Japan generously funded the workshop"),
            ["The Government of Japan"]
        );
        assert_eq!(
            funders("The Lindqvist Foundation provided funding for the conference"),
            ["The Lindqvist Foundation"]
        );
        assert_eq!(
            funders("It was made possible by a grant from the Hartwell Foundation, with co-financing from the European Union"),
            ["the Hartwell Foundation", "the European Union"]
        );
        assert_eq!(
            funders("It is financed by the European Union under a regional project against crime"),
            ["the European Union"]
        );
        assert_eq!(
            funders(
                "It is supported by Canada through its Peace and Stabilization Operations Program"
            ),
            ["Canada"]
        );
    }

    #[test]
    fn funders_in_other_phrasings() {
        assert_eq!(
            funders("Norway and the Blue Fund funded the course"),
            ["Norway", "the Blue Fund"]
        );
        assert_eq!(
            funders("The Ocean Trust has sponsored the forum since 2019"),
            ["The Ocean Trust"]
        );
        assert_eq!(funders("It funded the course"), Vec::<&str>::new());
        assert_eq!(
            funders("Several donors, among them Chile, funded the course"),
            Vec::<&str>::new()
        );
        assert_eq!(
            funders("It ran with financial assistance from the Harbour Fund"),
            ["the Harbour Fund"]
        );
        assert_eq!(
            funders("It ran with additional support from the county's Office for Safe Roads"),
            ["the county's Office for Safe Roads"]
        );
    }

    #[test]
    fn funders_after_their_phrases() {
        assert_eq!(
            funders("It was financed in part by the Coastal Aid and Justice Trust"),
            ["the Coastal Aid and Justice Trust"]
        );
        assert_eq!(
            funders("It is made possible by a grant from Lumo Group and by contributions from the Indo-Pacific Fund for Water Safety and Health"),
            ["Lumo Group", "the Indo-Pacific Fund for Water Safety and Health"]
        );
        assert_eq!(
            funders("It is funded by Chile and co-funded by the Blue Fund"),
            ["Chile", "the Blue Fund"]
        );
        assert_eq!(
            funders("Financial support for the course came from Chile and Ghana"),
            ["Chile", "Ghana"]
        );
        assert_eq!(
            funders("The Port Authority, with support from the Blue Fund, is organising a course, which was made possible through funding from Chile"),
            ["the Blue Fund", "Chile"]
        );
        assert_eq!(
            funders("Additional funding was provided by the Government of Ghana"),
            ["the Government of Ghana"]
        );
        assert_eq!(
            funders("It is funded by Chile and the Blue Fund"),
            ["Chile", "the Blue Fund"]
        );
        assert_eq!(
            funders("It was made possible by a generous contribution from Iceland"),
            ["Iceland"]
        );
        assert_eq!(
            funders("The course is supported by the governments of Fiji, Ghana and Peru"),
            ["Fiji", "Ghana", "Peru"]
        );
        assert_eq!(
            funders("It was held thanks to financial contributions from Chile"),
            ["Chile"]
        );
        assert_eq!(
            funders("with the support of Trinidad and Tobago and Malta"),
            ["Trinidad and Tobago", "Malta"]
        );
        assert_eq!(
            funders("The plan is supported by evidence"),
            Vec::<&str>::new()
        );
        assert_eq!(
            funders("thanks to the hard work of staff"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn sponsors_by_tier_names_in_marks_and_technical_backers() {
        assert_eq!(
            funders("The Forum is sponsored by Tide Telecom as Platinum Sponsor and Fjord Bank as Gold Sponsor."),
            ["Tide Telecom", "Fjord Bank"]
        );
        assert_eq!(
            funders("The conference was held with the support of the charity foundation «Kind Hearts» and the pharmaceutical company «Medtrade»."),
            ["the charity foundation «Kind Hearts»", "the pharmaceutical company «Medtrade»"]
        );
        assert_eq!(
            funders("The workshop was realised with the financial support of the Sahel Education Fund (SEF) and the technical accompaniment of the NGO Enfance Debout."),
            ["the Sahel Education Fund (SEF)", "the NGO Enfance Debout"]
        );
        assert_eq!(
            funders("This training was realised with the financing of the Tide Health Foundation and with the technical support of the Health Direction of the Sud."),
            ["the Tide Health Foundation", "the Health Direction of the Sud"]
        );
        assert_eq!(
            funders("She thanked the conference sponsors, foremost among them Tide Medical Supplies Company and Fjord Care Hospital, as well as the committee."),
            ["Tide Medical Supplies Company", "Fjord Care Hospital"]
        );
        assert_eq!(
            funders("The training is given with the sponsorship of the Seafarers Welfare Trust."),
            ["the Seafarers Welfare Trust"]
        );
    }

    #[test]
    fn a_sponsor_as_predicate_a_relative_clause_and_technical_assistance() {
        assert_eq!(
            funders("The general sponsor of the conference is Jadran Osiguranje, and the conference is supported by the Croatian Fund for Labour Mobility."),
            ["Jadran Osiguranje", "the Croatian Fund for Labour Mobility"]
        );
        assert_eq!(
            funders("The ceremony was held in the presence of partners, among them the Nordic Midwifery Partnership, which finances the event, and the Great Lakes Initiative."),
            ["the Nordic Midwifery Partnership"]
        );
        assert_eq!(
            funders("It was supported by the university's Student Voice Fund, which paid for live captioning."),
            ["the university's Student Voice Fund"]
        );
        assert_eq!(
            funders("The training has financial support from the Government of Japan and technical assistance from the Asian Disaster Readiness Network."),
            ["the Government of Japan", "the Asian Disaster Readiness Network"]
        );
        assert_eq!(
            funders("This workshop is realised with the financial support of the Fondation Enfance Solidaire and in partnership with the Social Promotion Centres."),
            ["the Fondation Enfance Solidaire"]
        );
    }

    #[test]
    fn an_event_financed_from_a_fund_but_not_measures_financed_from_resources() {
        assert_eq!(
            funders("The seminar was financed from the Nordic-Baltic Child Safety Fund."),
            ["the Nordic-Baltic Child Safety Fund"]
        );
        assert_eq!(
            funders("The workshop is co-financed from the Danube Region Quality Infrastructure Fund and is intended for experts."),
            ["the Danube Region Quality Infrastructure Fund"]
        );
        assert_eq!(
            funders("The seminar will address the traceability of measures financed from European Union resources."),
            Vec::<&str>::new()
        );
    }
}
