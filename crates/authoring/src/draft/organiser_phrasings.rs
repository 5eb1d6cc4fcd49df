//! The genre's ways of naming who organised an event, beyond those
//! [`super::backers`] documents: passive and active voice, subjects with
//! times, places and asides, relative clauses, announcers, owners of the
//! event, and what is no organiser (hosts by invitation, people, sessions
//! run by others). Every sentence is written for the test.

use super::backers::organiser_in;

fn organiser(sentence: &str) -> Option<&str> {
    organiser_in(sentence, 0, sentence.len(), "Oslo").map(|found| found.range.of(sentence))
}

#[test]
fn a_host_by_invitation_or_auspices_is_no_organiser() {
    assert_eq!(
        organiser(
            "A seminar on tides was held in Oslo at the invitation of the Government of Chile"
        ),
        None
    );
    assert_eq!(
        organiser("Under the auspices of the Harbour Council, a course on tides opened today"),
        None
    );
    assert_eq!(
        organiser(
            "Under the auspices of the Harbour Council, a course was organised by Tide Watch"
        ),
        Some("Tide Watch")
    );
    assert_eq!(
        organiser("Tide Watch held a seminar at the invitation of the Government of Chile"),
        Some("Tide Watch")
    );
}

#[test]
fn organisers_with_times_places_and_partners_around_the_verb() {
    assert_eq!(
        organiser("The Fjord Ministry today opened in Bergen a five-day training course for inspectors, observers and officers"),
        Some("The Fjord Ministry")
    );
    assert_eq!(
        organiser(
            "The Fondation Marées de Jeunes d'Europe opens today a three-day symposium on tides"
        ),
        Some("The Fondation Marées de Jeunes d'Europe")
    );
    assert_eq!(
        organiser("Tidely's Integrity team yesterday wrapped up a two-day summit on safety"),
        Some("Tidely's Integrity team")
    );
    assert_eq!(
        organiser("Today the Agency for Tides opens its annual forum in Bergen"),
        Some("the Agency for Tides")
    );
    assert_eq!(
        organiser("The Fjord Ministry will from tomorrow hold a three-day workshop"),
        Some("The Fjord Ministry")
    );
    assert_eq!(
        organiser("Harbour Watch and the Tide Council jointly organised a seminar today"),
        Some("Harbour Watch and the Tide Council")
    );
    assert_eq!(
        organiser("Under the auspices of the Fjord Ministry, the Tide Council organised a seminar"),
        Some("the Tide Council")
    );
    assert_eq!(
        organiser("The Tide Council, with funding from the European Union, conducted a training"),
        Some("The Tide Council")
    );
    assert_eq!(
        organiser(
            "Members of Harbour Club will meet on Saturday, when the club hosts a training day"
        ),
        Some("the club"),
        "named in full by `full_names`"
    );
    assert_eq!(
        organiser("Tides were the focus of a conference held on Monday at the Palais de l'Europe by the Committee of Convention 108, the body on tides"),
        Some("Committee of Convention 108")
    );
    assert_eq!(
        organiser("The conference was put together by the Institute for Tides"),
        Some("Institute for Tides")
    );
    assert_eq!(
        organiser("The two-day consultation, facilitated by the Tide Commission, ended today"),
        Some("Tide Commission")
    );
    assert_eq!(
        organiser("The Tide Academy is the organiser of the conference, which opened today"),
        Some("The Tide Academy")
    );
}

#[test]
fn organisers_apart_from_venues_days_datelines_and_office_holders() {
    assert_eq!(
        organiser("The forum was hosted by the Office of the Tide Coordinator at Dublin Castle"),
        Some("Office of the Tide Coordinator")
    );
    assert_eq!(
        organiser("The summit, hosted by the Office of the Tide Commissioner on Safer Internet Day, opened"),
        Some("Office of the Tide Commissioner")
    );
    assert_eq!(
        organiser("Bergen, 06.10.2025: The Tide Prosecutor's Office hosted a seminar on Monday"),
        Some("The Tide Prosecutor's Office")
    );
    assert_eq!(
        organiser("Tuesday 12 November 2024 – The Council of the Bishops’ Conference hosted a round table"),
        Some("The Council of the Bishops’ Conference")
    );
    assert_eq!(
        organiser("Mayors spoke at a public hearing held by the Tide Committee of the Harbour Conference (HC) during its session"),
        Some("Tide Committee of the Harbour Conference (HC)")
    );
    assert_eq!(
        organiser("The OSCE Tide Representative, Anna Berg, today closed a two-day conference"),
        Some("The OSCE Tide Representative")
    );
    assert_eq!(
        organiser("Tidely announced the results of its hackathon, an event run by its pro bono programme, Tidely for Good, in partnership with the Network"),
        Some("Tidely for Good")
    );
    assert_eq!(
        organiser(
            "The Tide Agency (TA) is today hosting its Harbour Forum, where researchers meet"
        ),
        Some("The Tide Agency (TA)")
    );
}

#[test]
fn people_lead_sessions_and_moments_of_an_event_name_it() {
    assert_eq!(
        organiser(
            "Anna Berg, a pharmacist from Bergen who leads the testing workshop, said it mattered"
        ),
        None
    );
    assert_eq!(
        organiser("The Tide Institute will lead a three-day workshop on tides"),
        Some("The Tide Institute")
    );
    assert_eq!(
        organiser("Pharmacists gathered in Bergen today for the opening of the 12th Congress of the Tide Pharmacists' Society"),
        Some("Tide Pharmacists' Society")
    );
    assert_eq!(
        organiser("Tidely's Trust & Safety team hosted a summit on child safety"),
        Some("Tidely's Trust & Safety team")
    );
}

