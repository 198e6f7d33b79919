//! The browser's side of the UI's [`Page`]: data through the loader, events on the host element, and
//! the page's print dialog, address fragment, clock, timers and form controls.
use std::any::Any;
use std::rc::Rc;

use ee_rules::Date;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[cfg(feature = "full")]
use super::events::EE_CHANGE;
use super::events::{dispatch, CodeDetail, CHECK_ELIGIBILITY, NOC_SELECT};
use noc_ui::host::ElementConfig;
use noc_ui::host::{HostContext, Loading, Page, SharedStore, UiEvent};

/// One element on the host page.
pub struct BrowserPage {
    /// The custom element (or upgraded `<div data-…>`); `None` in tests that mount without a host.
    pub host: Option<HtmlElement>,
    /// The state the loader kept for this element before the instance was restarted (see
    /// [`Page::keep_state`]); read instead of the page's fragment.
    pub restored: Option<String>,
}

thread_local! {
    /// The loader's `keepState(host, text)`, given to `configure`.
    static KEEPER: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
    /// The state of the element being mounted, set by the `mount` export just before it.
    static RESTORED: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

pub(crate) fn set_keeper(keep_state: Option<js_sys::Function>) {
    KEEPER.with(|k| *k.borrow_mut() = keep_state);
}

/// The state the next mounted element starts from (the loader's `config.state`).
pub(crate) fn set_restored(state: Option<String>) {
    RESTORED.with(|r| *r.borrow_mut() = state);
}

impl Page for BrowserPage {
    fn store(&self) -> SharedStore {
        super::data::shared_store()
    }

    fn load(&self, files: Vec<&'static str>) -> Loading {
        Box::pin(async move { super::data::ensure_files(&files).await })
    }

    fn emit(&self, event: UiEvent<'_>) {
        let Some(host) = &self.host else { return };
        match event {
            UiEvent::Select(code) => dispatch(host, NOC_SELECT, &CodeDetail { code }),
            UiEvent::CheckEligibility(code) => {
                dispatch(host, CHECK_ELIGIBILITY, &CodeDetail { code })
            }
            #[cfg(feature = "full")]
            UiEvent::EeChange(assessment) => dispatch(host, EE_CHANGE, assessment),
        }
    }

    fn focus(&self, node: &NodeRef) {
        if let Some(element) = node.cast::<HtmlElement>() {
            let _ = element.focus();
        }
    }

    fn print(&self) {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }

    fn keep_state(&self, state: &str) {
        let Some(host) = &self.host else { return };
        if let Some(keep) = KEEPER.with(|k| k.borrow().clone()) {
            let _ = keep.call2(&wasm_bindgen::JsValue::NULL, host, &state.into());
        }
    }

    fn read_fragment(&self) -> String {
        if let Some(state) = &self.restored {
            return state.clone();
        }
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    }

    fn write_fragment(&self, fragment: &str) -> Option<String> {
        let window = web_sys::window()?;
        let location = window.location();
        let href = location.href().ok()?;
        let base = href.split('#').next().unwrap_or(&href).to_owned();
        let url = format!("{base}#{fragment}");
        let replaced = window.history().ok().and_then(|h| {
            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                .ok()
        });
        if replaced.is_none() {
            let _ = location.set_hash(fragment);
        }
        Some(url)
    }

    fn today(&self) -> Date {
        let now = js_sys::Date::new_0();
        Date::new(
            now.get_full_year() as u16,
            now.get_month() as u8 + 1,
            now.get_date() as u8,
        )
    }

    fn after(&self, ms: u32, f: Box<dyn FnOnce()>) -> Box<dyn Any> {
        Box::new(gloo::timers::callback::Timeout::new(ms, f))
    }

    fn value_of(&self, event: &Event) -> String {
        let Some(target) = event.target() else {
            return String::new();
        };
        if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
            input.value()
        } else if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
            select.value()
        } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.value()
        } else {
            String::new()
        }
    }

    fn checked_of(&self, event: &Event) -> bool {
        event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|input| input.checked())
    }
}

/// The context for one mounted element.
pub fn host_context(host: Option<HtmlElement>, config: Rc<ElementConfig>) -> HostContext {
    let restored = RESTORED.with(|r| r.borrow_mut().take());
    HostContext::new(config, Rc::new(BrowserPage { host, restored }))
}
