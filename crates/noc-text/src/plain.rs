//! The occupation card as plain text (`noc show`), from the same words and number formats as the
//! widget's card: one set of labels, one thousands separator, one "no data".
use crate::card::{self as t, text};
use ee_rules::{occupation_programs, OccupationPrograms};
use noc_data::Lang;
use noc_data::{Card, LabourMarket, WageFigure, WageUnit};
use std::fmt::Write as _;

fn list(out: &mut String, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{heading}");
    for i in items {
        let _ = writeln!(out, "  • {i}");
    }
}

fn money(lang: Lang, v: Option<f64>, unit: WageUnit) -> String {
    match v {
        Some(v) => t::money(lang, v, unit == WageUnit::Hourly),
        None => text(lang).no_data.to_owned(),
    }
}

fn wage_line(lang: Lang, f: &WageFigure) -> String {
    let tx = text(lang);
    let unit = match f.unit {
        WageUnit::Hourly => tx.hourly,
        WageUnit::Annual => tx.annual,
    };
    format!(
        "  {}{}{} / {} / {} {unit} ({})\n",
        t::region_name(lang, f.province),
        t::colon(lang),
        money(lang, f.low, f.unit),
        money(lang, f.median, f.unit),
        money(lang, f.high, f.unit),
        f.period
    )
}

