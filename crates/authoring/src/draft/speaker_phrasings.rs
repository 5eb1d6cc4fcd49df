//! More of the genre's ways of naming who speaks, beyond
//! [`super::quote_phrasings`]: the speaker of the sentence before a quote,
//! a pronoun or a possessive before a colon, a dash after the quote, and
//! names and roles written the way parliaments, courts and charities write
//! them. Every sentence is written for the test.

use super::quote_phrasings::{by, said, speakers};

/// Each speaker the draft names in `paragraphs`, as "NAME | ROLE".
fn role(paragraphs: &[&str]) -> Vec<String> {
    speakers(paragraphs)
        .into_iter()
        .map(|(name, role)| format!("{name} | {}", role.unwrap_or_default()))
        .collect()
}

#[test]
fn the_speaker_of_the_sentence_before_a_quote() {
    assert_eq!(
        said(&["The Secretary-General, Justice Ama Bello, told the summit that threats came online. “Judges are doxxed. We need protocols, not sympathy.”"]),
        [by("Judges are doxxed. We need protocols, not sympathy.", "Ama Bello")]
    );
    // A sentence with no speech verb names no speaker for the next.
    assert_eq!(
        said(&["Ama Bello opened the summit. “Judges are doxxed and need protocols.”"]),
        [super::quote_phrasings::open(
            "Judges are doxxed and need protocols."
        )]
    );
}

#[test]
fn a_pronoun_a_possessive_or_a_lead_before_a_colon() {
    let quote = "My people do not want pity or a new label.";
    let speaker = "Tevita Fonua, a community leader from Tonga, spoke first.";
    assert_eq!(
        said(&[&format!(
            "{speaker} Asked about the term, he was blunt: “{quote}”"
        )]),
        [by(quote, "Tevita Fonua")]
    );
    for lead in [
        "Tevita Fonua’s message was clear:",
        "As Tevita Fonua, a community leader, put it:",
        "For Tevita Fonua, a community leader, the answer is plain:",
    ] {
        assert_eq!(
            said(&[&format!("{lead} “{quote}”")]),
            [by(quote, "Tevita Fonua")],
            "{lead}"
        );
    }
}

#[test]
fn a_dash_after_the_quote_names_the_speaker() {
    assert_eq!(
        said(&["“No country can fight this crime alone” – Jane Doe, Head of the Unit."]),
        [by("No country can fight this crime alone", "Jane Doe")]
    );
    assert_eq!(
        speakers(&["“No country can fight this crime alone” – Jane Doe, Head of the Unit."]),
        [("Jane Doe".to_string(), Some("Head of the Unit".to_string()))]
    );
    // A stop inside the quote, or the role before the name.
    assert_eq!(
        said(&["“No country can fight this crime alone.” – Jane Doe, Head of the Unit."]),
        [by("No country can fight this crime alone.", "Jane Doe")]
    );
    assert_eq!(
        said(&["“No country can fight this crime alone” – Director Jane Doe."]),
        [by("No country can fight this crime alone", "Jane Doe")]
    );
}

#[test]
fn names_and_roles_as_parliaments_courts_and_charities_write_them() {
    let role = |text: &str| speakers(&[text]);
    assert_eq!(
        role("“Papers held by employers breed trafficking,” said the committee chair, Senator Maria do Carmo Tavares (Brazil)."),
        [("Maria do Carmo Tavares".to_string(), Some("committee chair".to_string()))]
    );
    assert_eq!(
        role("The rapporteur, Deputy Rui Nhaca of Mozambique, presented his report. “Most victims entered legally,” he said."),
        [("Rui Nhaca".to_string(), Some("rapporteur".to_string()))]
    );
    assert_eq!(
        role("Opening the summit, the President of the Court, Justice Ama Owusu, recalled the year. “A judge who fears will not rule,” he said."),
        [("Ama Owusu".to_string(), Some("President of the Court".to_string()))]
    );
    assert_eq!(
        role("Carers’ Voice North chief executive Rachel Holroyd said schools must act. ‘Young carers do an adult’s job,’ she said."),
        [("Rachel Holroyd".to_string(), Some("Carers’ Voice North chief executive".to_string()))]
    );
    assert_eq!(
        said(&[
            "The hearing was chaired by Joseph Farrugia MP, the committee's chairman.",
            "Opening the session, Mr Farrugia said: “Voters have the right to know who pays.”"
        ]),
        [by(
            "Voters have the right to know who pays.",
            "Joseph Farrugia"
        )]
    );
    assert_eq!(
        said(&["Professor Jane Doe from the University of Oslo said: “No country can fight this alone.”"]),
        [by("No country can fight this alone.", "Jane Doe")]
    );
    assert_eq!(
        said(&["Member of the European Parliament Pieter van der Laan spoke. “Every removal must be open to challenge,” he said."]),
        [by("Every removal must be open to challenge", "Pieter van der Laan")]
    );
}

