//! Two or three unit groups side by side: TEER, main duties, employment requirements and what
//! `ee_rules::occupation_programs` says, to choose between close groups such as 22220 and 22221.
use noc_data::{Card, Store};
use yew::prelude::*;

use crate::card::ProgramsSummary;
use crate::data::{use_data, DataState};
use crate::host::use_page;
use noc_data::Lang;
use noc_text::card as card_text;
use noc_text::search::{self as t, text};

pub const MAX_COMPARED: usize = 3;

#[derive(Properties, PartialEq, Clone)]
pub struct CompareProps {
    pub lang: Lang,
    pub uid: AttrValue,
    /// The codes typed or added so far (up to three; blanks allowed).
    pub codes: Vec<AttrValue>,
    pub on_change: Callback<Vec<AttrValue>>,
}

fn is_code(code: &str) -> bool {
    code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit())
}

#[function_component(CompareView)]
pub fn compare_view(props: &CompareProps) -> Html {
    let lang = props.lang;
    let tx = text(lang);
    let slots: Vec<AttrValue> = (0..MAX_COMPARED)
        .map(|i| props.codes.get(i).cloned().unwrap_or_default())
        .collect();
    let wanted: Vec<String> = slots
        .iter()
        .map(|c| c.trim().to_owned())
        .filter(|c| is_code(c))
        .collect();
    let mut files: Vec<&'static str> = wanted
        .iter()
        .flat_map(|c| Store::files_for_card(c, lang))
        .collect();
    files.sort_unstable();
    files.dedup();
    let data = use_data(files);

    let page = use_page();
    let inputs = slots.iter().enumerate().map(|(i, value)| {
        let id = format!("{}-compare-{i}", props.uid);
        let oninput = {
            let slots = slots.clone();
            let on_change = props.on_change.clone();
            let page = page.clone();
            Callback::from(move |e: InputEvent| {
                let mut next = slots.clone();
                next[i] = AttrValue::from(page.value_of(&e).trim().to_owned());
                on_change.emit(next);
            })
        };
        html! {
            <div class="nw-compare-input">
                <label for={id.clone()}>{ t::compare_column(lang, i) }</label>
                <input id={id} type="text" inputmode="numeric" maxlength="5" autocomplete="off" class="nw-code-input"
                    value={value.clone()} {oninput} />
            </div>
        }
    });

    let status = match &data {
        DataState::Ready(_) if wanted.len() >= 2 => t::compare_count(lang, wanted.len()),
        _ => String::new(),
    };
    let columns: Html = match &data {
        _ if wanted.len() < 2 => html! { <p class="nw-muted">{ tx.compare_empty }</p> },
        DataState::Loading => {
            html! { <p class="nw-loading" role="status">{ card_text::text(lang).loading }</p> }
        }
        DataState::Failed(_) => {
            html! { <p class="nw-error" role="alert">{ card_text::text(lang).load_failed }</p> }
        }
        DataState::Ready(store) => {
            let store = store.borrow();
            html! {
                <div class="nw-compare-grid">
                    { for wanted.iter().map(|code| match store.card(code, lang) {
                        Ok(card) => column(lang, &card),
                        Err(_) => html! {
                            <section class="nw-compare-col"><h3>{ code }</h3><p class="nw-error">{ format!("{code}{}{}", card_text::colon(lang), tx.compare_bad) }</p></section>
                        },
                    }) }
                </div>
            }
        }
    };
    html! {
        <div class="nw-compare">
            <h2>{ tx.compare_heading }</h2>
            <p class="nw-hint">{ tx.compare_hint }</p>
            <div class="nw-compare-inputs">{ for inputs }</div>
            // The status says how many are compared; the columns themselves are not a live region
            // (a screen reader would read all of them out after each keystroke).
            <p class="nw-visually-hidden" role="status">{ status }</p>
            <div class="nw-compare-columns">{ columns }</div>
        </div>
    }
}

fn column(lang: Lang, card: &Card) -> Html {
    let tx = text(lang);
    let programs = ee_rules::occupation_programs(&card.code);
    html! {
        <section class="nw-compare-col" data-code={card.code.clone()}>
            <h3>{ format!("{} {}", card.code, card.title) }</h3>
            <p><span class={classes!("nw-teer-badge", format!("nw-teer-{}", card.teer.level))}>{ card_text::teer_badge(lang, card.teer.level) }</span>
               { " " }{ card_text::teer_meaning(lang, card.teer.level) }</p>
            <h4>{ tx.duties }</h4>
            if !card.main_duties.lead.is_empty() { <p class="nw-muted">{ &card.main_duties.lead }</p> }
            { for card.main_duties.sections.iter().map(|s| html! {
                <>
                    if let Some(h) = &s.heading { <p class="nw-duty-subhead">{ h }</p> }
                    <ul>{ for s.items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
                </>
            }) }
            <h4>{ tx.requirements }</h4>
            <ul>{ for card.employment_requirements.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
            <h4>{ tx.programs }</h4>
            <ProgramsSummary lang={lang} programs={programs} />
        </section>
    }
}
