//! What one host element asks for: its kind and attributes ([`ElementConfig`], defined by the UI), read
//! from the object the loader passes.
use serde::Deserialize;
use wasm_bindgen::JsValue;
use yew::AttrValue;

pub use crate::ui::host::{ElementConfig, Kind, Theme};
use crate::i18n::common::Lang;

#[derive(Deserialize)]
struct RawConfig {
    kind: String,
    lang: Option<String>,
    theme: Option<String>,
    code: Option<String>,
    noc: Option<String>,
    compact: Option<bool>,
    limit: Option<String>,
    query: Option<String>,
}

fn non_empty(value: Option<String>) -> Option<AttrValue> {
    value
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .map(AttrValue::from)
}

impl ElementConfig {
    /// Reads the loader's object `{kind, lang, theme, code, noc, compact, limit, query}`.
    pub fn from_js(value: JsValue) -> Result<ElementConfig, String> {
        let raw: RawConfig =
            serde_wasm_bindgen::from_value(value).map_err(|e| format!("element config: {e}"))?;
        let kind = Kind::from_name(&raw.kind)
            .ok_or_else(|| format!("kind: unknown element {:?}", raw.kind))?;
        Ok(ElementConfig {
            kind,
            lang: raw.lang.as_deref().map(Lang::from_tag).unwrap_or_default(),
            theme: raw
                .theme
                .as_deref()
                .map(Theme::from_attr)
                .unwrap_or_default(),
            code: non_empty(raw.code),
            noc: non_empty(raw.noc),
            compact: raw.compact.unwrap_or(false),
            // A bad `limit` falls back to the component's default rather than breaking the element.
            limit: raw
                .limit
                .and_then(|l| l.trim().parse::<u32>().ok())
                .filter(|l| (1..=100).contains(l)),
            query: non_empty(raw.query),
        })
    }
}