#[test]
fn a_role_in_lower_case_after_the_verb_or_before_the_name() {
    assert_eq!(
        speakers(&["«The first 48 hours are decisive for a detained reporter,» warned media lawyer Awa Sow, who led the session."]),
        [("Awa Sow".to_string(), Some("media lawyer".to_string()))]
    );
    assert_eq!(
        speakers(&["“A register is the first guarantee,” said the Deputy Special Representative, Greta Olsson, who opened the session."]),
        [("Greta Olsson".to_string(), Some("Deputy Special Representative".to_string()))]
    );
    assert_eq!(
        said(&["Senior health officer Kiran Adhikari, of the District, said stocks were short. “We had stocks, but on the other side of a river,” he recalled."]),
        [by("We had stocks, but on the other side of a river", "Kiran Adhikari")]
    );
    assert_eq!(
        said(&["Arnel Cruz, a teacher from Guiuan, Eastern Samar, described the storm. “The children came back before the roof did,” he told delegates."]),
        [by("The children came back before the roof did", "Arnel Cruz")]
    );
}

#[test]
fn the_same_speaker_goes_on_after_adding() {
    assert_eq!(
        said(&["“We will be watching the two figures,” said Fatu Kamara, coordinator of the Coalition, adding: “If the gap is zero, people will trust the result.”"]),
        [
            by("We will be watching the two figures", "Fatu Kamara"),
            by("If the gap is zero, people will trust the result.", "Fatu Kamara")
        ]
    );
}

#[test]
fn ages_and_councillors_are_not_names() {
    assert_eq!(
        speakers(&["“Results must be checked before they are fast,” NEA Chairperson Cllr. Augustine Wleh told the session."]),
        [("Augustine Wleh".to_string(), Some("NEA Chairperson".to_string()))]
    );
    assert_eq!(
        said(&["Sixteen-year-old Tevita Fonua described his school. ‘When the water came, my school became a shelter,’ he said."]),
        [by("When the water came, my school became a shelter", "Tevita Fonua")]
    );
}

#[test]
fn a_role_in_lower_case_before_the_name_after_the_quote() {
    assert_eq!(
        speakers(&["“They are victims of trafficking, not criminals,” committee chair Sen. Carmela Ocampo said in her statement."]),
        [("Carmela Ocampo".to_string(), Some("committee chair".to_string()))]
    );
    assert_eq!(
        said(&[
            "Dr Farhan Hossain, a hydrologist, warned that walls were not enough. “We need room for the rivers,” he said.",
            "CCAN director Shirin Akter called on the government to act. “Adaptation that happens to people is not adaptation,” she said."
        ]),
        [
            by("We need room for the rivers", "Farhan Hossain"),
            by("Adaptation that happens to people is not adaptation", "Shirin Akter")
        ]
    );
}

#[test]
fn a_party_after_the_name_a_clause_after_the_speaker_and_a_possessive_role() {
    assert_eq!(
        said(&["Opening the hearing, committee chair Ilse Vandermeulen (EPP, BE) said: “Nobody in this room disputes the goal.”"]),
        [by("Nobody in this room disputes the goal.", "Ilse Vandermeulen")]
    );
    assert_eq!(
        said(&["“Cities do not choose who arrives at their port,” said the Mayor of Palermo, Giulia Ferrante, as she closed the summit."]),
        [by("Cities do not choose who arrives at their port", "Giulia Ferrante")]
    );
    assert_eq!(
        speakers(&["For the donors, Canada's Global Health Ambassador, Claire Tran, stressed the value of funding. “Predictable funding lets a district plan,” she said."]),
        [("Claire Tran".to_string(), Some("Canada's Global Health Ambassador".to_string()))]
    );
}

#[test]
fn a_paragraph_of_quotation_after_the_one_who_recalled_it() {
    assert_eq!(
        said(&[
            "Opening the training, ACPSW President Siobhán Kearney recalled a case from her first years.",
            "“I remember a nine-year-old who asked me whether they would take her brother away.”"
        ]),
        [by(
            "I remember a nine-year-old who asked me whether they would take her brother away.",
            "Siobhán Kearney"
        )]
    );
    // An attribution that names no one leaves the quote open.
    assert_eq!(
        said(&["Both Ms Brandt and Dr Haddad spoke to the farmers. “They know the river better than any model,” one of them said."]),
        [super::quote_phrasings::open("They know the river better than any model")]
    );
}

#[test]
fn a_broken_quote_goes_on_after_a_few_words_of_when() {
    assert_eq!(
        said(&[
            "Dr Ama Osei chairs the panel.",
            "“Radiology can show us what happened weeks ago,” Osei said ahead of the event, “but only if someone orders the scan.”"
        ]),
        [
            by("Radiology can show us what happened weeks ago", "Ama Osei"),
            by("but only if someone orders the scan.", "Ama Osei")
        ]
    );
}

