//! yew function components. They render; they hold no rules and parse no data. They know the page
//! only through [`host`] (the context `src/embed` or the pre-renderer provides).
#[cfg(feature = "full")]
pub mod calculator;
pub mod card;
pub mod charts;
pub mod data;
pub mod element;
pub mod host;
#[cfg(feature = "full")]
pub mod search;
#[cfg(feature = "full")]
pub mod widget;
