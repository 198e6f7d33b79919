//! Events the widget sends to the host page: bubbling, composed `CustomEvent`s fired on the host element,
//! so page scripts can listen on the element or anywhere above it.
use serde::Serialize;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};
use yew::prelude::*;

use super::context::use_embed;

/// `noc-select`: the reader chose an occupation (search result, linked occupation). Detail `{ code }`.
pub const NOC_SELECT: &str = "noc-select";
/// `ee-change`: the calculator's assessment changed. Detail: the assessment result (JSON of docs/profile.md).
pub const EE_CHANGE: &str = "ee-change";

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
struct SelectDetail<'a> {
    code: &'a str,
}

/// Sends the widget's events from inside a component. Cheap to clone into callbacks.
#[derive(Clone, PartialEq)]
pub struct Emitter {
    host: Option<HtmlElement>,
}

impl Emitter {
    /// `noc-select` with `{ code }`.
    pub fn select(&self, code: &str) {
        if let Some(host) = &self.host {
            dispatch(host, NOC_SELECT, &SelectDetail { code });
        }
    }

    /// `ee-change` with the assessment result as detail.
    pub fn ee_change<T: Serialize + ?Sized>(&self, result: &T) {
        if let Some(host) = &self.host {
            dispatch(host, EE_CHANGE, result);
        }
    }
}

/// The emitter of the element the calling component is mounted in (does nothing without a host).
#[hook]
pub fn use_emitter() -> Emitter {
    Emitter {
        host: use_embed().host,
    }
}
