//! The words a role or a body is recognised by: the capitalised words that
//! open a role before a name ("Minister of Justice"), the nouns of
//! functions ("editor", "researcher"), and the words that make capitalised
//! words a body's name ("Union", "Council").

/// Capitalised words that open a role written before a name
/// ("Minister of Justice Anna Berg", "Deputy Director Jan Novak").
const ROLE_HEADS: [&str; 73] = [
    "Minister",
    // South Africa's Member of the Executive Council, a provincial minister.
    "MEC",
    "Deputy",
    "Undersecretary",
    "Under-Secretary",
    "Vice",
    "Secretary",
    "Secretary-General",
    "Under-Secretary-General",
    "Director",
    "Director-General",
    "Executive",
    "Head",
    "Chair",
    "Chairperson",
    "Chairman",
    "Chairwoman",
    "Co-Chair",
    "President",
    "Vice-President",
    "Commissioner",
    "Mayor",
    "Governor",
    "Prosecutor",
    "Prosecutor-General",
    "Attorney",
    "Defender",
    "Attorney-General",
    "Rapporteur",
    "Special",
    "Coordinator",
    "Co-ordinator",
    "Chief",
    "Registrar",
    "Ombudsperson",
    "Ombudsman",
    "Ombudswoman",
    "Ombud",
    "Inspector",
    "Superintendent",
    "Commander",
    "Colonel",
    "Captain",
    "General",
    "Envoy",
    "Delegate",
    "Member",
    "Lieutenant",
    "Sergeant",
    "Auditor",
    "Rector",
    "Prefect",
    "Chancellor",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Senior",
    "Permanent",
    "Representative",
    "Adviser",
    "Advisor",
    "Counsellor",
    "Counselor",
    "Officer",
    "Manager",
    "Administrator",
    // A cross-party group's or a committee's chair, in British usage.
    "Convener",
    "Convenor",
    "Founder",
    // "Social Affairs Provincial Councillor NAME": a regional or city
    // government's member for a portfolio.
    "Councillor",
    // "The Speaker of the County Children's Assembly, NAME,": a
    // parliament's or an assembly's chair.
    "Speaker",
    "State",
    "CEO",
];

/// Nouns that name a function, usually written lower case after a name
/// ("NAME, editor of the weekly X,"), and titles that are also functions:
/// with [`ROLE_HEADS`], the words a role is recognised by.
const ROLE_NOUNS: [&str; 110] = [
    "ambassador",
    "judge",
    "senator",
    "professor",
    "editor",
    "journalist",
    "lawyer",
    "researcher",
    "lecturer",
    // A role, but not one that opens a name: "Dean Whitfield" is a man.
    "dean",
    // "Alderman NAME", a Dutch or Belgian alderman; "Justice Promoter
    // NAME", a Brazilian prosecutor.
    "alderman",
    "alderwoman",
    "promoter",
    "teacher",
    "expert",
    "consultant",
    "analyst",
    "activist",
    "economist",
    "mediator",
    "counsellor",
    "psychologist",
    "paediatrician",
    "nurse",
    "investigator",
    "scholar",
    "correspondent",
    "leader",
    "executive",
    "official",
    "advocate",
    "campaigner",
    // "„…,“ the MP said": a member of parliament named before.
    "lawmaker",
    "legislator",
    "parliamentarian",
    "specialist",
    "doctor",
    "physician",
    "midwife",
    "trainer",
    "moderator",
    "facilitator",
    "fellow",
    "survivor",
    "volunteer",
    "organiser",
    "organizer",
    "student",
    "pupil",
    "intern",
    "resident",
    "parent",
    "mother",
    "father",
    "priest",
    "pastor",
    "imam",
    "rabbi",
    "bishop",
    "chaplain",
    "sheriff",
    "athlete",
    "photographer",
    "controller",
    "worker",
    "paralegal",
    "architect",
    "engineer",
    "planner",
    "principal",
    "champion",
    "coach",
    "judoka",
    "player",
    "magistrate",
    "coroner",
    "councillor",
    "master",
    "therapist",
    "corporal",
    "dentist",
    "pharmacist",
    "paramedic",
    "firefighter",
    "surgeon",
    "epidemiologist",
    "scientist",
    "historian",
    "archivist",
    "librarian",
    "technician",
    "mentor",
    "clinician",
    "ranger",
    "farmer",
    // "Ranger Recruit NAME", "trainee NAME", "Senior Aboriginal interpreter
    // NAME": people in training, and an interpreter.
    "recruit",
    "trainee",
    "cadet",
    "interpreter",
    // "the president of the council, councilwoman NAME": a council's
    // member, and a scientist, as Spanish-speaking houses name them.
    "councilwoman",
    "councilman",
    "councilor",
    "biologist",
    "sociologist",
    // "the Peruvian jurist NAME, professor of …", then "indicated the
    // academic".
    "jurist",
    "academic",
    // "GP NAME": a general practitioner, as British and Nordic houses
    // write one.
    "gp",
    // "Promotora NAME": a community health worker, as US Latino clinics
    // name one.
    "promotora",
    "promotor",
    // "mountain guide NAME".
    "guide",
];

