//! Data files the components need, through the host's [`Page`](super::host::Page).
//!
//! Components call [`use_data`] with the file names the data crate says they need
//! (`Store::files_for_card(code, lang)`, `Store::files_for_search(lang)`); the hook returns
//! [`DataState::Ready`] with the shared store once every file is in it (at once when the host has them
//! already, as the pre-renderer and a page after its first card do).
use std::rc::Rc;

use yew::prelude::*;

use super::host::{use_page, SharedStore};

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

/// Loads `files` (once per page) and re-renders the calling component when they are in the store.
/// An empty list is `Ready` at once.
#[hook]
pub fn use_data(files: Vec<&'static str>) -> DataState {
    let page = use_page();
    let all_in = {
        let page = page.clone();
        move |files: &[&'static str]| {
            let store = page.store();
            let all = files.iter().all(|f| store.borrow().is_loaded(f));
            all.then_some(store)
        }
    };
    let initial = match all_in(&files) {
        Some(store) => DataState::Ready(store),
        None => DataState::Loading,
    };
    let state = use_state(|| initial);
    {
        let state = state.clone();
        use_effect_with(files, move |files| {
            // A later file list supersedes this one: ignore its result once the effect is cleaned up.
            let live = Rc::new(std::cell::Cell::new(true));
            if let Some(store) = all_in(files) {
                if !matches!(*state, DataState::Ready(_)) {
                    state.set(DataState::Ready(store));
                }
            } else {
                state.set(DataState::Loading);
                let loading = page.load(files.clone());
                let live = live.clone();
                yew::platform::spawn_local(async move {
                    let result = loading.await;
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
