//! What the browser tests share: a fresh place in the document to render
//! into.

use web_sys::Element;
use yew::BaseComponent;

/// Renders `C` with `props` into a new `<div>` at the end of the document's
/// body, and returns that `<div>` once yew's scheduler has run.
pub async fn render<C: BaseComponent>(props: C::Properties) -> Element {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("a document");
    let root = document.create_element("div").expect("create a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}