#[test]
fn relative_thats_affiliates_asides_and_lesser_verbs() {
    assert_eq!(
        organiser("Isolation was the subject of a seminar that the Tide Ombudsman hosted in Bergen on Tuesday"),
        Some("the Tide Ombudsman")
    );
    assert_eq!(
        organiser(
            "The Tide Federation (TF) and its Danish affiliate, the Harbour Union, held a training"
        ),
        Some("The Tide Federation (TF)")
    );
    assert_eq!(
        organiser("The Tide Authority (hereinafter \"the Authority\") will hold a one-day seminar"),
        Some("The Tide Authority")
    );
    assert_eq!(
        organiser("The Tide Association (TA) will hold, from April 9 to 11, 2025, the 7th National Meeting of Juvenile Court Judges"),
        Some("The Tide Association (TA)")
    );
    assert_eq!(
        organiser(
            "Harbour Light Relief & Development will offer a free three-part online training"
        ),
        Some("Harbour Light Relief & Development")
    );
    // People, not the event, are run or delivered.
    assert_eq!(
        organiser("Participants will visit legal aid desks run by Tide University students"),
        None
    );
    assert_eq!(
        organiser("A two-day training on interpreting for survivors of torture, run by the charity Harbour Light, ended"),
        Some("Harbour Light")
    );
    assert_eq!(
        organiser(
            "Kayleigh, 19, who lived apart from her brothers, will open the afternoon session"
        ),
        None
    );
}

#[test]
fn a_subject_that_describes_the_body_before_its_name() {
    assert_eq!(
        organiser("Tomorrow, the Dutch dockworkers' union Havenbond opens a two-day conference"),
        Some("Havenbond")
    );
    assert_eq!(
        organiser("The participants of the course held a workshop"),
        None
    );
}

#[test]
fn announcers_gatherers_divisions_and_particles() {
    assert_eq!(
        organiser("Young people will lead a summit in Bergen next Tuesday, youth housing charity Tide Home has announced"),
        Some("Tide Home")
    );
    assert_eq!(
        organiser("The Harbour sa Dagat Welfare Foundation, Inc. (HDWF) gathered some 200 seafarers on Thursday for a one-day forum"),
        Some("The Harbour sa Dagat Welfare Foundation, Inc. (HDWF)")
    );
    assert_eq!(
        organiser("North Ridge College's Workforce Solutions division will host a hiring forum on Thursday"),
        Some("North Ridge College's Workforce Solutions division")
    );
    assert_eq!(
        organiser("That was the message from the public hearing on the cumulative impact of land use on livelihoods, which the Tide Assembly held in Kiruna"),
        Some("the Tide Assembly")
    );
    assert_eq!(
        organiser("Seafarers gathered in Bergen on Thursday for a forum"),
        None
    );
}

