//! The first paint of every element, rendered natively with yew's server renderer (feature `ssr`):
//! the same components as in the browser, under a [`Page`] that has every data file already (so a
//! card is complete at once) and does nothing else. `make dist` writes these files with
//! `src/bin/prerender.rs`, and `noc show --html` pastes a card; the loader shows them at once and the WebAssembly hydrates them.
use std::cell::RefCell;
use std::rc::Rc;

use ee_rules::Date;
use noc_data::Store;
use yew::prelude::*;

use crate::element::{Element, ElementProps};
use crate::host::{ElementConfig, HostContext, Kind, Loading, Page, SharedStore};
use noc_data::Lang;

/// A page with every data file and a fixed date; events, focus, print and timers do nothing.
pub struct NativePage {
    store: SharedStore,
    today: Date,
}

impl NativePage {
    pub fn new(today: Date) -> NativePage {
        thread_local! { static STORE: SharedStore = Rc::new(RefCell::new(Store::bundled())); }
        NativePage {
            store: STORE.with(Clone::clone),
            today,
        }
    }
}

impl Page for NativePage {
    fn store(&self) -> SharedStore {
        self.store.clone()
    }
    fn load(&self, _files: Vec<&'static str>) -> Loading {
        let store = self.store.clone();
        Box::pin(async move { Ok(store) })
    }
    fn today(&self) -> Date {
        self.today
    }
}

/// The first paints the loader can use: (file name under `prerender/`, element config). Elements
/// whose first paint depends on more than their kind and language (a card's code aside) — a
/// `compact` card, a search with `query`, a calculator with `noc`, a widget with `code` — are not
/// pre-rendered; the loader renders those in the browser as before.
pub fn first_paints(lang: Lang) -> Vec<(String, ElementConfig)> {
    let l = lang.code();
    let store = NativePage::new(Date::new(2026, 1, 1)).store;
    let codes: Vec<String> = store
        .borrow()
        .unit_groups(lang)
        .into_iter()
        .map(|u| u.code)
        .collect();
    let mut out = Vec::new();
    for code in codes {
        let mut config = ElementConfig::new(Kind::Card, lang);
        config.code = Some(AttrValue::from(code.clone()));
        out.push((format!("{l}/card-{code}.html"), config));
    }
    for (name, kind) in [
        ("search", Kind::Search),
        ("calculator", Kind::Calculator),
        ("widget", Kind::Widget),
    ] {
        out.push((format!("{l}/{name}.html"), ElementConfig::new(kind, lang)));
    }
    out
}

/// The element's first paint as HTML (with yew's hydration markers), on the current thread.
pub async fn render(config: ElementConfig, today: Date) -> String {
    let page: Rc<dyn Page> = Rc::new(NativePage::new(today));
    let context = HostContext::new(Rc::new(config), page);
    let html = yew::LocalServerRenderer::<Element>::with_props(ElementProps {
        context,
        on_rendered: Callback::noop(),
    })
    .render()
    .await;
    without_component_names(&html)
}

/// yew names each component in its hydration markers (`<!--<[path::Type]>-->`) when built with debug
/// assertions; the browser only checks the brackets, so the names are left out (smaller, and the same
/// output from every profile).
fn without_component_names(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!--<") {
        let (before, tail) = rest.split_at(at);
        out.push_str(before);
        let open = if tail.starts_with("<!--</[") {
            "<!--</["
        } else {
            "<!--<["
        };
        let body = tail
            .strip_prefix(open)
            .and_then(|t| t.find("]>-->").map(|end| (t, end)));
        match body {
            Some((t, end))
                if t[..end]
                    .chars()
                    .all(|c| c.is_alphanumeric() || "_:<>, ".contains(c)) =>
            {
                out.push_str(open);
                out.push_str("]>-->");
                rest = &t[end + "]>-->".len()..];
            }
            _ => {
                out.push_str("<!--<");
                rest = &tail["<!--<".len()..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Runs `f` on a single-threaded runtime (yew's local renderer needs one).
pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    tokio::task::LocalSet::new().block_on(&rt, f)
}

/// The attributes the loader gives the root `<div>` it renders into (kept in one place so the
/// declarative-shadow-root snippet and the loader agree).
pub fn root_open(key: &str, config: &ElementConfig) -> String {
    let kind = match config.kind {
        Kind::Card => "card",
        Kind::Search => "search",
        Kind::Calculator => "calculator",
        Kind::Widget => "widget",
    };
    format!(
        r#"<div class="noc-root" part="root" lang="{}" data-theme="auto" data-kind="{kind}" data-prerendered="{key}">"#,
        config.lang.code()
    )
}

/// `<noc-card code lang>` holding a declarative shadow root with the pre-rendered card and a link to
/// the widget's stylesheet: shows the full card with JavaScript off; the loader adopts it.
pub fn card_snippet(code: &str, lang: Lang, stylesheet_url: &str, today: Date) -> String {
    let mut config = ElementConfig::new(Kind::Card, lang);
    config.code = Some(AttrValue::from(code.to_owned()));
    let key = format!("{}/card-{code}.html", lang.code());
    let body = block_on(render(config.clone(), today));
    format!(
        "<noc-card code=\"{code}\" lang=\"{l}\"><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{href}\">{open}{body}</div></template></noc-card>\n",
        l = lang.code(),
        href = html_attr(stylesheet_url),
        open = root_open(&key, &config),
    )
}

fn html_attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Today (UTC), or the day of `SOURCE_DATE_EPOCH` when set (reproducible builds).
pub fn today() -> Date {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
    ee_rules::date::date_from_days(secs.div_euclid(86_400)).unwrap_or(Date::new(1970, 1, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn component_names_are_left_out_of_the_markers() {
        let html =
            "<!--<[a::B<c::D>]>--><p>x &lt;!--&lt;[y]&gt;</p><!--</[a::B<c::D>]>--><!--<[]>-->";
        assert_eq!(
            without_component_names(html),
            "<!--<[]>--><p>x &lt;!--&lt;[y]&gt;</p><!--</[]>--><!--<[]>-->"
        );
    }

    #[test]
    fn a_card_snippet_is_a_declarative_shadow_root_with_the_card() {
        let html = card_snippet(
            "22220",
            Lang::Fr,
            "https://example.org/w/noc-widget.css",
            Date::new(2026, 12, 1),
        );
        assert!(html.starts_with(r#"<noc-card code="22220" lang="fr"><template shadowrootmode="open"><link rel="stylesheet" href="https://example.org/w/noc-widget.css">"#), "{html}");
        assert!(html.contains("Techniciens/techniciennes de réseau informatique et Web"));
        assert!(html.contains(r#"data-prerendered="fr/card-22220.html""#));
        assert!(
            !html.contains("noc_widget_app")
                && !html.contains(" style=")
                && !html.contains("<script")
        );
        assert!(html.trim_end().ends_with("</div></template></noc-card>"));
    }
}
