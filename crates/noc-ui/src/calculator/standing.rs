//! Where the reader stands: rounds of invitations of the last 24 months (IRCC's feed, fetched as
//! `rounds.bin` only by this view), where the reader stands in the pool, and the category-based
//! selection lists the reader's occupation is on.
use std::rc::Rc;

use ee_rules::date::days_from_date;
use ee_rules::rounds::latest_distribution;
use ee_rules::{categories_for, compare_to_draws, draw_eligibility, Assessment, Date, Profile};
use noc_data::Store;
use yew::prelude::*;

use crate::charts::{cutoffs::cutoff_charts, pool::pool_chart};
use crate::data::{use_data, DataState};
use noc_text::rounds::{self as rt, words};

use noc_data::Lang;
use noc_text::calculator::{self as t, tr};

/// How many rounds the table lists (newest first).
const ROUNDS_SHOWN: usize = 12;

#[derive(Properties, PartialEq, Clone)]
pub struct ContextProps {
    pub lang: Lang,
    pub profile: Rc<Profile>,
    pub assessment: Rc<Assessment>,
    /// The candidate's main occupation (valid NOC code), if known.
    pub noc: Option<AttrValue>,
    /// The reader's clock (to say when the rounds may be out of date).
    #[prop_or_default]
    pub today: Option<Date>,
}

/// Rounds of this many months before the newest are compared and drawn.
const WINDOW_MONTHS: u16 = 24;
/// Past this many days after the newest round, say that newer rounds may exist.
const STALE_DAYS: i64 = 30;

fn rounds_table(lang: Lang, rows: &[ee_rules::DrawComparison], caption: Option<String>) -> Html {
    let s = tr(lang);
    html! {
        <div class="ee-table-scroll" role="region" aria-label={if caption.is_some() { s.draws_table_label } else { s.older_rounds_table_label }} tabindex="0">
        <table class="ee-draws-table">
            if let Some(c) = caption { <caption class="ee-muted-caption">{ c }</caption> }
            <thead><tr>
                <th scope="col">{ s.col_date }</th>
                <th scope="col">{ s.col_round }</th>
                <th scope="col" class="ee-num">{ s.col_cutoff }</th>
                <th scope="col" class="ee-num">{ s.col_you }</th>
                <th scope="col">{ words(lang).col_tie_break }</th>
            </tr></thead>
            <tbody>
                { for rows.iter().map(|r| {
                    let margin = if r.eligible { format!("{:+}", r.margin) } else { "—".into() };
                    html! {
                        <tr class={classes!(r.would_have_been_invited.then_some("ee-ok"))}>
                            <td>{ r.draw.date.to_string() }</td>
                            <td>{ t::group(lang, r.draw.class) }<span class="ee-muted">{ format!(" ({}; {})", t::kind(lang, r.draw.kind()), if r.eligible { s.can_enter } else { s.cannot_enter }) }</span></td>
                            <td class="ee-num">{ r.draw.lowest_crs }</td>
                            <td class="ee-num">{ margin }</td>
                            <td class="ee-tie">{ match r.draw.tie_break {
                                Some(t) => format!("{} {:02}:{:02}:{:02}", t.date, t.hour, t.minute, t.second),
                                None => words(lang).no_tie_break.to_owned(),
                            } }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
    }
}

#[function_component(Draws)]
pub fn draws(p: &ContextProps) -> Html {
    let s = tr(p.lang);
    let tx = words(p.lang);
    let data = use_data(Store::files_for_rounds());
    let body = match data {
        DataState::Loading => html! { <p class="nw-loading" role="status">{ tx.loading }</p> },
        DataState::Failed(_) => html! { <p class="ee-note" role="status">{ tx.load_failed }</p> },
        DataState::Ready(store) => {
            let store = store.borrow();
            draws_body(p, store.rounds())
        }
    };
    html! {
        <section class="ee-draws" aria-labelledby="ee-draws-h">
            <h3 id="ee-draws-h">{ s.draws_heading }</h3>
            { body }
            <p class="ee-note">{ s.draws_note }</p>
        </section>
    }
}

fn draws_body(p: &ContextProps, rounds: &[ee_rules::Round]) -> Html {
    let s = tr(p.lang);
    let tx = words(p.lang);
    let Some(newest) = rounds.first() else {
        return html! { <p class="ee-note">{ tx.load_failed }</p> };
    };
    let a = &p.assessment;
    let to = newest.date;
    let from = Date::new(to.year - WINDOW_MONTHS / 12, to.month, to.day.min(28));
    let recent: Vec<ee_rules::Round> = rounds
        .iter()
        .take_while(|r| r.date > from)
        .cloned()
        .collect();
    let eligibility = draw_eligibility(&p.profile, a, p.noc.as_deref());
    let rows = compare_to_draws(&recent, a.crs.total, &eligibility);
    let open = rows.iter().filter(|r| r.eligible).count();
    let above = rows.iter().filter(|r| r.would_have_been_invited).count();
    let in_pool = eligibility.fsw || eligibility.cec || eligibility.fst;
    let stale = p
        .today
        .is_some_and(|t| days_from_date(t) - days_from_date(to) > STALE_DAYS);
    let pool =
        latest_distribution(rounds).and_then(|d| d.position(a.crs.total).map(|pos| (d, pos)));
    html! {
        <>
            <p class="ee-fresh">
                { rt::newest_round(p.lang, &to.to_string(), &newest.label) }
                if stale {
                    { " " }{ tx.stale }{ " " }
                    <a href={rt::ircc_rounds_url(p.lang)} target="_blank" rel="noopener noreferrer">{ tx.ircc_page }</a>{ "." }
                }
            </p>
            <p class="ee-draws-summary">
                { if in_pool { t::draws_summary(p.lang, a.crs.total, open, above) } else { t::not_in_pool(p.lang).to_owned() } }
            </p>
            { cutoff_charts(p.lang, &rows, &eligibility.categories, a.crs.total, from, to) }
            { rounds_table(p.lang, &rows[..rows.len().min(ROUNDS_SHOWN)], Some(t::draws_as_of(p.lang, &to.to_string()))) }
            if rows.len() > ROUNDS_SHOWN {
                <details class="ee-older nw-no-print">
                    <summary>{ format!("{} ({})", s.older_rounds, rows.len() - ROUNDS_SHOWN) }</summary>
                    { rounds_table(p.lang, &rows[ROUNDS_SHOWN..], None) }
                </details>
            }
            if let Some((dist, pos)) = pool {
                <div class="ee-pool">
                    <h4>{ tx.pool_heading }</h4>
                    <p class="ee-pool-position">
                        { rt::pool_position(p.lang, &pos.as_of.to_string(), pos.at_or_above_min, pos.at_or_above_max, pos.total) }
                        { " " }{ rt::band_note(p.lang, pos.band.low, pos.band.high) }
                    </p>
                    { pool_chart(p.lang, dist, &pos) }
                    <p class="ee-note">{ tx.pool_note }</p>
                </div>
            }
        </>
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
                        <li data-category={m.category.key()}><strong>{ t::group(p.lang, m.category) }</strong>
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
