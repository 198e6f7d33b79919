//! Headless-browser test (wasm-bindgen-test): mounts `<noc-card code="22220">` through the embedding
//! layer, with its data files inserted from the embedded copies, and reads the rendered text.
#![cfg(target_arch = "wasm32")]

use noc_data::Lang;
use noc_ui::host::{ElementConfig, Kind};
use noc_widget_app::embed;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn insert_card_files(code: &str, lang: noc_data::Lang) {
    for name in noc_data::Store::files_for_card(code, lang) {
        let bytes = noc_data::bundled_bytes(name).expect("bundled in test builds");
        embed::data::insert_file(name, bytes).unwrap();
    }
}

#[wasm_bindgen_test]
async fn card_22220_shows_its_official_title_in_english_and_french() {
    insert_card_files("22220", noc_data::Lang::En);
    insert_card_files("22220", noc_data::Lang::Fr);
    let root = root();
    let mut config = ElementConfig::new(Kind::Card, Lang::En);
    config.code = Some("22220".into());
    let id = embed::mount::mount(root.clone(), None, config.clone());
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap_or_default();
    assert!(
        text.contains("Computer network and web technicians"),
        "rendered: {text}"
    );

    config.lang = Lang::Fr;
    assert!(embed::mount::update(id, config));
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap_or_default();
    assert!(
        text.contains("Techniciens/techniciennes de réseau informatique et Web"),
        "rendered: {text}"
    );

    assert!(embed::mount::unmount(id));
    yew::scheduler::flush().await;
    assert_eq!(root.child_element_count(), 0, "unmount clears the element");
}
