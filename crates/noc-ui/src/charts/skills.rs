//! The card's skills profile (issue 25): its highest-rated skills and its most telling work-context
//! facts as horizontal bars on their OaSIS scales, each name on its own line above its bar so the
//! chart stays readable at 360 px. The same ratings are in a table below it.
use noc_data::similar::{ProfileItem, SkillsProfile};
use yew::prelude::*;

use super::n;
use noc_data::Lang;
use noc_text::similar::{self as s, text};

const W: f64 = 360.0;
const ROW: f64 = 30.0;
const HEAD: f64 = 24.0;
const BAR: f64 = 9.0;

/// Rows of one group: a heading, then one bar per item; returns the markup and the next y.
fn group(
    lang: Lang,
    heading: &str,
    items: &[ProfileItem],
    class: &'static str,
    top: f64,
) -> (Html, f64) {
    if items.is_empty() {
        return (Html::default(), top);
    }
    let mut y = top;
    let head = html! {
        <text class="nw-chart-label nw-skills-group" x="0" y={n(y + 15.0)}>{ heading.to_owned() }</text>
    };
    y += HEAD;
    let rows: Html = items
        .iter()
        .map(|it| {
            let name = it.name.clone();
            let value = s::level(lang, it.level, it.scale_max);
            let share = (it.level / it.scale_max.max(1) as f64).clamp(0.0, 1.0);
            let row_top = y;
            y += ROW;
            html! {
                <g class={classes!("nw-skills-row", class)}>
                    <text class="nw-chart-label" x="0" y={n(row_top + 12.0)}>{ name }</text>
                    <text class="nw-chart-label nw-chart-end" x={n(W)} y={n(row_top + 12.0)}>{ value }</text>
                    <rect class="nw-skills-track" x="0" y={n(row_top + 16.0)} width={n(W)} height={n(BAR)} rx="2" />
                    <rect class="nw-skills-bar" x="0" y={n(row_top + 16.0)} width={n(W * share)} height={n(BAR)} rx="2" />
                </g>
            }
        })
        .collect();
    (html! { <>{ head }{ rows }</> }, y)
}

/// The chart and its table; `uid` prefixes element ids in the shadow root. A plain function, not a
/// component: it holds no state, and a component would cost the card-only build bytes for nothing.
pub fn skills_chart(lang: Lang, prof: &SkillsProfile, uid: &str) -> Html {
    let tx = text(lang);
    if prof.top_skills.is_empty() && prof.work_context.is_empty() {
        return html! {};
    }
    let (skills, y) = group(
        lang,
        tx.top_skills,
        &prof.top_skills,
        "nw-skills-skill",
        0.0,
    );
    let (context, y) = group(
        lang,
        tx.work_context,
        &prof.work_context,
        "nw-skills-context",
        if prof.top_skills.is_empty() {
            y
        } else {
            y + 8.0
        },
    );
    let caption_id = format!("{uid}-skills-t");
    let row = |it: &ProfileItem| {
        html! {
            <tr>
                <th scope="row">{ it.name.clone() }</th>
                <td>{ s::level(lang, it.level, it.scale_max) }</td>
            </tr>
        }
    };
    let body = |heading: &str, items: &[ProfileItem]| {
        if items.is_empty() {
            return Html::default();
        }
        html! {
            <tbody>
                <tr><th scope="colgroup" colspan="2" class="nw-skills-table-group">{ heading.to_owned() }</th></tr>
                { for items.iter().map(row) }
            </tbody>
        }
    };
    html! {
        <figure class="nw-chart nw-skills-chart">
            <figcaption id={caption_id.clone()}>{ tx.profile_caption }</figcaption>
            <svg class="nw-chart-svg" viewBox={format!("0 0 {} {}", n(W), n(y + 4.0))} role="img" aria-labelledby={caption_id} focusable="false">
                { skills }
                { context }
            </svg>
            if !prof.work_context.is_empty() {
                <p class="nw-chart-legend">{ tx.context_note }</p>
            }
            <details class="nw-skills-table">
                <summary>{ tx.table_summary }</summary>
                <div class="nw-table-scroll" role="region" aria-label={tx.table_summary} tabindex="0">
                    <table>
                        <thead><tr>
                            <th scope="col">{ tx.descriptor }</th>
                            <th scope="col">{ tx.level }</th>
                        </tr></thead>
                        { body(tx.top_skills, &prof.top_skills) }
                        { body(tx.work_context, &prof.work_context) }
                    </table>
                </div>
            </details>
        </figure>
    }
}