#[test]
fn organisers_in_passive_and_active_voice() {
    assert_eq!(
        organiser("The seminar, organised by the Fjord Institute, opened"),
        Some("Fjord Institute")
    );
    assert_eq!(
        organiser("It was co-hosted by Lakeside College in partnership with the Port Authority"),
        Some("Lakeside College")
    );
    assert_eq!(
        organiser("The course was convened by Harbour Watch under the Blue Seas project"),
        Some("Harbour Watch")
    );
    assert_eq!(
        organiser("The Fjord Institute today opened a three-day symposium on tides"),
        Some("The Fjord Institute")
    );
    assert_eq!(
        organiser("A seminar hosted by Harbour Watch in Oslo on Monday discussed tides"),
        Some("Harbour Watch")
    );
    assert_eq!(
        organiser("A course hosted by the Office on Drugs and Crime on Friday"),
        Some("Office on Drugs and Crime")
    );
    assert_eq!(
        organiser("The seminar opened a debate"),
        None,
        "the subject is the event"
    );
    assert_eq!(
        organiser(
            "The Port Authority, in co-operation with Lakeside College, is organising a course"
        ),
        Some("The Port Authority")
    );
    assert_eq!(
        organiser("The course is organised jointly by Harbour Watch and Lakeside College"),
        Some("Harbour Watch and Lakeside College")
    );
    assert_eq!(organiser("Officials held talks"), None);
    assert_eq!(
        organiser("Independent experts of the Committee held a meeting on Monday"),
        None
    );
    assert_eq!(
        organiser(
            "The Committee on Migration of the Parliamentary Assembly opened today a hearing"
        ),
        Some("The Committee on Migration of the Parliamentary Assembly")
    );
    assert_eq!(
        organiser("The Kasai Copper Company concluded today a three-day forum on cobalt"),
        Some("The Kasai Copper Company")
    );
    assert_eq!(
        organiser("It is organised by the Federation of Food, Farm and Forest Workers (FFFW) jointly with others"),
        Some("Federation of Food, Farm and Forest Workers (FFFW)")
    );
    assert_eq!(
        organiser("It is organised by Harbour Watch, Lakeside College (LC) and others"),
        Some("Harbour Watch")
    );
    assert_eq!(
        organiser("The Harbour Office brought together 40 experts from 12 countries for a workshop on tides"),
        Some("The Harbour Office")
    );
    assert_eq!(
        organiser("The Ombudsperson's Office welcomed participants to a two-day seminar"),
        Some("The Ombudsperson's Office")
    );
    assert_eq!(
        organiser("The course, delivered by trainers from the Harbour Network, ended today"),
        None
    );
    assert_eq!(
        organiser("A forum opened, convened by the environmental organisation Blue Delta in partnership with others"),
        Some("Blue Delta")
    );
    assert_eq!(
        organiser("The course was organised by the Programme Office in Oslo in co-operation with the Ministry"),
        Some("Programme Office in Oslo")
    );
    assert_eq!(
        organiser("The assembly was convened by the Alliance of Teachers (APT) in Quezon City to discuss schools"),
        Some("Alliance of Teachers (APT)")
    );
    assert_eq!(
        organiser("It was organised by the Fjord Institute, the Port Authority and Tide Watch."),
        Some("Fjord Institute, the Port Authority and Tide Watch")
    );
    assert_eq!(
        organiser(
            "It was organised by the Fjord Institute, the country's main research body, in Oslo."
        ),
        Some("Fjord Institute")
    );
    assert_eq!(
        organiser("It was organized by the Fjord Institute (FI) and the Port Authority"),
        Some("Fjord Institute (FI) and the Port Authority")
    );
    for (sentence, body) in [
        ("The Manitoba government, in partnership with the Council, will host a two-day forum", "The Manitoba government"),
        ("The HEATWISE research consortium will hold its final conference", "The HEATWISE research consortium"),
        ("Yesterday, Quillo's Trust & Safety team hosted a one-day roundtable", "Quillo's Trust & Safety team"),
        ("The Centre for Democratic Studies (CDS) on Tuesday hosted a policy dialogue", "The Centre for Democratic Studies (CDS)"),
        ("Kilde Secure, the Estonian incident-response firm, today hosted a round table", "Kilde Secure"),
        ("ADB organized the forum in partnership with the Coalition", "ADB"),
        ("The Ministry of Education will tomorrow host the first National Conference on schools", "The Ministry of Education"),
        ("The Baobab Foundation will convene local authorities and researchers in Dakar from 3 to 5 June for ‘Staying’, a three-day meeting", "The Baobab Foundation"),
    ] {
        assert_eq!(organiser(sentence), Some(body), "{sentence}");
    }
    assert_eq!(
        organiser("Officials from the ministry and the city council held a meeting"),
        None
    );
    assert_eq!(
        organiser("The Assembly closed, held on 10–12 August by Youth Climate Action (YCA)."),
        Some("Youth Climate Action (YCA)")
    );
    assert_eq!(
        organiser("Nurses wrapped up the Ontario Union of Nursing Professionals' (OUNP) Safe Staffing Summit today"),
        Some("Ontario Union of Nursing Professionals")
    );
    assert_eq!(
        organiser(
            "Mayors met for the Municipal Climate Congress of the Lower Saxony Municipal Forum"
        ),
        Some("Lower Saxony Municipal Forum")
    );
    assert_eq!(
        organiser("The Secretariat of the Council concluded yesterday, at the League's headquarters in Cairo, a regional workshop"),
        Some("The Secretariat of the Council")
    );
    assert_eq!(
        organiser("On 18 and 19 September 2025, the Public Policy team at Parallax Social hosted a round table"),
        Some("the Public Policy team at Parallax Social")
    );
    assert_eq!(
        organiser("Fair Hearing Trust, the legal aid charity, is inviting advisers to a free one-day training"),
        Some("Fair Hearing Trust")
    );
    for (sentence, body) in [
        ("More than 200 officers will meet in Manchester on Thursday for Bridgefield Housing Trust's annual conference", "Bridgefield Housing Trust"),
        ("Students packed the Great Hall yesterday for the Irwell University Students' Union's first public hearing", "Irwell University Students' Union"),
        ("On World Children's Day, the Office of the Ombudsman for Children opened a two-day national forum", "the Office of the Ombudsman for Children"),
        ("The Human Rights Council this afternoon concluded a two-day special session", "The Human Rights Council"),
        ("The Outreach Unit of the Court's Registry held two days of dialogue sessions", "The Outreach Unit of the Court's Registry"),
        ("The Eastern Caribbean Coast Guard Command will conduct a five-day search and rescue course", "The Eastern Caribbean Coast Guard Command"),
        ("Officers attended a conference, held yesterday in Riga by the State Probation Service", "State Probation Service"),
        ("Officials completed a training conducted by the National Red Cross Society (NRCS) Eastern Samar Chapter from July 14 to 16", "National Red Cross Society (NRCS) Eastern Samar Chapter"),
    ] {
        assert_eq!(organiser(sentence), Some(body), "{sentence}");
    }
    assert_eq!(
        organiser("Members of the Civil Liberties, Justice and Home Affairs Committee heard officials on Tuesday"),
        Some("Civil Liberties, Justice and Home Affairs Committee")
    );
    assert_eq!(
        organiser("CASTRIES, Saint Lucia — The Coast Guard Command will conduct a five-day course"),
        Some("The Coast Guard Command")
    );
    assert_eq!(organiser("Experts heard survivors on Tuesday"), None);
    // A lesser verb after an event of two words.
    assert_eq!(
        organiser("Farmers spent Wednesday at the first Rural Trauma Awareness Day run by Moor and Vale Air Ambulance"),
        Some("Moor and Vale Air Ambulance")
    );
    // Calques of Spanish and French: "realized the past Friday", "initiated
    // yesterday, in the city of X, a formation"; "por" inside a name.
    assert_eq!(
        organiser("The Observatorio Voces por la Justicia realized the past Friday, May 9, the Forum \"Enforced Disappearances\""),
        Some("The Observatorio Voces por la Justicia")
    );
    assert_eq!(
        organiser("The League for Human Rights (LBDHC) initiated yesterday, Monday, in the city of Gabú, a formation of three days"),
        Some("The League for Human Rights (LBDHC)")
    );
    // The owner of an event whose capitalised name is long.
    assert_eq!(
        organiser("Officers gathered at the Auditorium last week for the Cook Islands Police Service's first National Family Violence Prevention Forum"),
        Some("Cook Islands Police Service")
    );
    // A school holds its own course, its topic and day between; a venue
    // that holds another's course does not.
    assert_eq!(
        organiser("A four-day course on trauma-informed care started on Monday at Pohjoisranta University of Applied Sciences (PORA)"),
        Some("Pohjoisranta University of Applied Sciences (PORA)")
    );
    assert_eq!(
        organiser("The training was funded by the Fund and was held at the Public Service Training Centre in Roseau"),
        None
    );
    // A centre in lower case after "at the" is a venue.
    assert_eq!(
        organiser("The hackathon was organised by the Youth Services of the City of Järvenkoski at the Kipinä youth centre"),
        Some("Youth Services of the City of Järvenkoski")
    );
    // A lower-case prefix before a name's capital.
    assert_eq!(
        organiser("The Nordic-Baltic e-Democracy Academy (NBEA) today opened a two-day training for election officials"),
        Some("The Nordic-Baltic e-Democracy Academy (NBEA)")
    );
    // A possessive inside the event's own name is not another owner.
    assert_eq!(
        organiser("Dentists will meet in Canberra next week for the Dental Health Association of Australia's (DHAA) National Children's Oral Health Summit"),
        Some("Dental Health Association of Australia")
    );
    // Where the body works is none of its name.
    assert_eq!(
        organiser(
            "A flood response exercise organised by the Namibian Police Force in the Zambezi Region entered its second day"
        ),
        Some("Namibian Police Force")
    );
    // A venue's complex after the body is none of it.
    assert_eq!(
        organiser("Teachers took part in a workshop hosted by the Child Care Board at the Warrens Office Complex"),
        Some("Child Care Board")
    );
    // Who stands in for the body is none of it.
    assert_eq!(
        organiser("Under the patronage of the Minister, the Ministry of Interior, represented by the Police Training Institute, inaugurated this morning the International Police Conference"),
        Some("the Ministry of Interior")
    );
    // Who launches a report at an event holds it; a report alone, no.
    assert_eq!(
        organiser("Coverage could double, according to a new report launched today by the Bank for Cooperation (IBDC) at a workshop co-hosted with the Ministry"),
        Some("Bank for Cooperation (IBDC)")
    );
    assert_eq!(
        organiser("Coverage could double, according to a new report launched today by the Bank for Cooperation"),
        None
    );
    // A partner after "together with" joins; the first body leads.
    for (sentence, body) in [
        ("The workshop is organised by the Mayor's Office together with the Flood Action Group and the crew of the Fire Station", "Mayor's Office"),
        ("The conference was arranged by the County Administrative Board of Gävleborg together with Region Gävleborg", "County Administrative Board of Gävleborg"),
        ("Officials gathered for a training convened by the United Nations Development Programme (UNDP) in Georgia together with the Agency", "United Nations Development Programme (UNDP) in Georgia"),
        ("The Albrecht-Meier Foundation, together with the Lumen Trust, brought together 70 leaders for its third annual Grantee Convening on Child Safety Online", "The Albrecht-Meier Foundation"),
    ] {
        assert_eq!(organiser(sentence), Some(body), "{sentence}");
    }
    // A body's office in a city is no country office.
    assert_eq!(
        organiser(
            "The course was organised by the Institute for Labour (ILSS) in Kisumu on Monday"
        ),
        Some("Institute for Labour (ILSS)")
    );
    // A portfolio's list is one name; a list of bodies is not.
    for (sentence, body) in [
        ("The consultation organized by the Ministry of Women, Children and Senior Citizens concluded today", "Ministry of Women, Children and Senior Citizens"),
        ("The workshop was organised by the Ministry of Social Action, Promotion of Women and Literacy on Tuesday", "Ministry of Social Action, Promotion of Women and Literacy"),
        ("The workshop was organised by the Ministry of Health, UNICEF and Plan International on Tuesday", "Ministry of Health"),
        ("The seminar was organised by the Ministry of the Promotion of the Woman, the Family and the Protection of the Child on Monday", "Ministry of the Promotion of the Woman, the Family and the Protection of the Child"),
        ("The workshop was organised by the Ministry of Health, the Red Cross and the Police", "Ministry of Health, the Red Cross and the Police"),
        // A time after the list's last name: the list does not close there.
        ("The workshop was organised by the Ministry of Health, the Red Cross and the Police on Tuesday", "Ministry of Health"),
    ] {
        assert_eq!(organiser(sentence), Some(body), "{sentence}");
    }
    assert_eq!(
        organiser("This was the message of the round table on seafarers which the Nordic Harbour Mission organised on Wednesday"),
        Some("the Nordic Harbour Mission")
    );
    assert_eq!(
        organiser(
            "The Scottish Parliament's Cross-Party Group on Kinship Care heard evidence yesterday"
        ),
        Some("The Scottish Parliament's Cross-Party Group on Kinship Care")
    );
    assert_eq!(
        organiser("Investigators will gather next week for a five-day course on crypto-assets, the European Agency for Police Learning (EAPL) announced"),
        Some("the European Agency for Police Learning (EAPL)")
    );
    // A kind alone is read here; `facts` keeps it only where the
    // release names the body in full before (`full_names`).
    assert_eq!(
        organiser("On Saturday, the unit will host its third annual symposium"),
        Some("the unit")
    );
    assert_eq!(
        organiser("The Ministry will on Monday open a three-day training of trainers"),
        Some("The Ministry")
    );
    assert_eq!(
        organiser("The Senate Committee will hold public hearings in Queensland next week"),
        Some("The Senate Committee")
    );
    assert_eq!(
        organiser(
            "Experts concluded a conference, convened on May 12–13 by the Regional Centre (CARC)."
        ),
        Some("Regional Centre (CARC)")
    );
    assert_eq!(
        organiser("Judge Ana Alba, President of the Court, will open the seminar on Thursday"),
        None
    );
    assert_eq!(
        organiser(
            "The Court of Human Rights will hold tomorrow and on Friday an international seminar"
        ),
        Some("The Court of Human Rights")
    );
    for (sentence, body) in [
        ("The Foundation for Education will host, from 3 to 5 June, a regional forum", "The Foundation for Education"),
        ("Sixty-four elected members of the Lothian Youth Parliament, aged 14 to 21, will gather this weekend for a two-day sitting", "Lothian Youth Parliament"),
        ("The Council of Europe's Commission against Racism (ECRI) will hold a round table", "The Council of Europe's Commission against Racism (ECRI)"),
        ("The Ministry of Justice, jointly with the Missing Persons Institute, will hold a conference", "The Ministry of Justice"),
        ("The National Cyber and Organised Crime Agency (NCOCA) hosted a one-day conference", "The National Cyber and Organised Crime Agency (NCOCA)"),
        ("The Network (IPN) will hold its 14th Conference in Tallinn, hosted by the Office of the Prosecutor General", "The Network (IPN)"),
        ("The Senate Select Committee has concluded two days of public hearings", "The Senate Select Committee"),
        ("Delegates of the Lake Geneva Domestic Workers' Union closed their three-day organising assembly", "Lake Geneva Domestic Workers' Union"),
        ("It was organized by Stratocloud's Civic Technology team in partnership with the Forum", "Stratocloud's Civic Technology team"),
    ] {
        assert_eq!(organiser(sentence), Some(body), "{sentence}");
    }
    assert_eq!(
        organiser("The annual meeting of the Network of Water Prosecutors (NWP) ended today"),
        Some("Network of Water Prosecutors (NWP)")
    );
    assert_eq!(
        organiser("A meeting of experts from Norway ended today"),
        None
    );
    assert_eq!(
        organiser("The Committee of the Parliamentary Assembly of Lusophone States opened today a hearing"),
        Some("The Committee of the Parliamentary Assembly of Lusophone States")
    );
    assert_eq!(
        organiser(
            "The Ministry of Culture will host tomorrow, Thursday, an international conference"
        ),
        Some("The Ministry of Culture")
    );
    assert_eq!(
        organiser("The meeting was convened by the Committee's secretariat and attended by many"),
        Some("Committee's secretariat")
    );
    assert_eq!(
        organiser("The course, hosted by Lakeside College and organised by Harbour Watch, opened"),
        Some("Harbour Watch")
    );
}

