//! The AI-era panel: the share of the occupation's tasks exposed to language models (human raters'
//! beta, with GPT-4's rating beside it), its rank among scored unit groups, a few neighbours from the
//! same minor group, what the figure is not, and its sources. No score: "no estimate" and why.
use std::rc::Rc;

use noc_data::Card;
use yew::prelude::*;

use noc_data::Lang;
use noc_text::card::{self as t, text};

#[derive(Properties, PartialEq, Clone)]
pub struct AiProps {
    pub lang: Lang,
    pub card: Rc<Card>,
}

/// Width class of a bar in 5 % steps (the stylesheet defines `nw-w0` … `nw-w20`), so the page's CSP
/// never sees an inline style.
fn width_class(share: f64) -> String {
    let step = (share.clamp(0.0, 1.0) * 20.0).round() as u8;
    format!("nw-w{step}")
}

/// A bar with its figure as text; the bar itself is decoration.
fn bar(lang: Lang, who: &str, share: f64, class: &'static str) -> Html {
    let figure = t::percent(lang, share);
    html! {
        <div class={classes!("nw-ai-row", class)}>
            <span class="nw-ai-label">{ who }</span>
            <span class="nw-bar" aria-hidden="true"><span class={classes!("nw-bar-fill", width_class(share))}></span></span>
            <span class="nw-ai-figure">{ figure }</span>
        </div>
    }
}

#[function_component(AiPanel)]
pub fn ai_panel(props: &AiProps) -> Html {
    let lang = props.lang;
    let tx = text(lang);
    let card = &props.card;
    let sources: Vec<&noc_data::SourceInfo> = card
        .sources
        .iter()
        .filter(|s| s.key.starts_with("ai_exposure"))
        .collect();
    let body = match &card.ai_exposure {
        Some(a) => {
            let headline = t::ai_headline(lang, &t::percent(lang, a.human_beta));
            html! {
                <>
                    <p class="nw-ai-headline"><strong>{ headline }</strong></p>
                    <div class="nw-ai-bars" role="group" aria-label={tx.ai_heading}>
                        <p class="nw-visually-hidden">
                            { t::ai_bar_label(lang, tx.ai_human, &t::percent(lang, a.human_beta)) }{ ". " }
                            { t::ai_bar_label(lang, tx.ai_gpt4, &t::percent(lang, a.gpt4_beta)) }{ "." }
                        </p>
                        <div aria-hidden="true">
                            { bar(lang, tx.ai_human, a.human_beta, "nw-ai-human") }
                            { bar(lang, tx.ai_gpt4, a.gpt4_beta, "nw-ai-gpt4") }
                        </div>
                    </div>
                    <p class="nw-ai-rank">{ t::ai_rank(lang, a.rank, a.scored_groups, a.percentile) }</p>
                    if a.partial {
                        <p class="nw-muted">{ t::ai_partial(lang, a.onet_scored.len(), a.onet_mapped) }</p>
                    }
                    if !a.comparisons.is_empty() {
                        <h4>{ tx.ai_compare }</h4>
                        if let Some(g) = &a.comparison_group {
                            <p class="nw-muted">{ format!("{} {}", g.code, g.title) }</p>
                        }
                        <ul class="nw-ai-compare">
                            <li class="nw-ai-self">
                                { format!("{} {}", card.code, card.title) }{ t::colon(lang) }<strong>{ t::percent(lang, a.human_beta) }</strong>
                            </li>
                            { for a.comparisons.iter().take(3).map(|c| html! {
                                <li>{ format!("{} {}", c.code, c.title) }{ t::colon(lang) }<strong>{ t::percent(lang, c.human_beta) }</strong></li>
                            }) }
                        </ul>
                    }
                </>
            }
        }
        None => html! {
            <p class="nw-ai-none"><strong>{ tx.ai_none }</strong>{ t::colon(lang) }{ t::ai_missing_reason(lang, card.ai_exposure_missing) }</p>
        },
    };
    html! {
        <section class="nw-section nw-ai" aria-labelledby="nw-ai-title">
            <h3 id="nw-ai-title">{ tx.ai_heading }</h3>
            { body }
            <h4>{ tx.ai_is_not }</h4>
            <ul class="nw-ai-caveats">{ for tx.ai_points.iter().map(|p| html! { <li>{ *p }</li> }) }</ul>
            <details class="nw-ai-sources">
                <summary>{ tx.ai_sources }</summary>
                <p>{ t::ai_citation(lang) }</p>
                <ul>
                    { for sources.iter().map(|s| html! {
                        <li>
                            { format!("{} — {} ({}, {}). ", s.publisher, s.name, s.version, s.date) }
                            { format!("{}{}{}", tx.licence, t::colon(lang), s.licence) }
                            if !s.url.is_empty() { { " " }<a href={s.url.clone()} rel="noopener noreferrer" target="_blank">{ &s.url }</a> }
                        </li>
                    }) }
                </ul>
            </details>
        </section>
    }
}
