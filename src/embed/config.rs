//! What one host element asks for: its kind and attributes, read from the object the loader passes.
use serde::Deserialize;
use wasm_bindgen::JsValue;
use yew::AttrValue;

use crate::i18n::common::Lang;

/// Which custom element (or `data-*` fallback) is being mounted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Search,
    Card,
    Calculator,
    Widget,
}

impl Kind {
    fn from_name(name: &str) -> Option<Kind> {
        match name {
            "search" | "noc-search" => Some(Kind::Search),
            "card" | "noc-card" => Some(Kind::Card),
            "calculator" | "ee-calculator" => Some(Kind::Calculator),
            "widget" | "noc-widget" => Some(Kind::Widget),
            _ => None,
        }
    }
}

/// Colour scheme asked for by the `theme` attribute. The stylesheet does the work (`data-theme` on the
/// root); components only need it if they draw something the stylesheet cannot reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    pub fn from_attr(value: &str) -> Theme {
        match value.trim().to_ascii_lowercase().as_str() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        }
    }
}

/// The attributes of one element, already defaulted by the loader (`lang` resolved from the nearest
/// `[lang]` ancestor, boolean attributes as booleans).
#[derive(Clone, Debug, PartialEq)]
pub struct ElementConfig {
    pub kind: Kind,
    pub lang: Lang,
    pub theme: Theme,
    /// `code` of `<noc-card>` / `<noc-widget>`: the unit group to show (not validated here).
    pub code: Option<AttrValue>,
    /// `noc` of `<ee-calculator>`: the occupation of the candidate's main experience.
    pub noc: Option<AttrValue>,
    /// `compact`: a shorter card / calculator for narrow sidebars.
    pub compact: bool,
    /// `limit` of `<noc-search>`: how many results to list.
    pub limit: Option<u32>,
    /// `query` of `<noc-search>` / `<noc-widget>`: text to search for on first render.
    pub query: Option<AttrValue>,
}

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
    /// A config with defaults, for tests and for the JS API.
    pub fn new(kind: Kind, lang: Lang) -> ElementConfig {
        ElementConfig {
            kind,
            lang,
            theme: Theme::Auto,
            code: None,
            noc: None,
            compact: false,
            limit: None,
            query: None,
        }
    }

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
