//! `noc show CODE --html`: the paste-in `<noc-card>` block with the pre-rendered card.
use std::process::Command;

fn show(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_noc"))
        .arg("show")
        .args(args)
        .output()
        .expect("run noc");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn html_is_a_declarative_shadow_root_with_the_whole_card_and_the_stylesheet_link() {
    let (code, html) = show(&[
        "22220",
        "--html",
        "--lang",
        "fr",
        "--widget-url",
        "https://cdn.example.org/w",
    ]);
    assert_eq!(code, Some(0));
    assert!(
        html.starts_with(concat!(
            r#"<noc-card code="22220" lang="fr"><template shadowrootmode="open">"#,
            r#"<link rel="stylesheet" href="https://cdn.example.org/w/noc-widget.css">"#,
            r#"<div class="noc-root" part="root" lang="fr" data-theme="auto" data-kind="card" data-prerendered="fr/card-22220.html">"#
        )),
        "{html}"
    );
    assert!(html.trim_end().ends_with("</div></template></noc-card>"));
    // The whole card: title, duties, wages, sources — the same text the widget shows.
    for needle in [
        "Techniciens/techniciennes de réseau informatique et Web",
        "Fonctions principales",
        "Salaires",
        "Entrée express en bref",
    ] {
        assert!(html.contains(needle), "{needle}");
    }
    // Strict CSP: no script, no style attribute, no handler attribute; no component names in the markers.
    for bad in ["<script", " style=", " onclick=", "noc_widget_app"] {
        assert!(!html.contains(bad), "{bad}");
    }
}

#[test]
fn html_in_english_by_default_and_a_bad_code_is_an_error() {
    let (code, html) = show(&["22220", "--html"]);
    assert_eq!(code, Some(0));
    assert!(html.contains(r#"lang="en""#) && html.contains("Computer network and web technicians"));
    assert!(html.contains(r#"href="/noc-widget/noc-widget.css""#));
    let (code, _) = show(&["99999", "--html"]);
    assert_eq!(code, Some(1));
    let (code, _) = show(&["22220", "--html", "--json"]);
    assert_eq!(code, Some(2));
}
