//! One form field: its label, its input, and the validator's messages about
//! it, right under it. A field is known by the JSON path of the value it
//! edits, which is also its element id, so a message and a highlight can
//! point at it. Editing or leaving a field touches it: its problems show
//! from then on.

/// The prefix of a field's element id, before its JSON path.
pub const FIELD_ID_PREFIX: &str = "field-";

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::problems::Problems;

/// The element id of the field that edits the value at `path`.
pub fn field_id(path: &str) -> String {
    format!("{FIELD_ID_PREFIX}{path}")
}

/// Marks the field at a JSON path as touched: given to every field by the
/// page, through a context, so that the forms need not pass it along.
#[derive(Clone, PartialEq)]
pub struct Touch(pub Callback<AttrValue>);

/// The callback that touches the field at `path`, on each input; the page
/// touches a field that focus leaves (app.rs, one listener for all).
#[hook]
fn use_touching(path: &AttrValue) -> Callback<()> {
    let touch = use_context::<Touch>();
    let path = path.clone();
    Callback::from(move |()| {
        if let Some(Touch(touch)) = &touch {
            touch.emit(path.clone());
        }
    })
}

/// What kind of input a field is.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Input {
    /// One line of text.
    #[default]
    Line,
    /// A passage: several lines.
    Passage,
    /// A paragraph number.
    Paragraph,
    /// A date, `YYYY-MM-DD`.
    Date,
}

/// Properties of [`Field`].
#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// What the field is, shown above it.
    pub label: AttrValue,
    /// The JSON path of the value, e.g. `quotes[0].text`.
    pub path: AttrValue,
    /// The value as text.
    pub value: AttrValue,
    /// The kind of input.
    #[prop_or_default]
    pub input: Input,
    /// Every message of the validator; the field shows those at its path.
    pub problems: Rc<Problems>,
    /// Called with the new text on every keystroke.
    pub on_input: Callback<String>,
}

/// A labelled input with its messages.
#[component]
pub fn Field(props: &FieldProps) -> Html {
    let id = field_id(&props.path);
    let error_id = format!("error-{}", props.path);
    let messages = props.problems.at(&props.path);
    let invalid = !messages.is_empty();
    let described = invalid.then(|| AttrValue::from(error_id.clone()));
    let touch = use_touching(&props.path);
    let on_input = props.on_input.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        if let Some(value) = input_value(&event) {
            on_input.emit(value);
            touch.emit(());
        }
    });
    let invalid_attr = invalid.then_some(AttrValue::Static("true"));
    let control = match props.input {
        Input::Passage => html! {
            <textarea id={id.clone()} rows="3" value={props.value.clone()} {oninput}
                aria-invalid={invalid_attr} aria-describedby={described} />
        },
        Input::Paragraph => html! {
            <input id={id.clone()} type="number" min="1" inputmode="numeric" class="paragraph-number"
                value={props.value.clone()} {oninput} aria-invalid={invalid_attr} aria-describedby={described} />
        },
        Input::Date => html! {
            <input id={id.clone()} type="text" placeholder="YYYY-MM-DD" class="date"
                value={props.value.clone()} {oninput} aria-invalid={invalid_attr} aria-describedby={described} />
        },
        Input::Line => html! {
            <input id={id.clone()} type="text" value={props.value.clone()} {oninput}
                aria-invalid={invalid_attr} aria-describedby={described} />
        },
    };
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id}>{ &props.label }</label>
            { control }
            if invalid {
                <ul class="field-errors" id={error_id}>
                    { for messages.iter().map(|message| html! { <li>{ message }</li> }) }
                </ul>
            }
        </div>
    }
}

/// The value of the input, textarea or select an event came from.
pub fn input_value(event: &Event) -> Option<String> {
    let target = event.target()?;
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        Some(input.value())
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        Some(area.value())
    } else {
        target
            .dyn_ref::<HtmlSelectElement>()
            .map(HtmlSelectElement::value)
    }
}

/// Properties of [`Choice`].
#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// What the field is.
    pub label: AttrValue,
    /// The JSON path of the value.
    pub path: AttrValue,
    /// The value chosen.
    pub value: AttrValue,
    /// The values to choose from, with their labels.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// Every message of the validator.
    pub problems: Rc<Problems>,
    /// Called with the value chosen.
    pub on_change: Callback<String>,
}

/// A labelled select with its messages.
#[component]
pub fn Choice(props: &ChoiceProps) -> Html {
    let id = field_id(&props.path);
    let messages = props.problems.at(&props.path);
    let invalid = !messages.is_empty();
    let error_id = format!("error-{}", props.path);
    let touch = use_touching(&props.path);
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |event: Event| {
        if let Some(value) = input_value(&event) {
            on_change.emit(value);
            touch.emit(());
        }
    });
    let known = props.options.iter().any(|(value, _)| *value == props.value);
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()}>{ &props.label }</label>
            <select {id} {onchange} aria-invalid={invalid.then_some(AttrValue::Static("true"))}
                aria-describedby={invalid.then(|| AttrValue::from(error_id.clone()))}>
                if !known {
                    <option value={props.value.clone()} selected=true>{ "(choose)" }</option>
                }
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ label }</option>
                }) }
            </select>
            if invalid {
                <ul class="field-errors" id={error_id}>
                    { for messages.iter().map(|message| html! { <li>{ message }</li> }) }
                </ul>
            }
        </div>
    }
}
