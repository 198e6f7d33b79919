//! A code that is not a NOC 2021 unit group: say what is wrong and offer the nearest unit groups
//! (`noc_data` computes them: same prefix, classes inside a broader code, 2016 successors).
use noc_data::CardError;
use yew::prelude::*;

use noc_data::Lang;
use noc_text::card::{self as t, text};

#[derive(Properties, PartialEq, Clone)]
pub struct BadCodeProps {
    pub lang: Lang,
    pub error: CardError,
    pub on_pick: Callback<AttrValue>,
}

#[function_component(BadCode)]
pub fn bad_code(props: &BadCodeProps) -> Html {
    let lang = props.lang;
    let tx = text(lang);
    let suggestions = match &props.error {
        CardError::Malformed { suggestions, .. } | CardError::Unknown { suggestions, .. } => {
            suggestions.clone()
        }
        CardError::MissingChunks { .. } => Vec::new(),
    };
    html! {
        <article class="noc-card noc-card--problem" lang={lang.code()}>
            <h2>{ tx.not_a_code }</h2>
            <p class="nw-error" role="alert">{ t::bad_code(lang, &props.error) }</p>
            if suggestions.is_empty() {
                <p>{ tx.no_suggestion }</p>
            } else {
                <p>{ tx.did_you_mean }</p>
                <ul class="nw-suggestions">
                    { for suggestions.iter().map(|s| {
                        let code = AttrValue::from(s.code.clone());
                        let onclick = {
                            let pick = props.on_pick.clone();
                            let code = code.clone();
                            Callback::from(move |_: MouseEvent| pick.emit(code.clone()))
                        };
                        html! {
                            <li>
                                <button type="button" class="nw-link-button nw-suggestion" data-code={code.clone()} onclick={onclick}>
                                    { format!("{} {}", s.code, s.title) }
                                </button>
                                <span class="nw-muted">{ format!(" ({})", t::suggestion_reason(lang, s.reason)) }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
        </article>
    }
}
