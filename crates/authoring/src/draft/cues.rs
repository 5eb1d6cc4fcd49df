//! The verbs that date an event ("opened", "will meet", "concluded", "was
//! held", "runs until") and the tense each tells, as the schedule reads
//! them.

use super::focus::EVENT_NOUNS;
use super::paragraphs::find_all;

/// What a verb says of the event's days.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Role {
    /// It opens, begins, meets, gathers.
    Opens,
    /// It closes, ends, concludes, runs until.
    Closes,
    /// It is held or takes place: the whole event.
    Held,
}

/// A verb that dates the event, and whether it tells of the past.
pub(crate) struct Cue {
    pub phrase: &'static str,
    pub role: Role,
    pub past: bool,
}

const fn cue(phrase: &'static str, role: Role, past: bool) -> Cue {
    Cue { phrase, role, past }
}

/// The verbs that date an event, as releases use them.
const CUES: [Cue; 192] = [
    cue("opened", Role::Opens, true),
    cue("began", Role::Opens, true),
    cue("started", Role::Opens, true),
    // "initiated this Monday a course", "has proceeded yesterday to the
    // opening of the seminar": as Spanish and French houses translate.
    // "delegates yesterday converged at the Hall for a dialogue".
    cue("converged", Role::Opens, true),
    cue("will converge", Role::Opens, false),
    cue("initiated", Role::Opens, true),
    cue("initiates", Role::Opens, false),
    cue("will initiate", Role::Opens, false),
    cue("proceeded", Role::Opens, true),
    cue("kicked off", Role::Opens, true),
    cue("got under way", Role::Opens, true),
    cue("got underway", Role::Opens, true),
    cue("commenced", Role::Opens, true),
    cue("met", Role::Opens, true),
    cue("gathered", Role::Opens, true),
    cue("convened", Role::Opens, true),
    cue("came together", Role::Opens, true),
    cue("launched", Role::Opens, true),
    cue("launches", Role::Opens, false),
    cue("will launch", Role::Opens, false),
    cue("opens", Role::Opens, false),
    cue("will open", Role::Opens, false),
    cue("to open", Role::Opens, false),
    cue("begins", Role::Opens, false),
    cue("will begin", Role::Opens, false),
    cue("to begin", Role::Opens, false),
    cue("starts", Role::Opens, false),
    cue("will start", Role::Opens, false),
    // "a five-day training starting on Monday".
    cue("starting", Role::Opens, false),
    cue("kicks off", Role::Opens, false),
    cue("gets under way", Role::Opens, false),
    cue("commences", Role::Opens, false),
    cue("meets", Role::Opens, false),
    cue("will meet", Role::Opens, false),
    cue("are meeting", Role::Opens, false),
    cue("to meet", Role::Opens, false),
    cue("gathers", Role::Opens, false),
    cue("will gather", Role::Opens, false),
    cue("are gathering", Role::Opens, false),
    // A body that convenes a round table holds it: on one day, unless the
    // release gives more.
    cue("convenes", Role::Held, false),
    cue("will convene", Role::Held, false),
    cue("will tomorrow host", Role::Held, false),
    cue("will tomorrow hold", Role::Held, false),
    cue("will tomorrow open", Role::Opens, false),
    cue("will today host", Role::Held, false),
    cue("will today open", Role::Opens, false),
    cue("will come together", Role::Opens, false),
    // "Interpreters gather today in Helsinki for a two-day seminar".
    cue("gather today", Role::Opens, false),
    cue("gather in", Role::Opens, false),
    cue("meet today", Role::Opens, false),
    cue("meet in", Role::Opens, false),
    // "inaugurated today the III International Forum".
    cue("inaugurated", Role::Opens, true),
    cue("inaugurates", Role::Opens, false),
    cue("will inaugurate", Role::Opens, false),
    cue("closed", Role::Closes, true),
    cue("ended", Role::Closes, true),
    cue("concluded", Role::Closes, true),
    cue("wrapped up", Role::Closes, true),
    cue("completed", Role::Closes, true),
    cue("finished", Role::Closes, true),
    cue("came to a close", Role::Closes, true),
    cue("wraps up", Role::Closes, false),
    cue("wrap up", Role::Closes, false),
    cue("closes", Role::Closes, false),
    cue("will close", Role::Closes, false),
    cue("ends", Role::Closes, false),
    cue("will end", Role::Closes, false),
    cue("concludes", Role::Closes, false),
    cue("will conclude", Role::Closes, false),
    // "a week-long school tour …, which will culminate in a Youth Forum on
    // Friday": the last day, in its closing event.
    cue("will culminate", Role::Closes, false),
    cue("culminates", Role::Closes, false),
    cue("culminated", Role::Closes, true),
    // "…, at the close of a two-day county dialogue forum yesterday".
    cue("at the close of", Role::Closes, true),
    cue("will run until", Role::Closes, false),
    cue("will continue until", Role::Closes, false),
    cue("runs until", Role::Closes, false),
    cue("run until", Role::Closes, false),
    cue("continues until", Role::Closes, false),
    cue("lasts until", Role::Closes, false),
    cue("will last until", Role::Closes, false),
    cue("will extend until", Role::Closes, false),
    cue("extends until", Role::Closes, false),
    // "Twenty-four officers on Friday graduated from a two-week course":
    // its last day.
    cue("graduated", Role::Closes, true),
    cue("will graduate", Role::Closes, false),
    cue("continue until", Role::Closes, false),
    cue("runs through", Role::Closes, false),
    cue("run through", Role::Closes, false),
    cue("hosts", Role::Held, false),
    cue("will host", Role::Held, false),
    cue("will hold", Role::Held, false),
    cue("holds", Role::Held, false),
    cue("is holding", Role::Held, false),
    cue("is hosting", Role::Held, false),
    cue("runs", Role::Held, false),
    cue("will run", Role::Held, false),
    cue("ran", Role::Held, true),
    cue("is scheduled for", Role::Held, false),
    cue("is planned for", Role::Held, false),
    cue("was held", Role::Held, true),
    cue("were held", Role::Held, true),
    cue("took place", Role::Held, true),
    // "The Committee heard experts on Tuesday": a hearing held that day.
    cue("heard", Role::Held, true),
    cue("arrived", Role::Opens, true),
    cue("will arrive", Role::Opens, false),
    cue("will spend", Role::Held, false),
    cue("led", Role::Held, true),
    cue("will lead", Role::Held, false),
    // "Professionals joined officers at a conference on Tuesday".
    cue("joined", Role::Held, true),
    // "NISA on Tuesday brought together insurers for a round table".
    cue("brought together", Role::Held, true),
    cue("will bring together", Role::Held, false),
    // "will bring charity leaders together on Thursday for a summit".
    cue("will bring", Role::Held, false),
    // "is bringing pharmacists together next Tuesday for a meeting".
    cue("is bringing", Role::Held, false),
    cue("are bringing", Role::Held, false),
    // "The Network trained 60 health workers Wednesday in …".
    cue("trained", Role::Held, true),
    cue("will train", Role::Held, false),
    cue("brings", Role::Held, false),
    cue("brought", Role::Held, true),
    cue("spent", Role::Held, true),
    cue("will stage", Role::Held, false),
    cue("staged", Role::Held, true),
    // "The Ministry will from tomorrow hold a workshop".
    cue("hold", Role::Held, false),
    cue("host", Role::Held, false),
    // "is today hosting its annual symposium".
    cue("hosting", Role::Held, false),
    cue("holding", Role::Held, false),
    cue("conduct", Role::Held, false),
    cue("convene", Role::Held, false),
    // "will next Monday begin a training", "will tomorrow (Tuesday) open".
    cue("begin", Role::Opens, false),
    cue("open", Role::Opens, false),
    // "will on Tuesday, 8th April 2025, commence a three-day training".
    cue("will commence", Role::Opens, false),
    cue("commence", Role::Opens, false),
    // "Witnesses testified Friday at a public hearing"
    cue("testified", Role::Held, true),
    cue("conducts", Role::Held, false),
    cue("will conduct", Role::Held, false),
    cue("is conducting", Role::Held, false),
    cue("conducted", Role::Held, true),
    // "Residents are invited to an information evening tomorrow".
    cue("are invited", Role::Held, false),
    cue("is inviting", Role::Held, false),
    cue("invites", Role::Held, false),
    cue("invited", Role::Held, true),
    cue("are taking part", Role::Held, false),
    cue("is taking part", Role::Held, false),
    // "will be organising the inaugural Seminar on 20 March".
    cue("will be organising", Role::Held, false),
    cue("will be organizing", Role::Held, false),
    // "On Tuesday, we at X welcomed 70 experts … for the Forum".
    cue("welcomed", Role::Held, true),
    // "He gave the charge on Tuesday while declaring open a three-day
    // workshop", "declared open the seminar on Monday".
    cue("declaring open", Role::Opens, true),
    cue("declared open", Role::Opens, true),
    cue("organised", Role::Held, true),
    cue("organized", Role::Held, true),
    cue("will organise", Role::Held, false),
    cue("will organize", Role::Held, false),
    cue("going to organise", Role::Held, false),
    cue("going to organize", Role::Held, false),
    cue("going to hold", Role::Held, false),
    cue("going to conduct", Role::Held, false),
    cue("organises", Role::Held, false),
    cue("organizes", Role::Held, false),
    // "arranges on Tuesday and Wednesday this week the conference", as
    // Norwegian houses translate "arrangerer".
    cue("arranges", Role::Held, false),
    cue("is organising", Role::Held, false),
    cue("is organizing", Role::Held, false),
    // "Barristers attended a one-day seminar yesterday": the people's day at it.
    cue("attended", Role::Held, true),
    cue("will attend", Role::Held, false),
    // "Judges took part on Monday in a round table": the people's day at it.
    cue("took part", Role::Held, true),
    // "participated on Sunday and Monday in the First National Forum".
    cue("participated", Role::Held, true),
    cue("will take part", Role::Held, false),
    // "carried out this Thursday the National Forum", "will carry out
    // tomorrow a round table", "will realise the seminar": the Spanish
    // "realizar" as English versions render it.
    cue("carried out", Role::Held, true),
    cue("will carry out", Role::Held, false),
    cue("is carrying out", Role::Held, false),
    cue("will realise", Role::Held, false),
    cue("realised", Role::Held, true),
    cue("realized", Role::Held, true),
    cue("will realize", Role::Held, false),
    // "Forty-two observers today completed a week-long training".
    cue("completed", Role::Closes, true),
    cue("held", Role::Held, true),
    cue("hosted", Role::Held, true),
    // "a seminar …, which holds until Thursday", as French houses write it.
    cue("holds until", Role::Closes, false),
    // "which will take end on Thursday": "prendre fin", word for word.
    cue("will take end", Role::Closes, false),
    // "Terminates today, in Beira, the seminar …": "termina hoy".
    cue("terminated", Role::Closes, true),
    cue("terminates", Role::Closes, false),
    cue("Terminates", Role::Closes, false),
    cue("will terminate", Role::Closes, false),
    cue("takes end", Role::Closes, false),
    cue("took end", Role::Closes, true),
    cue("is held until", Role::Closes, false),
    // "The Minister has presided this Tuesday the opening ceremony":
    // only an opening's presiding dates the event.
    cue("presided", Role::Opens, true),
    cue("presides", Role::Opens, false),
    cue("will preside", Role::Opens, false),
    cue("will be held", Role::Held, false),
    cue("is being held", Role::Held, false),
    cue("is held", Role::Held, false),
    cue("takes place", Role::Held, false),
    cue("will take place", Role::Held, false),
    cue("is taking place", Role::Held, false),
];

