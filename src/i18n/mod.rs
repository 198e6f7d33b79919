//! Every visible string, in English and French, lives in the `noc-text` crate (shared with the `noc`
//! command); this module re-exports it so the widget's call sites read `crate::i18n::…`.
pub use noc_text::{calculator, card, common, rounds, routes, search, similar};
