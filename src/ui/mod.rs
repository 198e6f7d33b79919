//! yew function components. They render; they hold no rules and parse no data.
pub mod card;
