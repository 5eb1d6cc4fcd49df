//! Lists as releases write them: "Spain, France and Belgium", split at
//! commas and "and" only where the parts are items. Names that hold an
//! "and" ("Bosnia and Herzegovina", "the Ministry of Justice and Legal
//! Affairs") stay whole.

use super::list_names::{comma_names, firm_names, inside_organisation_name};
use super::paragraphs::{find_all, starts_with_ci, trim, trim_end_marks};
use super::span::{Ranges, TextRange};

/// Countries and territories whose names hold "and" (or a comma): one item
/// each in a list. The one list of them; matched ignoring ASCII case.
pub(crate) const NAMES_WITH_AND: [&str; 22] = [
    "Bosnia and Herzegovina",
    "Trinidad and Tobago",
    "Antigua and Barbuda",
    "Saint Kitts and Nevis",
    "St Kitts and Nevis",
    "St. Kitts and Nevis",
    "Saint Vincent and the Grenadines",
    "St Vincent and the Grenadines",
    "St. Vincent and the Grenadines",
    "Sao Tome and Principe",
    "São Tomé and Príncipe",
    "Heard Island and McDonald Islands",
    "Turks and Caicos Islands",
    "Wallis and Futuna",
    "Saint Pierre and Miquelon",
    "South Georgia and the South Sandwich Islands",
    "Svalbard and Jan Mayen",
    "Bonaire, Sint Eustatius and Saba",
    "Saint Helena, Ascension and Tristan da Cunha",
    "United Kingdom of Great Britain and Northern Ireland",
    "Ashmore and Cartier Islands",
    "Serbia and Montenegro",
];

/// Leads that say a list's items are governments: "the governments of
/// Norway, Sweden and Finland" gives "Norway", "Sweden", "Finland".
const GOVERNMENTS_OF: [&str; 2] = ["the governments of ", "governments of "];

/// Where the names of [`NAMES_WITH_AND`] stand in `start..end` of `text`.
fn protected(text: &str, start: usize, end: usize) -> Vec<TextRange> {
    let slice = &text[start..end];
    let mut out = Vec::new();
    // Most lists hold no "and" that a name could own: skip the search then.
    if find_all(slice, " and ").is_empty() && !slice.contains(',') {
        return out;
    }
    for name in NAMES_WITH_AND {
        let lower = name.to_lowercase();
        for at in find_all(slice, &lower) {
            out.push(TextRange::new(start + at, start + at + lower.len()));
        }
    }
    out.extend(comma_names(text, start, end));
    out.extend(firm_names(text, start, end));
    out
}

