//! Data files the components need, fetched through the loader (or read from the offline file's inlined
//! copies) once per page and decoded into one shared `noc_data::Store`.
//!
//! The UI's `use_data` hook asks for files through the page ([`super::context::BrowserPage`]), which
//! calls [`ensure_files`] here.
use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub use noc_data::Store;

/// Largest data file accepted (the largest real one, fr/titles.bin, is 1.6 MB).
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

use noc_ui::host::SharedStore;

#[derive(Default)]
struct Hub {
    store: Option<SharedStore>,
    /// The loader's `fetchFile(name) -> Promise<Uint8Array>`; it caches one promise per name.
    fetch_file: Option<Function>,
}

thread_local! {
    static HUB: RefCell<Hub> = RefCell::new(Hub::default());
}

/// The page's store (created empty on first use).
pub fn shared_store() -> SharedStore {
    HUB.with(|hub| {
        hub.borrow_mut()
            .store
            .get_or_insert_with(|| Rc::new(RefCell::new(Store::new())))
            .clone()
    })
}

/// Called once by the loader with its file fetcher.
pub(crate) fn set_fetcher(fetch_file: Function) {
    HUB.with(|hub| hub.borrow_mut().fetch_file = Some(fetch_file));
}

fn is_loaded(name: &str) -> bool {
    shared_store().borrow().is_loaded(name)
}

/// Decodes `bytes` as the data file `name` into the shared store (once; later calls are no-ops).
/// Tests use it directly; on a page the bytes come from the loader.
pub fn insert_file(name: &str, bytes: &[u8]) -> Result<(), String> {
    if is_loaded(name) {
        return Ok(());
    }
    shared_store()
        .borrow_mut()
        .insert(name, bytes)
        .map_err(|e| e.to_string())
}

fn start_fetch(name: &str) -> Result<Promise, String> {
    let fetch_file = HUB
        .with(|hub| hub.borrow().fetch_file.clone())
        .ok_or_else(|| format!("{name}: no loader to fetch data files"))?;
    let promise = fetch_file
        .call1(&JsValue::NULL, &JsValue::from_str(name))
        .map_err(|e| format!("{name}: {}", js_message(&e)))?;
    promise
        .dyn_into::<Promise>()
        .map_err(|_| format!("{name}: the loader did not return a Promise"))
}

/// Makes sure every file in `names` is in the shared store, fetching the missing ones in parallel.
pub async fn ensure_files(names: &[&'static str]) -> Result<SharedStore, String> {
    let missing: Vec<&'static str> = names.iter().copied().filter(|n| !is_loaded(n)).collect();
    // Start every fetch before awaiting any, so they run side by side.
    let pending: Vec<(&'static str, Promise)> = missing
        .into_iter()
        .map(|name| start_fetch(name).map(|p| (name, p)))
        .collect::<Result<_, _>>()?;
    for (name, promise) in pending {
        let value = JsFuture::from(promise)
            .await
            .map_err(|e| format!("{name}: {}", js_message(&e)))?;
        let array = value
            .dyn_into::<Uint8Array>()
            .map_err(|_| format!("{name}: the loader did not return bytes"))?;
        // Checked before the copy into wasm memory: a misconfigured server's huge response must be
        // an error, not an out-of-memory trap. (The decoder checks everything inside the file.)
        if array.length() as usize > MAX_FILE_BYTES {
            return Err(format!(
                "{name}: {} bytes, larger than any data file ({MAX_FILE_BYTES})",
                array.length()
            ));
        }
        let bytes = array.to_vec();
        insert_file(name, &bytes)?;
    }
    Ok(shared_store())
}

pub(crate) fn js_message(value: &JsValue) -> String {
    if let Some(err) = value.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    value
        .as_string()
        .unwrap_or_else(|| "unknown error".to_owned())
}
