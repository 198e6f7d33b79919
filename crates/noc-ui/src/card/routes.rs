//! "Other routes to permanent residence": provincial nominee streams, federal pilots and Québec's
//! PSTQ that concern the occupation (`Card::routes`, from data/routes through `facts-<code>.bin`: no
//! request beyond the card's own files). Lists that name it first, then programs open to its TEER
//! by province or territory, then limits and closed streams as short notes; a select filters by
//! province. Facts read more than six months before the reader's today say to check the page.
//!
//! Few nodes on purpose: every element of a yew template costs code in the card-only build, so an
//! item is one text node (lines split by CSS `pre-line`), a link and a caveat, rendered by one
//! function for every group.
use noc_data::routes_model::{Route, RouteConfidence, RouteReach};
use noc_data::{group_routes, route_leads_to, ROUTE_PLACES};
use std::rc::Rc;
use yew::prelude::*;

use crate::host::use_host;
use noc_data::Lang;
use noc_text::card::colon;
use noc_text::routes as t;

#[derive(Properties, PartialEq, Clone)]
pub struct RoutesProps {
    pub lang: Lang,
    pub code: AttrValue,
    pub teer: u8,
    pub routes: Rc<Vec<Route>>,
}

/// A group of items under a heading (h4), in sub-groups by jurisdiction (h5, or none).
struct Group<'a> {
    heading: String,
    places: Vec<(Option<String>, Vec<&'a Route>)>,
    empty: Option<&'static str>,
    notes: bool,
}

/// One route: its title, then in one text node what it says of the occupation, its conditions, its
/// status and dates (a closed stream or a limit: in one line), the official page and the caveats.
fn item(lang: Lang, r: &Route, today: &str, place: bool, short: bool) -> Html {
    let tx = t::text(lang);
    let mut title = t::title(lang, &r.info);
    if place {
        title = format!(
            "{}{}{title}",
            t::province_name(lang, &r.info.jurisdiction),
            colon(lang)
        );
    }
    let status = t::status_line(lang, r.info.status, &r.info.status_date);
    let text = if short {
        format!("{} {status}. ", t::reach_line(lang, r))
    } else {
        // Under "Programs open to TEER N" the reach goes without saying; a list's name does not.
        let reach = if r.reach == RouteReach::Teer {
            String::new()
        } else {
            t::reach_line(lang, r)
        };
        let mut lines = vec![reach, t::conditions_line(lang, r)];
        lines.push(format!("{status}. {}. ", t::dated(lang, &r.info)));
        lines.retain(|l| !l.is_empty());
        lines.join("\n")
    };
    let mut caveats = Vec::new();
    if r.info.confidence == RouteConfidence::Compiled {
        caveats.push(tx.compiled);
    }
    if !short && r.info.is_stale(today) {
        caveats.push(tx.stale);
    }
    html! {
        <li class="nw-route" data-route={r.info.id.clone()}>
            <strong>{ title }</strong>{ if short { colon(lang) } else { "\n" } }{ text }
            <a href={r.info.url.clone()} target="_blank" rel="noopener">{ tx.official_page }</a>
            <span class={classes!("nw-caveat", (!short && r.info.is_stale(today)).then_some("nw-route-stale"))}>{ if caveats.is_empty() { String::new() } else { format!("\n{}", caveats.join(" ")) } }</span>
        </li>
    }
}

