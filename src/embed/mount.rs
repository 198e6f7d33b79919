//! Mounting yew apps into the shadow roots the loader prepares, one app per element, kept by id so the
//! loader can re-render (attribute changes) and destroy (element removed) them.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use web_sys::HtmlElement;
use yew::{AppHandle, Callback};

use super::context::host_context;
use noc_ui::element::{Element, ElementProps};
use noc_ui::host::ElementConfig;
use noc_ui::host::HostContext;

struct Mounted {
    app: AppHandle<Element>,
    context: HostContext,
    on_rendered: Callback<()>,
}

thread_local! {
    static APPS: RefCell<HashMap<u32, Mounted>> = RefCell::new(HashMap::new());
    static NEXT_ID: RefCell<u32> = const { RefCell::new(1) };
}

/// Renders the element's component into `root`; returns the id the loader uses for later calls.
pub fn mount(root: web_sys::Element, host: Option<HtmlElement>, config: ElementConfig) -> u32 {
    let on_rendered = Callback::noop();
    let (renderer, context) = renderer(root, host, config, &on_rendered);
    keep(renderer.render(), context, on_rendered)
}

/// Takes over the pre-rendered first paint in `root` (yew hydration): same DOM nodes, listeners added.
/// The element's first-paint files must be in the store already (see `super::hydrate`).
/// `on_rendered` is called once the hydration is committed (every component of the paint took its nodes).
#[cfg(feature = "hydration")]
pub fn hydrate(
    root: web_sys::Element,
    host: Option<HtmlElement>,
    config: ElementConfig,
    on_rendered: Callback<()>,
) -> u32 {
    let (renderer, context) = renderer(root, host, config, &on_rendered);
    keep(renderer.hydrate(), context, on_rendered)
}

/// The element's component in `root` (not yet rendered), and the context it provides.
fn renderer(
    root: web_sys::Element,
    host: Option<HtmlElement>,
    config: ElementConfig,
    on_rendered: &Callback<()>,
) -> (yew::Renderer<Element>, HostContext) {
    let context = host_context(host, Rc::new(config));
    let props = ElementProps {
        context: context.clone(),
        on_rendered: on_rendered.clone(),
    };
    let renderer = yew::Renderer::<Element>::with_root_and_props(root, props);
    (renderer, context)
}

fn keep(app: AppHandle<Element>, context: HostContext, on_rendered: Callback<()>) -> u32 {
    let id = NEXT_ID.with(|next| {
        let mut next = next.borrow_mut();
        let id = *next;
        *next += 1;
        id
    });
    APPS.with(|apps| {
        apps.borrow_mut().insert(
            id,
            Mounted {
                app,
                context,
                on_rendered,
            },
        )
    });
    id
}

/// Re-renders element `id` with new attributes; false if there is no such element.
pub fn update(id: u32, config: ElementConfig) -> bool {
    // Taken out of the map while yew works, so a re-entrant call cannot find the map borrowed.
    let Some(mut mounted) = APPS.with(|apps| apps.borrow_mut().remove(&id)) else {
        return false;
    };
    // Same page and id sequence, new attributes.
    mounted.context = HostContext {
        config: Rc::new(config),
        ..mounted.context.clone()
    };
    mounted.app.update(ElementProps {
        context: mounted.context.clone(),
        on_rendered: mounted.on_rendered.clone(),
    });
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