#[test]
fn times_and_places_set_off_between_the_organiser_its_verb_and_the_event() {
    assert_eq!(
        organiser("The Tide Council (TC) today commenced a two-day national consultation on piers"),
        Some("The Tide Council (TC)")
    );
    assert_eq!(
        organiser("The Office of the Harbour Commissioner (OHC) yesterday (Tuesday, 3 June) hosted its first Pier Forum"),
        Some("The Office of the Harbour Commissioner (OHC)")
    );
    assert_eq!(
        organiser("The Pilots' Guild will tomorrow convene a regional round table on tides"),
        Some("The Pilots' Guild")
    );
    assert_eq!(
        organiser("The Ministry of Tides will, from Monday, 9 March to Friday, 13 March 2026, conduct a five-day training"),
        Some("The Ministry of Tides")
    );
    assert_eq!(
        organiser("The Secretariat of the Fjord Authority organised, from 15 to 17 July in Bergen, a regional workshop"),
        Some("The Secretariat of the Fjord Authority")
    );
    assert_eq!(
        organiser("On 12–13 May, the Directorate for Piers of the Ministry of Tides organised in Bergen the National Seminar on quays"),
        Some("the Directorate for Piers of the Ministry of Tides")
    );
}

#[test]
fn partners_without_commas_people_gathered_and_hotels() {
    assert_eq!(
        organiser("The Tide Institute jointly with the Harbour Trust will host a two-day workshop on piers"),
        Some("The Tide Institute")
    );
    assert_eq!(
        organiser("The Tide Institute, in partnership with the City, gathered experts for a two-day workshop on piers"),
        Some("The Tide Institute")
    );
    // People who gather, with no object, organise nothing.
    assert_eq!(
        organiser("Harbour pilots gathered in Bergen for a two-day workshop on piers"),
        None
    );
    assert_eq!(
        organiser(
            "A seminar on piers was organised by Tallinn University at the Hotel Continental"
        ),
        Some("Tallinn University")
    );
}

