//! Context for the score: recent rounds of invitations (dated, from the engine's snapshot) and the
//! category-based selection lists the reader's occupation is on.
use std::rc::Rc;

use ee_rules::draws::{RoundKind, DRAWS_AS_OF};
use ee_rules::{categories_for, compare_to_draws, draw_eligibility, Assessment, Profile};
use yew::prelude::*;

use crate::i18n::calculator::{self as t, tr};
use crate::i18n::common::Lang;

/// How many rounds the table lists (newest first).
const ROUNDS_SHOWN: usize = 12;

#[derive(Properties, PartialEq, Clone)]
pub struct ContextProps {
    pub lang: Lang,
    pub profile: Rc<Profile>,
    pub assessment: Rc<Assessment>,
    /// The candidate's main occupation (valid NOC code), if known.
    pub noc: Option<AttrValue>,
}

fn kind_key(k: RoundKind) -> &'static str {
    match k {
        RoundKind::General => "general",
        RoundKind::Program => "program",
        RoundKind::Category => "category",
    }
}

fn rounds_table(lang: Lang, rows: &[ee_rules::DrawComparison], caption: Option<String>) -> Html {
    let s = tr(lang);
    html! {
        <table class="ee-draws-table">
            if let Some(c) = caption { <caption class="ee-muted-caption">{ c }</caption> }
            <thead><tr>
                <th scope="col">{ s.col_date }</th>
                <th scope="col">{ s.col_round }</th>
                <th scope="col" class="ee-num">{ s.col_cutoff }</th>
                <th scope="col" class="ee-num">{ s.col_you }</th>
            </tr></thead>
            <tbody>
                { for rows.iter().map(|r| {
                    let margin = if r.eligible { format!("{:+}", r.margin) } else { "—".into() };
                    html! {
                        <tr class={classes!(r.would_have_been_invited.then_some("ee-ok"))}>
                            <td>{ r.draw.date }</td>
                            <td>{ t::group(lang, r.draw.group) }<span class="ee-muted">{ format!(" ({}; {})", t::kind(lang, kind_key(r.draw.kind)), if r.eligible { s.can_enter } else { s.cannot_enter }) }</span></td>
                            <td class="ee-num">{ r.draw.lowest_crs }</td>
                            <td class="ee-num">{ margin }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

#[function_component(Draws)]
pub fn draws(p: &ContextProps) -> Html {
    let s = tr(p.lang);
    let a = &p.assessment;
    let eligibility = draw_eligibility(&p.profile, a, p.noc.as_deref());
    let rows = compare_to_draws(a.crs.total, &eligibility);
    let open = rows.iter().filter(|r| r.eligible).count();
    let above = rows.iter().filter(|r| r.would_have_been_invited).count();
    let in_pool = eligibility.fsw || eligibility.cec || eligibility.fst;
    html! {
        <section class="ee-draws" aria-labelledby="ee-draws-h">
            <h3 id="ee-draws-h">{ s.draws_heading }</h3>
            <p class="ee-draws-summary">
                { if in_pool { t::draws_summary(p.lang, a.crs.total, open, above) } else { t::not_in_pool(p.lang).to_owned() } }
            </p>
            { rounds_table(p.lang, &rows[..rows.len().min(ROUNDS_SHOWN)], Some(t::draws_as_of(p.lang, DRAWS_AS_OF))) }
            if rows.len() > ROUNDS_SHOWN {
                <details class="ee-older nw-no-print">
                    <summary>{ format!("{} ({})", s.older_rounds, rows.len() - ROUNDS_SHOWN) }</summary>
                    { rounds_table(p.lang, &rows[ROUNDS_SHOWN..], None) }
                </details>
            }
            <p class="ee-note">{ s.draws_note }</p>
        </section>
    }
}

#[function_component(Categories)]
pub fn categories(p: &ContextProps) -> Html {
    let s = tr(p.lang);
    let (_, french) = ee_rules::crs::levels_by_language(&p.profile);
    let matches: Vec<_> = categories_for(p.noc.as_deref().unwrap_or(""), french.as_ref())
        .into_iter()
        .filter(|m| m.current)
        .collect();
    html! {
        <section class="ee-categories" aria-labelledby="ee-categories-h">
            <h3 id="ee-categories-h">{ s.categories_heading }</h3>
            if matches.is_empty() {
                <p>{ s.categories_none }</p>
            } else {
                <ul>
                    { for matches.iter().map(|m| html! {
                        <li data-category={m.category}><strong>{ t::group(p.lang, m.category) }</strong>
                            { format!(" — {} ({})", t::category_condition(p.lang, m.condition), t::list_since(p.lang, m.list_date)) }</li>
                    }) }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct NoticesProps {
    pub lang: Lang,
    pub assessment: Rc<Assessment>,
}

/// "Rules as of", the rule-set version, announced-but-unreflected changes and other notices.
#[function_component(Notices)]
pub fn notices(p: &NoticesProps) -> Html {
    let a = &p.assessment;
    html! {
        <section class="ee-notices" aria-labelledby="ee-notices-h">
            <h3 id="ee-notices-h">{ tr(p.lang).notices_heading }</h3>
            <ul>
                { for a.notices.iter().map(|n| html! { <li data-notice={n.key.key()}>{ t::notice(p.lang, n.key, n.since) }</li> }) }
            </ul>
        </section>
    }
}
