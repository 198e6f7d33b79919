//! `<ee-calculator>`: the Express Entry calculator. The form is text ([`form::Form`]); every change
//! is validated and scored by `ee_rules` in the reducer, and the results re-render as you type.
//! Parts: `state` (the reducer and linked changes), `hooks` (its effects), `sections` (the form),
//! `results` (CRS, FSW grid, programs, levels, funds), `standing` (draws, categories, notices),
//! `whatif`, `scenarios`, `timeline`, `share` (URL fragment). This file is the component's markup.
use ee_rules::Profile;
use yew::prelude::*;

use crate::host::{use_emitter, use_host};
use noc_data::Lang;
use noc_text::calculator::{self as t, tr};

pub mod field;
pub mod fields;
pub mod form;
pub mod hooks;
pub mod results;
pub mod scenarios;
pub mod sections;
pub mod share;
pub mod standing;
pub mod state;
pub mod timeline;
pub mod whatif;

use form::{Field, Form, Slot};
use state::Action;

/// Level name (CLB/NCLC) of a language result in the form.
fn level_name_of(form: &Form, slot: Slot) -> AttrValue {
    t::level_name(form.get(slot.test())).into()
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct CalculatorProps {
    /// Overrides the element's `lang` (tests); normally read from the embed context.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Overrides the element's `noc` attribute.
    #[prop_or_default]
    pub noc: Option<AttrValue>,
}

#[function_component(EeCalculator)]
pub fn ee_calculator(props: &CalculatorProps) -> Html {
    let embed = use_host();
    let page = embed.page.clone();
    let emitter = use_emitter();
    let lang = props.lang.unwrap_or(embed.lang());
    let noc_attr = props.noc.clone().or_else(|| embed.config.noc.clone());
    let s = tr(lang);

    let state = hooks::use_calc_state(page.clone(), noc_attr.clone(), embed.config.paint_date);
    hooks::use_reader_today(state.clone(), page.clone());
    hooks::use_noc_attribute(state.clone(), noc_attr);
    hooks::use_kept_state(page.clone(), state.form.clone());
    hooks::use_ee_change(emitter, state.assessment.clone());
    let announcement = hooks::use_score_announcement(
        page.clone(),
        state.assessment.as_ref().map(|a| a.crs.total),
        state.form.quebec(),
        lang,
    );

    let on_change = {
        let state = state.clone();
        Callback::from(move |(field, value): (Field, String)| {
            state.dispatch(Action::Set(field, value))
        })
    };
    let on_apply = {
        let state = state.clone();
        Callback::from(move |p: Profile| state.dispatch(Action::ApplyProfile(p)))
    };
    let share_url = use_state(|| None::<String>);
    let on_share = {
        let form = state.form.clone();
        let share_url = share_url.clone();
        let page = page.clone();
        Callback::from(move |_| share_url.set(page.write_fragment(&share::encode(&form))))
    };
    let on_print = {
        let page = page.clone();
        Callback::from(move |_| page.print())
    };

    let form_view = html! {
        <sections::CalculatorForm lang={lang} form={state.form.clone()} eval={state.eval.clone()}
            ui_errors={state.ui_errors.clone()} on_change={on_change} />
    };

    let mut pending: Vec<&str> = Vec::new();
    if state.profile.is_some() {
        for label in state.eval.errors.iter().map(|e| label_of(lang, e.key)) {
            if !pending.contains(&label) {
                pending.push(label);
            }
        }
    }
    // Levels typed directly (no test yet) make the score an estimate.
    let estimate = [Slot::First, Slot::Second]
        .iter()
        .any(|slot| matches!(state.form.get(slot.test()), "clb" | "nclc"));
    let valid_noc = {
        let code = state.form.get(Field::Noc).trim().to_owned();
        ee_rules::validate::is_noc_code(&code).then(|| AttrValue::from(code))
    };

    let results = if state.form.quebec() {
        html! {
            <section class="ee-quebec" aria-labelledby="ee-quebec-h">
                <h3 id="ee-quebec-h">{ s.quebec_heading }</h3>
                <p>{ s.quebec_text }</p>
                <p><a href={s.quebec_url} target="_blank" rel="noopener">{ s.quebec_link }</a></p>
            </section>
        }
    } else if let (Some(profile), Some(a)) = (state.profile.clone(), state.assessment.clone()) {
        html! {
            <>
                <results::ScoreSummary lang={lang} assessment={a.clone()} />
                if !pending.is_empty() { <p class="ee-pending nw-error" role="status">{ t::uses_last_valid(lang, &pending.join(", ")) }</p> }
                if estimate { <p class="ee-estimate ee-note">{ s.estimate_note }</p> }
                <results::Breakdown lang={lang} assessment={a.clone()} />
                <results::Programs lang={lang} assessment={a.clone()} />
                <results::LanguageLevels lang={lang} assessment={a.clone()} names={[
                    level_name_of(&state.form, Slot::First), level_name_of(&state.form, Slot::Second),
                    level_name_of(&state.form, Slot::Spouse)]} />
                <results::Funds lang={lang} assessment={a.clone()} family_size={profile.family_size} />
                <standing::Draws lang={lang} profile={profile.clone()} assessment={a.clone()} noc={valid_noc.clone()} today={Some(state.today)} />
                <standing::Categories lang={lang} profile={profile.clone()} assessment={a.clone()} noc={valid_noc.clone()} />
                <whatif::WhatIf lang={lang} suggestions={state.suggestions.clone()} on_apply={on_apply} />
                <timeline::Timeline lang={lang} profile={profile.clone()} form={state.form.clone()} total={a.crs.total} today={state.today} />
            </>
        }
    } else {
        html! { <p class="ee-pending nw-error" role="status">{ s.fix_fields }</p> }
    };

    let scenarios_view = {
        let st = state.clone();
        let on_keep = Callback::from(move |name: String| st.dispatch(Action::Keep(name)));
        let st = state.clone();
        let on_load = Callback::from(move |i: usize| st.dispatch(Action::Load(i)));
        let st = state.clone();
        let on_remove = Callback::from(move |i: usize| st.dispatch(Action::Remove(i)));
        html! {
            <scenarios::Scenarios lang={lang} scenarios={state.scenarios.clone()} can_keep={state.assessment.is_some()}
                {on_keep} {on_load} {on_remove} />
        }
    };

    let rules_line = state
        .assessment
        .as_ref()
        .map(|a| t::rules_as_of(lang, a.rules_as_of, a.rule_set))
        .unwrap_or_else(|| {
            let r = ee_rules::ruleset::current();
            t::rules_as_of(lang, r.rules_as_of(), r.id)
        });

    html! {
        <div class={classes!("ee-calc", state.form.quebec().then_some("ee-is-quebec"))} lang={lang.code()}>
            <header class="ee-header">
                <h2>{ s.title }</h2>
                <p class="ee-intro nw-no-print">{ s.intro }</p>
                <p class="ee-print-only">{ format!("{} {} · {}", s.printed_on, state.today, rules_line) }</p>
            </header>
            <div class="ee-layout">
                { form_view }
                <div class="ee-results" aria-labelledby="ee-results-h">
                    <h3 id="ee-results-h" class="nw-visually-hidden">{ s.results_heading }</h3>
                    { results }
                    if let Some(a) = state.assessment.clone() {
                        if !state.form.quebec() && !a.notices.is_empty() {
                            <standing::Notices lang={lang} assessment={a} />
                        }
                    }
                    if !state.form.quebec() { { scenarios_view } }
                    <section class="ee-share nw-no-print" aria-labelledby="ee-share-h">
                        <h3 id="ee-share-h">{ s.share_heading }</h3>
                        <p class="ee-help">{ s.share_help }</p>
                        <div class="ee-actions">
                            <button type="button" class="ee-share-button" onclick={on_share}>{ s.share_button }</button>
                            <button type="button" class="ee-print-button ee-secondary" onclick={on_print}>{ s.print_button }</button>
                        </div>
                        if let Some(url) = (*share_url).clone() {
                            <label for="ee-share-link">{ s.share_link_label }</label>
                            <input id="ee-share-link" class="ee-share-link" type="text" readonly=true value={url} />
                        }
                    </section>
                </div>
            </div>
            <footer class="ee-footer">
                <p class="ee-rules-as-of">{ rules_line }</p>
                <p class="ee-disclaimer"><strong>{ s.disclaimer }</strong></p>
            </footer>
            <p class="nw-visually-hidden ee-live" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </div>
    }
}

/// The visible label of a form field, for "results use your previous entry for: …".
fn label_of(lang: Lang, field: Field) -> &'static str {
    let s = tr(lang);
    match (field, field.slot()) {
        (Field::Age, _) => s.age_label,
        (Field::CanadianWorkYears, _) => s.canadian_work_label,
        (Field::ForeignWorkYears, _) => s.foreign_work_label,
        (Field::TradeWorkYears, _) => s.trade_work_label,
        (Field::FamilySize, _) => s.family_size_label,
        (Field::SettlementFundsCad, _) => s.funds_label,
        (Field::JobOfferNoc, _) => s.job_offer_noc_label,
        (Field::SpouseCanadianWorkYears, _) => s.spouse_cwe_label,
        (Field::SecondTest, _) => s.second_test_label,
        (_, Some(Slot::First)) => s.scores_legend_first,
        (_, Some(Slot::Second)) => s.scores_legend_second,
        (_, Some(Slot::Spouse)) => s.scores_legend_spouse,
        _ => s.form_label,
    }
}
