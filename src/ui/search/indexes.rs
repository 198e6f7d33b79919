//! The search indexes of a page, built once per language from the shared store and kept for every
//! search element (building the title index takes a few milliseconds; searching, well under one).
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use noc_data::{Lang, Store, TitleKind};
use noc_search::{Doc, DocKind, DutyIndex, Index, Successor};

thread_local! {
    static TITLES: RefCell<HashMap<Lang, Rc<Index>>> = RefCell::new(HashMap::new());
    static DUTIES: RefCell<HashMap<Lang, Rc<DutyIndex>>> = RefCell::new(HashMap::new());
}

fn doc_kind(kind: TitleKind) -> DocKind {
    match kind {
        TitleKind::UnitGroup => DocKind::UnitGroup,
        TitleKind::Illustrative => DocKind::Illustrative,
        TitleKind::Example => DocKind::Example,
        TitleKind::Inclusion => DocKind::Inclusion,
    }
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
            .or_insert_with(|| {
                let docs = store
                    .titles(lang)
                    .into_iter()
                    .map(|t| Doc { code: t.code, title: t.title, kind: doc_kind(t.kind) })
                    .collect();
                let successors = store
                    .concordance()
                    .into_iter()
                    .map(|r| Successor { code2016: r.code2016, title2016: r.title2016, change: r.change, code2021: r.code2021 })
                    .collect();
                Rc::new(Index::build(docs, successors))
            })
            .clone()
    })
}

/// Main duties of `lang` (not kept until the duties are loaded).
pub fn duty_index(store: &Store, lang: Lang) -> Rc<DutyIndex> {
    if !store.is_loaded(&format!("{}/duties.bin", lang.code())) {
        return Rc::new(DutyIndex::build(Vec::new()));
    }
    DUTIES.with(|cache| {
        cache.borrow_mut().entry(lang).or_insert_with(|| Rc::new(DutyIndex::build(store.duties(lang)))).clone()
    })
}
