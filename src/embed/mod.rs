//! The only code that touches the host page: mounting into shadow roots, the JS API.
use wasm_bindgen::prelude::*;

/// Mounts a card into `root` (an element inside the host's shadow root).
#[wasm_bindgen(js_name = mountCard)]
pub fn mount_card(root: web_sys::Element, code: String) {
    yew::Renderer::<crate::ui::card::NocCard>::with_root_and_props(
        root,
        crate::ui::card::CardProps { code: code.into() },
    )
    .render();
}
