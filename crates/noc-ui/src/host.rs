//! What the components need from wherever they are shown, and nothing more: the element's attributes
//! ([`ElementConfig`]) and a [`Page`] that loads data, raises events and does the few things only the
//! host can do (print, the share link, today's date, timers, reading a form control from an event).
//!
//! `src/embed` (the widget crate) provides a browser `Page`; [`crate::ssr`] (feature `ssr`: the
//! pre-renderer and `noc show --html`) provides one with every data file already loaded. This crate
//! cannot import `web_sys`, `js_sys`, `gloo` or the embedding layer: its `Cargo.toml` does not list them.
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

#[cfg(feature = "full")]
use ee_rules::Assessment;
use ee_rules::Date;
use noc_data::Store;
use yew::prelude::*;

use noc_data::Lang;

/// The store shared by every element of the page.
pub type SharedStore = Rc<RefCell<Store>>;

/// Which custom element (or `data-*` fallback) is being shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Search,
    Card,
    Calculator,
    Widget,
}

impl Kind {
    pub fn from_name(name: &str) -> Option<Kind> {
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
    /// When the loader hydrates a pre-rendered paint: the day it was rendered. The first render
    /// states that day, so it matches the paint; the calculator then moves to the reader's today.
    pub paint_date: Option<Date>,
}

impl ElementConfig {
    /// A config with defaults, for tests, the pre-renderer and the JS API.
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
            paint_date: None,
        }
    }
}

/// Something the reader did that the host page may want to know.
pub enum UiEvent<'a> {
    /// `noc-select {code}`: an occupation was chosen (search result, linked occupation).
    Select(&'a str),
    /// `noc-check-eligibility {code}`: "Check my eligibility" on a card with no widget around it.
    CheckEligibility(&'a str),
    /// `ee-change`: the calculator's assessment changed (full build only: the card-only build would
    /// carry the assessment's serialiser, 2 KB brotli, for an event it never sends).
    #[cfg(feature = "full")]
    EeChange(&'a Assessment),
}

/// A future the page runs to load data files.
pub type Loading = Pin<Box<dyn Future<Output = Result<SharedStore, String>>>>;

/// The host's side of the contract. Every method must work outside a browser; the defaults do nothing
/// (a host without events, focus, print, address bar, timers or form controls).
pub trait Page {
    /// The page's data store (whatever is loaded so far).
    fn store(&self) -> SharedStore;
    /// Loads the missing files among `files` into the store.
    fn load(&self, files: Vec<&'static str>) -> Loading;
    /// Today's date on the reader's clock.
    fn today(&self) -> Date;
    /// Tells the host page (an event on the element).
    fn emit(&self, _event: UiEvent<'_>) {}
    /// Moves keyboard focus to the element behind `node`.
    fn focus(&self, _node: &NodeRef) {}
    /// Opens the print dialog.
    fn print(&self) {}
    /// The page address's fragment (without or with `#`; empty when there is none).
    fn read_fragment(&self) -> String {
        String::new()
    }
    /// Puts `fragment` in the address bar (no new history entry) and returns the full address.
    fn write_fragment(&self, _fragment: &str) -> Option<String> {
        None
    }
    /// Calls `f` once after `ms` milliseconds, unless the returned guard is dropped first.
    fn after(&self, _ms: u32, _f: Box<dyn FnOnce()>) -> Box<dyn Any> {
        Box::new(())
    }
    /// The current value of the input, select or textarea an event came from.
    fn value_of(&self, _event: &Event) -> String {
        String::new()
    }
    /// Whether the checkbox an event came from is checked.
    fn checked_of(&self, _event: &Event) -> bool {
        false
    }
    /// Keeps the element's state (the calculator's share-link text) outside the WebAssembly instance,
    /// so that a restarted instance can show it again (`read_fragment` then returns it).
    fn keep_state(&self, _state: &str) {}
}

/// Provided by the host above every top-level component.
#[derive(Clone)]
pub struct HostContext {
    pub config: Rc<ElementConfig>,
    pub page: Rc<dyn Page>,
    /// Numbers element ids unique within the element (same sequence when pre-rendered and in the browser).
    pub ids: Rc<Cell<u32>>,
}

impl PartialEq for HostContext {
    fn eq(&self, other: &Self) -> bool {
        self.config == other.config
            && Rc::ptr_eq(&self.page, &other.page)
            && Rc::ptr_eq(&self.ids, &other.ids)
    }
}

impl HostContext {
    pub fn new(config: Rc<ElementConfig>, page: Rc<dyn Page>) -> HostContext {
        HostContext {
            config,
            page,
            ids: Rc::new(Cell::new(1)),
        }
    }

    pub fn lang(&self) -> Lang {
        self.config.lang
    }
}

/// A page that has nothing: no data, no events (a release build's component shown without a host).
struct NoPage;

impl Page for NoPage {
    fn store(&self) -> SharedStore {
        thread_local! { static EMPTY: SharedStore = Rc::new(RefCell::new(Store::new())); }
        EMPTY.with(Clone::clone)
    }
    fn load(&self, _files: Vec<&'static str>) -> Loading {
        Box::pin(async { Err("no host to load data files".to_owned()) })
    }
    fn today(&self) -> Date {
        ee_rules::Date::parse(ee_rules::ruleset::current().rules_as_of())
            .unwrap_or(Date::new(2026, 1, 1))
    }
}

/// The element's context. Every top-level component is shown under a [`HostContext`] provider
/// (`src/embed` or the pre-renderer gives one); a component without one is a bug, so a debug build
/// panics, naming it. A release build shows an English card with a page that has nothing rather
/// than trapping the reader's instance.
#[hook]
pub fn use_host() -> HostContext {
    let context = use_context::<HostContext>();
    let fallback = use_memo((), |_| {
        HostContext::new(
            Rc::new(ElementConfig::new(Kind::Card, Lang::En)),
            Rc::new(NoPage),
        )
    });
    match context {
        Some(context) => context,
        None => {
            debug_assert!(
                false,
                "use_host: no HostContext provider above this component (src/embed's mount or noc_ui::ssr::render gives one)"
            );
            (*fallback).clone()
        }
    }
}

/// Sends the widget's events from inside a component. Cheap to clone into callbacks.
#[derive(Clone)]
pub struct Emitter {
    page: Rc<dyn Page>,
}

impl PartialEq for Emitter {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.page, &other.page)
    }
}

impl Emitter {
    /// `noc-select` with `{ code }`.
    pub fn select(&self, code: &str) {
        self.page.emit(UiEvent::Select(code));
    }

    /// `noc-check-eligibility` with `{ code }`.
    pub fn check_eligibility(&self, code: &str) {
        self.page.emit(UiEvent::CheckEligibility(code));
    }

    /// `ee-change` with the assessment result as detail.
    #[cfg(feature = "full")]
    pub fn ee_change(&self, result: &Assessment) {
        self.page.emit(UiEvent::EeChange(result));
    }
}

/// The emitter of the element the calling component is shown in.
#[hook]
pub fn use_emitter() -> Emitter {
    Emitter {
        page: use_host().page,
    }
}

/// The host's page (data, print, share link, clock, timers, form controls).
#[hook]
pub fn use_page() -> Rc<dyn Page> {
    use_host().page
}
