//! yew function components. They render; they hold no rules and parse no data.
pub mod calculator;
pub mod card;
pub mod search;
pub mod widget;