/// Splits `start..end` of `text` as a list: at ", " and ", and " and at
/// " and " or " as well as " between the last items ("Spain, France, the
/// United States and Belgium"), never inside a name of
/// [`NAMES_WITH_AND`] or an organisation's name. Once an item says where
/// its people come from ("officials from A, B and C"), the rest of the
/// list is theirs.
pub(crate) fn split_list(text: &str, start: usize, end: usize) -> Vec<TextRange> {
    let names = Ranges::new(protected(text, start, end));
    let inside = |at: usize| names.contains(at);
    let mut start = start;
    let lead = &text[start..end];
    if let Some(found) = GOVERNMENTS_OF
        .iter()
        .find(|lead_in| starts_with_ci(lead, lead_in))
    {
        start += found.len();
    }
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let slice = &text[start..end];
    for separator in [", ", " as well as "] {
        for at in find_all(slice, separator) {
            let at = start + at;
            // "from Chile as well as from Peru": one more origin, not an item.
            let more_origin = separator == " as well as "
                && slice[at - start + separator.len()..].starts_with("from ");
            if !inside(at) && !more_origin {
                cuts.push((at, at + separator.len()));
            }
        }
    }
    cuts.sort_unstable();
    let mut pieces = Vec::new();
    let mut from = start;
    for (cut_start, cut_end) in cuts {
        if cut_start >= from {
            pieces.push(TextRange::new(from, cut_start));
            from = cut_end;
        }
    }
    pieces.push(TextRange::new(from, end));
    let mut out = Vec::new();
    let mut complement_from: Option<usize> = None;
    for piece in pieces {
        let TextRange {
            start: mut from,
            end: to,
        } = trim(text, piece.start, piece.end);
        if let Some(owner) = complement_from {
            // A place goes on the previous item's "from …" ("officials from
            // Chile, Peru and Bolivia"); people start a new item ("officers
            // from ten cities, nurses and pilots").
            let words = &text[from..to];
            let words = words.strip_prefix("and ").unwrap_or(words);
            let words = words.strip_prefix("the ").unwrap_or(words);
            if words.starts_with(char::is_uppercase) {
                if let Some(last) = out.last_mut() {
                    *last = trim_end_marks(text, owner, to, &['.', ',', ';']);
                }
                continue;
            }
            complement_from = None;
        }
        // ", with participants from 16 countries, among them A and B": a
        // note on where the whole list comes from, not one more item; the
        // places after it are not items either.
        if starts_with_ci(&text[from..to], "with ") && has_origin(text, from, to) {
            break;
        }
        if starts_with_ci(&text[from..to], "and ") {
            from += 4;
        }
        // "…, among them judges and lawyers": the items follow the lead.
        for lead in ["among them ", "including ", "such as "] {
            if starts_with_ci(&text[from..to], lead) {
                from += lead.len();
            }
        }
        let mut item_start = from;
        // Where the piece first says where its people come from.
        let origin = origin_at(text, from, to);
        for and in find_all(&text[from..to], " and ") {
            let and = from + and;
            if and < item_start || inside(and) || inside_organisation_name(text, item_start, and) {
                continue;
            }
            if origin.is_some_and(|origin| item_start <= origin && origin < and) {
                break;
            }
            out.push(trim(text, item_start, and));
            item_start = and + 5;
        }
        let item = trim_end_marks(text, item_start, to, &['.', ',', ';']);
        if has_origin(text, item.start, item.end) {
            complement_from = Some(item.start);
        }
        out.push(item);
    }
    out.retain(|range| !range.is_empty());
    out
}

/// Whether `start..end` of `text` says where its people come from: "officials
/// from four states".
fn has_origin(text: &str, start: usize, end: usize) -> bool {
    origin_at(text, start, end).is_some()
}

/// Where `start..end` of `text` first says where its people or groups are:
/// " from " ("officials from four states"), or " in " before a place's
/// capital ("Friends meetings in Kenya, Britain and the United States").
fn origin_at(text: &str, start: usize, end: usize) -> Option<usize> {
    let slice = &text[start..end];
    let from = find_all(slice, " from ").first().copied();
    // Only after people or groups in the plural: not "the Embassy of
    // Finland in Nairobi".
    let in_place = find_all(slice, " in ").into_iter().find(|&at| {
        let before = slice[..at].rsplit(' ').next().unwrap_or("");
        slice[at + 4..].starts_with(char::is_uppercase)
            && before.len() > 3
            && before.ends_with('s')
            && before.chars().all(|c| c.is_lowercase())
    });
    [from, in_place]
        .into_iter()
        .flatten()
        .min()
        .map(|at| start + at)
}

#[cfg(test)]
mod tests {
    use super::super::span::texts;
    use super::*;

    fn items(text: &str) -> Vec<&str> {
        texts(text, &split_list(text, 0, text.len()))
    }

    #[test]
    fn commas_and_the_last_and_split() {
        assert_eq!(
            items("Chile, Kenya, the Republic of Korea and Canada."),
            ["Chile", "Kenya", "the Republic of Korea", "Canada"]
        );
        assert_eq!(items("P, Q, and R"), ["P", "Q", "R"]);
        assert_eq!(items("nurses and midwives"), ["nurses", "midwives"]);
        assert_eq!(
            items("teachers as well as school inspectors"),
            ["teachers", "school inspectors"]
        );
    }

