//! Search by job title or code, following the WAI-ARIA combobox pattern (editable combobox with a
//! listbox popup): the input keeps focus, `aria-activedescendant` names the highlighted option,
//! ArrowDown/ArrowUp move, Home/End jump while an option is highlighted, Enter chooses, Escape
//! closes (and clears on a second press). Result counts are announced in a polite live region.
use std::rc::Rc;

use noc_data::Store;
use noc_search::{DocKind, Hit, HitKind, Index};
use yew::prelude::*;

use super::indexes::title_index;
use crate::data::{use_data, DataState};
use crate::host::use_page;
use noc_data::Lang;
use noc_text::search::{self as t, text};

#[derive(Properties, PartialEq, Clone)]
pub struct ComboProps {
    pub lang: Lang,
    /// Prefix of element ids, unique in the shadow root.
    pub uid: AttrValue,
    pub limit: usize,
    #[prop_or_default]
    pub initial: Option<AttrValue>,
    pub on_choose: Callback<AttrValue>,
    /// Only these unit groups (the search by route: the codes a chosen program names).
    #[prop_or_default]
    pub only: Option<Rc<std::collections::BTreeSet<String>>>,
}

/// An index compared by identity (a memo's dependency: the page keeps one per language).
#[derive(Clone)]
struct SameIndex(Rc<Index>);

impl PartialEq for SameIndex {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// One option as shown: what matched and the unit group it leads to, its text made once per
/// search (a render that reuses the search formats nothing).
#[derive(PartialEq)]
struct Row {
    code: AttrValue,
    matched: AttrValue,
    /// " title · TEER n": the group's title and level after its code, one text node.
    group: AttrValue,
    how: AttrValue,
    /// "code title": what the field shows once the option is chosen.
    label: String,
}

fn how(lang: Lang, kind: &HitKind) -> AttrValue {
    let tx = text(lang);
    match kind {
        HitKind::Code2021 => tx.kind_code.into(),
        HitKind::Code2016 { code2016, change } => t::from_2016(lang, code2016, change).into(),
        HitKind::Title(DocKind::UnitGroup) => tx.kind_unit_group.into(),
        HitKind::Title(DocKind::Illustrative) => tx.kind_illustrative.into(),
        HitKind::Title(DocKind::Inclusion) => tx.kind_inclusion.into(),
        HitKind::Title(DocKind::Example) => tx.kind_example.into(),
    }
}

fn rows(store: &Store, lang: Lang, hits: Vec<Hit>) -> Vec<Rc<Row>> {
    hits.into_iter()
        .map(|h| {
            let title = store.title(&h.code, lang).unwrap_or_default();
            let teer = h
                .code
                .as_bytes()
                .get(1)
                .map(|b| b.saturating_sub(b'0'))
                .unwrap_or(0);
            Rc::new(Row {
                how: how(lang, &h.kind),
                matched: h.matched.into(),
                group: format!(" {title} · {}", t::teer(lang, teer)).into(),
                label: format!("{} {title}", h.code),
                code: h.code.into(),
            })
        })
        .collect()
}

#[derive(Properties, PartialEq)]
struct OptionProps {
    /// The combobox's id prefix and the option's position (its id: `{uid}-opt-{index}`).
    uid: AttrValue,
    index: usize,
    row: Rc<Row>,
    selected: bool,
    /// Called with the row on a press (the same callback every render).
    on_pick: Callback<Rc<Row>>,
}

/// One option of the listbox. A component of its own so that a keystroke which leaves the row at
/// this position as it was (about half of them while typing a word) neither renders nor diffs it:
/// its props compare equal and yew skips it.
#[function_component(SearchOption)]
fn search_option(props: &OptionProps) -> Html {
    let r = &props.row;
    let onmousedown = {
        let on_pick = props.on_pick.clone();
        let row = r.clone();
        Callback::from(move |e: MouseEvent| {
            // Keep focus in the input (no blur) and choose.
            e.prevent_default();
            on_pick.emit(row.clone());
        })
    };
    html! {
        <li id={option_id(&props.uid, props.index)} role="option" aria-selected={if props.selected { "true" } else { "false" }}
            class={if props.selected { "nw-option nw-option--active" } else { "nw-option" }}
            data-code={r.code.clone()} {onmousedown}>
            <span class="nw-option-match">{ r.matched.clone() }</span>
            <span class="nw-option-group"><span class="nw-option-code">{ r.code.clone() }</span>{ r.group.clone() }</span>
            <span class="nw-option-how">{ r.how.clone() }</span>
        </li>
    }
}

fn option_id(uid: &str, i: usize) -> AttrValue {
    format!("{uid}-opt-{i}").into()
}

/// What title search needs: the search files without the duties (only the duty finder uses those).
fn title_files(lang: Lang) -> Vec<&'static str> {
    Store::files_for_title_search(lang)
}

fn other_lang(lang: Lang) -> Lang {
    match lang {
        Lang::En => Lang::Fr,
        Lang::Fr => Lang::En,
    }
}

