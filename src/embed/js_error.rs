//! The JS `Error`s the embedding layer throws or rejects with. A leaf: every other embed module
//! may use it, and it uses none of them (so `input` and `api` do not depend on each other).
use wasm_bindgen::prelude::*;

/// An `Error` naming the field: `message` is "field: reason", `error.field` is the field.
pub fn field_error(field: &str, reason: &str) -> JsValue {
    let message = if field.is_empty() {
        reason.to_owned()
    } else {
        format!("{field}: {reason}")
    };
    let error = js_sys::Error::new(&message);
    let _ = js_sys::Reflect::set(
        &error,
        &JsValue::from_str("field"),
        &JsValue::from_str(field),
    );
    error.into()
}

/// An `Error` for an element configuration the loader handed over that cannot be used.
pub fn config_error(message: String) -> JsValue {
    js_sys::Error::new(&message).into()
}
