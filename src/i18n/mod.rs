//! Every visible string, in English and French. One module per area of the widget.
pub mod calculator;
pub mod card;
pub mod common;
pub mod search;
