//! Sources with their versions and dates, the data release, the rules' date and the disclaimer.
use noc_data::Card;
use yew::prelude::*;

use noc_data::Lang;
use noc_text::card::{self as t, text};

pub fn sources(lang: Lang, card: &Card) -> Html {
    let tx = text(lang);
    let rules = ee_rules::ruleset::current();
    html! {
        <footer class="nw-section nw-sources">
            <h3>{ tx.sources }</h3>
            <ul>
                { for card.sources.iter().map(|s| html! {
                    <li>
                        { format!("{} — {}. {} ({}). ", s.publisher, s.name, s.version, s.date) }
                        { format!("{}{}{}", tx.licence, t::colon(lang), s.licence) }
                        if !s.url.is_empty() { { " " }<a href={s.url.clone()} rel="noopener noreferrer" target="_blank">{ &s.url }</a> }
                    </li>
                }) }
            </ul>
            <p class="nw-muted">{ t::data_version(lang, &card.data_version) }{ " " }{ t::rules_as_of(lang, rules.rules_as_of()) }</p>
            <p class="nw-disclaimer">{ tx.disclaimer }</p>
        </footer>
    }
}
