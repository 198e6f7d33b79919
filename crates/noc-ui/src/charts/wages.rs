//! The card's wages as low–median–high ranges: Canada first, then the provinces; the reader can
//! pick their province to have it stand out. The table beside it holds the same figures.
use noc_data::{Geo, WageFigure, WageUnit};
use yew::prelude::*;

use super::{n, Scale};
use crate::host::use_page;
use noc_data::Lang;
use noc_text::card::{self as t};
use noc_text::rounds::words;

const W: f64 = 640.0;
const LABEL: f64 = 150.0;
const ROW: f64 = 22.0;

#[derive(Properties, PartialEq, Clone)]
pub struct WageRangesProps {
    pub lang: Lang,
    /// Canada first, then provinces (as the card lists them).
    pub rows: Vec<WageFigure>,
    /// Unique prefix for element ids in the shadow root.
    pub uid: AttrValue,
}

#[function_component(WageRanges)]
pub fn wage_ranges(p: &WageRangesProps) -> Html {
    let lang = p.lang;
    let tx = words(lang);
    let picked = use_state(|| None::<Geo>);
    // One unit per chart: the national row's (Job Bank gives a unit group one unit almost always).
    let unit = p.rows.first().map(|w| w.unit).unwrap_or(WageUnit::Hourly);
    let rows: Vec<&WageFigure> = p
        .rows
        .iter()
        .filter(|w| w.unit == unit && (w.low.is_some() || w.median.is_some() || w.high.is_some()))
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    let values = rows
        .iter()
        .flat_map(|w| [w.low, w.median, w.high])
        .flatten();
    let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
    let pad = ((hi - lo) * 0.05).max(1.0);
    let x = Scale::new((lo - pad).max(0.0), hi + pad, LABEL, W - 12.0);
    let height = ROW * rows.len() as f64 + 26.0;
    let title_id = format!("{}-wages-t", p.uid);
    let select_id = format!("{}-wages-pick", p.uid);
    let page = use_page();
    let onchange = {
        let picked = picked.clone();
        let geos: Vec<Geo> = rows.iter().map(|w| w.province).collect();
        Callback::from(move |e: Event| {
            let value = page.value_of(&e);
            picked.set(
                value
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| geos.get(i).copied()),
            );
        })
    };
    let money = |v: f64| t::money(lang, v, unit == WageUnit::Hourly);
    html! {
        <figure class="nw-chart nw-wage-chart">
            <figcaption id={title_id.clone()}>{ tx.wages_chart_caption }</figcaption>
            <p class="nw-wage-pick nw-no-print">
                <label for={select_id.clone()}>{ tx.highlight_province }</label>
                { " " }
                <select id={select_id} onchange={onchange}>
                    <option value="" selected={picked.is_none()}>{ tx.no_highlight }</option>
                    { for rows.iter().enumerate().filter(|(_, w)| w.province != Geo::NAT).map(|(i, w)| html! {
                        <option value={i.to_string()} selected={*picked == Some(w.province)}>{ t::region_name(lang, w.province) }</option>
                    }) }
                </select>
            </p>
            <svg class="nw-chart-svg" viewBox={format!("0 0 {} {}", n(W), n(height))} role="img" aria-labelledby={title_id} focusable="false">
                { for rows.iter().enumerate().map(|(i, w)| {
                    let top = 4.0 + i as f64 * ROW;
                    let cy = top + ROW / 2.0;
                    let mark = *picked == Some(w.province) && w.province != Geo::NAT;
                    let national = w.province == Geo::NAT;
                    let (a, b) = (w.low.or(w.median).unwrap_or(0.0), w.high.or(w.median).unwrap_or(0.0));
                    html! {
                        <g class={classes!("nw-wage-row", national.then_some("nw-wage-national"), mark.then_some("nw-wage-you"))}>
                            if mark { <rect class="nw-wage-highlight" x="0" y={n(top)} width={n(W)} height={n(ROW)} /> }
                            <text class="nw-chart-label nw-chart-end" x={n(LABEL - 8.0)} y={n(cy + 4.0)}>{ t::region_name(lang, w.province) }</text>
                            <line class="nw-wage-range" x1={n(x.at(a))} x2={n(x.at(b))} y1={n(cy)} y2={n(cy)} />
                            <line class="nw-wage-end" x1={n(x.at(a))} x2={n(x.at(a))} y1={n(cy - 5.0)} y2={n(cy + 5.0)} />
                            <line class="nw-wage-end" x1={n(x.at(b))} x2={n(x.at(b))} y1={n(cy - 5.0)} y2={n(cy + 5.0)} />
                            if let Some(m) = w.median {
                                <circle class="nw-wage-median" cx={n(x.at(m))} cy={n(cy)} r="4.5" />
                            }
                        </g>
                    }
                }) }
                <g class="nw-chart-axis">
                    <text class="nw-chart-label" x={n(LABEL)} y={n(height - 6.0)}>{ money(x.d0) }</text>
                    <text class="nw-chart-label nw-chart-end" x={n(W - 12.0)} y={n(height - 6.0)}>{ money(x.d1) }</text>
                </g>
            </svg>
            <p class="nw-chart-legend">
                <svg class="nw-legend-key" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
                    <line class="nw-wage-range" x1="2" x2="26" y1="7" y2="7" />
                </svg>
                { format!(" {}   ", tx.legend_range) }
                <svg class="nw-legend-key" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                    <circle class="nw-wage-median" cx="7" cy="7" r="4.5" />
                </svg>
                { format!(" {}", tx.legend_median) }
            </p>
        </figure>
    }
}
