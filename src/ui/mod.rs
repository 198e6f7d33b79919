//! yew function components. They render; they hold no rules and parse no data.
#[cfg(feature = "full")]
pub mod calculator;
pub mod card;
pub mod charts;
#[cfg(feature = "full")]
pub mod search;
#[cfg(feature = "full")]
pub mod widget;