#[test]
fn a_body_and_a_role_before_the_name_then_a_pronoun() {
    let quote = "Rehabilitation is treatment, and it should be funded like treatment.";
    for (sentence, name, role) in [
        (
            "Stroke Harbour chief executive Helen Marsh urged ministers to act.",
            "Helen Marsh",
            "Stroke Harbour chief executive",
        ),
        (
            "Closing the discussion, Committee Vice-Chairperson Liu Wen said drafts would follow.",
            "Liu Wen",
            "Committee Vice-Chairperson",
        ),
        (
            "Harbour master Anna Berg was blunt.",
            "Anna Berg",
            "Harbour master",
        ),
    ] {
        let paragraph = format!("{sentence} ‘{quote}’ she said.");
        assert_eq!(said(&[&paragraph]), [by(quote, name)], "{sentence}");
        assert_eq!(
            speakers(&[&paragraph]),
            [(name.to_string(), Some(role.to_string()))],
            "{sentence}"
        );
    }
}

#[test]
fn first_names_titles_of_clergy_and_joined_roles() {
    assert_eq!(
        said(&[
            "Among the speakers will be Gary Thorpe, 52, who received care in a hostel.",
            "\"They treated me like a person,\" Gary said."
        ]),
        [by("They treated me like a person", "Gary Thorpe")]
    );
    assert_eq!(
        said(&[
            "Chaired by Bishop Colm Fennessy, chair of the Council, the round table met.",
            "Opening the discussion, Bishop Fennessy said: “Those who come are neighbours.”"
        ]),
        [by("Those who come are neighbours.", "Colm Fennessy")]
    );
    assert_eq!(
        said(&["Ms. Radhika Iyer, Founder-Director, Harbour Safety Trust, said, \"Children are online.\""]),
        [by("Children are online.", "Radhika Iyer")]
    );
    assert_eq!(
        said(&["«Elections should be a moment of choice», declared the Secretary General of the Harbour League, Mrs Hélène Mbarga-Dufresne, ahead of the seminar."]),
        [by("Elections should be a moment of choice", "Hélène Mbarga-Dufresne")]
    );
}

#[test]
fn someone_heard_from_unnamed_speaks_next_and_a_county_is_no_one() {
    assert_eq!(
        said(&[
            "“I have sat with women,” said Sr Ann Kiely, a Sister of Mercy.",
            "Participants also heard from a resident of a centre in Co. Longford, who spoke anonymously. “My children go to school here,” she said."
        ]),
        [
            // "Sr" is a religious sister's title, as "Sister" is.
            by("I have sat with women", "Ann Kiely"),
            super::quote_phrasings::open("My children go to school here")
        ]
    );
}

#[test]
fn the_first_paragraph_names_its_people_after_the_dateline() {
    assert_eq!(
        speakers(&[
            "Melbourne, 10 February 2026 – The Harbour Safety Commissioner, Kirsten Albury, this morning opened a summit.",
            "“Sextortion is a crime,” Commissioner Albury said."
        ]),
        [(
            "Kirsten Albury".to_string(),
            Some("Harbour Safety Commissioner".to_string())
        )]
    );
}

#[test]
fn a_body_or_a_nationality_before_a_lower_case_role_and_more_titles() {
    assert_eq!(
        said(&["'Automation is a choice,' says Havenbond chair Ria de Vos-Kramer."]),
        [by("Automation is a choice", "Ria de Vos-Kramer")]
    );
    assert_eq!(
        said(&["\"We are not asking for privileges,\" said Honduran journalist José Armando Paz, who is under protection."]),
        [by("We are not asking for privileges", "José Armando Paz")]
    );
    assert_eq!(
        said(&["„Schools process a large volume of data,“ says the President of the Authority, JUDr. Tomáš Hrubeš."]),
        [by("Schools process a large volume of data", "Tomáš Hrubeš")]
    );
    assert_eq!(
        said(&["Marc Thibodeau, a Grade 4 teacher, described a classroom evacuated three times. \"My other students lost hours of learning.\""]),
        [by("My other students lost hours of learning.", "Marc Thibodeau")]
    );
}

#[test]
fn titles_in_lower_case_and_the_particle_el() {
    assert_eq!(
        said(&["‘We see families separated for years,’ says mr. Sanne de Vries, coordinator of the Clinic."]),
        [by("We see families separated for years", "Sanne de Vries")]
    );
    assert_eq!(
        said(&["‘In the clinic you learn a great deal,’ says Fatima el Amrani, master student and volunteer at the clinic."]),
        [by("In the clinic you learn a great deal", "Fatima el Amrani")]
    );
}

#[test]
fn ranks_as_police_and_armies_shorten_them() {
    for rank in ["Cst.", "Det. Supt.", "Sgt", "Cpl.", "Capt."] {
        assert_eq!(
            said(&[&format!("\"Report it at once,\" says {rank} Lina Moreau, an investigator with the Harbour Police.")]),
            [by("Report it at once", "Lina Moreau")],
            "{rank}"
        );
    }
}

