//! Wages (national and by province), outlooks by province, the COPS national projection and the
//! census median income. A figure that is not published reads "no data", never 0.
use noc_data::{Card, LabourMarket, WageFigure, WageUnit};
use yew::prelude::*;

use noc_data::Lang;
use noc_text::card::{self as t, text};

pub fn sections(lang: Lang, card: &Card) -> Html {
    html! {
        <>
            { wages(lang, card) }
            { outlook(lang, card) }
        </>
    }
}

fn amount(lang: Lang, value: Option<f64>, unit: WageUnit) -> Html {
    match value {
        Some(v) => html! { { t::money(lang, v, unit == WageUnit::Hourly) } },
        None => html! { <span class="nw-muted">{ text(lang).no_data }</span> },
    }
}

fn wage_row(lang: Lang, w: &WageFigure) -> Html {
    let tx = text(lang);
    let unit = match w.unit {
        WageUnit::Hourly => tx.hourly,
        WageUnit::Annual => tx.annual,
    };
    html! {
        <tr class={classes!((w.province == noc_data::Geo::NAT).then_some("nw-national"))}>
            <th scope="row">{ t::region_name(lang, w.province) }</th>
            <td>{ amount(lang, w.low, w.unit) }</td>
            <td>{ amount(lang, w.median, w.unit) }</td>
            <td>{ amount(lang, w.high, w.unit) }</td>
            <td>{ format!("{}, {unit}", w.period) }</td>
        </tr>
    }
}

fn wages(lang: Lang, card: &Card) -> Html {
    let tx = text(lang);
    let rows: Vec<&WageFigure> = card
        .wages
        .national
        .iter()
        .chain(card.wages.provinces.iter())
        .collect();
    html! {
        <section class="nw-section nw-wages">
            <h3>{ tx.wages }</h3>
            if rows.is_empty() {
                <p>{ tx.no_wages }</p>
            } else {
                // The note sits outside the scrolling region so it wraps to the screen, not to the table.
                <p class="nw-table-note">{ tx.wages_note }</p>
                <crate::charts::wages::WageRanges lang={lang} rows={rows.iter().map(|w| (*w).clone()).collect::<Vec<_>>()} uid="nw" />
                <div class="nw-table-scroll" role="region" aria-label={tx.wages} tabindex="0">
                    <table>
                        <thead><tr>
                            <th scope="col">{ tx.region }</th>
                            <th scope="col">{ tx.low }</th>
                            <th scope="col">{ tx.median }</th>
                            <th scope="col">{ tx.high }</th>
                            <th scope="col">{ tx.period }</th>
                        </tr></thead>
                        <tbody>
                            if card.wages.national.is_none() {
                                <tr class="nw-national">
                                    <th scope="row">{ "Canada" }</th>
                                    <td colspan="4"><span class="nw-muted">{ tx.no_data }</span></td>
                                </tr>
                            }
                            { for rows.iter().map(|w| wage_row(lang, w)) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}

fn condition(lang: Lang, c: &noc_data::Condition) -> String {
    if c.key == LabourMarket::NotAvailable || c.label.is_empty() {
        text(lang).no_data.to_owned()
    } else {
        c.label.clone()
    }
}

fn outlook(lang: Lang, card: &Card) -> Html {
    let tx = text(lang);
    let cops = &card.cops;
    let figure = |n: Option<i64>| match n {
        Some(n) => html! { { t::thousands(lang, n) } },
        None => html! { <span class="nw-muted">{ tx.no_data }</span> },
    };
    let f = cops.figures.as_ref();
    html! {
        <section class="nw-section nw-outlook">
            <h3>{ tx.outlook }</h3>
            if card.outlook.provinces.is_empty() {
                <p>{ tx.no_outlook }</p>
            } else {
                <p class="nw-table-note">{ tx.outlook_note }</p>
                <div class="nw-table-scroll" role="region" aria-label={tx.outlook} tabindex="0">
                    <table>
                        <thead><tr>
                            <th scope="col">{ tx.region }</th>
                            <th scope="col">{ tx.outlook_col }</th>
                            <th scope="col">{ tx.released }</th>
                        </tr></thead>
                        <tbody>
                            { for card.outlook.provinces.iter().map(|p| html! {
                                <tr>
                                    <th scope="row">{ t::region_name(lang, p.province) }</th>
                                    <td>{ t::outlook_word(lang, p.outlook) }</td>
                                    <td>{ &p.release_date }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <h4>{ tx.cops }</h4>
            <dl class="nw-facts">
                <dt>{ tx.employment_2023 }</dt><dd>{ figure(f.map(|f| f.employment_2023)) }</dd>
                <dt>{ tx.job_openings }</dt><dd>{ figure(f.map(|f| f.job_openings)) }</dd>
                <dt>{ tx.job_seekers }</dt><dd>{ figure(f.map(|f| f.job_seekers)) }</dd>
                <dt>{ tx.recent_conditions }</dt><dd>{ condition(lang, &cops.recent_conditions) }</dd>
                <dt>{ tx.future_conditions }</dt><dd>{ condition(lang, &cops.future_conditions) }</dd>
                <dt>{ tx.census }</dt>
                <dd>
                    { match card.census_income.median {
                        Some(m) => html! { { t::money(lang, m as f64, false) } },
                        None => html! { <span class="nw-muted">{ tx.no_data }</span> },
                    } }
                    if card.census_income.flag == Some(noc_data::CensusFlag::SeniorManagersAggregate) {
                        { format!(" ({})", tx.census_aggregate) }
                    }
                </dd>
            </dl>
        </section>
    }
}
