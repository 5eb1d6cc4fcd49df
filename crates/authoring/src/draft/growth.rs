//! The draft's work grows in step with the release, whatever its shape:
//! each hostile shape is drafted at N and 2N repetitions, and the work the
//! draft charges ([`super::work`]) may grow at most 2.5 times per doubling.
//! Counted, not timed, so that the bound holds on any machine.

use super::draft;
use super::work::measure;

/// The most the work may grow when the release doubles.
const MOST_GROWTH: f64 = 2.5;
/// Repetitions of the smaller release: enough that fixed costs do not hide
/// a square.
const N: usize = 1_000;

/// A release: a title, then `body`.
fn release(body: &str) -> String {
    format!("Conference opens\n\nVIENNA, 20 September 2007 - {body}")
}

/// A capitalised word that differs for each `index`: "Xbc".
fn word(index: usize) -> String {
    let mut out = String::from("X");
    let mut rest = index;
    loop {
        out.push(char::from(b'a' + (rest % 26) as u8));
        rest /= 26;
        if rest == 0 {
            return out;
        }
    }
}

fn assert_linear(shape: &str, make: impl Fn(usize) -> String) {
    let work = |n: usize| {
        let text = make(n);
        let (drafted, work) = measure(|| draft(&text));
        assert!(
            !drafted.summary.source.paragraphs.is_empty(),
            "{shape}: no paragraphs"
        );
        work
    };
    let (once, twice) = (work(N), work(2 * N));
    let growth = twice as f64 / once.max(1) as f64;
    assert!(
        growth <= MOST_GROWTH,
        "{shape}: the work grew {growth:.2} times ({once} to {twice}) when the release doubled"
    );
}

#[test]
fn many_colons() {
    assert_linear("Item: …", |n| release(&"Item: ".repeat(n)));
    assert_linear("X said: …", |n| release(&"Jane Doe said: ".repeat(n)));
    assert_linear("who said: …", |n| {
        release(&"a talk by Jane Doe, who said: ".repeat(n))
    });
}

#[test]
fn many_unclosed_quotation_marks() {
    for mark in ['«', '‘', '“', '„', '"', '\'', '‚'] {
        assert_linear(&format!("{mark} unclosed"), |n| {
            release(&format!("Some words {mark}and more, ").repeat(n))
        });
    }
    // Single marks close only after a stop: many stops, no closer.
    assert_linear("‘ after stops", |n| {
        release(&format!("‘{}", "a b c. ".repeat(n)))
    });
}

#[test]
fn many_closed_quotations() {
    assert_linear("quotes, each after a colon", |n| {
        release(&"Jane Doe, the head, said: «We act now, together.» ".repeat(n))
    });
    assert_linear("the same unattributed quote", |n| {
        release(&"“We act now together.” ".repeat(n))
    });
    assert_linear("quotes by the same speaker", |n| {
        release(&format!(
            "«Online safety is shared work», said Jane {}. {}",
            word(0),
            "«And it starts at school», she said. ".repeat(n)
        ))
    });
}

#[test]
fn many_sentences_with_said() {
    assert_linear("«…», said NAME.", |n| {
        let body: String = (0..n)
            .map(|i| format!("«We act now», said {} {}. ", word(i), word(i + n)))
            .collect();
        release(&body)
    });
    assert_linear("…, added NAME.", |n| {
        let body: String = (0..n)
            .map(|i| format!("We will act now together, added {}. ", word(i)))
            .collect();
        release(&body)
    });
    assert_linear("NAME, ROLE, said: …", |n| {
        let body: String = (0..n)
            .map(|i| format!("{} Doe, the head, said: we will act.\n\n", word(i)))
            .collect();
        release(&body)
    });
}

#[test]
fn many_commas() {
    assert_linear("a, , , …", |n| {
        release(&format!("We act{} said Jane.", ", ,".repeat(n)))
    });
    assert_linear("a, said X and more, …", |n| {
        release(&"We act, said Jane and more".repeat(n))
    });
}

#[test]
fn long_paragraphs_and_many_paragraphs() {
    const PARAGRAPH: &str =
        "The conference, organized by the OSCE and funded by Spain, France and \
        Belgium, brings together experts from 56 States to share practices, present cases and \
        discuss tools. \"Online safety is shared work,\" said Jane Doe, the Chair. On Friday, the \
        final day of the conference, participants will adopt a plan; and there will be a debate.";
    assert_linear("one long paragraph", |n| {
        release(&[PARAGRAPH; 1].repeat(n).join(" "))
    });
    assert_linear("many paragraphs", |n| {
        release(&[PARAGRAPH; 1].repeat(n).join("\n\n"))
    });
    assert_linear("many days", |n| {
        let body: String = (0..n)
            .map(|i| format!("On 4 March {}, the talks went on. ", 1000 + i))
            .collect();
        release(&body)
    });
    assert_linear("many aims", |n| {
        release(&format!(
            "It brings together experts to share a{}.",
            ", share b".repeat(n)
        ))
    });
}

