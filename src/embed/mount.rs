//! Mounting yew apps into the shadow roots the loader prepares, one app per element, kept by id so the
//! loader can re-render (attribute changes) and destroy (element removed) them.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use web_sys::{Element, HtmlElement};
use yew::prelude::*;
use yew::AppHandle;

use super::config::{ElementConfig, Kind};
use super::context::EmbedContext;
use crate::ui;

#[derive(Properties, Clone, PartialEq)]
pub struct HostedProps {
    pub host: Option<HtmlElement>,
    pub config: Rc<ElementConfig>,
}

/// The root of every mounted element: provides [`EmbedContext`] and picks the component for the kind.
#[function_component(Hosted)]
pub fn hosted(props: &HostedProps) -> Html {
    let context = EmbedContext {
        host: props.host.clone(),
        config: props.config.clone(),
    };
    let config = &props.config;
    let body = match config.kind {
        Kind::Card => {
            html! { <ui::card::NocCard code={config.code.clone().unwrap_or_default()} compact={config.compact} /> }
        }
        #[cfg(feature = "full")]
        Kind::Calculator => html! { <ui::calculator::EeCalculator /> },
        #[cfg(feature = "full")]
        Kind::Search => {
            html! { <ui::search::NocSearch limit={config.limit} query={config.query.clone()} /> }
        }
        #[cfg(feature = "full")]
        Kind::Widget => html! { <ui::widget::NocWidget /> },
        // The card-only build: `embed::mount` refuses other kinds before they get here.
        #[cfg(not(feature = "full"))]
        _ => Html::default(),
    };
    html! {
        <ContextProvider<EmbedContext> context={context}>{ body }</ContextProvider<EmbedContext>>
    }
}

struct Mounted {
    app: AppHandle<Hosted>,
    host: Option<HtmlElement>,
}

thread_local! {
    static APPS: RefCell<HashMap<u32, Mounted>> = RefCell::new(HashMap::new());
    static NEXT_ID: RefCell<u32> = const { RefCell::new(1) };
}

/// Renders the element's component into `root`; returns the id the loader uses for later calls.
pub fn mount(root: Element, host: Option<HtmlElement>, config: ElementConfig) -> u32 {
    let props = HostedProps {
        host: host.clone(),
        config: Rc::new(config),
    };
    let app = yew::Renderer::<Hosted>::with_root_and_props(root, props).render();
    let id = NEXT_ID.with(|next| {
        let mut next = next.borrow_mut();
        let id = *next;
        *next += 1;
        id
    });
    APPS.with(|apps| apps.borrow_mut().insert(id, Mounted { app, host }));
    id
}

/// Re-renders element `id` with new attributes; false if there is no such element.
pub fn update(id: u32, config: ElementConfig) -> bool {
    // Taken out of the map while yew works, so a re-entrant call cannot find the map borrowed.
    let Some(mut mounted) = APPS.with(|apps| apps.borrow_mut().remove(&id)) else {
        return false;
    };
    let props = HostedProps {
        host: mounted.host.clone(),
        config: Rc::new(config),
    };
    mounted.app.update(props);
    APPS.with(|apps| apps.borrow_mut().insert(id, mounted));
    true
}

/// Destroys element `id`'s app (its DOM and hooks); false if there is no such element.
pub fn unmount(id: u32) -> bool {
    match APPS.with(|apps| apps.borrow_mut().remove(&id)) {
        Some(mounted) => {
            mounted.app.destroy();
            true
        }
        None => false,
    }
}

/// How many apps are mounted (tests check that removed elements are destroyed).
pub fn mounted_count() -> usize {
    APPS.with(|apps| apps.borrow().len())
}
