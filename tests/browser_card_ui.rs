//! Headless-browser tests of the occupation card's content (wasm-bindgen-test): the card for 22220 is
//! mounted through the embedding layer in English and French with the real data files (inserted from
//! the embedded copies), and its sections are read back from the DOM.
#![cfg(target_arch = "wasm32")]

use noc_data::Lang;
use noc_ui::host::{ElementConfig, Kind};
use noc_widget_app::embed;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn insert(files: Vec<&'static str>) {
    for name in files {
        let bytes = noc_data::bundled_bytes(name).expect("bundled in test builds");
        embed::data::insert_file(name, bytes).unwrap();
    }
}

fn insert_card_files(code: &str) {
    for lang in noc_data::Lang::ALL {
        insert(noc_data::Store::files_for_card(code, lang));
    }
}

async fn mount_card(code: &str, lang: Lang) -> (Element, u32) {
    let root = root();
    let mut config = ElementConfig::new(Kind::Card, lang);
    config.code = Some(code.to_owned().into());
    let id = embed::mount::mount(root.clone(), None, config);
    yew::scheduler::flush().await;
    (root, id)
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in: {}", root.inner_html()))
        .text_content()
        .unwrap_or_default()
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn english_card_22220_has_every_section() {
    insert_card_files("22220");
    let (root, id) = mount_card("22220", Lang::En).await;

    assert_eq!(text_of(&root, "h2"), "Computer network and web technicians");
    assert!(text_of(&root, ".nw-card-code").contains("22220"));
    assert!(text_of(&root, ".nw-path").contains("2 › 22 › 222 › 2222 › 22220"));
    assert_eq!(
        count(&root, ".nw-hierarchy-levels li"),
        5,
        "every level with its title"
    );
    assert!(text_of(&root, ".nw-hierarchy-levels")
        .contains("Technical occupations in computer and information systems"));
    assert!(text_of(&root, ".nw-teer").contains("TEER 2"));
    assert!(text_of(&root, ".nw-teer-meaning").contains("college diploma"));
    assert!(text_of(&root, ".nw-definition").contains("local and wide area networks"));
    let glance = text_of(&root, ".nw-glance");
    assert!(
        glance.contains("Express Entry at a glance")
            && glance.contains("Federal Skilled Trades (FST): No"),
        "{glance}"
    );
    assert!(count(&root, ".nw-illustrative li") > 0);
    assert!(count(&root, ".nw-all-examples li") > count(&root, ".nw-illustrative li"));
    assert_eq!(
        count(&root, ".nw-duty-group h4"),
        2,
        "duties keep the source's two sub-groups"
    );
    assert!(count(&root, ".nw-requirements li") >= 1);
    assert!(
        count(&root, ".nw-exclusion-link[data-code='22221']") == 1,
        "exclusion 22221 is linked"
    );

    // Wages: national row first, with the period and the unit; never a $0.
    let wages = text_of(&root, ".nw-wages");
    assert!(
        wages.contains("Canada")
            && wages.contains("$36.00")
            && wages.contains("2023-2024, per hour"),
        "{wages}"
    );
    assert!(!wages.contains("$0.00"));
    assert!(text_of(&root, ".nw-outlook").contains("2022–2024"));
    assert!(text_of(&root, ".nw-outlook").contains("2024–2033"));

    // Immigration panel from ee_rules: TEER 2 counts for FSW and CEC, not FST (not a listed trade).
    let immigration = text_of(&root, ".nw-immigration");
    assert_eq!(
        count(&root, ".nw-programs .nw-verdict--yes"),
        2,
        "{immigration}"
    );
    assert_eq!(count(&root, ".nw-programs .nw-verdict--no"), 1);
    assert!(immigration.contains("Can I apply through Express Entry with this occupation?"));
    assert!(
        immigration.contains("CLB 7") && immigration.contains("CLB 5"),
        "FSW 7, CEC 5 for TEER 2: {immigration}"
    );
    assert!(immigration.contains("rules as of"));

    // AI panel: human beta 0.5701 → 57.0 %, GPT-4 73.5 %, rank among 507, comparisons.
    let ai = text_of(&root, ".nw-ai");
    assert!(ai.contains("57.0%") && ai.contains("73.5%"), "{ai}");
    assert!(ai.contains("of 507"), "{ai}");
    assert!(ai.contains("22221") && ai.contains("User support technicians"));
    assert!(ai.contains("not a forecast"));
    assert!(ai.contains("MIT"));
    assert_eq!(
        count(&root, ".nw-ai .nw-bar-fill.nw-w11"),
        1,
        "57 % bar is 55 % wide (5 % steps)"
    );
    assert_eq!(
        count(&root, ".nw-ai [aria-hidden='true'] .nw-bar"),
        2,
        "bars are hidden from screen readers"
    );
    assert!(text_of(&root, ".nw-ai .nw-visually-hidden")
        .contains("Human raters: 57.0% of tasks exposed"));

    let sources = text_of(&root, ".nw-sources");
    assert!(
        sources.contains("Information, not legal advice"),
        "{sources}"
    );
    assert!(count(&root, ".nw-check") == 1, "check my eligibility");
    embed::mount::unmount(id);
}

#[wasm_bindgen_test]
async fn french_card_22220_is_in_french() {
    insert_card_files("22220");
    let (root, id) = mount_card("22220", Lang::Fr).await;
    assert_eq!(
        text_of(&root, "h2"),
        "Techniciens/techniciennes de réseau informatique et Web"
    );
    assert!(text_of(&root, ".nw-teer").contains("FÉER 2"));
    assert!(text_of(&root, ".nw-glance").contains("Entrée express en bref"));
    let wages = text_of(&root, ".nw-wages");
    assert!(wages.contains("36,00\u{a0}$"), "{wages}");
    let immigration = text_of(&root, ".nw-immigration");
    assert!(
        immigration.contains("Puis-je présenter une demande par Entrée express"),
        "{immigration}"
    );
    assert!(immigration.contains("NCLC 7"));
    let ai = text_of(&root, ".nw-ai");
    assert!(ai.contains("57,0\u{a0}%"), "{ai}");
    assert!(ai.contains("pas une prévision"));
    assert!(text_of(&root, ".nw-sources").contains("Information, et non avis juridique"));
    embed::mount::unmount(id);
}

#[wasm_bindgen_test]
async fn exclusion_link_shows_the_other_card_with_a_way_back() {
    insert_card_files("22220");
    insert_card_files("22221");
    let (root, id) = mount_card("22220", Lang::En).await;
    let link: HtmlElement = root
        .query_selector(".nw-exclusion-link[data-code='22221']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    link.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "h2"), "User support technicians");
    let back: HtmlElement = root
        .query_selector(".nw-back")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(back.text_content().unwrap_or_default().contains("22220"));
    back.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "h2"), "Computer network and web technicians");
    assert_eq!(count(&root, ".nw-back"), 0);
    embed::mount::unmount(id);
}