#[test]
fn roles_in_lower_case_after_an_age_of_a_body_or_in_a_relative_clause() {
    assert_eq!(
        role(&["Lena Vik, public policy lead for Europe at the ferry line Norrsund, said: “We check every crossing.”"]),
        ["Lena Vik | public policy lead for Europe at the ferry line Norrsund"]
    );
    assert_eq!(
        role(&["“We check every crossing,” said Lena Vik, news director of a regional broadcaster in Bodø."]),
        ["Lena Vik | news director of a regional broadcaster in Bodø"]
    );
    assert_eq!(
        role(&["“We check every crossing,” said Lena Vik, 22, a youth delegate from Tromsø, in the closing session."]),
        ["Lena Vik | a youth delegate from Tromsø"]
    );
    assert_eq!(
        role(&["“We check every crossing,” said Lena Vik of the Fjord Pilots' Guild in Bergen."]),
        ["Lena Vik | of the Fjord Pilots' Guild in Bergen"]
    );
    assert_eq!(
        role(&["Dr Lena Vik of the Institute for Tides warned against haste. “We check every crossing,” she said."]),
        ["Lena Vik | of the Institute for Tides"]
    );
    assert_eq!(
        role(&["Lena Vik, who heads the Harbour Safety Unit and will open the day, warned against haste. “We check every crossing,” she said."]),
        ["Lena Vik | who heads the Harbour Safety Unit"]
    );
    // A title that names an office says the role before a body.
    assert_eq!(
        role(&["Ambassador Lena Vik of Norway recalled the first crossing. “We check every crossing,” she said."]),
        ["Lena Vik | Ambassador"]
    );
    // "of" then a body's comma and a role: the role says more.
    assert_eq!(
        role(&["“We check every crossing,” said Judge Lena Vik of the Bergen Court, President of the Pilots' Guild, in her address."]),
        ["Lena Vik | President of the Pilots' Guild"]
    );
}

#[test]
fn a_first_name_alone_with_an_age_names_a_young_speaker() {
    assert_eq!(
        role(&["Liv, 16, a member of the Harbour Youth Panel, told the forum: “Nobody asked us.”"]),
        ["Liv | a member of the Harbour Youth Panel"]
    );
    assert_eq!(
        role(&["“Nobody asked us,” said Liv, a 16-year-old delegate from Tromsø."]),
        ["Liv | a 16-year-old delegate from Tromsø"]
    );
    // A full name's age is no role either.
    assert_eq!(
        role(&[
            "Liv Berg, 16, a member of the Harbour Youth Panel, told the forum: “Nobody asked us.”"
        ]),
        ["Liv Berg | a member of the Harbour Youth Panel"]
    );
    // A word alone, with no age, names someone known or no one.
    assert_eq!(
        role(&["Liv told the forum: “Nobody asked us.”"]),
        Vec::<String>::new()
    );
}

#[test]
fn an_office_after_a_rank_or_a_post_nominal_and_more_honorifics() {
    assert_eq!(
        role(&["“Ships need pilots who trust their systems,” said Captain Lena Vik, chair of the Pilots' Association."]),
        ["Lena Vik | chair of the Pilots' Association"]
    );
    assert_eq!(
        role(&["“Ships need pilots,” said Lena Vik, MP, Chairperson of the Standing Committee."]),
        ["Lena Vik | Chairperson of the Standing Committee"]
    );
    for title in ["Shri", "Alhaji", "Archpriest"] {
        assert_eq!(
            role(&[&format!(
                "“Ships need pilots,” said {title} Lena Vik, chair of the Pilots' Association."
            )]),
            ["Lena Vik | chair of the Pilots' Association"],
            "{title}"
        );
    }
}

#[test]
fn a_surname_inside_a_name_and_an_honourable_minister() {
    assert_eq!(
        said(&[
            "The Chairman of the Council, Dr Vincent Lam Chi-wai, opened the seminar.",
            "“Button batteries burn within two hours,” Dr Lam said.",
        ]),
        [by(
            "Button batteries burn within two hours",
            "Vincent Lam Chi-wai"
        )]
    );
    assert_eq!(
        said(&["The Honourable Cassandra Joseph, Minister for Housing and Disaster Resilience, who addressed the ceremony, urged residents to prepare. “Preparedness is not an event, it is a habit,” the Minister said."]),
        [by("Preparedness is not an event, it is a habit", "Cassandra Joseph")]
    );
}

