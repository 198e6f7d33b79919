//! The root of every element, in the browser and in the pre-renderer: provides the [`HostContext`]
//! and picks the component for the element's kind.
use yew::prelude::*;

use super::host::{HostContext, Kind};

#[derive(Properties, Clone, PartialEq)]
pub struct ElementProps {
    pub context: HostContext,
}

#[function_component(Element)]
pub fn element(props: &ElementProps) -> Html {
    let config = &props.context.config;
    let body = match config.kind {
        Kind::Card => {
            html! { <super::card::NocCard code={config.code.clone().unwrap_or_default()} compact={config.compact} /> }
        }
        #[cfg(feature = "full")]
        Kind::Calculator => html! { <super::calculator::EeCalculator /> },
        #[cfg(feature = "full")]
        Kind::Search => {
            html! { <super::search::NocSearch limit={config.limit} query={config.query.clone()} /> }
        }
        #[cfg(feature = "full")]
        Kind::Widget => html! { <super::widget::NocWidget /> },
        // The card-only build: `embed::mount` refuses other kinds before they get here.
        #[cfg(not(feature = "full"))]
        _ => Html::default(),
    };
    html! {
        <ContextProvider<HostContext> context={props.context.clone()}>{ body }</ContextProvider<HostContext>>
    }
}

/// The data files the element's first paint shows: loaded before the WebAssembly takes over a
/// pre-rendered element, so its first render is the same as the pre-render.
pub fn first_paint_files(config: &super::host::ElementConfig) -> Vec<&'static str> {
    match (config.kind, &config.code) {
        (Kind::Card, Some(code)) => {
            noc_data::Store::files_for_card(code, super::data::data_lang(config.lang))
        }
        _ => Vec::new(),
    }
}
