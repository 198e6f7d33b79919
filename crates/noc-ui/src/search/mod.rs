//! `<noc-search lang>`: find a unit group by title or code (combobox), by what one does (duties),
//! and compare two or three side by side. Choosing an occupation fires `noc-select {code}` and, in
//! a stand-alone search, shows its card below.
mod combobox;
mod compare;
mod duties;
pub mod indexes;
mod routes;

use yew::prelude::*;

use crate::card::NocCard;
use crate::host::{use_emitter, use_host};
use noc_data::Lang;
use noc_text::search::text;

pub use combobox::TitleCombobox;
pub use compare::{CompareView, MAX_COMPARED};
pub use duties::DutyFinder;

/// A prefix for element ids that no other search in the element uses (numbered per element, so the
/// pre-rendered ids and the browser's agree).
#[hook]
pub fn use_uid(prefix: &'static str) -> AttrValue {
    let ids = use_host().ids;
    let uid = use_state(|| {
        let id = ids.get();
        ids.set(id + 1);
        AttrValue::from(format!("{prefix}{id}"))
    });
    (*uid).clone()
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Title,
    Duties,
    Compare,
}

#[derive(Properties, PartialEq, Clone)]
pub struct SearchProps {
    /// Language; the element's language when not given.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Results listed (1–100; default 8).
    #[prop_or_default]
    pub limit: Option<u32>,
    /// Text searched on first render.
    #[prop_or_default]
    pub query: Option<AttrValue>,
    /// Show the chosen occupation's card below the search (a stand-alone `<noc-search>`).
    #[prop_or(true)]
    pub show_card: bool,
    /// Called with the chosen code (the widget fills its card).
    #[prop_or_default]
    pub on_select: Option<Callback<AttrValue>>,
    /// Passed to the card shown below ("Check my eligibility").
    #[prop_or_default]
    pub on_check: Option<Callback<AttrValue>>,
}

#[function_component(NocSearch)]
pub fn noc_search(props: &SearchProps) -> Html {
    let embed = use_host();
    let lang = props.lang.unwrap_or_else(|| embed.lang());
    let tx = text(lang);
    let emitter = use_emitter();
    let uid = use_uid("nw-search-");
    let mode = use_state(|| Mode::Title);
    let chosen = use_state(|| None::<AttrValue>);
    let compared = use_state(Vec::<AttrValue>::new);
    let only = use_state(|| None::<std::rc::Rc<std::collections::BTreeSet<String>>>);

    let select = {
        let chosen = chosen.clone();
        let emitter = emitter.clone();
        let on_select = props.on_select.clone();
        Callback::from(move |code: AttrValue| {
            emitter.select(&code);
            chosen.set(Some(code.clone()));
            if let Some(cb) = &on_select {
                cb.emit(code);
            }
        })
    };
    let add_compare = {
        let compared = compared.clone();
        Callback::from(move |code: AttrValue| {
            let mut next: Vec<AttrValue> =
                compared.iter().filter(|c| !c.is_empty()).cloned().collect();
            if let Some(pos) = next.iter().position(|c| *c == code) {
                next.remove(pos);
            } else if next.len() < MAX_COMPARED {
                next.push(code);
            }
            compared.set(next);
        })
    };
    let set_compared = {
        let compared = compared.clone();
        Callback::from(move |codes: Vec<AttrValue>| compared.set(codes))
    };
    let mode_button = |m: Mode, label: &'static str| {
        let mode_state = mode.clone();
        let onclick = Callback::from(move |_: MouseEvent| mode_state.set(m));
        html! {
            <button type="button" class={classes!("nw-mode", (*mode == m).then_some("nw-mode--on"))}
                aria-pressed={(*mode == m).to_string()} {onclick}>{ label }</button>
        }
    };
    let limit = props.limit.map(|l| l.clamp(1, 100) as usize).unwrap_or(8);
    let body = match *mode {
        Mode::Title => html! {
            <>
                <TitleCombobox lang={lang} uid={uid.clone()} limit={limit} initial={props.query.clone()} on_choose={select.clone()} only={(*only).clone()} />
                <routes::RouteFilter lang={lang} uid={uid.clone()} on_filter={{ let only = only.clone(); Callback::from(move |codes| only.set(codes)) }} on_choose={select.clone()} />
            </>
        },
        Mode::Duties => html! {
            <DutyFinder lang={lang} uid={uid.clone()} compared={(*compared).clone()} on_show={select.clone()} on_compare={add_compare} />
        },
        Mode::Compare => html! {
            <CompareView lang={lang} uid={uid.clone()} codes={(*compared).clone()} on_change={set_compared} />
        },
    };
    html! {
        <div class="noc-search" lang={lang.code()}>
            <div class="nw-modes nw-no-print" role="group" aria-label={tx.modes_label}>
                { mode_button(Mode::Title, tx.mode_title) }
                { mode_button(Mode::Duties, tx.mode_duties) }
                { mode_button(Mode::Compare, tx.mode_compare) }
            </div>
            { body }
            if *mode == Mode::Duties && compared.len() >= 2 {
                <p class="nw-compare-ready">
                    <button type="button" class="nw-secondary" onclick={{
                        let mode = mode.clone();
                        Callback::from(move |_: MouseEvent| mode.set(Mode::Compare))
                    }}>{ noc_text::search::compare_now(lang, compared.len()) }</button>
                </p>
            }
            if props.show_card && *mode != Mode::Compare {
                if let Some(code) = &*chosen {
                    <div class="nw-search-card">
                        <NocCard code={code.clone()} lang={lang} on_check={props.on_check.clone()} />
                    </div>
                }
            }
        </div>
    }
}
