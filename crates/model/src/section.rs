//! The sections a reader clicks through.

/// One of the widget's sections, in the order the tabs show them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Section {
    /// Focus, aims, dates and place.
    #[default]
    Overview,
    /// Quoted and paraphrased passages.
    Quotes,
    /// What happens on each day.
    Programme,
    /// Who takes part, and the speakers.
    Participants,
    /// Organiser, chairmanship and funders.
    Funders,
}

impl Section {
    /// Every section, in tab order.
    pub const ALL: [Section; 5] = [
        Section::Overview,
        Section::Quotes,
        Section::Programme,
        Section::Participants,
        Section::Funders,
    ];

    /// The stable identifier used in attributes, element ids and events.
    pub fn id(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Quotes => "quotes",
            Section::Programme => "programme",
            Section::Participants => "participants",
            Section::Funders => "funders",
        }
    }

    /// The section with this identifier, if there is one.
    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|section| section.id() == id)
    }

    /// The section shown when this one is asked for and `offered` are the
    /// sections with a tab: itself, or the default section when it has none
    /// (a summary without quotes has no quotes tab).
    pub fn shown_among(self, offered: &[Section]) -> Section {
        if offered.contains(&self) {
            self
        } else {
            Section::default()
        }
    }

    /// Position in tab order.
    pub fn index(self) -> usize {
        Section::ALL
            .iter()
            .position(|section| *section == self)
            .unwrap_or(0)
    }

    /// The section `steps` tabs away among `sections`, wrapping around at
    /// both ends; `self` when it is not among them.
    pub fn step_within(self, sections: &[Section], steps: isize) -> Section {
        let Some(position) = sections.iter().position(|section| *section == self) else {
            return self;
        };
        let count = sections.len() as isize;
        sections[(position as isize + steps).rem_euclid(count) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for section in Section::ALL {
            assert_eq!(Section::from_id(section.id()), Some(section));
        }
        assert_eq!(Section::from_id("Quotes"), None);
    }

    #[test]
    fn a_section_without_a_tab_falls_back_to_the_default() {
        let offered = [Section::Overview, Section::Programme, Section::Funders];
        assert_eq!(Section::Programme.shown_among(&offered), Section::Programme);
        assert_eq!(Section::Quotes.shown_among(&offered), Section::Overview);
    }

    #[test]
    fn stepping_wraps_around() {
        let all = Section::ALL;
        assert_eq!(Section::Funders.step_within(&all, 1), Section::Overview);
        assert_eq!(Section::Overview.step_within(&all, -1), Section::Funders);
        assert_eq!(Section::Quotes.step_within(&all, 2), Section::Participants);
        let some = [Section::Overview, Section::Funders];
        assert_eq!(Section::Funders.step_within(&some, 1), Section::Overview);
        assert_eq!(Section::Quotes.step_within(&some, 1), Section::Quotes);
    }
}