#[wasm_bindgen_test]
async fn unscored_group_says_no_estimate_and_why() {
    insert_card_files("40042");
    let (root, id) = mount_card("40042", Lang::En).await;
    let ai = text_of(&root, ".nw-ai");
    assert!(ai.contains("No estimate"), "{ai}");
    assert!(!ai.contains("0.0%"), "{ai}");
    assert_eq!(count(&root, ".nw-ai .nw-bar"), 0);
    embed::mount::unmount(id);
}

#[wasm_bindgen_test]
async fn bad_codes_explain_and_suggest() {
    insert_card_files("99999");
    insert(vec!["concordance.bin"]);
    let (root, id) = mount_card("99999", Lang::En).await;
    let text = root.text_content().unwrap_or_default();
    assert!(
        text.contains("No NOC 2021 unit group has the code 99999"),
        "{text}"
    );
    assert!(count(&root, ".nw-suggestion") > 0, "did you mean: {text}");
    embed::mount::unmount(id);

    // A NOC 2016 code: its 2021 successor is offered, and choosing it shows that card.
    insert_card_files("22220");
    let (root, id) = mount_card("2281", Lang::En).await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("has 4 digits"), "{text}");
    let pick: HtmlElement = root
        .query_selector(".nw-suggestion[data-code='22220']")
        .unwrap()
        .unwrap_or_else(|| panic!("22220 offered: {text}"))
        .dyn_into()
        .unwrap();
    pick.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "h2"), "Computer network and web technicians");
    embed::mount::unmount(id);

    let (root, id) = mount_card("abc", Lang::Fr).await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("n’est pas un code de la CNP"), "{text}");
    embed::mount::unmount(id);
}

