//! The shadow root a widget renders into: the element's and the component's
//! alike. Inside it the crate's stylesheet applies and nothing of the page's
//! does, and element ids cannot collide with the page's ([`super::ids`]).

use web_sys::wasm_bindgen::JsValue;
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// `host`'s open shadow root, attached if it has none yet (prerendered
/// markup declares one).
pub(crate) fn open_shadow(host: &Element) -> Result<ShadowRoot, JsValue> {
    match host.shadow_root() {
        Some(shadow) => Ok(shadow),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}

/// Styles `shadow` with `sheet`, a constructable `CSSStyleSheet`, alone. A
/// browser that could construct the sheet can adopt it.
pub(crate) fn adopt(shadow: &ShadowRoot, sheet: &JsValue) -> Result<(), JsValue> {
    let key = JsValue::from_str("adoptedStyleSheets");
    web_sys::js_sys::Reflect::set(shadow, &key, &web_sys::js_sys::Array::of1(sheet)).map(drop)
}

/// Gives `mount`, the element a widget renders into, its classes (the
/// stylesheet's `.cs-mount`); `crowded`: laid out only when the reader nears it.
pub(crate) fn set_mount_class(mount: &Element, crowded: bool) -> Result<(), JsValue> {
    let class = if crowded {
        "cs-mount cs-crowded"
    } else {
        "cs-mount"
    };
    mount.set_attribute("class", class)
}
