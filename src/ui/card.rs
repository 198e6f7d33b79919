//! The occupation card (skeleton).
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct CardProps {
    pub code: AttrValue,
}

#[function_component(NocCard)]
pub fn noc_card(props: &CardProps) -> Html {
    html! { <article class="noc-card"><h2>{ format!("NOC {}", props.code) }</h2></article> }
}
