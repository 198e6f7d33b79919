//! The widget as the browser runs it: the embedding layer (`embed`), the only code that knows the host
//! page, around the yew components of the `noc-ui` crate (which know no browser).
pub mod embed;
/// A native test: the modules of `src/` and of `crates/noc-ui/src` form no circle.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod module_graph;
