//! `<noc-widget>`: search, card and calculator together. Choosing an occupation fills the card;
//! "Check my eligibility" on the card hands its code to the calculator and moves focus there.
use yew::prelude::*;

use crate::calculator::EeCalculator;
use crate::card::NocCard;
use crate::host::use_host;
use crate::search::NocSearch;
use noc_text::search::widget as text;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct WidgetProps {
    /// Occupation shown first (the element's `code`); the element's attribute when not given.
    #[prop_or_default]
    pub code: Option<AttrValue>,
}

#[function_component(NocWidget)]
pub fn noc_widget(props: &WidgetProps) -> Html {
    let embed = use_host();
    let page = embed.page.clone();
    let lang = embed.lang();
    let tx = text(lang);
    let initial = props.code.clone().or_else(|| embed.config.code.clone());
    let selected = use_state(|| initial.clone());
    // The occupation handed to the calculator; it fills its field and keeps the reader's other entries.
    let calc_noc = use_state(|| initial.clone());
    let calc_ref = use_node_ref();
    // A page script that changes the element's `code` attribute opens that occupation.
    {
        let selected = selected.clone();
        let calc_noc = calc_noc.clone();
        use_effect_with(initial.clone(), move |code| {
            if code.is_some() && *selected != *code {
                selected.set(code.clone());
                calc_noc.set(code.clone());
            }
        });
    }

    let on_select = {
        let selected = selected.clone();
        Callback::from(move |code: AttrValue| selected.set(Some(code)))
    };
    let on_check = {
        let calc_noc = calc_noc.clone();
        let calc_ref = calc_ref.clone();
        Callback::from(move |code: AttrValue| {
            calc_noc.set(Some(code));
            page.focus(&calc_ref);
        })
    };
    html! {
        <div class="noc-widget" lang={lang.code()} role="group" aria-label={tx.label}>
            <div class="nw-widget-search">
                <NocSearch lang={lang} show_card={false} on_select={on_select} query={embed.config.query.clone()} />
            </div>
            <div class="nw-widget-card">
                if let Some(code) = &*selected {
                    <NocCard code={code.clone()} lang={lang} on_check={on_check} compact={embed.config.compact} />
                } else {
                    <p class="nw-muted">{ tx.pick_first }</p>
                }
            </div>
            <section class="nw-widget-calculator" ref={calc_ref} tabindex="-1" aria-label={tx.calculator}>
                <EeCalculator lang={lang} noc={(*calc_noc).clone()} />
            </section>
        </div>
    }
}