#[test]
fn the_body_whose_event_opens_or_closes() {
    assert_eq!(
        organiser("The Tide Institute's annual conference opened today in Bergen"),
        Some("Tide Institute")
    );
    // A body named with an event's word that holds another event.
    assert_eq!(
        organiser("The Bishops’ Conference hosted a round table on piers today"),
        Some("The Bishops’ Conference")
    );
}

#[test]
fn a_chapter_an_indaba_and_a_patron_before_the_subject() {
    assert_eq!(
        organiser("The Bergen chapter of Civic Watch held a round table today"),
        Some("The Bergen chapter of Civic Watch")
    );
    assert_eq!(
        organiser("The Fjord Water Board hosted a Drought Indaba on Friday"),
        Some("The Fjord Water Board")
    );
    assert_eq!(
        organiser(
            "Under the patronage of H.E. Ola Berg, Chairman of the Chamber, the Tide Centre will hold a two-day training programme"
        ),
        Some("the Tide Centre")
    );
}

#[test]
fn a_bracket_left_open_and_a_day_of_the_body() {
    assert_eq!(
        organiser(
            "A symposium was hosted by the Wales Blood Service (Gwasanaeth Gwaed a Meinwe Cymru)"
        ),
        Some("Wales Blood Service")
    );
    assert_eq!(
        organiser("The Coastal Hydrographic Office held a safety-at-sea outreach day on Thursday"),
        Some("The Coastal Hydrographic Office")
    );
}

#[test]
fn a_meeting_centre_and_a_date_after_the_name() {
    assert_eq!(
        organiser("A two-day event hosted by the Prairie Hospital Foundation at the Red River Conference Centre"),
        Some("Prairie Hospital Foundation")
    );
    assert_eq!(
        organiser("A forum organised by the Drava Regional Development Agency on 30 September"),
        Some("Drava Regional Development Agency")
    );
}

#[test]
fn two_openings_before_the_subject() {
    assert_eq!(
        organiser(
            "On 24 March 2025, on the occasion of World Tuberculosis Day, the National Tuberculosis Programme held a round table"
        ),
        Some("the National Tuberculosis Programme")
    );
}

#[test]
fn a_body_with_its_founding_set_off() {
    assert_eq!(
        organiser(
            "The Rete Sicura Foundation, established by Padana Reti Gas to promote safety, held its annual conference today"
        ),
        Some("The Rete Sicura Foundation")
    );
}

#[test]
fn a_named_day_or_week_is_an_event() {
    assert_eq!(
        organiser("The Welsh Family Farms Union (WFFU) will hold its annual Farm Safety and Wellbeing Day on Thursday"),
        Some("The Welsh Family Farms Union (WFFU)")
    );
}

#[test]
fn a_venue_in_lower_case_and_a_named_day_before_the_subject() {
    assert_eq!(
        organiser("A workshop, convened by the Southern Cross Society at the University of Adelaide's dental school, met"),
        Some("Southern Cross Society")
    );
    assert_eq!(
        organiser("On 28 January, Data Protection Day, the Data Protection Office will hold a national conference"),
        Some("the Data Protection Office")
    );
}

