use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Quote, Section};

/// What a reader has done with one widget: the section shown and which
/// quotes are open (by index in the summary's `quotes`). Whoever shows a
/// summary holds exactly one of these: the embed for an element, the
/// [`StatefulSummary`](super::StatefulSummary) component for a yew app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WidgetState {
    /// The section whose panel is shown.
    pub section: Section,
    /// One flag per quote: whether its full passage is shown.
    pub open: Vec<bool>,
    /// Element ids of the source paragraphs shown (the "¶ n" buttons).
    pub open_sources: Vec<AttrValue>,
}

/// A change to [`WidgetState`], from the reader or from the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show a section.
    Select(Section),
    /// Open a closed quote, close an open one.
    ToggleQuote(usize),
    /// Open one quote, leaving the others as they are.
    OpenQuote(usize),
    /// Open (`true`) or close every quote.
    SetAllQuotes(bool),
    /// Show a hidden source paragraph, hide a shown one, by element id.
    ToggleSource(AttrValue),
}

impl WidgetState {
    /// The first state: `section` shown, every quote open or closed.
    pub fn new(section: Section, quotes: usize, expanded: bool) -> Self {
        WidgetState {
            section,
            open: vec![expanded; quotes],
            open_sources: Vec::new(),
        }
    }

    /// Whether every quote is open (true when there are none).
    pub fn all_open(&self) -> bool {
        self.open.iter().all(|open| *open)
    }

    /// The quotes opened or closed since `before`, each with whether it is
    /// open now: what the element tells the page, and the component the app.
    pub fn toggled_quotes<'a>(
        &'a self,
        before: &'a WidgetState,
        quotes: &'a [Quote],
    ) -> impl Iterator<Item = (&'a Quote, bool)> + 'a {
        before
            .open
            .iter()
            .zip(&self.open)
            .zip(quotes)
            .filter(|((was_open, is_open), _)| was_open != is_open)
            .map(|((_, is_open), quote)| (quote, *is_open))
    }

    /// Applies `action`; says whether anything changed.
    pub fn apply(&mut self, action: Action) -> bool {
        let before = self.clone();
        match action {
            Action::Select(section) => self.section = section,
            Action::ToggleQuote(index) => {
                if let Some(open) = self.open.get_mut(index) {
                    *open = !*open;
                }
            }
            Action::OpenQuote(index) => {
                if let Some(open) = self.open.get_mut(index) {
                    *open = true;
                }
            }
            Action::SetAllQuotes(open) => self.open.iter_mut().for_each(|flag| *flag = open),
            Action::ToggleSource(id) => match self.open_sources.iter().position(|open| *open == id)
            {
                Some(index) => drop(self.open_sources.remove(index)),
                None => self.open_sources.push(id),
            },
        }
        *self != before
    }
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.apply(action) {
            Rc::new(next)
        } else {
            self
        }
    }
}

/// Calls `on_change(previous, current)` after a render in which `value`
/// differs from its value at the previous render; never on the first.
#[hook]
pub fn use_on_change<T, F>(value: T, on_change: F)
where
    T: Clone + PartialEq + 'static,
    F: FnOnce(&T, &T) + 'static,
{
    let previous = use_mut_ref(|| value.clone());
    use_effect_with(value, move |current| {
        let before = previous.replace(current.clone());
        if before != *current {
            on_change(&before, current);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applied(mut state: WidgetState, action: Action) -> (WidgetState, bool) {
        let changed = state.apply(action);
        (state, changed)
    }

    #[test]
    fn actions_change_only_what_they_name() {
        let state = WidgetState::new(Section::Overview, 3, false);
        let (state, changed) = applied(state, Action::ToggleQuote(1));
        assert!(changed);
        assert_eq!(state.open, [false, true, false]);
        let (state, changed) = applied(state, Action::OpenQuote(1));
        assert!(!changed, "an open quote stays open");
        assert_eq!(state.open, [false, true, false]);
        let (state, _) = applied(state, Action::SetAllQuotes(true));
        assert!(state.all_open());
        let (state, _) = applied(state, Action::Select(Section::Funders));
        assert_eq!(state.section, Section::Funders);
        let (state, changed) = applied(state, Action::ToggleQuote(7));
        assert!(!changed, "an unknown quote changes nothing");
        assert_eq!(state.open, [true, true, true]);
        let (state, _) = applied(state, Action::ToggleSource("cs-aim-0-source".into()));
        assert_eq!(state.open_sources, ["cs-aim-0-source"]);
        let (state, _) = applied(state, Action::ToggleSource("cs-aim-0-source".into()));
        assert!(state.open_sources.is_empty());
    }

    #[test]
    fn the_quotes_toggled_are_told_with_their_state() {
        let Ok(summary) = crate::parse_summary(crate::model::DEFAULT_SUMMARY_JSON) else {
            panic!("the built-in summary is valid");
        };
        let before = WidgetState::new(Section::Quotes, summary.quotes.len(), false);
        let (after, _) = applied(before.clone(), Action::ToggleQuote(2));
        let (after, _) = applied(after, Action::Select(Section::Funders));
        let toggled: Vec<(&str, bool)> = after
            .toggled_quotes(&before, &summary.quotes)
            .map(|(quote, open)| (quote.id.as_str(), open))
            .collect();
        assert_eq!(toggled, [(summary.quotes[2].id.as_str(), true)]);
        assert_eq!(before.toggled_quotes(&before, &summary.quotes).count(), 0);
    }
}
