//! The calculator's effects, one named hook each, so the component reads as its markup: where its
//! first state comes from, the reader's today after a hydrated paint, the `noc` attribute, the state
//! kept outside the instance, the `ee-change` event and the polite score announcement.
use std::rc::Rc;

use ee_rules::{Assessment, Date};
use noc_data::Lang;
use noc_text::calculator::{self as t, tr};
use yew::prelude::*;

use super::form::{Field, Form};
use super::share;
use super::state::{Action, CalcState};
use crate::host::{Emitter, Page};

/// The calculator's state: the `noc` attribute's occupation, overridden by a share link (or the
/// state the loader kept across a restart), dated by the paint when hydrating one.
#[hook]
pub fn use_calc_state(
    page: Rc<dyn Page>,
    noc: Option<AttrValue>,
    paint_date: Option<Date>,
) -> UseReducerHandle<CalcState> {
    use_reducer(move || {
        let base = Form::with_noc(noc.as_deref());
        let form = share::decode(&page.read_fragment(), &base).unwrap_or(base);
        // Hydrating a paint rendered on another day: render that day first (so the DOM matches),
        // then `use_reader_today` moves to the reader's today.
        let today = paint_date.unwrap_or_else(|| page.today());
        CalcState::new(form, today)
    })
}

/// Moves the state to the reader's today once mounted (a pre-rendered paint carries its own day).
#[hook]
pub fn use_reader_today(state: UseReducerHandle<CalcState>, page: Rc<dyn Page>) {
    use_effect_with((), move |_| {
        let today = page.today();
        if today != state.today {
            state.dispatch(Action::Today(today));
        }
    });
}

/// A later change of the `noc` attribute (e.g. the card's "check my eligibility") fills the field;
/// the first render already used it (unless a share link said otherwise).
#[hook]
pub fn use_noc_attribute(state: UseReducerHandle<CalcState>, noc: Option<AttrValue>) {
    let first = use_mut_ref(|| true);
    use_effect_with(noc, move |noc| {
        let was_first = std::mem::replace(&mut *first.borrow_mut(), false);
        if let Some(code) = noc
            .as_deref()
            .filter(|c| ee_rules::validate::is_noc_code(c.trim()))
        {
            if !was_first {
                state.dispatch(Action::Set(Field::Noc, code.trim().to_owned()));
            }
        }
    });
}

/// Keeps the entries outside the instance on every change: if it ever traps, the loader re-mounts
/// this element with them (`Page::keep_state`).
#[hook]
pub fn use_kept_state(page: Rc<dyn Page>, form: Rc<Form>) {
    use_effect_with(form, move |form| page.keep_state(&share::encode(form)));
}

/// Tells the page (`ee-change`) whenever the assessment changes.
#[hook]
pub fn use_ee_change(emitter: Emitter, assessment: Option<Rc<Assessment>>) {
    use_effect_with(assessment, move |a| {
        if let Some(a) = a {
            emitter.ee_change(a);
        }
    });
}

/// The text of the polite live region: the new score (or the Québec note), once typing pauses.
#[hook]
pub fn use_score_announcement(
    page: Rc<dyn Page>,
    total: Option<u16>,
    quebec: bool,
    lang: Lang,
) -> String {
    let announcement = use_state(String::new);
    {
        let announcement = announcement.clone();
        use_effect_with((total, quebec, lang), move |(total, quebec, lang)| {
            let text = if *quebec {
                tr(*lang).quebec_heading.to_owned()
            } else {
                total.map(|t| t::live_score(*lang, t)).unwrap_or_default()
            };
            let timeout = page.after(900, Box::new(move || announcement.set(text)));
            move || drop(timeout)
        });
    }
    (*announcement).clone()
}
