//! What one host element asks for: its kind and attributes, read from the object the loader passes.
use wasm_bindgen::JsValue;
use yew::AttrValue;

use super::input;
use crate::i18n::common::Lang;

/// Longest attribute value read (characters); the rest of a longer one is ignored.
pub const MAX_ATTRIBUTE: usize = 1_000;

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
        let compact = input::property(&value, "compact")
            .ok()
            .and_then(|v| v.as_bool());
        Ok(ElementConfig {
            kind,
            lang: attr("lang")
                .as_deref()
                .map(Lang::from_tag)
                .unwrap_or_default(),
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
        })
    }
}