#[test]
fn roles_whose_office_lists_its_fields_and_an_honourific_in_capitals() {
    assert_eq!(
        role(&[
            "For his part, Counsellor Tarek Haddad, Director of the Department of Women, Family and Childhood, reviewed the programme.",
            "“The programme is long and we must work every day,” said Haddad.",
        ]),
        ["Tarek Haddad | Director of the Department of Women, Family and Childhood"]
    );
    assert_eq!(
        role(&[
            "The Councillor for Social Rights, Feminisms and Childhood, Montserrat Pujol Vidal, presented the study.",
            "“Four in ten adolescents received unwanted contacts,” said Pujol Vidal.",
        ]),
        ["Montserrat Pujol Vidal | Councillor for Social Rights, Feminisms and Childhood"]
    );
    assert_eq!(
        role(&[
            "In his speech, HE the Assistant Secretary-General for Security Affairs, Nasser bin Hamad Al-Kaabi, affirmed that children come first.",
            "“Cyberspace is no lawless place for our children,” said Al-Kaabi.",
        ]),
        ["Nasser bin Hamad Al-Kaabi | Assistant Secretary-General for Security Affairs"]
    );
    // A subject and its verb before the role are none of it.
    assert_eq!(
        role(&[
            "Attendees heard presentations from the Council’s Climate Action Coordinator, Dr Niamh Keaveney, on the zone.",
            "“The zone works for the whole town,” said Dr Keaveney.",
        ]),
        ["Niamh Keaveney | Council’s Climate Action Coordinator"]
    );
}

#[test]
fn joined_surnames_a_capitalised_particle_and_a_perfect_after_a_pronoun() {
    assert_eq!(
        role(&["“We invest in resilience, not in panic,” said Flemish Minister for Home Affairs Pieter De Wachter."]),
        ["Pieter De Wachter | Flemish Minister for Home Affairs"]
    );
    assert_eq!(
        said(&["The opening act was presided over by the Mayor of Vilademar, Jordi Casals i Roca, who recalled that «the protection of children does not end at the door of the house»."]),
        [by(
            "the protection of children does not end at the door of the house",
            "Jordi Casals i Roca"
        )]
    );
    assert_eq!(
        said(&[
            "Opening the works, the District Doctor, Dr Issoufou Sani, has recalled the figures.",
            "« If the mother must walk thirty kilometres, she will not come », he has insisted.",
        ]),
        [by(
            "If the mother must walk thirty kilometres, she will not come",
            "Issoufou Sani"
        )]
    );
}

#[test]
fn polish_degrees_in_lower_case_before_the_name() {
    assert_eq!(
        role(&["„Every bruise must be a question for the doctor” – emphasised prof. dr hab. Tomasz Wierzbicki, Head of the Department of Forensic Medicine."]),
        ["Tomasz Wierzbicki | Head of the Department of Forensic Medicine"]
    );
    assert_eq!(
        role(&["„We learned that a team in every hospital changes everything” – said dr Rūta Petrauskienė, a paediatrician at the Fjord Centre."]),
        ["Rūta Petrauskienė | a paediatrician at the Fjord Centre"]
    );
}

#[test]
fn an_ombudswoman_and_the_right_reverend() {
    assert_eq!(
        said(&[
            "In her introductory speech, Ombudswoman for Children Helena Marić pointed out that children are treated as objects.",
            "«The child has the right to say what it thinks», she emphasised.",
        ]),
        [by("The child has the right to say what it thinks", "Helena Marić")]
    );
    assert_eq!(
        role(&["Opening the summit, the Council’s Co-Chair, the Right Reverend Dr Miriam Ashdown, said: “Every faith tradition teaches that the vulnerable are to be protected.”"]),
        ["Miriam Ashdown | Council’s Co-Chair"]
    );
}

#[test]
fn the_lawmaker_named_before_says_it() {
    assert_eq!(
        said(&["Committee member Irakli Beridze asked the Ministry about the timeline. „Children cannot wait for another strategy,“ the lawmaker said."]),
        [by("Children cannot wait for another strategy", "Irakli Beridze")]
    );
}

#[test]
fn a_given_name_alone_names_the_one_it_begins() {
    assert_eq!(
        said(&[
            "The workshop was led by Guðrún Ásgeirsdóttir, project manager for multicultural affairs at the municipality.",
            "„We heard very clearly that people want to learn, but they are tired,“ says Guðrún.",
        ]),
        [by(
            "We heard very clearly that people want to learn, but they are tired",
            "Guðrún Ásgeirsdóttir"
        )]
    );
    // Two people of that given name: no one.
    assert_eq!(
        said(&[
            "The workshop was led by Anna Berg and Anna Lind of the municipality.",
            "„People want to learn,“ says Anna.",
        ]),
        [super::quote_phrasings::open("People want to learn")]
    );
}

#[test]
fn a_lead_before_the_role_is_none_of_it() {
    assert_eq!(
        role(&["According to the Chairperson of the Fjord Union, Tamar Gelashvili, the Union registered 47 cases. “We will not be silenced,” she said."]),
        ["Tamar Gelashvili | Chairperson of the Fjord Union"]
    );
}

