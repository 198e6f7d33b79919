//! "Find my occupation by what I do": the reader describes their tasks; unit groups whose main duties
//! match best are listed with the matching words highlighted, each with a way to open its card or
//! add it to the comparison.
use noc_data::Store;
use noc_search::{DutyHit, DutyMatch};
use yew::prelude::*;

use super::indexes::duty_index;
use crate::data::{use_data, DataState};
use crate::host::use_page;
use noc_data::Lang;
use noc_text::search::{self as t, text};

/// Groups listed, and matched duties shown per group.
const GROUPS: usize = 8;
const DUTIES_SHOWN: usize = 3;

#[derive(Properties, PartialEq, Clone)]
pub struct DutyProps {
    pub lang: Lang,
    pub uid: AttrValue,
    /// Codes in the comparison (to mark the buttons).
    pub compared: Vec<AttrValue>,
    pub on_show: Callback<AttrValue>,
    pub on_compare: Callback<AttrValue>,
}

/// The duty text with its matched words in `<mark>`; ranges that are not on character boundaries
/// are skipped rather than cutting a letter.
fn highlighted(m: &DutyMatch) -> Html {
    let text = &m.text;
    let mut spans: Vec<(usize, usize)> = m
        .spans
        .iter()
        .copied()
        .filter(|(s, e)| {
            s < e && *e <= text.len() && text.is_char_boundary(*s) && text.is_char_boundary(*e)
        })
        .collect();
    spans.sort_unstable();
    let mut out: Vec<Html> = Vec::new();
    let mut at = 0;
    for (s, e) in spans {
        if s < at {
            continue;
        }
        out.push(html! { { &text[at..s] } });
        out.push(html! { <mark>{ &text[s..e] }</mark> });
        at = e;
    }
    out.push(html! { { &text[at..] } });
    out.into_iter().collect::<Html>()
}

#[function_component(DutyFinder)]
pub fn duty_finder(props: &DutyProps) -> Html {
    let lang = props.lang;
    let tx = text(lang);
    // Titles are not needed here: the directory gives each group's title.
    let files = Store::files_for_duty_search(lang);
    let data = use_data(files);
    let draft = use_state(String::new);
    let query = use_state(String::new);

    let page = use_page();
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            draft.set(page.value_of(&e));
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let query = query.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            query.set((*draft).clone());
        })
    };

    // Picking an official duty adds it to the reader's list and searches again with it.
    let pick = {
        let draft = draft.clone();
        let query = query.clone();
        Callback::from(move |duty: String| {
            let mut next = (*draft).trim_end().to_owned();
            if !next.lines().any(|l| l.trim() == duty) {
                if !next.is_empty() {
                    next.push('\n');
                }
                next.push_str(&duty);
            }
            draft.set(next.clone());
            query.set(next);
        })
    };
    let found: Option<Vec<(DutyHit, String)>> = match &data {
        DataState::Ready(store) if !query.trim().is_empty() => {
            let store = store.borrow();
            let index = duty_index(&store, lang);
            Some(
                index
                    .search(&query, GROUPS)
                    .into_iter()
                    .map(|h| {
                        let title = store.title(&h.code, lang).unwrap_or_default();
                        (h, title)
                    })
                    .collect(),
            )
        }
        _ => None,
    };
    let area_id = format!("{}-duties", props.uid);
    let hint_id = format!("{}-duties-hint", props.uid);
    let status = match (&data, &found) {
        (DataState::Loading, _) => text(lang).loading.to_owned(),
        (DataState::Failed(_), _) => text(lang).load_failed.to_owned(),
        (_, Some(list)) if list.is_empty() => tx.duties_none.to_owned(),
        (_, Some(list)) => t::duty_count(lang, list.len()),
        _ => String::new(),
    };
    html! {
        <div class="nw-duty-finder">
            <h2>{ tx.duties_heading }</h2>
            <p>{ tx.duties_why }</p>
            <form class="nw-duty-form" {onsubmit}>
                <label for={area_id.clone()} class="nw-label">{ tx.duties_label }</label>
                <p id={hint_id.clone()} class="nw-hint">{ tx.duties_hint }</p>
                <textarea id={area_id} rows="4" aria-describedby={hint_id} value={(*draft).clone()} {oninput} />
                <button type="submit">{ tx.duties_submit }</button>
            </form>
            <div role="status" aria-live="polite" class="nw-duty-status">{ status }</div>
            if let Some(list) = found.filter(|l| !l.is_empty()) {
                <h3>{ tx.duties_results }</h3>
                <ol class="nw-duty-results">
                    { for list.iter().map(|(hit, title)| duty_result(lang, hit, title, props, &pick)) }
                </ol>
            }
        </div>
    }
}

fn duty_result(
    lang: Lang,
    hit: &DutyHit,
    title: &str,
    props: &DutyProps,
    pick: &Callback<String>,
) -> Html {
    let tx = text(lang);
    let code = AttrValue::from(hit.code.clone());
    let teer = hit
        .code
        .as_bytes()
        .get(1)
        .map(|b| b.saturating_sub(b'0'))
        .unwrap_or(0);
    let in_compare = props.compared.contains(&code);
    let show = {
        let cb = props.on_show.clone();
        let code = code.clone();
        Callback::from(move |_: MouseEvent| cb.emit(code.clone()))
    };
    let compare = {
        let cb = props.on_compare.clone();
        let code = code.clone();
        Callback::from(move |_: MouseEvent| cb.emit(code.clone()))
    };
    html! {
        <li class="nw-duty-result" data-code={code.clone()}>
            <p class="nw-duty-group-title">
                <strong>{ format!("{} {}", hit.code, title) }</strong>{ " · " }{ t::teer(lang, teer) }
            </p>
            <ul class="nw-duty-matches">
                { for hit.matched.iter().take(DUTIES_SHOWN).map(|m| {
                    let onclick = {
                        let pick = pick.clone();
                        let duty = m.text.clone();
                        Callback::from(move |_: MouseEvent| pick.emit(duty.clone()))
                    };
                    html! {
                        <li>
                            { highlighted(m) }{ " " }
                            <button type="button" class="nw-link-button nw-pick-duty" {onclick}
                                aria-label={format!("{}{}{}", tx.pick_duty, noc_text::card::colon(lang), m.text)}>{ tx.pick_duty }</button>
                        </li>
                    }
                }) }
            </ul>
            <div class="nw-duty-actions">
                <button type="button" class="nw-secondary" onclick={show}
                    aria-label={format!("{} {} {}", tx.show_card, hit.code, title)}>{ tx.show_card }</button>
                <button type="button" class="nw-secondary" onclick={compare} aria-pressed={in_compare.to_string()}
                    aria-label={format!("{} {} {}", tx.add_compare, hit.code, title)}>
                    { if in_compare { tx.in_compare } else { tx.add_compare } }
                </button>
            </div>
        </li>
    }
}
