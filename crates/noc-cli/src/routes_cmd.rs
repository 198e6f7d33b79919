//! `noc routes`: routes to permanent residence beyond Express Entry (provincial nominee streams,
//! federal pilots, Québec's PSTQ) from `data/routes`, the same data the card shows.
//!
//! * `noc routes CODE [--province XX] [--json] [--lang en|fr]`: the routes that concern one unit group,
//!   as the card groups them (lists that name it, programs open to its TEER by jurisdiction, limits
//!   and closed streams).
//! * `noc routes --list [--json]`: every program with its status, dates and confidence.
use noc_data::routes_model::{Route, RouteConfidence, RouteProgram};
use noc_data::{group_routes, Lang, Store};
use noc_text::routes as t;

/// `noc routes CODE [--province XX] [--json]`, `noc routes --list`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Five-digit NOC 2021 unit-group code, e.g. 31301.
    #[arg(value_name = "CODE", required_unless_present = "list")]
    pub code: Option<String>,
    /// Only routes that lead to this province or territory: NL, PE, NS, NB, QC, ON, MB, SK, AB, BC,
    /// YT, NT or NU.
    #[arg(long, value_name = "XX")]
    pub province: Option<String>,
    /// Every program with its status, dates and confidence (instead of one occupation's routes).
    #[arg(long, conflicts_with_all = ["code", "province"])]
    pub list: bool,
    /// JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Language of the text.
    #[arg(long, value_name = "en|fr", default_value = "en", value_parser = crate::lang_arg)]
    pub lang: Lang,
}

pub fn run(args: &Args) -> i32 {
    let store = Store::bundled();
    let out = if args.list {
        list(&store, args.json, args.lang)
    } else {
        let code = args.code.as_deref().unwrap_or("").trim();
        let province = match &args.province {
            Some(p) => {
                let p = p.trim().to_ascii_uppercase();
                if !noc_data::ROUTE_PLACES[..13].contains(&p.as_str()) {
                    return crate::usage_error(
                        "routes",
                        &format!("--province: '{p}' is not a province or territory code (NL, PE, NS, NB, QC, ON, MB, SK, AB, BC, YT, NT, NU)"),
                    );
                }
                Some(p)
            }
            None => None,
        };
        match one(&store, code, province.as_deref(), args.json, args.lang) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("noc routes: {e}");
                return 1;
            }
        }
    };
    use std::io::Write as _;
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    0
}

fn today() -> String {
    noc_ui::ssr::today().to_string()
}

/// One unit group's routes, as text or JSON.
pub fn one(
    store: &Store,
    code: &str,
    province: Option<&str>,
    json: bool,
    lang: Lang,
) -> Result<String, String> {
    let card = store.card(code, lang).map_err(|e| e.to_string())?;
    let routes: Vec<&Route> = card
        .routes
        .iter()
        .filter(|r| province.is_none_or(|p| noc_data::route_leads_to(r, p)))
        .collect();
    if json {
        let v = serde_json::json!({
            "code": card.code,
            "title": card.title,
            "teer": card.teer.level,
            "province": province,
            "routes": routes,
        });
        return serde_json::to_string_pretty(&v)
            .map(|s| s + "\n")
            .map_err(|e| e.to_string());
    }
    let tx = t::text(lang);
    let today = today();
    let groups = group_routes(&card.routes, province);
    let mut s = format!("{} — {} {}\n", tx.heading, card.code, card.title);
    if let Some(p) = province {
        s += &format!("{} {}\n", tx.filter_label, t::province_name(lang, p));
    }
    let line = |s: &mut String, r: &Route| {
        *s += &format!("  * {}\n", t::title(lang, &r.info));
        *s += &format!("    {}\n", t::reach_line(lang, r));
        let cond = t::conditions_line(lang, r);
        if !cond.is_empty() {
            *s += &format!("    {cond}\n");
        }
        *s += &format!(
            "    {}. {} ({}).\n",
            t::status_line(lang, r.info.status, &r.info.status_date),
            t::dated(lang, &r.info),
            t::confidence(lang, r.info.confidence)
        );
        if r.info.is_stale(&today) {
            *s += &format!("    {}\n", tx.stale);
        }
        *s += &format!("    {}\n", r.info.url);
    };
    s += &format!("\n{}\n", tx.named_heading);
    if groups.named.is_empty() {
        s += &format!("  {}\n", tx.none_named);
    }
    for r in &groups.named {
        line(&mut s, r);
    }
    s += &format!("\n{}\n", t::teer_heading(lang, card.teer.level));
    for (place, rs) in &groups.by_teer {
        s += &format!(" {}\n", t::place_name(lang, place));
        for r in rs {
            line(&mut s, r);
        }
    }
    if !groups.notes.is_empty() {
        s += &format!("\n{}\n", tx.notes_heading);
        for (place, rs) in &groups.notes {
            s += &format!(" {}\n", t::place_name(lang, place));
            for r in rs {
                line(&mut s, r);
            }
        }
    }
    if routes.is_empty() {
        s += &format!("\n{}\n", tx.none_in_province);
    }
    Ok(s)
}