#[test]
fn a_ranked_office_title_is_the_role_an_honourific_after_a_role_is_not() {
    assert_eq!(
        role(&["Chief Judge Denise Whitebird-Larson said: “Our court is not about punishment.”"]),
        ["Denise Whitebird-Larson | Chief Judge"]
    );
    assert_eq!(
        role(&["Committee Chair Senator Megan Hartley said: “We will hear every town.”"]),
        ["Megan Hartley | Committee Chair"]
    );
}

#[test]
fn a_local_chapters_administrator_before_the_name() {
    assert_eq!(
        role(&["“Disasters do not wait for us to be ready,” said PNRCS Eastern Samar Chapter Administrator Ramon Villareal."]),
        ["Ramon Villareal | PNRCS Eastern Samar Chapter Administrator"]
    );
}

#[test]
fn a_call_before_a_quote_and_a_campaign_in_marks() {
    assert_eq!(
        said(&["Reto Casanova, president of the working group, called for a common register. «Today, each canton keeps its own files.»"]),
        [by("Today, each canton keeps its own files.", "Reto Casanova")]
    );
    // A campaign's name in marks is no one's words, whoever calls.
    assert!(said(&["He called on families to review their plans, in the framework of the campaign “Prepared Family, Safe Family”."]).is_empty());
}

#[test]
fn a_dash_then_the_role_that_refers_back() {
    assert_eq!(
        said(&["Vice Minister Aigerim Sadykova opened the forum. «Digital literacy must become natural», - the Vice Minister emphasized."]),
        [by("Digital literacy must become natural", "Aigerim Sadykova")]
    );
}

#[test]
fn a_convener_before_the_name_and_a_colon_leading_in() {
    assert_eq!(
        role(&[
            "Convener of the Cross-Party Group, Fiona MacLeod MSP, said:",
            "“The evidence we heard was powerful.”"
        ]),
        ["Fiona MacLeod | Convener of the Cross-Party Group"]
    );
    // The role before the colon is no paraphrase of hers.
    assert_eq!(
        said(&[
            "Director of the Group, Fiona MacLeod, said:",
            "“The evidence we heard was powerful.”"
        ]),
        [by("The evidence we heard was powerful.", "Fiona MacLeod")]
    );
}

#[test]
fn one_of_a_group_is_a_role() {
    assert_eq!(
        role(&[
            "“We are the ones who know,” said Noor Al-Balushi, 17, one of the youth delegates."
        ]),
        ["Noor Al-Balushi | one of the youth delegates"]
    );
    assert_eq!(
        role(&["“The ice moves,” said Rosa Huamán, one of its instructors."]),
        ["Rosa Huamán | one of its instructors"]
    );
}

#[test]
fn a_role_then_the_name_then_a_colon_and_a_particle_that_opens_a_sentence() {
    assert_eq!(
        role(&["National coordinating public prosecutor for sextortion Marieke van Dalen: ‘Victims are often so ashamed that they pay.’"]),
        ["Marieke van Dalen | National coordinating public prosecutor for sextortion"]
    );
    assert_eq!(
        said(&[
            "Public prosecutor Marieke van Dalen: ‘Victims are ashamed.’",
            "‘We see the same networks again,’ says Van Dalen."
        ]),
        [
            by("Victims are ashamed.", "Marieke van Dalen"),
            by("We see the same networks again", "Marieke van Dalen")
        ]
    );
}

#[test]
fn three_names_after_a_portfolio_and_a_maa_particle() {
    assert_eq!(
        role(&["State Minister for Women and Children Affairs Farhana Akter Chowdhury today stressed the need. “No child is left behind,” she said."]),
        ["Farhana Akter Chowdhury | State Minister for Women and Children Affairs"]
    );
    assert_eq!(
        role(&["The Chief Officer for Public Health, Daniel ole Kipeen, said the department will act. “We will train our health workers,” he said."]),
        ["Daniel ole Kipeen | Chief Officer for Public Health"]
    );
}

#[test]
fn a_lower_case_role_with_its_noun_and_ranks_and_letters_before_a_name() {
    assert_eq!(
        role(&["“Schools notice first,” says Maria Ekholm, development officer for honour-related issues at the County Board."]),
        ["Maria Ekholm | development officer for honour-related issues at the County Board"]
    );
    assert_eq!(
        role(&["“They are not small adults,” according to dr. Pieter Claes, paediatric oncologist and member of the committee."]),
        ["Pieter Claes | paediatric oncologist and member of the committee"]
    );
    // Letters before a lower-case word without a role's noun are no role.
    assert_eq!(
        role(&["“They are not small adults,” said Pieter Claes, speaking for many in the room."]),
        ["Pieter Claes | "]
    );
    assert_eq!(
        role(&["The Chief of the Coast Guard, Vice Admiral H.C.G. Dimitrios Karavelas, stated: «The sea does not know borders.»"]),
        ["Dimitrios Karavelas | Chief of the Coast Guard"]
    );
    assert_eq!(
        role(&["The Director of the Office for Criminal Analysis, Brigadier Dr. Eva Lechner, said: „Our analysts supported twice as many investigations.“"]),
        ["Eva Lechner | Director of the Office for Criminal Analysis"]
    );
    assert_eq!(
        role(&["In her speech, Chairperson of NCHRF Dr. Hessa bint Khalid Al Mansouri said: “Justice must be near.”"]),
        ["Hessa bint Khalid Al Mansouri | Chairperson of NCHRF"]
    );
    assert_eq!(
        role(&["“Listen to them,” manifested the Vice Minister of Protection and Rights, Abg. Carlos Duarte Villalba, at the closing."]),
        ["Carlos Duarte Villalba | Vice Minister of Protection and Rights"]
    );
}