#[test]
fn announcers_with_a_day_an_event_announced_and_an_event_it_hosted() {
    assert_eq!(
        organiser("Twenty volunteers will begin training Monday, the Volunteer Guardian ad Litem Program of the Fjord County Court announced Thursday"),
        Some("the Volunteer Guardian ad Litem Program of the Fjord County Court")
    );
    assert_eq!(
        organiser("The Municipal Women’s Council of Tromsø announced the realization of the First Communal Forum for a Life Free of Violence"),
        Some("The Municipal Women’s Council of Tromsø")
    );
    assert_eq!(
        organiser("Water companies must do more, the Council for Water Customers (CWC) said today after a round table it hosted in Bergen yesterday"),
        Some("the Council for Water Customers (CWC)")
    );
    assert_eq!(
        organiser("Water companies must do more, the Council said today after a round table the Ministry hosted"),
        None,
        "no event of its own"
    );
}

#[test]
fn a_body_named_with_an_event_word_or_described_by_nationality() {
    assert_eq!(
        organiser("The Conference of Fjord Churches held a seminar on tides"),
        Some("The Conference of Fjord Churches"),
        "an event's noun alone may name a body"
    );
    assert_eq!(
        organiser("A three-day meeting on climate litigation, organised by the Dutch foundation Climate Justice in Court, ended today"),
        Some("Climate Justice in Court")
    );
    assert_eq!(
        organiser("Hearing loss charity HearWell NI will run a free deaf awareness training day for staff"),
        Some("HearWell NI")
    );
}

#[test]
fn openings_that_list_participants_or_name_a_region() {
    assert_eq!(
        organiser("With the participation of 62 monitors from 14 camps, as well as inspectors, officials and researchers from three universities, the Sea Turtle Network (Red Tortuguera, RTN) concluded today the Regional Workshop on Beach Monitoring"),
        Some("the Sea Turtle Network (Red Tortuguera, RTN)")
    );
    assert_eq!(
        organiser("From March 18 to 20, 2025, in Bergen City, Vestland County, the Coastal Fishers' Cooperative organized a training course on illegal fishing"),
        Some("the Coastal Fishers' Cooperative")
    );
    assert_eq!(
        organiser(
            "– The Sea Turtle Network concluded today the Regional Workshop on Beach Monitoring"
        ),
        Some("The Sea Turtle Network"),
        "the dash of a dateline that ends with a stop"
    );
}

#[test]
fn names_with_with_marks_abbreviations_and_festivals() {
    assert_eq!(
        organiser("On the occasion of International Childhood Cancer Day, the Association of Parents of Children with Cancer «Kyma» held on Saturday a one-day scientific meeting"),
        Some("the Association of Parents of Children with Cancer «Kyma»")
    );
    assert_eq!(
        organiser("A workshop was organised by the Regional Office for Africa with the Ministry of Health"),
        Some("Regional Office for Africa"),
        "a partner after \"with the\""
    );
    assert_eq!(
        organiser("Some 70 catechists concluded a two-day seminar organized by the Sto. Rosario Youth Chaplaincy Foundation, Inc."),
        Some("Sto. Rosario Youth Chaplaincy Foundation")
    );
    assert_eq!(
        organiser("The Learning Team at the Fjord Museum of Childhood will host a two-day learning festival for teachers"),
        Some("The Learning Team at the Fjord Museum of Childhood")
    );
}

#[test]
fn a_body_that_trains_people_and_an_office_holder_who_delivers() {
    assert_eq!(
        organiser("Campo Salud Network trained 60 community health workers Wednesday in recognizing heat illness"),
        Some("Campo Salud Network")
    );
    assert_eq!(
        organiser("Nurses trained in triage for years"),
        None,
        "no one trained by a body"
    );
    assert_eq!(
        organiser("The legal awareness session was delivered by the Minister Counsellor for Consular Affairs, Dewi Lestari, with a volunteer"),
        None
    );
}

#[test]
fn an_event_of_a_body_its_apposition_names_a_comma_after_the_verb_and_an_annual_owner() {
    assert_eq!(
        organiser("Headteachers will meet in Bergen on Thursday for the annual conference of Cymdeithas Ysgolion Cymraeg, the Welsh-medium schools’ association, which this year focuses on support"),
        Some("Cymdeithas Ysgolion Cymraeg")
    );
    assert_eq!(
        organiser("The College of Banking Supervisors of the Central Bank (CBC) is organising, from 16 to 18 June 2025, at its Headquarters in Dakar, a regional seminar on cyber risk"),
        Some("The College of Banking Supervisors of the Central Bank (CBC)")
    );
    assert_eq!(
        organiser("More than 200 foster carers are gathering in Bergen today for Hearth Fostering Norway's annual conference"),
        Some("Hearth Fostering Norway")
    );
    assert_eq!(
        organiser(
            "More than 200 foster carers are gathering in Bergen today for Anna Berg's workshop"
        ),
        None,
        "a person's event names no body"
    );
}

#[test]
fn names_in_marks_an_article_inside_a_long_event_name_and_openings_with_as_or_next_week() {
    assert_eq!(
        organiser("The conference was organised by the charitable institution «Warm Home» Children's Hospice"),
        Some("«Warm Home» Children's Hospice")
    );
    assert_eq!(
        organiser("The workshop, organised by the Association of Teachers for an Inclusive School in Burkina (AEEIB), closed this Thursday"),
        Some("Association of Teachers for an Inclusive School in Burkina (AEEIB)")
    );
    assert_eq!(
        organiser("The Fjord Regional Council, through its Regional Disaster Risk Management Committee (RDRMC), will host a one-day Flood Preparedness and Contingency Planning Workshop on Thursday"),
        Some("The Fjord Regional Council")
    );
    assert_eq!(
        organiser("As the world marks International Women's Day today, the Fjord Women Lawyers Network (FWLN) concluded a two-day workshop"),
        Some("the Fjord Women Lawyers Network (FWLN)")
    );
    assert_eq!(
        organiser("Next week the municipality's Child and Family Service gathers the contact persons for two days of seminar"),
        Some("Child and Family Service")
    );
}

