//! Headless-browser tests of the embedding layer itself: the data hook, element config, events.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use noc_data::Lang;
use noc_ui::data::{use_data, DataState};
use noc_ui::host::{ElementConfig, Kind, Theme};
use noc_widget_app::embed;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Resolves after the current task (lets spawned futures and rejected fetches settle).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[derive(Properties, PartialEq)]
struct TitleProps {
    code: AttrValue,
    files: Vec<&'static str>,
}

/// [`Title`] under the browser page's context, as `embed::mount` provides it.
#[function_component(TitleOf)]
fn title_of(props: &TitleProps) -> Html {
    let context = use_memo((), |_| {
        embed::context::host_context(None, Rc::new(ElementConfig::new(Kind::Card, Lang::En)))
    });
    html! {
        <ContextProvider<noc_ui::host::HostContext> context={(*context).clone()}>
            <Title code={props.code.clone()} files={props.files.clone()} />
        </ContextProvider<noc_ui::host::HostContext>>
    }
}

/// Shows a class title from the shared store, or the data state.
#[function_component(Title)]
fn title(props: &TitleProps) -> Html {
    match use_data(props.files.clone()) {
        DataState::Loading => html! { "loading" },
        DataState::Failed(message) => html! { <>{ "failed: " }{ message.to_string() }</> },
        DataState::Ready(store) => {
            html! { { store.borrow().title(&props.code, noc_data::Lang::En).unwrap_or_default() } }
        }
    }
}

#[wasm_bindgen_test]
async fn use_data_is_ready_once_the_files_are_in_the_store() {
    let name = "en/directory.bin";
    embed::data::insert_file(name, noc_data::bundled_bytes(name).unwrap()).unwrap();
    let root = root();
    yew::Renderer::<TitleOf>::with_root_and_props(
        root.clone(),
        TitleProps {
            code: "22220".into(),
            files: vec![name],
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(
        root.text_content().unwrap(),
        "Computer network and web technicians"
    );
}

#[wasm_bindgen_test]
async fn use_data_without_a_loader_fails_naming_the_file() {
    let root = root();
    yew::Renderer::<TitleOf>::with_root_and_props(
        root.clone(),
        TitleProps {
            code: "2".into(),
            files: vec!["fr/duties.bin"],
        },
    )
    .render();
    yew::scheduler::flush().await;
    // The fetch fails asynchronously; give the spawned future a turn.
    next_task().await;
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(
        text.starts_with("failed: ") && text.contains("fr/duties.bin"),
        "{text}"
    );
}

#[wasm_bindgen_test]
fn element_config_reads_the_loader_object_and_defaults_bad_values() {
    let object = js_sys::JSON::parse(
        r#"{"kind":"ee-calculator","lang":"fr-CA","theme":"DARK","noc":" 21231 ","compact":true,"limit":"500","code":null}"#,
    )
    .unwrap();
    let config = embed::config::from_js(object).unwrap();
    assert_eq!(config.kind, Kind::Calculator);
    assert_eq!(config.lang, Lang::Fr);
    assert_eq!(config.theme, Theme::Dark);
    assert_eq!(config.noc.as_deref(), Some("21231"));
    assert!(config.compact);
    assert_eq!(
        config.limit, None,
        "limit outside 1..=100 falls back to the default"
    );
    assert_eq!(config.code, None);
    let unknown = embed::config::from_js(js_sys::JSON::parse(r#"{"kind":"noc-map"}"#).unwrap());
    assert!(unknown.unwrap_err().starts_with("kind:"));
}

#[wasm_bindgen_test]
fn events_bubble_out_of_shadow_roots_with_their_detail() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document
        .create_element("noc-card")
        .unwrap()
        .dyn_into()
        .unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let seen: Rc<RefCell<Vec<(String, bool, bool)>>> = Rc::default();
    let sink = seen.clone();
    let listener =
        Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            let code = js_sys::Reflect::get(&event.detail(), &JsValue::from_str("code")).unwrap();
            sink.borrow_mut().push((
                code.as_string().unwrap_or_default(),
                event.bubbles(),
                event.composed(),
            ));
        });
    document
        .add_event_listener_with_callback(
            embed::events::NOC_SELECT,
            listener.as_ref().unchecked_ref(),
        )
        .unwrap();
    #[derive(serde::Serialize)]
    struct Detail {
        code: &'static str,
    }
    embed::events::dispatch(&host, embed::events::NOC_SELECT, &Detail { code: "22220" });
    document
        .remove_event_listener_with_callback(
            embed::events::NOC_SELECT,
            listener.as_ref().unchecked_ref(),
        )
        .unwrap();
    assert_eq!(*seen.borrow(), vec![("22220".to_owned(), true, true)]);
}
