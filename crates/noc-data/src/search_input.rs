//! The search engine's inputs, made from the store in one place so the widget and `noc search` index
//! exactly the same documents.
use noc_search::{Doc, DocKind, Index, Model, Successor};

use crate::{Lang, Store, TitleKind};

fn doc_kind(kind: TitleKind) -> DocKind {
    match kind {
        TitleKind::UnitGroup => DocKind::UnitGroup,
        TitleKind::Illustrative => DocKind::Illustrative,
        TitleKind::Example => DocKind::Example,
        TitleKind::Inclusion => DocKind::Inclusion,
    }
}

impl Store {
    /// Every title of `lang` (unit-group titles, examples, inclusions) as search documents; empty until
    /// the language's titles file is loaded.
    pub fn search_docs(&self, lang: Lang) -> Vec<Doc> {
        self.titles(lang)
            .into_iter()
            .map(|t| Doc {
                code: t.code,
                title: t.title,
                kind: doc_kind(t.kind),
            })
            .collect()
    }

    /// The NOC 2016 → 2021 concordance as the search engine's successors.
    pub fn search_successors(&self) -> Vec<Successor> {
        self.concordance()
            .into_iter()
            .map(|r| Successor {
                code2016: r.code2016,
                title2016: r.title2016,
                change: r.change,
                code2021: r.code2021,
            })
            .collect()
    }

    /// The title index of `lang` exactly as every caller uses it (`noc search`, `NocWidget.search`,
    /// `<noc-search>`): the language's titles, the concordance and the language's fitted ranker.
    /// Empty until the language's titles are loaded.
    pub fn search_index(&self, lang: Lang) -> Index {
        let index = Index::build(self.search_docs(lang), self.search_successors());
        let ranker = self.titles[lang.index()]
            .as_ref()
            .map_or(&[][..], |t| t.ranker.as_slice());
        match Model::from_bytes(ranker) {
            Ok(model) if !ranker.is_empty() => index.with_model(model),
            // A build without a model, or a damaged one: the word matcher alone still ranks.
            _ => index,
        }
    }
}
