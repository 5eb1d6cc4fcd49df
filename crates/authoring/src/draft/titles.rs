//! What stands around a person's name and is no part of it: honorifics and
//! titles before it ("Dr", "H.E. Mr", "Ambassador", "mgr inż."), ranks
//! ("Major"), and letters after it ("MP", "Ph.D.").

/// Letters after a name that are no part of it ("Joseph Farrugia MP").
pub(crate) const POST_NOMINALS: [&str; 22] = [
    "MP", "MEP", "MSP", "QC", "KC", "Ph.D.", "PhD", "Jr", "Sr", "OBE", "MBE", "CBE", "MdB", "TD",
    "SC", "RN", "MC", "MD", "MPH",
    // "NAME, IPS, Additional Director General of Police": India's police,
    // administrative and foreign services.
    "IPS", "IAS", "IFS",
];

/// Honorifics and titles that stand before a name and are not part of it,
/// in lower case without their full stop.
const TITLES: [&str; 149] = [
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "h.e",
    "hon",
    "honourable",
    "honorable",
    "sir",
    "dame",
    "rev",
    "reverend",
    "ambassador",
    // "H.E. Amb. NAME".
    "amb",
    "judge",
    "justice",
    "senator",
    "excellency",
    "cllr",
    "fra",
    "dr.-ing",
    "sen",
    "rep",
    "councillor",
    "rt",
    "eng",
    "engr",
    "bishop",
    "archbishop",
    "cardinal",
    "canon",
    "judr",
    "mudr",
    "mgr",
    "phdr",
    // "RNDr. NAME", "PaedDr. NAME", "MVDr. NAME", "doc. NAME", "Bc. NAME":
    // Czech and Slovak degrees; "Prim. Dr. NAME", an Austrian head
    // physician.
    "rndr",
    "paeddr",
    "mvdr",
    "pharmdr",
    "thdr",
    "doc",
    "bc",
    "prim",
    // Police and military ranks as releases shorten them ("says Cst.
    // NAME", "Det. Supt. NAME").
    "cst",
    "const",
    // "Staff Sgt. NAME".
    "staff",
    "sgt",
    "insp",
    "supt",
    "det",
    "cpl",
    "lt",
    "capt",
    "col",
    "maj",
    "cmdr",
    // Barrister, as Nigerian and Pakistani releases title a lawyer.
    "barr",
    "barrister",
    // Clergy and faith leaders ("the Rt Revd NAME"), and a retired
    // officer's rank ("Colonel (Retd) NAME").
    "revd",
    "retd",
    // "Capt. (Rtd) NAME" as East African releases write it; "Major (res.)
    // NAME", a reserve officer.
    "rtd",
    "res",
    // "Univ.-Prof. Dr. NAME", an Austrian professor's title.
    "univ.-prof",
    // "Rev. Fr. NAME", "Sr. NAME" (a religious sister), "Msgr. NAME".
    "fr",
    "sr",
    "msgr",
    "sister",
    "brother",
    "father",
    "imam",
    "rabbi",
    "pastor",
    "sheikh",
    "archpriest",
    "archimandrite",
    // "the Very Reverend NAME", "the Right Reverend Dr NAME".
    "very",
    "right",
    // The Austrian Magister's degree: "says Mag. NAME"; an engineer's and
    // a licentiate's in Central Europe and Latin America ("Ing. NAME",
    // "Licda. NAME").
    "mag",
    "ing",
    "lic",
    "licda",
    "licdo",
    "lcda",
    "lcdo",
    // "Datuk Hajah NAME", "Dato' Sri NAME", "Puan NAME", "Awang Haji
    // NAME": Malaysian and Bruneian honours and honorifics.
    "awang",
    "dayang",
    "datuk",
    "datin",
    "dato",
    "hajah",
    "haji",
    "puan",
    "encik",
    // "Dkt. NAME": a doctor, as Tanzanian houses shorten "Daktari".
    "dkt",
    // "Abg. NAME": a Paraguayan lawyer (abogado); "Mtra. NAME", "Mtro.
    // NAME": a Mexican master's degree.
    "abg",
    "mtra",
    "mtro",
    // "Lady Justice NAME", "Air Vice Marshal NAME".
    "lady",
    "marshal",
    // "Brig. Gen. NAME", "Assoc. Prof. Dr. NAME", "Atty. NAME" (a
    // Philippine attorney), "Me NAME" (a French-speaking lawyer).
    "brig",
    "gen",
    "assoc",
    "associate",
    "asst",
    // "Assist. Prof. Dr NAME", an assistant professor as Slovenian houses
    // shorten it.
    "assist",
    // "Pr NAME", a French professor; "Licenciado NAME", a Central American
    // graduate; "drs. NAME", a Dutch doctorandus.
    "pr",
    "licenciado",
    "licenciada",
    "drs",
    "atty",
    "me",
    // "mgr inż. NAME" (a Polish engineer), "CA. NAME" (an Indian chartered
    // accountant).
    "inż",
    "ca",
    // "prof. dr hab. NAME": a Polish habilitated doctor.
    "hab",
    "hafiz",
    // Honorifics of South Asia and West Africa.
    "shri",
    "sri",
    "smt",
    "alhaji",
    "alhaja",
    "hajia",
    "hajiya",
    "hajji",
    // "Adv. NAME", an advocate in Southern Africa and India; "MSc. NAME",
    // a master's degree before a name as Cuban houses write it.
    "adv",
    "msc",
    // "Cr NAME", an Australian councillor; "Madame NAME", "Madam NAME",
    // "Mme NAME"; "Av. NAME", a Turkish lawyer (avukat).
    "cr",
    "madame",
    "madam",
    "mme",
    "av",
    // "W/ro NAME", "Ato NAME": an Ethiopian Mrs and Mr.
    "w/ro",
    "w/rt",
    "ato",
    // Philippine police ranks as written before a name ("PCol. NAME"), and
    // Indonesian ones ("Brigjen Pol NAME", "Kombes Pol NAME").
    "pgen",
    "pltgen",
    "pmgen",
    "pbgen",
    "pcol",
    "pltcol",
    "pmaj",
    "pcpt",
    "brigjen",
    "kombes",
    "irjen",
    "pol",
];

