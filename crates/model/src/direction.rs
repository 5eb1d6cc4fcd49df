//! Which way a language's text runs, from its BCP 47 tag, so that content
//! carries its own direction whatever the page around it says.

/// Languages whose usual script runs right to left.
const RIGHT_TO_LEFT_LANGUAGES: [&str; 14] = [
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi",
];

/// Scripts that run right to left (ISO 15924, as a tag's script subtag).
const RIGHT_TO_LEFT_SCRIPTS: [&str; 7] = ["adlm", "arab", "hebr", "nkoo", "rohg", "syrc", "thaa"];

/// `"rtl"` or `"ltr"`: the direction of text in the language `lang`. A
/// script subtag decides when there is one (`az-Arab` is right to left,
/// `ku-Latn` left to right); else the language does.
pub fn text_direction(lang: &str) -> &'static str {
    let mut subtags = lang.split(['-', '_']);
    let language = subtags.next().unwrap_or_default();
    let is =
        |list: &[&str], subtag: &str| list.iter().any(|known| known.eq_ignore_ascii_case(subtag));
    let script =
        subtags.find(|subtag| subtag.len() == 4 && subtag.bytes().all(|b| b.is_ascii_alphabetic()));
    let rtl = match script {
        Some(script) => is(&RIGHT_TO_LEFT_SCRIPTS, script),
        None => is(&RIGHT_TO_LEFT_LANGUAGES, language),
    };
    if rtl {
        "rtl"
    } else {
        "ltr"
    }
}

#[cfg(test)]
mod tests {
    use super::text_direction;

    #[test]
    fn languages_and_scripts_decide_the_direction() {
        for rtl in [
            "ar",
            "AR-eg",
            "he",
            "fa-IR",
            "ur",
            "yi",
            "az-Arab",
            "pa-Arab-PK",
            "ms-Arab",
        ] {
            assert_eq!(text_direction(rtl), "rtl", "{rtl}");
        }
        for ltr in [
            "en",
            "fr-CA",
            "ru",
            "zh-Hant-TW",
            "ku-Latn",
            "ar-Latn",
            "",
            "x",
        ] {
            assert_eq!(text_direction(ltr), "ltr", "{ltr}");
        }
    }
}