#[test]
fn a_paragraph_closing_on_a_colon_hands_the_next_to_the_person_it_names() {
    assert_eq!(
        said(&[
            "Commissioner General of the NPSA, Mr. Hiroshi Tanabe, made the following comment in advance of the seminar:",
            "“Child sexual abuse material is not merely illegal content. It is a record of a crime."
        ]),
        [by("Child sexual abuse material is not merely illegal content. It is a record of a crime.", "Hiroshi Tanabe")]
    );
    assert_eq!(
        role(&[
            "Comments attributable to Child Protection Minister Karen Holloway:",
            "\"Our child protection workers do some of the hardest work in the State.\""
        ]),
        ["Karen Holloway | Child Protection Minister"]
    );
}

#[test]
fn a_possessive_role_and_a_view_given_by_pronoun() {
    assert_eq!(
        said(&[
            "Children's Advocate, Mrs. Patrice Whyte-Bennett, said the tour is an important part of the outreach work.",
            "“Too many of the reports we receive come after the harm has gone on for months,” the Children's Advocate said."
        ]),
        [by("Too many of the reports we receive come after the harm has gone on for months", "Patrice Whyte-Bennett")]
    );
    assert_eq!(
        said(&["According to the coordinator of the Working Group, public defender Juliana Castro Pereira, the meeting approved a protocol. For her, the protocol closes a gap. “Many times the child was returned before anyone could hear her.”"]),
        [by("Many times the child was returned before anyone could hear her.", "Juliana Castro Pereira")]
    );
}

#[test]
fn letters_after_a_name_an_assemblys_speaker_and_titles_between_role_and_name() {
    assert_eq!(
        role(&["Shri Anil Kumar Verma, IPS, Additional Director General of Police (CID), said that networks use social media. “We have to reach the girl before the trafficker reaches her,” he said."]),
        ["Anil Kumar Verma | Additional Director General of Police (CID)"]
    );
    assert_eq!(
        role(&["The Speaker of the County Children's Assembly, Faith Nafula, 16, told the forum: “We want to be asked, not only talked about.”"]),
        ["Faith Nafula | Speaker of the County Children's Assembly"]
    );
    assert_eq!(
        role(&["For her part, the National Attorney for the Protection of Children, Mtra. Gabriela Ontiveros Leal, said that \"this meeting is a space to listen to each other and to build answers.\""]),
        ["Gabriela Ontiveros Leal | National Attorney for the Protection of Children"]
    );
    assert_eq!(
        role(&[
            "Summit keynote speaker Dr Priya Raman said the results showed a workforce issue.",
            "“If we do not look after the people leading our schools, we will not have enough of them,” she said."
        ]),
        ["Priya Raman | Summit keynote speaker"]
    );
    assert_eq!(
        role(&[
            "District Judge Owen Rees said that some trials were moved at short notice.",
            "‘When that happens, someone must own the job of telling the victim,’ he said."
        ]),
        ["Owen Rees | District Judge"]
    );
}

#[test]
fn an_ordinal_or_an_age_before_the_role_and_a_view_given_after_for() {
    assert_eq!(
        role(&["“Evidence starts with the first officer who takes the call,” said 21st Judicial District Attorney Priya Raman, who led the session."]),
        ["Priya Raman | 21st Judicial District Attorney"]
    );
    assert_eq!(
        role(&["“We wanted to make something a 13-year-old would actually use,” tells 17-year-old team member Eetu Hiltunen."]),
        ["Eetu Hiltunen | 17-year-old team member"]
    );
    assert_eq!(
        role(&[
            "Quotes attributable to Youth Council member Mia Tran, 17, from Darwin:",
            "\"Most of us know someone this has happened to.\""
        ]),
        ["Mia Tran | Youth Council member"]
    );
    assert_eq!(
        role(&["For the academic of the Faculty of Law, Tomás Echeverría, the bill leaves gaps: \"The text says very little about the platforms.\""]),
        ["Tomás Echeverría | academic of the Faculty of Law"]
    );
    // A clause that opens with "the" and names someone between commas is
    // no one's view without "For".
    assert_eq!(
        role(&["The day began with the opening by the Director of the Service, Osvaldo Pereyra, and a panel: \"Education is the first right in confinement.\""]),
        Vec::<String>::new()
    );
}

