//! Cut-off scores over time by round type, the reader's score as a dashed line across. PNP rounds
//! get their own, smaller chart: their cut-offs include the 600 points of a nomination.
use ee_rules::date::days_from_date;
use ee_rules::RoundClass;
use ee_rules::{Date, DrawComparison};
use yew::prelude::*;

use super::{marker, n, ticks, Scale};
use noc_data::Lang;
use noc_text::calculator as t;
use noc_text::rounds::{self as w, words};

const W: f64 = 640.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 24.0;

/// One line of the chart: a round type and its rounds (newest first).
struct Series<'a> {
    group: RoundClass,
    rounds: Vec<&'a DrawComparison>,
}

/// The series the chart shows, in a fixed order: all programs, CEC, FSW, FST, then the reader's
/// categories (French among them when they have NCLC 7); only types with a round in `rows`.
fn series<'a>(rows: &'a [DrawComparison], categories: &[RoundClass]) -> Vec<Series<'a>> {
    let mut groups: Vec<RoundClass> = vec![
        RoundClass::AllPrograms,
        RoundClass::CanadianExperienceClass,
        RoundClass::FederalSkilledWorker,
        RoundClass::FederalSkilledTrades,
    ];
    for c in categories {
        if !groups.contains(c) {
            groups.push(*c);
        }
    }
    groups
        .into_iter()
        .map(|group| Series {
            group,
            rounds: rows.iter().filter(|r| r.draw.class == group).collect(),
        })
        .filter(|s| !s.rounds.is_empty())
        .collect()
}

fn month_ticks(from: Date, to: Date) -> Vec<Date> {
    let mut out = Vec::new();
    let (mut y, mut m) = (from.year, from.month);
    // Every sixth month, on January and July.
    loop {
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
        let d = Date::new(y, m, 1);
        if d > to {
            return out;
        }
        if m == 1 || m == 7 {
            out.push(d);
        }
    }
}

