//! Data files the components need, fetched through the loader (or read from the offline file's inlined
//! copies) once per page and decoded into one shared `noc_data::Store`.
//!
//! Components call [`use_data`] with the file names the data crate says they need
//! (`Store::files_for_card(code, lang)`, `Store::files_for_search(lang)`); the hook returns
//! [`DataState::Ready`] with the shared store once every file is in it.
use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

pub use noc_data::Store;

/// Largest data file accepted (the largest real one is a few hundred kilobytes).
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// The store shared by every element of the page.
pub type SharedStore = Rc<RefCell<Store>>;

/// What [`use_data`] returns.
#[derive(Clone)]
pub enum DataState {
    Loading,
    Ready(SharedStore),
    /// A file could not be fetched or decoded; the message names the file (not shown raw to readers).
    Failed(Rc<str>),
}

impl PartialEq for DataState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (DataState::Loading, DataState::Loading) => true,
            (DataState::Ready(a), DataState::Ready(b)) => Rc::ptr_eq(a, b),
            (DataState::Failed(a), DataState::Failed(b)) => a == b,
            _ => false,
        }
    }
}

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

/// Loads `files` (once per page) and re-renders the calling component when they are in the store.
/// An empty list is `Ready` at once.
#[hook]
pub fn use_data(files: Vec<&'static str>) -> DataState {
    let initial = if files.iter().all(|f| is_loaded(f)) {
        DataState::Ready(shared_store())
    } else {
        DataState::Loading
    };
    let state = use_state(|| initial);
    {
        let state = state.clone();
        use_effect_with(files, move |files| {
            // A later file list supersedes this one: ignore its result once the effect is cleaned up.
            let live = Rc::new(std::cell::Cell::new(true));
            if files.iter().all(|f| is_loaded(f)) {
                if !matches!(*state, DataState::Ready(_)) {
                    state.set(DataState::Ready(shared_store()));
                }
            } else {
                state.set(DataState::Loading);
                let files = files.clone();
                let live = live.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let result = ensure_files(&files).await;
                    if live.get() {
                        state.set(match result {
                            Ok(store) => DataState::Ready(store),
                            Err(message) => DataState::Failed(message.into()),
                        });
                    }
                });
            }
            move || live.set(false)
        });
    }
    (*state).clone()
}

/// The data crate's language for the widget's language.
pub fn data_lang(lang: crate::i18n::common::Lang) -> noc_data::Lang {
    match lang {
        crate::i18n::common::Lang::En => noc_data::Lang::En,
        crate::i18n::common::Lang::Fr => noc_data::Lang::Fr,
    }
}
