//! The widget: yew components (`ui`), their strings in both languages (`i18n`), and the
//! embedding layer (`embed`) that alone knows about the host page.
pub mod embed;
pub mod i18n;
/// A native test: the modules of `src/` form no circle.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod module_graph;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod ui;