#[test]
fn carried_out_last_week_and_a_dateline_with_a_hyphen() {
    assert_eq!(
        organiser("The Fjord Ombudsman will carry out from 3 to 5 June, in the city of Bergen, the International Forum on the rights of migrants"),
        Some("The Fjord Ombudsman")
    );
    assert_eq!(
        organiser("Last week, the Chamber of Fjord Pharmacists (CFP) held in Bergen a professional seminar on medicines"),
        Some("the Chamber of Fjord Pharmacists (CFP)")
    );
    assert_eq!(
        organiser("Bergen, 24.06.2025 - On 23 June 2025, the Federal Office for Fjord Sport (FOFS) held a round table in Bergen on abuse in sport"),
        Some("the Federal Office for Fjord Sport (FOFS)")
    );
    assert_eq!(
        organiser(
            "BERGEN, Jan 15 (FNA): The Fjord Agency (FA) held a two-day workshop on online safety"
        ),
        Some("The Fjord Agency (FA)")
    );
    assert_eq!(
        organiser(
            "On Thursday the Ministry of Justice will hold a conference dedicated to the Act"
        ),
        Some("the Ministry of Justice")
    );
    assert_eq!(
        organiser("BERGEN.- The Fjord Ministry of Health held a seminar on nutrition"),
        Some("The Fjord Ministry of Health")
    );
    assert_eq!(
        organiser("Cyber attacks are the topic of the 4th Fjord Rail Days, which the Fjord Railways Academy (FRA) will hold tomorrow"),
        Some("the Fjord Railways Academy (FRA)")
    );
    // A named day before "that it will host" is no relative clause's event,
    // whose subject would end before it begins: the sentence is read
    // without failing, and names no body wrongly.
    assert_eq!(
        organiser("On Earth Day, the Fjord Zoo's Education Department announced that it will host its first Educator Institute, a three-day programme for teachers"),
        None
    );
}

#[test]
fn times_of_every_shape_between_the_verb_and_the_event() {
    for time in [
        "on 12–13 May 2025,",
        "from Monday to Wednesday, at its training centre in Bergen,",
        "on the 14th and 15th of October 2025, in the city of Bergen,",
        "last week, from Tuesday to Thursday,",
        "from Monday to Wednesday of next week",
    ] {
        let sentence = format!(
            "The Fjord Institute (FI) will organise {time} a national forum on wildlife crime"
        );
        assert_eq!(
            organiser(&sentence),
            Some("The Fjord Institute (FI)"),
            "{time}"
        );
    }
}

#[test]
fn an_office_and_its_holder_between_commas_name_the_office() {
    assert_eq!(
        organiser("On Monday 13 October 2025, the Fjord Ombudsman, JUDr. Anna Berg, Ph.D., held in the seat of the Office in Bergen a round table on voting"),
        Some("the Fjord Ombudsman")
    );
    assert_eq!(
        organiser("The Fjord Ombudsman, Anna Berg, opened this Tuesday a seminar on ageing"),
        Some("The Fjord Ombudsman")
    );
    assert_eq!(
        organiser("The Fjord Commission (FC), in coordination with the Tide Centre (TC), will hold from Monday to Wednesday the National Forum on Displacement"),
        Some("The Fjord Commission (FC)")
    );
}

#[test]
fn translated_verbs_of_organising() {
    assert_eq!(
        organiser("The Fjord Secretariat (FS) realised, from 24 to 26 November, a workshop of capacitation for psychologists"),
        Some("The Fjord Secretariat (FS)")
    );
    assert_eq!(
        organiser("The meeting, convoked by the National Direction of Epidemiology of the Fjord Ministry, gathers 120 epidemiologists"),
        Some("National Direction of Epidemiology of the Fjord Ministry")
    );
    assert_eq!(
        organiser("The Fjord Police Commission is providing a ten-day training for border police officers"),
        Some("The Fjord Police Commission")
    );
}

#[test]
fn promoted_by_and_held_by_after_a_long_aside() {
    assert_eq!(
        organiser("The training course \"Municipalities ready\", promoted by the Regional Agency for Civil Protection of the Fjord Region, entered its second day today"),
        Some("Regional Agency for Civil Protection of the Fjord Region")
    );
    assert_eq!(
        organiser("Thirty officials took part in a three-day training, held in Bergen City from Monday to Wednesday last week by the Fjord Organization for Mobility (FOM)"),
        Some("Fjord Organization for Mobility (FOM)")
    );
}

#[test]
fn the_body_alone_without_its_holder_possessive_or_joint() {
    use super::backers::body_alone;
    assert_eq!(
        body_alone("Gyeongdo City (Mayor Park Jin-ho)"),
        "Gyeongdo City"
    );
    assert_eq!(
        body_alone("The Fjord Police Agency (Commissioner General Ola Berg)"),
        "The Fjord Police Agency"
    );
    assert_eq!(body_alone("The Fjord Department's"), "The Fjord Department");
    assert_eq!(
        body_alone("The Department of Family Services (DSF"),
        "The Department of Family Services"
    );
    assert_eq!(
        body_alone("Fjord Women's Federation together with"),
        "Fjord Women's Federation"
    );
    // An acronym in brackets is the body's own.
    assert_eq!(
        body_alone("The Fjord Council (FC)"),
        "The Fjord Council (FC)"
    );
}

#[test]
fn names_with_a_place_kind_a_listed_field_an_inner_acronym_or_a_joined_office() {
    assert_eq!(
        organiser("The Town Hall of the commune of Fjordby-Lagune has organised yesterday a day of sensitisation on child labour"),
        Some("The Town Hall of the commune of Fjordby-Lagune")
    );
    assert_eq!(
        organiser("Under the auspices of the Secretary-General, the Department of Women, Family and Childhood at the Secretariat launched today a regional workshop"),
        Some("the Department of Women, Family and Childhood at the Secretariat")
    );
    assert_eq!(
        organiser("The conference, organised by the Department of Coexistence, Migration and Human Rights and co-financed by the Fjord Fund, brings together 250 professionals"),
        Some("Department of Coexistence, Migration and Human Rights")
    );
    assert_eq!(
        organiser("Drafters are meeting in Oslo for a workshop convened by the Security Unit of the Fjord Community of States (FCS) Secretariat"),
        Some("Security Unit of the Fjord Community of States (FCS) Secretariat")
    );
    assert_eq!(
        organiser("Chief and Council of Fjord Lake First Nation will host a three-day community gathering"),
        Some("Chief and Council of Fjord Lake First Nation")
    );
    assert_eq!(
        organiser("A two-day wānanga, hosted by Te Rōpū Hauora o Waiaroha, began yesterday"),
        Some("Te Rōpū Hauora o Waiaroha")
    );
}