/// The most bytes between "will" and its bare verb ("will on Tuesday, 8th
/// April 2025, commence").
const WILL_WINDOW: usize = 40;

/// Bare verbs that date an event only with a "will" before them, apart
/// by a time ("will next Monday begin").
const BARE_AFTER_WILL: [&str; 3] = ["begin", "open", "commence"];

/// The verbs of [`CUES`] in `sentence`, in order, a shorter one inside a
/// longer left out ("held" in "was held"), each with whether it tells of
/// the past: not when "to be" or "will" stands before it ("to be held").
pub(crate) fn cues_in(sentence: &str) -> Vec<(usize, &'static Cue, bool)> {
    let mut found: Vec<(usize, &'static Cue)> = CUES
        .iter()
        .flat_map(|cue| {
            find_all(sentence, cue.phrase)
                .into_iter()
                .map(move |at| (at, cue))
        })
        .collect();
    found.sort_by_key(|(at, cue)| (*at, std::cmp::Reverse(cue.phrase.len())));
    let mut kept: Vec<(usize, &'static Cue, bool)> = Vec::new();
    for (at, cue) in found {
        let inside = kept
            .last()
            .is_some_and(|(start, longer, _)| at < start + longer.phrase.len());
        if inside {
            continue;
        }
        let before = &sentence[sentence.floor_char_boundary(at.saturating_sub(12))..at];
        let before = before.trim_end().to_ascii_lowercase();
        // "will next Monday begin a training", but not "disputes begin as
        // quarrels": a bare verb needs its "will" a few words before.
        let will_before = {
            let window =
                &sentence[sentence.floor_char_boundary(at.saturating_sub(WILL_WINDOW))..at];
            // "will be open to the public" tells no opening.
            window
                .rfind("will ")
                .is_some_and(|will| !window[will..].contains(" be "))
        };
        // "a closed-door round table", "a long-held view": a compound, no
        // verb; "today co-hosted a side event" is one.
        // "…, co-organized with the Institute" is a participle, no verb.
        let co_verb = sentence[..at].ends_with("co-")
            && ![" with ", " by "]
                .iter()
                .any(|next| sentence[at + cue.phrase.len()..].starts_with(next));
        let compound = (sentence[..at].ends_with('-') && !co_verb)
            || sentence[at + cue.phrase.len()..].starts_with('-');
        // "will hold its first open workshop": "open" before a noun is no
        // verb.
        let adjective = cue.phrase == "open"
            && sentence[at + cue.phrase.len()..]
                .split_whitespace()
                .next()
                .is_some_and(|next| {
                    let next = next.trim_end_matches([',', '.']).to_ascii_lowercase();
                    EVENT_NOUNS.contains(&next.as_str())
                        || ["day", "house", "call"].contains(&next.as_str())
                });
        // "grandparents who are bringing up children": raising, no event.
        let raising =
            cue.phrase.contains("bring") && sentence[at + cue.phrase.len()..].starts_with(" up ");
        if compound
            || adjective
            || raising
            || (BARE_AFTER_WILL.contains(&cue.phrase) && !will_before)
            || names_its_maker(sentence, at, cue, &before)
            || closes_something_else(cue, &sentence[..at])
            || opens_something_else(cue, &sentence[at + cue.phrase.len()..])
            || (cue.phrase.contains("presid") && !find_all(sentence, "closing").is_empty())
            || (cue.phrase.contains("presid") && find_all(sentence, "opening").is_empty())
        {
            continue;
        }
        // "will be officially opened": an adverb between the auxiliary and
        // the verb.
        let wider = sentence[sentence.floor_char_boundary(at.saturating_sub(WILL_WINDOW))..at]
            .trim_end()
            .to_ascii_lowercase();
        let without_adverb = match wider.rsplit_once(' ') {
            Some((rest, last)) if last.ends_with("ly") => rest.to_string(),
            _ => wider.clone(),
        };
        let future = ["to be", "will be", "will", "to", "would be", "shall be"]
            .iter()
            .any(|auxiliary| {
                [&before, &without_adverb].iter().any(|words| {
                    words.ends_with(&format!(" {auxiliary}")) || words.as_str() == *auxiliary
                })
            });
        kept.push((
            at,
            cue,
            cue.past && !future && !participle_in_future(sentence, at, cue, &before),
        ));
    }
    kept
}

/// Whether a closing verb has for its subject something a release closes
/// besides the event: "registration closes today", "voting ended".
/// `before` is the sentence before the verb.
fn closes_something_else(cue: &Cue, before: &str) -> bool {
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    cue.role == Role::Closes
        && CLOSED_BESIDES_EVENTS
            .iter()
            .any(|closed| closed.eq_ignore_ascii_case(word))
}

/// Whether an opening verb has for its object something a release opens
/// besides the event: "opens applications today for its workshop".
/// `after` is the sentence after the verb.
fn opens_something_else(cue: &Cue, after: &str) -> bool {
    let after = after.trim_start();
    let after = ["the ", "its ", "a "]
        .iter()
        .find_map(|article| after.strip_prefix(article))
        .unwrap_or(after);
    let word = after.split([' ', ',', '.']).next().unwrap_or("");
    cue.role == Role::Opens
        && CLOSED_BESIDES_EVENTS
            .iter()
            .any(|opened| opened.eq_ignore_ascii_case(word))
}

/// What closes besides an event, as releases say it.
const CLOSED_BESIDES_EVENTS: [&str; 12] = [
    "registration",
    "registrations",
    "applications",
    "nominations",
    "submissions",
    "entries",
    "voting",
    "polls",
    "deadline",
    "call",
    "accreditation",
    "consultations",
];

/// Auxiliaries that make a participle a dated verb: "was opened by the
/// Minister today" dates the opening.
const PASSIVE_AUXILIARIES: [&str; 7] = ["was", "were", "is", "are", "be", "been", "being"];

/// Whether the past participle at `at` only says who runs the event ("The
/// conference, convened by the Office, continued today"): after a comma,
/// followed by "by" and a name, with no "was"/"is"/"be" before it, it
/// dates nothing.
fn names_its_maker(sentence: &str, at: usize, cue: &Cue, before: &str) -> bool {
    let Some(after) = sentence.get(at + cue.phrase.len()..) else {
        return false;
    };
    let single_word = !cue.phrase.contains(' ');
    // Only a participle set off by a comma is an aside: "a roundtable hosted
    // by the Bank in Lima on Monday" still dates the roundtable.
    let aside = sentence[..at].ends_with(", ");
    let dated = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|word| PASSIVE_AUXILIARIES.contains(&word));
    // "by the Office", "by UNICEF": a maker; "by video link": a means.
    let maker = after
        .strip_prefix(" by ")
        .is_some_and(|rest| rest.starts_with("the ") || rest.starts_with(char::is_uppercase));
    cue.past && single_word && aside && maker && !dated
}

/// Whether the past form at `at` is a participle in a sentence about the
/// future: "will describe their work at a summit hosted by the Coalition on
/// Wednesday", "On Thursday, participants will work in sessions led by
/// judges". The participle tells no tense; the sentence's "will" does.
fn participle_in_future(sentence: &str, at: usize, cue: &Cue, before: &str) -> bool {
    let participle = !cue.phrase.contains(' ')
        && sentence[at + cue.phrase.len()..].starts_with(" by ")
        && !before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|word| PASSIVE_AUXILIARIES.contains(&word));
    participle
        && find_all(sentence, " will ")
            .first()
            .is_some_and(|&will| will < at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(sentence: &str) -> Vec<&'static str> {
        cues_in(sentence)
            .into_iter()
            .map(|(_, cue, _)| cue.phrase)
            .collect()
    }

    #[test]
    fn a_participle_naming_who_runs_the_event_dates_nothing() {
        assert_eq!(
            phrases("The seminar, convened by the Lake Office, resumed today and closes tomorrow."),
            ["closes"]
        );
        assert_eq!(
            phrases("A course, hosted by the Academy, opened on Monday."),
            ["opened"]
        );
    }

    #[test]
    fn open_before_an_event_is_no_verb() {
        assert_eq!(
            phrases("The Council will hold its first open workshop on Tuesday."),
            ["will hold"]
        );
        assert_eq!(phrases("The course will open on Monday."), ["will open"]);
    }

    #[test]
    fn a_verb_shared_with_a_partner() {
        assert_eq!(
            phrases("Norway and Costa Rica today co-hosted a side event."),
            ["hosted"]
        );
        assert!(phrases("A long-held view.").is_empty());
        assert!(phrases("A seminar, co-organized with the Institute.").is_empty());
    }

    #[test]
    fn bringing_up_children_is_no_event() {
        assert!(phrases("Grandparents who are bringing up children.").is_empty());
        assert_eq!(
            phrases("The Office is bringing pharmacists together next Tuesday."),
            ["is bringing"]
        );
    }

    #[test]
    fn something_else_closing_dates_nothing() {
        assert!(phrases("The forum is open to media; registration closes today.").is_empty());
        assert_eq!(phrases("The workshop closes today."), ["closes"]);
        assert_eq!(phrases("The course officially ended today."), ["ended"]);
        assert_eq!(phrases("The round table ended today."), ["ended"]);
        assert_eq!(phrases("It will close on Friday."), ["will close"]);
    }

    #[test]
    fn compounds_and_split_verbs() {
        assert_eq!(
            phrases("The team will host a closed-door round table on Thursday."),
            ["will host"]
        );
        assert_eq!(
            phrases("The Service will tomorrow (Tuesday) open a seminar."),
            ["open"]
        );
        assert!(phrases("The exhibition will be open to the public.").is_empty());
        assert_eq!(
            phrases("The Board will bring leaders together on Thursday."),
            ["will bring"]
        );
        assert_eq!(
            phrases("Judges gather today in Turku for a seminar."),
            ["gather today"]
        );
    }

    #[test]
    fn a_passive_with_its_auxiliary_still_dates() {
        assert_eq!(
            phrases("The forum was opened by the Mayor on Monday."),
            ["opened"]
        );
        assert_eq!(phrases("Ministers met by video link today."), ["met"]);
        // Not set off by commas: the participle's own date is the event's.
        assert_eq!(
            phrases("A forum hosted by the Bank in Lima on Monday discussed debt."),
            ["hosted"]
        );
    }
}
