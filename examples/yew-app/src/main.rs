//! A plain yew app that uses the `ConferenceSummary` component: the built-in
//! summary, and a second one fetched as JSON; the interface's language and
//! the theme from the app's own controls; what the reader does, as the
//! component's callbacks report it.
//!
//! `trunk build` in this folder (the project's test command does it).

use conference_summary::model::Section;
use conference_summary::{ConferenceSummary, SummarySource, Theme};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The interface languages the component speaks, with their names.
const LANGUAGES: [(&str, &str); 6] = [
    ("en", "English"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("ru", "Русский"),
    ("es", "Español"),
];

/// Fetches `url` and returns its text, or what went wrong.
async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|error| format!("{url} could not be fetched: {error:?}"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = response
        .text()
        .map_err(|error| format!("{url}: {error:?}"))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| format!("{url}: no text"))
}

/// The value of the `<select>` an event came from.
fn selected(event: &Event) -> Option<String> {
    event
        .target_dyn_into::<HtmlSelectElement>()
        .map(|select| select.value())
}

#[component]
fn App() -> Html {
    let lang = use_state(|| AttrValue::from("en"));
    let theme = use_state(Theme::default);
    let heard = use_state(Vec::<String>::new);
    let fetched = use_state(|| None::<Result<AttrValue, String>>);
    {
        let fetched = fetched.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                fetched.set(Some(fetch_text("summary.json").await.map(AttrValue::from)));
            });
        });
    }

    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |event: Event| {
            if let Some(value) = selected(&event) {
                lang.set(AttrValue::from(value));
            }
        })
    };
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |event: Event| {
            theme.set(match selected(&event).as_deref() {
                Some("light") => Theme::Light,
                Some("dark") => Theme::Dark,
                _ => Theme::Auto,
            });
        })
    };
    // Both summaries report to the same log, each under its own name.
    let report = |which: &'static str| {
        let heard = heard.clone();
        Callback::from(move |line: String| {
            let mut lines = (*heard).clone();
            lines.push(format!("{which}: {line}"));
            heard.set(lines);
        })
    };
    let on_section = |report: Callback<String>| {
        report.reform(|section: Section| format!("section {}", section.id()))
    };
    let on_quote = |report: Callback<String>| {
        report.reform(|(id, open): (AttrValue, bool)| {
            format!("quote {id} {}", if open { "opened" } else { "closed" })
        })
    };

    let second = match &*fetched {
        None => html! { <p id="second-loading">{ "Loading summary.json…" }</p> },
        Some(Err(problem)) => html! { <p id="second-problem" role="alert">{ problem }</p> },
        Some(Ok(json)) => html! {
            <ConferenceSummary
                class="summary second"
                summary={SummarySource::Json(json.clone())}
                lang={(*lang).clone()}
                theme={*theme}
                section={Section::Funders}
                on_section_change={on_section(report("from JSON"))}
                on_quote_toggle={on_quote(report("from JSON"))}
            />
        },
    };

    html! {
        <main>
            <h1>{ "A yew app with two conference summaries" }</h1>
            <div class="controls">
                <label>
                    { "Interface language " }
                    <select id="lang" onchange={on_lang}>
                        { for LANGUAGES.iter().map(|(tag, name)| html! {
                            <option value={*tag} selected={*lang == *tag}>{ *name }</option>
                        }) }
                    </select>
                </label>
                <label>
                    { "Theme " }
                    <select id="theme" onchange={on_theme}>
                        <option value="auto" selected={*theme == Theme::Auto}>{ "As the reader prefers" }</option>
                        <option value="light" selected={*theme == Theme::Light}>{ "Light" }</option>
                        <option value="dark" selected={*theme == Theme::Dark}>{ "Dark" }</option>
                    </select>
                </label>
            </div>
            <h2>{ "The built-in summary" }</h2>
            <ConferenceSummary
                class="summary built-in"
                lang={(*lang).clone()}
                theme={*theme}
                on_section_change={on_section(report("built-in"))}
                on_quote_toggle={on_quote(report("built-in"))}
            />
            <h2>{ "A summary loaded from JSON" }</h2>
            { second }
            <h2>{ "What the callbacks reported" }</h2>
            <ol id="heard" aria-live="polite">
                { for heard.iter().map(|line| html! { <li>{ line }</li> }) }
            </ol>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
