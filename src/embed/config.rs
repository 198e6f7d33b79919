//! What one host element asks for: its kind and attributes ([`ElementConfig`], defined by the UI), read
//! from the object the loader passes.
use wasm_bindgen::JsValue;
use yew::AttrValue;

use super::input;
use noc_data::Lang;
use noc_ui::host::{ElementConfig, Kind, Theme};

/// Longest attribute value read (characters); the rest of a longer one is ignored.
pub const MAX_ATTRIBUTE: usize = 1_000;

fn non_empty(value: Option<String>) -> Option<AttrValue> {
    value
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .map(AttrValue::from)
}

/// Reads the loader's object `{kind, lang, theme, code, noc, compact, limit, query}`. Each field is
/// read on its own, as a string cut to [`MAX_ATTRIBUTE`] characters before it is copied (the loader
/// builds this object from attributes, which a page may make as long as it likes).
pub fn from_js(value: JsValue) -> Result<ElementConfig, String> {
    if !value.is_object() {
        return Err("element config: must be an object".to_owned());
    }
    let attr = |name: &str| input::attribute(&value, name, MAX_ATTRIBUTE);
    let kind_name = attr("kind").unwrap_or_default();
    let kind = Kind::from_name(&kind_name)
        .ok_or_else(|| format!("kind: unknown element {kind_name:?}"))?;
    let compact = input::property(&value, "compact").and_then(|v| v.as_bool());
    Ok(ElementConfig {
        kind,
        lang: Lang::from_tag(attr("lang").as_deref().unwrap_or_default()),
        theme: attr("theme")
            .as_deref()
            .map(Theme::from_attr)
            .unwrap_or_default(),
        code: non_empty(attr("code")),
        noc: non_empty(attr("noc")),
        compact: compact.unwrap_or(false),
        // A bad `limit` falls back to the component's default rather than breaking the element.
        limit: attr("limit")
            .and_then(|l| l.trim().parse::<u32>().ok())
            .filter(|l| (1..=100).contains(l)),
        query: non_empty(attr("query")),
        paint_date: attr("paintDate")
            .as_deref()
            .and_then(|d| ee_rules::Date::parse(d.trim())),
    })
}