#[test]
fn a_time_or_place_set_off_between_the_verb_and_the_event() {
    assert_eq!(
        organiser("The Health District of Fjordby organises, since Monday, in the meeting room of the district hospital, a formation of five days on nutrition"),
        Some("The Health District of Fjordby")
    );
    assert_eq!(
        organiser("The University of Fjordby (UF) organises from this Wednesday 3 to Friday 5 December 2025 an international colloquium on erosion"),
        Some("The University of Fjordby (UF)")
    );
    assert_eq!(
        organiser("The Fjord Assembly arranged on 23–24 September a seminar on consultation"),
        Some("The Fjord Assembly")
    );
    assert_eq!(
        organiser("The Fjord Court will hold a three-day sensitisation mission in Bergen"),
        Some("The Fjord Court")
    );
}

#[test]
fn a_week_ago_a_projects_conference_a_named_week_and_a_launch_at_an_event() {
    assert_eq!(
        organiser("Fjord Registry last week gathered 64 staff from registrars for a two-day training on DNS abuse"),
        Some("Fjord Registry")
    );
    assert_eq!(
        organiser("Researchers are gathered in Bergen for the final conference of FJORDPATH, a three-year research project on children"),
        Some("FJORDPATH")
    );
    assert_eq!(
        organiser("Students are taking part in the annual Moot Court and Training Week of the Fjord Human Rights Clinic, which got under way on Monday"),
        Some("Fjord Human Rights Clinic")
    );
    assert_eq!(
        organiser("The Fjord Software Foundation, the philanthropic arm of Fjord Systems Inc., launched its $25 million Digital Safeguards Grant Program at its inaugural Safer Communities Summit on Tuesday"),
        Some("The Fjord Software Foundation")
    );
}

#[test]
fn a_clause_of_holding_after_the_body() {
    assert_eq!(
        organiser("The training, organized by the department’s Division of Public Health and held Monday through Thursday last week at the College campus, brought together 32 nurses"),
        Some("department’s Division of Public Health")
    );
}

#[test]
fn a_school_that_holds_its_course() {
    assert_eq!(
        organiser("Forty-two officers today graduated from a five-day Advanced Screening Course at the Fjord Aviation Security Training Centre (FASTC) in Nairobi"),
        Some("Fjord Aviation Security Training Centre (FASTC)")
    );
    // A hotel is no school.
    assert_eq!(
        organiser("Forty-two officers today completed a five-day course at the Fjord Grand Hotel in Nairobi"),
        None
    );
}

#[test]
fn a_time_between_the_auxiliary_and_its_verb_or_the_verb_and_the_people() {
    assert_eq!(
        organiser("The Law Society of Fjordland (LSF) will on Thursday and Friday host a two-day summit on cybercrime"),
        Some("The Law Society of Fjordland (LSF)")
    );
    assert_eq!(
        organiser("The Nordic Labour Confederation (NLC) gathered yesterday and today union representatives and researchers for a conference on exploitation"),
        Some("The Nordic Labour Confederation (NLC)")
    );
}

#[test]
fn a_programme_of_training_and_a_news_agencys_double_dash() {
    assert_eq!(
        organiser("The Education Wing of the Fjord Temple Trust conducted a two-day capacity building programme on child safety for teachers"),
        Some("The Education Wing of the Fjord Temple Trust")
    );
    assert_eq!(
        organiser("BERGEN, Nov 24 (FNA) -- The Fjord Association for Persons with Disabilities (FAPD) held on Sunday a seminar on inclusive education"),
        Some("The Fjord Association for Persons with Disabilities (FAPD)")
    );
}

#[test]
fn an_office_a_region_after_the_acronym() {
    assert_eq!(
        organiser("The training was organised by the Fjord Development Agency (FDA) Pacific Office in Suva"),
        Some("Fjord Development Agency (FDA) Pacific Office in Suva")
    );
}

#[test]
fn evening_events_a_reason_and_a_part_of_the_day_before_the_subject() {
    assert_eq!(
        organiser("That is why the Youth Care Service of the Municipality of Fjordby organises an expert evening for parents on Thursday 20 March"),
        Some("the Youth Care Service of the Municipality of Fjordby")
    );
    assert_eq!(
        organiser("The Fjord County Sheriff's Office will host a free Internet Safety Night for parents on Thursday"),
        Some("The Fjord County Sheriff's Office")
    );
    assert_eq!(
        organiser("Yesterday afternoon, in the Aula Magna of the school, the Provincial Command of the Carabinieri of Fjordby opened the first of three training meetings"),
        Some("the Provincial Command of the Carabinieri of Fjordby")
    );
}

#[test]
fn a_lecture_evening_and_an_awareness_campaign_are_events() {
    assert_eq!(
        organiser("Social Services in Fjordby Municipality invites you to an open lecture evening about children's safety online"),
        Some("Social Services in Fjordby Municipality")
    );
    // The opening subject of a release that launches a campaign.
    let drafted = crate::draft::draft(
        "Campaign launched\n\nGOROKA, 8 August 2025 – The Department for Community Development yesterday officially launched the provincial awareness campaign on the Protection Act, at a ceremony attended by more than 1,500 people.\n",
    );
    assert_eq!(
        drafted.summary.organiser.text,
        "The Department for Community Development"
    );
}

#[test]
fn a_partner_in_association_with_the_organiser() {
    assert_eq!(
        organiser("The Fjord Police Cyber Crime Wing in association with the Fjord Council for Student Welfare conducted a cyber awareness programme for students on Monday"),
        Some("The Fjord Police Cyber Crime Wing")
    );
}
