//! The occupation card (`<noc-card code lang compact>`): loads the files the card needs, asks
//! `noc_data::Store::card` for the view model and `ee_rules::occupation_programs` for the
//! immigration panel, and renders them. Following an exclusion link shows the other card in place,
//! with a way back.
mod ai;
mod content;
mod immigration;
mod labour;
mod problem;
mod routes;
mod similar;
mod sources;

use noc_data::{Card, CardError, Store};
use yew::prelude::*;

use crate::data::{use_data, DataState};
use crate::host::{use_emitter, use_host};
use noc_data::Lang;
use noc_text::card::{self as t, text};

pub use immigration::ProgramsSummary;

/// Event sent when the reader asks to check eligibility from a card without a widget around it.
pub const CHECK_ELIGIBILITY_EVENT: &str = "noc-check-eligibility";

#[derive(Properties, PartialEq, Clone)]
pub struct CardProps {
    pub code: AttrValue,
    /// Title, TEER and programs only, with a button that expands the full card.
    #[prop_or_default]
    pub compact: bool,
    /// Language; the element's language when not given.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Called with the shown code on "Check my eligibility" (the widget opens its calculator).
    /// Without it the card fires `noc-check-eligibility` on the host element.
    #[prop_or_default]
    pub on_check: Option<Callback<AttrValue>>,
    /// Called when the reader moves to another occupation inside the card (exclusion, suggestion).
    #[prop_or_default]
    pub on_navigate: Option<Callback<AttrValue>>,
}

/// Codes visited inside the card after the one the host asked for.
#[derive(Clone, PartialEq)]
struct Trail {
    base: AttrValue,
    visited: Vec<AttrValue>,
}

