//! Form controls: each one a label tied to its input, optional help and error tied with
//! `aria-describedby`, `aria-invalid` when the value is rejected. They report `(field, value)` upward.
use yew::prelude::*;

use super::form::Field;
use crate::host::{use_page, Page};

/// `first_language.writing` -> `ee-first_language-writing` (ids only need to be unique per shadow root).
pub fn field_id(field: Field) -> String {
    format!("ee-{}", field.key().replace('.', "-"))
}

/// The handler of a control's `input` or `change` event: reads what the control now holds through
/// the host's page (`read`: its value, or whether it is checked) and reports it as `field`'s text.
#[hook]
fn use_field<E: AsRef<Event> + 'static>(
    field: Field,
    on_change: &Callback<(Field, String)>,
    read: fn(&dyn Page, &Event) -> String,
) -> Callback<E> {
    let page = use_page();
    let on_change = on_change.clone();
    Callback::from(move |e: E| on_change.emit((field, read(&*page, e.as_ref()))))
}

fn value(page: &dyn Page, e: &Event) -> String {
    page.value_of(e)
}

fn checked(page: &dyn Page, e: &Event) -> String {
    page.checked_of(e).to_string()
}

#[derive(Properties, PartialEq, Clone)]
pub struct FieldProps {
    pub key_name: Field,
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_change: Callback<(Field, String)>,
    /// `numeric`, `decimal` or `text`.
    #[prop_or(AttrValue::Static("text"))]
    pub inputmode: AttrValue,
    /// `text` or `date`.
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    /// Shown right after the input (e.g. "= CLB 9").
    #[prop_or_default]
    pub beside: Option<AttrValue>,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
}

fn described_by(id: &str, help: bool, error: bool, beside: bool) -> Option<AttrValue> {
    let mut ids = Vec::new();
    if beside {
        ids.push(format!("{id}-level"));
    }
    if help {
        ids.push(format!("{id}-help"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" ").into())
}

fn help_and_error(id: &str, help: &Option<AttrValue>, error: &Option<AttrValue>) -> Html {
    html! {
        <>
            if let Some(h) = help { <p class="ee-help" id={format!("{id}-help")}>{ h.clone() }</p> }
            if let Some(e) = error { <p class="ee-error nw-error" id={format!("{id}-error")}>{ e.clone() }</p> }
        </>
    }
}

/// A text, number-like or date input.
#[function_component(TextField)]
pub fn text_field(p: &FieldProps) -> Html {
    let id = field_id(p.key_name);
    let oninput = use_field::<InputEvent>(p.key_name, &p.on_change, value);
    let invalid = p.error.is_some();
    html! {
        <div class={classes!("ee-field", invalid.then_some("ee-invalid"), p.class.clone())}>
            <label for={id.clone()}>{ p.label.clone() }</label>
            <div class="ee-input-row">
                <input id={id.clone()} type={p.input_type.clone()} inputmode={p.inputmode.clone()}
                    value={p.value.clone()} {oninput}
                    autocomplete={p.autocomplete.clone().unwrap_or(AttrValue::Static("off"))}
                    aria-invalid={if invalid { "true" } else { "false" }}
                    aria-describedby={described_by(&id, p.help.is_some(), invalid, p.beside.is_some())} />
                if let Some(b) = &p.beside { <span class="ee-level" id={format!("{id}-level")}>{ b.clone() }</span> }
            </div>
            { help_and_error(&id, &p.help, &p.error) }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct SelectProps {
    pub key_name: Field,
    pub label: AttrValue,
    pub value: AttrValue,
    /// (value, text) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_change: Callback<(Field, String)>,
}

#[function_component(SelectField)]
pub fn select_field(p: &SelectProps) -> Html {
    let id = field_id(p.key_name);
    let onchange = use_field::<Event>(p.key_name, &p.on_change, value);
    let invalid = p.error.is_some();
    html! {
        <div class={classes!("ee-field", invalid.then_some("ee-invalid"))}>
            <label for={id.clone()}>{ p.label.clone() }</label>
            <select id={id.clone()} {onchange}
                aria-invalid={if invalid { "true" } else { "false" }}
                aria-describedby={described_by(&id, p.help.is_some(), invalid, false)}>
                { for p.options.iter().map(|(v, t)| html! {
                    <option value={v.clone()} selected={*v == p.value}>{ t.clone() }</option>
                }) }
            </select>
            { help_and_error(&id, &p.help, &p.error) }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct CheckProps {
    pub key_name: Field,
    pub label: AttrValue,
    pub checked: bool,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    pub on_change: Callback<(Field, String)>,
}

#[function_component(CheckField)]
pub fn check_field(p: &CheckProps) -> Html {
    let id = field_id(p.key_name);
    let onchange = use_field::<Event>(p.key_name, &p.on_change, checked);
    html! {
        <div class="ee-field ee-check">
            <input id={id.clone()} type="checkbox" checked={p.checked} {onchange}
                aria-describedby={described_by(&id, p.help.is_some(), false, false)} />
            <label for={id.clone()}>{ p.label.clone() }</label>
            { help_and_error(&id, &p.help, &None) }
        </div>
    }
}
