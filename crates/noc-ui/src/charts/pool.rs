//! The pool on the date of IRCC's latest distribution: one bar per score band (highest first), the
//! reader's band marked, with the same figures in a table.
use ee_rules::{Distribution, PoolPosition};
use yew::prelude::*;

use super::{n, Scale};
use noc_data::Lang;
use noc_text::calculator::int;
use noc_text::rounds::{self as w, words};

const W: f64 = 640.0;
const LABEL: f64 = 76.0;
const ROW: f64 = 18.0;

pub fn pool_chart(lang: Lang, dist: &Distribution, position: &PoolPosition) -> Html {
    let tx = words(lang);
    let bands = dist.bands();
    let max = bands.iter().map(|b| b.count).max().unwrap_or(1) as f64;
    let x = Scale::new(0.0, max, LABEL, W - 70.0);
    let height = ROW * bands.len() as f64 + 4.0;
    let date = dist.as_of.to_string();
    let total = dist.total().unwrap_or(0);
    let is_you =
        |b: &ee_rules::rounds::Band| b.low == position.band.low && b.high == position.band.high;
    html! {
        <figure class="ee-chart ee-chart-pool">
            <figcaption id="ee-pool-t">{ format!("{} ({date})", tx.pool_caption) }</figcaption>
            <svg class="ee-chart-svg" viewBox={format!("0 0 {W} {}", n(height))} role="img"
                aria-labelledby="ee-pool-t" aria-describedby="ee-pool-d" focusable="false">
                <desc id="ee-pool-d">{ w::pool_summary(lang, &date, total) }</desc>
                { for bands.iter().enumerate().map(|(i, b)| {
                    let top = 2.0 + i as f64 * ROW;
                    let end = x.at(b.count as f64);
                    let you = is_you(b);
                    html! {
                        <g class={classes!("ee-pool-band", you.then_some("ee-pool-you"))}>
                            <text class="ee-chart-label ee-chart-end" x={n(LABEL - 6.0)} y={n(top + 12.5)}>{ w::band(lang, b.low, b.high) }</text>
                            <rect class="ee-pool-bar" x={n(LABEL)} y={n(top + 2.0)} width={n((end - LABEL).max(1.0))} height={n(ROW - 4.0)} />
                            <text class="ee-chart-label" x={n(end + 4.0)} y={n(top + 12.5)}>
                                { if you { format!("{} ◀ {}", int(lang, b.count as u64), tx.your_band) } else { int(lang, b.count as u64) } }
                            </text>
                        </g>
                    }
                }) }
            </svg>
            <details class="ee-chart-table">
                <summary>{ tx.chart_table }</summary>
                <table class="ee-pool-table">
                    <caption class="ee-muted-caption">{ format!("{} ({date})", tx.pool_caption) }</caption>
                    <thead><tr>
                        <th scope="col">{ tx.col_band }</th>
                        <th scope="col" class="ee-num">{ tx.col_profiles }</th>
                    </tr></thead>
                    <tbody>
                        { for bands.iter().map(|b| html! {
                            <tr class={classes!(is_you(b).then_some("ee-ok"))}>
                                <th scope="row">{ w::band(lang, b.low, b.high) }{ if is_you(b) { format!(" ({})", tx.your_band) } else { String::new() } }</th>
                                <td class="ee-num">{ int(lang, b.count as u64) }</td>
                            </tr>
                        }) }
                        <tr><th scope="row">{ tx.total }</th><td class="ee-num">{ int(lang, total as u64) }</td></tr>
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
