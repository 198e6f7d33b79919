//! The widget's yew function components. They render; they hold no rules and parse no data. They know
//! the page only through [`host`] (the context `src/embed` or the pre-renderer provides): this crate
//! depends on yew and the core crates only, so no browser API can reach it.
#[cfg(feature = "full")]
pub mod calculator;
pub mod card;
pub mod charts;
pub mod data;
pub mod element;
pub mod host;
#[cfg(feature = "full")]
pub mod search;
#[cfg(feature = "ssr")]
pub mod ssr;
#[cfg(feature = "full")]
pub mod widget;