/// The other language's titles only (its directory is not needed: results are shown with the
/// page language's titles).
fn other_title_files(lang: Lang) -> Vec<&'static str> {
    title_files(lang)
        .into_iter()
        .filter(|f| f.contains("titles"))
        .collect()
}

#[function_component(TitleCombobox)]
pub fn title_combobox(props: &ComboProps) -> Html {
    let lang = props.lang;
    let tx = text(lang);
    // The titles (the largest file) load when the reader first reaches the field, not with the page.
    let wanted = use_state(|| props.initial.is_some());
    // The file lists, made once (not on every keystroke).
    let files = use_memo(lang, |lang| title_files(*lang));
    let other = other_lang(lang);
    let other_files = use_memo(other, |other| other_title_files(*other));
    let data = use_data(if *wanted {
        (*files).clone()
    } else {
        Vec::new()
    });
    // Ready only once every title file is in (the hook is briefly stale when the list changes).
    let data = match data {
        DataState::Ready(store) if *wanted && store.borrow().missing(&files).is_empty() => {
            DataState::Ready(store)
        }
        DataState::Failed(e) => DataState::Failed(e),
        _ => DataState::Loading,
    };
    let query = use_state(|| {
        props
            .initial
            .as_ref()
            .map(|q| q.to_string())
            .unwrap_or_default()
    });
    let open = use_state(|| props.initial.is_some());
    let active = use_state(|| None::<usize>);
    let chosen = use_state(|| None::<String>);

    let store = match &data {
        DataState::Ready(store) => Some(store.clone()),
        _ => None,
    };
    let index: Option<Rc<Index>> = store.as_ref().map(|s| title_index(&s.borrow(), lang));
    let q = (*query).clone();
    // Cross-language: when the page language's titles answer the query weakly ("truck driver" on
    // a French page), the other language's titles are fetched (once, only then) and searched too;
    // the unit groups found are shown with page-language titles.
    let want_other = use_state(|| false);
    let _ = use_data(if *want_other {
        (*other_files).clone()
    } else {
        Vec::new()
    });
    let other_index: Option<Rc<Index>> = store.as_ref().and_then(|s| {
        let s = s.borrow();
        (*want_other && s.missing(&other_files).is_empty()).then(|| title_index(&s, other))
    });
    // One search per keystroke (issue 22: as you type, p95 under 2 ms): the hits and whether to
    // ask the other language come from the same search, and a render that changes neither the
    // query nor the indexes (focus, arrow keys, the other titles' loading state) reuses them.
    let found = {
        let store = store.clone();
        use_memo(
            (
                q.clone(),
                index.clone().map(SameIndex),
                other_index.clone().map(SameIndex),
                props.limit,
                props.only.clone(),
            ),
            move |(q, index, other_index, limit, only)| match (&store, index) {
                (Some(store), Some(SameIndex(index))) if !q.trim().is_empty() => {
                    let other = other_index.as_ref().map(|o| &*o.0);
                    let (hits, needs_other) = match only {
                        // Search deeper, then keep the program's occupations.
                        Some(only) => {
                            let (hits, needs) = noc_search::search_as_typed(index, other, q, 100);
                            let hits = hits
                                .into_iter()
                                .filter(|h| only.contains(&h.code))
                                .take(*limit)
                                .collect();
                            (hits, needs)
                        }
                        None => noc_search::search_as_typed(index, other, q, *limit),
                    };
                    let store = store.borrow();
                    let (results, suggestions) = if hits.is_empty() {
                        (Vec::new(), rows(&store, lang, index.did_you_mean(q)))
                    } else {
                        (rows(&store, lang, hits), Vec::new())
                    };
                    (results, suggestions, needs_other)
                }
                _ => (Vec::new(), Vec::new(), false),
            },
        )
    };
    let (results, suggestions, needs_other) = (&found.0, &found.1, found.2);
    {
        let want_other = want_other.clone();
        use_effect_with(needs_other, move |needs| {
            if *needs && !*want_other {
                want_other.set(true);
            }
        });
    }
    let expanded = *open && !results.is_empty();
    let listbox_id = format!("{}-listbox", props.uid);
    let active_index = (*active).filter(|i| *i < results.len());

    // The same callback every render (unless the parent's changes), so the options' props compare
    // equal when their rows do.
    let choose = {
        let open = open.clone();
        let active = active.clone();
        let chosen = chosen.clone();
        use_callback(props.on_choose.clone(), move |row: Rc<Row>, on_choose| {
            open.set(false);
            active.set(None);
            chosen.set(Some(row.label.clone()));
            on_choose.emit(AttrValue::from(row.code.clone()));
        })
    };

    let oninput = {
        let query = query.clone();
        let open = open.clone();
        let active = active.clone();
        let wanted = wanted.clone();
        let page = use_page();
        Callback::from(move |e: InputEvent| {
            if !*wanted {
                wanted.set(true);
            }
            query.set(page.value_of(&e));
            open.set(true);
            active.set(None);
        })
    };
    let onkeydown = {
        let open = open.clone();
        let active = active.clone();
        let query = query.clone();
        let found = found.clone();
        let choose = choose.clone();
        Callback::from(move |e: KeyboardEvent| {
            let results = &found.0;
            let n = results.len();
            match e.key().as_str() {
                "ArrowDown" => {
                    e.prevent_default();
                    if !*open {
                        open.set(true);
                    }
                    if n > 0 {
                        active.set(Some(match active_index {
                            Some(i) if i + 1 < n => i + 1,
                            Some(_) => 0,
                            None => 0,
                        }));
                    }
                }
                "ArrowUp" => {
                    e.prevent_default();
                    if !*open {
                        open.set(true);
                    }
                    if n > 0 {
                        active.set(Some(match active_index {
                            Some(0) | None => n - 1,
                            Some(i) => i - 1,
                        }));
                    }
                }
                "Home" if *open && active_index.is_some() && n > 0 => {
                    e.prevent_default();
                    active.set(Some(0));
                }
                "End" if *open && active_index.is_some() && n > 0 => {
                    e.prevent_default();
                    active.set(Some(n - 1));
                }
                "Enter" => {
                    if let (true, Some(i)) = (*open, active_index) {
                        e.prevent_default();
                        choose.emit(results[i].clone());
                    }
                }
                "Escape" => {
                    if *open && n > 0 {
                        e.prevent_default();
                        open.set(false);
                        active.set(None);
                    } else if !query.is_empty() {
                        e.prevent_default();
                        query.set(String::new());
                    }
                }
                "Tab" => {
                    open.set(false);
                    active.set(None);
                }
                _ => {}
            }
        })
    };
    let onblur = {
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |_: FocusEvent| {
            open.set(false);
            active.set(None);
        })
    };
    let onfocus = {
        let open = open.clone();
        let wanted = wanted.clone();
        Callback::from(move |_: FocusEvent| {
            open.set(true);
            if !*wanted {
                wanted.set(true);
            }
        })
    };

    let status = match &data {
        DataState::Loading if !*wanted => String::new(),
        DataState::Loading => tx.loading.to_owned(),
        DataState::Failed(_) => tx.load_failed.to_owned(),
        DataState::Ready(_) if q.trim().is_empty() => String::new(),
        DataState::Ready(_) => t::results_count(lang, results.len()),
    };
    let input_id = format!("{}-input", props.uid);
    let hint_id = format!("{}-hint", props.uid);
    html! {
        <div class="nw-combobox">
            <label for={input_id.clone()} class="nw-label">{ tx.label }</label>
            <p id={hint_id.clone()} class="nw-hint">{ tx.hint }</p>
            <div class="nw-combobox-field">
                <input
                    id={input_id}
                    type="search"
                    role="combobox"
                    autocomplete="off"
                    spellcheck="false"
                    aria-autocomplete="list"
                    aria-expanded={expanded.to_string()}
                    aria-controls={listbox_id.clone()}
                    aria-describedby={hint_id}
                    aria-activedescendant={active_index.filter(|_| expanded).map(|i| option_id(&props.uid, i))}
                    placeholder={tx.placeholder}
                    value={q.clone()}
                    {oninput}
                    {onkeydown}
                    {onblur}
                    {onfocus}
                />
                <ul id={listbox_id} role="listbox" aria-label={tx.results_label} class="nw-listbox" hidden={!expanded}>
                    { for results.iter().enumerate().map(|(i, r)| html! {
                        <SearchOption uid={props.uid.clone()} index={i} row={r.clone()} selected={active_index == Some(i)} on_pick={choose.clone()} />
                    }) }
                </ul>
            </div>
            <div role="status" aria-live="polite" class="nw-visually-hidden nw-search-status">{ status }</div>
            if *wanted && matches!(data, DataState::Loading) {
                <p class="nw-muted" aria-hidden="true">{ tx.loading }</p>
            }
            if !q.trim().is_empty() && results.is_empty() && matches!(data, DataState::Ready(_)) {
                <div class="nw-no-results">
                    <p>{ tx.no_results }</p>
                    if !suggestions.is_empty() {
                        <p>{ tx.did_you_mean }</p>
                        <ul class="nw-suggestions">
                            { for suggestions.iter().map(|r| {
                                let onclick = {
                                    let choose = choose.clone();
                                    let row = r.clone();
                                    Callback::from(move |_: MouseEvent| choose.emit(row.clone()))
                                };
                                html! {
                                    <li><button type="button" class="nw-link-button nw-suggestion" data-code={r.code.clone()} {onclick}>
                                        { format!("{} ({})", r.matched, r.label) }
                                    </button></li>
                                }
                            }) }
                        </ul>
                    }
                </div>
            }
            if let Some(label) = &*chosen {
                <p class="nw-chosen nw-muted">{ tx.selected }{ " " }{ label }</p>
            }
        </div>
    }
}