/// Police ranks as Commonwealth and Asian forces abbreviate them before a
/// name ("ACP NAME", "SSP NAME", "IGP NAME"), written in capitals only: in
/// any other case they are words or names.
const RANK_ABBREVIATIONS: [&str; 22] = [
    "IGP", "AIGP", "AIG", "DIG", "DIGP", "SSP", "SP", "ASP", "DSP", "CSP", "ACP", "DCP", "CP",
    "SAC", "DAC", "COP", "DCOP", "ACOP", "AKBP", "AKP", "SSG", "SPO",
];

/// Ranks that stand before a name as its role, when no office follows.
pub(crate) const RANKS: [&str; 12] = [
    "Captain",
    "Colonel",
    "Major",
    "General",
    "Lieutenant",
    "Sergeant",
    "Commander",
    "Admiral",
    "Corporal",
    "Inspector",
    "Constable",
    "Brigadier",
];

/// Words a rank of several words is made of besides the ranks themselves
/// ("Police Lieutenant General", "Vice Admiral", "Chief Inspector").
const RANK_WORDS: [&str; 7] = [
    "Police", "Vice", "Rear", "Chief", "Deputy", "Senior", "Staff",
];

/// Whether `role` is a rank alone ("Captain", "Police Lieutenant
/// General"), which an office after the name says more than.
pub(crate) fn is_rank(role: &str) -> bool {
    let words = role.split(' ');
    RANKS.contains(&role)
        || words.clone().count() > 1
            && words.clone().any(|word| RANKS.contains(&word))
            && words
                .into_iter()
                .all(|word| RANKS.contains(&word) || RANK_WORDS.contains(&word))
}

/// Titles that name an office, and so stand for the role when a release
/// gives no other ("H.E. Ambassador NAME of X, speaking for …").
pub(crate) const OFFICE_TITLES: [&str; 3] = ["ambassador", "judge", "senator"];

/// Where the role in `start..name_start` before a name ends: before the
/// titles that are the name's ("Summit keynote speaker Dr NAME"), not an
/// office's title, which is the role's ("District Judge NAME").
pub(crate) fn before_titles(text: &str, start: usize, name_start: usize) -> usize {
    let mut end = name_start;
    while let Some((before, title)) = text[start..end].trim_end().rsplit_once(' ') {
        let office = OFFICE_TITLES.contains(&title.to_lowercase().as_str());
        if !is_title(title) || office {
            break;
        }
        end = start + before.len();
    }
    end
}

