//! The browser's `Intl` in headless Chromium: words by `Intl.Segmenter`
//! against the native rule (unicode-segmentation, a dev-dependency here),
//! and dates by `Intl.DateTimeFormat`. `cargo test --target
//! wasm32-unknown-unknown` (see .cargo/config.toml and webdriver.json).
#![cfg(target_arch = "wasm32")]

use conference_summary::model::{words_of_segments, IsoDate, DEFAULT_SUMMARY_JSON};
use conference_summary::parse_summary;
use conference_summary::view::written_dates;
use conference_summary::words_of;
use unicode_segmentation::UnicodeSegmentation;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CJK_SUMMARY: &str = include_str!("fixtures/summary-cjk.ja.json");
const RTL_SUMMARY: &str = include_str!("fixtures/summary-rtl.ar.json");

/// `model::words_of` as it is natively (`src/model/text.rs`): UAX #29 by
/// unicode-segmentation, then the shared Rust rule.
fn native_words(text: &str) -> Vec<String> {
    words_of_segments(text.to_lowercase().split_word_bounds())
}

/// Texts in many scripts, with what tells word rules apart. One known
/// difference is left out: a segment of Unicode's "other numbers" alone
/// (½, ², ①) is a word natively (`char::is_alphanumeric`) and not to the
/// browser's segmenter (not `isWordLike`).
const CORPUS: &[&str] = &[
    "Co-operation, the OSCE's aim! l'Europe, l’Europe, OSCEʼs role; 3.14 or 1,000 e.g. snake_case a:b",
    "Η ΟΔΟΣ της Αθήνας. ΣΟΦΟΣ",
    "Сотрудничество — ключ к успеху, сказала Мария.",
    "नमस्ते, सहयोग ज\u{93c}रूरी है।",
    "قالت مريم، «المُؤْتَمَرُ مفتاح النجاح».",
    "צה״ל ו\"צה\"ל\" בירושלים",
    "国际合作很重要。各国专家在维也纳讨论如何保护儿童免受网络剥削。",
    "東京で2030年、ベータ社々の「協力」。ｶﾀｶﾅ　ひらがな",
    "ประชุม ๒๕๗๓ ການປະຊຸມ ការប្រជុំ အစည်းအဝေး",
    "서울에서 회의가 열렸다. İstanbul STRASSE Straße ＡＢＣ１２３",
    "emoji 👍🏽 and symbols © → fin.",
];

#[wasm_bindgen_test]
fn the_browser_splits_words_as_the_native_rule_does() {
    let summaries = [DEFAULT_SUMMARY_JSON, CJK_SUMMARY, RTL_SUMMARY];
    for text in CORPUS.iter().chain(summaries.iter()) {
        assert_eq!(words_of(text), native_words(text), "{text}");
    }
}

#[wasm_bindgen_test]
fn the_japanese_fixture_is_valid_in_the_browser_and_checked_per_character() {
    if let Err(errors) = parse_summary(CJK_SUMMARY) {
        panic!("{errors:?}");
    }
    let broken = CJK_SUMMARY.replace(
        "\"text\": \"インターネット上の子どもの保護\"",
        "\"text\": \"子どもの教育\"",
    );
    let errors: Vec<String> = match parse_summary(&broken) {
        Ok(_) => panic!("子どもの教育 is not in paragraph 1"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    };
    assert_eq!(
        errors,
        ["focus.text: source paragraph 1 does not contain \"教\", \"育\""]
    );
}

fn date(text: &str) -> IsoDate {
    IsoDate::parse(text).unwrap_or_else(|| panic!("{text} should parse"))
}

#[wasm_bindgen_test]
fn dates_without_a_table_are_written_by_intl() {
    let (start, end) = (date("2007-09-20"), date("2007-09-21"));
    let iso = "2007-09-20 – 2007-09-21";
    let japanese = written_dates(start, end, "ja");
    assert!(
        japanese.contains("2007") && japanese.contains('9') && japanese != iso,
        "{japanese}"
    );
    let arabic = written_dates(start, end, "ar");
    assert!(
        arabic.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)),
        "{arabic}"
    );
    let single = written_dates(start, start, "ja");
    assert!(single.contains("20") && !single.contains("21"), "{single}");
    // A tag Intl refuses: ISO dates.
    assert_eq!(written_dates(start, end, "x-"), iso);
    // A language with a table keeps it.
    assert_eq!(written_dates(start, end, "en"), "20–21 September 2007");
}
