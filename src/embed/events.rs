//! Events the widget sends to the host page: bubbling, composed `CustomEvent`s fired on the host element,
//! so page scripts can listen on the element or anywhere above it. The UI raises them through its
//! `Page` (`ui::host::UiEvent`); [`super::context::BrowserPage`] turns them into these.
use serde::Serialize;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// `noc-select`: the reader chose an occupation (search result, linked occupation). Detail `{ code }`.
pub const NOC_SELECT: &str = "noc-select";
/// `ee-change`: the calculator's assessment changed. Detail: the assessment result (JSON of docs/profile.md).
pub const EE_CHANGE: &str = "ee-change";
/// `noc-check-eligibility`: "Check my eligibility" on a card without a widget around it. Detail `{ code }`.
pub const CHECK_ELIGIBILITY: &str = "noc-check-eligibility";

/// Fires `name` on `host` with `detail` converted to a plain JS object (maps as objects, `None` as null).
pub fn dispatch<T: Serialize + ?Sized>(host: &HtmlElement, name: &str, detail: &T) {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let detail = detail
        .serialize(&serializer)
        .unwrap_or(wasm_bindgen::JsValue::NULL);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // A listener that throws must not break the widget.
        let _ = host.dispatch_event(&event);
    }
}

#[derive(Serialize)]
pub(crate) struct CodeDetail<'a> {
    pub code: &'a str,
}
