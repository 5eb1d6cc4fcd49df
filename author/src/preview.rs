//! The widget itself, showing the summary as readers will see it: the
//! crate's component, in any interface language and either theme.

use conference_summary::i18n::LANGUAGES;
use conference_summary::{ConferenceSummary, SummarySource, Theme};
use yew::prelude::*;

use crate::fields::input_value;

/// Properties of [`Preview`].
#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The last summary JSON that passed the validator; none yet before.
    pub json: Option<AttrValue>,
    /// Whether the summary has changed since, into one with problems.
    pub stale: bool,
}

/// A live preview with its language and theme controls.
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let lang = use_state(|| AttrValue::Static("en"));
    let dark = use_state(|| false);
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |event: Event| {
            if let Some(value) = input_value(&event) {
                lang.set(value.into());
            }
        })
    };
    let theme_choice = |value: bool, label: &'static str| {
        let state = dark.clone();
        html! {
            <label class="choice">
                <input type="radio" name="preview-theme" checked={*dark == value}
                    onchange={Callback::from(move |_: Event| state.set(value))} />
                { label }
            </label>
        }
    };
    let theme = if *dark { Theme::Dark } else { Theme::Light };
    html! {
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{ "3. Preview" }</h2>
            <div class="controls">
                <label for="preview-lang">{ "Interface language" }</label>
                <select id="preview-lang" onchange={on_lang}>
                    { for LANGUAGES.iter().map(|strings| html! {
                        <option value={strings.lang} selected={*lang == strings.lang}>
                            { format!("{} – {}", strings.lang, strings.widget_label) }
                        </option>
                    }) }
                </select>
                <fieldset class="themes">
                    <legend>{ "Theme" }</legend>
                    { theme_choice(false, "Light") }
                    { theme_choice(true, "Dark") }
                </fieldset>
            </div>
            if props.stale {
                <p class="hint stale" id="preview-stale">
                    { "The summary has problems now: this is its last valid version. Until they are \
                       fixed, the widget would show readers an error box." }
                </p>
            }
            <div class={classes!("stage", dark.then_some("dark"), props.stale.then_some("stale"))}>
                if let Some(json) = &props.json {
                    <ConferenceSummary class="preview-widget" summary={SummarySource::Json(json.clone())}
                        lang={Some((*lang).clone())} {theme} />
                } else {
                    <p class="hint" id="preview-empty">{ "The preview shows the summary once it is valid." }</p>
                }
            </div>
        </section>
    }
}
