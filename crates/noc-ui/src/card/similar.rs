//! "Skills profile" and "Similar skills" (issue 25): the occupation's own OaSIS ratings as a chart
//! with a table, then up to 6 occupations with the closest ratings, each opening its card in place
//! (like exclusions), with what it asks more, what is shared, its wage, outlook and what it would
//! change for Express Entry. The view model is `Card::similar` / `Card::skills_profile`.
use noc_data::similar::{DescriptorGap, SimilarOccupation};
use noc_data::Card;
use yew::prelude::*;

use crate::charts::skills::skills_chart;
use noc_data::Lang;
use noc_text::card::{self as t};
use noc_text::similar::{self as s, text};

pub fn sections(lang: Lang, card: &Card, go_to: &Callback<AttrValue>) -> Html {
    html! {
        <>
            { profile(lang, card) }
            { similar(lang, card, go_to) }
        </>
    }
}

fn profile(lang: Lang, card: &Card) -> Html {
    let p = &card.skills_profile;
    if p.top_skills.is_empty() && p.work_context.is_empty() {
        return Html::default();
    }
    let id = format!("noc-skills-{}", card.code);
    html! {
        <section class="nw-section nw-skills" aria-labelledby={id.clone()}>
            <h3 id={id}>{ text(lang).profile_heading }</h3>
            { skills_chart(lang, p, &format!("nw-{}", card.code)) }
        </section>
    }
}

fn similar(lang: Lang, card: &Card, go_to: &Callback<AttrValue>) -> Html {
    let tx = text(lang);
    let id = format!("noc-similar-{}", card.code);
    let here = card
        .wages
        .national
        .as_ref()
        .and_then(|w| w.median.map(|m| s::wage(lang, m, w.unit)));
    html! {
        <section class="nw-section nw-similar" aria-labelledby={id.clone()}>
            <h3 id={id}>{ tx.heading }</h3>
            <p>{ tx.intro }</p>
            if card.similar.is_empty() {
                <p>{ tx.none }</p>
            } else {
                <ul class="nw-similar-list">
                    { for card.similar.iter().map(|o| item(lang, o, here.clone(), go_to)) }
                </ul>
            }
            <p class="nw-similar-method">{ tx.method }</p>
        </section>
    }
}

fn names(list: &[DescriptorGap]) -> String {
    list.iter()
        .map(|g| g.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn item(
    lang: Lang,
    o: &SimilarOccupation,
    here: Option<String>,
    go_to: &Callback<AttrValue>,
) -> Html {
    let tx = text(lang);
    let colon = t::colon(lang);
    let code = AttrValue::from(o.code.clone());
    let onclick = {
        let go_to = go_to.clone();
        let code = code.clone();
        Callback::from(move |_: MouseEvent| go_to.emit(code.clone()))
    };
    let there = o
        .median_wage
        .as_ref()
        .map(|w| s::wage(lang, w.amount, w.unit));
    html! {
        <li class="nw-similar-item">
            <h4 class="nw-similar-title">
                <button type="button" class="nw-link-button nw-similar-link" data-code={code.clone()} onclick={onclick}>
                    { format!("{} ({})", o.title, o.code) }
                </button>
            </h4>
            <p class="nw-similar-meta">
                <span class={classes!("nw-teer-badge", format!("nw-teer-{}", o.teer))}>{ t::teer_badge(lang, o.teer) }</span>
                { " " }
                <span class={classes!("nw-similar-band", format!("nw-similar-band--{}", band_class(o)))}>{ s::band(lang, o.band) }</span>
            </p>
            <ul class="nw-similar-facts">
                <li>{ s::wage_line(lang, there, here) }</li>
                <li>{ s::outlook_line(lang, &o.outlook.label) }</li>
                <li>
                    <strong>{ tx.to_build }</strong>{ colon }
                    { if o.to_build.is_empty() { tx.nothing_to_build.to_owned() } else { names(&o.to_build) } }
                </li>
                if !o.shared.is_empty() {
                    <li><strong>{ tx.shared }</strong>{ colon }{ names(&o.shared) }</li>
                }
                <li><strong>{ tx.immigration }</strong>{ colon }{ s::immigration_line(lang, &o.immigration) }</li>
            </ul>
        </li>
    }
}

fn band_class(o: &SimilarOccupation) -> &'static str {
    match o.band {
        noc_data::model::SimilarityBand::VeryClose => "very-close",
        noc_data::model::SimilarityBand::Close => "close",
    }
}
