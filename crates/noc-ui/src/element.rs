//! The root of every element, in the browser and in the pre-renderer: provides the [`HostContext`]
//! and picks the component for the element's kind.
use yew::prelude::*;

use super::host::{HostContext, Kind};

#[derive(Properties, Clone, PartialEq)]
pub struct ElementProps {
    pub context: HostContext,
    /// Called once, after the element's first render (or hydration of its first paint) has been
    /// committed to the DOM: yew runs a root's first effect after every child's first render.
    /// The loader restores what the reader did on the paint only then.
    #[prop_or_default]
    pub on_rendered: Callback<()>,
}

#[function_component(Element)]
pub fn element(props: &ElementProps) -> Html {
    let on_rendered = props.on_rendered.clone();
    use_effect_with((), move |_| on_rendered.emit(()));
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
        (Kind::Card, Some(code)) => noc_data::Store::files_for_card(code, config.lang),
        // The calculator's rounds panel (also inside the widget) renders from the rounds file.
        #[cfg(feature = "full")]
        (Kind::Calculator | Kind::Widget, _) => noc_data::Store::files_for_rounds(),
        _ => Vec::new(),
    }
}
