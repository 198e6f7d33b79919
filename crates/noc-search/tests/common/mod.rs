//! The real NOC 2021 data, from `noc-data` (the same lists the widget and `noc search` use),
//! converted into the search crate's input types.
#![allow(dead_code)]

use std::collections::HashMap;

use noc_data::{Store, TitleKind};
use noc_search::{Doc, DocKind, Successor};

pub use noc_data::Lang;

pub fn store() -> &'static Store {
    static STORE: std::sync::OnceLock<Store> = std::sync::OnceLock::new();
    STORE.get_or_init(Store::bundled)
}

/// Unit-group titles and every example/inclusion title of one language.
pub fn docs(lang: Lang) -> Vec<Doc> {
    store()
        .titles(lang)
        .into_iter()
        .map(|t| Doc {
            code: t.code,
            title: t.title,
            kind: match t.kind {
                TitleKind::UnitGroup => DocKind::UnitGroup,
                TitleKind::Illustrative => DocKind::Illustrative,
                TitleKind::Inclusion => DocKind::Inclusion,
                TitleKind::Example => DocKind::Example,
            },
        })
        .collect()
}

/// Both languages.
pub fn all_docs() -> Vec<Doc> {
    let mut d = docs(Lang::En);
    d.extend(docs(Lang::Fr));
    d
}

pub fn successors() -> Vec<Successor> {
    store()
        .concordance()
        .into_iter()
        .map(|r| Successor {
            code2016: r.code2016,
            title2016: r.title2016,
            change: r.change,
            code2021: r.code2021,
        })
        .collect()
}

/// (code, duty) pairs of one language.
pub fn duties(lang: Lang) -> Vec<(String, String)> {
    store().duties(lang)
}

/// Unit-group titles by code, for readable failure messages.
pub fn unit_titles(lang: Lang) -> HashMap<String, String> {
    store()
        .unit_groups(lang)
        .into_iter()
        .map(|u| (u.code, u.title))
        .collect()
}

/// The title index of one language exactly as `noc search`, `NocWidget.search` and `<noc-search>`
/// build it (`Store::search_index`: titles, concordance, the fitted ranker).
pub fn shipped_index(lang: Lang) -> noc_search::Index {
    store().search_index(lang)
}
