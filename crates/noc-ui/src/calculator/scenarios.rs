//! Up to three kept versions of the profile, side by side (in memory only).
use std::rc::Rc;

use ee_rules::Assessment;
use yew::prelude::*;

use super::form::Form;
use crate::host::use_page;
use noc_data::Lang;
use noc_text::calculator::{self as t, tr};

pub const MAX_SCENARIOS: usize = 3;

#[derive(Clone, PartialEq, Debug)]
pub struct Scenario {
    pub name: String,
    pub form: Form,
    pub assessment: Rc<Assessment>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct ScenariosProps {
    pub lang: Lang,
    pub scenarios: Rc<Vec<Scenario>>,
    /// Whether the current form can be kept (it has a result).
    pub can_keep: bool,
    pub on_keep: Callback<String>,
    pub on_load: Callback<usize>,
    pub on_remove: Callback<usize>,
}

#[function_component(Scenarios)]
pub fn scenarios(p: &ScenariosProps) -> Html {
    let s = tr(p.lang);
    let lang = p.lang;
    let name = use_state(String::new);
    let full = p.scenarios.len() >= MAX_SCENARIOS;
    let keep = {
        let name = name.clone();
        let cb = p.on_keep.clone();
        let count = p.scenarios.len();
        Callback::from(move |_| {
            let n = name.trim().to_owned();
            let n = if n.is_empty() {
                format!(
                    "{} {}",
                    tr(lang).scenarios_heading.trim_end_matches('s'),
                    count + 1
                )
            } else {
                n
            };
            cb.emit(n);
            name.set(String::new());
        })
    };
    let oninput = {
        let name = name.clone();
        let page = use_page();
        Callback::from(move |e: InputEvent| {
            name.set(page.value_of(&e));
        })
    };
    // The mark is for the eye; a screen reader hears the word.
    let yes_no = |b: bool| {
        html! {
            <><span aria-hidden="true">{ if b { "✓" } else { "✗" } }</span>
            <span class="nw-visually-hidden">{ if b { s.yes } else { s.no } }</span></>
        }
    };
    html! {
        <section class="ee-scenarios" aria-labelledby="ee-scenarios-h">
            <h3 id="ee-scenarios-h">{ s.scenarios_heading }</h3>
            <p class="ee-help">{ s.scenarios_help }</p>
            <div class="ee-keep nw-no-print">
                <label for="ee-scenario-name">{ s.scenario_name_label }</label>
                <div class="ee-input-row">
                    <input id="ee-scenario-name" type="text" value={(*name).clone()} {oninput} disabled={full} maxlength="40" />
                    <button type="button" class="ee-keep-button" onclick={keep} disabled={full || !p.can_keep}>{ s.keep_scenario }</button>
                </div>
                if full { <p class="ee-help">{ s.scenarios_full }</p> }
            </div>
            if !p.scenarios.is_empty() {
                <div class="ee-table-scroll" role="region" aria-label={s.scenarios_table_label} tabindex="0">
                <table class="ee-scenario-table">
                    <thead><tr>
                        <th scope="col"><span class="nw-visually-hidden">{ s.col_factor }</span></th>
                        { for p.scenarios.iter().map(|sc| html! { <th scope="col">{ sc.name.clone() }</th> }) }
                    </tr></thead>
                    <tbody>
                        <tr class="ee-scenario-total"><th scope="row">{ s.crs_short }</th>
                            { for p.scenarios.iter().map(|sc| html! { <td><strong>{ sc.assessment.crs.total }</strong></td> }) }</tr>
                        { for ee_rules::CrsSection::ALL.iter().map(|&sec| html! {
                            <tr><th scope="row">{ t::section(lang, sec) }</th>
                            { for p.scenarios.iter().map(|sc| {
                                let c = &sc.assessment.crs;
                                let v = match sec { ee_rules::CrsSection::Core => c.core, ee_rules::CrsSection::Spouse => c.spouse, ee_rules::CrsSection::Transferability => c.transferability, ee_rules::CrsSection::Additional => c.additional };
                                html! { <td>{ v }</td> }
                            }) }</tr>
                        }) }
                        <tr><th scope="row">{ s.fsw_short }</th>{ for p.scenarios.iter().map(|sc| html! { <td>{ yes_no(sc.assessment.fsw.eligible) }{ format!(" ({}/100)", sc.assessment.fsw.points) }</td> }) }</tr>
                        <tr><th scope="row">{ s.cec_short }</th>{ for p.scenarios.iter().map(|sc| html! { <td>{ yes_no(sc.assessment.cec.eligible) }</td> }) }</tr>
                        <tr><th scope="row">{ s.fst_short }</th>{ for p.scenarios.iter().map(|sc| html! { <td>{ yes_no(sc.assessment.fst.eligible) }</td> }) }</tr>
                        <tr class="nw-no-print"><td></td>
                            { for p.scenarios.iter().enumerate().map(|(i, sc)| {
                                let load = { let cb = p.on_load.clone(); Callback::from(move |_| cb.emit(i)) };
                                let remove = { let cb = p.on_remove.clone(); Callback::from(move |_| cb.emit(i)) };
                                html! { <td class="ee-scenario-actions">
                                    <button type="button" onclick={load} aria-label={format!("{} {}", s.load, sc.name)}>{ s.load }</button>
                                    <button type="button" class="ee-secondary" onclick={remove} aria-label={format!("{} {}", s.remove, sc.name)}>{ s.remove }</button>
                                </td> }
                            }) }
                        </tr>
                    </tbody>
                </table>
                </div>
            }
        </section>
    }
}