#[test]
fn long_words() {
    assert_linear("a long word, then colons", |n| {
        release(&format!(
            "W{} x {}",
            "w".repeat(10 * n),
            "said: we said: ".repeat(n)
        ))
    });
    assert_linear("a long name, then pronouns", |n| {
        release(&format!(
            "«We act now», said Jane W{}. {}",
            "w".repeat(10 * n),
            "«We act now», he said. ".repeat(n)
        ))
    });
    assert_linear("one long word", |n| release(&"w".repeat(20 * n)));
    assert_linear("stops in a word", |n| release(&"a.b".repeat(n)));
}

#[test]
fn many_event_phrases_in_one_sentence() {
    assert_linear("a conference on …", |n| {
        release(&format!("{}.", "a conference on water, ".repeat(n)))
    });
    assert_linear("funded by …", |n| {
        release(&format!("It is {}.", "funded by Chile and ".repeat(n)))
    });
    assert_linear("opened today …", |n| {
        release(&format!("It {}.", "opened today and ".repeat(n)))
    });
    assert_linear("will … met", |n| {
        release(&format!("Judges{} met in Oslo.", " will".repeat(n)))
    });
}

#[test]
fn many_people_named() {
    assert_linear("NAME, ROLE, opened …", |n| {
        let body: String = (0..n)
            .map(|i| {
                format!(
                    "{} {}, Director of the Unit, opened the session. «We act now», she said.\n\n",
                    word(i),
                    word(i + n)
                )
            })
            .collect();
        release(&body)
    });
    assert_linear("titled people in one sentence", |n| {
        let body: String = (0..n)
            .map(|i| format!("Dr {} {}, ", word(i), word(i + n)))
            .collect();
        release(&format!(
            "Jane Doe thanked {body}and left. «We act now», she said."
        ))
    });
    assert_linear("one surname, many people", |n| {
        let body: String = (0..n)
            .map(|i| format!("«We act now», said {} Doe. ", word(i)))
            .collect();
        release(&format!("{body}«We act now», said Doe."))
    });
    assert_linear("role words", |n| {
        release(&format!(
            "«We act now», said {}Jane Doe. «Again and again», the Minister said.",
            "Minister of ".repeat(n)
        ))
    });
    assert_linear("the ROLE, NAME, told … after passages", |n| {
        let body: String = (0..n)
            .map(|i| {
                format!(
                    "«We act now», the Head of the Unit, Ambassador {} {}, told participants. ",
                    word(i),
                    word(i + n)
                )
            })
            .collect();
        release(&body)
    });
    assert_linear("NAME, lower-case role at ORG", |n| {
        release(&format!(
            "«We act now», said Jane Doe, programme coordinator at {}Unit.",
            "Open ".repeat(n)
        ))
    });
    assert_linear("dashes and brackets", |n| {
        release(&format!("Jane Doe – a judge {} said so.", "– (".repeat(n)))
    });
}

#[test]
fn long_lists_of_names_holding_and() {
    assert_linear("Trinidad and Tobago, …", |n| {
        release(&format!(
            "It is funded by {}Chile.",
            "Trinidad and Tobago, ".repeat(n)
        ))
    });
    assert_linear("the Ministry of A and B and …", |n| {
        release(&format!(
            "It is funded by the Ministry of {}Chile.",
            "Health and ".repeat(n)
        ))
    });
    assert_linear("officials from A and B and …", |n| {
        release(&format!(
            "It brought together officials from {}Chile.",
            "Peru and ".repeat(n)
        ))
    });
}

#[test]
fn many_commas_after_names() {
    assert_linear("x, said Jane Doe, a, a, …", |n| {
        release(&format!("We act, said Jane Doe{} said.", ", a".repeat(n)))
    });
    assert_linear("x, said the …", |n| {
        release(&format!("We act, said the {}.", "big ".repeat(n)))
    });
}

#[test]
fn many_people_in_one_paragraph() {
    assert_linear("people and role references in one paragraph", |n| {
        let body: String = (0..n)
            .map(|i| {
                format!(
                    "{} {}, Director of the Unit, spoke. «We act now», the Minister said. ",
                    word(i),
                    word(i + n)
                )
            })
            .collect();
        release(&body)
    });
}
