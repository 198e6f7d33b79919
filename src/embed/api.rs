//! `window.NocWidget`: search, occupation, assess, suggest for page scripts. The loader wraps these so
//! every method returns a Promise; bad arguments reject with an `Error` whose message starts with the
//! field name ("limit: must be a whole number from 1 to 100") and whose `field` property holds it.
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// An `Error` naming the field: `message` is "field: reason", `error.field` is the field.
pub fn field_error(field: &str, reason: &str) -> JsValue {
    let message = if field.is_empty() { reason.to_owned() } else { format!("{field}: {reason}") };
    let error = js_sys::Error::new(&message);
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("field"), &JsValue::from_str(field));
    error.into()
}

/// Plain JS objects (not `Map`s), `null` for `None`, as `JSON.parse` of the CLI's output would give.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| field_error("", &format!("cannot convert the result: {e}")))
}

fn rules_error(error: ee_rules::ProfileError) -> JsValue {
    let js = field_error(&error.field, &error.message);
    let _ = js_sys::Reflect::set(&js, &JsValue::from_str("code"), &JsValue::from_str(error.code.key()));
    js
}

fn profile_from_js(profile: JsValue) -> Result<ee_rules::Profile, JsValue> {
    if !profile.is_object() || js_sys::Array::is_array(&profile) {
        return Err(field_error("profile", "must be an object (see docs/profile.md)"));
    }
    ee_rules::profile_from(serde_wasm_bindgen::Deserializer::from(profile)).map_err(rules_error)
}

/// `NocWidget.assess(profile)`: the assessment of docs/profile.md, the same as `noc assess`.
#[wasm_bindgen(js_name = apiAssess)]
pub fn api_assess(profile: JsValue) -> Result<JsValue, JsValue> {
    let profile = profile_from_js(profile)?;
    to_js(&ee_rules::assess(&profile))
}

/// `NocWidget.suggest(profile)`: changes that would raise the CRS score, best first.
#[wasm_bindgen(js_name = apiSuggest)]
pub fn api_suggest(profile: JsValue) -> Result<JsValue, JsValue> {
    let profile = profile_from_js(profile)?;
    to_js(&ee_rules::suggest(&profile))
}

/// The NOC data release the widget carries.
#[wasm_bindgen(js_name = dataVersion)]
pub fn data_version() -> String {
    String::new()
}

/// The date of the Express Entry rules the calculator applies (YYYY-MM-DD).
#[wasm_bindgen(js_name = rulesAsOf)]
pub fn rules_as_of() -> String {
    ee_rules::ruleset::current().rules_as_of().to_owned()
}
