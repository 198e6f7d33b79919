//! Headless-browser tests of `<ee-calculator>` (wasm-bindgen-test): mounted through the embedding
//! layer, a field is changed the way a reader types, and the total shown follows the rules engine.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use noc_data::Lang;
use noc_ui::calculator::form::{evaluate, Field, Form};
use noc_ui::host::{ElementConfig, Kind};
use noc_widget_app::embed;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

fn total(root: &Element) -> u16 {
    let node = root
        .query_selector(".ee-total")
        .unwrap()
        .unwrap_or_else(|| panic!("no total in {}", root.inner_html()));
    node.text_content().unwrap().trim().parse().unwrap()
}

/// Types `value` into the input with id `id` and fires `input`, as a keyboard would.
fn type_into(root: &Element, id: &str, value: &str) {
    let input: HtmlInputElement = root
        .query_selector(&format!("#{id}"))
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(value);
    // A bubbling `input` event, as typing fires (built in JS: no extra web-sys feature needed).
    let fire = js_sys::Function::new_with_args(
        "el",
        "el.dispatchEvent(new Event('input', { bubbles: true }))",
    );
    fire.call1(&wasm_bindgen::JsValue::NULL, &input).unwrap();
}

fn expected_total(changes: &[(Field, &str)]) -> u16 {
    let mut form = Form::default();
    for (k, v) in changes {
        form.set(*k, v);
    }
    let profile = evaluate(&form, &form).profile.expect("valid profile");
    ee_rules::assess(&profile).crs.total
}

#[wasm_bindgen_test]
async fn changing_age_changes_the_total_to_the_engines_value_and_fires_ee_change() {
    let root = root();
    let host: HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let seen: Rc<RefCell<Vec<f64>>> = Rc::new(RefCell::new(Vec::new()));
    let listener = {
        let seen = seen.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            let total = js_sys::Reflect::get(
                &js_sys::Reflect::get(&e.detail(), &"crs".into()).unwrap(),
                &"total".into(),
            )
            .unwrap();
            seen.borrow_mut().push(total.as_f64().unwrap());
        })
    };
    host.add_event_listener_with_callback("ee-change", listener.as_ref().unchecked_ref())
        .unwrap();

    let id = embed::mount::mount(
        root.clone(),
        Some(host.clone()),
        ElementConfig::new(Kind::Calculator, Lang::En),
    );
    yew::scheduler::flush().await;
    let before = total(&root);
    assert_eq!(before, expected_total(&[]));

    type_into(&root, "ee-age", "40");
    yew::scheduler::flush().await;
    let after = total(&root);
    assert_eq!(after, expected_total(&[(Field::Age, "40")]));
    assert!(
        after < before,
        "age 40 scores less than 29: {after} vs {before}"
    );
    assert_eq!(
        seen.borrow().last().copied(),
        Some(after as f64),
        "ee-change carries the new total"
    );

    // A bad value is reported next to its field, the total stays the last valid one.
    type_into(&root, "ee-first_language-writing", "6.3");
    yew::scheduler::flush().await;
    let input = root
        .query_selector("#ee-first_language-writing")
        .unwrap()
        .unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error = root
        .query_selector("#ee-first_language-writing-error")
        .unwrap()
        .expect("error next to the field");
    assert!(error.text_content().unwrap().contains("half bands"));
    assert!(input
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("ee-first_language-writing-error"));
    assert_eq!(total(&root), after);

    assert!(embed::mount::unmount(id));
}

#[wasm_bindgen_test]
async fn french_labels_and_quebec_message() {
    let root = root();
    let mut config = ElementConfig::new(Kind::Calculator, Lang::Fr);
    config.noc = Some("21231".into());
    let id = embed::mount::mount(root.clone(), None, config);
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Calculateur Entrée express"), "{text}");
    assert!(text.contains("Score SCG"));
    assert!(text.contains("Information, et non un avis juridique"));

    let quebec: HtmlInputElement = root
        .query_selector("#ee-quebec")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    quebec.click();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Le Québec sélectionne ses propres travailleurs qualifiés"),
        "{text}"
    );
    assert!(
        root.query_selector(".ee-total").unwrap().is_none(),
        "no CRS score for Québec"
    );
    assert!(embed::mount::unmount(id));
}

#[wasm_bindgen_test]
async fn a_new_noc_attribute_fills_the_occupation_and_its_categories() {
    let root = root();
    let mut config = ElementConfig::new(Kind::Calculator, Lang::En);
    config.noc = Some("21300".into());
    let id = embed::mount::mount(root.clone(), None, config.clone());
    yew::scheduler::flush().await;
    let noc = |root: &Element| -> String {
        let input: HtmlInputElement = root
            .query_selector("#ee-noc")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        input.value()
    };
    assert_eq!(noc(&root), "21300");
    let category = |root: &Element, key: &str| {
        root.query_selector(&format!("li[data-category=\"{key}\"]"))
            .unwrap()
            .is_some()
    };
    assert!(category(&root, "stem"));
    assert!(!category(&root, "healthcare_social_services"));

    // The card's "check my eligibility" sets `noc` on the calculator.
    config.noc = Some("31301".into());
    assert!(embed::mount::update(id, config));
    yew::scheduler::flush().await;
    assert_eq!(noc(&root), "31301");
    assert!(category(&root, "healthcare_social_services"));
    assert!(!category(&root, "stem"));
    assert!(embed::mount::unmount(id));
}