    #[test]
    fn groups_in_places_stay_whole() {
        assert_eq!(
            items("Friends meetings in Kenya, Britain and the United States"),
            ["Friends meetings in Kenya, Britain and the United States"]
        );
        assert_eq!(
            items("the Embassy of Finland in Nairobi and the Tumaini Fund"),
            ["the Embassy of Finland in Nairobi", "the Tumaini Fund"]
        );
    }

    #[test]
    fn names_holding_and_stay_whole() {
        assert_eq!(
            items("Trinidad and Tobago, Wallis and Futuna and Bosnia and Herzegovina"),
            [
                "Trinidad and Tobago",
                "Wallis and Futuna",
                "Bosnia and Herzegovina"
            ]
        );
        assert_eq!(
            items("Peru and Saint Kitts and Nevis"),
            ["Peru", "Saint Kitts and Nevis"]
        );
        assert_eq!(
            items("Bonaire, Sint Eustatius and Saba and Aruba"),
            ["Bonaire, Sint Eustatius and Saba", "Aruba"]
        );
    }

    #[test]
    fn as_well_as_from_adds_an_origin() {
        assert_eq!(
            items("pilots, and engineers from Chile as well as from Peru"),
            ["pilots", "engineers from Chile as well as from Peru"]
        );
    }

    #[test]
    fn names_made_of_a_list_stay_whole() {
        assert_eq!(
            items("Chile, the Blue Fund and the Ocean League's Reefs, Kelp and Seagrass Fund"),
            [
                "Chile",
                "the Blue Fund",
                "the Ocean League's Reefs, Kelp and Seagrass Fund"
            ]
        );
        assert_eq!(
            items("the Water, Sanitation and Hygiene Programme and Peru"),
            ["the Water, Sanitation and Hygiene Programme", "Peru"]
        );
        // Items that happen to end in a tail but hold a lower-case word stay apart.
        assert_eq!(
            items("Chile, the port of Arica and Blue Trust"),
            ["Chile", "the port of Arica", "Blue Trust"]
        );
    }

    #[test]
    fn organisation_names_holding_and_stay_whole() {
        assert_eq!(
            items("the Ministry of Health and Family Welfare and the Blue Fund"),
            ["the Ministry of Health and Family Welfare", "the Blue Fund"]
        );
        assert_eq!(
            items("the Office for Equality and Inclusion, Ghana and Fiji"),
            ["the Office for Equality and Inclusion", "Ghana", "Fiji"]
        );
        assert_eq!(
            items("the Ministry of Culture and the Ministry of Sport"),
            ["the Ministry of Culture", "the Ministry of Sport"]
        );
    }

    #[test]
    fn with_people_from_n_places_ends_the_list() {
        assert_eq!(
            items("12 nurses, midwives and pharmacists, with delegates from nine states, among them Chile and Peru"),
            ["12 nurses", "midwives", "pharmacists"]
        );
        // "with" that says no origin is left as it was.
        assert_eq!(items("nurses, with midwives"), ["nurses", "with midwives"]);
    }

    #[test]
    fn leads_of_a_sub_list_are_left_out() {
        assert_eq!(
            items("delegates, among them judges and notaries"),
            ["delegates", "judges", "notaries"]
        );
    }

    #[test]
    fn governments_of_a_b_and_c_give_a_b_and_c() {
        assert_eq!(
            items("the governments of Malta, Chile and Japan"),
            ["Malta", "Chile", "Japan"]
        );
    }

    #[test]
    fn where_people_come_from_stays_with_them() {
        assert_eq!(
            items("nurses, doctors and pharmacists from Togo, Benin and Niger"),
            [
                "nurses",
                "doctors",
                "pharmacists from Togo, Benin and Niger"
            ]
        );
        assert_eq!(
            items("officers from ten cities, nurses and pilots"),
            ["officers from ten cities", "nurses", "pilots"]
        );
        assert_eq!(
            items("paramedics and firefighters from six regions"),
            ["paramedics", "firefighters from six regions"]
        );
    }
}