#[test]
fn malaysian_and_bruneian_honorifics_stay_out_of_the_name_but_not_a_fathers() {
    assert_eq!(
        role(&[
            "State Community Development Committee chairman Datuk Hajah Rosnah Abdul Karim said the first session began today.",
            "\"Nursery operators are our eyes on the ground,\" she told reporters."
        ]),
        ["Rosnah Abdul Karim | State Community Development Committee chairman"]
    );
    assert_eq!(
        role(&["The Acting Director of Youth and Sports, Awang Haji Mohd Rizal bin Haji Osman, said: ‘Being online is not the same as being safe online.’"]),
        ["Mohd Rizal bin Haji Osman | Acting Director of Youth and Sports"]
    );
}

#[test]
fn a_roles_letters_refer_back_to_its_holder_and_a_bodys_do_not() {
    assert_eq!(
        said(&[
            "Addressing the participants, the District Chief Executive (DCE), Hon. Kwabena Asare-Mensah, said the district recorded 214 cases.",
            "“Child marriage is not culture; it is abuse,” the DCE stated."
        ]),
        [by("Child marriage is not culture; it is abuse", "Kwabena Asare-Mensah")]
    );
    // "(SWD)" shortens the department, not the director's role.
    assert_eq!(
        said(&[
            "The Director of the Social Welfare Department (SWD), Ms Grace Lam, opened the seminar.",
            "“Every report matters to us,” the SWD said."
        ]),
        [(
            "Every report matters to us".to_string(),
            None
        )]
    );
}

#[test]
fn a_name_and_role_before_who_and_an_academic_referred_back_to() {
    assert_eq!(
        role(&["The opening session was marked by the intervention of Mr. Slim Ben Ammar, president of the ATDDM, who declared that «the migrant remains a holder of rights, and the lawyer is the first guarantor of these rights»."]),
        ["Slim Ben Ammar | president of the ATDDM"]
    );
    assert_eq!(
        said(&["The panel counted with the participation of the Peruvian jurist Emilio Zegarra Benavides, professor of the Universidad Andina, who shared the experience of his country. “In Peru we learned late that without reparation there is no truth,” indicated the academic."]),
        [by("In Peru we learned late that without reparation there is no truth", "Emilio Zegarra Benavides")]
    );
}

#[test]
fn a_three_word_name_after_a_body_an_ambassadors_title_and_the_following_greeting() {
    assert_eq!(
        role(&["The ceremony was attended by Deputy Commissioner of Police Ahmed Shifau Rasheed as chief guest. ”Every case reported is a person who has trusted us,” he said."]),
        ["Ahmed Shifau Rasheed | Deputy Commissioner of Police"]
    );
    assert_eq!(
        role(&["In her remarks, H.E. Amb. Nomvula Dlamini-Achebe, Commissioner for Social Affairs, said: “A framework is only as strong as the commitment behind it.”"]),
        ["Nomvula Dlamini-Achebe | Commissioner for Social Affairs"]
    );
    assert_eq!(
        said(&[
            "At the opening of the training, Superintendent Kenji Morikawa, Director of the Cybercrime Division, gave the following greeting.",
            "”Criminal groups recruit young people through social media. We ask for your continued cooperation.”"
        ]),
        [by("Criminal groups recruit young people through social media. We ask for your continued cooperation.", "Kenji Morikawa")]
    );
}

#[test]
fn who_opened_an_event_speaks_next_and_an_office_after_the_name_outranks_a_rank() {
    assert_eq!(
        role(&["The conference was opened by Police Lieutenant General Dr. Károly Szabados, National Police Chief. „In the past year the police ordered restraining orders in four thousand cases.“"]),
        ["Károly Szabados | National Police Chief"]
    );
    assert_eq!(
        role(&["“Victims need to be heard,” said Lieutenant Colonel Rania Al-Zoubi, head of the training section at the unit."]),
        ["Rania Al-Zoubi | head of the training section at the unit"]
    );
}

#[test]
fn a_role_referred_back_to_before_when_it_was_said() {
    assert_eq!(
        said(&[
            "The Secretary of Family Services, Lcda. Marisol Cintrón Ayala, said that the training forms part of the plan.",
            "“Each referral is a child who is waiting for us,” expressed the Secretary during the opening of the training on Monday."
        ]),
        [by("Each referral is a child who is waiting for us", "Marisol Cintrón Ayala")]
    );
}

#[test]
fn a_role_addressed_with_an_honorific_after_a_portfolios_list() {
    assert_eq!(
        role(&[
            "The Minister of Women, Family and Child Protection, Mrs Khady Diouf Faye, presided this Tuesday over the opening ceremony.",
            "In her speech, Madam Minister recalled that the phenomenon remains a preoccupation. « No child should spend his days under the sun to hold out a bowl at the crossroads. »"
        ]),
        ["Khady Diouf Faye | Minister of Women, Family and Child Protection"]
    );
}