#[function_component(RoutesPanel)]
pub fn routes_panel(props: &RoutesProps) -> Html {
    let lang = props.lang;
    let tx = t::text(lang);
    let embed = use_host();
    let page = embed.page.clone();
    // A paint rendered on another day renders that day first (so the DOM matches), then today.
    // Both states are u32 (yyyymmdd; the province's place in ROUTE_PLACES + 1, 0 for all): the card
    // already holds a u32 state, so these hooks add no code to the card-only build.
    let day = |d: ee_rules::Date| d.year as u32 * 10_000 + d.month as u32 * 100 + d.day as u32;
    let today = use_state(|| day(embed.config.paint_date.unwrap_or_else(|| page.today())));
    {
        let today = today.clone();
        let page = page.clone();
        use_effect_with((), move |_| {
            let now = day(page.today());
            if *today != now {
                today.set(now);
            }
        });
    }
    let picked = use_state(|| 0u32);
    let onchange = {
        let picked = picked.clone();
        Callback::from(move |e: Event| {
            let v = page.value_of(&e);
            picked.set(
                ROUTE_PLACES[..13]
                    .iter()
                    .position(|p| *p == v)
                    .map_or(0, |i| i as u32 + 1),
            );
        })
    };
    let province = (*picked).checked_sub(1).map(|i| ROUTE_PLACES[i as usize]);
    let today = format!(
        "{:04}-{:02}-{:02}",
        *today / 10_000,
        *today / 100 % 100,
        *today % 100
    );
    let routes = &props.routes;
    let g = group_routes(routes, province);
    let place_name = |p: &str| {
        let name = t::place_name(lang, p);
        if p == "QC" {
            format!("{name}. {}", tx.quebec_note)
        } else {
            name
        }
    };
    let mut groups = vec![Group {
        heading: tx.named_heading.to_string(),
        places: vec![(None, g.named.clone())],
        empty: Some(tx.none_named),
        notes: false,
    }];
    if !g.by_teer.is_empty() {
        groups.push(Group {
            heading: t::teer_heading(lang, props.teer),
            places: g
                .by_teer
                .iter()
                .map(|(p, rs)| (Some(place_name(p)), rs.clone()))
                .collect(),
            empty: None,
            notes: false,
        });
    }
    if !g.notes.is_empty() {
        groups.push(Group {
            heading: tx.notes_heading.to_string(),
            places: g
                .notes
                .iter()
                .map(|(p, rs)| (Some(t::place_name(lang, p)), rs.clone()))
                .collect(),
            empty: None,
            notes: true,
        });
    }
    if g.named.is_empty() && g.by_teer.is_empty() && g.notes.is_empty() {
        groups = vec![Group {
            heading: String::new(),
            places: vec![(None, Vec::new())],
            empty: Some(tx.none_in_province),
            notes: false,
        }];
    }
    let select_id = format!("nw-routes-pick-{}", props.code);
    let title_id = format!("nw-routes-title-{}", props.code);
    let options = std::iter::once(("", tx.all_provinces.to_string())).chain(
        ROUTE_PLACES[..13]
            .iter()
            .filter(|p| routes.iter().any(|r| route_leads_to(r, p)))
            .map(|p| (*p, t::province_name(lang, p))),
    );
    html! {
        <section class="nw-section nw-routes" aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{ tx.heading }</h3>
            <p class="nw-routes-filter">
                <label for={select_id.clone()}>{ tx.filter_label }</label>{ " " }
                <select id={select_id} {onchange}>
                    { for options.map(|(v, name)| html! {
                        <option value={v} selected={province.unwrap_or("") == v}>{ name }</option>
                    }) }
                </select>
            </p>
            { for groups.into_iter().map(|gr| html! {
                <>
                    <h4 hidden={gr.heading.is_empty()}>{ gr.heading }</h4>
                    { for gr.places.into_iter().map(|(name, rs)| { let top = name.is_none(); html! {
                        <>
                            <h5 hidden={top}>{ name.unwrap_or_default() }</h5>
                            <p hidden={!rs.is_empty() || gr.empty.is_none()}>{ gr.empty.unwrap_or("") }</p>
                            <ul class="nw-routes-list" hidden={rs.is_empty()}>
                                { for rs.iter().map(|r| item(lang, r, &today, top, gr.notes)) }
                            </ul>
                        </>
                    }}) }
                </>
            }) }
        </section>
    }
}