/// The whole card, in the card's language.
pub fn card(c: &Card) -> String {
    let lang = c.lang;
    let tx = text(lang);
    let colon = t::colon(lang);
    let mut o = String::new();
    let _ = writeln!(o, "{} — {} {}", c.title, tx.noc_label, c.code);
    let _ = writeln!(
        o,
        "{}{colon}{}",
        t::teer_badge(lang, c.teer.level),
        c.teer.label
    );
    let path: Vec<&str> = c.hierarchy.iter().map(|h| h.code.as_str()).collect();
    let _ = writeln!(o, "\n{}{colon}{}", tx.classification, path.join(" › "));
    for h in &c.hierarchy {
        let _ = writeln!(o, "  {:<5} {}", h.code, h.title);
    }
    let _ = writeln!(o, "\n{}\n  {}", tx.definition, c.definition);
    list(&mut o, tx.illustrative, &c.illustrative_examples);
    list(
        &mut o,
        &t::all_examples(lang, c.all_examples.len()),
        &c.all_examples,
    );
    list(&mut o, tx.inclusions, &c.inclusions);
    let _ = writeln!(o, "\n{}", tx.duties);
    if !c.main_duties.lead.is_empty() {
        let _ = writeln!(o, "  {}", c.main_duties.lead);
    }
    for s in &c.main_duties.sections {
        if let Some(h) = &s.heading {
            let _ = writeln!(o, "  {h}");
        }
        let indent = if s.heading.is_some() { "    " } else { "  " };
        for i in &s.items {
            let _ = writeln!(o, "{indent}• {i}");
        }
    }
    list(&mut o, tx.requirements, &c.employment_requirements);
    list(&mut o, tx.additional, &c.additional_information);
    let excl: Vec<String> = c
        .exclusions
        .iter()
        .map(|e| match &e.code {
            Some(code) => format!("{} → {code}", e.title),
            None => e.text.clone(),
        })
        .collect();
    list(&mut o, tx.exclusions, &excl);

    let _ = writeln!(
        o,
        "\n{} ({} / {} / {})",
        tx.wages, tx.low, tx.median, tx.high
    );
    if c.wages.national.is_none() && c.wages.provinces.is_empty() {
        let _ = writeln!(o, "  {}", tx.no_wages);
    }
    for f in c.wages.national.iter().chain(&c.wages.provinces) {
        o.push_str(&wage_line(lang, f));
    }

    let _ = writeln!(o, "\n{}", tx.outlook);
    if c.outlook.provinces.is_empty() {
        let _ = writeln!(o, "  {}", tx.no_outlook);
    }
    for p in &c.outlook.provinces {
        let _ = writeln!(
            o,
            "  {}{colon}{}",
            t::region_name(lang, p.province),
            t::outlook_word(lang, p.outlook)
        );
    }

    let _ = writeln!(o, "\n{}", tx.cops);
    if let Some(f) = &c.cops.figures {
        let _ = writeln!(
            o,
            "  {}{colon}{}",
            tx.employment_2023,
            t::thousands(lang, f.employment_2023)
        );
        let _ = writeln!(
            o,
            "  {}{colon}{}",
            tx.job_openings,
            t::thousands(lang, f.job_openings)
        );
        let _ = writeln!(
            o,
            "  {}{colon}{}",
            tx.job_seekers,
            t::thousands(lang, f.job_seekers)
        );
    }
    let cond = |k: LabourMarket, label: &str| {
        if k == LabourMarket::NotAvailable || label.is_empty() {
            tx.no_data.to_owned()
        } else {
            label.to_owned()
        }
    };
    let _ = writeln!(
        o,
        "  {}{colon}{}",
        tx.recent_conditions,
        cond(
            c.cops.recent_conditions.key,
            &c.cops.recent_conditions.label
        )
    );
    let _ = writeln!(
        o,
        "  {}{colon}{}",
        tx.future_conditions,
        cond(
            c.cops.future_conditions.key,
            &c.cops.future_conditions.label
        )
    );

    let _ = writeln!(o, "\n{}", tx.census);
    match c.census_income.median {
        Some(m) => {
            let note =
                if c.census_income.flag == Some(noc_data::CensusFlag::SeniorManagersAggregate) {
                    format!(" ({})", tx.census_aggregate)
                } else {
                    String::new()
                };
            let _ = writeln!(o, "  {}{note}", t::money(lang, m as f64, false));
        }
        None => {
            let _ = writeln!(o, "  {}", tx.no_data);
        }
    }

    let _ = writeln!(o, "\n{}", tx.ai_heading);
    match &c.ai_exposure {
        Some(a) => {
            let _ = writeln!(
                o,
                "  {}",
                t::ai_headline(lang, &t::percent(lang, a.human_beta))
            );
            let _ = writeln!(
                o,
                "  {}",
                t::ai_bar_label(lang, tx.ai_human, &t::percent(lang, a.human_beta))
            );
            let _ = writeln!(
                o,
                "  {}",
                t::ai_bar_label(lang, tx.ai_gpt4, &t::percent(lang, a.gpt4_beta))
            );
            let _ = writeln!(
                o,
                "  {}",
                t::ai_rank(lang, a.rank, a.scored_groups, a.percentile)
            );
            if !a.comparisons.is_empty() {
                let group = a
                    .comparison_group
                    .as_ref()
                    .map(|g| format!(" ({} {})", g.code, g.title))
                    .unwrap_or_default();
                let _ = writeln!(o, "  {}{group}{}", tx.ai_compare, colon.trim_end());
                for x in &a.comparisons {
                    let _ = writeln!(
                        o,
                        "    {} {}{colon}{}",
                        x.code,
                        x.title,
                        t::percent(lang, x.human_beta)
                    );
                }
            }
        }
        None => {
            let _ = writeln!(
                o,
                "  {}{colon}{}",
                tx.ai_none,
                t::ai_missing_reason(lang, c.ai_exposure_missing)
            );
        }
    }

    o.push_str(&programs(&occupation_programs(&c.code), lang, None));
    o.push_str(&crate::routes::plain_summary(lang, &c.routes, c.teer.level));

    let _ = writeln!(o, "\n{}", tx.sources);
    for s in &c.sources {
        let _ = writeln!(
            o,
            "  • {} — {}, {} ({}); {}",
            s.publisher, s.name, s.version, s.date, s.licence
        );
    }
    let _ = writeln!(o, "{}", t::data_version(lang, &c.data_version));
    o
}

