//! The assessment, as the engine computed it: CRS total and breakdown (table + bars), the FSW grid,
//! CEC/FST verdicts in words, language levels and proof of funds. Nothing is computed here except
//! sums of the engine's own lines and the grid maxima read from the engine's tables.
use std::rc::Rc;

use ee_rules::{Assessment, Levels};
use yew::prelude::*;

use noc_data::Lang;
use noc_text::calculator::{self as t, tr, Program};

use ee_rules::CrsSection;

/// The most a section can give, capped by the engine's own section caps.
fn section_max(a: &Assessment, section: CrsSection) -> u16 {
    let rules = ee_rules::ruleset::current();
    let sum: u16 = a
        .crs
        .lines
        .iter()
        .filter(|l| l.factor.section() == section)
        .map(|l| l.max)
        .sum();
    match section {
        CrsSection::Transferability => sum.min(rules.crs_transferability.total_cap),
        CrsSection::Additional => sum.min(rules.crs_additional.cap),
        CrsSection::Core | CrsSection::Spouse => sum,
    }
}

pub fn section_points(a: &Assessment, section: CrsSection) -> u16 {
    match section {
        CrsSection::Core => a.crs.core,
        CrsSection::Spouse => a.crs.spouse,
        CrsSection::Transferability => a.crs.transferability,
        CrsSection::Additional => a.crs.additional,
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ResultsProps {
    pub lang: Lang,
    pub assessment: Rc<Assessment>,
}

/// The big number at the top of the results. Plain text, not an `<output>` (a live region): the
/// calculator announces the score once, when typing pauses (`.ee-live`), not on every keystroke.
#[function_component(ScoreSummary)]
pub fn score_summary(p: &ResultsProps) -> Html {
    let s = tr(p.lang);
    let a = &p.assessment;
    html! {
        <div class="ee-score" part="score">
            <p class="ee-score-label">{ s.crs_total_label }</p>
            <p class="ee-score-total"><span class="ee-total" data-total={a.crs.total.to_string()}>{ a.crs.total }</span>
                <span class="ee-score-of">{ " " }{ s.out_of }</span></p>
            <ul class="ee-score-parts">
                { for CrsSection::ALL.iter().copied().filter(|sec| *sec != CrsSection::Spouse || !a.crs.scored_as_single).map(|sec| html! {
                    <li>{ format!("{}: ", t::section(p.lang, sec)) /* one text node: hydration keeps its kerning */ }<strong>{ section_points(a, sec) }</strong></li>
                }) }
            </ul>
        </div>
    }
}

#[function_component(Breakdown)]
pub fn breakdown(p: &ResultsProps) -> Html {
    let s = tr(p.lang);
    let a = &p.assessment;
    html! {
        <section class="ee-breakdown" aria-labelledby="ee-breakdown-h">
            <h3 id="ee-breakdown-h">{ s.breakdown_heading }</h3>
            if a.crs.scored_as_single { <p class="ee-note">{ s.scored_as_single }</p> }
            <div class="ee-table-scroll" role="region" aria-label={s.crs_table_label} tabindex="0">
                <table class="ee-crs-table">
                    <thead><tr>
                        <th scope="col">{ s.col_factor }</th>
                        <th scope="col" class="ee-num">{ s.col_points }</th>
                        <th scope="col" class="ee-num">{ s.col_max }</th>
                    </tr></thead>
                    { for CrsSection::ALL.iter().copied().filter(|sec| a.crs.lines.iter().any(|l| l.factor.section() == *sec)).map(|sec| {
                        let lines: Vec<_> = a.crs.lines.iter().filter(|l| l.factor.section() == sec).collect();
                        html! {
                            <tbody class="ee-crs-section" data-section={sec.key()}>
                                <tr class="ee-section-row">
                                    <th scope="rowgroup">{ t::section(p.lang, sec) }
                                        <meter class="ee-bar" min="0" max={section_max(a, sec).max(1).to_string()} value={section_points(a, sec).to_string()}
                                            aria-hidden="true"></meter></th>
                                    <td class="ee-num"><strong>{ section_points(a, sec) }</strong></td>
                                    <td class="ee-num">{ section_max(a, sec) }</td>
                                </tr>
                                { for lines.into_iter().map(|l| html! {
                                    <tr class={classes!("ee-line", (l.points == 0).then_some("ee-zero"))} data-factor={l.factor.key()}>
                                        <th scope="row">{ t::factor(p.lang, l.factor) }
                                            if l.max > 0 {
                                                // The numbers are in the next cells; the bar repeats them visually.
                                                <meter class="ee-bar" min="0" max={l.max.to_string()} value={l.points.to_string()} aria-hidden="true"></meter>
                                            }
                                        </th>
                                        <td class="ee-num ee-points">{ l.points }</td>
                                        <td class="ee-num ee-max">{ l.max }</td>
                                    </tr>
                                }) }
                            </tbody>
                        }
                    }) }
                    <tfoot><tr>
                        <th scope="row">{ s.total }</th>
                        <td class="ee-num"><strong>{ a.crs.total }</strong></td>
                        <td class="ee-num">{ "1200" }</td>
                    </tr></tfoot>
                </table>
            </div>
        </section>
    }
}

fn verdict(lang: Lang, eligible: bool) -> Html {
    let s = tr(lang);
    if eligible {
        html! { <span class="ee-verdict ee-ok">{ "✓ " }{ s.eligible }</span> }
    } else {
        html! { <span class="ee-verdict ee-no">{ "✗ " }{ s.not_eligible }</span> }
    }
}

fn unmet_list(
    lang: Lang,
    program: Program,
    unmet: &[ee_rules::Unmet],
    points: u16,
    pass: u16,
) -> Html {
    if unmet.is_empty() {
        return html! {};
    }
    html! {
        <>
            <p class="ee-missing-intro">{ tr(lang).missing_intro }</p>
            <ul class="ee-unmet">
                { for unmet.iter().map(|k| html! { <li data-unmet={k.key()}>{ t::unmet(lang, program, *k, points, pass) }</li> }) }
            </ul>
        </>
    }
}

#[function_component(Programs)]
pub fn programs(p: &ResultsProps) -> Html {
    let s = tr(p.lang);
    let a = &p.assessment;
    html! {
        <section class="ee-programs" aria-labelledby="ee-programs-h">
            <h3 id="ee-programs-h">{ s.programs_heading }</h3>
            <div class="ee-program" data-program="fsw">
                <h4>{ s.fsw_name }{ " " }{ verdict(p.lang, a.fsw.eligible) }</h4>
                <div class="ee-table-scroll" role="region" aria-label={s.fsw_table_label} tabindex="0">
                    <table class="ee-fsw-table">
                        <caption>{ s.fsw_heading }</caption>
                        <thead><tr><th scope="col">{ s.col_factor }</th><th scope="col" class="ee-num">{ s.col_points }</th><th scope="col" class="ee-num">{ s.col_max }</th></tr></thead>
                        <tbody>
                            { for a.fsw.lines.iter().map(|line| html! {
                                <tr data-fsw={line.factor.key()}><th scope="row">{ t::fsw_factor(p.lang, line.factor) }</th><td class="ee-num">{ line.points }</td><td class="ee-num">{ line.max }</td></tr>
                            }) }
                        </tbody>
                        <tfoot>
                            <tr><th scope="row">{ s.total }</th><td class="ee-num"><strong class="ee-fsw-total">{ a.fsw.points }</strong></td><td class="ee-num">{ a.fsw.max_points }</td></tr>
                            <tr><th scope="row">{ s.pass_mark }</th><td class="ee-num">{ a.fsw.pass_mark }</td><td></td></tr>
                        </tfoot>
                    </table>
                </div>
                { unmet_list(p.lang, Program::Fsw, &a.fsw.unmet, a.fsw.points, a.fsw.pass_mark) }
            </div>
            <div class="ee-program" data-program="cec">
                <h4>{ s.cec_name }{ " " }{ verdict(p.lang, a.cec.eligible) }</h4>
                { unmet_list(p.lang, Program::Cec, &a.cec.unmet, 0, 0) }
            </div>
            <div class="ee-program" data-program="fst">
                <h4>{ s.fst_name }{ " " }{ verdict(p.lang, a.fst.eligible) }</h4>
                { unmet_list(p.lang, Program::Fst, &a.fst.unmet, 0, 0) }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct LevelsProps {
    pub lang: Lang,
    pub assessment: Rc<Assessment>,
    /// Level names ("CLB"/"NCLC") of the first, second and spouse results.
    pub names: [AttrValue; 3],
}

#[function_component(LanguageLevels)]
pub fn language_levels(p: &LevelsProps) -> Html {
    let s = tr(p.lang);
    let c = &p.assessment.clb;
    // One column per result (abilities as rows), so the table fits a phone.
    let columns: Vec<(String, &Levels)> = [
        Some((format!("{} ({})", s.clb_first, p.names[0]), &c.first)),
        c.second
            .as_ref()
            .map(|l| (format!("{} ({})", s.clb_second, p.names[1]), l)),
        c.spouse
            .as_ref()
            .map(|l| (format!("{} ({})", s.clb_spouse, p.names[2]), l)),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <section class="ee-levels" aria-labelledby="ee-levels-h">
            <h3 id="ee-levels-h">{ s.clb_heading }</h3>
            <div class="ee-table-scroll" role="region" aria-label={s.levels_table_label} tabindex="0">
                <table class="ee-levels-table">
                    <thead><tr>
                        <th scope="col"><span class="nw-visually-hidden">{ s.col_factor }</span></th>
                        { for columns.iter().map(|(name, _)| html! { <th scope="col" class="ee-num">{ name.clone() }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for ee_rules::Ability::ALL.into_iter().map(|ability| html! {
                            <tr>
                                <th scope="row">{ t::ability(p.lang, ability) }</th>
                                { for columns.iter().map(|(_, l)| html! { <td class="ee-num">{ l.get(ability) }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct FundsProps {
    pub lang: Lang,
    pub assessment: Rc<Assessment>,
    pub family_size: u8,
}

#[function_component(Funds)]
pub fn funds(p: &FundsProps) -> Html {
    let f = &p.assessment.funds;
    let ok = f.exempt || f.sufficient;
    let text = t::funds_text(
        p.lang,
        &t::int(p.lang, f.required_cad),
        &t::int(p.lang, f.available_cad),
        p.family_size,
        f.sufficient,
        &f.exempt_reasons,
    );
    html! {
        <section class="ee-funds" aria-labelledby="ee-funds-h">
            <h3 id="ee-funds-h">{ tr(p.lang).funds_heading }</h3>
            <p class={classes!("ee-funds-text", if ok { "ee-ok" } else { "ee-no" })}>{ text }</p>
        </section>
    }
}
