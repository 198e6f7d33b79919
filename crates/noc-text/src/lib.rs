//! Every visible sentence, label and number format, in English and French, for the widget
//! (`crates/noc-ui`) and the `noc` command. One module per area.
//! Pure Rust: no yew, no web-sys, so the same words render in the browser and in a terminal.
pub mod calculator;
pub mod card;
pub mod decimal;
pub mod plain;
pub mod rounds;
pub mod routes;
pub mod search;
pub mod similar;