/// Draws `series` on one plot over the days `(from, to)`; `id` makes the element ids unique in the
/// shadow root.
fn plot(
    lang: Lang,
    id: &str,
    caption: &str,
    series: &[Series],
    score: u16,
    (from, to): (Date, Date),
    height: f64,
) -> Html {
    let mut lo = score as f64;
    let mut hi = score as f64;
    for s in series {
        for r in &s.rounds {
            lo = lo.min(r.draw.lowest_crs as f64);
            hi = hi.max(r.draw.lowest_crs as f64);
        }
    }
    let lo = ((lo - 10.0) / 50.0).floor() * 50.0;
    let hi = ((hi + 10.0) / 50.0).ceil() * 50.0;
    let x = Scale::new(
        days_from_date(from) as f64,
        days_from_date(to) as f64,
        LEFT,
        W - RIGHT,
    );
    let y = Scale::new(lo, hi, height - BOTTOM, TOP);
    let count: usize = series.iter().map(|s| s.rounds.len()).sum();
    let title_id = format!("{id}-t");
    let desc_id = format!("{id}-d");
    let summary = w::cutoffs_summary(
        lang,
        count,
        series.len(),
        score,
        &from.to_string(),
        &to.to_string(),
    );
    let sy = y.at(score as f64);
    html! {
        <figure class="ee-chart ee-chart-cutoffs">
            <figcaption id={title_id.clone()}>{ caption.to_owned() }</figcaption>
            <svg class="ee-chart-svg" viewBox={format!("0 0 {W} {}", n(height))} role="img"
                aria-labelledby={title_id} aria-describedby={desc_id.clone()} focusable="false">
                <desc id={desc_id}>{ summary }</desc>
                { for ticks(lo, hi, 4).into_iter().map(|v| html! {
                    <g class="ee-chart-grid">
                        <line x1={n(LEFT)} x2={n(W - RIGHT)} y1={n(y.at(v))} y2={n(y.at(v))} />
                        <text x={n(LEFT - 4.0)} y={n(y.at(v) + 4.0)} class="ee-chart-label ee-chart-end">{ format!("{v}") }</text>
                    </g>
                }) }
                { for month_ticks(from, to).into_iter().map(|d| {
                    let px = x.at(days_from_date(d) as f64);
                    html! {
                        <g class="ee-chart-grid">
                            <line x1={n(px)} x2={n(px)} y1={n(TOP)} y2={n(height - BOTTOM)} />
                            <text x={n(px)} y={n(height - 8.0)} class="ee-chart-label ee-chart-mid">{ format!("{}-{:02}", d.year, d.month) }</text>
                        </g>
                    }
                }) }
                { for series.iter().enumerate().map(|(i, s)| {
                    let points: Vec<(f64, f64)> = s.rounds.iter().rev()
                        .map(|r| (x.at(days_from_date(r.draw.date) as f64), y.at(r.draw.lowest_crs as f64)))
                        .collect();
                    let line = points.iter().map(|(px, py)| format!("{},{}", n(*px), n(*py))).collect::<Vec<_>>().join(" ");
                    let marks: String = points.iter().map(|(px, py)| marker(i, *px, *py)).collect();
                    html! {
                        <g class={format!("ee-series ee-s{}", i % 8)} data-group={s.group.key()}>
                            <polyline points={line} class="ee-series-line" />
                            <path d={marks} class={if i % 6 == 4 { "ee-series-mark ee-series-open" } else { "ee-series-mark" }} />
                        </g>
                    }
                }) }
                <line class="ee-chart-you" x1={n(LEFT)} x2={n(W - RIGHT)} y1={n(sy)} y2={n(sy)} />
                <text class="ee-chart-label ee-chart-you-label ee-chart-end" x={n(W - RIGHT - 2.0)} y={n(if sy - 5.0 < TOP + 8.0 { sy + 13.0 } else { sy - 5.0 })}>
                    { format!("{} {score}", words(lang).your_score) }
                </text>
            </svg>
            <ul class="ee-legend">
                { for series.iter().enumerate().map(|(i, s)| html! {
                    <li class={format!("ee-s{}", i % 8)}>
                        // A stretch of the series' line with its marker: the key shows what tells the
                        // series apart without colour (marker shape; dash pattern in forced colours).
                        <svg class={format!("ee-legend-key ee-legend-series ee-s{}", i % 8)} viewBox="0 0 28 14" aria-hidden="true" focusable="false">
                            <line x1="1" x2="27" y1="7" y2="7" class="ee-series-line" />
                            <path d={marker(i, 14.0, 7.0)} class={if i % 6 == 4 { "ee-series-mark ee-series-open" } else { "ee-series-mark" }} />
                        </svg>
                        { format!("{} ({})", t::group(lang, s.group), s.rounds.len()) }
                    </li>
                }) }
                <li class="ee-legend-you">
                    <svg class="ee-legend-key ee-legend-series" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
                        <line class="ee-chart-you" x1="0" x2="28" y1="7" y2="7" />
                    </svg>
                    { format!("{} ({score})", words(lang).your_score) }
                </li>
            </ul>
        </figure>
    }
}

/// The two charts for the rounds in `rows` (newest first, already limited to the window
/// `from`..=`to`); `categories` are the reader's (see `DrawEligibility::categories`).
pub fn cutoff_charts(
    lang: Lang,
    rows: &[DrawComparison],
    categories: &[RoundClass],
    score: u16,
    from: Date,
    to: Date,
) -> Html {
    let main = series(rows, categories);
    let pnp: Vec<Series> = vec![Series {
        group: RoundClass::ProvincialNomineeProgram,
        rounds: rows
            .iter()
            .filter(|r| r.draw.class == RoundClass::ProvincialNomineeProgram)
            .collect(),
    }]
    .into_iter()
    .filter(|s| !s.rounds.is_empty())
    .collect();
    let tx = words(lang);
    html! {
        <div class="ee-charts">
            if !main.is_empty() { { plot(lang, "ee-cutoffs", tx.cutoffs_caption, &main, score, (from, to), 250.0) } }
            if !pnp.is_empty() {
                { plot(lang, "ee-cutoffs-pnp", tx.pnp_caption, &pnp, score, (from, to), 170.0) }
                <p class="ee-note">{ tx.pnp_note }</p>
            }
        </div>
    }
}
