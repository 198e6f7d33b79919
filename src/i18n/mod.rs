//! Every visible string, in English and French. One module per area of the widget.
#[cfg(feature = "full")]
pub mod calculator;
pub mod card;
pub mod common;
#[cfg(feature = "full")]
pub mod search;
