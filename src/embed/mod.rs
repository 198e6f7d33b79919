//! The only code that touches the host page. The loader (`static/loader/`, built into `noc-widget.js`) defines the custom
//! elements and calls the exports below. The components (crate `noc-ui`) reach the page only through
//! the `Page` this module gives them ([`context::BrowserPage`]).
//!
//! Loader contract (all exports are called by the loader only):
//! `configure(fetchFile)`, `styles()` (full build), `mount(root, host, config) -> id`, `prepare(config)`, `hydrate(root, host, config)
//! -> Promise<id>` (resolved once the hydration is committed), `settled()`, `update(id, config)`,
//! `unmount(id)`, `dataVersion()`, `rulesAsOf()`, and the `window.NocWidget` methods `api*`.
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

pub mod api;
pub mod config;
pub mod context;
pub mod data;
pub mod events;
pub mod input;
pub mod js_error;
pub mod mount;
#[cfg(feature = "full")]
pub mod styles;

#[cfg(not(feature = "full"))]
use noc_ui::host::Kind;

use js_error::config_error;

/// Gives the wasm side the loader's `fetchFile(name) -> Promise<Uint8Array>` and (optional)
/// `keepState(host, text)`, which keeps an element's state outside the instance for a restart.
#[wasm_bindgen]
pub fn configure(fetch_file: js_sys::Function, keep_state: Option<js_sys::Function>) {
    data::set_fetcher(fetch_file);
    context::set_keeper(keep_state);
}

/// The CSS the loader puts into the page's shared constructable stylesheet.
#[cfg(feature = "full")]
#[wasm_bindgen]
pub fn styles() -> String {
    styles::css()
}

/// Mounts the element's component into `root` (a div in the host's shadow root). Returns its id.
#[wasm_bindgen]
pub fn mount(root: Element, host: HtmlElement, config: JsValue) -> Result<u32, JsValue> {
    // `config.state`: what the element showed before the instance restarted (the loader's copy).
    let state = input::attribute(&config, "state", 4_000);
    let config = config::from_js(config).map_err(config_error)?;
    // The card-only build (noc-widget-card*) has no other component; the loader never asks it to.
    #[cfg(not(feature = "full"))]
    if config.kind != Kind::Card {
        return Err(config_error(
            "this build of the widget shows only <noc-card>".to_owned(),
        ));
    }
    context::set_restored(state);
    Ok(mount::mount(root, Some(host), config))
}

/// Loads the data files the element's first paint shows, so a `mount` right after renders it complete
/// at once (the card-only build's takeover: an identical render the loader swaps in).
#[wasm_bindgen]
pub async fn prepare(config: JsValue) -> Result<(), JsValue> {
    let config = config::from_js(config).map_err(config_error)?;
    data::ensure_files(&noc_ui::element::first_paint_files(&config))
        .await
        .map_err(config_error)?;
    Ok(())
}

/// Takes over the element's pre-rendered first paint in `root` (yew hydration) once the data it shows
/// is loaded; resolves to its id, as `mount` returns, once the hydration is committed: the root
/// component's first effect has run, which yew runs after every child's first render. The loader
/// restores and replays what the reader did on the paint only then.
#[cfg(feature = "hydration")]
#[wasm_bindgen]
pub async fn hydrate(root: Element, host: HtmlElement, config: JsValue) -> Result<u32, JsValue> {
    let config = config::from_js(config).map_err(config_error)?;
    #[cfg(not(feature = "full"))]
    if config.kind != Kind::Card {
        return Err(config_error(
            "this build of the widget shows only <noc-card>".to_owned(),
        ));
    }
    data::ensure_files(&noc_ui::element::first_paint_files(&config))
        .await
        .map_err(config_error)?;
    let (rendered, on_rendered) = rendered_signal();
    let id = mount::hydrate(root, Some(host), config, on_rendered);
    wasm_bindgen_futures::JsFuture::from(rendered).await?;
    Ok(id)
}

/// A promise and the yew callback that resolves it.
#[cfg(feature = "hydration")]
fn rendered_signal() -> (js_sys::Promise, yew::Callback<()>) {
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |ok, _| resolve = Some(ok));
    let resolve = resolve.expect("the Promise executor runs at once");
    let callback = yew::Callback::from(move |()| {
        let _ = resolve.call0(&JsValue::NULL);
    });
    (promise, callback)
}

/// Resolves once yew has rendered what the events dispatched before this call changed, effects
/// included: its scheduler is run to the end, and if it had yielded to the browser (it does every
/// 16 ms of work, with renders done but effects pending), this waits for the rest. The loader awaits
/// it between the inputs it replays, so each one meets the components as the one before left them.
#[wasm_bindgen]
pub async fn settled() {
    yew::scheduler::flush().await;
}

/// Re-renders element `id` with its new attributes.
#[wasm_bindgen]
pub fn update(id: u32, config: JsValue) -> Result<bool, JsValue> {
    let config = config::from_js(config).map_err(config_error)?;
    Ok(mount::update(id, config))
}

/// Destroys element `id` (called when the element leaves the page).
#[wasm_bindgen]
pub fn unmount(id: u32) -> bool {
    mount::unmount(id)
}

/// Number of mounted elements (for tests of the lifecycle).
#[wasm_bindgen(js_name = mountedCount)]
pub fn mounted_count() -> usize {
    mount::mounted_count()
}