/// Every program: id, status, dates, confidence, how it decides (text), or the full table (JSON).
pub fn list(store: &Store, json: bool, lang: Lang) -> String {
    let mut programs: Vec<&RouteProgram> = store.route_programs().iter().collect();
    if json {
        return serde_json::to_string_pretty(&programs).unwrap_or_default() + "\n";
    }
    programs.sort_by_key(|p| {
        noc_data::ROUTE_PLACES
            .iter()
            .position(|x| *x == p.info.jurisdiction)
    });
    let count = |c: RouteConfidence| programs.iter().filter(|p| p.info.confidence == c).count();
    let mut s = format!(
        "{} programs ({} official lists, {} official rules, {} compiled)\n",
        programs.len(),
        count(RouteConfidence::OfficialList),
        count(RouteConfidence::OfficialRule),
        count(RouteConfidence::Compiled)
    );
    for p in programs {
        let i = &p.info;
        let decides = match i.decides_by {
            noc_data::routes_model::DecidesBy::Named => format!("names {} codes", p.codes.len()),
            noc_data::routes_model::DecidesBy::NotConsidered => {
                format!("does not consider {} codes", p.codes.len())
            }
            noc_data::routes_model::DecidesBy::Teer => format!("TEER {:?}", p.teer),
            noc_data::routes_model::DecidesBy::TeerExcept => {
                format!("TEER {:?} except {} codes", p.teer, p.codes.len())
            }
        };
        s += &format!(
            "{:<32} {:<4} {}\n{:<32}      {}; {}; {}; {}\n{:<32}      {}\n",
            i.id,
            i.jurisdiction,
            t::title(lang, i),
            "",
            t::status_line(lang, i.status, &i.status_date),
            t::dated(lang, i),
            t::confidence(lang, i.confidence),
            decides,
            "",
            i.url
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_occupation_as_text_names_lists_first_then_teer_then_notes() {
        let store = Store::bundled();
        let s = one(&store, "33102", None, false, Lang::En).unwrap();
        let named = s.find("Lists that name this occupation").unwrap();
        let teer = s.find("Programs open to TEER 3 occupations").unwrap();
        assert!(named < teer);
        assert!(s.contains("Named on its list: Occupations in Demand list."));
        assert!(s.contains("https://www.princeedwardisland.ca/en/information/office-of-immigration/occupations-in-demand"));
        let fr = one(&store, "33102", None, false, Lang::Fr).unwrap();
        assert!(fr.contains("Listes qui nomment cette profession"));
    }

    #[test]
    fn json_and_province_filter() {
        let store = Store::bundled();
        let s = one(&store, "44101", Some("ON"), true, Lang::En).unwrap();
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        let ids: Vec<&str> = v["routes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["info"]["id"].as_str().unwrap())
            .collect();
        // Ontario's own streams (one open by TEER, one closed that named it) and the pilots that run there.
        assert_eq!(
            ids,
            [
                "fed-fcip",
                "fed-home-care-workers",
                "fed-rcip",
                "on-in-demand-skills",
                "on-workforce-priority"
            ]
        );
        assert_eq!(v["routes"][3]["info"]["status"], "closed");
        assert_eq!(v["routes"][3]["reach"], "named");
        assert!(one(&store, "99999", None, false, Lang::En).is_err());
    }

    #[test]
    fn list_prints_every_program_with_dates_and_confidence() {
        let store = Store::bundled();
        let s = list(&store, false, Lang::En);
        assert!(s.starts_with("51 programs (20 official lists, 16 official rules, 15 compiled)"));
        assert!(s.contains("on-in-demand-skills"));
        assert!(s.contains("Closed on 2026-06-26"));
        let v: serde_json::Value = serde_json::from_str(&list(&store, true, Lang::En)).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 51);
        assert!(crate::parse_from(["noc", "routes", "31301", "--list"]).is_err());
        assert!(crate::parse_from(["noc", "routes"]).is_err());
        assert!(crate::parse_from(["noc", "routes", "--list"]).is_ok());
    }
}
