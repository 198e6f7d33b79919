//! The immigration panel: what `ee_rules::occupation_programs` says about one unit group (FSW, CEC,
//! FST with reasons; category lists naming it, with their dates) and common questions answered from
//! the same results and the rule tables. Provincial and other routes: `routes.rs`.
use ee_rules::categories::CategoryMatch;
use ee_rules::meta::Confidence;
use ee_rules::OccupationPrograms;
use noc_data::Store;
use yew::prelude::*;

use noc_data::Lang;
use noc_text::card::{self as t, text};

/// Titles of the classes named by trade reason keys, e.g. ("72", "Industrial, electrical …").
pub fn group_titles(
    store: &Store,
    programs: &OccupationPrograms,
    lang: Lang,
) -> Vec<(String, String)> {
    [programs.fst.reason]
        .into_iter()
        .filter_map(t::trade_group)
        .filter_map(|g| {
            store
                .title(g.code, lang)
                .map(|title| (g.code.to_owned(), title))
        })
        .collect()
}

fn group_label(reason: ee_rules::ProgramReason, titles: &[(String, String)]) -> Option<String> {
    let code = t::trade_group(reason)?.code;
    let title = titles
        .iter()
        .find(|(c, _)| c == code)
        .map(|(_, t)| t.as_str())
        .unwrap_or("");
    Some(format!("{code} {title}").trim().to_owned())
}

#[derive(Properties, PartialEq, Clone)]
pub struct PanelProps {
    pub lang: Lang,
    pub programs: OccupationPrograms,
    pub group_titles: Vec<(String, String)>,
}

fn verdict(lang: Lang, eligible: bool) -> Html {
    let tx = text(lang);
    html! {
        <span class={classes!("nw-verdict", if eligible { "nw-verdict--yes" } else { "nw-verdict--no" })}>
            { if eligible { tx.yes } else { tx.no } }
        </span>
    }
}

/// Current lists first, then earlier ones.
fn sorted_categories(programs: &OccupationPrograms) -> Vec<&CategoryMatch> {
    let mut all: Vec<&CategoryMatch> = programs.categories.iter().collect();
    noc_data::small_sort::sort_by_key(&mut all, |c| (!c.current, std::cmp::Reverse(c.list_date)));
    all
}

#[function_component(ImmigrationPanel)]
pub fn immigration_panel(props: &PanelProps) -> Html {
    let lang = props.lang;
    let tx = text(lang);
    let p = &props.programs;
    let teer = p.teer;
    let rules = ee_rules::ruleset::current();
    let fsw_reason = t::program_reason(lang, p.fsw.reason, teer, None);
    let cec_reason = t::program_reason(lang, p.cec.reason, teer, None);
    let fst_reason = t::program_reason(
        lang,
        p.fst.reason,
        teer,
        group_label(p.fst.reason, &props.group_titles).as_deref(),
    );
    let categories = sorted_categories(p);
    let current: Vec<String> = categories
        .iter()
        .filter(|c| c.current)
        .map(|c| t::category_name(lang, c.category))
        .collect();
    let fst_minimum = p.fst.eligible.then_some(rules.programs.fst_clb);
    html! {
        <section class="nw-section nw-immigration" aria-labelledby="nw-immigration-title">
            <h3 id="nw-immigration-title">{ tx.immigration }</h3>
            <table class="nw-programs">
                <caption>{ tx.programs_caption }</caption>
                <thead><tr>
                    <th scope="col">{ tx.program }</th>
                    <th scope="col">{ tx.counts }</th>
                    <th scope="col">{ tx.why }</th>
                </tr></thead>
                <tbody>
                    <tr><th scope="row">{ tx.fsw }</th><td>{ verdict(lang, p.fsw.eligible) }</td><td>{ fsw_reason }</td></tr>
                    <tr><th scope="row">{ tx.cec }</th><td>{ verdict(lang, p.cec.eligible) }</td><td>{ cec_reason }</td></tr>
                    <tr><th scope="row">{ tx.fst }</th><td>{ verdict(lang, p.fst.eligible) }</td><td>{ fst_reason }</td></tr>
                </tbody>
            </table>
            <p class="nw-muted">{ tx.other_requirements }</p>

            <h4>{ tx.categories }</h4>
            if categories.is_empty() {
                <p>{ tx.categories_none }</p>
            } else {
                <ul class="nw-categories">
                    { for categories.iter().map(|c| html! {
                        <li class={classes!(if c.current { "nw-category--current" } else { "nw-category--past" })}>
                            <strong>{ t::category_name(lang, c.category) }</strong>
                            { format!(" ({}, {})", if c.current { tx.category_current } else { tx.category_past }, t::category_dates(lang, c.list_date, c.until)) }
                            <br />
                            <span class="nw-muted">{ t::category_condition(lang, c.condition) }</span>
                            if c.confidence == Confidence::Weak {
                                <br /><span class="nw-caveat">{ tx.category_unconfirmed }</span>
                            }
                        </li>
                    }) }
                </ul>
            }
            <p class="nw-muted">{ tx.french_category }</p>

            <h4>{ tx.faq }</h4>
            <dl class="nw-faq">
                <dt>{ tx.q_apply }</dt>
                <dd>{ match teer {
                    Some(level) => t::answer_apply(lang, level, p.fsw.eligible || p.cec.eligible, p.fst.eligible),
                    None => t::program_reason(lang, ee_rules::ProgramReason::InvalidNocCode, None, None),
                } }</dd>
                <dt>{ tx.q_language }</dt>
                <dd>{ t::answer_language(lang, rules.fsw.min_first_language, p.cec.language_minimum, fst_minimum) }</dd>
                <dt>{ tx.q_category }</dt>
                <dd>{ t::answer_category(lang, &current) }</dd>
            </dl>
            <p class="nw-muted nw-rules-date">{ t::rules_as_of(lang, rules.rules_as_of()) }</p>
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct SummaryProps {
    pub lang: Lang,
    pub programs: OccupationPrograms,
}

/// One line per program and the current categories: the compact card and the compare view.
#[function_component(ProgramsSummary)]
pub fn programs_summary(props: &SummaryProps) -> Html {
    let lang = props.lang;
    let tx = text(lang);
    let p = &props.programs;
    let current: Vec<String> = sorted_categories(p)
        .into_iter()
        .filter(|c| c.current)
        .map(|c| t::category_name(lang, c.category))
        .collect();
    html! {
        <div class="nw-programs-summary">
            <ul class="nw-program-list">
                <li>{ tx.fsw }{ t::colon(lang) }{ verdict(lang, p.fsw.eligible) }</li>
                <li>{ tx.cec }{ t::colon(lang) }{ verdict(lang, p.cec.eligible) }</li>
                <li>{ tx.fst }{ t::colon(lang) }{ verdict(lang, p.fst.eligible) }</li>
            </ul>
            <p>{ t::answer_category(lang, &current) }</p>
        </div>
    }
}