/// Words that make capitalised words a body's name rather than a person's.
const BODY_WORDS: [&str; 106] = [
    "Union",
    // A society's local office: "the Red Cross Society (PNRCS) Eastern
    // Samar Chapter", "the Association's Northern Branch".
    "Chapter",
    "Branch",
    "Faculty",
    "College",
    "Brigade",
    "Taskforce",
    "Club",
    "Ombud",
    "Ombudsman",
    "Ombudswoman",
    "Ministry",
    "Office",
    "Council",
    "Centre",
    "Center",
    "Institute",
    "Network",
    "Alliance",
    "Foundation",
    "Government",
    "Commission",
    "Committee",
    "Agency",
    "Department",
    "Association",
    "Organisation",
    "Organization",
    "Nations",
    "Court",
    "Police",
    "Service",
    "Services",
    "University",
    "School",
    "Fund",
    "Bank",
    "Group",
    "Forum",
    "Programme",
    "Program",
    "Project",
    "Secretariat",
    "Division",
    "Unit",
    "Board",
    "Authority",
    "Parliament",
    "Assembly",
    "Republic",
    "Kingdom",
    "States",
    "Conference",
    "Workshop",
    "Coalition",
    "Federation",
    "Society",
    "Trust",
    "International",
    "Watch",
    "Institution",
    "Partners",
    "Party",
    "Bureau",
    "Administration",
    "Inspectorate",
    "Directorate",
    "Summit",
    "Week",
    "Day",
    "Agenda",
    "Initiative",
    "Campaign",
    "Company",
    "Corporation",
    "Systems",
    "Insurance",
    "Hospital",
    "Hospitals",
    "Clinic",
    "Press",
    "News",
    "Province",
    "Region",
    "Municipality",
    "County",
    "City",
    "Canton",
    "Mission",
    "Consortium",
    "Platform",
    "Chamber",
    "Academy",
    "Observatory",
    // Forces in uniform: "the Icelandic Coast Guard", "the Royal
    // Constabulary", "the National Gendarmerie", "the Internal Security
    // Forces", "the Police Force", "the Marine Corps".
    "Guard",
    "Constabulary",
    "Gendarmerie",
    "Force",
    "Forces",
    "Corps",
    // Bodies named in their own languages: "the Universidad Andina".
    "Universidad",
    "Universidade",
    "Université",
    "Instituto",
    "Fundación",
    "Ministerio",
];

/// Whether `word` opens a role written before a name.
pub(crate) fn is_role_head(word: &str) -> bool {
    ROLE_HEADS.contains(&word)
        || vice_role(word).is_some_and(|head| ROLE_HEADS.contains(&head))
        // "Founder-Director": a role joined to another.
        || (word.contains('-') && word.split('-').any(|part| ROLE_HEADS.contains(&part)))
}

/// The role after a prefix that makes it a deputy's ("Vice-Chairperson",
/// "Co-Rapporteur", "Deputy-Director"): the role alone.
fn vice_role(word: &str) -> Option<&str> {
    ["Vice-", "Co-", "Deputy-", "Acting-"]
        .iter()
        .find_map(|prefix| word.strip_prefix(prefix))
}

/// Whether `word`, in any case, is a word that opens a role ("head of the
/// unit", "Director of the centre").
pub(crate) fn is_role_word(word: &str) -> bool {
    let is_one = |word: &str| {
        ROLE_HEADS
            .iter()
            .chain(ROLE_NOUNS.iter())
            .any(|head| head.eq_ignore_ascii_case(word))
    };
    // "Founder-Director", "Vice-Chairperson": a role joined to another.
    is_one(word) || (word.contains('-') && word.split('-').any(is_one))
}

/// Whether `word` owns what follows ("Commission's", "Association’s"): the
/// words after it name a part of that body, so they belong to a role, not to
/// a person's name.
pub(crate) fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("\u{2019}s")
}

/// Whether `word` makes a run of capitalised words a body's name.
pub(crate) fn is_body_word(word: &str) -> bool {
    BODY_WORDS.contains(&word)
}

/// Whether `word` is a role's letters ("DCE", "CMD"): two to six capitals.
pub(crate) fn is_role_letters(word: &str) -> bool {
    (2..=MOST_ROLE_LETTERS).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// The most letters of a role's abbreviation ("the DCE").
const MOST_ROLE_LETTERS: usize = 6;
