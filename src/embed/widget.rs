//! One widget, as the loader sees it: the class wasm-bindgen makes for
//! `assets/embed.js`, its constructor and its methods, each a call to the
//! widget's [`Instance`], which holds the widget and reacts.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::attributes::{self, Attributes};
use super::instance::Instance;
use super::stylesheet::Styles;
use crate::host::summaries::built_in;
use crate::model::element_api::Attribute;
use crate::model::{document_too_large, quoted};
use crate::view::{Action, Content, Failure, FailureReason};

/// Why the loader could not fetch `src`: what it passes to
/// [`Widget::set_load_error`] with a detail.
#[wasm_bindgen]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// The server answered with an error status; the detail is the status.
    Http,
    /// The answer was not JSON; the detail is its content type.
    Type,
    /// No answer in time; the detail is the timeout in milliseconds.
    Timeout,
    /// The request failed; the detail is the browser's message.
    Network,
    /// `src` is not a URL; no detail.
    Url,
    /// The body is over the size limit: the detail is its size in bytes, as
    /// its `Content-Length` announced it, else as many as had come when the
    /// loader stopped reading.
    TooLarge,
}

/// The widget inside one `<conference-summary>` element. `assets/embed.js`
/// creates it when the element is connected and destroys it when the element
/// leaves the page.
#[wasm_bindgen]
pub struct Widget {
    instance: Instance,
}

#[wasm_bindgen]
impl Widget {
    /// Mounts a widget in `host`'s shadow root, styled by `sheet` (the
    /// page's shared `CSSStyleSheet`) or, when that is null, by a link to
    /// `stylesheet_url`. The widget renders off the page, then takes the
    /// place of whatever the shadow root held (prerendered markup) in one
    /// step, once styled.
    ///
    /// `crowded`: the page holds many widgets, so this one is laid out only
    /// when the reader nears it (the stylesheet's `.cs-crowded`).
    ///
    /// `crash`: this element's widget panicked in an earlier instance of the
    /// module, and this describes the trap. The widget then starts with only
    /// the error box and fires the error event: it never renders the summary
    /// that may have made it panic, so a panic cannot repeat in every fresh
    /// instance.
    #[wasm_bindgen(constructor)]
    pub fn new(
        host: HtmlElement,
        sheet: JsValue,
        stylesheet_url: String,
        crowded: bool,
        crash: Option<String>,
    ) -> Result<Widget, JsValue> {
        let styles = Styles::new(sheet, stylesheet_url);
        Instance::new(host, styles, crowded, crash).map(|instance| Widget { instance })
    }

    /// Parses the built-in summary ahead of the first widget that shows it.
    /// The loader calls this as soon as the module is in, which is often while
    /// the page is still being parsed: time the first widget then saves.
    pub fn prepare() {
        let _built_in = built_in();
    }

    /// The section shown: the `section` property's value.
    #[wasm_bindgen(getter)]
    pub fn section(&self) -> String {
        self.instance.section().id().to_string()
    }

    /// Follows a change of the observed attribute `name` (any but `src`,
    /// which the loader follows).
    pub fn attribute_changed(&self, name: &str) {
        let host = self.instance.host();
        // Test builds only: a panic during this call, or in a task run after it.
        #[cfg(feature = "panic-probe")]
        if name == Attribute::Section.name() {
            match attributes::get(&host, Attribute::Section).as_deref() {
                Some("panic-probe") => panic!("panic probe: section=\"panic-probe\""),
                Some("panic-probe-later") => yew::platform::spawn_local(async {
                    panic!("panic probe: section=\"panic-probe-later\"");
                }),
                _ => {}
            }
        }
        let Some(attribute) = Attribute::from_name(name) else {
            return;
        };
        let attributes = Attributes::read(&host, Some(attribute));
        match attribute {
            Attribute::Section => self.instance.act(Action::Select(attributes.section)),
            Attribute::Expanded => self.instance.set_expanded(attributes.expanded),
            Attribute::Lang => self
                .instance
                .update(|props| props.strings = attributes.strings),
            Attribute::DeepLink => self.instance.set_deep_link(attributes.deep_link),
            // `theme` is the stylesheet's business (`Attributes::read` has
            // warned about a value it does not know); `src`, `timeout` and
            // `loading`, the loader's.
            Attribute::Theme | Attribute::Src | Attribute::Timeout | Attribute::Loading => {}
        }
    }

    /// Shows the summary given inline (`<script type="application/json">`
    /// child), else the built-in one: what is left when `src` goes away.
    pub fn use_local_summary(&self) {
        self.instance.show_local();
    }

    /// Shows a loading note while `src` is fetched, unless a summary is
    /// already shown: that one stays until the new one is in.
    pub fn set_loading(&self) {
        self.instance.update(|props| {
            props.problem = None;
            if !matches!(props.content, Content::Ready(_)) {
                props.content = Content::Loading;
            }
        });
    }

    /// Shows the summary fetched from `url`.
    pub fn set_summary_json(&self, json: &str, url: &str) {
        self.instance.show_json(json, url);
    }

    /// Reports a failed fetch of `src`, with the detail [`LoadErrorKind`] describes.
    pub fn set_load_error(&self, kind: LoadErrorKind, detail: &str) {
        let src = attributes::get(&self.instance.host(), Attribute::Src).unwrap_or_default();
        let (reason, message) = match kind {
            LoadErrorKind::Http => (
                FailureReason::Http(detail.parse().unwrap_or(0)),
                format!("the server answered HTTP {detail}"),
            ),
            LoadErrorKind::Type => (
                FailureReason::NotJson,
                format!("expected JSON, the server sent {}", quoted(detail)),
            ),
            LoadErrorKind::Timeout => (
                FailureReason::Timeout,
                format!("no answer within {detail} ms"),
            ),
            LoadErrorKind::Url => (FailureReason::BadUrl, "src is not a URL".to_string()),
            LoadErrorKind::Network => (FailureReason::Network, detail.to_string()),
            // The same words as for a text over the limit given inline. The
            // loader reports sizes over the limit only.
            LoadErrorKind::TooLarge => (
                FailureReason::TooLarge,
                document_too_large(detail.parse().unwrap_or(usize::MAX))
                    .map_or_else(String::new, |error| error.to_string()),
            ),
        };
        self.instance.fail(Failure {
            reason,
            details: vec![format!("src={}: {message}", quoted(&src))].into(),
        });
    }

    /// Opens (`true`) or closes every quote of the summary shown.
    pub fn set_all_quotes(&self, open: bool) {
        self.instance.act(Action::SetAllQuotes(open));
    }

    /// Takes the app out of the page, parks it for the next widget and lets
    /// go of every listener on the page.
    pub fn destroy(&self) {
        self.instance.destroy();
    }
}
