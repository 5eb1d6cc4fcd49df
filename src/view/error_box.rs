use yew::prelude::*;

use crate::i18n::Strings;

/// Properties of [`ErrorBox`].
#[derive(Properties, PartialEq)]
pub struct ErrorBoxProps {
    /// Interface strings.
    pub strings: &'static Strings,
    /// What went wrong, one line each, for the author of the page.
    pub messages: Vec<String>,
}

/// Shown instead of the widget when its content cannot be shown: a sentence
/// for the reader and the details for whoever maintains the page.
#[component]
pub fn ErrorBox(props: &ErrorBoxProps) -> Html {
    let messages = props
        .messages
        .iter()
        .map(|message| html! { <li>{ message }</li> });
    html! {
        <div class="cs cs-error" part="error" role="alert" lang={props.strings.lang}>
            <p class="cs-error-title">{ props.strings.error }</p>
            <ul class="cs-error-details">{ for messages }</ul>
        </div>
    }
}