/// Where the mention of a name ending at `name_end` ends: after the letters
/// that may follow it ("Joseph Farrugia MP").
pub(crate) fn after_post_nominal(text: &str, name_end: usize) -> usize {
    // "NAME, MD, PhD, head of …": letters after letters.
    let mut end = name_end;
    while let Some(next) = POST_NOMINALS.iter().find_map(|letters| {
        // "NAME MP", "NAME, MP, Chairperson of …"
        let rest = &text[end..];
        rest.strip_prefix(' ')
            .or_else(|| rest.strip_prefix(", "))?
            .strip_prefix(letters)
            .filter(|after| !after.starts_with(char::is_alphanumeric))
            .map(|after| {
                // "NAME, PhD., MPH": a stop after the letters, then more.
                let after = after
                    .strip_prefix('.')
                    .filter(|rest| rest.starts_with(", "))
                    .unwrap_or(after);
                text.len() - after.len()
            })
    }) {
        end = next;
    }
    // "NAME, M.Pharm., President of …", "M.Sc.": a degree's letters with a
    // stop inside them.
    let rest = &text[end..];
    if let Some(after) = rest.strip_prefix(", ") {
        let token = after.split([' ', ',']).next().unwrap_or("");
        let inner_stop = token.trim_end_matches('.').contains('.');
        let degree = inner_stop
            && token.len() <= MOST_DEGREE_BYTES
            && token.starts_with(char::is_uppercase)
            && token.chars().all(|c| c.is_alphabetic() || c == '.');
        if degree && after[token.len()..].starts_with(", ") {
            return after_post_nominal(text, text.len() - after.len() + token.len());
        }
    }
    end
}

/// The longest degree's letters read after a name ("M.Pharm.").
const MOST_DEGREE_BYTES: usize = 10;

/// The letters of an abbreviation in brackets ("(SSP)", "(DIG)"): two to
/// six capitals, as a rank or a body is shortened after its name.
pub(crate) fn bracketed_letters(word: &str) -> Option<&str> {
    word.strip_prefix('(')
        .and_then(|inner| inner.strip_suffix(')'))
        .filter(|inner| {
            (2..=MOST_BRACKETED_LETTERS).contains(&inner.len())
                && inner.chars().all(|c| c.is_ascii_uppercase())
        })
}

/// The most letters of an abbreviation in brackets.
const MOST_BRACKETED_LETTERS: usize = 6;

/// Whether `word` is an initial with its stop ("A.", "Ma."), not the
/// article "A".
pub(crate) fn is_initial(written: &str) -> bool {
    written.ends_with('.') && written.chars().count() <= 3
}

/// Whether `word` is a title that stands before a name ("Dr.", "H.E.").
pub(crate) fn is_title(word: &str) -> bool {
    if RANK_ABBREVIATIONS.contains(&word.trim_end_matches('.')) {
        return true;
    }
    // "HE the Assistant Secretary-General": His or Her Excellency in
    // capitals, never the pronoun.
    if ["HE", "HRH"].contains(&word) {
        return true;
    }
    // "Barr. (Mrs) NAME": an honorific in brackets.
    if let Some(inner) = word
        .strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
    {
        // "Major (res.) NAME": a bracket's title may be in lower case.
        let lower_case = TITLES.contains(&inner.trim_end_matches('.').to_lowercase().as_str());
        // "Deputy Inspector General of Police (DIG) NAME": a rank's letters
        // in brackets abbreviate the role before them.
        let abbreviated_rank = RANK_ABBREVIATIONS.contains(&inner);
        return !inner.starts_with('(') && !abbreviated_rank && (is_title(inner) || lower_case);
    }
    let lower = word.trim_end_matches(['.', '\'', '’']).to_lowercase();
    // "says mr. Sanne de Vries", "prof. dr. NAME": Dutch titles in lower case.
    // "mgr inż. NAME", "dr NAME": Polish degrees take no stop.
    let lower_case_title = (word.ends_with('.') || ["mgr", "dr"].contains(&word))
        && LOWER_CASE_TITLES.contains(&lower.as_str());
    (word.chars().next().is_some_and(char::is_uppercase) || lower_case_title)
        && TITLES.contains(&lower.as_str())
}

/// Titles some houses write in lower case, with their stop.
const LOWER_CASE_TITLES: [&str; 8] = ["mr", "dr", "prof", "mgr", "inż", "drs", "mag", "hab"];
