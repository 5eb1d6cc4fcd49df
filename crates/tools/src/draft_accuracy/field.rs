//! The fields the scorer counts, their tallies, and the targets for
//! the held-out part.

/// A field of the draft that the scorer compares with the expectations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Place and date of the dateline.
    Dateline,
    /// The event's first day.
    Start,
    /// The event's last day.
    End,
    /// What the event is about.
    Focus,
    /// Who organised it.
    Organiser,
    /// Funders and supporters.
    Funders,
    /// Groups taking part.
    Participants,
    /// Speakers, name and role.
    Speakers,
    /// Verbatim quotes, text and paragraph.
    Quotes,
    /// Found quotes given the right speaker, or rightly left open.
    Attribution,
    /// Dates of the programme's days.
    Programme,
}

impl Field {
    /// Every field, in the order of the table.
    pub const ALL: [Field; 11] = [
        Field::Dateline,
        Field::Start,
        Field::End,
        Field::Focus,
        Field::Organiser,
        Field::Funders,
        Field::Participants,
        Field::Speakers,
        Field::Quotes,
        Field::Attribution,
        Field::Programme,
    ];

    /// The field's name in the table and in `floors.json`.
    pub fn name(self) -> &'static str {
        match self {
            Field::Dateline => "dateline",
            Field::Start => "start",
            Field::End => "end",
            Field::Focus => "focus",
            Field::Organiser => "organiser",
            Field::Funders => "funders",
            Field::Participants => "participants",
            Field::Speakers => "speakers",
            Field::Quotes => "quotes",
            Field::Attribution => "attribution",
            Field::Programme => "programme",
        }
    }

    /// Issue #25's target for the held-out part, where it sets one.
    pub fn target(self) -> Option<Target> {
        let both = |percent| Target {
            precision: Some(percent),
            recall: Some(percent),
        };
        match self {
            Field::Dateline => Some(both(100.0)),
            Field::Start | Field::End | Field::Organiser | Field::Funders => Some(both(90.0)),
            Field::Quotes => Some(Target {
                precision: Some(98.0),
                recall: Some(95.0),
            }),
            Field::Attribution => Some(Target {
                precision: None,
                recall: Some(90.0),
            }),
            Field::Focus | Field::Participants | Field::Speakers | Field::Programme => None,
        }
    }
}

/// The share of complete drafts (nothing missing, and valid) the issue asks
/// of the held-out part, in per cent.
pub const COMPLETE_TARGET: f64 = 50.0;

/// The least precision and recall, in per cent, a target asks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Target {
    /// Least precision, if the target sets one.
    pub precision: Option<f64>,
    /// Least recall, if the target sets one.
    pub recall: Option<f64>,
}

impl Target {
    /// Whether `tally` meets the target; a share with nothing to count
    /// (no expected or no drafted item) does not fail it.
    pub fn is_met_by(&self, tally: &Tally) -> bool {
        let holds = |least: Option<f64>, share: Option<f64>| match (least, share) {
            (Some(least), Some(share)) => share + 1e-9 >= least,
            _ => true,
        };
        holds(self.precision, tally.precision()) && holds(self.recall, tally.recall())
    }

    /// The target as the table shows it: `P≥98 R≥95`, `P,R≥90` or `P,R=100`.
    pub fn describe(&self) -> String {
        match (self.precision, self.recall) {
            (Some(precision), Some(recall)) if precision == recall && precision >= 100.0 => {
                format!("P,R={precision}")
            }
            (Some(precision), Some(recall)) if precision == recall => {
                format!("P,R≥{precision}")
            }
            (Some(precision), Some(recall)) => format!("P≥{precision} R≥{recall}"),
            (Some(precision), None) => format!("P≥{precision}"),
            (None, Some(recall)) => format!("R≥{recall}"),
            (None, None) => String::new(),
        }
    }
}

/// Counts for one field: what the release states, what the draft found,
/// and how much of it is right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Items the expectations list.
    pub expected: usize,
    /// Items the draft found.
    pub drafted: usize,
    /// Drafted items that match an expected one.
    pub correct: usize,
}

impl std::ops::Add for Tally {
    type Output = Tally;

    fn add(self, other: Tally) -> Tally {
        Tally {
            expected: self.expected + other.expected,
            drafted: self.drafted + other.drafted,
            correct: self.correct + other.correct,
        }
    }
}

impl Tally {
    /// Correct of drafted, in per cent; `None` when nothing was drafted.
    pub fn precision(&self) -> Option<f64> {
        share(self.correct, self.drafted)
    }

    /// Correct of expected, in per cent; `None` when nothing was expected.
    pub fn recall(&self) -> Option<f64> {
        share(self.correct, self.expected)
    }
}

/// `part` of `whole` in per cent; `None` of nothing.
pub fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_and_targets() {
        let tally = Tally {
            expected: 20,
            drafted: 19,
            correct: 19,
        };
        assert_eq!(tally.precision(), Some(100.0));
        assert_eq!(tally.recall(), Some(95.0));
        assert!(Field::Quotes
            .target()
            .is_some_and(|target| target.is_met_by(&tally)));
        let short = Tally {
            correct: 18,
            ..tally
        };
        assert!(!Field::Quotes
            .target()
            .is_some_and(|target| target.is_met_by(&short)));
        assert_eq!(Tally::default().precision(), None);
        assert_eq!(
            Field::Start.target().map(|target| target.describe()),
            Some("P,R≥90".to_string())
        );
        assert_eq!(
            Field::Quotes.target().map(|target| target.describe()),
            Some("P≥98 R≥95".to_string())
        );
    }
}