#[wasm_bindgen_test]
async fn compact_card_shows_title_teer_programs_and_expands() {
    insert_card_files("72200");
    let root = root();
    let mut config = ElementConfig::new(Kind::Card, Lang::En);
    config.code = Some("72200".into());
    config.compact = true;
    let id = embed::mount::mount(root.clone(), None, config);
    yew::scheduler::flush().await;
    assert!(text_of(&root, "h2").contains("Electricians"));
    assert!(text_of(&root, ".nw-teer").contains("TEER 2"));
    // An electrician is a listed trade: all three programs say yes.
    assert_eq!(
        count(&root, ".nw-program-list .nw-verdict--yes"),
        3,
        "{}",
        root.inner_html()
    );
    assert_eq!(count(&root, ".nw-wages"), 0, "compact: no wage table");
    let expand: HtmlElement = root
        .query_selector("button[aria-expanded='false']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    expand.click();
    yew::scheduler::flush().await;
    assert_eq!(count(&root, ".nw-wages"), 1, "expanded: the full card");
    embed::mount::unmount(id);
}

/// Every unit group renders in both languages: its official title as the heading, every panel
/// present, and no amount shown as zero (a missing figure reads "no data").
#[wasm_bindgen_test]
async fn all_516_cards_render_in_both_languages() {
    for lang in noc_data::Lang::ALL {
        insert(vec![
            if lang == noc_data::Lang::En {
                "en/directory.bin"
            } else {
                "fr/directory.bin"
            },
            "facts.bin",
        ]);
        // One text and one figures file per unit group: insert every one of the language.
        let prefix = format!("{}/cards-", lang.code());
        insert(
            noc_data::FILES
                .iter()
                .copied()
                .filter(|f| f.starts_with(&prefix) || f.starts_with("facts-"))
                .collect(),
        );
    }
    let store = embed::data::shared_store();
    let root = root();
    let mut config = ElementConfig::new(Kind::Card, Lang::En);
    let id = embed::mount::mount(root.clone(), None, config.clone());
    let mut rendered = 0;
    for (lang, data_lang, zero) in [
        (Lang::En, noc_data::Lang::En, "$0.00"),
        (Lang::Fr, noc_data::Lang::Fr, "0,00\u{a0}$"),
    ] {
        let groups = store.borrow().unit_groups(data_lang);
        assert_eq!(groups.len(), 516);
        for group in groups {
            config.lang = lang;
            config.code = Some(group.code.clone().into());
            embed::mount::update(id, config.clone());
            yew::scheduler::flush().await;
            assert_eq!(text_of(&root, "h2"), group.title, "{}", group.code);
            for section in [
                ".nw-definition",
                ".nw-duties",
                ".nw-wages",
                ".nw-outlook",
                ".nw-immigration",
                ".nw-ai",
                ".nw-sources",
            ] {
                assert_eq!(count(&root, section), 1, "{} {section}", group.code);
            }
            let text = root.text_content().unwrap_or_default();
            // A zero amount: the pattern not preceded by another digit ("40,00 $" is forty dollars).
            let zero_at = text.match_indices(zero).map(|(at, _)| at).find(|&at| {
                !text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit() || c == '\u{202f}')
            });
            if let Some(at) = zero_at {
                // (`floor_char_boundary` needs Rust 1.91; the workspace supports 1.85.)
                let mut start = at.saturating_sub(60);
                while !text.is_char_boundary(start) {
                    start -= 1;
                }
                panic!(
                    "{}: an amount of zero: …{}…",
                    group.code,
                    &text[start..(at + 10).min(text.len())]
                );
            }
            assert!(!text.contains("NaN"), "{}", group.code);
            rendered += 1;
        }
    }
    assert_eq!(rendered, 1032);
    embed::mount::unmount(id);
}