#[function_component(NocCard)]
pub fn noc_card(props: &CardProps) -> Html {
    let embed = use_host();
    let lang = props.lang.unwrap_or_else(|| embed.lang());
    let emitter = use_emitter();
    let trail = use_state(|| Trail {
        base: props.code.clone(),
        visited: Vec::new(),
    });
    let expanded = use_state(|| false);
    let heading = use_node_ref();
    // Moves made inside the card (links, back); after one, focus goes to the new title.
    let moves = use_state(|| 0u32);

    // A new `code` from the host starts a new trail.
    let visited: Vec<AttrValue> = if trail.base == props.code {
        trail.visited.clone()
    } else {
        Vec::new()
    };
    let current: AttrValue = visited
        .last()
        .cloned()
        .unwrap_or_else(|| props.code.clone());
    let data = use_data(Store::files_for_card(&current, lang));

    {
        // After moving inside the card, put the reader on the new title.
        let heading = heading.clone();
        let page = embed.page.clone();
        use_effect_with(
            (current.clone(), *moves, matches!(data, DataState::Ready(_))),
            move |(_, moves, ready)| {
                if *moves > 0 && *ready {
                    page.focus(&heading);
                }
            },
        );
    }

    let go_to = {
        let trail = trail.clone();
        let base = props.code.clone();
        let visited = visited.clone();
        let emitter = emitter.clone();
        let on_navigate = props.on_navigate.clone();
        let moves = moves.clone();
        Callback::from(move |code: AttrValue| {
            moves.set(*moves + 1);
            emitter.select(&code);
            let mut next = visited.clone();
            next.push(code.clone());
            trail.set(Trail {
                base: base.clone(),
                visited: next,
            });
            if let Some(cb) = &on_navigate {
                cb.emit(code);
            }
        })
    };
    let go_back = {
        let trail = trail.clone();
        let base = props.code.clone();
        let visited = visited.clone();
        let moves = moves.clone();
        Callback::from(move |_: MouseEvent| {
            moves.set(*moves + 1);
            let mut next = visited.clone();
            next.pop();
            trail.set(Trail {
                base: base.clone(),
                visited: next,
            });
        })
    };
    let on_check = {
        let code = current.clone();
        let on_check = props.on_check.clone();
        let emitter = emitter.clone();
        Callback::from(move |_: MouseEvent| match &on_check {
            Some(cb) => cb.emit(code.clone()),
            None => emitter.check_eligibility(&code),
        })
    };
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };

    let store = match &data {
        DataState::Loading => return loading(lang),
        DataState::Failed(_) => {
            return html! { <article class="noc-card" lang={lang.code()}><p class="nw-error" role="alert">{ text(lang).load_failed }</p></article> }
        }
        DataState::Ready(store) => store.clone(),
    };
    let store = store.borrow();
    let card = match store.card(&current, lang) {
        Ok(card) => card,
        Err(CardError::MissingChunks { .. }) => return loading(lang),
        Err(error) => {
            return html! { <problem::BadCode lang={lang} error={error} on_pick={go_to} /> }
        }
    };
    let back = visited
        .len()
        .checked_sub(2)
        .map(|i| visited[i].clone())
        .or_else(|| (!visited.is_empty()).then(|| props.code.clone()));
    let back = back.map(|code| {
        let title = store.title(&code, lang).unwrap_or_default();
        html! {
            <button type="button" class="nw-back nw-no-print" onclick={go_back}>
                { format!("← {} {code} {title}", text(lang).back) }
            </button>
        }
    });
    let programs = ee_rules::occupation_programs(&card.code);
    let compact_view = props.compact && !*expanded;
    html! {
        <article class={classes!("noc-card", compact_view.then_some("noc-card--compact"))} lang={lang.code()} aria-labelledby={format!("noc-card-title-{}", card.code)}>
            { back.unwrap_or_default() }
            { header(lang, &card, &heading) }
            if compact_view {
                <ProgramsSummary lang={lang} programs={programs.clone()} />
            } else {
                // What readers come for first, before the long official text; details in the panel below.
                <section class="nw-glance" aria-labelledby={format!("noc-glance-{}", card.code)}>
                    <h3 id={format!("noc-glance-{}", card.code)}>{ text(lang).at_a_glance }</h3>
                    <ProgramsSummary lang={lang} programs={programs.clone()} />
                </section>
                { content::sections(lang, &card, &go_to) }
                { labour::sections(lang, &card) }
                { similar::sections(lang, &card, &go_to) }
                <immigration::ImmigrationPanel lang={lang} programs={programs.clone()} group_titles={immigration::group_titles(&store, &programs, lang)} />
                <routes::RoutesPanel lang={lang} code={card.code.clone()} teer={card.teer.level} routes={std::rc::Rc::new(card.routes.clone())} />
                <ai::AiPanel lang={lang} card={std::rc::Rc::new(card.clone())} />
                { sources::sources(lang, &card) }
            }
            <div class="nw-card-actions nw-no-print">
                <button type="button" class="nw-check" onclick={on_check}>{ text(lang).check_eligibility }</button>
                if props.compact {
                    <button type="button" class="nw-secondary" aria-expanded={(*expanded).to_string()} onclick={toggle}>
                        { if *expanded { text(lang).hide_details } else { text(lang).show_details } }
                    </button>
                }
            </div>
            if compact_view {
                <p class="nw-disclaimer">{ text(lang).disclaimer }</p>
            }
        </article>
    }
}

fn loading(lang: Lang) -> Html {
    html! {
        <article class="noc-card" lang={lang.code()} aria-busy="true">
            <p class="nw-loading" role="status">{ text(lang).loading }</p>
        </article>
    }
}

/// Title, code, TEER with its meaning, and the path through the classification.
fn header(lang: Lang, card: &Card, heading: &NodeRef) -> Html {
    let tx = text(lang);
    let path: Vec<&str> = card.hierarchy.iter().map(|h| h.code.as_str()).collect();
    html! {
        <header class="nw-card-header">
            <p class="nw-card-code">{ format!("{} {}", tx.noc_label, card.code) }</p>
            <h2 id={format!("noc-card-title-{}", card.code)} tabindex="-1" ref={heading.clone()}>{ &card.title }</h2>
            <p class="nw-teer">
                <span class={classes!("nw-teer-badge", format!("nw-teer-{}", card.teer.level))}>{ t::teer_badge(lang, card.teer.level) }</span>
                { " " }
                <span class="nw-teer-meaning">{ t::teer_meaning(lang, card.teer.level) }</span>
            </p>
            <div class="nw-hierarchy">
                <p class="nw-hierarchy-label">{ tx.classification }{ t::colon(lang) }<span class="nw-path">{ path.join(" › ") }</span></p>
                <ol class="nw-hierarchy-levels">
                    { for card.hierarchy.iter().map(|h| html! {
                        <li><span class="nw-path-code">{ &h.code }</span>{ " " }{ &h.title }</li>
                    }) }
                </ol>
            </div>
        </header>
    }
}
