//! Search by route: a select of the programs whose lists name occupations (e.g. "BC — BC PNP …:
//! Care: health care priority list"); choosing one limits the title search's results to the
//! occupations it names and lists them below, each a button that shows its card. The programs
//! (`routes.bin`, 4.4 KB brotli) load when the reader first reaches the select (focus, pointer or
//! key: the loader replays a focus made on the pre-rendered paint as an event), so the takeover of
//! the paint (only "Any program") changes nothing and a search that never uses it fetches nothing.
use std::collections::BTreeSet;
use std::rc::Rc;

use noc_data::routes_model::{DecidesBy, RouteStatus};
use noc_data::Store;
use yew::prelude::*;

use crate::data::{use_data, DataState};
use crate::host::use_page;
use noc_data::Lang;
use noc_text::routes as t;

#[derive(Properties, PartialEq, Clone)]
pub struct RouteFilterProps {
    pub lang: Lang,
    pub uid: AttrValue,
    /// The codes of the chosen program's list, or `None` for any program.
    pub on_filter: Callback<Option<Rc<BTreeSet<String>>>>,
    /// A listed occupation chosen (shows its card, fires `noc-select`).
    pub on_choose: Callback<AttrValue>,
}

fn files(lang: Lang) -> Vec<&'static str> {
    let mut f = Store::files_for_routes();
    f.push(Store::files_for_duty_search(lang)[0]); // the directory, for titles
    f
}

#[function_component(RouteFilter)]
pub fn route_filter(props: &RouteFilterProps) -> Html {
    let lang = props.lang;
    let tx = t::search_text(lang);
    let page = use_page();
    let wanted = use_state(|| false);
    let picked = use_state(|| None::<String>);
    let data = use_data(if *wanted { files(lang) } else { Vec::new() });
    let store = match &data {
        DataState::Ready(s) if *wanted && s.borrow().missing(&files(lang)).is_empty() => {
            Some(s.clone())
        }
        _ => None,
    };
    let want = {
        let wanted = wanted.clone();
        Callback::from(move |_: ()| {
            if !*wanted {
                wanted.set(true);
            }
        })
    };
    let onfocus = want.reform(|_: FocusEvent| ());
    let onpointerdown = want.reform(|_: PointerEvent| ());
    let onkeydown = want.reform(|_: KeyboardEvent| ());
    // Programs with a list of named occupations that is not closed, in `data/routes` order.
    let programs: Vec<(String, String, Vec<String>)> = store
        .as_ref()
        .map(|s| {
            s.borrow()
                .route_programs()
                .iter()
                .filter(|p| {
                    p.info.decides_by == DecidesBy::Named && p.info.status != RouteStatus::Closed
                })
                .map(|p| {
                    (
                        p.info.id.clone(),
                        t::option_label(lang, &p.info),
                        p.codes.clone(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let onchange = {
        let picked = picked.clone();
        let on_filter = props.on_filter.clone();
        let programs = programs.clone();
        Callback::from(move |e: Event| {
            let id = page.value_of(&e);
            let codes = programs
                .iter()
                .find(|(pid, _, _)| *pid == id)
                .map(|(_, _, codes)| Rc::new(codes.iter().cloned().collect::<BTreeSet<String>>()));
            picked.set(codes.as_ref().map(|_| id));
            on_filter.emit(codes);
        })
    };
    let select_id = format!("{}-route", props.uid);
    let chosen = (*picked)
        .as_ref()
        .and_then(|id| programs.iter().find(|(pid, _, _)| pid == id));
    html! {
        <div class="nw-route-filter">
            <label for={select_id.clone()} class="nw-label">{ tx.label }</label>
            { " " }
            <select id={select_id} class="nw-route-select" {onchange} {onfocus} {onpointerdown} {onkeydown}>
                <option value="" selected={picked.is_none()}>{ tx.any }</option>
                { for programs.iter().map(|(id, label, _)| html! {
                    <option value={id.clone()} selected={picked.as_deref() == Some(id.as_str())}>{ label }</option>
                }) }
            </select>
            if let (Some((_, label, codes)), Some(store)) = (chosen, &store) {
                <details class="nw-route-codes">
                    <summary>{ t::search_list_summary(lang, codes.len(), label) }</summary>
                    <ul>
                        { for codes.iter().map(|code| {
                            let title = store.borrow().title(code, lang).unwrap_or_default();
                            let onclick = {
                                let choose = props.on_choose.clone();
                                let code = AttrValue::from(code.clone());
                                Callback::from(move |_: MouseEvent| choose.emit(code.clone()))
                            };
                            html! {
                                <li><button type="button" class="nw-link-button" data-code={code.clone()} {onclick}>
                                    { format!("{code} {title}") }
                                </button></li>
                            }
                        }) }
                    </ul>
                </details>
            }
        </div>
    }
}
