//! The search indexes of a page, built once per language from the shared store and kept for every
//! search element (building the title index takes a few milliseconds; searching, well under one).
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use noc_data::{Lang, Store};
use noc_search::{DutyIndex, Index};

thread_local! {
    static TITLES: RefCell<HashMap<Lang, Rc<Index>>> = RefCell::new(HashMap::new());
    static DUTIES: RefCell<HashMap<Lang, Rc<DutyIndex>>> = RefCell::new(HashMap::new());
}

/// Titles and codes of `lang` (needs the language's titles and the concordance). Kept once built
/// from loaded titles; before they are loaded the (empty) index is not kept.
pub fn title_index(store: &Store, lang: Lang) -> Rc<Index> {
    let titles_file = format!("{}/titles.bin", lang.code());
    if !store.is_loaded(&titles_file) || !store.is_loaded("concordance.bin") {
        return Rc::new(Index::build(Vec::new(), Vec::new()));
    }
    TITLES.with(|cache| {
        cache
            .borrow_mut()
            .entry(lang)
            .or_insert_with(|| Rc::new(store.search_index(lang)))
            .clone()
    })
}

/// Main duties of `lang` (not kept until the duties are loaded).
pub fn duty_index(store: &Store, lang: Lang) -> Rc<DutyIndex> {
    if !store.is_loaded(&format!("{}/duties.bin", lang.code())) {
        return Rc::new(DutyIndex::build(Vec::new()));
    }
    DUTIES.with(|cache| {
        cache
            .borrow_mut()
            .entry(lang)
            .or_insert_with(|| Rc::new(DutyIndex::build(store.duties(lang))))
            .clone()
    })
}
