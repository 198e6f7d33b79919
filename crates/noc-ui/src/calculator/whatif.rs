//! The advisor's suggestions, best first, each with the points it adds and a button that applies
//! the change to the form.
use std::rc::Rc;

use ee_rules::{Profile, Suggestion};
use yew::prelude::*;

use noc_data::Lang;
use noc_text::calculator::{self as t, tr};

/// Enough to choose from without a wall of text.
const SHOWN: usize = 8;

#[derive(Properties, PartialEq, Clone)]
pub struct WhatIfProps {
    pub lang: Lang,
    pub suggestions: Rc<Vec<Suggestion>>,
    pub on_apply: Callback<Profile>,
}

#[function_component(WhatIf)]
pub fn what_if(p: &WhatIfProps) -> Html {
    let s = tr(p.lang);
    html! {
        <section class="ee-whatif" aria-labelledby="ee-whatif-h">
            <h3 id="ee-whatif-h">{ s.whatif_heading }</h3>
            if p.suggestions.is_empty() {
                <p>{ s.whatif_none }</p>
            } else {
                <ol class="ee-suggestions">
                    { for p.suggestions.iter().take(SHOWN).enumerate().map(|(i, sug)| {
                        let text = t::suggestion(p.lang, &sug.detail);
                        let onclick = {
                            let cb = p.on_apply.clone();
                            let profile = sug.profile.clone();
                            Callback::from(move |_| cb.emit(profile.clone()))
                        };
                        let id = format!("ee-sug-{i}");
                        html! {
                            <li class="ee-suggestion" data-key={sug.key.key()} data-field={sug.field.clone()}>
                                <span id={id.clone()} class="ee-sug-text">{ text }</span>
                                <strong class="ee-sug-points">{ t::plus_points(p.lang, sug.points, sug.new_total) }</strong>
                                <button type="button" class="ee-apply" {onclick} aria-describedby={id}>{ s.apply }</button>
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}
