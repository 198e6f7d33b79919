//! The NOC text of a card: definition, example titles, duties as grouped in the source,
//! requirements, additional information, inclusions and exclusions (linked to their cards).
use noc_data::{Card, CardExclusion};
use yew::prelude::*;

use noc_data::Lang;
use noc_text::card::{self as t, text};

/// A list section, left out when the source has no items for it.
fn list_section(class: &'static str, heading: &str, items: &[String]) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <section class={classes!("nw-section", class)}>
            <h3>{ heading }</h3>
            <ul>{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
        </section>
    }
}

pub fn sections(lang: Lang, card: &Card, go_to: &Callback<AttrValue>) -> Html {
    let tx = text(lang);
    html! {
        <>
            <section class="nw-section nw-definition">
                <h3>{ tx.definition }</h3>
                <p>{ &card.definition }</p>
            </section>
            { examples(lang, card) }
            { duties(lang, card) }
            { list_section("nw-requirements", tx.requirements, &card.employment_requirements) }
            { list_section("nw-additional", tx.additional, &card.additional_information) }
            { list_section("nw-inclusions", tx.inclusions, &card.inclusions) }
            { exclusions(lang, &card.exclusions, go_to) }
        </>
    }
}

/// Illustrative titles first; every title behind a disclosure.
fn examples(lang: Lang, card: &Card) -> Html {
    let tx = text(lang);
    html! {
        <section class="nw-section nw-examples">
            <h3>{ tx.illustrative }</h3>
            if !card.illustrative_examples.is_empty() {
                <ul class="nw-illustrative">{ for card.illustrative_examples.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
            }
            if !card.all_examples.is_empty() {
                <details class="nw-all-examples">
                    <summary>{ t::all_examples(lang, card.all_examples.len()) }</summary>
                    <ul>{ for card.all_examples.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
                </details>
            }
        </section>
    }
}

fn duties(lang: Lang, card: &Card) -> Html {
    let d = &card.main_duties;
    html! {
        <section class="nw-section nw-duties">
            <h3>{ text(lang).duties }</h3>
            if !d.lead.is_empty() {
                <p>{ &d.lead }</p>
            }
            { for d.sections.iter().map(|s| html! {
                <div class="nw-duty-group">
                    if let Some(h) = &s.heading {
                        <h4>{ h }</h4>
                    }
                    <ul>{ for s.items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
                </div>
            }) }
        </section>
    }
}

/// Each exclusion names another class; a unit group's opens its card in place.
fn exclusions(lang: Lang, items: &[CardExclusion], go_to: &Callback<AttrValue>) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    let tx = text(lang);
    html! {
        <section class="nw-section nw-exclusions">
            <h3>{ tx.exclusions }</h3>
            <p>{ tx.exclusions_note }</p>
            <ul>
                { for items.iter().map(|e| exclusion(lang, e, go_to)) }
            </ul>
        </section>
    }
}

fn exclusion(lang: Lang, e: &CardExclusion, go_to: &Callback<AttrValue>) -> Html {
    let target = e
        .code
        .as_deref()
        .filter(|c| c.len() == 5 && e.target_title.is_some());
    match target {
        Some(code) => {
            let code = AttrValue::from(code.to_owned());
            let title = e.target_title.clone().unwrap_or_default();
            let onclick = {
                let go_to = go_to.clone();
                let code = code.clone();
                Callback::from(move |_: MouseEvent| go_to.emit(code.clone()))
            };
            html! {
                <li>
                    { &e.title }{ " " }
                    <button type="button" class="nw-link-button nw-exclusion-link" data-code={code.clone()}
                        aria-label={format!("{} {code} {title}", text(lang).open_card)} onclick={onclick}>
                        { format!("({code})") }
                    </button>
                </li>
            }
        }
        // A minor group or an unparsed reference: the source line as written.
        None => html! { <li>{ &e.text }</li> },
    }
}