/// The Express Entry panel as text: the engine's verdicts for one unit group, in the card's words.
/// `trade_group_title` names the trade group an FST reason refers to, when the caller has it.
pub fn programs(p: &OccupationPrograms, lang: Lang, trade_group_title: Option<&str>) -> String {
    let tx = text(lang);
    let colon = t::colon(lang);
    let yes_no = |b: bool| if b { tx.yes } else { tx.no };
    let mut o = String::new();
    let _ = writeln!(o, "\n{}", tx.immigration);
    let _ = writeln!(o, "  {}", tx.programs_caption);
    for (name, eligible, reason, group) in [
        (tx.fsw, p.fsw.eligible, p.fsw.reason, None),
        (tx.cec, p.cec.eligible, p.cec.reason, None),
        (tx.fst, p.fst.eligible, p.fst.reason, trade_group_title),
    ] {
        let _ = writeln!(
            o,
            "  {name}{colon}{} — {}",
            yes_no(eligible),
            t::program_reason(lang, reason, p.teer, group)
        );
    }
    let _ = writeln!(o, "  {}", tx.other_requirements);
    let _ = writeln!(o, "\n{}", tx.categories);
    if p.categories.is_empty() {
        let _ = writeln!(o, "  {}", tx.categories_none);
    }
    let mut categories: Vec<_> = p.categories.iter().collect();
    categories.sort_by_key(|c| (!c.current, std::cmp::Reverse(c.list_date)));
    for c in categories {
        let state = if c.current {
            tx.category_current
        } else {
            tx.category_past
        };
        let _ = writeln!(
            o,
            "  • {} ({state}, {})",
            t::category_name(lang, c.category),
            t::category_dates(lang, c.list_date, c.until)
        );
        let _ = writeln!(o, "    {}", t::category_condition(lang, c.condition));
    }
    let _ = writeln!(o, "  {}", tx.french_category);
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use noc_data::Store;

    #[test]
    fn text_card_22220_in_both_languages() {
        let store = Store::bundled();
        let en = card(&store.card("22220", noc_data::Lang::En).unwrap());
        assert!(
            en.starts_with("Computer network and web technicians — NOC 2021 22220\nTEER 2: "),
            "{en}"
        );
        assert!(en.contains("2 › 22 › 222 › 2222 › 22220"));
        assert!(
            en.contains("  Canada: $21.00 / $36.00 / $55.00 per hour (2023-2024)"),
            "{en}"
        );
        assert!(en.contains("  Ontario: Good\n"), "{en}");
        assert!(en.contains("  Web technicians\n    • Install, maintain"));
        assert!(en.contains("User support technicians → 22221"));
        assert!(en.contains("Human raters: 57.0% of tasks exposed"), "{en}");
        assert!(
            en.contains("Federal Skilled Worker (FSW): Yes — TEER 2 work is skilled work"),
            "{en}"
        );
        let fr = card(&store.card("22220", noc_data::Lang::Fr).unwrap());
        assert!(fr.starts_with("Techniciens/techniciennes de réseau informatique et Web — CNP 2021 22220\nFÉER 2\u{a0}: "), "{fr}");
        assert!(
            fr.contains("21,00\u{a0}$ / 36,00\u{a0}$ / 55,00\u{a0}$ l’heure"),
            "{fr}"
        );
        assert!(fr.contains("  Ontario\u{a0}: Bonnes\n"), "{fr}");
    }

    #[test]
    fn every_card_renders_in_both_languages() {
        let store = Store::bundled();
        for lang in noc_data::Lang::ALL {
            for u in store.unit_groups(lang) {
                let text = card(&store.card(&u.code, lang).unwrap());
                assert!(
                    text.contains(&u.title) && text.contains(&u.code),
                    "{} {lang}",
                    u.code
                );
                assert!(
                    !text.contains("$0.00") && !text.contains(" 0,00\u{a0}$"),
                    "{} {lang}: a zero wage",
                    u.code
                );
                assert!(
                    !text.contains('_'),
                    "{} {lang}: a raw key in the text",
                    u.code
                );
            }
        }
    }

    #[test]
    fn the_panel_says_what_the_engine_says() {
        let t = programs(&occupation_programs("72200"), Lang::Fr, Some("72 Métiers"));
        assert!(t.contains("Programme des travailleurs de métiers spécialisés (fédéral)\u{a0}: Oui — C’est un métier spécialisé de la liste : 72 Métiers."), "{t}");
        let t = programs(&occupation_programs("65310"), Lang::En, None);
        assert!(
            t.contains("Federal Skilled Worker (FSW): No — TEER 5 work does not count"),
            "{t}"
        );
    }
}
