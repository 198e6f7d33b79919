//! Every value that crosses from the page's JavaScript into Rust is read here, within limits
//! (design and limits: `ee_rules::bounded`). Only js-sys calls that cannot run page code, or that
//! catch what it throws, are used: `typeof` tests, `Object.is`, a string's `length`, and
//! `Array.isArray` / `Object.keys` / `Reflect.get` declared with `catch` (a getter or Proxy trap may
//! throw; an uncaught throw would unwind through the wasm frames and leave Rust state half-updated).
//! The thrown value itself is never inspected (it may be a Proxy too).
use ee_rules::bounded::{self, Host, Limits, Shape};
use ee_rules::raw::Raw;
use js_sys::{JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::js_error::field_error;

#[wasm_bindgen]
extern "C" {
    /// `Array.isArray`, which throws for a revoked Proxy.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    /// `Object.keys`, which runs a Proxy's `ownKeys` and `getOwnPropertyDescriptor` traps.
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(value: &JsValue) -> Result<JsValue, JsValue>;
}

const THREW: &str = "reading it threw an exception";

/// The page's values, as [`bounded::read`] sees them.
struct Js;

impl Host for Js {
    type Node = JsValue;

    fn shape(&self, v: &JsValue) -> Result<Shape, String> {
        Ok(if v.is_undefined() || v.is_null() {
            Shape::Null
        } else if let Some(b) = v.as_bool() {
            Shape::Bool(b)
        } else if let Some(n) = v.as_f64() {
            Shape::Number(n)
        } else if v.is_string() {
            Shape::Text { len: text_len(v) }
        } else if v.is_function() {
            Shape::Other("a function")
        } else if v.is_symbol() {
            Shape::Other("a symbol")
        } else if v.is_bigint() {
            Shape::Other("a BigInt")
        } else if !v.is_object() {
            Shape::Other("an unknown kind of value")
        } else if is_array(v).map_err(|_| THREW.to_owned())? {
            let len =
                Reflect::get(v, &JsValue::from_str("length")).map_err(|_| THREW.to_owned())?;
            match len.as_f64() {
                Some(n) if n >= 0.0 && n.fract() == 0.0 => Shape::List {
                    len: if n > usize::MAX as f64 {
                        usize::MAX
                    } else {
                        n as usize
                    },
                },
                _ => return Err("its length is not a whole number".to_owned()),
            }
        } else {
            Shape::Object
        })
    }

    fn text(&self, v: &JsValue) -> Result<String, String> {
        v.as_string().ok_or_else(|| THREW.to_owned())
    }

    fn item(&self, v: &JsValue, index: usize) -> Result<JsValue, String> {
        Reflect::get(v, &JsValue::from_f64(index as f64)).map_err(|_| THREW.to_owned())
    }

    fn keys(&self, v: &JsValue) -> Result<JsValue, String> {
        object_keys(v).map_err(|_| THREW.to_owned())
    }

    fn field(&self, v: &JsValue, key: &str) -> Result<JsValue, String> {
        Reflect::get(v, &JsValue::from_str(key)).map_err(|_| THREW.to_owned())
    }

    fn same(&self, a: &JsValue, b: &JsValue) -> bool {
        Object::is(a, b)
    }
}

/// Length of a JS string in UTF-16 code units, without copying it.
fn text_len(v: &JsValue) -> usize {
    v.unchecked_ref::<JsString>().length() as usize
}

/// Reads the argument `name` into a [`Raw`] value within `limits`; the error names the field.
pub fn read(value: JsValue, name: &str, limits: Limits) -> Result<Raw, JsValue> {
    bounded::read(&Js, value, name, limits).map_err(|e| field_error(&e.field, &e.reason()))
}

/// Whether `value` is an array (false for a revoked Proxy, which throws).
pub fn is_list(value: &JsValue) -> bool {
    value.is_object() && is_array(value).unwrap_or(false)
}

/// A text argument: `Ok(None)` when it is not a string, an error naming `name` when it is longer
/// than `max` characters (checked before the text is copied into wasm memory).
pub fn text(value: &JsValue, name: &str, max: usize) -> Result<Option<String>, JsValue> {
    if !value.is_string() {
        return Ok(None);
    }
    if text_len(value) > max {
        return Err(field_error(
            name,
            &format!("text is too long (more than {max} characters)"),
        ));
    }
    Ok(value.as_string())
}

/// Property `name` of an object (undefined when `object` is not one); `None` when its getter throws.
pub fn property(object: &JsValue, name: &str) -> Option<JsValue> {
    if !object.is_object() {
        return Some(JsValue::UNDEFINED);
    }
    Reflect::get(object, &JsValue::from_str(name)).ok()
}

/// An attribute value from the loader's config object, cut to `max` characters before it is copied
/// (an attribute is the page author's, not a caller's: a too-long one is cut, and the component then
/// says what is wrong with it, rather than the element failing).
pub fn attribute(config: &JsValue, name: &str, max: usize) -> Option<String> {
    let value = property(config, name)?;
    if !value.is_string() {
        return None;
    }
    if text_len(&value) > max {
        return value
            .unchecked_ref::<JsString>()
            .slice(0, max as u32)
            .as_string();
    }
    value.as_string()
}
