//! What a component may know about the element it is mounted in: its attributes and its host (for events).
use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::config::{ElementConfig, Kind};
use crate::i18n::common::Lang;

/// Provided by the embedding layer above every top-level component.
#[derive(Clone, PartialEq)]
pub struct EmbedContext {
    /// The custom element (or upgraded `<div data-…>`) on the host page; `None` in tests that mount a
    /// component without a host.
    pub host: Option<HtmlElement>,
    pub config: Rc<ElementConfig>,
}

impl EmbedContext {
    pub fn lang(&self) -> Lang {
        self.config.lang
    }
}

/// The element's context; outside a mounted element (unit tests) an English card context with no host.
#[hook]
pub fn use_embed() -> EmbedContext {
    use_context::<EmbedContext>().unwrap_or_else(|| EmbedContext {
        host: None,
        config: Rc::new(ElementConfig::new(Kind::Card, Lang::En)),
    })
}
